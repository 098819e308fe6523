"""A field with its error message right below it, as forms in the wizard and dialogs show them."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

ERROR_STYLE = "color: #b3261e;"
HINT_STYLE = "color: #5a6b7d;"


class FieldWithError(QWidget):
    def __init__(self, field: QWidget, hint: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.field = field
        self.error = QLabel(self)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(field)
        layout.addWidget(self.error)
        self.hint = None
        if hint:  # a short explanation under the field, in grey
            self.hint = QLabel(hint, self)
            self.hint.setWordWrap(True)
            self.hint.setStyleSheet(HINT_STYLE)
            layout.addWidget(self.hint)
        # A red error goes as soon as the person changes the field (it is checked again on the next
        # «Tiếp»/«Lưu»), so no error stays under a value that was corrected.
        for signal in ("textChanged", "currentIndexChanged", "valueChanged", "dateChanged", "toggled"):
            if hasattr(field, signal):
                getattr(field, signal).connect(self._changed)
                break

    def _changed(self, *_args) -> None:
        if self.has_error():
            self.set_error(None)

    def set_error(self, message: str | None) -> None:
        self.error.setText(message or "")
        self.error.setVisible(bool(message))
        self.field.setProperty("invalid", bool(message))
        # Style sheets read dynamic properties only when the widget is polished again.
        self.field.style().unpolish(self.field)
        self.field.style().polish(self.field)

    def has_error(self) -> bool:
        return not self.error.isHidden()
