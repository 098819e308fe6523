"""The province's own work counts (issue 13, item 4): the consolidated report is the province's own
records plus its lower offices' approved reports, saying which is which; a report of the province's
own work for the same period is not refused."""
from __future__ import annotations

import datetime as dt

import pytest

from dnnd_desktop.services.record_writer import RecordWriter
from dnnd_desktop.storage.models import Activity
from tests.conftest import copy_installation
from tests.unit.test_province_offices import PERIOD, build_world


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    return build_world(tmp_path_factory.mktemp("own"))


@pytest.fixture
def pctx(world, tmp_path):
    from dnnd_desktop.paths import DataDir
    from dnnd_desktop.services.app_context import open_context

    copy_installation(world.dirs["p"], DataDir(tmp_path / "p"))
    ctx = open_context(DataDir(tmp_path / "p"))
    yield ctx
    ctx.close()


def _province_work(ctx, world):
    """Two activities of the province itself in the period, one outside it, and one that a lower
    office synced up (counted through that office's report, never twice)."""
    with ctx.session() as s:
        w = RecordWriter(s, ctx)
        w.create(Activity, dict(title="Tỉnh gặp mặt kiều bào về quê đón Tết", activity_type="overseas_meeting",
                                start_date=dt.date(2027, 1, 28), overseas_participants=40, tet_meeting=True))
        w.create(Activity, dict(title="Tỉnh giao lưu biên giới", activity_type="border_exchange",
                                start_date=dt.date(2027, 3, 3), country="CN"))
        w.create(Activity, dict(title="Ngoài kỳ", activity_type="border_exchange", start_date=dt.date(2027, 7, 3),
                                country="CN"))
        synced = w.create(Activity, dict(title="Của huyện, đã đồng bộ lên", activity_type="border_exchange",
                                         start_date=dt.date(2027, 2, 2), country="CN"))
        synced.origin_office_id = world.ids["a"]


def test_consolidation_adds_the_provinces_own_records_and_says_which_is_which(pctx, world):
    from dnnd_desktop.services.province import ConsolidationService

    _province_work(pctx, world)
    cons = ConsolidationService(pctx).preview(PERIOD)
    own = cons.sources[0]
    assert own.own and own.office_id == pctx.installation.office_id
    assert own.office_name == pctx.installation.office_name
    assert [s.own for s in cons.sources] == [True, False, False]
    a, b = world.stated["a"], world.stated["b"]
    # Own: 2 activities in the period (1 border exchange CN, 1 overseas meeting); the synced one is not own.
    assert own.values["act_total"] == 2 and own.values["act_total/CN"] == 1
    assert own.values["overseas_meetings"] == 1 and own.values["overseas_attendance"] == 40
    # The province's own Tết meeting counts (the districts ticked none: their figure is 0).
    assert own.values["overseas_meetings_tet"] == 1 and cons.total("overseas_meetings_tet") == 1
    assert cons.total("act_total") == a["act_total"] + b["act_total"] + 2
    assert cons.total("act_total/CN") == a["act_total/CN"] + 5 + 1       # b stated 5 by hand
    assert cons.total("overseas_meetings") == (a["overseas_meetings"] or 0) + (b["overseas_meetings"] or 0) + 1
    line = next(ln for ln in cons.lines if ln.target == "act_total")
    assert line.by_office[pctx.installation.office_id] == 2               # the per-office sheet shows it apart


def test_a_report_of_the_provinces_own_work_does_not_block_the_consolidated_one(pctx, world):
    from dnnd_desktop.services.province import ConsolidationService
    from dnnd_desktop.services.reports import ReportService

    _province_work(pctx, world)
    own_report = ReportService(pctx).create(PERIOD)
    assert own_report.indicator_values()["act_total"] == 3        # all records here, the synced one too
    svc = ConsolidationService(pctx)
    cid = svc.create(PERIOD)                                      # not refused (was: report_exists)
    assert cid != own_report.id and svc.find(PERIOD) == cid
    values = ReportService(pctx).get(cid).indicator_values()
    assert values["act_total"] == world.stated["a"]["act_total"] + world.stated["b"]["act_total"] + 2
    again = svc.consolidation_of(cid)                             # what it was made from: own work included
    assert again.sources[0].own and again.total("act_total") == values["act_total"]


