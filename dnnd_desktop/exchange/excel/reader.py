"""Read the data of a workbook's first visible sheet with python-calamine, after the file checks.

Returns plain rows (lists of cell values) indexed by their sheet row, with merged cells of the data
area filled down (lists often merge the household cells over its persons' rows), trailing empty
rows dropped early (a sheet formatted down to row 1,048,576 is not walked to the end), and the
fonts of the first rows for legacy-encoding detection.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path

import python_calamine as calamine

from dnnd_desktop.domain.errors import Cancelled
from dnnd_desktop.domain.formatting import format_number
from dnnd_desktop.domain.messages import translate
from dnnd_desktop.domain.progress import CancelToken, ProgressCallback, no_progress

from .errors import ExcelFileError
from .file_checks import check_xlsx_file
from .limits import MAX_COLUMNS, MAX_ROWS, TRAILING_EMPTY_ROWS
from .sheet_bounds import SheetExtent, check_workbook_parts
from .xlsx_scan import SheetScan, scan_sheet

Cell = object  # str, float, int, bool, date, datetime, time, timedelta ("" for an empty cell)
MergedRange = tuple[int, int, int, int]  # first row, first column, last row, last column (0-based)
_READING = translate("ExcelProgress", "Reading the Excel file…")


@dataclass
class SheetData:
    file_name: str
    sheet_name: str
    rows: list[list[Cell]]                 # rows[i] is sheet row i (0-based); columns from A
    merged: list[MergedRange] = field(default_factory=list)
    scan: SheetScan = field(default_factory=SheetScan)
    notices: list[str] = field(default_factory=list)  # things the user should know (shown in preview)

    def font_of(self, column: int) -> str | None:
        return self.scan.column_fonts.get(column) or self.scan.default_font

    def cell_fonts(self, column: int) -> dict[int, str]:
        """0-based sheet row -> legacy font name, for the cells of `column` styled in one."""
        return self.scan.cell_fonts.get(column, {})


def column_letter(index: int) -> str:
    out = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        out = chr(65 + rem) + out
    return out


def cell_ref(row: int, column: int) -> str:
    return f"{column_letter(column)}{row + 1}"


def _is_empty_row(row: list) -> bool:
    for v in row:
        if v != "" and v is not None:
            return False
    return True


def _open(path: Path):
    try:
        return calamine.CalamineWorkbook.from_path(str(path))
    except calamine.PasswordError:
        raise ExcelFileError(translate(
            "ExcelErrors", "File “{name}” is protected by a password, so it cannot be read. Remove the password "
            "in Excel, save, then import again.").format(name=path.name), code="encrypted") from None
    except Exception:  # noqa: BLE001 - calamine raises several types with English texts
        raise ExcelFileError(translate(
            "ExcelErrors", "File “{name}” is damaged or not in the .xlsx format. Open it in Excel, save it again "
            "as .xlsx, then import again.").format(name=path.name), code="corrupt") from None


class _LoadAbandoned(Exception):
    """Cancel was pressed while python-calamine was still loading a sheet (see _load_sheet)."""


_CANCEL_POLL_SECONDS = 0.05


def _load_sheet(book, name: str, cancel: CancelToken):
    """book.get_sheet_by_name(name), which Cancel can stop. python-calamine loads a whole sheet in
    one native call (2.5 s for 50,000 rows on a busy machine, more up to MAX_ROWS) that cannot look
    at the button. It releases the GIL, so it runs on a helper thread while this one looks at the
    button; a cancelled load finishes in the background, is dropped, and closes the book there."""
    result: dict[str, object] = {}
    finished, abandoned = threading.Event(), threading.Event()

    def load() -> None:
        try:
            result["sheet"] = book.get_sheet_by_name(name)
        except Exception as e:  # noqa: BLE001 - handed to the waiting thread as it is
            result["error"] = e
        finally:
            finished.set()
            if abandoned.is_set():
                book.close()

    threading.Thread(target=load, name="excel-sheet-load", daemon=True).start()
    while not finished.wait(_CANCEL_POLL_SECONDS):
        if cancel.cancelled:
            abandoned.set()
            raise _LoadAbandoned()
    if "error" in result:
        raise result["error"]  # type: ignore[misc]
    return result["sheet"]


def _pick_sheet(book, path: Path, extents: dict[str, SheetExtent], cancel: CancelToken):
    visible = [m.name for m in book.sheets_metadata
               if m.typ == calamine.SheetTypeEnum.WorkSheet and m.visible == calamine.SheetVisibleEnum.Visible]
    for name in visible:
        if name in extents and not extents[name].values:
            continue   # no value in its XML: not loaded at all
        try:
            # Within the limits: check_workbook_parts measured this sheet's XML.
            sheet = _load_sheet(book, name, cancel)
        except _LoadAbandoned:
            raise
        except Exception:  # noqa: BLE001 - malformed sheet XML: calamine's texts are English
            raise ExcelFileError(translate(
                "ExcelErrors", "Sheet “{sheet}” of file “{name}” is damaged (its content cannot be read). Open "
                "the file in Excel, save it again as .xlsx, then import again.").format(sheet=name, name=path.name),
                code="corrupt_sheet") from None
        if sheet.height > 0:
            return sheet
    raise ExcelFileError(translate(
        "ExcelErrors", "File “{name}” holds no data (every sheet is empty). Check that it is the right file."
        ).format(name=path.name), code="empty_sheet")


def read_sheet(path: Path | str, progress: ProgressCallback = no_progress,
               cancel: CancelToken | None = None) -> SheetData:
    path = check_xlsx_file(path)
    cancel = cancel or CancelToken()
    progress(0, 0, _READING.text())
    extents = check_workbook_parts(path, cancel)   # limits checked on the XML, before loading
    book = _open(path)
    abandoned = False
    try:
        sheet = _pick_sheet(book, path, extents, cancel)
        start_row, start_col = sheet.start or (0, 0)
        total = sheet.height
        rows: list[list[Cell]] = []
        notices: list[str] = []
        pad = [""] * start_col
        empty_run = 0
        last_data = -1
        for i, row in enumerate(sheet.iter_rows()):
            if i % 5000 == 0:
                cancel.raise_if_cancelled()
                progress(i, total, _READING.text())
            if _is_empty_row(row):
                empty_run += 1
                rows.append([])
                if empty_run >= TRAILING_EMPTY_ROWS and last_data >= 0:
                    if i + 1 < total:
                        # Rendered now: notices travel as plain text (preview, JSON output).
                        notices.append(translate(
                            "ExcelNotices", "Reading stopped at row {row}: more than {count} empty rows follow "
                            "in a row. If there is more data further down, delete the empty rows and import "
                            "again.").format(row=format_number(last_data + 1),
                                             count=format_number(TRAILING_EMPTY_ROWS)).text())
                    break
                continue
            empty_run = 0
            last_data = i
            if len(rows) - start_row > MAX_ROWS:
                raise ExcelFileError(translate(
                    "ExcelErrors", "Sheet “{sheet}” has more than {maximum} rows of data. Split it into several "
                    "smaller files and import them one after another.").format(
                        sheet=sheet.name, maximum=format_number(MAX_ROWS)), code="too_many_rows")
            values = pad + row if start_col else list(row)
            if len(values) > MAX_COLUMNS:
                values = values[:MAX_COLUMNS]
            rows.append(values)
        del rows[last_data + 1:]
        merged = [(r1, c1, r2, c2) for (r1, c1), (r2, c2) in (sheet.merged_cell_ranges or [])]
        sheet_name = sheet.name
    except _LoadAbandoned:
        abandoned = True   # the loading thread closes the book when its call returns
        raise Cancelled() from None
    finally:
        if not abandoned:
            book.close()
    if last_data < 0:
        raise ExcelFileError(translate(
            "ExcelErrors", "File “{name}” holds no data (sheet “{sheet}” is empty). Check that it is the right "
            "file.").format(name=path.name, sheet=sheet_name), code="empty_sheet")
    cancel.raise_if_cancelled()
    scan = scan_sheet(path, sheet_name, cancel)
    if scan.formula_count:
        shown = ", ".join(scan.formulas_without_value[:8]) + ("…" if scan.formula_count > 8 else "")
        raise ExcelFileError(translate(
            "ExcelErrors", "{count} cells hold formulas whose results were never saved ({cells}), so their values "
            "are unknown. Open the file in Excel (or LibreOffice), let it recalculate the formulas, save the "
            "file and import it again; or copy the cells and paste the values (Paste Special → Values) over "
            "the formulas.").format(count=format_number(scan.formula_count), cells=shown),
            code="formula_without_value")
    data = SheetData(path.name, sheet_name, rows, merged, scan, notices)
    fill_merged_down(data, cancel=cancel)
    return data


def fill_merged_down(data: SheetData, from_row: int = 0, cancel: CancelToken | None = None) -> None:
    """Give every cell of a merged range the value of the range's top cell in the same column:
    a household's cells merged over its persons' rows belong to each of those rows.

    Linear in the sheet's cells plus the ranges: ranges are clipped to the data read, and a range
    overlapping one already filled in its column is skipped (Excel never writes overlapping merges;
    2,000 ranges each over the whole sheet took 31 s when each was filled in full)."""
    rows = data.rows
    if not rows:
        return
    width = max(len(r) for r in rows)
    last = len(rows) - 1
    spans: dict[int, list[tuple[int, int]]] = {}
    for i, (r1, c1, r2, c2) in enumerate(data.merged):
        if cancel is not None and i % 1000 == 0:
            cancel.raise_if_cancelled()
        if r2 <= r1 or r1 < from_row or r1 > last:
            continue
        for c in range(c1, min(c2, width - 1) + 1):
            spans.setdefault(c, []).append((r1, min(r2, last)))
    for c, column_spans in spans.items():
        if cancel is not None:
            cancel.raise_if_cancelled()
        filled_to = -1
        for r1, r2 in sorted(column_spans):
            if r1 <= filled_to:
                continue
            filled_to = r2
            top = rows[r1][c] if c < len(rows[r1]) else ""
            if top == "":
                continue
            for r in range(r1 + 1, r2 + 1):
                row = rows[r]
                if not row:
                    continue
                if len(row) <= c:
                    row.extend([""] * (c + 1 - len(row)))
                if row[c] == "":
                    row[c] = top
