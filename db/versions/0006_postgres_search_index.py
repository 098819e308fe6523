"""PostgreSQL search index (pg_trgm GIN over the folded search text); sort keys in code-point order

Revision ID: 0006
Revises: 0005

Revisions 0002 and 0005 build SQLite's FTS5 search; on PostgreSQL they do nothing and this one
builds its counterpart: for each searchable table a GIN trigram index on ' ' || search_text (the
folded text the record writer keeps; the leading space lets a word start be matched). It serves
both searches of storage/postgres.py: word prefixes (a regular expression) and substrings (LIKE).
pg_trgm ships with PostgreSQL (contrib) and is a trusted extension: the database owner may create
it. The stored sort keys get the "C" collation: their code-point order is Vietnamese order, which
the server's locale would not keep. On SQLite this revision does nothing. Written out here (not imported) so it keeps doing what it did.
"""
from __future__ import annotations

from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

_TABLES = ("activities", "twinnings", "households", "persons", "partners")
_SORT_KEYS = (("activities", "title_sort", 1000), ("twinnings", "local_name_sort", 600),
              ("households", "head_name_sort", 400), ("persons", "full_name_sort", 400),
              ("partners", "name_sort", 600))


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for table, column, length in _SORT_KEYS:
        op.execute(f'ALTER TABLE {table} ALTER COLUMN {column} TYPE varchar({length}) COLLATE "C"')
    for table in _TABLES:
        op.execute(f"CREATE INDEX IF NOT EXISTS ix_{table}_search_trgm ON {table} "
                   f"USING gin ((' ' || search_text) gin_trgm_ops)")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in _TABLES:
        op.execute(f"DROP INDEX IF EXISTS ix_{table}_search_trgm")
    for table, column, length in _SORT_KEYS:
        op.execute(f'ALTER TABLE {table} ALTER COLUMN {column} TYPE varchar({length}) COLLATE "default"')
