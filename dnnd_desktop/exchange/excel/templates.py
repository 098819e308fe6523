"""Blank templates ("Tải mẫu"): the kind's header row, how to fill each column, and drop-down lists
for vocabularies and the communes of the office's province. Small, so openpyxl's normal mode.

A template is a Vietnamese form whatever the interface language: its header row and drop-down
values are what the importer recognises, and offices pass filled templates to one another, so its
notes and guide sheet are written in the same language as the columns they explain."""
from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation

from dnnd_desktop.domain.messages import render
from dnnd_desktop.domain.record_kinds import (
    BOOL,
    COMMUNE,
    COUNTRY,
    DATE,
    INT,
    LONGTEXT,
    MONEY,
    PHONE,
    VOCAB,
    YEAR,
    kind_spec,
    vocabulary_terms,
)
from dnnd_desktop.domain.units import communes, province_by_code

from .layouts import excel_columns
from .print_setup import set_up_printing
from .safe_cells import guard_worksheet
from .writer import DATE_FORMAT, NUMBER_FORMAT, _AtomicTarget

REQUIRED_MARK = " (*)"
_HOW = {
    DATE: "Ngày/tháng/năm, ví dụ 15/05/2026 (hoặc ô định dạng ngày của Excel).",
    YEAR: "Năm có 4 chữ số, ví dụ 1985.",
    INT: "Số nguyên, ví dụ 25.",
    MONEY: "Số tiền bằng đồng, không có phần lẻ, ví dụ 5.000.000.",
    BOOL: "Có hoặc Không (có thể ghi x, 1 hoặc 0).",
    PHONE: "Ví dụ 0912 345 678 hoặc +84 912 345 678.",
    COUNTRY: "Tên nước bằng tiếng Việt, ví dụ Hoa Kỳ, Lào, Trung Quốc (hoặc mã 2 chữ: US, LA, CN).",
    COMMUNE: "Tên xã, phường theo đơn vị hành chính mới (từ 01/7/2025), ví dụ Xã Bát Xát.",
    LONGTEXT: "Văn bản; có thể xuống dòng trong ô (Alt+Enter).",
}


def template_title(kind: str) -> str:
    spec = kind_spec(kind)
    return f"Mẫu nhập danh sách {render(spec.label, 'vi').lower()}"


def write_template(out: Path | str, kind: str, province_code: int | None = None, office: str = "") -> Path:
    columns = excel_columns(kind)
    spec = kind_spec(kind)
    wb = Workbook()
    ws = wb.active
    ws.title = "Danh sách"
    note = ("Điền từ dòng 3, mỗi dòng một người ở nước ngoài; các cột của hộ ghi lặp lại cho từng người "
            "(hoặc gộp ô). Cột có dấu (*) là bắt buộc." if spec.kind == "household"
            else "Điền từ dòng 3, mỗi dòng một bản ghi. Cột có dấu (*) là bắt buộc.")
    ws.append([f"{template_title(kind).upper()}. {note}"])
    ws["A1"].font = Font(bold=True)
    ws.append([c.header + (REQUIRED_MARK if c.required else "") for c in columns])
    for i, c in enumerate(columns, start=1):
        cell = ws.cell(row=2, column=i)
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        ws.column_dimensions[get_column_letter(i)].width = max(c.width, 14)
        fmt = {DATE: DATE_FORMAT, MONEY: NUMBER_FORMAT, INT: NUMBER_FORMAT}.get(c.field.type)
        if fmt:
            for r in range(3, 503):
                ws.cell(row=r, column=i).number_format = fmt
    ws.freeze_panes = "A3"
    set_up_printing(ws, [max(c.width, 14) for c in columns], header_rows=(2, 2), office=office,
                    title=template_title(kind))

    lists = wb.create_sheet("Danh mục")
    guide = wb.create_sheet("Hướng dẫn")
    guide.append(["Cột", "Bắt buộc", "Cách ghi", "Giá trị được chọn"])
    for cell in guide[1]:
        cell.font = Font(bold=True)
    list_col = 0
    province = province_by_code(province_code) if province_code else None
    for i, c in enumerate(columns, start=1):
        values: list[str] = []
        how = _HOW.get(c.field.type, "Văn bản.")
        if c.field.type == VOCAB and c.field.vocabulary:
            values = [render(t.label, "vi") for t in vocabulary_terms(c.field.vocabulary)]
            how = ("Chọn trong danh sách; nhiều giá trị cách nhau bởi dấu chấm phẩy (;)." if c.field.multi
                   else "Chọn trong danh sách.")
        elif c.field.type == COMMUNE and province is not None:
            values = [x.name for x in communes(province.code)]
            how = _HOW[COMMUNE] + f" Danh sách xã, phường của {province.full_name} ở trang «Danh mục»."
        if c.field.pattern_hint:
            how = f"{how} Định dạng: {c.field.pattern_hint}."
        guide.append([c.header, "Có" if c.required else "", how,
                      "; ".join(values) if values and len(values) <= 15 else ""])
        if values:
            list_col += 1
            letter = get_column_letter(list_col)
            lists.cell(row=1, column=list_col, value=c.header).font = Font(bold=True)
            for r, v in enumerate(values, start=2):
                lists.cell(row=r, column=list_col, value=v)
            lists.column_dimensions[letter].width = 30
            if not c.field.multi:
                dv = DataValidation(type="list", allow_blank=True, showErrorMessage=False,
                                    formula1=f"{quote_sheetname(lists.title)}!${letter}$2:${letter}${len(values) + 1}")
                dv.add(f"{get_column_letter(i)}3:{get_column_letter(i)}5000")
                ws.add_data_validation(dv)
    for letter, width in zip("ABCD", (34, 10, 60, 60), strict=True):
        guide.column_dimensions[letter].width = width
    set_up_printing(guide, (34, 10, 60, 60), header_rows=(1, 1), office=office, title=guide.title)
    set_up_printing(lists, [30] * max(list_col, 1), header_rows=(1, 1), office=office, title=lists.title)
    for row in guide.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    for sheet in wb.worksheets:
        guard_worksheet(sheet)  # typed text stays text, never a formula
    target = _AtomicTarget(Path(out))
    try:
        wb.save(str(target.temp))
        target.commit()
    except BaseException:
        target.discard()
        raise
    return Path(out)
