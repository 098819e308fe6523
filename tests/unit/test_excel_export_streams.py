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
