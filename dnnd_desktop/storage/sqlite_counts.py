"""SQLite: the triggers that keep households.person_count and persons.household_head_sort exact
(revision 0020 creates them).

A table rebuild (Alembic batch mode, in a later revision) drops a table's triggers; the search
indexes' repair (record_queries.ensure_search_index, through sqlite.broken_search_indexes) then
re-creates these too and recounts every household, so no write is ever counted wrong for long.
The statements are revision 0020's.
"""
from __future__ import annotations

TRIGGERS = {
    "persons_count_ai":
        "CREATE TRIGGER persons_count_ai AFTER INSERT ON persons "
        "WHEN new.deleted = 0 AND new.household_id IS NOT NULL BEGIN "
        "UPDATE households SET person_count = person_count + 1 WHERE id = new.household_id; END",
    "persons_count_ad":
        "CREATE TRIGGER persons_count_ad AFTER DELETE ON persons "
        "WHEN old.deleted = 0 AND old.household_id IS NOT NULL BEGIN "
        "UPDATE households SET person_count = person_count - 1 WHERE id = old.household_id; END",
    "persons_count_au":
        "CREATE TRIGGER persons_count_au AFTER UPDATE OF household_id, deleted ON persons "
        "WHEN old.household_id IS NOT new.household_id OR old.deleted IS NOT new.deleted BEGIN "
        "UPDATE households SET person_count = person_count - 1 WHERE id = old.household_id AND old.deleted = 0; "
        "UPDATE households SET person_count = person_count + 1 WHERE id = new.household_id AND new.deleted = 0; END",
    "households_count_ai":
        "CREATE TRIGGER households_count_ai AFTER INSERT ON households "
        "WHEN EXISTS (SELECT 1 FROM persons WHERE household_id = new.id) BEGIN "
        "UPDATE households SET person_count = (SELECT count(*) FROM persons "
        "WHERE household_id = new.id AND deleted = 0) WHERE id = new.id; END",
    "persons_head_ai":
        "CREATE TRIGGER persons_head_ai AFTER INSERT ON persons WHEN new.household_id IS NOT NULL BEGIN "
        "UPDATE persons SET household_head_sort = (SELECT head_name_sort FROM households "
        "WHERE id = new.household_id) WHERE rowid = new.rowid; END",
    "persons_head_au":
        "CREATE TRIGGER persons_head_au AFTER UPDATE OF household_id ON persons "
        "WHEN old.household_id IS NOT new.household_id BEGIN "
        "UPDATE persons SET household_head_sort = (SELECT head_name_sort FROM households "
        "WHERE id = new.household_id) WHERE rowid = new.rowid; END",
    "households_head_ai":
        "CREATE TRIGGER households_head_ai AFTER INSERT ON households "
        "WHEN EXISTS (SELECT 1 FROM persons WHERE household_id = new.id) BEGIN "
        "UPDATE persons SET household_head_sort = new.head_name_sort WHERE household_id = new.id; END",
    "households_head_au":
        "CREATE TRIGGER households_head_au AFTER UPDATE OF head_name_sort ON households "
        "WHEN old.head_name_sort IS NOT new.head_name_sort BEGIN "
        "UPDATE persons SET household_head_sort = new.head_name_sort WHERE household_id = new.id; END",
    "households_head_ad":
        "CREATE TRIGGER households_head_ad AFTER DELETE ON households BEGIN "
        "UPDATE persons SET household_head_sort = NULL WHERE household_id = old.id; END",
}

RECOUNT = ("UPDATE households SET person_count = (SELECT count(*) FROM persons "
           "WHERE persons.household_id = households.id AND persons.deleted = 0)")
RECOPY = ("UPDATE persons SET household_head_sort = (SELECT head_name_sort FROM households "
          "WHERE households.id = persons.household_id)")


def counts_broken(conn) -> bool:
    """True when the store has the stored counts (revision 0020) but misses one of their triggers."""
    from sqlalchemy import text

    columns = {r[1] for r in conn.execute(text("PRAGMA table_info(households)"))}
    if "person_count" not in columns:
        return False     # an older store: nothing to keep yet
    names = {r[0] for r in conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'"))}
    return not set(TRIGGERS) <= names


def install_counts(conn) -> None:
    """(Re-)create the triggers, recount every household and copy every head's key again."""
    from sqlalchemy import text

    for name, ddl in TRIGGERS.items():
        conn.execute(text(f"DROP TRIGGER IF EXISTS {name}"))
        conn.execute(text(ddl))
    conn.execute(text(RECOUNT))
    conn.execute(text(RECOPY))
