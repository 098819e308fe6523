"""The columns of a record list as the officer arranges them: drag a header to reorder, drag its
edge to resize, right-click the header to hide or show a column; remembered per list in the data
folder's ui.ini, so the list looks the same next time (issue 19: lists needed horizontal scrolling
at 1366 px and nothing could be hidden).

Until the officer arranges a list, its columns take their widths from what they show: the header and
the first rows, capped, chosen once when the list first has rows (never again by themselves, so
columns do not jump while one types a search)."""
from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView

from ..ui_settings import UiSettings

SAVE_AFTER_MS = 400   # a drag resizes many times; write once it has stopped
MIN_WIDTH, MAX_WIDTH = 60, 320   # a column chosen by its content stays readable and leaves room for others
SAMPLE_ROWS = 50                 # rows read to choose the widths (those already loaded)
HEADER_ROOM = 30                 # the sort arrow and the header's padding
CELL_ROOM = 16                   # a cell's padding


def fitted_widths(table: QAbstractItemView, rows: int = SAMPLE_ROWS, cap: int = MAX_WIDTH) -> dict[int, int]:
    """Each column's width for its header text and its first `rows` cells, between MIN_WIDTH and
    `cap` (the header is never cut unless it alone is wider than the cap)."""
    model = table.model()
    if model is None:
        return {}
    cells = table.fontMetrics()
    header = table.horizontalHeader().fontMetrics() if isinstance(table, QTableView) else cells
    loaded = getattr(model, "loaded_rows", model.rowCount)()
    widths = {}
    for col in range(model.columnCount()):
        title = str(model.headerData(col, Qt.Orientation.Horizontal) or "")
        width = header.horizontalAdvance(title) + HEADER_ROOM
        for row in range(min(rows, loaded)):
            text = model.data(model.index(row, col))
            if text not in (None, ""):
                width = max(width, cells.horizontalAdvance(str(text)) + CELL_ROOM)
        widths[col] = max(MIN_WIDTH, min(width, max(cap, header.horizontalAdvance(title) + HEADER_ROOM)))
    return widths


def fit_columns(table: QTableView, rows: int = SAMPLE_ROWS, cap: int = MAX_WIDTH) -> dict[int, int]:
    widths = fitted_widths(table, rows, cap)
    for col, width in widths.items():
        table.setColumnWidth(col, width)
    return widths


class ColumnLayout(QObject):
    def __init__(self, table: QTableView, settings: UiSettings, name: str):
        super().__init__(table)
        self.table, self.settings, self.name = table, settings, name
        header = self.header
        header.setSectionsMovable(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._menu_at)
        saved = settings.geometry(name)
        # True once the widths are the officer's (restored) or were chosen from the rows.
        self.arranged = saved is not None and header.restoreState(saved)
        self._fitting = self._watching = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_AFTER_MS)
        self._timer.timeout.connect(self.save)
        header.sectionResized.connect(self._resized)
        header.sectionMoved.connect(lambda *_a: self.save())
        self.fit_when_filled()

    def fit_when_filled(self) -> None:
        """Choose the widths from the rows once the table's model has some (a page whose model is
        filled after this object is made calls it again)."""
        model = self.table.model()
        if not self.arranged and hasattr(model, "reset_done"):
            if not self._watching:
                model.reset_done.connect(self._fit_once)
                self._watching = True
            self._fit_once(model.rowCount())

    def _resized(self, *_args) -> None:
        if not self._fitting:   # only what the officer drags is remembered
            self._timer.start()

    def _fit_once(self, rows: int) -> None:
        """Choose the widths from the content the first time the list has rows."""
        if self.arranged or rows <= 0:
            return
        self.arranged = True
        self._fitting = True
        try:
            fit_columns(self.table)
        finally:
            self._fitting = False

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
