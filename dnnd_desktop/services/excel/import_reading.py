"""Step 1 of an import: read the sheet, find its header row and propose a header -> field mapping."""
from __future__ import annotations

from pathlib import Path

from ...domain.errors import ValidationError
from ...domain.messages import translate
from ...domain.progress import CancelToken, ProgressCallback, no_progress
from ...domain.record_kinds import WORK_KINDS, kind_spec
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
             "twinning": "twinnings", "partner": "partners", "contribution": "contributions",
             "commendation": "commendations", "consent": "consents",
             **{k.kind: k.plural for k in WORK_KINDS}}


def excel_kind(kind: str) -> str:
    """The kind a CLI word or kind name stands for, if it has a spreadsheet."""
    name = kind_spec(kind).kind
    if name not in EXCEL_KINDS:
        raise ValidationError(translate("ExcelErrors", "Kind «{kind}» cannot be imported from or exported to "
                                        "Excel. The kinds: {kinds}.").format(
                                            kind=kind, kinds=", ".join(CLI_KINDS.values())), code="unknown_kind")
    return name


@logged_operation("excel_read")
def open_import(path: Path | str, kind: str, progress: ProgressCallback = no_progress,
                cancel: CancelToken | None = None) -> ImportFile:
    kind = excel_kind(kind)
    columns = excel_columns(kind)
    sheet = read_sheet(path, progress=progress, cancel=cancel)
    guess = find_header_row(sheet.rows, columns)
    if guess is None:
        # The column headers are the template's own (Vietnamese) headers, as the file must carry them.
        expected = ", ".join(f"«{c.label}»" for c in columns if c.required) or f"«{columns[0].label}»"
        raise ExcelFileError(translate(
            "ExcelErrors", "No row of column headers was found in the sheet «{sheet}» (looking at the first "
            "{rows} rows). The header row needs the columns' names, for example {expected}. Add a header row "
            "above the data, or use the template file (the «Download template» button).").format(
                sheet=sheet.sheet_name, rows=min(len(sheet.rows), 30), expected=expected), code="header_missing")
    for r1, c1, r2, c2 in sheet.merged:
        if r1 <= guess.row <= r2 and (r2 > r1 or c2 > c1):
            raise ExcelFileError(translate(
                "ExcelErrors", "The header row (row {row}) has merged cells {cells}, so what each column holds "
                "is unknown. Unmerge the cells (Home → Merge & Center → Unmerge Cells), write one header per "
                "column on one row, then import again.").format(
                    row=guess.row + 1, cells=f"{cell_ref(r1, c1)}:{cell_ref(r2, c2)}"), code="merged_header")
    return ImportFile(kind=kind, path=Path(path), sheet=sheet, header_row=guess.row, headers=guess.headers,
                      mapping=guess.mapping, columns=columns)
