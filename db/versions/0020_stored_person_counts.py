"""stored list keys: households.person_count and persons.household_head_sort, kept by database triggers

Revision ID: 0020
Revises: 0017

The household list's "Relatives abroad" column was a correlated count of live persons for every
row: sorting by it counted all 200k persons at each header click and page (0.9-3.5 s at 100k
households). Each household now stores that count in `person_count`, with an index
(deleted, person_count, id) that gives live households in that order like any plain column.

The count is kept by triggers on `persons` (insert, delete, a change of household or of the
tombstone flag) and on `households` (a household inserted after its persons counts them), so
every write path keeps it exact: the record writer, sync apply, Excel import, erasure, merges and
bulk loads alike. It is derived data, never synced or stamped (storage/models/base.py
DERIVED_COLUMNS). Existing rows are filled from the persons here. Nothing a person must check:
the column shows the same numbers as before. Works on SQLite and PostgreSQL; on SQLite a later
table rebuild (batch mode) drops triggers, and storage/sqlite_counts.py re-creates them and
recounts (run with the search indexes' repair). Written out here (not imported) so it keeps
doing what it did.

The persons list in the order of their household head's name read households in that order and
their persons through a join: a page in the middle skipped 100k joined rows (0.6 s at 200k
persons). Each person now stores its household head's sort key in `household_head_sort` (NULL
without a household, as the join gave), copied by triggers when a person is inserted or changes
household and when a household is inserted, renamed or removed; index (deleted,
household_head_sort, id). Same order as before: the head's key, then the person's id.
"""
from __future__ import annotations

from alembic import op

revision = '0020'
down_revision = '0017'
branch_labels = None
depends_on = None

_FILL = ("UPDATE households SET person_count = (SELECT count(*) FROM persons "
         "WHERE persons.household_id = households.id AND {live})")

_SQLITE_TRIGGERS = (
    "CREATE TRIGGER persons_count_ai AFTER INSERT ON persons "
    "WHEN new.deleted = 0 AND new.household_id IS NOT NULL BEGIN "
    "UPDATE households SET person_count = person_count + 1 WHERE id = new.household_id; END",
    "CREATE TRIGGER persons_count_ad AFTER DELETE ON persons "
    "WHEN old.deleted = 0 AND old.household_id IS NOT NULL BEGIN "
    "UPDATE households SET person_count = person_count - 1 WHERE id = old.household_id; END",
    "CREATE TRIGGER persons_count_au AFTER UPDATE OF household_id, deleted ON persons "
    "WHEN old.household_id IS NOT new.household_id OR old.deleted IS NOT new.deleted BEGIN "
    "UPDATE households SET person_count = person_count - 1 WHERE id = old.household_id AND old.deleted = 0; "
    "UPDATE households SET person_count = person_count + 1 WHERE id = new.household_id AND new.deleted = 0; END",
    "CREATE TRIGGER households_count_ai AFTER INSERT ON households "
    "WHEN EXISTS (SELECT 1 FROM persons WHERE household_id = new.id) BEGIN "
    "UPDATE households SET person_count = (SELECT count(*) FROM persons "
    "WHERE household_id = new.id AND deleted = 0) WHERE id = new.id; END",
)
_SQLITE_NAMES = ("persons_count_ai", "persons_count_ad", "persons_count_au", "households_count_ai",
                 "persons_head_ai", "persons_head_au", "households_head_ai", "households_head_au",
                 "households_head_ad")

_HEAD_OF_NEW = "(SELECT head_name_sort FROM households WHERE id = new.household_id)"
_SQLITE_HEAD_TRIGGERS = (
    "CREATE TRIGGER persons_head_ai AFTER INSERT ON persons WHEN new.household_id IS NOT NULL BEGIN "
    f"UPDATE persons SET household_head_sort = {_HEAD_OF_NEW} WHERE rowid = new.rowid; END",
    "CREATE TRIGGER persons_head_au AFTER UPDATE OF household_id ON persons "
    "WHEN old.household_id IS NOT new.household_id BEGIN "
    f"UPDATE persons SET household_head_sort = {_HEAD_OF_NEW} WHERE rowid = new.rowid; END",
    "CREATE TRIGGER households_head_ai AFTER INSERT ON households "
    "WHEN EXISTS (SELECT 1 FROM persons WHERE household_id = new.id) BEGIN "
    "UPDATE persons SET household_head_sort = new.head_name_sort WHERE household_id = new.id; END",
    "CREATE TRIGGER households_head_au AFTER UPDATE OF head_name_sort ON households "
    "WHEN old.head_name_sort IS NOT new.head_name_sort BEGIN "
    "UPDATE persons SET household_head_sort = new.head_name_sort WHERE household_id = new.id; END",
    "CREATE TRIGGER households_head_ad AFTER DELETE ON households BEGIN "
    "UPDATE persons SET household_head_sort = NULL WHERE household_id = old.id; END",
)
_POSTGRES_HEAD_TRIGGERS = (
    """CREATE OR REPLACE FUNCTION dnnd_person_head() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.household_head_sort := (SELECT head_name_sort FROM households WHERE id = NEW.household_id);
    RETURN NEW;
END $$""",
    """CREATE OR REPLACE FUNCTION dnnd_household_head() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        UPDATE persons SET household_head_sort = NULL WHERE household_id = OLD.id;
    ELSE
        UPDATE persons SET household_head_sort = NEW.head_name_sort WHERE household_id = NEW.id;
    END IF;
    RETURN NULL;
END $$""",
    "CREATE TRIGGER persons_head_bi BEFORE INSERT ON persons FOR EACH ROW EXECUTE FUNCTION dnnd_person_head()",
    "CREATE TRIGGER persons_head_bu BEFORE UPDATE OF household_id ON persons FOR EACH ROW "
    "WHEN (OLD.household_id IS DISTINCT FROM NEW.household_id) EXECUTE FUNCTION dnnd_person_head()",
    "CREATE TRIGGER households_head_aid AFTER INSERT OR DELETE ON households "
    "FOR EACH ROW EXECUTE FUNCTION dnnd_household_head()",
    "CREATE TRIGGER households_head_au AFTER UPDATE OF head_name_sort ON households FOR EACH ROW "
    "WHEN (OLD.head_name_sort IS DISTINCT FROM NEW.head_name_sort) EXECUTE FUNCTION dnnd_household_head()",
)

