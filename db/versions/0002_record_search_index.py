"""record search index (FTS5 trigram over folded search_text) and list indexes

Revision ID: 0002
Revises: 0001
"""
from __future__ import annotations

from alembic import op

from dnnd_desktop.storage.sqlite import drop_search_index, install_search_index

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None

# The tables this revision indexed (later revisions index the tables they create).
_SEARCH_TABLES = ("activities", "twinnings", "households", "persons", "partners")

# Indexes for list pages at 100k rows: live rows in sort order (so a page is an index range scan,
# with the id tie-breaker, so no sort step remains) and the link lookups behind the twinning activity figures.
_INDEXES = (
    ("ix_households_live_head_name_sort", "households", "deleted, head_name_sort, id"),
    ("ix_persons_live_full_name_sort", "persons", "deleted, full_name_sort, id"),
    ("ix_activities_live_start_date", "activities", "deleted, start_date, id"),
    ("ix_activities_live_title_sort", "activities", "deleted, title_sort, id"),
    ("ix_twinnings_live_local_name_sort", "twinnings", "deleted, local_name_sort, id"),
    ("ix_partners_live_name_sort", "partners", "deleted, name_sort, id"),
    ("ix_persons_household_live", "persons", "household_id, deleted"),
    ("ix_activity_twinnings_twinning_live", "activity_twinnings", "twinning_id, deleted, activity_id"),
)


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":   # FTS5; PostgreSQL's search index is revision 0006's
        install_search_index(bind, _SEARCH_TABLES)
    for name, table, columns in _INDEXES:
        op.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {table} ({columns})")


def downgrade() -> None:
    for name, _table, _columns in _INDEXES:
        op.execute(f"DROP INDEX IF EXISTS {name}")
    if op.get_bind().dialect.name == "sqlite":
        drop_search_index(op.get_bind(), _SEARCH_TABLES)
