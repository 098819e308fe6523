"""Every header of a table stays readable whatever the width (issue 19: headers were cut in the
reports' nested tables: at 1024×600 the report editor's «Chỉ tiêu» column, the one that stretches,
was squeezed to 42 px while the code and note columns kept their width).

When the table is too narrow, the columns the officer can resize (Interactive) give way first, down
to their header's width; if that is not enough, the stretching column stops stretching and keeps
its header's width, and the table scrolls sideways inside itself. When the table is wide again, the
column stretches again. Columns fitted to their contents already count their header."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QHeaderView, QTableView

ROOM = 24   # the header's padding and the sort arrow


def header_width(table: QTableView, column: int) -> int:
    header = table.horizontalHeader()
    text = str(table.model().headerData(column, Qt.Orientation.Horizontal) or "")
    widest_line = max((header.fontMetrics().horizontalAdvance(line) for line in text.splitlines()), default=0)
    return widest_line + ROOM


class ReadableHeaders(QObject):
    def __init__(self, table: QTableView, stretch: int, share: float = 0.0):
        """`share`: the part of the width the stretching column should have at least (its text is
        what a person reads; the other columns give way down to their headers for it)."""
        super().__init__(table)
        self.table, self.stretch, self.share = table, stretch, share
        self._busy = False
        table.viewport().installEventFilter(self)
        table.horizontalHeader().sectionResized.connect(lambda *_a: self.fit())
        self.fit()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt override
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.fit()
        return False

    def fit(self) -> None:
        if self._busy or self.table.model() is None:
            return
        self._busy = True
        try:
            self._fit()
        finally:
            self._busy = False

    def _fit(self) -> None:
        header = self.table.horizontalHeader()
        columns = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        if self.stretch not in columns:
            return
        available = self.table.viewport().width()
        need = header_width(self.table, self.stretch)
        want = max(need, int(available * self.share))
        others = [c for c in columns if c != self.stretch]
        # Interactive columns give way first, never below their own header
        for col in others:
            if header.sectionResizeMode(col) != QHeaderView.ResizeMode.Interactive:
                continue
            room = available - want - sum(header.sectionSize(c) for c in others)
            if room >= 0:
                break
            floor = header_width(self.table, col)
            if header.sectionSize(col) > floor:
                header.resizeSection(col, max(floor, header.sectionSize(col) + room))
        fits = sum(header.sectionSize(c) for c in others) + need <= available
        mode = QHeaderView.ResizeMode.Stretch if fits else QHeaderView.ResizeMode.Interactive
        if header.sectionResizeMode(self.stretch) != mode:
            header.setSectionResizeMode(self.stretch, mode)
        if not fits:
            header.resizeSection(self.stretch, need)
