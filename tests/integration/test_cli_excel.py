"""`dnnd import-excel` / `dnnd export-excel` end to end in a real process (DESIGN.md JSON shapes)."""
import json
import os
import subprocess
import sys
from pathlib import Path

from openpyxl import load_workbook

from dnnd_desktop.paths import DataDir
from dnnd_desktop.services.app_context import open_context
from tests.support.consents import consent_everyone
from tests.support.run_cli import CLI

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "fixtures" / "excel"))
import excel_builders as xb  # noqa: E402 - found through the path set just above

SETUP = ["setup", "--level", "commune", "--province", "Lào Cai", "--unit", "Bát Xát",
         "--office-name", "Ủy ban MTTQ Việt Nam xã Bát Xát", "--officer", "Nguyễn Thị Hoa"]


def dnnd(*args, data_dir):
    env = {**os.environ, "DNND_PASSPHRASE": "mat-khau-thu-nghiem"}
    return subprocess.run([*CLI, "--data-dir", str(data_dir), *args],
                          capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)


def test_import_export_round_trip_with_json(tmp_path):
    data = tmp_path / "data"
    assert dnnd(*SETUP, data_dir=data).returncode == 0
    src = xb.households_file(tmp_path / "ho.xlsx")

    r = dnnd("import-excel", "households", str(src), "--dry-run", "--json", data_dir=data)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["imported"] == 4 and json.loads(r.stdout)["dry_run"] is True

    r = dnnd("import-excel", "households", str(src), "--json", data_dir=data)
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert {k: out[k] for k in ("rows", "imported", "duplicates", "invalid")} == \
        {"rows": 4, "imported": 4, "duplicates": 0, "invalid": 0}
    assert Path(out["backup"]).exists()

    r = dnnd("import-excel", "households", str(src), "--json", data_dir=data)
    assert json.loads(r.stdout)["imported"] == 0 and json.loads(r.stdout)["duplicates"] == 4

    exported = tmp_path / "xuat.xlsx"
    r = dnnd("export-excel", "households", str(exported), "--json", data_dir=data)
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)   # issue 14: no one without consent for lists goes into the file
    assert out["rows"] == 0 and out["excluded"]["households"] == 3
    assert {e["reason"] for e in out["excluded"]["listed"]} == {"no_consent"}
    r = dnnd("export-excel", "households", str(exported), data_dir=data)
    assert "3" in r.stdout and "chưa ghi nhận sự đồng ý" in r.stdout
    ctx = open_context(DataDir(data))
    try:
        consent_everyone(ctx)
    finally:
        ctx.close()
    r = dnnd("export-excel", "households", str(exported), "--json", data_dir=data)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["rows"] == 4
    r = dnnd("import-excel", "households", str(exported), "--json", data_dir=data)
    assert json.loads(r.stdout)["imported"] == 0

    tpl = tmp_path / "mau.xlsx"
    r = dnnd("export-excel", "partners", str(tpl), "--template", data_dir=data)
    assert r.returncode == 0 and "Tên đối tác (*)" in [c.value for c in load_workbook(tpl).active[2]]


def test_invalid_rows_exit_1_with_summary_and_error_workbook(tmp_path):
    data = tmp_path / "data"
    assert dnnd(*SETUP, data_dir=data).returncode == 0
    rows = [list(r) for r in xb.HOUSEHOLD_ROWS]
    rows[2][8] = "hai nghìn"
    src = xb.households_file(tmp_path / "ho.xlsx", rows=rows)
    errors = tmp_path / "loi.xlsx"
    r = dnnd("import-excel", "households", str(src), "--errors", str(errors), "--json", data_dir=data)
    assert r.returncode == 1
    out = json.loads(r.stdout)
    assert out["error"] == "invalid_rows" and out["invalid"] == 1 and out["imported"] == 0
    assert "Dòng 4" in r.stderr and "chưa nhập dòng nào" in r.stderr
    assert errors.exists()
    r = dnnd("export-excel", "households", str(tmp_path / "x.xlsx"), "--json", data_dir=data)
    assert json.loads(r.stdout)["rows"] == 0  # nothing was written

    r = dnnd("import-excel", "households", str(src), "--skip-invalid", "--json", data_dir=data)
    assert r.returncode == 0 and json.loads(r.stdout)["imported"] == 3