_POSTGRES_TRIGGERS = (
    """CREATE OR REPLACE FUNCTION dnnd_persons_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.household_id IS NOT NULL AND NOT OLD.deleted THEN
        UPDATE households SET person_count = person_count - 1 WHERE id = OLD.household_id;
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') AND NEW.household_id IS NOT NULL AND NOT NEW.deleted THEN
        UPDATE households SET person_count = person_count + 1 WHERE id = NEW.household_id;
    END IF;
    RETURN NULL;
END $$""",
    """CREATE OR REPLACE FUNCTION dnnd_household_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM persons WHERE household_id = NEW.id) THEN
        UPDATE households SET person_count = (SELECT count(*) FROM persons
            WHERE household_id = NEW.id AND NOT deleted) WHERE id = NEW.id;
    END IF;
    RETURN NULL;
END $$""",
    "CREATE TRIGGER persons_count_aiud AFTER INSERT OR DELETE ON persons "
    "FOR EACH ROW EXECUTE FUNCTION dnnd_persons_count()",
    "CREATE TRIGGER persons_count_au AFTER UPDATE OF household_id, deleted ON persons FOR EACH ROW "
    "WHEN (OLD.household_id IS DISTINCT FROM NEW.household_id OR OLD.deleted IS DISTINCT FROM NEW.deleted) "
    "EXECUTE FUNCTION dnnd_persons_count()",
    "CREATE TRIGGER households_count_ai AFTER INSERT ON households "
    "FOR EACH ROW EXECUTE FUNCTION dnnd_household_count()",
)


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    op.execute("ALTER TABLE households ADD COLUMN person_count INTEGER NOT NULL DEFAULT 0")
    op.execute(_FILL.format(live="persons.deleted = 0" if sqlite else "NOT persons.deleted"))
    op.execute("CREATE INDEX ix_households_live_person_count ON households (deleted, person_count, id)")
    for stmt in _SQLITE_TRIGGERS if sqlite else _POSTGRES_TRIGGERS:
        op.execute(stmt)
    op.execute("ALTER TABLE persons ADD COLUMN household_head_sort "
               + ("VARCHAR(400)" if sqlite else 'VARCHAR(400) COLLATE "C"'))
    op.execute("UPDATE persons SET household_head_sort = (SELECT head_name_sort FROM households "
               "WHERE households.id = persons.household_id) WHERE household_id IS NOT NULL")
    op.execute("CREATE INDEX ix_persons_live_household_head_sort ON persons (deleted, household_head_sort, id)")
    for stmt in _SQLITE_HEAD_TRIGGERS if sqlite else _POSTGRES_HEAD_TRIGGERS:
        op.execute(stmt)
    op.execute("ANALYZE households")
    op.execute("ANALYZE persons")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in _SQLITE_NAMES:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    else:
        op.execute("DROP TRIGGER IF EXISTS persons_count_aiud ON persons")
        op.execute("DROP TRIGGER IF EXISTS persons_count_au ON persons")
        op.execute("DROP TRIGGER IF EXISTS households_count_ai ON households")
        op.execute("DROP FUNCTION IF EXISTS dnnd_persons_count()")
        op.execute("DROP FUNCTION IF EXISTS dnnd_household_count()")
        op.execute("DROP TRIGGER IF EXISTS persons_head_bi ON persons")
        op.execute("DROP TRIGGER IF EXISTS persons_head_bu ON persons")
        op.execute("DROP TRIGGER IF EXISTS households_head_aid ON households")
        op.execute("DROP TRIGGER IF EXISTS households_head_au ON households")
        op.execute("DROP FUNCTION IF EXISTS dnnd_person_head()")
        op.execute("DROP FUNCTION IF EXISTS dnnd_household_head()")
    op.execute("DROP INDEX IF EXISTS ix_persons_live_household_head_sort")
    op.execute("ALTER TABLE persons DROP COLUMN household_head_sort")
    op.execute("DROP INDEX IF EXISTS ix_households_live_person_count")
    # Plain DROP COLUMN on both (SQLite 3.35+): a batch rebuild of households would trip the
    # foreign keys of persons and the other tables that name a household.
    op.execute("ALTER TABLE households DROP COLUMN person_count")
