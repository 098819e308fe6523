"""The main window's page area. A QStackedWidget asks for the largest size of ALL its pages, so the
window's minimum width grew as pages were visited (1260–1310 px after a tour, issue 19). This one
asks only for the page shown; the main window puts it in a scroll area, so a page wider than a
1024-px screen scrolls instead of widening the window."""
from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QStackedWidget


class PageStack(QStackedWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.currentChanged.connect(lambda _index: self.updateGeometry())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        page = self.currentWidget()
        return page.sizeHint() if page is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        page = self.currentWidget()
        return page.minimumSizeHint() if page is not None else super().minimumSizeHint()
