"""The columns of a record list as the officer arranges them: drag a header to reorder, drag its
edge to resize, right-click the header to hide or show a column; remembered per list in the data
folder's ui.ini, so the list looks the same next time (issue 19: lists needed horizontal scrolling
at 1366 px and nothing could be hidden)."""
from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, Qt, QTimer
from PySide6.QtWidgets import QHeaderView, QMenu, QTableView

from ..ui_settings import UiSettings

SAVE_AFTER_MS = 400   # a drag resizes many times; write once it has stopped


class ColumnLayout(QObject):
    def __init__(self, table: QTableView, settings: UiSettings, name: str):
        super().__init__(table)
        self.table, self.settings, self.name = table, settings, name
        header = self.header
        header.setSectionsMovable(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._menu_at)
        saved = settings.geometry(name)
        if saved is not None:
            header.restoreState(saved)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_AFTER_MS)
        self._timer.timeout.connect(self.save)
        header.sectionResized.connect(lambda *_a: self._timer.start())
        header.sectionMoved.connect(lambda *_a: self.save())

    @property
    def header(self) -> QHeaderView:
        return self.table.horizontalHeader()

    def save(self) -> None:
        self.settings.set_geometry(self.name, self.header.saveState())

    def menu(self) -> QMenu:
        """One tick per column; the last visible column cannot be hidden."""
        menu = QMenu(self.table)
        model = self.table.model()
        visible = [c for c in range(model.columnCount()) if not self.header.isSectionHidden(c)]
        for col in range(model.columnCount()):
            action = menu.addAction(str(model.headerData(col, Qt.Orientation.Horizontal)))
            action.setCheckable(True)
            action.setChecked(col in visible)
            action.setEnabled(not (col in visible and len(visible) == 1))
            action.toggled.connect(lambda on, col=col: self.set_visible(col, on))
        return menu

    def set_visible(self, column: int, visible: bool) -> None:
        self.header.setSectionHidden(column, not visible)
        self.save()

    def _menu_at(self, pos: QPoint) -> None:
        self.menu().popup(self.header.mapToGlobal(pos))
