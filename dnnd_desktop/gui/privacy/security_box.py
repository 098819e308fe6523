"""Settings ▸ «Bảo mật»: whether the office's data are encrypted on this computer, and the two
things an office does with its secrets: change the key passphrase (which also opens the data),
and make a new recovery code when the printed one was lost or seen (gui/privacy/passphrase_flow.py)."""
from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from . import passphrase_flow


class SecurityBox(QGroupBox):
    def __init__(self, ctx, runner, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.runner = ctx, runner
        self.setTitle(self.tr("Security"))
        self.setObjectName("security")
        layout = QVBoxLayout(self)
        encrypted = passphrase_flow.data_encrypted(ctx)
        if encrypted:
            text = self.tr("The office's data, its backups and attached files are encrypted on this computer. The "
                           "key passphrase opens them at each start; the printed recovery code opens them if the "
                           "passphrase is lost.")
        else:
            text = self.tr("The key passphrase protects the office's keys (signing packages, encrypted backups).")
        self.state = QLabel(text)
        self.state.setObjectName("pageDescription")
        self.state.setWordWrap(True)
        layout.addWidget(self.state)
        buttons = QHBoxLayout()
        self.passphrase_button = QPushButton(self.tr("Change the key passphrase…"))
        self.passphrase_button.setObjectName("changePassphrase")
        self.passphrase_button.clicked.connect(self.change_passphrase)
        buttons.addWidget(self.passphrase_button)
        self.code_button = QPushButton(self.tr("Print a new recovery code…"))
        self.code_button.setObjectName("newRecoveryCode")
        self.code_button.setVisible(encrypted)
        self.code_button.clicked.connect(self.new_recovery_code)
        buttons.addWidget(self.code_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.dialog = None

    def change_passphrase(self):
        self.dialog = passphrase_flow.change_passphrase(self, self.ctx, self.runner)
        return self.dialog

    def new_recovery_code(self):
        return passphrase_flow.new_recovery_code(self, self.ctx, self.runner)
