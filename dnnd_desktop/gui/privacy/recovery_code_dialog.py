"""Shows the recovery code of the data once, to print or write down (it is never stored)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget


class RecoveryCodeDialog(QDialog):
    def __init__(self, code: str, office_name: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.code = code
        self.office_name = office_name
        self.setWindowTitle(self.tr("Recovery code of the data"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "The office's data are encrypted on this computer. If the key passphrase is ever lost, only this "
            "code opens them. Print it (or write it down) now and keep it in the office's safe, apart from the "
            "computer. It is shown only this once."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.code_label = QLabel(code)
        self.code_label.setObjectName("recoveryCode")
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(16)
        font.setBold(True)
        self.code_label.setFont(font)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.code_label)
        buttons = QDialogButtonBox()
        self.print_button = QPushButton(self.tr("Print…"))
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        done = buttons.addButton(self.tr("I have printed or written it down"), QDialogButtonBox.ButtonRole.AcceptRole)
        done.setObjectName("done")
        self.print_button.clicked.connect(self._print)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    def document(self) -> QTextDocument:
        """The printed page: what the code is for, the office, the code itself."""
        doc = QTextDocument(self)
        title = self.tr("Recovery code of the data")
        office = self.office_name.replace("&", "&amp;").replace("<", "&lt;")
        note = self.tr("Keep this page in the office's safe. It opens the office's encrypted data when the key "
                       "passphrase is lost (the app asks for it under «I lost the passphrase»).")
        doc.setHtml(f"<h2>{title}</h2><p>{office}</p><p style='font-family:monospace;font-size:20pt'>"
                    f"<b>{self.code}</b></p><p>{note}</p>")
        return doc

    def _print(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        if QPrintDialog(printer, self).exec() == QDialog.DialogCode.Accepted:
            self.document().print_(printer)
