"""Read the data of a workbook's first visible sheet with python-calamine, after the file checks.

Returns plain rows (lists of cell values) indexed by their sheet row, with merged cells of the data
area filled down (lists often merge the household cells over its persons' rows), trailing empty
rows dropped early (a sheet formatted down to row 1,048,576 is not walked to the end), and the
fonts of the first rows for legacy-encoding detection.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import python_calamine as calamine

from dnnd_desktop.domain.formatting import format_number
from dnnd_desktop.domain.progress import CancelToken, ProgressCallback, no_progress

from .errors import ExcelFileError
from .file_checks import check_xlsx_file
from .limits import MAX_COLUMNS, MAX_ROWS, TRAILING_EMPTY_ROWS
from .xlsx_scan import SheetScan, scan_sheet

Cell = object  # str, float, int, bool, date, datetime, time, timedelta ("" for an empty cell)
MergedRange = tuple[int, int, int, int]  # first row, first column, last row, last column (0-based)


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
        raise ExcelFileError(f"Tệp «{path.name}» được đặt mật khẩu nên không đọc được. Hãy bỏ mật khẩu "
                             "trong Excel, lưu lại rồi nhập lại.", code="encrypted") from None
    except Exception:  # noqa: BLE001 - calamine raises several types with English texts
        raise ExcelFileError(f"Tệp «{path.name}» bị hỏng hoặc không đúng định dạng .xlsx. Hãy mở bằng "
                             "Excel, lưu lại dạng .xlsx rồi nhập lại.", code="corrupt") from None


def _pick_sheet(book, path: Path):
    visible = [m.name for m in book.sheets_metadata
               if m.typ == calamine.SheetTypeEnum.WorkSheet and m.visible == calamine.SheetVisibleEnum.Visible]
    for name in visible:
        sheet = book.get_sheet_by_name(name)
        if sheet.height > 0:
            return sheet
    raise ExcelFileError(f"Tệp «{path.name}» không có dữ liệu (các trang tính đều trống). Hãy kiểm tra "
                         "đúng tệp chưa.", code="empty_sheet")


def read_sheet(path: Path | str, progress: ProgressCallback = no_progress,
               cancel: CancelToken | None = None) -> SheetData:
    path = check_xlsx_file(path)
    cancel = cancel or CancelToken()
    progress(0, 0, "Đang đọc tệp Excel…")
    book = _open(path)
    try:
        sheet = _pick_sheet(book, path)
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
                progress(i, total, "Đang đọc tệp Excel…")
            if _is_empty_row(row):
                empty_run += 1
                rows.append([])
                if empty_run >= TRAILING_EMPTY_ROWS and last_data >= 0:
                    if i + 1 < total:
                        notices.append(
                            f"Đã dừng đọc ở dòng {format_number(last_data + 1)}: sau đó có hơn "
                            f"{format_number(TRAILING_EMPTY_ROWS)} dòng trống liên tiếp. Nếu còn dữ liệu ở "
                            "phía dưới, hãy xóa các dòng trống rồi nhập lại.")
                    break
                continue
            empty_run = 0
            last_data = i
            if len(rows) - start_row > MAX_ROWS:
                raise ExcelFileError(
                    f"Trang tính «{sheet.name}» có hơn {format_number(MAX_ROWS)} dòng dữ liệu. Hãy tách "
                    "thành nhiều tệp nhỏ hơn rồi nhập lần lượt.", code="too_many_rows")
            values = pad + row if start_col else list(row)
            if len(values) > MAX_COLUMNS:
                values = values[:MAX_COLUMNS]
            rows.append(values)
        del rows[last_data + 1:]
        merged = [(r1, c1, r2, c2) for (r1, c1), (r2, c2) in (sheet.merged_cell_ranges or [])]
        sheet_name = sheet.name
    finally:
        book.close()
    if last_data < 0:
        raise ExcelFileError(f"Tệp «{path.name}» không có dữ liệu (trang tính «{sheet_name}» trống). "
                             "Hãy kiểm tra đúng tệp chưa.", code="empty_sheet")
    cancel.raise_if_cancelled()
    scan = scan_sheet(path, sheet_name, cancel)
    if scan.formula_count:
        shown = ", ".join(scan.formulas_without_value[:8]) + ("…" if scan.formula_count > 8 else "")
        raise ExcelFileError(
            f"Có {format_number(scan.formula_count)} ô chứa công thức nhưng chưa có kết quả được lưu "
            f"({shown}), nên không biết giá trị của các ô đó. Hãy mở tệp bằng Excel (hoặc LibreOffice), "
            "để chương trình tính lại công thức, lưu tệp rồi nhập lại; hoặc sao chép và dán giá trị "
            "(Dán đặc biệt → Giá trị) thay cho công thức.", code="formula_without_value")
    data = SheetData(path.name, sheet_name, rows, merged, scan, notices)
    fill_merged_down(data)
    return data


def fill_merged_down(data: SheetData, from_row: int = 0) -> None:
    """Give every cell of a merged range the value of the range's top cell in the same column:
    a household's cells merged over its persons' rows belong to each of those rows."""
    rows = data.rows
    for r1, c1, r2, c2 in data.merged:
        if r2 <= r1 or r1 < from_row or r1 >= len(rows):
            continue
        for c in range(c1, c2 + 1):
            top = rows[r1][c] if c < len(rows[r1]) else ""
            if top == "":
                continue
            for r in range(r1 + 1, min(r2, len(rows) - 1) + 1):
                row = rows[r]
                if not row:
                    continue
                if len(row) <= c:
                    row.extend([""] * (c + 1 - len(row)))
                if row[c] == "":
                    row[c] = top
