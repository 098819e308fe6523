"""The error workbook: the rows an import refused, as they were in the file, with a reason column.

The officer corrects the rows in it and imports this file again: its header row is the original
one, so it maps the same way, and the extra line and reason columns are ignored on import. The
texts the app adds (title, those two headers) are in the language of the moment.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from dnnd_desktop.domain.messages import render, translate
from dnnd_desktop.domain.progress import CancelToken, ProgressCallback, no_progress

from .writer import TEXT, SheetColumn, write_table

LINE_HEADER = translate("ExcelErrorWorkbook", "Line in the original file")
REASON_HEADER = translate("ExcelErrorWorkbook", "Why it was not imported")


def write_error_workbook(out: Path | str, headers: Sequence[str], column_kinds: Sequence[str],
                         rows: Iterable[tuple[int, Sequence[object], str]], *, source_name: str = "",
                         total: int | None = None, progress: ProgressCallback = no_progress,
                         cancel: CancelToken | None = None) -> int:
    """rows: (1-based line in the source, original cells, reason). Returns the rows written."""
    columns = [SheetColumn(LINE_HEADER, "year"),
               *(SheetColumn(h or translate("ExcelErrorWorkbook", "Column {number}").format(number=i + 1), k)
                 for i, (h, k) in enumerate(zip(headers, column_kinds, strict=False))),
               SheetColumn(REASON_HEADER, TEXT, min_width=50)]
    width = len(headers)

    def lines():
        for line, cells, reason in rows:
            values = [None if v == "" else v for v in list(cells)[:width]]
            values += [None] * (width - len(values))
            yield [line, *values, render(reason)]

    title = translate("ExcelErrorWorkbook", "The rows not yet imported from the file “{file}”: correct them as "
                      "the column “{column}” says, then import this file again.").format(
                          file=source_name, column=REASON_HEADER)
    return write_table(out, columns, lines(), sheet_title=translate("ExcelErrorWorkbook", "Rows with errors"),
                       title_lines=[title], total=total, progress=progress, cancel=cancel)
