"""The province's answer to a lower office's report: acknowledge (comment optional) or return
(comment required: what to correct)."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout


class AnswerDialog(QDialog):
    def __init__(self, report, returning: bool, parent=None):
        super().__init__(parent)
        self.returning = returning
        self.setWindowTitle(self.tr("Return the report") if returning else self.tr("Acknowledge the report"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        head = QLabel(f"{report.office_name}\n{report.title}")
        head.setWordWrap(True)
        layout.addWidget(head)
        layout.addWidget(QLabel(self.tr("What must be corrected (required):") if returning
                                else self.tr("Comment (optional):")))
        self.comment = QPlainTextEdit()
        self.comment.setObjectName("answerComment")
        layout.addWidget(self.comment, 1)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _accept(self) -> None:
        if self.returning and not self.comment.toPlainText().strip():
            self.error.setText(self.tr("Say what the office must correct."))
            return
        self.accept()

    def text(self) -> str:
        return self.comment.toPlainText()
