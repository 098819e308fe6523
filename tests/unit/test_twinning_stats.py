"""twinnings.activity_count and last_activity_date (revision 0022) stay exactly the number of live
links to live activities of each pair and the latest such activity's start date, after every write
path: the record writer (link, unlink, re-link, a changed date, a deleted or restored activity, a
deleted pair), Excel import, sync apply, purges, and the revision's fill of existing rows; and the
twinning list sorted by any column gives the rows of a Python sort with the Vietnamese key."""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select
from test_list_order import _python_order, _read_all
from test_packages_world import sync_across
from test_record_fixtures import ctx, data_dir, installed_template  # noqa: F401 - fixtures

from dnnd_desktop.domain.record_kinds import kind_spec
from dnnd_desktop.services.excel import import_excel
from dnnd_desktop.services.records import ListQuery, RecordQueryService, RecordService
from dnnd_desktop.storage.models import Activity, ActivityTwinning, Twinning

sys.path.insert(0, str(Path(__file__).parents[1] / "fixtures" / "excel"))
import excel_builders as xb  # noqa: E402

TODAY = dt.date.today()


def stored(c) -> dict[str, tuple[int, dt.date | None]]:
    with c.session() as s:
        return {t: (n, d) for t, n, d in s.execute(
            select(Twinning.id, Twinning.activity_count, Twinning.last_activity_date))}


def recounted(c) -> dict[str, tuple[int, dt.date | None]]:
    """The same figures from the links, as the list computed them before revision 0022."""
    with c.session() as s:
        live = {t: (n, d) for t, n, d in s.execute(
            select(ActivityTwinning.twinning_id, func.count(), func.max(Activity.start_date))
            .join(Activity, Activity.id == ActivityTwinning.activity_id)
            .where(ActivityTwinning.deleted.is_(False), Activity.deleted.is_(False))
            .group_by(ActivityTwinning.twinning_id))}
        return {t: live.get(t, (0, None)) for t in s.scalars(select(Twinning.id))}


def _pair(rs, local: str, counterpart: str = "Bản Kiều Đầu", **values) -> str:
    return rs.create("twinning", {"kind": "village_village", "local_name": local,
                                  "counterpart_name": counterpart, **values}).id


def _activity(rs, days_ago: int, title: str = "Giao lưu văn nghệ") -> str:
    return rs.create("activity", {"title": title, "activity_type": "border_exchange",
                                  "start_date": TODAY - dt.timedelta(days=days_ago)}).id


def test_every_record_writer_change_keeps_the_figures(ctx):  # noqa: F811
    rs = RecordService(ctx)
    a, b = _pair(rs, "Bản Lếch Mông"), _pair(rs, "Xã A Mú Sung", "Trấn Bá Sái")
    idle = _pair(rs, "Thôn Trung Đô", "Bản Mò")
    x, y, z = _activity(rs, 10), _activity(rs, 40), _activity(rs, 500)
    assert stored(ctx) == {a: (0, None), b: (0, None), idle: (0, None)}
    for act in (x, y, z):
        rs.link(act, "twinning", a)
    rs.link(z, "twinning", b)
    rs.link(z, "twinning", b)                                    # linked twice: counted once
    assert stored(ctx)[a] == (3, TODAY - dt.timedelta(days=10)) and stored(ctx)[b] == (1, z_date(ctx, z))
    rs.update("activity", y, {"start_date": TODAY - dt.timedelta(days=2)})   # a later date
    assert stored(ctx)[a] == (3, TODAY - dt.timedelta(days=2))
    rs.update("activity", x, {"title": "Giao lưu bóng đá"})     # no change of date: same figures
    assert stored(ctx)[a] == (3, TODAY - dt.timedelta(days=2))
    rs.unlink(y, "twinning", a)                                  # a tombstoned link no longer counts
    assert stored(ctx)[a] == (2, TODAY - dt.timedelta(days=10))
    rs.link(y, "twinning", a)                                    # linked again
    assert stored(ctx)[a] == (3, TODAY - dt.timedelta(days=2))
    rs.delete("activity", z)                                     # a deleted activity counts nowhere
    assert stored(ctx)[a] == (2, TODAY - dt.timedelta(days=2)) and stored(ctx)[b] == (0, None)
    assert stored(ctx) == recounted(ctx)
    rs.delete("twinning", a)                                     # with its links
    assert stored(ctx) == recounted(ctx) and stored(ctx)[idle] == (0, None)
    # The list shows, filters and sorts by the stored figures.
    qs = RecordQueryService(ctx)
    rows = qs.page("twinning", ListQuery(sort="activity_count", descending=True))
    assert [r.values["activity_count"] for r in rows] == [0, 0]
    assert {r.name for r in qs.page("twinning", ListQuery(filters={"dormant": True}))} == \
        {"Xã A Mú Sung", "Thôn Trung Đô"}


