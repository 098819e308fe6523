"""Encoding per cell: in one column of an office's old list, TCVN3 cells in .VnTime, VNI cells in
VNI-Times, Unicode and decomposed Unicode; the cell's font decides where it names a legacy font,
otherwise the cell's text; valid Unicode is never converted; ambiguous cells are listed with each
reading and a person can flip them per cell or per column. Counted by hand below."""
from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.styles import Font

sys.path.insert(0, str(Path(__file__).parents[1] / "fixtures" / "excel"))
import excel_builders as xb

from dnnd_desktop.exchange.cell_encodings import decide_column, read_cell
from dnnd_desktop.exchange.excel import read_sheet
from dnnd_desktop.exchange.legacy_text import TCVN3, UNICODE, VNI, from_unicode
from dnnd_desktop.services.excel import (
    choose_cell_encoding,
    choose_column_encoding,
    open_import,
    preview_import,
)

# (text in the file, font of the cell or None, the name it stands for)
HEADS = [
    (from_unicode("Nguyễn Văn Đức", TCVN3), ".VnTime", "Nguyễn Văn Đức"),         # TCVN3 by font
    (from_unicode("Hoàng Thị Lan", TCVN3), ".VnTime", "Hoàng Thị Lan"),           # TCVN3 by font
    (from_unicode("Trần Thị Hoa", VNI), "VNI-Times", "Trần Thị Hoa"),             # VNI by font
    (from_unicode("Hoàng Văn Nam", VNI), "VNI-Times", "Hoàng Văn Nam"),           # VNI by font
    ("Vàng A Páo", ".VnTime", "Vàng A Páo"),          # Unicode typed into a .VnTime cell: kept
    ("Lò Thị Mai", None, "Lò Thị Mai"),                # Unicode
    (unicodedata.normalize("NFD", "Đỗ Thị Ngữ"), None, "Đỗ Thị Ngữ"),   # decomposed Unicode: NFC only
    (from_unicode("Lê Văn Hùng", TCVN3), None, "Lê Văn Hùng"),          # TCVN3 by its text
    (from_unicode("Nguyễn Thị Hằng", VNI), None, "Nguyễn Thị Hằng"),    # VNI by its text
    ("Bát Xát", None, "Bát Xát"),                      # valid Unicode Vietnamese: never converted
    ("Löu Thò Hoa", None, "Lưu Thị Hoa"),              # VNI and TCVN3 both read: ambiguous, VNI first
]
CONVERTED_TCVN3, CONVERTED_VNI = 3, 4   # rows 1, 2, 8 and rows 3, 4, 9, 11


def _workbook(tmp_path: Path) -> Path:
    rows = [[i + 1, text, 1950 + i, "Xã Bát Xát", "Thôn Tân Bảo", None, f"Người {i + 1}", "Nữ", 1980,
             "Con", "Hoa Kỳ", "San Jose", "Doanh nhân", 2005] for i, (text, _f, _n) in enumerate(HEADS)]
    path = xb.households_file(tmp_path / "ho-cu.xlsx", rows=rows)
    wb = load_workbook(path)
    ws = wb.active
    for i, (_text, font, _n) in enumerate(HEADS):
        if font:
            ws.cell(row=i + 2, column=2).font = Font(name=font)
    wb.save(path)
    return path


def test_cell_fonts_are_read_for_the_whole_sheet(tmp_path):
    data = read_sheet(_workbook(tmp_path))
    assert data.cell_fonts(1) == {1: ".VnTime", 2: ".VnTime", 3: "VNI-Times", 4: "VNI-Times", 5: ".VnTime"}


def test_each_cell_is_read_in_its_own_encoding(ctx, tmp_path):
    file = open_import(_workbook(tmp_path), "households")
    preview = preview_import(ctx, file)
    heads = [v["head_name"] for v in preview.values]
    assert heads == [name for _t, _f, name in HEADS]
    assert preview.converted_cells == {"Họ và tên chủ hộ": {"tcvn3": CONVERTED_TCVN3, "vni": CONVERTED_VNI}}
    assert any("3 cells typed in TCVN3 (.VnTime)" in n or "3 ô" in n for n in preview.notices), preview.notices
    (amb,) = preview.ambiguous_texts
    assert (amb.line, amb.column, amb.original, amb.encoding) == (12, 1, "Löu Thò Hoa", VNI)
    assert amb.readings == {VNI: "Lưu Thị Hoa", TCVN3: "Lửu Thũ Hoa"} and amb.proposed == "Lưu Thị Hoa"


def test_a_person_flips_an_ambiguous_cell_or_the_column(ctx, tmp_path):
    file = open_import(_workbook(tmp_path), "households")
    choose_cell_encoding(file, 12, 1, TCVN3)
    assert preview_import(ctx, file).values[10]["head_name"] == "Lửu Thũ Hoa"
    choose_cell_encoding(file, 12, 1, None)
    choose_column_encoding(file, 1, TCVN3)
    preview = preview_import(ctx, file)
    assert preview.values[10]["head_name"] == "Lửu Thũ Hoa"
    assert preview.values[0]["head_name"] == "Nguyễn Văn Đức"   # unambiguous cells keep their reading
    choose_column_encoding(file, 1, None)
    assert preview_import(ctx, file).values[10]["head_name"] == "Lưu Thị Hoa"


def test_valid_unicode_is_never_converted_on_a_guess():
    assert read_cell("Bát Xát").encoding == UNICODE
    column = decide_column(["Bát Xát", from_unicode("Lê Văn Hùng", TCVN3), "Hoàng", None, ""])
    assert column.values == ["Bát Xát", "Lê Văn Hùng", "Hoàng", None, ""]
    # In a column typed in VNI, a cell that reads both ways ("Hoàng" is VNI for "Hồng") is listed.
    vni = [from_unicode(n, VNI) for n in ("Trần Thị Hoa", "Nguyễn Văn Đức", "Phạm Văn Bình")]
    column = decide_column([*vni, "Hoàng"])
    assert column.values[-1] == "Hoàng"
    (amb,) = column.ambiguous
    assert amb.readings == {UNICODE: "Hoàng", VNI: "Hồng"}
