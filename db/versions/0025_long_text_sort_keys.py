"""stored sort keys for the long-text list columns: contributions' description, consents' scope

Revision ID: 0025
Revises: 0024

The contribution list's "Description" and the consent list's "Scope" column were the only list
columns sorted by the raw text: by code point, so "Áo ấm" came after "xây nhà" and "Ủng hộ" after
both. Sorting them in Vietnamese order without a stored key read the whole table for every page.
Each row now stores the Vietnamese sort key (domain/text.py sort_key) of the first 100 characters
of the text (`description_sort`, `scope_sort`; NULL where the text is), with an index
(deleted, key, id) like every other sortable column. Kept by the record writer, the one write
path, as the name keys are; derived data, never stamped or synced (SyncedMixin.data_fields).

The consent list's "Purposes" column (comma-joined codes, read group by group in the order of the
labels the cell shows) had no index (deleted, purposes, id) to read its groups from: it gets one.

Existing rows are filled here with the app's own key function: a copy of it here would drift from
the one the record writer uses. Nothing a person must check: the same rows show, only the order
of those two columns changes to the dictionary order every other column already had.

Plain ADD / DROP COLUMN on both SQLite (3.35+) and PostgreSQL: a batch rebuild of contributions
would drop the name-key triggers of revision 0022.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from dnnd_desktop.domain.text import sort_key

revision = '0025'
down_revision = '0024'
branch_labels = None
depends_on = None

# (table, text column): the key column is `<column>_sort`.
_LONG_TEXTS = (("contributions", "description"), ("consents", "scope"))
# Characters of the text the key covers, as domain/text.py LONG_TEXT_SORT_PREFIX was when this was
# written; the key is then at most 3 * 100 + 2 characters.
_PREFIX = 100
_KEY_TYPE = "VARCHAR(302)"
_BATCH = 2000


def upgrade() -> None:
    bind = op.get_bind()
    sqlite = bind.dialect.name == "sqlite"
    for table, col in _LONG_TEXTS:
        key = f"{col}_sort"
        op.execute(f"ALTER TABLE {table} ADD COLUMN {key} " + (_KEY_TYPE if sqlite else f'{_KEY_TYPE} COLLATE "C"'))
        rows = bind.execute(sa.text(f"SELECT id, {col} FROM {table} WHERE {col} IS NOT NULL")).all()
        update = sa.text(f"UPDATE {table} SET {key} = :k WHERE id = :i")
        for start in range(0, len(rows), _BATCH):
            bind.execute(update, [{"k": sort_key(text[:_PREFIX]), "i": rid}
                                  for rid, text in rows[start:start + _BATCH]])
        op.execute(f"CREATE INDEX ix_{table}_live_{key} ON {table} (deleted, {key}, id)")
    op.execute("CREATE INDEX ix_consents_live_purposes ON consents (deleted, purposes, id)")
    for table, _col in _LONG_TEXTS:
        op.execute(f"ANALYZE {table}")


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_consents_live_purposes")
    for table, col in _LONG_TEXTS:
        op.execute(f"DROP INDEX IF EXISTS ix_{table}_live_{col}_sort")
        op.execute(f"ALTER TABLE {table} DROP COLUMN {col}_sort")