def z_date(c, activity_id: str) -> dt.date:
    with c.session() as s:
        return s.scalars(select(Activity.start_date).where(Activity.id == activity_id)).one()


def test_excel_import_keeps_the_figures(ctx, tmp_path):  # noqa: F811
    # Excel import writes activities and pairs but no links between them: the pairs linked before
    # keep their figures, the imported activities count nowhere.
    rs = RecordService(ctx)
    a = _pair(rs, "Bản Lếch Mông")
    rs.link(_activity(rs, 3), "twinning", a)
    before = stored(ctx)
    result, _preview = import_excel(ctx, "activities", xb.activities_file(tmp_path / "hd.xlsx"))
    assert result.records_created == {"activity": 2}
    assert stored(ctx) == before == recounted(ctx) == {a: (1, TODAY - dt.timedelta(days=3))}


def test_sync_apply_keeps_the_figures(world, tmp_path):
    a, b = world["a"], world["province"]
    rs = RecordService(a.ctx)
    pair, other = _pair(rs, "Bản Lếch Mông"), _pair(rs, "Xã A Mú Sung", "Trấn Bá Sái")
    acts = [_activity(rs, d) for d in (5, 50, 400)]
    for act in acts:
        rs.link(act, "twinning", pair)
    sync_across(a, b, tmp_path / "s1.dnnd")
    assert stored(b.ctx)[pair] == (3, TODAY - dt.timedelta(days=5)) and stored(b.ctx) == recounted(b.ctx)
    rs.delete("activity", acts[0])
    rs.unlink(acts[1], "twinning", pair)
    rs.link(acts[1], "twinning", other)
    rs.update("activity", acts[2], {"start_date": TODAY - dt.timedelta(days=300)})
    sync_across(a, b, tmp_path / "s2.dnnd")
    assert stored(b.ctx)[pair] == (1, TODAY - dt.timedelta(days=300))
    assert stored(b.ctx)[other] == (1, TODAY - dt.timedelta(days=50))
    assert stored(b.ctx) == recounted(b.ctx)


def test_purging_tombstones_keeps_the_figures(ctx):  # noqa: F811
    from dnnd_desktop.services.sync.tombstones import purge_tombstones

    rs = RecordService(ctx)
    keep, gone = _pair(rs, "Bản Lếch Mông"), _pair(rs, "Xã A Mú Sung", "Trấn Bá Sái")
    x, y = _activity(rs, 7), _activity(rs, 70)
    for act in (x, y):
        rs.link(act, "twinning", keep)
        rs.link(act, "twinning", gone)
    rs.delete("activity", y)
    rs.delete("twinning", gone)
    with ctx.session() as s:
        purged = purge_tombstones(s).purged
    assert purged.get("activity") == 1 and purged.get("twinning") == 1
    assert stored(ctx) == recounted(ctx) == {keep: (1, TODAY - dt.timedelta(days=7))}


def test_the_revision_fills_existing_rows(ctx):  # noqa: F811
    from alembic import command

    from tests.support.migrations import own_database_config

    rs = RecordService(ctx)
    a, idle = _pair(rs, "Bản Lếch Mông"), _pair(rs, "Thôn Trung Đô", "Bản Mò")
    for d in (12, 30):
        rs.link(_activity(rs, d), "twinning", a)
    gone = _activity(rs, 1)
    rs.link(gone, "twinning", a)
    rs.delete("activity", gone)
    cfg = own_database_config(ctx)
    command.downgrade(cfg, "0021")
    command.upgrade(cfg, "head")
    assert stored(ctx) == recounted(ctx) == {a: (2, TODAY - dt.timedelta(days=12)), idle: (0, None)}
    rs.link(_activity(rs, 4), "twinning", idle)                  # the triggers are back
    assert stored(ctx)[idle] == (1, TODAY - dt.timedelta(days=4))


