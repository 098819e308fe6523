"""Revision 0026 (issue 12, export speed): on SQLite the households' and persons' default-order
indexes also carry the columns an export of the whole list reads, so that export reads them in
order and nothing else; the list pages read the same leading columns as before."""
from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import select, text

from dnnd_desktop.storage.migrate import upgrade
from dnnd_desktop.storage.models.records import Household, OverseasPerson
from dnnd_desktop.storage.sqlite import covering_index

NARROW = {"households": "ix_households_live_head_name_sort", "persons": "ix_persons_live_household_head_sort"}


def _indexes(db) -> dict[str, list[str]]:
    con = sqlite3.connect(db)
    try:
        return {name: [r[2] for r in con.execute(f"PRAGMA index_info('{name}')")]
                for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'ix_%'")}
    finally:
        con.close()


def test_upgrade_widens_the_two_indexes_keeps_their_leading_columns_and_the_rows(tmp_path):
    db = tmp_path / "dnnd.sqlite3"
    upgrade(db, tmp_path / "b", target="0025")
    con = sqlite3.connect(db)
    con.execute("INSERT INTO households (id, head_name, head_name_sort, search_text, deleted, version, field_stamps, "
                "created_at, updated_at, person_count) VALUES ('h1', 'Vàng Seo Phủ', 'vang seo phu', 'vang seo phu', "
                "0, '{}', '{}', '2026-01-01 00:00:00', '2026-01-01 00:00:00', 0)")
    con.commit()
    con.close()
    before = _indexes(db)
    upgrade(db, tmp_path / "b")
    after = _indexes(db)
    for narrow in NARROW.values():
        assert narrow in before and narrow not in after
        wide = after[f"{narrow}_covering"]
        assert wide[:len(before[narrow])] == before[narrow]   # the list pages' order, unchanged
        assert "notes" in wide
    assert "full_name" in after["ix_persons_live_household_head_sort_covering"]
    con = sqlite3.connect(db)
    assert con.execute("SELECT head_name FROM households").fetchall() == [("Vàng Seo Phủ",)]
    con.close()


@pytest.mark.sqlite_only("reads SQLite's query plans")
@pytest.mark.parametrize(("table", "order"), [("households", "head_name_sort, id"),
                                               ("persons", "household_head_sort, id"),
                                               ("persons", "household_head_sort DESC, id DESC")])
def test_the_list_pages_read_the_covering_index_in_order(ctx, table, order):
    with ctx.session() as s:
        plan = " ".join(str(r[-1]) for r in s.execute(text(
            f"EXPLAIN QUERY PLAN SELECT id FROM {table} WHERE deleted = 0 ORDER BY {order} LIMIT 50 OFFSET 100")))
    assert f"{NARROW[table]}_covering" in plan and "TEMP B-TREE" not in plan, plan


def test_a_read_is_sent_to_the_covering_index_only_when_it_holds_all_it_needs():
    """storage/sqlite.covering_index: every column of the table the statement uses, and the order
    (all one way) right after `deleted`; anything else reads the table (NOT INDEXED)."""
    live = Household.deleted.is_(False)
    order = [Household.head_name_sort.asc(), Household.id.asc()]
    covered = select(Household.head_name, Household.phone, Household.id).where(live).order_by(*order)
    assert covering_index(covered, Household, order) == "ix_households_live_head_name_sort_covering"
    backwards = [Household.head_name_sort.desc(), Household.id.desc()]
    assert covering_index(covered.order_by(None).order_by(*backwards), Household, backwards) is not None
    # A sensitive field the index does not hold, in the columns or only in the filter:
    assert covering_index(select(Household.head_name, Household.ethnicity).where(live).order_by(*order),
                          Household, order) is None
    assert covering_index(select(Household.head_name).where(live, Household.religion.is_(None)).order_by(*order),
                          Household, order) is None
    # Another order, or one mixing directions:
    by_year = [Household.head_birth_year.asc(), Household.id.asc()]
    assert covering_index(select(Household.head_name).where(live).order_by(*by_year), Household, by_year) is None
    mixed = [Household.head_name_sort.asc(), Household.id.desc()]
    assert covering_index(select(Household.head_name).where(live).order_by(*mixed), Household, mixed) is None
    # Persons: a subquery on households does not count against the persons' index.
    p_order = [OverseasPerson.household_head_sort.asc(), OverseasPerson.id.asc()]
    persons = (select(OverseasPerson.full_name, OverseasPerson.household_id, OverseasPerson.full_name_sort)
               .where(OverseasPerson.deleted.is_(False),
                      OverseasPerson.household_id.not_in(select(Household.id).where(Household.ethnicity.is_(None))))
               .order_by(*p_order))
    assert covering_index(persons, OverseasPerson, p_order) == "ix_persons_live_household_head_sort_covering"
    assert covering_index(persons.add_columns(OverseasPerson.aspirations), OverseasPerson, p_order) is None
