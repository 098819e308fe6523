"""SQLite: the households' and persons' default-order indexes also carry the columns an export reads

Revision ID: 0026
Revises: 0025

An export of a whole households list (issue 12) read both tables from start to end and had SQLite
sort them: at 100,000 rows the sorts and the reading of every row's sync metadata (two thirds of a
person's stored bytes) were a third of the export's own time. On SQLite the list's default-order
indexes now carry the exported (non-sensitive) columns after their keys, so that export reads
each index in order and nothing else:

- households: `ix_households_live_head_name_sort` (deleted, head_name_sort, id) becomes
  `ix_households_live_head_name_sort_covering` (the same, then the household's exported fields);
- persons: `ix_persons_live_household_head_sort` (deleted, household_head_sort, id) becomes
  `ix_persons_live_household_head_sort_covering` (the same, then the household's id, the name key
  and the person's exported fields).

The leading columns are unchanged, so the list pages read them as before; each insert still
writes one entry to each, only a longer one. SQLite only: on PostgreSQL an index entry must stay
under a third of a page and `notes` has no length limit, and its planner chooses its own plans.
Nothing changes meaning; no data is touched. Written out here (not imported) so it keeps doing what
it did.
"""
from __future__ import annotations

from alembic import op

revision = '0026'
down_revision = '0025'
branch_labels = None
depends_on = None

# (table, index it replaces, its columns, the columns added after them)
_INDEXES = (
    ("households", "ix_households_live_head_name_sort", ("deleted", "head_name_sort", "id"),
     ("head_name", "head_birth_year", "commune_code", "village", "old_address", "phone", "notes")),
    ("persons", "ix_persons_live_household_head_sort", ("deleted", "household_head_sort", "id"),
     ("household_id", "full_name_sort", "full_name", "gender", "birth_year", "relation", "country", "city",
      "occupation", "workplace", "contact", "left_year", "notes")),
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for table, name, key, covered in _INDEXES:
        op.create_index(f"{name}_covering", table, [*key, *covered])
        op.drop_index(name, table_name=table, if_exists=True)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for table, name, key, _covered in _INDEXES:
        op.create_index(name, table, list(key))
        op.drop_index(f"{name}_covering", table_name=table)
