"""households.person_count (revision 0020) stays exactly the number of live persons of each
household, and persons.household_head_sort its head's sort key, after every write path: the record
writer (create, move, delete, rename, anonymise, delete with dependents), Excel import, sync apply,
and the revision's fill of existing rows."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select
from test_packages_world import sync_across
from test_record_fixtures import ctx, data_dir, installed_template  # noqa: F401 - fixtures

from dnnd_desktop.services.excel import import_excel
from dnnd_desktop.services.records import ListQuery, RecordQueryService, RecordService
from dnnd_desktop.storage.models import Household, OverseasPerson

sys.path.insert(0, str(Path(__file__).parents[1] / "fixtures" / "excel"))
import excel_builders as xb  # noqa: E402


def stored(c) -> dict[str, int]:
    with c.session() as s:
        return dict(s.execute(select(Household.id, Household.person_count)).all())


def recounted(c) -> dict[str, int]:
    with c.session() as s:
        live = dict(s.execute(select(OverseasPerson.household_id, func.count())
                              .where(OverseasPerson.deleted.is_(False), OverseasPerson.household_id.is_not(None))
                              .group_by(OverseasPerson.household_id)).all())
        return {h: live.get(h, 0) for h in s.scalars(select(Household.id))}


def stored_heads(c) -> dict[str, str | None]:
    with c.session() as s:
        return dict(s.execute(select(OverseasPerson.id, OverseasPerson.household_head_sort)).all())


def copied_heads(c) -> dict[str, str | None]:
    with c.session() as s:
        heads = dict(s.execute(select(Household.id, Household.head_name_sort)).all())
        return {p: heads.get(h) for p, h in s.execute(select(OverseasPerson.id, OverseasPerson.household_id))}


def test_every_record_writer_change_keeps_the_heads_key(ctx):  # noqa: F811
    from dnnd_desktop.domain.text import sort_key

    rs = RecordService(ctx)
    a = rs.create("household", {"head_name": "Vàng Seo Phủ"}).id
    b = rs.create("household", {"head_name": "Lò Thị Mai"}).id
    p1 = rs.create("person", {"household_id": a, "full_name": "Vàng Thị Mỷ"}).id
    p2 = rs.create("person", {"household_id": a, "full_name": "Vàng A Dơ"}).id
    alone = rs.create("person", {"full_name": "Giàng A Lử"}).id
    assert stored_heads(ctx) == {p1: sort_key("Vàng Seo Phủ"), p2: sort_key("Vàng Seo Phủ"), alone: None}
    rs.update("household", a, {"head_name": "Đỗ Văn Dương"})         # renamed: its persons follow
    assert stored_heads(ctx)[p1] == sort_key("Đỗ Văn Dương")
    rs.update("person", p2, {"household_id": b})                        # moved
    assert stored_heads(ctx)[p2] == sort_key("Lò Thị Mai")
    rs.update("person", p2, {"household_id": None})                     # left its household
    assert stored_heads(ctx)[p2] is None
    rs.anonymise("household", a)
    assert stored_heads(ctx) == copied_heads(ctx)
    rows = RecordQueryService(ctx).page("person", ListQuery(sort="household_head"))
    assert len(rows) == 3


def test_every_record_writer_change_keeps_the_count(ctx):  # noqa: F811
    rs = RecordService(ctx)
    a = rs.create("household", {"head_name": "Vàng Seo Phủ"}).id
    b = rs.create("household", {"head_name": "Lò Thị Mai"}).id
    p1, p2, p3 = (rs.create("person", {"household_id": a, "full_name": n}).id
                  for n in ("Vàng Thị Mỷ", "Vàng A Dơ", "Vàng Seo Sử"))
    rs.create("person", {"full_name": "Giàng A Lử"})             # no household: counted nowhere
    assert stored(ctx)[a] == 3 and stored(ctx)[b] == 0 and stored(ctx) == recounted(ctx)
    rs.update("person", p2, {"household_id": b})                    # moved
    assert (stored(ctx)[a], stored(ctx)[b]) == (2, 1)
    rs.update("person", p1, {"full_name": "Vàng Thị Mỹ"})           # no change of household: same count
    assert (stored(ctx)[a], stored(ctx)[b]) == (2, 1)
    rs.delete("person", p3)                                          # a tombstone no longer counts
    assert stored(ctx)[a] == 1
    rs.anonymise("person", p1)
    assert stored(ctx) == recounted(ctx)
    rs.delete("household", b)                                        # with its person
    assert stored(ctx) == recounted(ctx) and stored(ctx)[b] == 0
    # The list shows and sorts by the stored count.
    rows = RecordQueryService(ctx).page("household", ListQuery(sort="person_count", descending=True))
    assert [r.values["person_count"] for r in rows] == sorted(recounted(ctx)[r.id] for r in rows)[::-1]


def test_excel_import_keeps_the_count(ctx, tmp_path):  # noqa: F811
    path = xb.households_file(tmp_path / "ho.xlsx", title="DANH SÁCH HỘ THÂN NHÂN KIỀU BÀO")
    result, _preview = import_excel(ctx, "households", path)
    assert result.records_created == {"household": 3, "person": 4}
    counts = stored(ctx)
    assert counts == recounted(ctx) and sum(counts.values()) == 4
    assert stored_heads(ctx) == copied_heads(ctx) and None not in stored_heads(ctx).values()
    with ctx.session() as s:   # by hand: Lò Thị Phượng's household holds two of the four persons
        phuong = s.scalars(select(Household.id).where(Household.head_name == "Lò Thị Phượng")).one()
    assert counts[phuong] == 2


def test_sync_apply_keeps_the_count(world, tmp_path):
    a, b = world["a"], world["province"]
    rs = RecordService(a.ctx)
    h = rs.create("household", {"head_name": "Vàng Seo Phủ"}).id
    h2 = rs.create("household", {"head_name": "Lò Văn Tám"}).id
    persons = [rs.create("person", {"household_id": h, "full_name": f"Vàng Thị {n}"}).id for n in "ABC"]
    sync_across(a, b, tmp_path / "s1.dnnd")
    assert stored(b.ctx)[h] == 3 and stored(b.ctx) == recounted(b.ctx)
    assert stored_heads(b.ctx) == copied_heads(b.ctx) and stored_heads(b.ctx)[persons[0]] is not None
    rs.delete("person", persons[0])
    rs.update("person", persons[1], {"household_id": h2})
    sync_across(a, b, tmp_path / "s2.dnnd")
    assert (stored(b.ctx)[h], stored(b.ctx)[h2]) == (1, 1) and stored(b.ctx) == recounted(b.ctx)
    assert stored_heads(b.ctx) == copied_heads(b.ctx)


def test_the_revision_fills_existing_rows(ctx):  # noqa: F811
    from alembic import command
    from alembic.script import ScriptDirectory

    from tests.support.migrations import own_database_config

    rs = RecordService(ctx)
    h = rs.create("household", {"head_name": "Vàng Seo Phủ"}).id
    for n in ("Vàng Thị Mỷ", "Vàng A Dơ"):
        rs.create("person", {"household_id": h, "full_name": n})
    rs.delete("person", rs.create("person", {"household_id": h, "full_name": "Vàng Seo Sử"}).id)
    cfg = own_database_config(ctx)
    before = ScriptDirectory.from_config(cfg).get_revision("0020").down_revision
    command.downgrade(cfg, str(before))
    command.upgrade(cfg, "head")
    assert stored(ctx)[h] == 2 and stored(ctx) == recounted(ctx)
    assert stored_heads(ctx) == copied_heads(ctx) and None not in stored_heads(ctx).values()
    p = rs.create("person", {"household_id": h, "full_name": "Vàng A Páo"}).id   # the triggers are back
    assert stored(ctx)[h] == 3 and stored_heads(ctx)[p] == copied_heads(ctx)[p] is not None


def test_purging_tombstones_keeps_counts_and_keys(ctx):  # noqa: F811
    # Erasure for good: tombstones are deleted from the tables (no recipient holds them here).
    from dnnd_desktop.services.sync.tombstones import purge_tombstones

    rs = RecordService(ctx)
    h = rs.create("household", {"head_name": "Vàng Seo Phủ"}).id
    keep = rs.create("person", {"household_id": h, "full_name": "Vàng Thị Mỷ"}).id
    rs.delete("person", rs.create("person", {"household_id": h, "full_name": "Vàng A Dơ"}).id)
    gone = rs.create("household", {"head_name": "Lò Văn Tám"}).id
    rs.create("person", {"household_id": gone, "full_name": "Lò Thị Mai"})
    rs.delete("household", gone)                                   # with its person
    with ctx.session() as s:
        purged = purge_tombstones(s).purged
    assert purged.get("person") == 2 and purged.get("household") == 1
    assert stored(ctx) == recounted(ctx) == {h: 1}
    assert stored_heads(ctx) == copied_heads(ctx) and set(stored_heads(ctx)) == {keep}


@pytest.mark.sqlite_only("SQLite triggers dropped by a table rebuild")
def test_triggers_a_table_rebuild_dropped_are_recreated_with_the_search_indexes(ctx):  # noqa: F811
    from sqlalchemy import text

    rs = RecordService(ctx)
    h = rs.create("household", {"head_name": "Vàng Seo Phủ"}).id
    with ctx.session() as s:   # what an Alembic batch rebuild of persons leaves: no triggers
        s.execute(text("DROP TRIGGER persons_count_ai"))
        s.execute(text("DROP TRIGGER persons_head_ai"))
    p = rs.create("person", {"household_id": h, "full_name": "Vàng Thị Mỷ"}).id   # missed
    assert stored(ctx)[h] == 0 and stored_heads(ctx)[p] is None
    RecordQueryService(ctx).page("household")          # the first list read repairs
    assert stored(ctx)[h] == 1 and stored_heads(ctx) == copied_heads(ctx)
    rs.create("person", {"household_id": h, "full_name": "Vàng A Dơ"})
    assert stored(ctx)[h] == 2
