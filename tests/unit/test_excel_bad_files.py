"""Files that cannot be imported: each gives a clear Vietnamese message (a stable code for scripts)
and nothing is written. Hypothesis rows never crash the importer."""
from __future__ import annotations

import datetime as dt
import sys
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from sqlalchemy import func, select

sys.path.insert(0, str(Path(__file__).parents[1] / "fixtures" / "excel"))
import excel_builders as xb

from dnnd_desktop.domain.errors import ValidationError
from dnnd_desktop.exchange.excel import (
    ExcelFileError,
    limits,
    read_sheet,
)
from dnnd_desktop.services.excel import INVALID, import_excel, open_import, preview_import
from dnnd_desktop.storage.models.records import Household


def _nothing_written(ctx) -> bool:
    with ctx.session() as s:
        return s.scalar(select(func.count()).select_from(Household)) == 0


def _refused(ctx, path, code, *words):
    with pytest.raises(ExcelFileError) as e:
        import_excel(ctx, "households", path)
    assert e.value.code == code
    for w in words:
        assert w in e.value.message
    assert _nothing_written(ctx)
    return e.value.message


def test_text_file_named_xlsx(ctx, tmp_path):
    p = tmp_path / "ds.xlsx"
    p.write_text("Họ tên;Năm sinh\nNguyễn Văn A;1960\n", encoding="utf-8")
    _refused(ctx, p, "not_xlsx", "không phải tệp Excel", "lưu lại")


def test_renamed_xls(ctx, tmp_path):
    p = tmp_path / "cu.xlsx"
    # An OLE compound file header with a "Workbook" stream name, as Excel 97-2003 writes.
    p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504 + "Workbook".encode("utf-16-le") + b"\0" * 2000)
    _refused(ctx, p, "xls_format", ".xls", "Lưu thành")


def test_password_protected(ctx, tmp_path):
    p = tmp_path / "mat-khau.xlsx"
    p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504 + "EncryptionInfo".encode("utf-16-le")
                  + b"\0" * 64 + "EncryptedPackage".encode("utf-16-le") + b"\0" * 2000)
    _refused(ctx, p, "encrypted", "mật khẩu")


def test_empty_file_and_empty_sheet(ctx, tmp_path):
    p = tmp_path / "rong.xlsx"
    p.write_bytes(b"")
    _refused(ctx, p, "empty_file", "rỗng")
    _refused(ctx, xb.write_xlsx(tmp_path / "trong.xlsx", None, []), "empty_sheet", "không có dữ liệu")


def test_zip_that_is_not_a_workbook(ctx, tmp_path):
    p = tmp_path / "word.xlsx"
    with zipfile.ZipFile(p, "w") as z:
        z.writestr("word/document.xml", "<w/>")
    _refused(ctx, p, "not_xlsx", "Word")


def test_too_large_file_refused_before_reading(ctx, tmp_path, monkeypatch):
    p = tmp_path / "lon.xlsx"
    with p.open("wb") as fh:  # sparse: 100 MB on the size check, nothing to read
        fh.truncate(100 * 1024 * 1024)
    message = _refused(ctx, p, "too_large", "quá lớn", "100 MB", "tối đa 50 MB")
    assert "tách" in message


def test_header_missing(ctx, tmp_path):
    p = xb.write_xlsx(tmp_path / "x.xlsx", None, [["Nguyễn Văn A", 1960, "Xã Y Tý"], ["Lò Văn B", 1970, "Xã Y Tý"]])
    _refused(ctx, p, "header_missing", "dòng tiêu đề", "Họ và tên chủ hộ", "Tải mẫu")


def test_merged_header_cells(ctx, tmp_path):
    p = xb.households_file(tmp_path / "gop.xlsx", merges=["G1:H1"])
    _refused(ctx, p, "merged_header", "ô gộp G1:H1", "Bỏ gộp")


def test_title_merged_above_the_header_is_fine(ctx, tmp_path):
    p = xb.households_file(tmp_path / "tieude.xlsx", title="DANH SÁCH", merges=["A1:N1"])
    result, _ = import_excel(ctx, "households", p)
    assert result.imported == 4


def test_formula_without_cached_value(ctx, tmp_path):
    rows = [list(r) for r in xb.HOUSEHOLD_ROWS]
    rows[0][8] = "=2026-44"  # openpyxl stores the formula with no computed value
    _refused(ctx, xb.households_file(tmp_path / "f.xlsx", rows=rows), "formula_without_value", "I2", "công thức")


