"""The signing passphrase: asked each time a package is made or opened, never stored.

`ask_passphrase(parent, text)` shows a small dialog and returns the typed passphrase (None when the
person cancels). `unlock(ctx, passphrase)` opens the installation's secret keys; it runs on the
task runner's worker, since the key derivation takes a moment on purpose."""
from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from ...services.installation import unlock_secret


class SigningPassphraseDialog(QDialog):
    def __init__(self, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Passphrase of the office's key"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        intro = QLabel(text + "\n\n" + self.tr(
            "Type the passphrase of the office's key (chosen when the program was set up). "
            "It is not saved anywhere."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.edit = QLineEdit()
        self.edit.setObjectName("signingPassphrase")
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        layout.addWidget(self.edit)
        self.show_text = QCheckBox(self.tr("Show the passphrase"))
        self.show_text.toggled.connect(lambda on: self.edit.setEchoMode(
            QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password))
        layout.addWidget(self.show_text)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _accept(self) -> None:
        if self.edit.text():
            self.accept()
        else:
            self.edit.setFocus()

    def passphrase(self) -> str:
        return self.edit.text()


def ask_passphrase(parent: QWidget, text: str) -> str | None:
    dialog = SigningPassphraseDialog(text, parent)
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.passphrase()
        return None
    finally:
        dialog.edit.clear()
        dialog.deleteLater()


def unlock(ctx, passphrase: str):
    """The office's secret keys (WrongPassphrase, a DnndError, when the passphrase is wrong)."""
    return unlock_secret(ctx, passphrase)
