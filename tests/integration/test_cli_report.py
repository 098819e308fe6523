"""`dnnd report` end to end in a real process: new (default template), list, show, approve (and
refused edits afterwards), export to PDF and Excel, due list, and errors with exit codes."""
import datetime as dt
import json
import os
import subprocess
from pathlib import Path

import pytest

from tests.support.run_cli import CLI

ROOT = Path(__file__).resolve().parents[2]
SETUP = ["setup", "--level", "commune", "--province", "Lào Cai", "--unit", "Bát Xát",
         "--office-name", "Ủy ban MTTQ Việt Nam xã Bát Xát", "--officer", "Nguyễn Thị Hoa",
         "--head-name", "Lò Văn Thắng"]


def dnnd(data_dir, *args):
    env = {**os.environ, "DNND_PASSPHRASE": "mat-khau-thu-nghiem"}
    return subprocess.run([*CLI, "--data-dir", str(data_dir), *args],
                          capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)


@pytest.fixture
def office(tmp_path):
    data = tmp_path / "data"
    assert dnnd(data, *SETUP).returncode == 0
    # Records are entered through the service layer (the records CLI is another command's business).
    from dnnd_desktop.paths import DataDir
    from dnnd_desktop.services.app_context import open_context
    from dnnd_desktop.services.record_writer import RecordWriter
    from dnnd_desktop.storage.models import Activity

    ctx = open_context(DataDir(data))
    try:
        with ctx.session() as s:
            w = RecordWriter(s, ctx)
            for day, country in ((dt.date(2026, 1, 1), "CN"), (dt.date(2026, 6, 30), "LA")):
                w.create(Activity, dict(title="Giao lưu", activity_type="border_exchange", start_date=day,
                                        country=country, participants_vn=10))
            w.delete(w.create(Activity, dict(title="Đã xóa", activity_type="border_exchange",
                                             start_date=dt.date(2026, 3, 1), country="CN")))
    finally:
        ctx.close()
    return data


def test_new_list_approve_export(office, tmp_path):
    r = dnnd(office, "--json", "report", "new", "--period", "2026-H1")
    assert r.returncode == 0, r.stderr
    created = json.loads(r.stdout)
    assert created["status"] == "new" and created["template"] == "bao_cao_dnnd"
    assert created["indicators"]["act_total"] == 2 and created["indicators"]["act_total/CN"] == 1
    assert created["indicators"]["participants_vn"] == 20
    rid = created["id"]

    r = dnnd(office, "--json", "report", "explain", rid, "act_total")
    assert r.returncode == 0, r.stderr
    explained = json.loads(r.stdout)
    assert set(explained) == {"indicator", "value", "records"}
    assert explained["indicator"] == "act_total" and explained["value"] == 2       # the deleted one is not there
    assert [set(x) for x in explained["records"]] == [{"kind", "id", "name", "amount"}] * 2
    assert {x["kind"] for x in explained["records"]} == {"activity"}
    r = dnnd(office, "report", "explain", rid, "khong_co")
    assert r.returncode == 1

    listed = json.loads(dnnd(office, "report", "list", "--json").stdout)
    assert [x["id"] for x in listed["reports"]] == [rid]

    # Issue 13: a blank hand-entered figure and empty sections II-IV block approval, each named.
    r = dnnd(office, "report", "approve", rid)
    assert r.returncode == 1
    for label in ("Lượt tuần tra, kiểm tra đường biên, cột mốc của các tổ tự quản",
                  "Hạn chế, nguyên nhân", "Phương hướng, nhiệm vụ",
                  "Đề xuất, kiến nghị"):
        assert label in r.stderr, label
    r = dnnd(office, "--json", "report", "nothing", rid, "border_patrols", "border_violations_reported",
             "section:shortcomings",
             "section:directions")
    assert r.returncode == 0, r.stderr
    assert [m["target"] for m in json.loads(r.stdout)["missing"]] == ["section:proposals"]
    r = dnnd(office, "report", "approve", rid)
    assert r.returncode == 1 and "Đề xuất, kiến nghị" in r.stderr and "Hạn chế" not in r.stderr
    assert dnnd(office, "report", "nothing", rid, "section:proposals").returncode == 0
    r = dnnd(office, "report", "approve", rid, "--json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["status"] == "approved"
    again = dnnd(office, "report", "approve", rid)
    assert again.returncode == 1 and "Nguyễn Thị Hoa phê duyệt lúc" in again.stderr

    pdf = tmp_path / "bc.pdf"
    r = dnnd(office, "report", "export", rid, str(pdf))
    assert r.returncode == 0, r.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
    xlsx = tmp_path / "bc.xlsx"
    assert dnnd(office, "report", "export", rid, str(xlsx)).returncode == 0 and xlsx.stat().st_size > 0

    shown = json.loads(dnnd(office, "--json", "report", "show", rid).stdout)
    assert shown["lock_reason"] and set(shown["narrative"]) == {"results", "shortcomings", "directions", "proposals"}


def test_due_list_and_errors(office):
    due = json.loads(dnnd(office, "--json", "report", "due", "--today", "2026-05-10").stdout)
    h1 = next(i for i in due["items"] if i["period"] == "2026-H1")
    assert h1["due_date"] == "2026-05-15" and h1["days_left"] == 5 and h1["status"] == "due"

    r = dnnd(office, "--json", "report", "new", "--period", "2026-H7")
    assert r.returncode == 1 and json.loads(r.stdout)["error"] == "bad_period"
    r = dnnd(office, "report", "new", "--template", "khong_co", "--period", "2026")
    assert r.returncode == 1 and "Không có mẫu báo cáo «khong_co»" in r.stderr
    r = dnnd(office, "report", "approve", "khong-co-bao-cao")
    assert r.returncode == 1 and "Không tìm thấy báo cáo" in r.stderr
    assert dnnd(office, "report").returncode == 2


def test_new_final_review_over_several_years(office):
    """Issue 13: `report new --period 2020-2026` is the final review of 2020-2026, its figures over the
    whole span (the two exchanges of 2026 inside it, none outside), titled as a review."""
    r = dnnd(office, "--json", "report", "new", "--period", "2020-2026")
    assert r.returncode == 0, r.stderr
    created = json.loads(r.stdout)
    assert created["period"] == "2020-2026" and created["indicators"]["act_total"] == 2
    assert created["title"].startswith("Báo cáo tổng kết ") and created["title"].endswith("giai đoạn 2020–2026")
    r = dnnd(office, "--json", "report", "new", "--period", "2027-2030-MID")
    assert r.returncode == 0 and json.loads(r.stdout)["indicators"]["act_total"] == 0
    r = dnnd(office, "report", "new", "--period", "2026-2020")
    assert r.returncode != 0 and "2020-2025" in r.stderr
