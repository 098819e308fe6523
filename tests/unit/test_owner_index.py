"""The province's package to a commune selects in SQL only the rows that commune may receive
(issue 15): through `ix_<table>_owner_change` on both databases, and with the same result as the
old way (read every changed row, drop the others in Python) on a messy store of three communes."""
from __future__ import annotations

from sqlalchemy import text, update
from sqlalchemy.dialects import postgresql, sqlite
from test_recipients import people, province, send  # noqa: F401  (province: fixture)

from dnnd_desktop.domain.merge import exceeds
from dnnd_desktop.services.packages import import_package
from dnnd_desktop.services.records import RecordService
from dnnd_desktop.services.sync import change_points
from dnnd_desktop.services.sync.changeset import PEER_KINDS, collect_changeset, owner_rows
from dnnd_desktop.services.sync.recipients import entitlement
from dnnd_desktop.services.sync.sharing import share_records
from dnnd_desktop.services.sync.tables import table_of
from dnnd_desktop.storage.models import MODEL_BY_KIND, Household, OverseasPerson


def old_filter(s, ent, base, since):
    """The old way: every changed row of every owner read, the recipient's kept in Python."""
    out, read = set(), 0
    for kind in PEER_KINDS:
        table = table_of(MODEL_BY_KIND[kind])
        q = table.select()
        if since is not None:
            q = q.where(table.c.change_seq > since)
        for row in s.execute(q).mappings():
            read += 1
            if row["version"] and (not base or exceeds(row["version"], base)) \
                    and ent.allows(row["origin_office_id"], row["id"]):
                out.add((kind, row["id"]))
    return out, read


def sent(cs) -> set[tuple[str, str]]:
    import json

    return {(kind, json.loads(line)["id"]) for kind in cs.records for line in cs.lines(kind)}


def test_the_owner_query_equals_the_python_filter_on_a_messy_store(province, tmp_path):  # noqa: F811
    p, a, b, c = province["province"], province["a"], province["b"], province["c"]
    mine = {o.name: people(o, n) for o, n in ((a, 4), (b, 7), (c, 2))}
    for o in (a, b, c):
        import_package(p.ctx, send(o, p, tmp_path / f"up-{o.name}.dnnd"), p.secret)
    RecordService(b.ctx).delete("household", mine[b.name][0])         # a tombstone of b
    RecordService(a.ctx).update("household", mine[a.name][1], {"village": "Thôn Mới"})
    for o in (a, b):
        import_package(p.ctx, send(o, p, tmp_path / f"up2-{o.name}.dnnd"), p.secret)
    with p.ctx.session() as s:
        middle = change_points.store_point(s)
    RecordService(c.ctx).update("household", mine[c.name][0], {"village": "Bản Mới"})
    import_package(p.ctx, send(c, p, tmp_path / "up3-c.dnnd"), p.secret)
    RecordService(p.ctx).create("activity", {"title": "Hội nghị tỉnh", "activity_type": "conference",
                                             "start_date": "2026-03-02"})
    with p.ctx.session() as s:                                    # the mess a real store has
        s.execute(update(Household).where(Household.id == mine[b.name][1]).values(origin_office_id=None))
        s.execute(update(OverseasPerson).where(OverseasPerson.household_id == mine[c.name][1]).values(version={}))
    share_records(p.ctx, "household", [mine[b.name][2]], a.id)         # one of b's, shared with a

    for o in (a, b, c):
        for base, since in (({}, None), ({b.ctx.installation.site_id: 1}, None), ({}, middle)):
            with p.ctx.session() as s:
                ent = entitlement(s, o.id)
                expected, read_before = old_filter(s, ent, base, since)
                cs = collect_changeset(s, p.ctx, base, kinds=PEER_KINDS, since=since, entitled=ent)
            assert sent(cs) == expected, (o.name, base, since)
            assert cs.rows_read < read_before, (o.name, base, since)   # the others' rows are not read
    # by hand: a gets its 4 households + 4 persons, and b's shared household
    with p.ctx.session() as s:
        cs = collect_changeset(s, p.ctx, {}, kinds=PEER_KINDS, entitled=entitlement(s, a.id))
    assert cs.counts == {"household": 5, "person": 4}


def test_the_owner_query_uses_the_owner_index(ctx):
    """On the database the suite runs on (SQLite, or PostgreSQL with --database=postgres)."""
    from dnnd_desktop.services.sync.recipients import Entitlement

    ent = Entitlement("xa-1", frozenset({"xa-1"}), frozenset())
    table = table_of(Household)
    q = owner_rows(table, ent, [table.c.id, table.c.version, table.c.origin_office_id], 5)
    with ctx.session() as s:   # a province's store: 60 communes' rows, changed in many transactions
        s.execute(table.insert(), [{"id": f"h-{i}", "origin_office_id": f"xa-{i % 60}", "version": {"s": 1},
                                    "head_name": f"Hộ {i}", "change_seq": i // 30} for i in range(6000)])
        s.execute(text("ANALYZE"))
    with ctx.session() as s:
        if s.get_bind().dialect.name == "postgresql":
            s.execute(text("SET LOCAL enable_seqscan = off"))   # an empty table: make the planner show its choice
            sql = str(q.compile(dialect=postgresql.dialect(), compile_kwargs={"literal_binds": True}))
            plan = " ".join(str(r[0]) for r in s.execute(text("EXPLAIN " + sql)))
        else:
            sql = str(q.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))
            plan = " ".join(str(r[-1]) for r in s.execute(text("EXPLAIN QUERY PLAN " + sql)))
    assert "ix_households_owner_change" in plan, plan
