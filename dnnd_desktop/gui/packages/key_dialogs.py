"""The office's own keys from the Trust tab (issue 16): change the key passphrase, and change the
keys themselves (after a laptop was lost or the passphrase leaked). Both run on the task runner:
the key derivation takes a moment on purpose."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...exchange.passphrase_strength import weakness


class ChangePassphraseDialog(QDialog):
    """Old passphrase, new one typed twice, with zxcvbn's verdict on the new one as it is typed; the
    service checks the old one and the new one's strength again. Where the data are encrypted, the
    same passphrase opens them (services/privacy/office_passphrase.py), and a new recovery code may
    be asked for at the same time."""

    def __init__(self, parent: QWidget | None = None, *, data_encrypted: bool = False):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change the key passphrase"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        if data_encrypted:
            text = self.tr("The passphrase protects the office's key and opens the office's encrypted data at each "
                           "start. After the change, only the new passphrase opens the data and signs packages; "
                           "keep it in a safe place.")
        else:
            text = self.tr("The passphrase protects the office's key. After the change, only the new passphrase "
                           "opens and signs packages; keep it in a safe place.")
        intro = QLabel(text)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.old = self._field("oldPassphrase")
        self.new = self._field("newPassphrase")
        self.again = self._field("newPassphraseAgain")
        form.addRow(self.tr("Current passphrase"), self.old)
        form.addRow(self.tr("New passphrase"), self.new)
        self.strength = QLabel()
        self.strength.setObjectName("passphraseStrength")
        self.strength.setWordWrap(True)
        form.addRow(self.tr("New passphrase again"), self.again)
        layout.addLayout(form)
        # Under the form, where a box layout gives a wrapped sentence its height (zxcvbn's hint); the
        # window grows with it rather than squeezing the fields.
        layout.addWidget(self.strength)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.new.textChanged.connect(self._rate)
        self.show_text = QCheckBox(self.tr("Show the passphrases"))
        self.show_text.toggled.connect(self._show)
        layout.addWidget(self.show_text)
        self.new_code = QCheckBox(self.tr("Also make a new recovery code to print (the old code stops working)"))
        self.new_code.setObjectName("newRecoveryCode")
        self.new_code.setVisible(data_encrypted)
        self.offers_new_code = data_encrypted
        layout.addWidget(self.new_code)
        self.error = QLabel()
        self.error.setObjectName("passphraseError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.check)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _field(self, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        return edit

    def _show(self, on: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
        for edit in (self.old, self.new, self.again):
            edit.setEchoMode(mode)

    def _rate(self, text: str) -> None:
        """zxcvbn's verdict as the new passphrase is typed (score 3 of 4 at least, as elsewhere)."""
        if not text:
            self.strength.clear()
            return
        hint = weakness(text)
        if hint is None:
            self.strength.setStyleSheet("color: #1b5e20;")
            self.strength.setText(self.tr("Strong enough."))
        else:
            self.strength.setStyleSheet("color: #b3261e;")
            self.strength.setText(str(hint))
        # A window's minimum size ignores a wrapped label's height for its width: give it that height.
        self.strength.setMinimumHeight(self.strength.heightForWidth(max(self.strength.width(), 400)))

    def check(self) -> None:
        if not self.old.text() or not self.new.text():
            self.show_error(self.tr("Type the current passphrase and the new one."))
        elif (hint := weakness(self.new.text())) is not None:
            self.show_error(str(hint))
        elif self.new.text() != self.again.text():
            self.show_error(self.tr("The two new passphrases typed differ. Type them again."))
        else:
            self.accept()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def values(self) -> tuple[str, str]:
        return self.old.text(), self.new.text()

    def wants_new_code(self) -> bool:
        return self.offers_new_code and self.new_code.isChecked()

    def clear(self) -> None:
        for edit in (self.old, self.new, self.again):
            edit.clear()
