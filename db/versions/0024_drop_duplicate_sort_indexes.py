"""Drop the single-column sort-key indexes that the "live" list indexes duplicate

Revision ID: 0024
Revises: 0022

Every list sorts live records by a Vietnamese sort key through `ix_<table>_live_<key>` (deleted,
key, id), revision 0010; the older index on the sort key alone (`ix_<table>_<key>`) serves no query
(no statement filters or orders by a sort key without the tombstone test) but is written by every
insert. Names are spread over the alphabet, so each imported row lands on its own leaf page of
each such index: at 150 communes one commune's sync package of 1,280 records wrote 1,048 of its
3,896 pages into these three indexes of persons, households and activities alone (issue 15,
tests/benchmarks/import_pages.py). The same holds for the six other kinds listed below.

Works on SQLite and PostgreSQL (DROP INDEX; CREATE INDEX on downgrade). Nothing changes meaning;
no data is removed. Written out here (not imported) so it keeps doing what it did.
"""
from __future__ import annotations

from alembic import op

revision = '0024'
down_revision = '0022'
branch_labels = None
depends_on = None

# (table, sort-key column): each also has ix_<table>_live_<column> (deleted, column, id).
_SORT_KEYS = (
    ("activities", "title_sort"),
    ("households", "head_name_sort"),
    ("persons", "full_name_sort"),
    ("twinnings", "local_name_sort"),
    ("partners", "name_sort"),
    ("border_groups", "name_sort"),
    ("relatives_associations", "name_sort"),
    ("training_courses", "title_sort"),
    ("propaganda_products", "title_sort"),
)


def upgrade() -> None:
    # IF EXISTS: a store whose index is already gone (dropped by hand to gain room, or never made
    # by an older build) must still upgrade; the index is only a duplicate.
    for table, column in _SORT_KEYS:
        op.drop_index(f"ix_{table}_{column}", table_name=table, if_exists=True)


def downgrade() -> None:
    for table, column in _SORT_KEYS:
        op.create_index(f"ix_{table}_{column}", table, [column])
