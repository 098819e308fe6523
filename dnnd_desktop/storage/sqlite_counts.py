"""SQLite: the triggers that keep the stored list keys exact: households.person_count and
persons.household_head_sort (revision 0020), twinnings.activity_count and last_activity_date
(revision 0022).

A table rebuild (Alembic batch mode, in a later revision) drops a table's triggers; the search
indexes' repair (record_queries.ensure_search_index, through sqlite.broken_search_indexes) then
re-creates these too and recounts every household, so no write is ever counted wrong for long.
The statements are those of revisions 0020 and 0022.
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


# Revision 0022: each statement recomputes the pairs a change touches from their live links.
_OF_PAIR = ("FROM activity_twinnings l JOIN activities a ON a.id = l.activity_id "
            "WHERE l.twinning_id = twinnings.id AND l.deleted = 0 AND a.deleted = 0")
TWINNING_RECOUNT = ("UPDATE twinnings SET activity_count = (SELECT count(*) " + _OF_PAIR + "), "
                    "last_activity_date = (SELECT max(a.start_date) " + _OF_PAIR + ")")
_LINKED = "SELECT twinning_id FROM activity_twinnings WHERE activity_id = {ref}.id"
TWINNING_TRIGGERS = {
    "twinning_stats_link_ai":
        "CREATE TRIGGER twinning_stats_link_ai AFTER INSERT ON activity_twinnings BEGIN "
        f"{TWINNING_RECOUNT} WHERE id = new.twinning_id; END",
    "twinning_stats_link_ad":
        "CREATE TRIGGER twinning_stats_link_ad AFTER DELETE ON activity_twinnings BEGIN "
        f"{TWINNING_RECOUNT} WHERE id = old.twinning_id; END",
    "twinning_stats_link_au":
        "CREATE TRIGGER twinning_stats_link_au AFTER UPDATE OF twinning_id, activity_id, deleted "
        "ON activity_twinnings BEGIN "
        f"{TWINNING_RECOUNT} WHERE id IN (old.twinning_id, new.twinning_id); END",
    "twinning_stats_activity_ai":
        "CREATE TRIGGER twinning_stats_activity_ai AFTER INSERT ON activities "
        "WHEN EXISTS (SELECT 1 FROM activity_twinnings WHERE activity_id = new.id) BEGIN "
        f"{TWINNING_RECOUNT} WHERE id IN ({_LINKED.format(ref='new')}); END",
    "twinning_stats_activity_ad":
        "CREATE TRIGGER twinning_stats_activity_ad AFTER DELETE ON activities BEGIN "
        f"{TWINNING_RECOUNT} WHERE id IN ({_LINKED.format(ref='old')}); END",
    "twinning_stats_activity_au":
        "CREATE TRIGGER twinning_stats_activity_au AFTER UPDATE OF start_date, deleted ON activities "
        "WHEN old.start_date IS NOT new.start_date OR old.deleted IS NOT new.deleted BEGIN "
        f"{TWINNING_RECOUNT} WHERE id IN ({_LINKED.format(ref='new')}); END",
    "twinning_stats_twinning_ai":
        "CREATE TRIGGER twinning_stats_twinning_ai AFTER INSERT ON twinnings "
        "WHEN EXISTS (SELECT 1 FROM activity_twinnings WHERE twinning_id = new.id) BEGIN "
        f"{TWINNING_RECOUNT} WHERE id = new.id; END",
}

# Revision 0022: the name key a contribution or commendation row shows (its person's, else its
# household head's), computed again for the rows a change touches.
_NAMED = (("contributions", "contributor_sort"), ("commendations", "recipient_sort"))
_NAME_KEY = ("coalesce((SELECT full_name_sort FROM persons WHERE persons.id = {t}.person_id), "
             "(SELECT head_name_sort FROM households WHERE households.id = {t}.household_id))")
NAME_REFILL = tuple(f"UPDATE {t} SET {c} = {_NAME_KEY.format(t=t)}" for t, c in _NAMED)


def _rename(where: str) -> str:
    return " ".join(f"{stmt} WHERE {where};" for stmt in NAME_REFILL)


NAME_TRIGGERS: dict[str, str] = {}
for _t, _c in _NAMED:
    _own = f"UPDATE {_t} SET {_c} = {_NAME_KEY.format(t=_t)} WHERE rowid = new.rowid;"
    NAME_TRIGGERS[f"{_t}_name_ai"] = f"CREATE TRIGGER {_t}_name_ai AFTER INSERT ON {_t} BEGIN {_own} END"
    NAME_TRIGGERS[f"{_t}_name_au"] = (
        f"CREATE TRIGGER {_t}_name_au AFTER UPDATE OF person_id, household_id ON {_t} "
        "WHEN old.person_id IS NOT new.person_id OR old.household_id IS NOT new.household_id "
        f"BEGIN {_own} END")
for _table, _key, _link in (("persons", "full_name_sort", "person_id"),
                            ("households", "head_name_sort", "household_id")):
    NAME_TRIGGERS[f"{_table}_names_ai"] = (f"CREATE TRIGGER {_table}_names_ai AFTER INSERT ON {_table} "
                                          f"BEGIN {_rename(_link + ' = new.id')} END")
    NAME_TRIGGERS[f"{_table}_names_au"] = (f"CREATE TRIGGER {_table}_names_au AFTER UPDATE OF {_key} ON {_table} "
                                          f"WHEN old.{_key} IS NOT new.{_key} BEGIN {_rename(_link + ' = new.id')} END")
    NAME_TRIGGERS[f"{_table}_names_ad"] = (f"CREATE TRIGGER {_table}_names_ad AFTER DELETE ON {_table} "
                                          f"BEGIN {_rename(_link + ' = old.id')} END")

# (table, stored column, its triggers, the statements that fill it again): a store older than a
# group's revision has not got its column yet, and that group is left alone.
_GROUPS: tuple[tuple[str, str, dict[str, str], tuple[str, ...]], ...] = (
    ("households", "person_count", TRIGGERS, (RECOUNT, RECOPY)),
    ("twinnings", "activity_count", TWINNING_TRIGGERS, (TWINNING_RECOUNT,)),
    ("contributions", "contributor_sort", NAME_TRIGGERS, NAME_REFILL),
)


def _present_groups(conn) -> list[tuple[dict[str, str], tuple[str, ...]]]:
    from sqlalchemy import text

    out = []
    for table, column, triggers, refill in _GROUPS:
        if column in {r[1] for r in conn.execute(text(f"PRAGMA table_info({table})"))}:
            out.append((triggers, refill))
    return out


def counts_broken(conn) -> bool:
    """True when the store has stored keys (revisions 0020, 0022) but misses one of their triggers."""
    from sqlalchemy import text

    groups = _present_groups(conn)
    if not groups:
        return False     # an older store: nothing to keep yet
    names = {r[0] for r in conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'"))}
    return any(not set(triggers) <= names for triggers, _refill in groups)


def install_counts(conn) -> None:
    """(Re-)create the triggers, recount every household and twinning, copy every head's key again."""
    from sqlalchemy import text

    for triggers, refill in _present_groups(conn):
        for name, ddl in triggers.items():
            conn.execute(text(f"DROP TRIGGER IF EXISTS {name}"))
            conn.execute(text(ddl))
        for stmt in refill:
            conn.execute(text(stmt))
