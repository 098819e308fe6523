"""The households export reads two streams, households and persons, in the list's order and merges
them (issue 12, speed): every person lands under its own household, in name order, with the
page's search, filter and sort; and if the two streams ever disagreed, the export fails rather
than leave anyone out silently."""
from __future__ import annotations

import pytest

from dnnd_desktop.services.excel import list_source
from dnnd_desktop.services.records import ListQuery, RecordService


def _office(ctx):
    svc = RecordService(ctx)
    ids = {}
    for head, members in (("Lò Văn Một", ["Lò Thị Xuân", "Lò Thị An", "Lò Văn Bình"]),
                          ("Vàng Seo Hai", []),
                          ("Đỗ Văn Ba", ["Đỗ Thị Én"]),
                          ("Bùi Văn Bốn", ["Bùi Thị Gấm", "Bùi Văn Phúc"])):
        hid = svc.create("household", {"head_name": head}).id
        ids[head] = hid
        for name in members:
            svc.create("person", {"household_id": hid, "full_name": name})
    gone = svc.create("person", {"household_id": ids["Đỗ Văn Ba"], "full_name": "Đỗ Văn Đã Xoá"}).id
    svc.delete("person", gone)
    return ids


def _groups(ctx, query=None):
    with ctx.session() as s:
        h_at, p_at, groups = list_source.household_person_groups(ctx, s, query, ["head_name"], ["full_name"])
        return [(h[h_at["head_name"]], [p[p_at["full_name"]] for p in persons]) for h, persons in groups]


def test_persons_follow_their_household_in_name_order(ctx):
    _office(ctx)
    # By hand: households by the head's name (Vietnamese order: B, Đ, L, V), persons by full name,
    # the deleted person left out, the household without persons kept with none.
    assert _groups(ctx) == [("Bùi Văn Bốn", ["Bùi Thị Gấm", "Bùi Văn Phúc"]),
                            ("Đỗ Văn Ba", ["Đỗ Thị Én"]),
                            ("Lò Văn Một", ["Lò Thị An", "Lò Thị Xuân", "Lò Văn Bình"]),
                            ("Vàng Seo Hai", [])]
    # The page's search and reversed sort hold for both streams.
    assert _groups(ctx, ListQuery(sort="head_name", descending=True)) == [
        ("Vàng Seo Hai", []), ("Lò Văn Một", ["Lò Thị An", "Lò Thị Xuân", "Lò Văn Bình"]),
        ("Đỗ Văn Ba", ["Đỗ Thị Én"]), ("Bùi Văn Bốn", ["Bùi Thị Gấm", "Bùi Văn Phúc"])]
    assert _groups(ctx, ListQuery(search="Lò")) == [("Lò Văn Một", ["Lò Thị An", "Lò Thị Xuân", "Lò Văn Bình"])]


def test_streams_that_disagree_fail_instead_of_dropping_persons(ctx, monkeypatch):
    _office(ctx)
    real = list_source._stream
    calls = []

    def persons_reversed(s, stmt):
        calls.append(stmt)
        rows = list(real(s, stmt))
        return iter(rows[::-1] if len(calls) == 2 else rows)   # the second stream is the persons'
    monkeypatch.setattr(list_source, "_stream", persons_reversed)
    with pytest.raises(RuntimeError, match="does not follow"):
        _groups(ctx)


def test_streamed_rows_are_sqlalchemys_rows_also_across_batches_and_with_conversions(ctx):
    """storage.dialect.streamed_rows: on SQLite the driver's own tuples where nothing needs converting
    (texts, integers), SQLAlchemy's converted values where something does (a date, a boolean)."""
    import datetime as dt

    from sqlalchemy import select

    from dnnd_desktop.storage.dialect import streamed_rows
    from dnnd_desktop.storage.models.records import Household, OverseasPerson

    _office(ctx)
    svc = RecordService(ctx)
    for i in range(7):
        svc.create("household", {"head_name": f"Hộ {i}", "head_birth_year": 1950 + i})
    plain = select(Household.head_name, Household.head_birth_year, Household.id).order_by(Household.id)
    converted = select(OverseasPerson.full_name, OverseasPerson.deleted, OverseasPerson.created_at).order_by(
        OverseasPerson.id)
    with ctx.session() as s:
        conn = s.connection()
        for stmt in (plain, converted):
            expected = [tuple(r) for r in conn.execute(stmt)]
            got = [tuple(r) for r in streamed_rows(conn, stmt, 3)]   # batches of 3: several hand-overs
            assert got == expected and len(got) >= 7
        heads = [tuple(r) for r in streamed_rows(conn, plain, 3)]
        assert sorted(h[0] for h in heads if h[0].startswith("Hộ ")) == [f"Hộ {i}" for i in range(7)]
        assert {h[1] for h in heads if h[0] == "Hộ 3"} == {1953}
        person = next(iter(streamed_rows(conn, converted, 3)))
        # Converted, as SQLAlchemy does. Which person comes first by id is chance (ids are random within
        # one computer and one moment) and _office's persons include a deleted one.
        assert isinstance(person[1], bool) and isinstance(person[2], dt.datetime)


