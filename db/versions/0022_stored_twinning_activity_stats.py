"""stored list keys: twinnings' activity count and last date, contributions' and commendations' name keys

Revision ID: 0022
Revises: 0021

The twinning list's "Activities", "Last activity" and "Dormant" columns were two correlated
subqueries per row (a count and a max over the pair's live links and live activities): sorting or
filtering by them computed both for every twinning at each header click and page. Each twinning now
stores them, with the indexes (deleted, activity_count, id) and (deleted, last_activity_date, id)
that give live pairs in either order like any plain column. "Dormant" depends on today, so it is
not stored: it is read from the stored last date (no date, or one before the same day a year ago).

The values are kept by triggers, so every write path keeps them exact: the record writer, sync
apply, Excel import, erasure and purges alike. Each trigger recomputes the pairs a change touches
(a link inserted, deleted, re-pointed or tombstoned; an activity whose date or tombstone flag
changes, or that is inserted after its links or deleted; a twinning inserted after its links)
from the links themselves, not by adding and subtracting: a recomputed pair is exact whatever
came before. Derived data, never synced or stamped (storage/models/base.py META_COLUMNS).
Existing rows are filled here. Nothing a person must check: the columns show the same values as
before.

The contribution list's "Contributor" and the commendation list's "Recipient" sorted by a
COALESCE of two correlated lookups per row (the person's name key, else the household head's).
Each row now stores that key (`contributor_sort`, `recipient_sort`; index (deleted, key, id)),
computed by triggers when the row is inserted or changes person or household, and again when the
person or household is inserted, renamed (its sort key changes: anonymising too) or removed.
Same order as before: the key, then the id.

Works on SQLite and PostgreSQL; on SQLite a later table rebuild (batch mode) drops
triggers, and storage/sqlite_counts.py re-creates them and recomputes (with the search indexes'
repair). Written out here (not imported) so it keeps doing what it did.
"""
from __future__ import annotations

from alembic import op

revision = '0022'
down_revision = '0021'
branch_labels = None
depends_on = None

# The pair's live links to live activities; `{live}` is the dialect's test of a false flag.
_OF_PAIR = ("FROM activity_twinnings l JOIN activities a ON a.id = l.activity_id "
            "WHERE l.twinning_id = twinnings.id AND l.deleted {live} AND a.deleted {live}")
_SET = ("UPDATE twinnings SET activity_count = (SELECT count(*) " + _OF_PAIR + "), "
        "last_activity_date = (SELECT max(a.start_date) " + _OF_PAIR + ")")
_LINKED = "SELECT twinning_id FROM activity_twinnings WHERE activity_id = {ref}.id"


def _sqlite_triggers() -> tuple[str, ...]:
    s = _SET.format(live="= 0")
    return (
        "CREATE TRIGGER twinning_stats_link_ai AFTER INSERT ON activity_twinnings BEGIN "
        f"{s} WHERE id = new.twinning_id; END",
        "CREATE TRIGGER twinning_stats_link_ad AFTER DELETE ON activity_twinnings BEGIN "
        f"{s} WHERE id = old.twinning_id; END",
        "CREATE TRIGGER twinning_stats_link_au AFTER UPDATE OF twinning_id, activity_id, deleted "
        "ON activity_twinnings BEGIN "
        f"{s} WHERE id IN (old.twinning_id, new.twinning_id); END",
        "CREATE TRIGGER twinning_stats_activity_ai AFTER INSERT ON activities "
        "WHEN EXISTS (SELECT 1 FROM activity_twinnings WHERE activity_id = new.id) BEGIN "
        f"{s} WHERE id IN ({_LINKED.format(ref='new')}); END",
        "CREATE TRIGGER twinning_stats_activity_ad AFTER DELETE ON activities BEGIN "
        f"{s} WHERE id IN ({_LINKED.format(ref='old')}); END",
        "CREATE TRIGGER twinning_stats_activity_au AFTER UPDATE OF start_date, deleted ON activities "
        "WHEN old.start_date IS NOT new.start_date OR old.deleted IS NOT new.deleted BEGIN "
        f"{s} WHERE id IN ({_LINKED.format(ref='new')}); END",
        "CREATE TRIGGER twinning_stats_twinning_ai AFTER INSERT ON twinnings "
        "WHEN EXISTS (SELECT 1 FROM activity_twinnings WHERE twinning_id = new.id) BEGIN "
        f"{s} WHERE id = new.id; END",
    )


_SQLITE_NAMES = ("twinning_stats_link_ai", "twinning_stats_link_ad", "twinning_stats_link_au",
                 "twinning_stats_activity_ai", "twinning_stats_activity_ad", "twinning_stats_activity_au",
                 "twinning_stats_twinning_ai")


