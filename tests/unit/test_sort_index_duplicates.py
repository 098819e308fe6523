"""Revision 0024: the single-column sort-key indexes are gone (every insert wrote them, no query
read them); the "live" index (deleted, key, id) of each kind still orders its list (issue 15)."""
from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import text

from dnnd_desktop.storage.migrate import upgrade

SORT_KEYS = {"activities": "title_sort", "households": "head_name_sort", "persons": "full_name_sort",
             "twinnings": "local_name_sort", "partners": "name_sort", "border_groups": "name_sort",
             "relatives_associations": "name_sort", "training_courses": "title_sort",
             "propaganda_products": "title_sort"}


def _indexes(con: sqlite3.Connection) -> set[str]:
    return {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}


def test_upgrade_drops_the_duplicates_and_keeps_the_live_indexes_and_the_rows(tmp_path):
    db = tmp_path / "dnnd.sqlite3"
    upgrade(db, tmp_path / "b", target="0021")
    con = sqlite3.connect(db)
    before = _indexes(con)
    assert {f"ix_{t}_{c}" for t, c in SORT_KEYS.items()} <= before
    con.execute("INSERT INTO households (id, head_name, head_name_sort, search_text, deleted, version, field_stamps, "
                "created_at, updated_at) VALUES ('h1', 'Vàng Seo Phủ', 'vang seo phu', 'vang seo phu', 0, '{}', '{}', "
                "'2026-01-01 00:00:00', '2026-01-01 00:00:00')")
    con.commit()
    con.close()
    upgrade(db, tmp_path / "b", target="0024")   # (0026 widens two of the live indexes on SQLite)
    con = sqlite3.connect(db)
    after = _indexes(con)
    assert before - after == {f"ix_{t}_{c}" for t, c in SORT_KEYS.items()}
    assert {f"ix_{t}_live_{c}" for t, c in SORT_KEYS.items()} <= after
    assert con.execute("SELECT head_name FROM households").fetchall() == [("Vàng Seo Phủ",)]
    con.close()


@pytest.mark.sqlite_only
@pytest.mark.parametrize("table", sorted(SORT_KEYS))
def test_a_list_sorted_by_name_reads_the_live_index(ctx, table):
    column = SORT_KEYS[table]
    with ctx.session() as s:
        plan = " ".join(str(r[-1]) for r in s.execute(text(
            f"EXPLAIN QUERY PLAN SELECT id FROM {table} WHERE deleted = 0 ORDER BY {column}, id LIMIT 50")))
    assert f"ix_{table}_live_{column}" in plan and "TEMP B-TREE" not in plan


def test_a_store_that_already_lost_one_of_those_indexes_still_upgrades(tmp_path):
    """A data folder seen in this project had none of the single-column sort-key indexes (dropped
    on a copy to measure them); the revision that drops them refused to run there ("no such
    index") and the app could not open its data."""
    db = tmp_path / "dnnd.sqlite3"
    upgrade(db, tmp_path / "b", target="0022")
    con = sqlite3.connect(db)
    con.execute("DROP INDEX ix_activities_title_sort")
    con.commit()
    con.close()
    upgrade(db, tmp_path / "b", target="0024")   # (0026 widens two of the live indexes on SQLite)
    con = sqlite3.connect(db)
    after = _indexes(con)
    assert not {f"ix_{t}_{c}" for t, c in SORT_KEYS.items()} & after
    assert {f"ix_{t}_live_{c}" for t, c in SORT_KEYS.items()} <= after
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] >= "0024"
    con.close()
