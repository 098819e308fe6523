"""list order indexes: (deleted, column, id) for every sortable list column; statistics

Revision ID: 0010
Revises: 0008

A list sorted by any column but the name sorted the whole table at every header click and page
(0.3-1.4 s at 200k persons): no index gave live rows in that column's order. Each sortable list
column now has an index (deleted, column, id): plain columns (dates, numbers, phone numbers) are
read in order from it, and columns shown by label (countries, vocabulary terms, communes, villages)
are counted and read group by group from it (storage/sort_groups.py). Long free text (notes,
descriptions, consent scopes) gets none: an index entry must stay small on PostgreSQL.
ix_persons_live_country (revision 0004, deleted + country) gains the id: the same index serves
the report figures by country and the country order. ix_persons_household_live (revision 0002)
gains the id too: persons in their household heads' order are then read from it alone.

Then the database is analysed (ANALYZE on both), so the planner knows these indexes and the
tombstone flag's few values (without statistics SQLite picked the index on `deleted` for the
household editor's reads). Nothing a person must check: no data changes.
Written out here (not imported) so it keeps doing what it did.
"""
from __future__ import annotations

from alembic import op

revision = '0010'
down_revision = '0008'
branch_labels = None
depends_on = None

_COLUMNS = {
    "activities": ("activity_type", "country", "location", "participants_vn"),
    "twinnings": ("counterpart_name", "counterpart_country", "kind", "status", "signed_date"),
    "households": ("head_birth_year", "village", "commune_code", "phone"),
    "persons": ("country", "birth_year", "city", "residence_status", "occupation"),
    "contributions": ("date", "purpose", "amount_vnd"),
    "commendations": ("date", "level", "status", "decision_no"),
    "consents": ("given_date", "method", "withdrawn_date"),
    "partners": ("kind", "country", "contact_person", "phone"),
}


def upgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_persons_live_country")
    op.execute("DROP INDEX IF EXISTS ix_persons_household_live")
    op.execute("CREATE INDEX ix_persons_household_live ON persons (household_id, deleted, id)")
    for table, columns in _COLUMNS.items():
        for column in columns:
            op.execute(f"CREATE INDEX IF NOT EXISTS ix_{table}_live_{column} ON {table} (deleted, {column}, id)")
    if op.get_bind().dialect.name == "sqlite":
        op.execute("PRAGMA analysis_limit=1000")   # sampled statistics: a second, not a minute
    op.execute("ANALYZE")


def downgrade() -> None:
    for table, columns in _COLUMNS.items():
        for column in columns:
            op.execute(f"DROP INDEX IF EXISTS ix_{table}_live_{column}")
    op.execute("CREATE INDEX IF NOT EXISTS ix_persons_live_country ON persons (deleted, country)")
    op.execute("DROP INDEX IF EXISTS ix_persons_household_live")
    op.execute("CREATE INDEX ix_persons_household_live ON persons (household_id, deleted)")
