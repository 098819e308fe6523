"""A periodic report as an Excel workbook: the figures (with what was overridden and why), the typed
text, and the document details. For offices that consolidate or re-type figures in Excel.

Written to a temporary file beside the target and renamed at the end, so a failed or cancelled
export never leaves a half-written workbook under the user's file name.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from ..domain.formatting import format_date
from ..domain.messages import Message
from ..domain.progress import CancelToken, ProgressCallback, no_progress
from ..domain.report_template import NOTHING_CELL, DocumentDetails, ReportContent
from .excel.safe_cells import guard_worksheet
from .report_pdf import roman

# The workbook is the report itself: its wording stays Vietnamese (official documents), whatever the UI.
INDICATOR_SHEET = "Chỉ tiêu"
NARRATIVE_SHEET = "Nội dung"
INFO_SHEET = "Thông tin"
TASK_SHEET = "Tiến độ nhiệm vụ"
TASK_HEADERS = ("STT", "Kế hoạch", "Mã", "Nhiệm vụ", "Thời hạn", "Tình trạng", "Ghi chú tiến độ",
                "Hoạt động minh chứng", "Số tệp kèm theo")
_TASK_WIDTHS = (6, 24, 8, 60, 12, 16, 50, 60, 14)
INDICATOR_HEADERS = ("Phần", "Nhóm", "Mã", "Chỉ tiêu", "Đơn vị tính", "Giá trị báo cáo", "Sửa tay",
                     "Giá trị tính từ dữ liệu", "Ghi chú", "Người sửa")
_WIDTHS = (8, 30, 26, 60, 14, 18, 10, 20, 40, 20)
_BOLD = Font(bold=True)
_MONEY = "#,##0"


def _vi(row: list) -> list:
    """A row with any catalogue text (a label) in Vietnamese: the workbook is the report itself."""
    return [v.text("vi") if isinstance(v, Message) else v for v in row]


def _indicator_sheet(ws, content: ReportContent) -> None:
    ws.append(list(INDICATOR_HEADERS))
    for cell in ws[1]:
        cell.font = _BOLD
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for i, section in enumerate(content.sections, start=1):
        for group in section.groups:
            for ind in group.indicators:
                for line in (ind.total, *ind.breakdown):
                    label = line.label if line.key is None else f"   - {line.label}"
                    ws.append(_vi([roman(i), group.title, line.target, label, ind.unit,
                                   NOTHING_CELL if line.nothing else line.value,
                                   "Có" if line.overridden else None, line.computed,
                                   line.note or ("Nhập tay" if ind.manual and line.key is None else ""),
                                   line.override_by or ""]))
                    if line.key is None:
                        ws.cell(ws.max_row, 4).font = _BOLD
                    for col in (6, 8):
                        ws.cell(ws.max_row, col).number_format = _MONEY
    for n, width in enumerate(_WIDTHS, start=1):
        ws.column_dimensions[get_column_letter(n)].width = width
    ws.freeze_panes = "A2"


def _narrative_sheet(ws, content: ReportContent) -> None:
    ws.append(["Mục", "Nội dung"])
    for cell in ws[1]:
        cell.font = _BOLD
    for i, section in enumerate(content.sections, start=1):
        ws.append(_vi([f"{roman(i)}. {section.title}", section.text]))
        ws.cell(ws.max_row, 2).alignment = Alignment(wrap_text=True, vertical="top")
        ws.cell(ws.max_row, 1).alignment = Alignment(wrap_text=True, vertical="top")
    ws.column_dimensions["A"].width = 36
    ws.column_dimensions["B"].width = 110


def _task_sheet(ws, content: ReportContent) -> None:
    ws.append(list(TASK_HEADERS))
    for cell in ws[1]:
        cell.font = _BOLD
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for n, t in enumerate(content.tasks, start=1):
        ws.append([n, t.plan, t.code, t.title, format_date(t.deadline) if t.deadline else "", t.status_label,
                   t.note, "; ".join(t.evidence), t.attachments])
        for col in (4, 7, 8):
            ws.cell(ws.max_row, col).alignment = Alignment(wrap_text=True, vertical="top")
    for n, width in enumerate(_TASK_WIDTHS, start=1):
        ws.column_dimensions[get_column_letter(n)].width = width
    ws.freeze_panes = "A2"


def _info_sheet(ws, content: ReportContent, details: DocumentDetails) -> None:
    number = f"{details.number}/{details.symbol}" if details.number else f"(chưa có số)/{details.symbol}"
    rows = [
        ("Cơ quan cấp trên", details.parent_body or ""),
        ("Đơn vị báo cáo", details.issuing_body),
        ("Số văn bản", number),
        ("Ngày văn bản", format_date(details.date)),
        ("Trích yếu", content.subject),
        ("Kỳ báo cáo", f"{content.period_label} ({content.period_code})"),
        ("Mẫu báo cáo", f"{content.template_title} ({content.template_code}, phiên bản {content.template_version})"),
        ("Lần sửa đổi", details.revision - 1),
        ("Trạng thái", details.status_label),
        ("Người phê duyệt", f"{details.approved_by} ({details.approved_at})" if details.approved_by else ""),
        ("Kính gửi", "; ".join(details.recipients_to)),
        ("Người ký", f"{details.sign_mode.replace(chr(10), ' / ')} / {details.signer_title} / {details.signer_name}"),
    ]
    for label, value in rows:
        ws.append(_vi([label, value]))
        ws.cell(ws.max_row, 1).font = _BOLD
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 100


def write_report_xlsx(content: ReportContent, details: DocumentDetails, out: str | Path,
                      progress: ProgressCallback = no_progress, cancel: CancelToken | None = None) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = INDICATOR_SHEET
    _indicator_sheet(ws, content)
    progress(1, 3, INDICATOR_SHEET)
    if cancel is not None:
        cancel.raise_if_cancelled()
    _narrative_sheet(wb.create_sheet(NARRATIVE_SHEET), content)
    if content.tasks:
        _task_sheet(wb.create_sheet(TASK_SHEET), content)
    _info_sheet(wb.create_sheet(INFO_SHEET), content, details)
    progress(2, 3, NARRATIVE_SHEET)
    if cancel is not None:
        cancel.raise_if_cancelled()
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
    progress(3, 3, "")