def test_a_whole_list_in_name_order_holds_ties_renamed_heads_and_tombstoned_households(ctx):
    """The whole list in the head's name order reads the persons by the copy of their head's sort key
    (list_source._groups_by_head): ties between heads of the same name, a head renamed after their
    persons were added, and a household tombstoned (as a package from another office can) while a
    person of it is still live must all come out as the households stream has them."""
    from sqlalchemy import update

    from dnnd_desktop.storage.models.records import Household

    svc = RecordService(ctx)
    twins = [svc.create("household", {"head_name": "Lò Văn Cường"}).id for _ in range(3)]
    for i, hid in enumerate(twins):
        for name in (f"Lò Thị Con {i}", f"Lò Văn Cháu {i}"):
            svc.create("person", {"household_id": hid, "full_name": name})
    renamed = svc.create("household", {"head_name": "Vàng Seo Dào"}).id
    svc.create("person", {"household_id": renamed, "full_name": "Vàng Thị Mỷ"})
    svc.update("household", renamed, {"head_name": "Bùi Văn Ánh"})
    gone = svc.create("household", {"head_name": "Đinh Văn Gone"}).id
    svc.create("person", {"household_id": gone, "full_name": "Đinh Thị Còn Sống"})
    with ctx.session() as s:
        s.execute(update(Household).where(Household.id == gone).values(deleted=True))

    def listed(query):
        with ctx.session() as s:
            h_at, p_at, groups = list_source.household_person_groups(ctx, s, query, ["head_name"], ["full_name"])
            return [(h[h_at["id"]], [p[p_at["full_name"]] for p in persons]) for h, persons in groups]

    # By hand: Bùi before Lò (the renamed head sorts by the new name), the three Lò Văn Cường by
    # their ids, each with its own two persons in name order; the tombstoned household and its live
    # person nowhere.
    by_id = sorted(twins)
    expected = [(renamed, ["Vàng Thị Mỷ"])] + [(hid, [f"Lò Thị Con {twins.index(hid)}",
                                                       f"Lò Văn Cháu {twins.index(hid)}"]) for hid in by_id]
    assert listed(ListQuery()) == expected
    assert listed(ListQuery(sort="head_name", descending=True)) == expected[::-1]


@pytest.mark.sqlite_only("reads SQLite's query plans")
def test_a_whole_list_reads_covering_indexes_or_whole_tables_and_a_filtered_one_by_index(ctx, monkeypatch):
    """On SQLite the whole list's two streams read their covering indexes, already in order, when
    the export asks only for the columns those hold (its default, without sensitive fields); with
    other columns they scan their tables (NOT INDEXED) and sort. Either way a 100k-row export reads
    each page once instead of a page per row (storage/sqlite.for_whole_list). A searched list keeps
    the indexes that find its few rows."""
    from dnnd_desktop.services.excel.export_service import export_columns

    _office(ctx)
    seen = []
    real = list_source._stream

    def plans(s, stmt):
        compiled = stmt.compile(dialect=s.get_bind().dialect)
        params = [compiled.params[k] for k in compiled.positiontup or ()]
        driver = s.connection().connection.driver_connection
        seen.append(" | ".join(r[-1] for r in driver.execute("EXPLAIN QUERY PLAN " + str(compiled), params)))
        return real(s, stmt)
    monkeypatch.setattr(list_source, "_stream", plans)

    def read(query=None, sensitive=False):
        seen.clear()
        cols = export_columns("household", include_sensitive=sensitive)
        with ctx.session() as s:
            _h, _p, groups = list_source.household_person_groups(
                ctx, s, query, [c.name for c in cols if c.record_kind == "household"],
                [c.name for c in cols if c.record_kind == "person"])
            return sum(len(persons) for _household, persons in groups)

    assert read() == 6   # by hand: 3 + 0 + 1 + 2 live persons (_office)
    assert seen[0].startswith("SEARCH households USING COVERING INDEX ix_households_live_head_name_sort_covering"), seen
    assert seen[1].startswith("SEARCH persons USING COVERING INDEX ix_persons_live_household_head_sort_covering"), seen
    assert not any("TEMP B-TREE" in p for p in seen), seen
    assert read(ListQuery(sort="head_name", descending=True)) == 6   # an index reads backwards too
    assert "COVERING INDEX" in seen[0] and "COVERING INDEX" in seen[1] and not any("TEMP B-TREE" in p for p in seen)
    assert read(sensitive=True) == 6   # columns the indexes do not hold: whole tables, sorted
    assert all(p.startswith("SCAN") and "TEMP B-TREE FOR ORDER BY" in p for p in seen), seen
    assert read(ListQuery(sort="head_birth_year")) == 6   # whole, another order: households scanned, persons joined
    assert seen[0].startswith("SCAN households") and "SCAN persons" not in seen[1], seen
    assert read(ListQuery(search="Lò")) == 3
    assert not any(p.startswith("SCAN households") or p.startswith("SCAN persons") for p in seen), seen