@pytest.mark.sqlite_only("SQLite triggers dropped by a table rebuild")
def test_triggers_a_table_rebuild_dropped_are_recreated_with_the_search_indexes(ctx):  # noqa: F811
    from sqlalchemy import text

    rs = RecordService(ctx)
    a = _pair(rs, "Bản Lếch Mông")
    with ctx.session() as s:   # what an Alembic batch rebuild of the links leaves: no triggers
        s.execute(text("DROP TRIGGER twinning_stats_link_ai"))
    rs.link(_activity(rs, 9), "twinning", a)                     # missed
    assert stored(ctx)[a] == (0, None)
    RecordQueryService(ctx).page("twinning")                     # the first list read repairs
    assert stored(ctx)[a] == (1, TODAY - dt.timedelta(days=9))
    rs.link(_activity(rs, 2), "twinning", a)
    assert stored(ctx)[a] == (2, TODAY - dt.timedelta(days=2))


# Messy on purpose: names that differ only by their marks, a pair of the same name twice, no
# country, a code the catalogue groups, pairs without activities, ties in count and in date.
PAIRS = [("Bản Lếch Mông", "CN", "village_village", "active"), ("Ban Lech Mong", "CN", "village_village", "paused"),
         ("Xã A Mú Sung", "CN", "commune_commune", "active"), ("Thôn Trung Đô", None, "village_village", "ended"),
         ("Đồn Biên phòng Bát Xát", "CN", "border_post_village", "active"),
         ("Ánh Dương", "LA", "village_village", "active"),
         ("Anh Dũng", "LA", "commune_commune", "active"), ("Bản Mò", "CN", "village_village", "active"),
         ("Bản Mò", "LA", "village_village", "active"), ("Ơn Trên", None, "cluster", "paused"),
         ("Y Tý", "CN", "commune_commune", "active")]


@pytest.fixture
def pairs(ctx):  # noqa: F811
    from dnnd_desktop.domain.record_kinds import vocabulary_terms

    kinds = {t.code for t in vocabulary_terms("twinning_kind")}
    statuses = {t.code for t in vocabulary_terms("twinning_status")}
    rs = RecordService(ctx)
    ids = []
    for i, (local, country, kind, status) in enumerate(PAIRS):
        ids.append(_pair(rs, local, f"Bên kia {i % 4}", counterpart_country=country,
                         kind=kind if kind in kinds else "village_village",
                         status=status if status in statuses else "active",
                         signed_date=dt.date(2015 + i % 5, 1, 1) if i % 3 else None))
    acts = [_activity(rs, d) for d in (3, 3, 40, 200, 400, 800)]   # two on the same day
    for i, pid in enumerate(ids):
        for j in range(i % 4):                                     # 0..3 activities per pair
            rs.link(acts[(i + j) % len(acts)], "twinning", pid)
    rs.delete("twinning", ids[5])
    return ctx


def test_every_twinning_sort_matches_a_python_sort_with_the_vietnamese_key(pairs, on_postgres):  # noqa: F811
    qs = RecordQueryService(pairs)
    spec = kind_spec("twinning")
    everything = qs.page("twinning", ListQuery(), 0, 1000)
    assert len(everything) == len(PAIRS) - 1
    # Counted by hand from the fixture: pair i has i % 4 links; pair 5 is deleted.
    assert sorted(r.values["activity_count"] for r in everything) == sorted(i % 4 for i in range(11) if i != 5)
    assert stored(pairs) == recounted(pairs)
    for column in spec.list_columns:
        for descending in (False, True):
            want = [r.id for r in _python_order(spec, everything, column, descending, nulls_low=not on_postgres)]
            query = ListQuery(sort=column, descending=descending)
            for backwards in (False, True):
                got = [r.id for r in _read_all(qs, "twinning", query, backwards)]
                assert got == want, (column, descending, backwards)


def test_sorting_twinnings_by_their_figures_reads_the_stored_columns(pairs):
    from sqlalchemy import event

    seen: list[str] = []

    def record(_conn, _cursor, statement, *_args):
        seen.append(statement)

    event.listen(pairs.engine, "before_cursor_execute", record)
    try:
        for column in ("activity_count", "last_activity_date", "dormant"):
            RecordQueryService(pairs).page("twinning", ListQuery(sort=column), 0, 5)
    finally:
        event.remove(pairs.engine, "before_cursor_execute", record)
    assert any("ORDER BY twinnings.activity_count" in s for s in seen)
    assert not any("activity_twinnings" in s for s in seen)      # no count or max over the links


def test_the_demo_bulk_load_keeps_the_figures(ctx):  # noqa: F811
    from dnnd_desktop.services.demo import fill_demo

    fill_demo(ctx, households=150, activities=300, seed=5)       # links inserted in bulk, then the pairs
    figures = stored(ctx)
    assert figures == recounted(ctx) and sum(n for n, _d in figures.values()) > 0
