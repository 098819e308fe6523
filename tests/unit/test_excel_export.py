"""Excel export: layout (title, bold frozen header, autofilter, widths, real dates, grouped numbers),
the list's filter and sort, sensitive columns, templates, and export -> import round trips that
add nothing and keep every value."""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

sys.path.insert(0, str(Path(__file__).parents[1] / "fixtures" / "excel"))
import excel_builders as xb

from dnnd_desktop.domain.record_kinds import REF, kind_spec
from dnnd_desktop.paths import DataDir
from dnnd_desktop.services.excel import export_list, import_excel, open_import, write_kind_template
from dnnd_desktop.services.records import ListQuery, RecordService
from dnnd_desktop.storage.models import MODEL_BY_KIND
from tests.support.consents import consent_everyone


def _fill(ctx, tmp_path):
    import_excel(ctx, "households", xb.households_file(tmp_path / "ho.xlsx"))
    import_excel(ctx, "activities", xb.activities_file(tmp_path / "hd.xlsx"))
    svc = RecordService(ctx)
    svc.create("twinning", {"kind": "village_village", "local_name": "Bản Sín Chải", "counterpart_name": "Bản Pờ Hồ",
                            "counterpart_country": "CN", "signed_date": dt.date(2019, 9, 2), "status": "active",
                            "commune_code": 2686})
    svc.create("partner", {"name": "Hội hữu nghị Việt – Lào tỉnh Phông Sa Lỳ", "kind": "friendship_assoc",
                           "country": "LA", "phone": "+856 20 5555 1234", "email": "huunghi@example.la"})
    with ctx.session() as s:
        from dnnd_desktop.storage.models.records import Household
        h = s.scalars(select(Household).where(Household.head_name == "Đỗ Văn Lưỡng")).one()
        h.ethnicity, h.id_number = "Hà Nhì", "001060012345"
    consent_everyone(ctx)   # lists leave out whoever has not consented (issue 14)


def _sheet(path):
    return load_workbook(path).active


def test_export_layout(ctx, tmp_path):
    _fill(ctx, tmp_path)
    out = tmp_path / "hoat-dong.xlsx"
    result = export_list(ctx, "activities", out)
    assert result.rows == 2
    ws = _sheet(out)
    assert ws["A1"].value == "ỦY BAN MTTQ VIỆT NAM HUYỆN BÁT XÁT" and ws["A1"].font.b
    assert ws["A2"].value == "DANH SÁCH HOẠT ĐỘNG" and ws["A3"].value.startswith("Ngày xuất: ")
    header = [c.value for c in ws[4]]
    assert header[:3] == ["Tên hoạt động", "Loại hoạt động", "Ngày bắt đầu"]
    assert all(c.font.b for c in ws[4]) and ws.freeze_panes == "A5"
    assert ws.auto_filter.ref == f"A4:{ws.cell(row=4, column=len(header)).column_letter}6"
    rows = {r[0]: r for r in ws.iter_rows(min_row=5, values_only=True)}
    gl = rows["Giao lưu văn nghệ bản Sín Chải – bản Hà Khẩu"]
    start = header.index("Ngày bắt đầu")
    assert gl[start] == dt.datetime(2026, 2, 10)
    assert ws.cell(row=5, column=start + 1).number_format == "dd/mm/yyyy"
    money = header.index("Kinh phí, giá trị hỗ trợ (đồng)")
    assert gl[money] == 15_000_000 and ws.cell(row=5, column=money + 1).number_format == "#,##0"
    assert gl[header.index("Nước đối tác")] == "Trung Quốc" and gl[header.index("Vùng biên giới")] == "Có"
    letters = [ws.cell(row=4, column=i + 1).column_letter for i in range(len(header))]
    widths = {letter: ws.column_dimensions[letter].width for letter in letters}
    assert widths["A"] > widths["C"] >= 12  # the long title column is wider than the date column


def test_households_export_one_row_per_person_sensitive_left_out(ctx, tmp_path):
    _fill(ctx, tmp_path)
    out = tmp_path / "ho.xlsx"
    export_list(ctx, "households", out)
    ws = _sheet(out)
    header = [c.value for c in ws[4]]
    assert "Dân tộc" not in header and "Số định danh cá nhân (CCCD)" not in header
    rows = list(ws.iter_rows(min_row=5, values_only=True))
    assert len(rows) == 4
    heads = [r[0] for r in rows]
    assert heads.count("Lò Thị Phượng") == 2
    assert heads == sorted(heads, key=lambda n: __import__("dnnd_desktop.domain.text", fromlist=["x"]).sort_key(n))
    export_list(ctx, "households", out, include_sensitive=True, reason="kiểm tra")
    header = [c.value for c in _sheet(out)[4]]
    assert "Dân tộc" in header and "Số định danh cá nhân (CCCD)" in header


