"""The "Personal data protection" menu (issue 14, Deliver 6): the processing register, the
impact-assessment dossier and the 72-hour data-breach notice, written by services/privacy/paperwork
in the task runner, as PDF (to sign) or Word (to edit)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

# services.privacy.paperwork is imported when a document is written: it brings reportlab and the
# document writers (half a second), which the main window must not wait for (issue 17). These are
# its keys (REGISTER, IMPACT, BREACH; tests/gui/test_startup_imports.py checks they agree).
REGISTER, IMPACT, BREACH = "register", "impact_assessment", "breach_notice"

# The files are Vietnamese documents whatever the UI language, so are their names.
_FILE_NAMES = {REGISTER: "so-ghi-nhan-xu-ly-du-lieu-ca-nhan",
               IMPACT: "ho-so-danh-gia-tac-dong-du-lieu-ca-nhan",
               BREACH: "thong-bao-vi-pham-du-lieu-ca-nhan"}


class PrivacyMenu(QMenu):
    def __init__(self, parent: QWidget, ctx, runner):
        super().__init__(parent)
        self.ctx, self.runner = ctx, runner
        self.actions_by_document: dict[str, QAction] = {}
        for which in (REGISTER, IMPACT, BREACH):
            action = QAction(self)
            action.triggered.connect(lambda _=False, w=which: self.write(w))
            self.addAction(action)
            self.actions_by_document[which] = action
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("&Personal data protection"))
        self.actions_by_document[REGISTER].setText(self.tr("Processing register…"))
        self.actions_by_document[IMPACT].setText(self.tr("Impact-assessment dossier…"))
        self.actions_by_document[BREACH].setText(self.tr("Data-breach notice (72 hours)…"))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def write(self, which: str, path: str | None = None):
        if path is None:
            suggested = f"{_FILE_NAMES[which]}-{dt.date.today():%Y%m%d}.pdf"
            path, chosen = QFileDialog.getSaveFileName(
                self.parentWidget(), self.tr("Save the document"), suggested,
                self.tr("PDF files (*.pdf)") + ";;" + self.tr("Word documents (*.docx)"))
            if not path:
                return None
            if Path(path).suffix.lower() not in (".pdf", ".docx"):
                path += ".docx" if "*.docx" in chosen else ".pdf"
        from ..services.privacy import paperwork

        writer = paperwork.PAPERWORK[which]
        ctx = self.ctx
        return self.runner.run(lambda _progress, _cancel: writer(ctx, path), title=self.tr("Writing the document"),
                               writes=True, on_done=lambda p: self.runner.notice.emit(
                                   self.tr("Saved the document to %1").replace("%1", str(p))))
