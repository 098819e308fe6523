"""Register a lower office: its identity card, the fingerprint shown large, and the digits the
other office reads out by phone. Nothing is trusted unless they match."""
from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from ..roles_text import level_name


class RegisterOfficeDialog(QDialog):
    def __init__(self, card, parent=None):
        super().__init__(parent)
        self.card = card
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
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Register"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def fingerprint(self) -> str:
        return self.digits.text()