def test_formula_with_cached_value_uses_the_value(ctx, tmp_path):
    rows = [list(r) for r in xb.HOUSEHOLD_ROWS]
    rows[0][8] = "=1900+82"
    p = xb.households_file(tmp_path / "f.xlsx", rows=rows)
    # openpyxl writes the empty cached value as <v /> or <v></v> (with lxml installed): give both a value
    for empty in (b"<v />", b"<v></v>"):
        xb.replace_in_sheet(p, b"<f>1900+82</f>" + empty, b"<f>1900+82</f><v>1982</v>")
    result, _ = import_excel(ctx, "households", p)
    assert result.imported == 4


def test_one_megabyte_cell_makes_its_row_invalid(ctx, tmp_path):
    rows = [list(r) for r in xb.HOUSEHOLD_ROWS]
    rows[1][4] = "Thôn " + "x" * (1024 * 1024)
    p = xb.households_file(tmp_path / "dai.xlsx", rows=rows)
    file = open_import(p, "households")
    preview = preview_import(ctx, file)
    assert preview.status[1] == INVALID and "quá dài" in preview.reasons[1]
    assert len(preview.reasons[1]) < 500  # the message quotes an excerpt, not the megabyte
    with pytest.raises(ValidationError):
        import_excel(ctx, "households", p)
    assert _nothing_written(ctx)


def test_million_empty_rows_stop_early(tmp_path):
    p = xb.households_file(tmp_path / "trieu.xlsx")
    rows = "".join(f'<row r="{r}"><c r="A{r}" t="inlineStr"><is><t></t></is></c></row>' for r in range(6, 1_000_001))
    xb.replace_in_sheet(p, b"</sheetData>", rows.encode() + b"</sheetData>")
    data = read_sheet(p)
    assert len(data.rows) == 5  # header + 4 rows; the trailing empty rows were not kept


def test_data_after_a_long_gap_is_reported(tmp_path):
    rows = [*xb.HOUSEHOLD_ROWS, *([[None]] * (limits.TRAILING_EMPTY_ROWS + 5)), xb.HOUSEHOLD_ROWS[0]]
    data = read_sheet(xb.households_file(tmp_path / "gap.xlsx", rows=rows))
    assert len(data.rows) == 5 and "dòng trống liên tiếp" in data.notices[0]


def test_wrong_types_in_every_column(ctx, tmp_path):
    bad = [1, dt.date(2020, 1, 1), "năm ngoái", 12345, True, "abc", 3.5, "Không biết", 2090, "Kẻ thù",
           "Sao Hỏa", 7.25, "Phi công vũ trụ", "xưa"]
    file = open_import(xb.households_file(tmp_path / "sai.xlsx", rows=[bad]), "households")
    file.unknown_default = "reject"   # values not in a list are refused too (by default they are kept)
    preview = preview_import(ctx, file)
    assert preview.status == [INVALID]
    reason = preview.reasons[0]
    for header in ("Năm sinh chủ hộ", "Xã, phường", "Số điện thoại", "Giới tính", "Năm sinh",
                   "Quan hệ với chủ hộ", "Nước đang sinh sống", "Nghề nghiệp", "Năm ra nước ngoài"):
        assert header in reason, header
    assert _nothing_written(ctx)


_cells = st.one_of(
    st.none(), st.text(max_size=40), st.integers(-10**12, 10**12), st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(), st.dates(min_value=dt.date(1800, 1, 1), max_value=dt.date(2200, 1, 1)),
    st.sampled_from(["Nam", "Nữ", "Lào", "Xã Y Tý", "15/05/2022", "1.234.567", "x", "Con", "=1+1", "\u0000"]),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                 HealthCheck.too_slow])
@given(rows=st.lists(st.lists(_cells, min_size=0, max_size=16), min_size=1, max_size=6))
def test_generated_rows_never_crash(ctx, tmp_path, rows):
    # Control characters cannot be stored in a workbook at all (openpyxl refuses them).
    clean_rows = [[(ILLEGAL_CHARACTERS_RE.sub("", v) if isinstance(v, str) else v) for v in r] for r in rows]
    clean_rows = [[None if isinstance(v, str) and v.startswith("=") else v for v in r] for r in clean_rows]
    p = xb.households_file(tmp_path / "h.xlsx", rows=clean_rows)
    try:
        result, preview = import_excel(ctx, "households", p, dry_run=True)
    except ExcelFileError as e:
        assert e.message and e.code in ("empty_sheet", "header_missing")
        return
    assert len(preview.status) == len(preview.reasons) == result.rows