def _postgres_triggers() -> tuple[str, ...]:
    s = _SET.format(live="= false")
    return (
        f"""CREATE OR REPLACE FUNCTION dnnd_twinning_stats_link() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        {s} WHERE id = OLD.twinning_id;
    END IF;
    IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.twinning_id IS DISTINCT FROM OLD.twinning_id) THEN
        {s} WHERE id = NEW.twinning_id;
    END IF;
    RETURN NULL;
END $$""",
        f"""CREATE OR REPLACE FUNCTION dnnd_twinning_stats_activity() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        {s} WHERE id IN ({_LINKED.format(ref='OLD')});
    ELSE
        {s} WHERE id IN ({_LINKED.format(ref='NEW')});
    END IF;
    RETURN NULL;
END $$""",
        f"""CREATE OR REPLACE FUNCTION dnnd_twinning_stats_twinning() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM activity_twinnings WHERE twinning_id = NEW.id) THEN
        {s} WHERE id = NEW.id;
    END IF;
    RETURN NULL;
END $$""",
        "CREATE TRIGGER twinning_stats_link_aid AFTER INSERT OR DELETE ON activity_twinnings "
        "FOR EACH ROW EXECUTE FUNCTION dnnd_twinning_stats_link()",
        "CREATE TRIGGER twinning_stats_link_au AFTER UPDATE OF twinning_id, activity_id, deleted "
        "ON activity_twinnings FOR EACH ROW EXECUTE FUNCTION dnnd_twinning_stats_link()",
        "CREATE TRIGGER twinning_stats_activity_aid AFTER INSERT OR DELETE ON activities "
        "FOR EACH ROW EXECUTE FUNCTION dnnd_twinning_stats_activity()",
        "CREATE TRIGGER twinning_stats_activity_au AFTER UPDATE OF start_date, deleted ON activities "
        "FOR EACH ROW WHEN (OLD.start_date IS DISTINCT FROM NEW.start_date "
        "OR OLD.deleted IS DISTINCT FROM NEW.deleted) EXECUTE FUNCTION dnnd_twinning_stats_activity()",
        "CREATE TRIGGER twinning_stats_twinning_ai AFTER INSERT ON twinnings "
        "FOR EACH ROW EXECUTE FUNCTION dnnd_twinning_stats_twinning()",
    )


# Contributions and commendations: the name a row shows, as a sort key (its person's, else its
# household head's), and the tables that name it.
_NAMED = (("contributions", "contributor_sort"), ("commendations", "recipient_sort"))
_NAME_KEY = ("coalesce((SELECT full_name_sort FROM persons WHERE persons.id = {t}.person_id), "
             "(SELECT head_name_sort FROM households WHERE households.id = {t}.household_id))")


def _rename(where: str) -> str:
    """Statements that compute the name key again for the rows `where` picks (e.g. person_id = new.id)."""
    return " ".join(f"UPDATE {t} SET {c} = {_NAME_KEY.format(t=t)} WHERE {where};" for t, c in _NAMED)


def _sqlite_name_triggers() -> tuple[str, ...]:
    out = []
    for t, c in _NAMED:
        own = f"UPDATE {t} SET {c} = {_NAME_KEY.format(t=t)} WHERE rowid = new.rowid;"
        out += [f"CREATE TRIGGER {t}_name_ai AFTER INSERT ON {t} BEGIN {own} END",
                f"CREATE TRIGGER {t}_name_au AFTER UPDATE OF person_id, household_id ON {t} "
                "WHEN old.person_id IS NOT new.person_id OR old.household_id IS NOT new.household_id "
                f"BEGIN {own} END"]
    for table, key, link in (("persons", "full_name_sort", "person_id"), ("households", "head_name_sort",
                                                                          "household_id")):
        out += [f"CREATE TRIGGER {table}_names_ai AFTER INSERT ON {table} BEGIN {_rename(link + ' = new.id')} END",
                f"CREATE TRIGGER {table}_names_au AFTER UPDATE OF {key} ON {table} "
                f"WHEN old.{key} IS NOT new.{key} BEGIN {_rename(link + ' = new.id')} END",
                f"CREATE TRIGGER {table}_names_ad AFTER DELETE ON {table} BEGIN {_rename(link + ' = old.id')} END"]
    return tuple(out)


_SQLITE_NAME_TRIGGERS = ("contributions_name_ai", "contributions_name_au", "commendations_name_ai",
                         "commendations_name_au", "persons_names_ai", "persons_names_au", "persons_names_ad",
                         "households_names_ai", "households_names_au", "households_names_ad")