def test_bad_file_exit_1_with_vietnamese_message(tmp_path):
    data = tmp_path / "data"
    assert dnnd(*SETUP, data_dir=data).returncode == 0
    bad = tmp_path / "ds.xlsx"
    bad.write_text("không phải excel", encoding="utf-8")
    r = dnnd("import-excel", "partners", str(bad), data_dir=data)
    assert r.returncode == 1 and "không phải tệp Excel" in r.stderr
    r = dnnd("import-excel", "dogs", str(bad), data_dir=data)
    assert r.returncode == 2


def test_unknown_values_kept_listed_added_or_refused(tmp_path):
    data = tmp_path / "data"
    assert dnnd(*SETUP, data_dir=data).returncode == 0
    rows = [list(r) for r in xb.HOUSEHOLD_ROWS]
    rows[0][9] = rows[1][9] = "Con đỡ đầu"     # not in the relation list
    src = xb.households_file(tmp_path / "ho.xlsx", rows=rows)

    r = dnnd("import-excel", "households", str(src), "--strict-vocabulary", "--json", data_dir=data)
    assert r.returncode == 1 and json.loads(r.stdout)["invalid"] == 2
    r = dnnd("import-excel", "households", str(src), "--dry-run", "--json", data_dir=data)
    out = json.loads(r.stdout)
    assert r.returncode == 0 and out["invalid"] == 0 and out["imported"] == 4
    assert out["unknown_values"] == [{"column": "Quan hệ với chủ hộ", "key": "person.relation",
                                      "vocabulary": "relation", "value": "Con đỡ đầu", "count": 2,
                                      "action": "keep"}]
    r = dnnd("import-excel", "households", str(src), "--add-unknown", "--json", data_dir=data)
    out = json.loads(r.stdout)
    assert r.returncode == 0 and out["records_created"]["vocabulary"] == 1 and out["imported"] == 4


def test_work_kinds_by_their_command_line_names(tmp_path):
    """Issue 13: the described work kinds import, export and search by their plural names."""
    from openpyxl import Workbook

    data = tmp_path / "data"
    assert dnnd(*SETUP, data_dir=data).returncode == 0
    wb = Workbook()
    wb.active.append(["Tên sản phẩm", "Loại sản phẩm", "Ngày phát hành", "Số lượng (tin bài, bản, lượt phát)",
                      "Lượt tiếp cận (người đọc, nghe, xem)"])
    wb.active.append(["Phóng sự mốc quốc giới", "Phóng sự, chương trình phát thanh, truyền hình", "02/02/2026", 2,
                      "12.000"])
    wb.active.append(["Bài đăng Zalo", "Bài đăng mạng xã hội", "03/02/2026", 6, 900])
    src = tmp_path / "sp.xlsx"
    wb.save(src)
    r = dnnd("import-excel", "propaganda_products", str(src), "--json", data_dir=data)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["records_created"] == {"propaganda_product": 2}
    r = dnnd("--json", "search", "moc quoc gioi", "--kind", "propaganda_products", data_dir=data)
    assert r.returncode == 0, r.stderr
    assert "Phóng sự mốc quốc giới" in r.stdout
    out = tmp_path / "xuat.xlsx"
    r = dnnd("export-excel", "propaganda_products", str(out), data_dir=data)
    assert r.returncode == 0, r.stderr
    rows = [[c for c in row] for row in load_workbook(out).active.iter_rows(values_only=True)]
    assert any("Bài đăng Zalo" in (row or ()) for row in rows)
