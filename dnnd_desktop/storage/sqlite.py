"""Everything SQLite-specific lives here (DESIGN.md rule 9): connection pragmas and the online
backup API. The rest of storage/ is portable SQLAlchemy."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.engine import Engine


def install_pragmas(engine: Engine) -> None:
    """WAL (readers never block the writer), foreign keys on, and a busy timeout so a second process
    (the CLI while the GUI is open) waits briefly instead of failing."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):  # noqa: ANN001 - DB-API connection
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA busy_timeout=10000")
        cur.execute("PRAGMA temp_store=MEMORY")
        cur.execute("PRAGMA cache_size=-32000")
        cur.close()


def online_backup(source: Path, target: Path) -> None:
    """Copy a live database consistently with SQLite's backup API (never copy a WAL file by hand).
    Written to a temporary name first so a failed backup never looks like a good one."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    if tmp.exists():
        tmp.unlink()
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    tmp.replace(target)


def integrity_ok(path: Path) -> bool:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        con.close()


# -- Full-text search (FTS5, trigram) ------------------------------------------------------------
# Each searchable table T has a contentless FTS5 table T_fts over ' ' || T.search_text (the folded
# text the record writer keeps), keyed by T's rowid and kept in sync by triggers. Only live rows
# are indexed, so a MATCH never returns tombstones. The trigram tokenizer gives substring matches
# ("duc" finds "nguyen van duc"); the leading space lets a 2-letter word match at a word start
# (" do" finds "do van duong" but not "nguyen do"), and whole multi-word phrases match too.
SEARCH_INDEXED_TABLES = ("activities", "twinnings", "households", "persons", "partners")
_FTS_SUFFIX = "_fts"


def is_search_index_table(name: str) -> bool:
    """True for the FTS5 table and its shadow tables (Alembic autogenerate must ignore them)."""
    return any(name == t + _FTS_SUFFIX or name.startswith(t + _FTS_SUFFIX + "_") for t in SEARCH_INDEXED_TABLES)


def _search_index_ddl(table: str) -> list[str]:
    fts = table + _FTS_SUFFIX
    doc = "' ' || coalesce({0}.search_text, '')"
    return [
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {fts} USING fts5(search_text, content='', tokenize='trigram')",
        f"DROP TRIGGER IF EXISTS {fts}_ai",
        f"DROP TRIGGER IF EXISTS {fts}_ad",
        f"DROP TRIGGER IF EXISTS {fts}_au",
        f"CREATE TRIGGER {fts}_ai AFTER INSERT ON {table} WHEN new.deleted = 0 BEGIN "
        f"INSERT INTO {fts}(rowid, search_text) VALUES (new.rowid, {doc.format('new')}); END",
        f"CREATE TRIGGER {fts}_ad AFTER DELETE ON {table} WHEN old.deleted = 0 BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, search_text) VALUES ('delete', old.rowid, {doc.format('old')}); END",
        f"CREATE TRIGGER {fts}_au AFTER UPDATE OF search_text, deleted ON {table} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, search_text) SELECT 'delete', old.rowid, {doc.format('old')} "
        f"WHERE old.deleted = 0; "
        f"INSERT INTO {fts}(rowid, search_text) SELECT new.rowid, {doc.format('new')} WHERE new.deleted = 0; END",
    ]


def install_search_index(conn) -> None:
    """Create (or re-create) the FTS tables and triggers and fill them from the records.

    Idempotent. Run by the Alembic revision that introduced search, and again by
    `ensure_search_index` whenever a table rebuild (Alembic batch mode) dropped the triggers or
    changed rowids. `conn` is a SQLAlchemy Connection.
    """
    from sqlalchemy import text

    for table in SEARCH_INDEXED_TABLES:
        for stmt in _search_index_ddl(table):
            conn.execute(text(stmt))
        fts = table + _FTS_SUFFIX
        conn.execute(text(f"INSERT INTO {fts}({fts}) VALUES ('delete-all')"))
        conn.execute(text(f"INSERT INTO {fts}(rowid, search_text) SELECT rowid, ' ' || coalesce(search_text, '') "
                          f"FROM {table} WHERE deleted = 0"))


def drop_search_index(conn) -> None:
    from sqlalchemy import text

    for table in SEARCH_INDEXED_TABLES:
        fts = table + _FTS_SUFFIX
        for suffix in ("_ai", "_ad", "_au"):
            conn.execute(text(f"DROP TRIGGER IF EXISTS {fts}{suffix}"))
        conn.execute(text(f"DROP TABLE IF EXISTS {fts}"))


def search_index_ok(conn) -> bool:
    """All FTS tables and their three triggers exist (a batch table rebuild drops triggers)."""
    from sqlalchemy import text

    names = {r[0] for r in conn.execute(text(
        "SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger') AND name LIKE '%\\_fts%' ESCAPE '\\'"))}
    return all({t + _FTS_SUFFIX, *(t + _FTS_SUFFIX + s for s in ("_ai", "_ad", "_au"))} <= names
               for t in SEARCH_INDEXED_TABLES)


def fts_match_query(words: list[str]) -> tuple[str | None, list[str]]:
    """(FTS5 MATCH expression, words it cannot cover) for folded query words.

    Words of 3+ letters match anywhere (substring); 2-letter words match at a word start (the
    indexed text has a space before every word); 1-letter words are left to the caller (a LIKE on
    the already narrowed rows). Terms are quoted, so user text is never FTS syntax.
    """
    terms, rest = [], []
    for w in words:
        if len(w) >= 3:
            terms.append(w)
        elif len(w) == 2:
            terms.append(" " + w)
        else:
            rest.append(w)
    if not terms:
        return None, rest
    return " AND ".join('"' + t.replace('"', '""') + '"' for t in terms), rest


def fts_rowid_filter(table, words: list[str]):
    """(SQLAlchemy condition restricting `table` to rows matching `words`, uncovered words), or
    (None, words) when no word is long enough for the index."""
    from sqlalchemy import literal_column, select, table as sa_table, text

    match, rest = fts_match_query(words)
    if match is None:
        return None, rest
    name = table.name + _FTS_SUFFIX
    fts = sa_table(name)
    sub = select(literal_column("rowid")).select_from(fts).where(text(f"{name} MATCH :fts_{table.name}"))
    cond = literal_column(f"{table.name}.rowid").in_(sub.params(**{f"fts_{table.name}": match}))
    return cond, rest


def fts_count(conn, table_name: str, words: list[str]) -> int | None:
    """Number of live rows matching `words`, straight from the index (None if it can't say alone)."""
    from sqlalchemy import text

    match, rest = fts_match_query(words)
    if match is None or rest:
        return None
    name = table_name + _FTS_SUFFIX
    return conn.execute(text(f"SELECT count(*) FROM {name} WHERE {name} MATCH :q"), {"q": match}).scalar_one()


# -- Vietnamese order for text columns without a stored sort key ----------------------------------
VI_SORT_FUNCTION = "dnnd_vi_sort"


def _cached_sort_key():
    from functools import lru_cache

    from ..domain.text import sort_key

    return lru_cache(maxsize=65536)(sort_key)


_VI_SORT = None


def register_functions(dbapi_conn) -> None:
    """SQL function dnnd_vi_sort(text): the Vietnamese sort key (domain.text.sort_key), cached, for
    ORDER BY on low-cardinality text columns (village, city) that have no stored sort key."""
    global _VI_SORT
    if _VI_SORT is None:
        _VI_SORT = _cached_sort_key()
    dbapi_conn.create_function(VI_SORT_FUNCTION, 1, _VI_SORT, deterministic=True)


def ensure_functions(session) -> None:
    """Register the SQL functions on the session's current DB-API connection. Cheap, so done before
    each list query: pooled connections may have been opened before anyone asked."""
    register_functions(session.connection().connection.driver_connection)


class search_index_suspended:  # noqa: N801 - used as a context manager, reads like one
    """For bulk loads inside one transaction: drop the FTS triggers (per-row index upkeep costs
    more than the insert itself), then rebuild the whole index in one statement at the end. If the
    load fails the transaction rolls back, triggers included."""

    def __init__(self, conn):
        self.conn = conn

    def __enter__(self):
        from sqlalchemy import text

        # pysqlite opens a transaction only before INSERT/UPDATE/DELETE; DDL issued first would
        # autocommit, and a failed load would leave the index without its triggers.
        raw = self.conn.connection.driver_connection
        if not raw.in_transaction:
            raw.execute("BEGIN")
        for table in SEARCH_INDEXED_TABLES:
            for suffix in ("_ai", "_ad", "_au"):
                self.conn.execute(text(f"DROP TRIGGER IF EXISTS {table}{_FTS_SUFFIX}{suffix}"))
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            install_search_index(self.conn)
        return False
