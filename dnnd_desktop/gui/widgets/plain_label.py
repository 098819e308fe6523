"""Labels for text that came from outside: an office name from an identity file or a package, a
file name, a message quoting them. QLabel and QMessageBox guess "rich text" when the text looks
like HTML, so an office named "<img src=...><b>Tỉnh</b>" would be rendered, not shown (issue 16
item 9). These show every character as typed."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label