def _postgres_name_triggers() -> tuple[str, ...]:
    out = []
    for t, c in _NAMED:
        key = _NAME_KEY.format(t="NEW").replace("persons.id = NEW", "id = NEW").replace("households.id = NEW", "id = NEW")
        out += [f"""CREATE OR REPLACE FUNCTION dnnd_{t}_name() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.{c} := {key};
    RETURN NEW;
END $$""",
                f"CREATE TRIGGER {t}_name_bi BEFORE INSERT ON {t} FOR EACH ROW EXECUTE FUNCTION dnnd_{t}_name()",
                f"CREATE TRIGGER {t}_name_bu BEFORE UPDATE OF person_id, household_id ON {t} FOR EACH ROW "
                "WHEN (OLD.person_id IS DISTINCT FROM NEW.person_id OR OLD.household_id IS DISTINCT FROM "
                f"NEW.household_id) EXECUTE FUNCTION dnnd_{t}_name()"]
    for table, key, link in (("persons", "full_name_sort", "person_id"), ("households", "head_name_sort",
                                                                          "household_id")):
        out += [f"""CREATE OR REPLACE FUNCTION dnnd_{table}_names() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        {_rename(link + ' = OLD.id')}
    ELSE
        {_rename(link + ' = NEW.id')}
    END IF;
    RETURN NULL;
END $$""",
                f"CREATE TRIGGER {table}_names_aid AFTER INSERT OR DELETE ON {table} "
                f"FOR EACH ROW EXECUTE FUNCTION dnnd_{table}_names()",
                f"CREATE TRIGGER {table}_names_au AFTER UPDATE OF {key} ON {table} FOR EACH ROW "
                f"WHEN (OLD.{key} IS DISTINCT FROM NEW.{key}) EXECUTE FUNCTION dnnd_{table}_names()"]
    return tuple(out)


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    op.execute("ALTER TABLE twinnings ADD COLUMN activity_count INTEGER NOT NULL DEFAULT 0")
    op.execute("ALTER TABLE twinnings ADD COLUMN last_activity_date DATE")
    op.execute(_SET.format(live="= 0" if sqlite else "= false"))
    op.execute("CREATE INDEX ix_twinnings_live_activity_count ON twinnings (deleted, activity_count, id)")
    op.execute("CREATE INDEX ix_twinnings_live_last_activity_date ON twinnings (deleted, last_activity_date, id)")
    for stmt in _sqlite_triggers() if sqlite else _postgres_triggers():
        op.execute(stmt)
    for t, c in _NAMED:
        op.execute(f"ALTER TABLE {t} ADD COLUMN {c} " + ("VARCHAR(400)" if sqlite else 'VARCHAR(400) COLLATE "C"'))
        op.execute(f"UPDATE {t} SET {c} = {_NAME_KEY.format(t=t)}")
        op.execute(f"CREATE INDEX ix_{t}_live_{c} ON {t} (deleted, {c}, id)")
    for stmt in _sqlite_name_triggers() if sqlite else _postgres_name_triggers():
        op.execute(stmt)
    for t in ("twinnings", "contributions", "commendations"):
        op.execute(f"ANALYZE {t}")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in (*_SQLITE_NAMES, *_SQLITE_NAME_TRIGGERS):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    else:
        for t, _c in _NAMED:
            op.execute(f"DROP TRIGGER IF EXISTS {t}_name_bi ON {t}")
            op.execute(f"DROP TRIGGER IF EXISTS {t}_name_bu ON {t}")
            op.execute(f"DROP FUNCTION IF EXISTS dnnd_{t}_name()")
        for table in ("persons", "households"):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_names_aid ON {table}")
            op.execute(f"DROP TRIGGER IF EXISTS {table}_names_au ON {table}")
            op.execute(f"DROP FUNCTION IF EXISTS dnnd_{table}_names()")
        op.execute("DROP TRIGGER IF EXISTS twinning_stats_link_aid ON activity_twinnings")
        op.execute("DROP TRIGGER IF EXISTS twinning_stats_link_au ON activity_twinnings")
        op.execute("DROP TRIGGER IF EXISTS twinning_stats_activity_aid ON activities")
        op.execute("DROP TRIGGER IF EXISTS twinning_stats_activity_au ON activities")
        op.execute("DROP TRIGGER IF EXISTS twinning_stats_twinning_ai ON twinnings")
        op.execute("DROP FUNCTION IF EXISTS dnnd_twinning_stats_link()")
        op.execute("DROP FUNCTION IF EXISTS dnnd_twinning_stats_activity()")
        op.execute("DROP FUNCTION IF EXISTS dnnd_twinning_stats_twinning()")
    for t, c in _NAMED:
        op.execute(f"DROP INDEX IF EXISTS ix_{t}_live_{c}")
        op.execute(f"ALTER TABLE {t} DROP COLUMN {c}")
    op.execute("DROP INDEX IF EXISTS ix_twinnings_live_last_activity_date")
    op.execute("DROP INDEX IF EXISTS ix_twinnings_live_activity_count")
    # Plain DROP COLUMN on both (SQLite 3.35+), as revision 0020: a batch rebuild of twinnings
    # would trip the foreign keys of the links that name a twinning.
    op.execute("ALTER TABLE twinnings DROP COLUMN last_activity_date")
    op.execute("ALTER TABLE twinnings DROP COLUMN activity_count")
