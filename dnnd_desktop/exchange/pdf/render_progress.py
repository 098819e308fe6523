"""Progress and cancellation for one PDF build.

Work is counted in table rows, twice: once when a row's cells are prepared and once when it is
drawn on a page, so the bar moves through both phases; +1 for writing the file, so a document
without tables still goes from 0 to done. Cancel is checked on every row and every page.
"""
from __future__ import annotations

from reportlab.platypus import LongTable

from dnnd_desktop.domain.messages import translate
from dnnd_desktop.domain.progress import CancelToken, ProgressCallback

REPORT_EVERY = 25  # rows between progress calls: the GUI need not repaint per row
# Progress labels, not document wording: they follow the language of the moment (rendered when
# reported, since the callback's contract is a plain str).
LABEL_PREPARE = translate("PdfProgress", "Preparing the tables")
LABEL_LAYOUT = translate("PdfProgress", "Laying out the pages")
LABEL_DONE = translate("PdfProgress", "The PDF file is ready")


class RenderProgress:
    def __init__(self, progress: ProgressCallback, cancel: CancelToken | None,
                 expected_rows: int | None):
        self._progress = progress
        self._cancel = cancel
        self._expected = expected_rows  # None: unknown until all rows are read
        self._before = 0  # rows of tables already prepared
        self._prepared = 0
        self._drawn = 0

    @property
    def total(self) -> int:
        return 0 if self._expected is None else 2 * self._expected + 1

    @property
    def prepared_rows(self) -> int:
        return self._prepared

    def check(self) -> None:
        if self._cancel is not None:
            self._cancel.raise_if_cancelled()

    def row_prepared(self, n_in_table: int) -> None:
        self.check()
        self._prepared = self._before + n_in_table
        if self._prepared % REPORT_EVERY == 0:
            self._progress(self._prepared, self.total, LABEL_PREPARE.text())

    def table_prepared(self, rows: int) -> None:
        self._before += rows
        self._prepared = self._before

    def layout_started(self) -> None:
        self._expected = self._prepared  # now known exactly, generators included
        self._progress(self._prepared, self.total, LABEL_LAYOUT.text())

    def rows_drawn(self, count: int) -> None:
        self.check()
        self._drawn = min(self._prepared, self._drawn + count)
        self._progress(self._prepared + self._drawn, self.total, LABEL_LAYOUT.text())

    def finished(self) -> None:
        self._progress(self.total, self.total, LABEL_DONE.text())

    def tracked_table_class(self, base: type[LongTable]) -> type[LongTable]:
        """A table class whose every drawn piece reports its rows.

        A subclass rather than an argument because reportlab rebuilds split pieces with
        `self.__class__(...)` and passes on only its own arguments.
        """
        tracker = self

        def draw(table):
            base.draw(table)
            tracker.rows_drawn(max(0, len(table._cellvalues) - (table.repeatRows or 0)))

        return type("TrackedListTable", (base,), {"draw": draw})