def test_a_consolidated_figure_is_explained_by_own_records_and_office_reports(pctx, world):
    from dnnd_desktop.services.province import ConsolidationService
    from dnnd_desktop.services.reports import ReportService

    _province_work(pctx, world)
    cid = ConsolidationService(pctx).create(PERIOD)
    d = ReportService(pctx).explain(cid, "act_total/CN").to_dict()
    own = [x for x in d["records"] if x["kind"] == "activity"]
    offices = {x["name"]: x["amount"] for x in d["records"] if x["kind"] == "report"}
    assert [x["name"] for x in own] == ["Tỉnh giao lưu biên giới"]
    assert offices == {"Ủy ban MTTQ Việt Nam huyện Bát Xát": world.stated["a"]["act_total/CN"],
                       "Ủy ban MTTQ Việt Nam huyện Mường Khương": 5}
    assert d["value"] == 1 + world.stated["a"]["act_total/CN"] + 5


def test_the_own_work_is_read_through_the_owner_index_not_a_scan(pctx, world):
    """Issue 15: the province's store holds every commune's synced records; its own figures must
    read only its own (ix_<table>_owner_change), or the consolidated report grows with the store
    (172 ms for the persons query alone at 150 communes before)."""
    from sqlalchemy import event, text

    from dnnd_desktop.services.province import ConsolidationService
    from dnnd_desktop.storage import dialect
    from dnnd_desktop.storage.models import Household, OverseasPerson

    with pctx.session() as s:
        if dialect.name_of(s) != "sqlite":
            pytest.skip("the query plan checked here is SQLite's")
    _province_work(pctx, world)
    with pctx.session() as s:   # a commune's records synced up: many, none of them the province's
        w = RecordWriter(s, pctx)
        hh = w.create(Household, dict(head_name="Giàng A Páo"))
        for i in range(300):
            w.create(OverseasPerson, dict(household_id=hh.id, full_name=f"Giàng Thị Mai {i}", country="KR"))
            w.create(Activity, dict(title=f"Xã giao lưu {i}", activity_type="border_exchange",
                                    start_date=dt.date(2027, 2, 1 + i % 28), country="CN"))
        # ... from 30 communes, as a province's store holds them (the planner's statistics see that)
        s.execute(text("UPDATE persons SET origin_office_id = 'xa-' || (rowid % 30)"))
        s.execute(text("UPDATE households SET origin_office_id = 'xa-1' WHERE id = :h"), {"h": hh.id})
        s.execute(text("UPDATE activities SET origin_office_id = 'xa-' || (rowid % 30) "
                       "WHERE title LIKE 'Xã giao lưu %'"))
        s.execute(text("ANALYZE"))
    seen: list[tuple[str, object]] = []
    engine = pctx.session_factory.kw["bind"]

    def record(conn, cursor, statement, parameters, context, executemany):  # noqa: ANN001, ARG001
        if "origin_office_id" in statement and ("FROM persons" in statement or "FROM activities" in statement):
            seen.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", record)
    try:
        cons = ConsolidationService(pctx).preview(PERIOD)
    finally:
        event.remove(engine, "before_cursor_execute", record)
    own = cons.sources[0]
    assert own.values["act_total"] == 2 and own.values["act_total/CN"] == 1   # the same figures as above
    assert len(seen) >= 2   # the persons and the activities the template counts
    with pctx.session() as s:
        raw = s.connection().connection.driver_connection
        for statement, parameters in seen:
            plan = " | ".join(r[3] for r in raw.execute("EXPLAIN QUERY PLAN " + statement, parameters))
            # Before: "SEARCH persons USING INDEX ix_persons_live_country (deleted=?)", every row read.
            assert "USING INDEX ix_persons_owner_change (origin_office_id=?)" in plan \
                or "USING INDEX ix_activities_owner_change (origin_office_id=?)" in plan, plan
