"""Issue 12's measurement: a households list as offices keep it — rows typed over years by different
people (TCVN3 in .VnTime, VNI in VNI-Times, Unicode and decomposed Unicode in the same columns),
everyday kin terms, reasons for going abroad and a commune written with its old name — imports
whole: every row, every value as meant."""
from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.styles import Font

sys.path.insert(0, str(Path(__file__).parents[1] / "fixtures" / "excel"))
import excel_builders as xb

from dnnd_desktop.exchange.legacy_text import TCVN3, VNI, from_unicode
from dnnd_desktop.services.excel import import_excel

HEADERS = ["STT", "Họ và tên chủ hộ", "Năm sinh chủ hộ", "Xã, phường", "Họ và tên", "Năm sinh",
           "Quan hệ với chủ hộ", "Nước đang sinh sống", "Lý do đi nước ngoài"]
# (head, font, commune, person, relation, country, reason) as meant; encoded below.
MEANT = [
    ("Nguyễn Văn Đức", ".VnTime", "Xã Bát Xát", "Nguyễn Thị Hằng", "con dâu", "Hàn Quốc", "kết hôn"),
    ("Hoàng Thị Lan", ".VnTime", "Xã Quang Kim", "Hoàng Văn Nam", "cháu", "Nhật Bản", "xuất khẩu lao động"),
    ("Trần Văn Bình", "VNI-Times", "Xã Y Tý", "Trần Thị Hoa", "chị", "Đài Loan", "XKLĐ"),
    ("Phạm Thị Mai", "VNI-Times", "Xã Bát Xát", "Phạm Văn Tú", "em", "Úc", "du học"),
    ("Lò Văn Sáng", None, "Xã Y Tý", "Lò Thị Mỷ", "anh", "Lào", "kinh doanh"),
    ("Đỗ Thị Ngữ", "nfd", "Xã A Mú Sung", "Đỗ Văn Lưỡng", "con rể", "Hoa Kỳ", "đoàn tụ gia đình"),
    ("Vàng A Páo", None, "Xã Y Tý", "Vàng Thị Dợ", "chú", "Trung Quốc", "định cư"),
]


def _encode(text: str, font: str | None) -> str:
    if font == ".VnTime":
        return from_unicode(text, TCVN3)
    if font == "VNI-Times":
        return from_unicode(text, VNI)
    if font == "nfd":
        return unicodedata.normalize("NFD", text)
    return text


def test_an_office_list_imports_whole_and_exact(ctx, tmp_path):
    rows = [[i + 1, _encode(head, font), 1950 + i, _encode(commune, font), _encode(person, font), 1980 + i,
             _encode(relation, font), country, _encode(reason, font)]
            for i, (head, font, commune, person, relation, country, reason) in enumerate(MEANT)]
    path = xb.write_xlsx(tmp_path / "danh-sach-ho.xlsx", HEADERS, rows, title="DANH SÁCH HỘ CÓ THÂN NHÂN Ở NƯỚC NGOÀI")
    wb = load_workbook(path)
    for i, (*_x, font) in enumerate((m[1],) for m in MEANT):
        if font in (".VnTime", "VNI-Times"):
            for col in (2, 4, 5, 7, 9):
                wb.active.cell(row=i + 3, column=col).font = Font(name=font)
    wb.save(path)
    result, preview = import_excel(ctx, "households", path)
    assert result.invalid == 0, [str(r) for r in preview.reasons if r]
    assert result.imported == len(MEANT) and not preview.unknown_values
    heads = [v["head_name"] for v in preview.values]
    persons = [v["person.full_name"] for v in preview.values]
    assert heads == [m[0] for m in MEANT] and persons == [m[3] for m in MEANT]
    relations = [v["person.relation"] for v in preview.values]
    assert relations == ["in_law", "grandchild", "sibling", "sibling", "sibling", "in_law", "uncle_aunt"]
    statuses = [v["person.residence_status"] for v in preview.values]
    assert statuses == ["marriage", "worker", "worker", "student", "business", "family_reunion", "settled"]
    assert preview.values[1]["old_address"] == "Xã Quang Kim"      # the old commune kept as written
