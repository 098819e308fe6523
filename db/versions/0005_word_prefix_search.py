"""word-prefix search index (FTS5 unicode61 with prefix indexes over folded search_text)

Revision ID: 0005
Revises: 0004

Officers type the start of words ("duc", "nguyen van d", "ban muong"). The trigram index of 0002
answers those with every record that contains the letters anywhere (many more candidates than
wanted, and slow to sort); this index answers "some word starts with ..." directly. For each
searchable table T: a contentless FTS5 table T_words (detail='none': no positions, so small;
prefix indexes for 1-3 letters so short prefixes are read, not expanded), three triggers that keep
it to live rows, and a fill from the existing records. The trigram index stays for substring
matches. Written out here (not imported) so this revision keeps doing what it did.
"""
from __future__ import annotations

from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

_TABLES = ("activities", "twinnings", "households", "persons", "partners")


def _ddl(table: str) -> list[str]:
    fts = f"{table}_words"
    return [
        (f"CREATE VIRTUAL TABLE IF NOT EXISTS {fts} USING fts5(search_text, content='', "
         f"tokenize='unicode61 remove_diacritics 0', prefix='1 2 3', detail='none')"),
        f"DROP TRIGGER IF EXISTS {fts}_ai",
        f"DROP TRIGGER IF EXISTS {fts}_ad",
        f"DROP TRIGGER IF EXISTS {fts}_au",
        (f"CREATE TRIGGER {fts}_ai AFTER INSERT ON {table} WHEN new.deleted = 0 BEGIN "
         f"INSERT INTO {fts}(rowid, search_text) VALUES (new.rowid, coalesce(new.search_text, '')); END"),
        (f"CREATE TRIGGER {fts}_ad AFTER DELETE ON {table} WHEN old.deleted = 0 BEGIN "
         f"INSERT INTO {fts}({fts}, rowid, search_text) VALUES ('delete', old.rowid, coalesce(old.search_text, '')); END"),
        (f"CREATE TRIGGER {fts}_au AFTER UPDATE OF search_text, deleted ON {table} BEGIN "
         f"INSERT INTO {fts}({fts}, rowid, search_text) SELECT 'delete', old.rowid, coalesce(old.search_text, '') "
         f"WHERE old.deleted = 0; "
         f"INSERT INTO {fts}(rowid, search_text) SELECT new.rowid, coalesce(new.search_text, '') WHERE new.deleted = 0; END"),
        f"INSERT INTO {fts}({fts}) VALUES ('delete-all')",
        f"INSERT INTO {fts}(rowid, search_text) SELECT rowid, coalesce(search_text, '') FROM {table} WHERE deleted = 0",
    ]


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":   # FTS5 only; PostgreSQL's search is revision 0006
        return
    for table in _TABLES:
        for stmt in _ddl(table):
            op.execute(stmt)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for table in _TABLES:
        for suffix in ("_ai", "_ad", "_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_words{suffix}")
        op.execute(f"DROP TABLE IF EXISTS {table}_words")
