"""Excel workbooks of the province: who reported (submissions) and the consolidated report.

Plain data in (services build it), a workbook out, written to a temporary file beside the target
and renamed at the end, so a failure never leaves a half-written file under the user's name.

    write_submissions_xlsx(office_name, table, out)
        table: {"title", "subtitle", "facts": [(label, value)], "headers", "rows", "overdue": [bool]}
    write_consolidated_xlsx(content, details, per_office, narratives, submissions, out)
        sheets: Chỉ tiêu (the sums, as a report workbook), Theo đơn vị (one row per office, one
        column per figure), Nội dung (the province's text), Nội dung các đơn vị, Tình hình báo cáo,
        Thông tin
"""
from __future__ import annotations

import datetime as dt
import os
import tempfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from ..domain.report_template import DocumentDetails, ReportContent
from .excel.safe_cells import guard_worksheet
from .report_excel import INDICATOR_SHEET, _indicator_sheet, _info_sheet, _narrative_sheet

# The consolidated report is an official document: its wording stays Vietnamese, whatever the UI.
PER_OFFICE_SHEET = "Theo đơn vị"
OFFICE_TEXT_SHEET = "Nội dung các đơn vị"
SUBMISSIONS_SHEET = "Tình hình báo cáo"
_BOLD = Font(bold=True)
_TITLE = Font(bold=True, size=13)
_RED = Font(color="C00000", bold=True)
_HEAD_FILL = PatternFill("solid", fgColor="DCE6F1")
_NUMBER = "#,##0"
_DATE = "dd/mm/yyyy"


def _save(wb: Workbook, out: str | Path) -> None:
    target = Path(out)
    fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    os.close(fd)
    tmp = Path(tmp_name)
    for sheet in wb.worksheets:
        guard_worksheet(sheet)  # typed text stays text, never a formula
    try:
        wb.save(tmp)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _header_row(ws, row: int, values) -> None:
    for col, value in enumerate(values, start=1):
        cell = ws.cell(row, col, value)
        cell.font = _BOLD
        cell.fill = _HEAD_FILL
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)


def _submissions_sheet(ws, office_name: str, table: dict) -> None:
    ws.cell(1, 1, office_name.upper()).font = _BOLD
    ws.cell(2, 1, table["title"]).font = _TITLE
    ws.cell(3, 1, table["subtitle"])
    row = 5
    for label, value in table["facts"]:
        ws.cell(row, 1, label).font = _BOLD
        ws.cell(row, 3, value)
        row += 1
    row += 1
    _header_row(ws, row, table["headers"])
    header_row = row
    for values, overdue in zip(table["rows"], table["overdue"], strict=False):
        row += 1
        for col, value in enumerate(values, start=1):
            cell = ws.cell(row, col, value)
            if isinstance(value, dt.date):
                cell.number_format = _DATE
        if overdue:
            ws.cell(row, 5).font = _RED
    for col, width in enumerate((6, 42, 12, 24, 24, 13, 12, 9, 50), start=1):
        ws.column_dimensions[get_column_letter(col)].width = width
    ws.freeze_panes = ws.cell(header_row + 1, 3)


def write_submissions_xlsx(office_name: str, table: dict, out: str | Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = SUBMISSIONS_SHEET
    _submissions_sheet(ws, office_name, table)
    _save(wb, out)


def _per_office_sheet(ws, table: dict) -> None:
    """Two header rows: the indicator (a breakdown row's indicator repeats, marked "- ...") and the unit."""
    columns = table["columns"]
    _header_row(ws, 1, ["STT", "Đơn vị", *[("   - " if c["is_row"] else "") + c["label"] for c in columns]])
    _header_row(ws, 2, ["", "Mã / đơn vị tính", *[f'{c["target"]} ({c["unit"]})' for c in columns]])
    row = 2
    for i, office in enumerate(table["offices"], start=1):
        row += 1
        name = office["name"] + (f" (sửa đổi lần {office['revision'] - 1})" if office["revision"] > 1 else "")
        ws.cell(row, 1, i)
        ws.cell(row, 2, name)
        for col, value in enumerate(office["values"], start=3):
            ws.cell(row, col, value).number_format = _NUMBER
    row += 1
    ws.cell(row, 2, "Tổng cộng").font = _BOLD
    for col, value in enumerate(table["totals"], start=3):
        cell = ws.cell(row, col, value)
        cell.font = _BOLD
        cell.number_format = _NUMBER
    if table.get("not_counted"):
        row += 2
        ws.cell(row, 2, "Chưa tính vào tổng hợp:").font = _BOLD
        for name, why in table["not_counted"]:
            row += 1
            ws.cell(row, 2, f"{name} ({why})")
    ws.column_dimensions["A"].width = 6
    ws.column_dimensions["B"].width = 42
    for col in range(3, len(columns) + 3):
        ws.column_dimensions[get_column_letter(col)].width = 16
    ws.row_dimensions[1].height = 75
    ws.freeze_panes = "C3"


def _office_text_sheet(ws, rows: list[tuple[str, str, str]]) -> None:
    _header_row(ws, 1, ["Phần", "Đơn vị", "Nội dung"])
    for r, (section, office, text) in enumerate(rows, start=2):
        ws.cell(r, 1, section)
        ws.cell(r, 2, office)
        ws.cell(r, 3, text).alignment = Alignment(wrap_text=True, vertical="top")
    ws.column_dimensions["A"].width = 16
    ws.column_dimensions["B"].width = 36
    ws.column_dimensions["C"].width = 110


def write_consolidated_xlsx(content: ReportContent, details: DocumentDetails, per_office: dict,
                            narratives: list[tuple[str, str, str]], submissions: dict, out: str | Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = INDICATOR_SHEET
    _indicator_sheet(ws, content)
    _per_office_sheet(wb.create_sheet(PER_OFFICE_SHEET), per_office)
    _narrative_sheet(wb.create_sheet("Nội dung"), content)
    _office_text_sheet(wb.create_sheet(OFFICE_TEXT_SHEET), narratives)
    _submissions_sheet(wb.create_sheet(SUBMISSIONS_SHEET), details.issuing_body, submissions)
    _info_sheet(wb.create_sheet("Thông tin"), content, details)
    _save(wb, out)
