"""Register a lower office: its identity card, the fingerprint shown large, and the digits the
other office reads out by phone. Nothing is trusted unless they match.

A mistyped digit does not close the dialog: the reason is shown under the digits and the person
types again, up to MAX_TRIES times (then the dialog closes: more mismatches mean the wrong card or
the wrong office on the phone, not a typo)."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from ...domain.errors import DnndError
from ...services.identity import FingerprintMismatch
from ..roles_text import level_name

MAX_TRIES = 3


class RegisterOfficeDialog(QDialog):
    def __init__(self, card, parent=None, register: Callable[[str], object] | None = None):
        super().__init__(parent)
        self.card = card
        self.register = register
        self.result_value: object = None      # what `register` returned, once accepted
        self.failure: DnndError | None = None  # why the dialog closed without registering
        self.tries = 0
        self.setWindowTitle(self.tr("Register a lower office"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.addRow(self.tr("Office:"), QLabel(card.name))
        form.addRow(self.tr("Level:"), QLabel(level_name(card.level)))
        form.addRow(self.tr("Unit:"), QLabel(card.unit_name or "—"))
        layout.addLayout(form)
        intro = QLabel(self.tr("Call the office and ask them to read out the fingerprint shown on their "
                               "Overview page. Compare it with this one, group by group:"))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        shown = QLabel(card.fingerprint)
        shown.setObjectName("fingerprintLarge")
        font = QFont(shown.font())
        font.setPointSize(font.pointSize() + 8)
        font.setBold(True)
        font.setFamily("monospace")
        shown.setFont(font)
        layout.addWidget(shown)
        layout.addWidget(QLabel(self.tr("Type the digits they read to you:")))
        self.digits = QLineEdit()
        self.digits.setObjectName("fingerprintDigits")
        self.digits.setPlaceholderText("12345 67890 12345 67890 12345 67890")
        layout.addWidget(self.digits)
        self.error = QLabel()
        self.error.setObjectName("registerError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.error.hide()
        layout.addWidget(self.error)
        self.digits.textChanged.connect(lambda _text: self.error.hide())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Register"))
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def confirm(self) -> None:
        """Register; a fingerprint mismatch is said here and the digits can be typed again."""
        if self.register is None:
            self.accept()
            return
        try:
            self.result_value = self.register(self.digits.text())
        except FingerprintMismatch as exc:
            self.tries += 1
            if self.tries >= MAX_TRIES:
                self.failure = exc
                self.reject()
                return
            again = self.tr("Check the digits with the office and type them again (%1 tries left).")
            self.error.setText(exc.message + "\n" + again.replace("%1", str(MAX_TRIES - self.tries)))
            self.error.show()
            self.digits.selectAll()
            self.digits.setFocus()
            return
        except DnndError as exc:
            self.failure = exc
            self.reject()
            return
        self.accept()

    def fingerprint(self) -> str:
        return self.digits.text()
