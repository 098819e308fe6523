"""Asks the passphrase of an encrypted backup: twice when making one (so a typing mistake cannot
lock the office out of its own data), once when opening one."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...exchange.passphrase_strength import weakness
from ..widgets.field_error import FieldWithError

MIN_PASSPHRASE = 8  # as exchange/keys.py requires


class PassphraseDialog(QDialog):
    def __init__(self, confirm: bool, file_name: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.confirm = confirm
        self.setWindowTitle(self.tr("Passphrase of the backup"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        if confirm:
            text = self.tr("The backup is encrypted with a passphrase you choose now (at least %1 characters). "
                           "Write it down and keep it apart from the USB stick: without it nobody can open "
                           "the backup, not even the software's support.").replace("%1", str(MIN_PASSPHRASE))
        else:
            text = self.tr("“%1” is encrypted. Type the passphrase chosen when it was made.").replace("%1", file_name)
        intro = QLabel(text)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.first = QLineEdit()
        self.first.setObjectName("passphrase")
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first_field = FieldWithError(self.first)
        form.addRow(self.tr("Passphrase:"), self.first_field)
        self.second = QLineEdit()
        self.second.setObjectName("passphraseAgain")
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.second_field = FieldWithError(self.second)
        if confirm:
            form.addRow(self.tr("Type it again:"), self.second_field)
        else:
            self.second_field.hide()
        self.show_text = QCheckBox(self.tr("Show the passphrase"))
        self.show_text.toggled.connect(self._show)
        form.addRow("", self.show_text)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _show(self, on: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
        self.first.setEchoMode(mode)
        self.second.setEchoMode(mode)

    def passphrase(self) -> str:
        return self.first.text()

    def _accept(self) -> None:
        text = self.first.text()
        ok = True
        if not text:
            self.first_field.set_error(self.tr("Type the passphrase."))
            ok = False
        elif self.confirm and len(text) < MIN_PASSPHRASE:
            self.first_field.set_error(self.tr("At least %1 characters.").replace("%1", str(MIN_PASSPHRASE)))
            ok = False
        elif self.confirm and (hint := weakness(text)) is not None:
            self.first_field.set_error(hint.text())   # zxcvbn: "12345678" and the like
            ok = False
        else:
            self.first_field.set_error(None)
        if self.confirm and ok and self.second.text() != text:
            self.second_field.set_error(self.tr("The two passphrases are not the same. Type them again."))
            ok = False
        else:
            self.second_field.set_error(None)
        if ok:
            self.accept()