def test_export_honours_the_list_filter_search_and_sort(ctx, tmp_path):
    _fill(ctx, tmp_path)
    out = tmp_path / "loc.xlsx"
    export_list(ctx, "households", out, ListQuery(search="phuong"))
    rows = list(_sheet(out).iter_rows(min_row=5, values_only=True))
    assert {r[0] for r in rows} == {"Lò Thị Phượng"}
    assert "tìm «phuong»" in _sheet(out)["A3"].value
    export_list(ctx, "persons", out, ListQuery(filters={"country": "KR"}))
    assert [r[0] for r in _sheet(out).iter_rows(min_row=5, values_only=True)] == ["Lò Văn Dương"]
    export_list(ctx, "persons", out, ListQuery(sort="birth_year", descending=True))
    years = [r[2] for r in _sheet(out).iter_rows(min_row=5, values_only=True)]
    assert years == sorted(years, reverse=True)


def _second_office(tmp_path):
    from dnnd_desktop.services.app_context import open_context
    from dnnd_desktop.services.installation import SetupRequest, setup_installation

    dd = DataDir(tmp_path / "other")
    setup_installation(dd, SetupRequest(
        level="district", province_code=15, unit_name="huyện Bát Xát", unit_code=None,
        office_name="Ủy ban MTTQ Việt Nam huyện Bát Xát", parent_body="Ủy ban MTTQ Việt Nam tỉnh Lào Cai",
        symbol="MTTQ-BTT", place_name="Bát Xát", head_title="Chủ tịch", head_name="Nguyễn Văn Hùng",
        officer_name="Cán bộ", officer_password=None, passphrase="mat-khau-thu-nghiem"))
    return open_context(dd)


def _records(ctx, kind):
    model = MODEL_BY_KIND[kind]
    fields = [f.name for f in kind_spec(kind).fields if f.type != REF]
    with ctx.session() as s:
        return sorted((tuple(getattr(o, f) for f in fields) for o in s.scalars(select(model))), key=repr)


@pytest.mark.parametrize("kind, cli", [("household", "households"), ("activity", "activities"),
                                       ("twinning", "twinnings"), ("partner", "partners")])
def test_round_trip_adds_nothing_and_keeps_every_value(ctx, tmp_path, kind, cli):
    _fill(ctx, tmp_path)
    out = tmp_path / f"{cli}.xlsx"
    export_list(ctx, cli, out, include_sensitive=True, reason="kiểm tra")
    again, preview = import_excel(ctx, cli, out)          # into the same office: adds nothing
    assert again.imported == 0 and again.invalid == 0 and again.duplicates == again.rows > 0, preview.reasons
    other = _second_office(tmp_path)                       # into another office: same values
    try:
        result, preview = import_excel(other, cli, out)
        assert result.invalid == 0, preview.reasons
        assert _records(other, kind) == _records(ctx, kind)
        if kind == "household":
            assert _records(other, "person") == _records(ctx, "person")
    finally:
        other.close()


@pytest.mark.parametrize("cli", ["households", "persons", "activities", "twinnings", "partners"])
def test_template_maps_every_column(ctx, tmp_path, cli):
    out = write_kind_template(ctx, cli, tmp_path / f"mau-{cli}.xlsx")
    file = open_import(out, cli)
    assert all(file.mapping), [h for h, m in zip(file.headers, file.mapping, strict=False) if not m]
    wb = load_workbook(out)
    assert wb.sheetnames == ["Danh sách", "Danh mục", "Hướng dẫn"]
    assert wb["Danh sách"]["A1"].value.startswith("MẪU NHẬP DANH SÁCH")


def test_cancelled_export_leaves_no_file(ctx, tmp_path):
    from dnnd_desktop.domain.errors import Cancelled
    from dnnd_desktop.domain.progress import CancelToken

    _fill(ctx, tmp_path)
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        export_list(ctx, "households", tmp_path / "x.xlsx", cancel=token)
    assert not any(p.name.startswith(".x") or p.name == "x.xlsx" for p in tmp_path.iterdir())


def test_export_order_is_the_same_through_the_public_paging_fallback(ctx, tmp_path, monkeypatch):
    from dnnd_desktop.services.excel import list_source

    _fill(ctx, tmp_path)
    query = ListQuery(sort="birth_year", descending=True)
    fast, slow = tmp_path / "fast.xlsx", tmp_path / "slow.xlsx"
    export_list(ctx, "persons", fast, query)
    export_list(ctx, "households", tmp_path / "hh-fast.xlsx")

    monkeypatch.setattr(list_source, "_list_parts", lambda *_a: None)  # the list engine changed shape
    export_list(ctx, "persons", slow, query)
    export_list(ctx, "households", tmp_path / "hh-slow.xlsx")
    for a, b in ((fast, slow), (tmp_path / "hh-fast.xlsx", tmp_path / "hh-slow.xlsx")):
        rows_a = list(_sheet(a).iter_rows(min_row=4, values_only=True))
        assert rows_a == list(_sheet(b).iter_rows(min_row=4, values_only=True)) and len(rows_a) > 2
