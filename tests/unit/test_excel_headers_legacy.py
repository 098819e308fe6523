"""Header matching (case, tone marks, spacing, punctuation, synonyms) and legacy TCVN3/VNI lists."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from sqlalchemy import select

sys.path.insert(0, str(Path(__file__).parents[1] / "fixtures" / "excel"))
import excel_builders as xb

from dnnd_desktop.exchange.excel import excel_columns, find_header_row, match_headers, read_sheet
from dnnd_desktop.exchange.legacy_text import TCVN3, TCVN3_CAPS, VNI, from_unicode
from dnnd_desktop.services.excel import import_excel, open_import
from dnnd_desktop.storage.models.records import Household, OverseasPerson


@pytest.mark.parametrize("header, key", [
    ("Họ và tên", "person.full_name"), ("Họ tên", "person.full_name"), ("HỌ TÊN", "person.full_name"),
    ("ho ten", "person.full_name"), ("  Họ   và  tên: ", "person.full_name"), ("Họ và tên (*)", "person.full_name"),
    ("Tên chủ hộ", "head_name"), ("Họ tên chủ hộ", "head_name"), ("CHỦ HỘ", "head_name"),
    ("Năm sinh", "person.birth_year"), ("NĂM SINH CHỦ HỘ", "head_birth_year"),
    ("Quốc gia", "person.country"), ("Nước cư trú", "person.country"), ("Nuoc dang sinh song", "person.country"),
    ("Xã/phường", "commune_code"), ("SĐT", "phone"), ("Số CCCD", "id_number"),
    ("Tâm tư, nguyện vọng", "person.aspirations"), ("Nghề nghiệp hiện nay", "person.occupation"),
    ("STT", None), ("Ký tên", None), ("Cột lạ", None),
])
def test_household_headers_worded_differently(header, key):
    assert match_headers([header], excel_columns("household")) == [key]


def test_each_field_goes_to_one_column_best_match_first():
    mapping = match_headers(["Họ tên", "Họ và tên"], excel_columns("partner"))
    assert mapping.count("name") == 1


@pytest.mark.parametrize("kind, headers, expected", [
    ("activity", ["Ngày", "Hoạt động", "Loại", "Số người tham gia", "Kinh phí (đồng)"],
     ["start_date", "title", "activity_type", "participants_vn", "funding_vnd"]),
    ("twinning", ["Bên Việt Nam", "Bên nước bạn", "Nước bạn", "Ngày ký", "Hình thức"],
     ["local_name", "counterpart_name", "counterpart_country", "signed_date", "kind"]),
    ("partner", ["Tên tổ chức", "Loại hình", "Quốc gia", "Email", "Người đại diện"],
     ["name", "kind", "country", "email", "contact_person"]),
])
def test_other_kinds_synonyms(kind, headers, expected):
    assert match_headers(headers, excel_columns(kind)) == expected


def test_header_row_found_below_title_rows(tmp_path):
    p = xb.households_file(tmp_path / "t.xlsx", title="ỦY BAN MTTQ XÃ Y TÝ — DANH SÁCH")
    guess = find_header_row(read_sheet(p).rows, excel_columns("household"))
    assert guess.row == 1 and guess.matched == 13


def _legacy_rows(encoding):
    rows = []
    for r in xb.HOUSEHOLD_ROWS:
        rows.append([from_unicode(v.lower() if encoding == TCVN3_CAPS else v, encoding) if isinstance(v, str)
                     and j in (1, 4, 6, 11) else v for j, v in enumerate(r)])
    return rows


@pytest.mark.parametrize("encoding, font", [(TCVN3, None), (TCVN3, ".VnTime"), (VNI, None), (VNI, "VNI-Times"),
                                            (TCVN3_CAPS, ".VnTimeH")])
def test_legacy_lists_are_converted(ctx, tmp_path, encoding, font):
    """Names, villages and cities typed in TCVN3 (.VnTime, and .VnTimeH capitals) or VNI, detected
    from the text itself, or from the cells' font when the file has it."""
    rows = _legacy_rows(encoding)
    assert rows[0][1] != "Nguyễn Văn Đức"
    fonts = {j: font for j in (1, 4, 6, 11)} if font else None
    p = xb.households_file(tmp_path / f"{encoding}.xlsx", rows=rows, fonts=fonts)
    result, preview = import_excel(ctx, "households", p)
    assert result.imported == 4, preview.reasons
    with ctx.session() as s:
        heads = sorted(h.head_name for h in s.scalars(select(Household)))
        persons = sorted(p.full_name for p in s.scalars(select(OverseasPerson)))
        villages = sorted(h.village for h in s.scalars(select(Household)))
    expected_heads = sorted({r[1] for r in xb.HOUSEHOLD_ROWS})
    expected_persons = sorted(r[6] for r in xb.HOUSEHOLD_ROWS)
    if encoding == TCVN3_CAPS:
        expected_heads = sorted(h.upper() for h in expected_heads)
        expected_persons = sorted(p.upper() for p in expected_persons)
    assert heads == expected_heads and persons == expected_persons
    assert "Sín Chải" in " ".join(villages).title()


def test_font_of_the_file_is_read_for_legacy_columns(tmp_path):
    p = xb.households_file(tmp_path / "f.xlsx", rows=_legacy_rows(TCVN3), fonts={1: ".VnTime", 6: "VNI-Times"})
    data = read_sheet(p)
    assert data.font_of(1) == ".VnTime" and data.font_of(6) == "VNI-Times" and data.font_of(2) is None


def test_legacy_headers_are_matched(ctx, tmp_path):
    headers = [from_unicode(h, TCVN3) for h in xb.HOUSEHOLD_HEADERS]
    file = open_import(xb.households_file(tmp_path / "h.xlsx", headers=headers), "households")
    assert file.headers[1] == "Họ và tên chủ hộ"
    assert file.mapping[1] == "head_name" and file.mapping[6] == "person.full_name"


def test_nfd_text_is_stored_nfc(ctx, tmp_path):
    import unicodedata

    rows = [[unicodedata.normalize("NFD", v) if isinstance(v, str) else v for v in r] for r in xb.HOUSEHOLD_ROWS]
    import_excel(ctx, "households", xb.households_file(tmp_path / "nfd.xlsx", rows=rows))
    with ctx.session() as s:
        names = [h.head_name for h in s.scalars(select(Household))]
    assert "Nguyễn Văn Đức" in names and all(unicodedata.is_normalized("NFC", n) for n in names)
