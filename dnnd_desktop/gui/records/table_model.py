"""A table model that shows a list of any length by asking the service for the rows it needs.

The model knows the number of matching rows (one COUNT query) and fetches blocks of rows on demand
as the view paints them, keeping a bounded number of blocks. Scrolling to the end costs one block
query, not loading 100,000 rows; sorting and filtering are a new query, never a proxy model.
"""
from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

BLOCK_ROWS = 100         # a screen shows 25-40 rows: a block covers a few screens
MAX_BLOCKS = 40          # at most 4,000 rows held, whatever the list's length

NO_PARENT = QModelIndex()
DISPLAY = Qt.ItemDataRole.DisplayRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
ALIGN = Qt.ItemDataRole.TextAlignmentRole
ROW_ROLES = frozenset(int(r) for r in (DISPLAY, TOOLTIP, Qt.ItemDataRole.DecorationRole,
                                        Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole))
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class Column:
    def __init__(self, key: str, header: str, align_right: bool = False, sortable: bool = True):
        self.key, self.header, self.align_right, self.sortable = key, header, align_right, sortable


class PagedTableModel(QAbstractTableModel):
    """`fetch(query, offset, limit) -> list[row]` and `count(query) -> int` come from a service.
    A row has an `id`; a cell's text is `text(row, column key)`, by default the row's `display`
    text of that column (a ListRow's)."""

    reset_done = Signal(int)  # the new row count, after every (re)load

    def __init__(self, columns: list[Column], fetch: Callable[[Any, int, int], list[Any]],
                 count: Callable[[Any], int], query: Any = None, parent=None,
                 text: Callable[[Any, str], Any] | None = None,
                 first: Callable[[Any, int], tuple[int, list[Any]]] | None = None):
        super().__init__(parent)
        self.columns = columns
        self._fetch, self._count_fn = fetch, count
        # `first(query, limit) -> (count, first block)` in one read, when the service offers it.
        self._first_fn = first
        self._text = text or _display_text
        self.query = query
        self._count = 0
        self._blocks: OrderedDict[int, list[Any]] = OrderedDict()
        self._last_number = -1                 # the block read last (most reads hit it)
        self._last_block: list[Any] = []
        self.decorate: Callable[[Any, str, int], Any] | None = None  # (row, column key, role) -> value
        self.fetches = 0  # block queries made since the last reset (tests and the benchmark read it)

    # -- loading ------------------------------------------------------------------------------------
    def set_query(self, query: Any) -> None:
        """Run `query`: count, first block, and tell the views (one model reset)."""
        self.apply(query, *self.load(query))

    def load(self, query: Any) -> tuple[int, list[Any]]:
        """Count and first block of `query`, touching nothing of the model (safe on a worker
        thread: gui/records/live_search.py)."""
        if self._first_fn is not None:
            return self._first_fn(query, BLOCK_ROWS)
        count = self._count_fn(query)
        return count, (self._fetch(query, 0, BLOCK_ROWS) if count else [])

    def apply(self, query: Any, count: int, first: list[Any]) -> None:
        """Show `query`'s rows from what load() read (on the UI thread)."""
        self.beginResetModel()
        self.query = query
        self._count = count
        self._blocks.clear()
        self._last_number, self._last_block = -1, []
        self.fetches = 0
        if first:
            self._blocks[0] = first
        self.endResetModel()
        self.reset_done.emit(count)

    def refresh(self) -> None:
        self.set_query(self.query)

    def _block(self, number: int) -> list[Any]:
        if number == self._last_number:
            return self._last_block
        block = self._blocks.get(number)
        if block is None:
            block = self._fetch(self.query, number * BLOCK_ROWS, BLOCK_ROWS)
            self.fetches += 1
            self._blocks[number] = block
            while len(self._blocks) > MAX_BLOCKS:
                self._blocks.popitem(last=False)
        else:
            self._blocks.move_to_end(number)
        self._last_number, self._last_block = number, block
        return block

    def row(self, r: int) -> Any:
        if not 0 <= r < self._count:
            return None
        block = self._block(r // BLOCK_ROWS)
        i = r % BLOCK_ROWS
        return block[i] if i < len(block) else None  # the table shrank under us: refresh soon

    def row_id(self, r: int) -> str | None:
        row = self.row(r)
        return row.id if row is not None else None

    def loaded_rows(self) -> int:
        return sum(len(b) for b in self._blocks.values())

    # -- Qt model API -------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = NO_PARENT) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY) -> Any:
        # Called for every role of every visible cell at each paint: answer the common case first.
        if role not in ROW_ROLES:
            if role == ALIGN and index.isValid():
                return RIGHT if self.columns[index.column()].align_right else LEFT
            return None
        if not index.isValid():
            return None
        row = self.row(index.row())
        if row is None:
            return None
        key = self.columns[index.column()].key
        if self.decorate is not None:
            value = self.decorate(row, key, role)
            if value is not None:
                return value
        if role == DISPLAY:
            return self._text(row, key)
        if role == TOOLTIP:
            text = self._text(row, key)
            return text if len(str(text)) > 40 else None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if self.columns[section].align_right else LEFT
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting is a new SQL query (Vietnamese order in the database), never a sort in Python."""
        if self.query is None or not hasattr(self.query, "sort") or not self.columns[column].sortable:
            return
        key = self.columns[column].key
        descending = order == Qt.SortOrder.DescendingOrder
        if self.query.sort == key and self.query.descending == descending:
            return
        self.set_query(replace(self.query, sort=key, descending=descending))


def _display_text(row: Any, key: str) -> str:
    return row.display.get(key, "")
