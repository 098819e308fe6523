"""Before the spreadsheet reader loads anything: every part of the .xlsx streamed once, checking
that it unpacks to what the ZIP says, and each sheet's extent measured (issue 16 item 5).

python-calamine loads a whole sheet as a dense grid from its first to its last cell holding a value,
and it reads the shared strings whole when the workbook is opened. A 3.6 MB file of millions of
rows took 4.46 GB and 234 s before the row limit (checked on the loaded grid) refused it; 43 KB
whose rows each hold one value in column XFD took 1.5 GB. Here the XML is streamed in chunks (zlib
and bytes.find in C, a regex only on the cell references of a chunk) and the reading stops at the
first chunk that goes past a limit, so such a file is refused in seconds with little memory.

A ZIP entry whose data does not match its declared size or CRC ("lying sizes") is refused as
damaged; Python's zipfile never inflates past the declared size and checks the CRC at the end.
"""
from __future__ import annotations

import re
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from dnnd_desktop.domain.errors import DnndError
from dnnd_desktop.domain.formatting import format_number
from dnnd_desktop.domain.messages import translate
from dnnd_desktop.domain.progress import CancelToken

from .errors import ExcelFileError
from .limits import HEADER_SEARCH_ROWS, MAX_ROWS, MAX_SHEET_CELLS, MAX_UNCOMPRESSED_BYTES
from .xlsx_scan import column_index, read_chunks, sheet_paths

_TAIL = 64   # kept for the next chunk when a chunk holds no cell start at all
_ROW_NUMBER = re.compile(rb'<row\b[^>]*?\br="(\d+)"')
# A cell with content (not self-closing): its column letters.
_CELL_COLUMN = re.compile(rb'<c\b[^>]*?\br="([A-Z]{1,3})\d+"[^>]*(?<!/)>')
# A stored value (<v>) or inline text (<is><t>); empty ones are removed first (a sheet "formatted"
# with empty strings down to row 1,000,000 is read, and its trailing empty rows dropped, by the reader).
_VALUE_MARKS = (b"<v>", b"<v ", b"<t>", b"<t ")
_EMPTY_VALUES = (b"<v></v>", b"<v/>", b"<t></t>", b"<t/>", b'<t xml:space="preserve"></t>')


@dataclass
class SheetExtent:
    """What one sheet's XML holds: the last row with a value (1-based), the widest column with a
    value (1-based) and how many values."""

    last_row: int = 0
    columns: int = 0
    values: int = 0


class _Scanner:
    """Fed the sheet XML chunk by chunk; measures only whole cells: the text after the last cell
    start of a chunk waits for the next chunk."""

    def __init__(self) -> None:
        self.extent = SheetExtent()
        self.rows_seen = 0     # row elements so far (rows may leave out their r="" attribute)
        self.current_row = 0   # the row the scan is in at the end of what was measured
        self._pending = b""

    def feed(self, chunk: bytes) -> None:
        data = self._pending + chunk
        cut = max(data.rfind(b"<row"), data.rfind(b"<c "), data.rfind(b"<c>"))
        if cut <= 0:
            cut = max(len(data) - _TAIL, 0)
        self._pending = data[cut:]
        self._measure(data[:cut])

    def finish(self) -> None:
        self._measure(self._pending)
        self._pending = b""

    def _measure(self, data: bytes) -> None:
        if not data:
            return
        self.rows_seen += data.count(b"<row ") + data.count(b"<row>")
        numbers = _ROW_NUMBER.findall(data)
        if numbers:
            self.current_row = max(self.current_row, int(numbers[-1]))
        self.current_row = max(self.current_row, self.rows_seen)
        for empty in _EMPTY_VALUES:
            data = data.replace(empty, b"")
        marks = sum(data.count(m) for m in _VALUE_MARKS)
        if marks:
            self.extent.values += marks
            self.extent.last_row = max(self.extent.last_row, self._row_of_last_value(data))
            letters = set(_CELL_COLUMN.findall(data))
            if letters:
                widest = max(letters, key=lambda w: (len(w), w))
                self.extent.columns = max(self.extent.columns, column_index(widest) + 1)

    def _row_of_last_value(self, data: bytes) -> int:
        last = max(data.rfind(m) for m in _VALUE_MARKS)
        start = data.rfind(b"<row", 0, last)
        if start < 0:
            return self.current_row
        m = _ROW_NUMBER.match(data, start)
        return int(m.group(1)) if m else self.current_row


def _damaged(path: Path) -> ExcelFileError:
    return ExcelFileError(translate(
        "ExcelErrors", "File “{name}” is damaged and cannot be opened. Open it in Excel; if Excel repairs it, "
        "save it and import it again.").format(name=path.name), code="corrupt")


def _too_large(path: Path) -> ExcelFileError:
    return ExcelFileError(translate(
        "ExcelErrors", "File “{name}” holds too much data once unpacked. Check that it is the right file, or "
        "split it into several smaller files.").format(name=path.name), code="too_large")


def _refuse_extent(path: Path, sheet: str, extent: SheetExtent) -> None:
    if extent.last_row > MAX_ROWS + HEADER_SEARCH_ROWS:
        raise ExcelFileError(translate(
            "ExcelErrors", "Sheet “{sheet}” has more than {maximum} rows of data. Split it into several "
            "smaller files and import them one after another.").format(
                sheet=sheet, maximum=format_number(MAX_ROWS)), code="too_many_rows")
    if extent.last_row * max(extent.columns, 1) > MAX_SHEET_CELLS or extent.values > MAX_SHEET_CELLS:
        raise ExcelFileError(translate(
            "ExcelErrors", "Sheet “{sheet}” is too large to read: its data reaches row {rows} and column {columns} "
            "(at most {maximum} cells). Delete the columns and rows that do not belong to the list (for "
            "example a value far to the right), or split the file, then import again.").format(
                sheet=sheet, rows=format_number(extent.last_row), columns=format_number(extent.columns),
                maximum=format_number(MAX_SHEET_CELLS)), code="sheet_too_large")


def check_workbook_parts(path: Path, cancel: CancelToken | None = None) -> dict[str, SheetExtent]:
    """Stream every part; refuse lying sizes, too much data and oversized sheets. Returns the
    extent of each sheet by name (all within the limits)."""
    extents: dict[str, SheetExtent] = {}
    total = 0
    try:
        with zipfile.ZipFile(path) as z:
            names = {part: name for name, part in sheet_paths(z).items()}
            for info in z.infolist():
                scanner = _Scanner() if info.filename in names else None
                with z.open(info) as fh:
                    for chunk in read_chunks(fh, cancel):
                        total += len(chunk)
                        if total > MAX_UNCOMPRESSED_BYTES:
                            raise _too_large(path)
                        if scanner is not None:
                            scanner.feed(chunk)
                            _refuse_extent(path, names[info.filename], scanner.extent)
                if scanner is not None:
                    scanner.finish()
                    _refuse_extent(path, names[info.filename], scanner.extent)
                    extents[names[info.filename]] = scanner.extent
    except DnndError:   # our refusals, and Cancel
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, KeyError):
        # CRC or size differing from the ZIP directory, cut data, or a broken workbook.xml
        raise _damaged(path) from None
    except Exception:  # noqa: BLE001 - an XML parser error in workbook.xml (ParseError is a SyntaxError)
        raise _damaged(path) from None
    return extents
