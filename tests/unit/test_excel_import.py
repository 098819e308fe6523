"""Excel import: reading, header matching, households grouping, preview statuses, all-or-nothing
apply after a backup, idempotent re-import and the error workbook."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

sys.path.insert(0, str(Path(__file__).parents[1] / "fixtures" / "excel"))
import excel_builders as xb

from dnnd_desktop.domain.errors import Cancelled, ValidationError
from dnnd_desktop.domain.progress import CancelToken
from dnnd_desktop.services.excel import (
    CANDIDATE,
    DUPLICATE,
    INVALID,
    NEW,
    apply_import,
    import_excel,
    open_import,
    preview_import,
    write_import_errors,
)
from dnnd_desktop.storage.models import AuditEntry
from dnnd_desktop.storage.models.records import Activity, Household, OverseasPerson


def _count(ctx, model) -> int:
    with ctx.session() as s:
        return s.scalar(select(func.count()).select_from(model).where(model.deleted.is_(False)))


def test_households_rows_are_grouped_into_households_with_their_persons(ctx, tmp_path):
    path = xb.households_file(tmp_path / "ho.xlsx", title="DANH SÁCH HỘ THÂN NHÂN KIỀU BÀO")
    result, preview = import_excel(ctx, "households", path)
    assert result.rows == 4 and result.imported == 4 and result.invalid == 0
    assert result.records_created == {"household": 3, "person": 4}
    with ctx.session() as s:
        phuong = s.scalars(select(Household).where(Household.head_name == "Lò Thị Phượng")).one()
        persons = s.scalars(select(OverseasPerson).where(OverseasPerson.household_id == phuong.id)).all()
        assert sorted(p.full_name for p in persons) == ["Lò Thị Mỹ", "Lò Văn Dương"]
        assert {p.country for p in persons} == {"KR", "JP"}
        assert phuong.commune_code is not None and phuong.head_birth_year == 1960
        assert phuong.head_name_sort  # derived columns filled by the record writer
        assert s.scalars(select(AuditEntry).where(AuditEntry.action == "import")).one().user_name == "Lò Thị Mai"


def test_same_file_twice_adds_nothing(ctx, tmp_path):
    path = xb.households_file(tmp_path / "ho.xlsx")
    import_excel(ctx, "households", path)
    again, preview = import_excel(ctx, "households", path)
    assert again.imported == 0 and again.duplicates == 4
    assert set(preview.status) == {DUPLICATE}
    assert _count(ctx, Household) == 3 and _count(ctx, OverseasPerson) == 4


def test_new_person_of_an_existing_household_joins_it(ctx, tmp_path):
    import_excel(ctx, "households", xb.households_file(tmp_path / "a.xlsx"))
    more = [*xb.HOUSEHOLD_ROWS, [5, "Nguyễn Văn Đức", 1955, "Xã Bát Xát", "Thôn Tân Bảo", "0912 345 678",
                                 "Nguyễn Văn Ẩn", "Nam", 1986, "Con", "Pháp", "Paris", "Trí thức, chuyên gia", 2010]]
    result, _ = import_excel(ctx, "households", xb.households_file(tmp_path / "b.xlsx", rows=more))
    assert result.imported == 1 and result.duplicates == 4
    assert _count(ctx, Household) == 3
    with ctx.session() as s:
        duc = s.scalars(select(Household).where(Household.head_name == "Nguyễn Văn Đức")).one()
        assert s.scalar(select(func.count()).where(OverseasPerson.household_id == duc.id)) == 2


def test_duplicate_candidates_against_file_and_database(ctx, tmp_path):
    import_excel(ctx, "households", xb.households_file(tmp_path / "a.xlsx"))
    # Same folded name, birth year and commune as a household already there, other phone:
    rows = [[1, "NGUYEN VAN DUC", 1955, "Bát Xát", "Thôn Tân Bảo", "0912 000 111", "Nguyễn Thị Hằng", "Nữ", 1982,
             "Con", "Hoa Kỳ", "San Jose", "Doanh nhân", 2005],
            [2, "Hoàng Văn Mạnh", 1970, "Xã Y Tý", None, None, "Hoàng Văn Tú", "Nam", 1995, None, "Úc",
             None, None, None],
            [3, "Hoàng Văn Mạnh", 1970, "Xã Y Tý", "Bản Mới", None, "Hoàng Thị Lan", "Nữ", 1997, None, "Úc",
             None, None, None]]
    file = open_import(xb.households_file(tmp_path / "b.xlsx", rows=rows), "households")
    preview = preview_import(ctx, file)
    assert preview.status == [CANDIDATE, NEW, CANDIDATE], preview.reasons
    assert "cơ sở dữ liệu" in str(preview.reasons[0]) and "dòng 3" in str(preview.reasons[2])
    result = apply_import(ctx, file, preview)
    assert result.imported == 3 and result.candidates == 2   # written, flagged for a later merge


def test_invalid_rows_block_the_import_and_nothing_is_written(ctx, tmp_path):
    rows = [list(r) for r in xb.HOUSEHOLD_ROWS]
    rows[1][8] = "không rõ"        # birth year
    rows[2][10] = "Xứ Sở Thần Tiên"  # country
    path = xb.households_file(tmp_path / "ho.xlsx", rows=rows)
    before = len(list(ctx.data_dir.backups.glob("*"))) if ctx.data_dir.backups.exists() else 0
    file = open_import(path, "households")
    preview = preview_import(ctx, file)
    assert preview.status == [NEW, INVALID, INVALID, NEW]
    assert "Năm sinh" in preview.reasons[1] and "không rõ" in preview.reasons[1]
    assert "Xứ Sở Thần Tiên" in preview.reasons[2]
    with pytest.raises(ValidationError) as e:
        apply_import(ctx, file, preview)
    assert "2 dòng lỗi" in e.value.message
    assert _count(ctx, Household) == 0
    after = len(list(ctx.data_dir.backups.glob("*"))) if ctx.data_dir.backups.exists() else 0
    assert after == before


@pytest.mark.sqlite_only("the pre-import copy is a SQLite file; a server has its own backups")
def test_skip_invalid_imports_the_valid_rows_after_a_backup(ctx, tmp_path):
    rows = [list(r) for r in xb.HOUSEHOLD_ROWS]
    rows[0][2] = "1850"
    result, _ = import_excel(ctx, "households", xb.households_file(tmp_path / "ho.xlsx", rows=rows),
                             skip_invalid=True)
    assert result.imported == 3 and result.invalid == 1
    assert result.backup and Path(result.backup).exists()
    assert _count(ctx, Household) == 2


def test_dry_run_writes_nothing(ctx, tmp_path):
    result, _ = import_excel(ctx, "households", xb.households_file(tmp_path / "ho.xlsx"), dry_run=True)
    assert result.dry_run and result.imported == 4
    assert _count(ctx, Household) == 0


def test_error_workbook_has_the_rows_and_reasons_and_imports_back_once_fixed(ctx, tmp_path):
    rows = [list(r) for r in xb.HOUSEHOLD_ROWS]
    rows[3][9] = "Hàng xóm"  # relation not in the vocabulary: refused when the vocabulary is strict
    file = open_import(xb.households_file(tmp_path / "ho.xlsx", rows=rows), "households")
    file.unknown_default = "reject"
    preview = preview_import(ctx, file)
    out = tmp_path / "loi.xlsx"
    assert write_import_errors(preview, out) == 1
    ws = load_workbook(out).active
    values = [[c for c in r] for r in ws.iter_rows(values_only=True)]
    header = values[1]
    assert header[0] == "Dòng trong tệp gốc" and header[-1] == "Lý do không nhập được"
    assert values[2][0] == 5 and "Hàng xóm" in values[2][-1] and values[2][2] == "Đỗ Văn Lưỡng"
    # Correct the cell in the error workbook and import it: its header maps like the original.
    ws.cell(row=3, column=header.index("Quan hệ với chủ hộ") + 1, value="Con")
    load_wb = ws.parent
    load_wb.save(out)
    result, _ = import_excel(ctx, "households", out)
    assert result.imported == 1 and result.invalid == 0


def test_cancel_during_apply_rolls_everything_back(ctx, tmp_path):
    file = open_import(xb.households_file(tmp_path / "ho.xlsx"), "households")
    preview = preview_import(ctx, file)
    token = CancelToken()

    def progress(done, total, label=""):
        if "cơ sở dữ liệu" in label:
            token.cancel()

    with pytest.raises(Cancelled):
        apply_import(ctx, file, preview, progress=progress, cancel=token)
    assert _count(ctx, Household) == 0 and _count(ctx, OverseasPerson) == 0


def test_activities_dates_numbers_and_yes_no_from_text_and_cells(ctx, tmp_path):
    result, preview = import_excel(ctx, "activities", xb.activities_file(tmp_path / "hd.xlsx"))
    assert result.imported == 2, preview.reasons
    with ctx.session() as s:
        rows = {a.title: a for a in s.scalars(select(Activity))}
    a = rows["Giao lưu văn nghệ bản Sín Chải – bản Hà Khẩu"]
    assert (a.start_date.isoformat(), a.end_date.isoformat()) == ("2026-02-10", "2026-02-12")
    assert a.funding_vnd == 15_000_000 and a.border_area is True and a.country == "CN"
    assert a.activity_type == "culture_sports"
    b = rows["Gặp mặt kiều bào dịp Tết Bính Ngọ"]
    assert b.participants_vn == 1234 and b.start_date.isoformat() == "2026-01-25" and b.border_area is False


def test_blank_household_cells_belong_to_the_household_above(ctx, tmp_path):
    rows = [list(r) for r in xb.HOUSEHOLD_ROWS]
    for j in range(1, 6):
        rows[2][j] = None
    result, preview = import_excel(ctx, "households", xb.households_file(tmp_path / "ho.xlsx", rows=rows))
    assert result.records_created == {"household": 3, "person": 4}
    assert any("dòng phía trên" in n for n in preview.notices)


def test_merged_household_cells_are_filled_down(ctx, tmp_path):
    rows = [list(r) for r in xb.HOUSEHOLD_ROWS]
    for j in range(1, 6):
        rows[2][j] = None
    path = xb.households_file(tmp_path / "ho.xlsx", rows=rows, merges=[f"{c}3:{c}4" for c in "BCDEF"])
    result, preview = import_excel(ctx, "households", path)
    assert result.records_created == {"household": 3, "person": 4}
    assert not any("dòng phía trên" in n for n in preview.notices)


def test_household_only_rows_without_persons(ctx, tmp_path):
    headers = ["Họ và tên chủ hộ", "Năm sinh chủ hộ", "Xã, phường"]
    path = xb.write_xlsx(tmp_path / "ho.xlsx", headers, [["Vàng A Páo", 1966, "Xã Y Tý"]])
    result, _ = import_excel(ctx, "households", path)
    assert result.records_created == {"household": 1}


def test_two_columns_mapped_to_one_field_are_refused(ctx, tmp_path):
    file = open_import(xb.households_file(tmp_path / "ho.xlsx"), "households")
    mapping = list(file.mapping)
    mapping[0] = mapping[1]
    with pytest.raises(ValidationError) as e:
        preview_import(ctx, file, mapping)
    assert e.value.code == "mapping_twice"


def test_missing_required_column_is_named(ctx, tmp_path):
    path = xb.write_xlsx(tmp_path / "p.xlsx", ["Loại đối tác", "Quốc gia"], [["Hội hữu nghị", "Lào"]])
    file = open_import(path, "partners")
    with pytest.raises(ValidationError) as e:
        preview_import(ctx, file)
    assert "Tên đối tác" in e.value.message
