"""The province closes the loop (issue 7 item 6): three installations in temporary data folders - a
province and two districts - plus a third district registered but never reporting, driven by the
command line and the services only.

cards exchanged -> plan published -> districts import it -> districts record activities and
households, make, approve and send their 6-month reports (one on time, one late) -> the province
imports -> submissions say on time / late / missing -> the consolidated figures are the sums of the
district reports (breakdowns by country too) -> the province returns one report -> the district sees
the comment after the next package.

"Today" is injected, never slept for: the province imports each report package with the import's
clock (`now`) and the packages' receive time pinned to the day it arrives; submissions are asked
"as of" a date. The period is 2027-H1 (due 15/5/2027 by the plan), after the real clock.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from tests.support.reports import mark_missing_nothing
from tests.support.run_cli import CLI

ROOT = Path(__file__).resolve().parents[2]
PASS = "mat-khau-thu-nghiem"
PERIOD = "2027-H1"

PLAN = {
    "format": "dnnd-plan", "version": 1, "doc_number": "12/HD-MTTQ-BTT", "doc_date": "2027-01-15",
    "issuer": "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lào Cai",
    "title": "Hướng dẫn công tác đối ngoại nhân dân và công tác đối với người Việt Nam ở nước ngoài năm 2027",
    "year": 2027,
    "tasks": [{"code": "I.1", "title": "Tuyên truyền chủ trương đối ngoại của Đảng", "deadline": "2027-12-31"},
              {"code": "I.2", "title": "Giao lưu nhân dân hai bên biên giới, kết nghĩa bản - bản",
               "deadline": "2027-11-15"},
              {"code": "II.1", "title": "Gặp mặt kiều bào dịp Tết Nguyên đán", "deadline": "2027-02-05"}],
    "report_schedule": [{"period_kind": "half", "due": "05-15"}, {"period_kind": "year", "due": "11-20"}],
}


def dnnd(data_dir, *args):
    env = {**os.environ, "DNND_PASSPHRASE": PASS}
    return subprocess.run([*CLI, "--data-dir", str(data_dir), *args],
                          capture_output=True, text=True, cwd=ROOT, env=env, timeout=180, check=False)


def ok(data_dir, *args) -> dict:
    r = dnnd(data_dir, "--json", *args)
    assert r.returncode == 0, (args, r.stdout, r.stderr)
    return json.loads(r.stdout)


def open_ctx(data_dir):
    from dnnd_desktop.paths import DataDir
    from dnnd_desktop.services.app_context import open_context

    return open_context(DataDir(data_dir))


def secret_of(ctx):
    from dnnd_desktop.services.installation import unlock_secret_keys

    with ctx.session() as s:
        return unlock_secret_keys(s, PASS)


def record_work(data_dir, activities: list[tuple[str, str, str, int]], persons: list[str], tet_meetings: int):
    """A district's half year: activities (date, type, country, participants) and one household per
    person abroad; the hand-entered Tết meetings as an override."""
    from dnnd_desktop.services.records import PersonInput, RecordService

    ctx = open_ctx(data_dir)
    try:
        rs = RecordService(ctx)
        for i, (day, kind, country, people) in enumerate(activities):
            rs.create("activity", {"title": f"Hoạt động {i + 1}", "activity_type": kind, "start_date": day,
                                   "country": country, "participants_vn": people})
        for i, country in enumerate(persons):
            rs.save_household({"head_name": f"Chủ hộ {i + 1}"}, [PersonInput(values={"full_name": f"Kiều bào {i + 1}",
                                                                             "country": country})])
    finally:
        ctx.close()
    return tet_meetings


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    base = tmp_path_factory.mktemp("province")
    dirs = {"p": base / "tinh", "a": base / "batxat", "b": base / "muongkhuong", "c": base / "simacai"}
    ok(dirs["p"], "setup", "--level", "province", "--province", "Lào Cai", "--unit", "Lào Cai",
       "--office-name", "Ủy ban MTTQ Việt Nam tỉnh Lào Cai")
    for k, unit in (("a", "huyện Bát Xát"), ("b", "huyện Mường Khương"), ("c", "huyện Si Ma Cai")):
        ok(dirs[k], "setup", "--level", "district", "--province", "Lào Cai", "--unit", unit,
           "--office-name", f"Ủy ban MTTQ Việt Nam {unit}")
    ids, cards = {}, {}
    for k, d in dirs.items():
        info = ok(d, "identity", "show")
        ids[k] = info["office_id"]
        cards[k] = (base / f"{k}.dnndid", info["fingerprint"])
        ok(d, "identity", "export", str(cards[k][0]))
    return base, dirs, ids, cards


def test_province_loop(world, monkeypatch):
    base, dirs, ids, cards = world
    from dnnd_desktop.services.packages import contents as package_contents
    from dnnd_desktop.services.province import InboxService
    from dnnd_desktop.services.reports import ReportService

    # 1. identity cards: the province registers its three districts, two districts trust the province
    for k in "abc":
        wrong = ok(dirs["p"], "province", "offices")
        assert ids[k] not in [o["office_id"] for o in wrong["offices"]]
        r = dnnd(dirs["p"], "province", "register", str(cards[k][0]), "--fingerprint", "12345 " * 6)
        assert r.returncode == 1 and "Dấu vân tay không khớp" in r.stderr
        reg = ok(dirs["p"], "province", "register", str(cards[k][0]), "--fingerprint", cards[k][1])
        assert reg["office_id"] == ids[k] and reg["level"] == "district"
    for k in "ab":
        ok(dirs[k], "trust", str(cards["p"][0]), "--fingerprint", cards["p"][1])
    listed = ok(dirs["p"], "province", "offices")["offices"]
    assert {o["office_id"] for o in listed} == {ids["a"], ids["b"], ids["c"]}
    assert all(o["last_package_at"] is None and o["last_report_id"] is None for o in listed)

    # 2. publish the plan: one tasks package per district; the two that trust the province import it
    plan_file = base / "plan.json"
    plan_file.write_text(json.dumps(PLAN, ensure_ascii=False), encoding="utf-8")
    out = base / "out"
    out.mkdir()
    pub = ok(dirs["p"], "province", "plan", "publish", str(plan_file), "--out-dir", str(out))
    assert pub["sequence"] == 1 and len(pub["packages"]) == 3
    by_office = {p["recipients"][0]: p["path"] for p in pub["packages"]}
    for k in "ab":
        res = ok(dirs[k], "package", "import", by_office[ids[k]])
        assert res["kind"] == "tasks" and res["per_kind"]["task"]["new"] == 3
        due = ok(dirs[k], "report", "due", "--today", "2027-05-01")
        assert any(d["period"] == PERIOD and d["due_date"] == "2027-05-15" for d in due["items"]), due

    # 3. the districts record their half year and report
    acts_a = [("2027-01-10", "border_exchange", "CN", 120), ("2027-02-20", "border_exchange", "CN", 80),
              ("2027-03-05", "delegation_in", "LA", 30), ("2027-04-18", "propaganda", "CN", 200),
              ("2026-12-30", "border_exchange", "CN", 999)]            # last year: not in the period
    acts_b = [("2027-01-25", "border_exchange", "CN", 60), ("2027-05-02", "overseas_meeting", "KR", 40),
              ("2027-06-30", "delegation_out", "LA", 12)]
    record_work(dirs["a"], acts_a, ["KR", "KR", "JP"], 0)
    record_work(dirs["b"], acts_b, ["KR", "US"], 0)
    stated = {}
    for k in "ab":
        rep = ok(dirs[k], "report", "new", "--period", PERIOD)
        if k == "b":   # a hand-entered figure travels as an override
            ctx = open_ctx(dirs[k])
            try:
                ReportService(ctx).set_override(rep["id"], "border_patrols", 3, None)
                ReportService(ctx).set_narrative(rep["id"], "results", "Mường Khương tổ chức 3 buổi gặp mặt kiều bào.")
            finally:
                ctx.close()
        else:
            ctx = open_ctx(dirs[k])
            try:
                ReportService(ctx).set_narrative(rep["id"], "results", "Bát Xát duy trì giao lưu biên giới.")
            finally:
                ctx.close()
        ctx = open_ctx(dirs[k])
        try:
            mark_missing_nothing(ReportService(ctx), rep["id"])
        finally:
            ctx.close()
        ok(dirs[k], "report", "approve", rep["id"])
        ctx = open_ctx(dirs[k])
        try:
            stated[k] = ReportService(ctx).get(rep["id"]).indicator_values()
        finally:
            ctx.close()
        ok(dirs[k], "package", "export", "--kind", "report", "--to", ids["p"], str(out / f"bc-{k}.dnnd"))
        stated[k, "id"] = rep["id"]
    assert stated["a"]["act_total"] == 4 and stated["a"]["act_total/CN"] == 3
    assert stated["b"]["border_patrols"] == 3

    # 4. the province imports: Bát Xát's package on 10/5 (on time), Mường Khương's on 20/5 (late)
    ctx = open_ctx(dirs["p"])
    try:
        secret = secret_of(ctx)
        inbox = InboxService(ctx)
        for k, day in (("a", dt.datetime(2027, 5, 10, 2, 0)), ("b", dt.datetime(2027, 5, 20, 2, 0))):
            monkeypatch.setattr(package_contents, "utcnow", lambda day=day: day)
            res = inbox.import_file(out / f"bc-{k}.dnnd", secret, now=day)
            assert res.per_kind["report"]["new"] == 1
        monkeypatch.undo()
        received = {r.office_id: r for r in inbox.reports(period=PERIOD)}
        assert set(received) == {ids["a"], ids["b"]} and all(r.status == "received" for r in received.values())
    finally:
        ctx.close()

    # 5. submissions as of 25/5: on time, late, missing
    sub = ok(dirs["p"], "province", "submissions", "--period", PERIOD, "--as-of", "2027-05-25",
             "--xlsx", str(out / "nop-bao-cao.xlsx"))
    status = {o["office_id"]: o for o in sub["offices"]}
    assert sub["due_date"] == "2027-05-15" and sub["expected"] == 3 and sub["actual"] == 2
    assert status[ids["a"]]["status"] == "on_time" and status[ids["a"]]["received_date"] == "2027-05-10"
    assert status[ids["b"]]["status"] == "late" and status[ids["b"]]["days_late"] == 5
    assert status[ids["c"]]["status"] == "missing" and status[ids["c"]]["days_late"] == 10
    ws = load_workbook(out / "nop-bao-cao.xlsx")["Tình hình báo cáo"]
    cells = [c for row in ws.iter_rows(values_only=True) for c in row if c is not None]
    assert "Chưa gửi (quá hạn)" in cells and "Muộn hạn" in cells and "Đúng hạn" in cells
    offices = ok(dirs["p"], "province", "offices")["offices"]
    last = {o["office_id"]: o for o in offices}
    assert last[ids["a"]]["last_report_id"] == stated["a", "id"] and last[ids["a"]]["last_package_kind"] == "report"
    assert last[ids["c"]]["last_package_at"] is None

    # 6. the consolidated report: every figure is the sum of the two district reports
    pdf, xlsx = base / "tong-hop.pdf", base / "tong-hop.xlsx"
    cons = ok(dirs["p"], "province", "consolidate", "--period", PERIOD, str(pdf), str(xlsx))
    assert cons["created"] and {o["office_id"] for o in cons["offices"] if not o["own"]} == {ids["a"], ids["b"]}
    assert [o["office_id"] for o in cons["offices"] if o["own"]] == [ids["p"]]   # its own records (none here)
    assert cons["not_counted"] == [{"name": "Ủy ban MTTQ Việt Nam huyện Si Ma Cai", "reason": "chưa gửi"}]
    targets = set(stated["a"]) | set(stated["b"])
    for t in targets:
        parts = [stated[k].get(t) for k in "ab" if stated[k].get(t) is not None]
        assert cons["values"].get(t) == (sum(parts) if parts else None), t
    assert cons["values"]["act_total"] == 7 and cons["values"]["act_total/CN"] == 4
    assert cons["values"]["persons_total/KR"] == 3 and cons["values"]["persons_total/US"] == 1
    assert cons["values"]["border_patrols"] == 3
    ctx = open_ctx(dirs["p"])
    try:
        detail = ReportService(ctx).get(cons["report_id"])
        assert detail.indicator_values() == cons["values"]
        assert detail.document.recipients_to == ("Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam",)
        results = next(sec.text for sec in detail.content.sections if sec.code == "results")
        assert "Bát Xát duy trì giao lưu biên giới." in results and "3 buổi gặp mặt kiều bào" in results
    finally:
        ctx.close()
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    flat = " ".join(text.split())
    assert "Kính gửi: Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam" in flat
    assert "ỦY BAN MTTQ VIỆT NAM TỈNH LÀO CAI" in flat and "Si Ma Cai" in flat
    wb = load_workbook(xlsx)
    sheet = wb["Theo đơn vị"]
    header = [c.value for c in sheet[2]]
    col = header.index("act_total (hoạt động)") + 1
    rows = {sheet.cell(r, 2).value: sheet.cell(r, col).value for r in range(3, sheet.max_row + 1)}
    assert rows["Ủy ban MTTQ Việt Nam huyện Bát Xát"] == 4 and rows["Ủy ban MTTQ Việt Nam huyện Mường Khương"] == 3
    assert rows["Tổng cộng"] == 7

    # 7. the province returns Mường Khương's report; the comment reaches the district in the next package
    comment = "Đề nghị bổ sung số liệu đoàn ra và gửi lại trước 30/5."
    r = dnnd(dirs["p"], "province", "return", stated["b", "id"])
    assert r.returncode == 2   # --comment is required
    ok(dirs["p"], "province", "return", stated["b", "id"], "--comment", comment)
    ok(dirs["p"], "province", "acknowledge", stated["a", "id"])
    sub = ok(dirs["p"], "province", "submissions", "--period", PERIOD, "--as-of", "2027-05-25")
    assert {o["office_id"]: o["status"] for o in sub["offices"]}[ids["b"]] == "returned"
    ok(dirs["p"], "province", "answers", "--to", ids["b"], str(out / "tra-loi-b.dnnd"))
    res = ok(dirs["b"], "package", "import", str(out / "tra-loi-b.dnnd"))
    assert res["per_kind"]["answer"]["updated"] == 1
    ctx = open_ctx(dirs["b"])
    try:
        mine = ReportService(ctx).get(stated["b", "id"])
        assert mine.status == "returned" and mine.answer_comment == comment
    finally:
        ctx.close()
    # Bát Xát gets its acknowledgement with the next tasks package (the plan republished to it alone).
    again = ok(dirs["p"], "province", "plan", "publish", str(plan_file), "--out-dir", str(out), "--to", ids["a"])
    assert again["sequence"] == 1 and len(again["packages"]) == 1   # same plan: same version, new package
    res = ok(dirs["a"], "package", "import", again["packages"][0]["path"])
    assert res["per_kind"]["answer"]["updated"] == 1
    assert ok(dirs["a"], "report", "list")["reports"][0]["status"] == "acknowledged"
