"""Step 1 of an import: read the sheet, find its header row and propose a header -> field mapping."""
from __future__ import annotations

from pathlib import Path

from ...domain.errors import ValidationError
from ...domain.progress import CancelToken, ProgressCallback, no_progress
from ...domain.record_kinds import kind_spec
from ...exchange.excel import (
    EXCEL_KINDS,
    ExcelFileError,
    cell_ref,
    excel_columns,
    find_header_row,
    read_sheet,
)
from ..operation_log import logged_operation
from .import_types import ImportFile

CLI_KINDS = {"household": "households", "person": "persons", "activity": "activities",
             "twinning": "twinnings", "partner": "partners"}


def excel_kind(kind: str) -> str:
    """The kind a CLI word or kind name stands for, if it has a spreadsheet."""
    name = kind_spec(kind).kind
    if name not in EXCEL_KINDS:
        raise ValidationError(f"Không nhập/xuất Excel được loại «{kind}». Các loại: "
                              f"{', '.join(CLI_KINDS.values())}.", code="unknown_kind")
    return name


@logged_operation("excel_read")
def open_import(path: Path | str, kind: str, progress: ProgressCallback = no_progress,
                cancel: CancelToken | None = None) -> ImportFile:
    kind = excel_kind(kind)
    columns = excel_columns(kind)
    sheet = read_sheet(path, progress=progress, cancel=cancel)
    guess = find_header_row(sheet.rows, columns)
    if guess is None:
        expected = ", ".join(f"«{c.header}»" for c in columns if c.required) or f"«{columns[0].header}»"
        raise ExcelFileError(
            f"Không tìm thấy dòng tiêu đề cột trong trang tính «{sheet.sheet_name}» (xem {min(len(sheet.rows), 30)} "
            f"dòng đầu). Dòng tiêu đề cần có tên các cột, ví dụ {expected}. Hãy thêm dòng tiêu đề phía trên "
            "dữ liệu, hoặc dùng tệp mẫu (nút «Tải mẫu»).", code="header_missing")
    for r1, c1, r2, c2 in sheet.merged:
        if r1 <= guess.row <= r2 and (r2 > r1 or c2 > c1):
            raise ExcelFileError(
                f"Dòng tiêu đề (dòng {guess.row + 1}) có ô gộp {cell_ref(r1, c1)}:{cell_ref(r2, c2)}, nên không "
                "biết mỗi cột chứa gì. Hãy bỏ gộp ô (Trang đầu → Gộp và căn giữa → Bỏ gộp ô), ghi một tiêu "
                "đề cho mỗi cột trên một dòng, rồi nhập lại.", code="merged_header")
    return ImportFile(kind=kind, path=Path(path), sheet=sheet, header_row=guess.row, headers=guess.headers,
                      mapping=guess.mapping, columns=columns)
