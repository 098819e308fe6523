"""Twinned sides across the border known at several offices are counted once when the province
consolidates (issue 13, item 3): matched by folded name and country, and by the foreign locality
when it is recorded (one office leaving it blank still matches the one that wrote it); a person may
say two are different, and that decision is kept across re-consolidation. Counted by hand."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.orm.attributes import flag_modified

from dnnd_desktop.services.record_writer import RecordWriter
from dnnd_desktop.services.reports import ReportService
from dnnd_desktop.services.reports.compute import identity_key
from dnnd_desktop.storage.models import Report, Twinning
from tests.conftest import copy_installation
from tests.unit.test_province_offices import PERIOD, build_world

# (name as the office wrote it, country, foreign locality or None)
A = [("Thôn Bá Tô", "CN", "Hà Khẩu, Vân Nam"), ("Bản Nậm Đét", "LA", None), ("Thôn Lão Khai", "CN", "Hà Khẩu")]
B = [("THÔN BÁ TÔ", "CN", "Ha Khau - Van Nam"),   # the same village, written by another officer
     ("Ban Nam Det", "LA", "Phongsaly"),          # the same: a left its locality blank
     ("Thôn Lão Khai", "CN", "Mã Quan"),          # a village of the same name in another district: two
     ("Bản Huổi Luông", "LA", None)]


def _items(rows):
    return [[identity_key(name, country, place), country, name] for name, country, place in rows]


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    return build_world(tmp_path_factory.mktemp("twinning"))


@pytest.fixture
def pctx(world, tmp_path):
    from dnnd_desktop.paths import DataDir
    from dnnd_desktop.services.app_context import open_context

    copy_installation(world.dirs["p"], DataDir(tmp_path / "p"))
    ctx = open_context(DataDir(tmp_path / "p"))
    with ctx.session() as s:
        for k, rows in (("a", A), ("b", B)):
            r = s.get(Report, world.reports[k])
            figures = dict(r.indicators)
            by_country: dict[str, int] = {}
            for _name, country, _place in rows:
                by_country[country] = by_country.get(country, 0) + 1
            figures["twinning_total"] = {"value": len(rows), "breakdown": by_country, "items": _items(rows)}
            r.indicators = figures
            flag_modified(r, "indicators")
    yield ctx
    ctx.close()


def test_three_and_four_twinned_sides_with_two_shared_are_five(pctx):
    from dnnd_desktop.services.province import ConsolidationService

    cons = ConsolidationService(pctx).preview(PERIOD)
    # By hand: Bá Tô (a, b), Nậm Đét (a, b), Lão Khai of Hà Khẩu (a), Lão Khai of Mã Quan (b), Huổi Luông (b).
    assert cons.total("twinning_total") == 5
    assert cons.total("twinning_total/CN") == 3 and cons.total("twinning_total/LA") == 2
    line = next(ln for ln in cons.lines if ln.target == "twinning_total")
    assert sorted(v for v in line.by_office.values() if v) == [3, 4]      # each office's own figure stays
    twinned = sorted((m.names, m.kind, m.same) for m in cons.matches if m.kind == "twinning")
    assert twinned == [(("Bản Nậm Đét", "Ban Nam Det"), "twinning", True),
                       (("Thôn Bá Tô", "THÔN BÁ TÔ"), "twinning", True)]


def test_a_person_may_say_two_twinned_sides_are_different_and_it_is_kept(pctx):
    from dnnd_desktop.services.province import ConsolidationService

    svc = ConsolidationService(pctx)
    cid = svc.create(PERIOD)
    key = identity_key("Thôn Bá Tô", "CN", "Hà Khẩu Vân Nam")
    cons = svc.decide_partner(cid, key, same=False)
    assert cons.total("twinning_total") == 6 and cons.total("twinning_total/CN") == 4
    assert ReportService(pctx).get(cid).indicator_values()["twinning_total"] == 6
    assert svc.refresh(cid).total("twinning_total") == 6               # summing again keeps the decision
    assert svc.decide_partner(cid, key, same=True).total("twinning_total") == 5


def test_an_office_report_lists_the_twinned_sides_it_counted(ctx):
    with ctx.session() as s:
        w = RecordWriter(s, ctx)
        for local, name, country, place in (("Thôn Pa Pao", "Thôn Bá Tô", "CN", "Hà Khẩu, Vân Nam"),
                                            ("Bản Lếch", "Bản Nậm Đét", "LA", None)):
            w.create(Twinning, dict(kind="village", local_name=local, counterpart_name=name,
                                    counterpart_country=country, counterpart_locality=place,
                                    signed_date=dt.date(2025, 3, 1), status="active"))
    svc = ReportService(ctx)
    got = svc.payload(svc.create("2026-H1").id)["indicators"]["twinning_total"]
    assert got["value"] == 2
    assert sorted(got["items"]) == sorted([["thon ba to|CN|ha khau van nam", "CN", "Thôn Bá Tô"],
                                           ["ban nam det|LA", "LA", "Bản Nậm Đét"]])


def test_the_province_reads_each_office_s_task_progress(pctx, world):
    """Issue 13, item 8: the task-progress list travels with the report; the province's inbox shows it
    (the district's report of 2027-H1 lists the province plan's two tasks, as the district had them)."""
    from dnnd_desktop.services.province import InboxService

    tasks = InboxService(pctx).get(world.reports["a"]).content.tasks
    assert [(t.plan, t.code, t.deadline, t.status_label) for t in tasks] == [
        ("12/HD-MTTQ-BTT", "I.1", dt.date(2027, 11, 15), "Chưa thực hiện"),
        ("12/HD-MTTQ-BTT", "II.1", dt.date(2027, 2, 5), "Chưa thực hiện")]
