"""SQLite specifics of an open database (DESIGN.md rule 9): connection pragmas, the FTS5 search
indexes and the SQL functions they use. Whole-file work (backup API, inspection) is in
sqlite_files.py. The rest of storage/ is portable SQLAlchemy."""
from __future__ import annotations

from sqlalchemy import event
from sqlalchemy.dialects.sqlite.base import SQLiteCompiler
from sqlalchemy.engine import Connection, Engine

from .search_match import SearchMatch as _SearchMatch
from .search_match import word_tokens


class _Compiler(SQLiteCompiler):
    """SQLAlchemy's SQLite compiler, rendering table hints (`with_hint(..., dialect_name="sqlite")`)
    after the table's name, where SQLite takes `NOT INDEXED` and `INDEXED BY` (the stock compiler
    drops every hint on SQLite)."""

    def get_from_hint_text(self, table, text):
        return text


def install_compiler(engine: Engine) -> None:
    engine.dialect.statement_compiler = _Compiler


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
        # Statistics for the planner, sampled (a fifth of a second at 545 MB, not a minute).
        # Without them SQLite picked the index on the tombstone flag for the household editor's
        # reads (100+ ms instead of under 1); a database that never had any is analysed once here,
        # later growth by `PRAGMA optimize` when a connection closes.
        cur.execute("PRAGMA analysis_limit=1000")
        try:
            if not cur.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchone() \
                    and cur.execute("SELECT 1 FROM sqlite_master WHERE name = 'alembic_version'").fetchone():
                cur.execute("ANALYZE")
        except Exception:  # noqa: BLE001 - a read-only or busy file simply stays without statistics
            pass
        cur.close()

    @event.listens_for(engine, "close")
    def _on_close(dbapi_conn, _record):  # noqa: ANN001 - DB-API connection
        try:
            dbapi_conn.execute("PRAGMA optimize")
        except Exception:  # noqa: BLE001 - statistics are an optimisation; closing must not fail
            pass


# -- Full-text search (FTS5) ----------------------------------------------------------------------
# Each searchable table T has two contentless FTS5 tables over T.search_text (the folded text the
# record writer keeps), keyed by T's rowid and kept in sync by triggers. Only live rows are
# indexed, so a MATCH never returns tombstones.
#
# - T_words (revision 0005): word prefixes. unicode61 tokens with prefix indexes for 1-3 letters
#   and detail='none' (no positions: small, and all we ask is "some word starts with ..."). Officers
#   type the start of words ("duc", "nguyen van d", "ban muong"): each query word becomes "w"*,
#   all AND-ed. This answers most keystrokes from far fewer candidates than substrings do.
# - T_fts (revision 0002): trigrams over ' ' || search_text, for substring matches ("uyen" finds
#   "nguyen"). Used only when no record has words starting with the query's words. The leading
#   space lets a 2-letter word match at a word start; 1-letter words are left to a LIKE.
SEARCH_INDEXED_TABLES = ("activities", "twinnings", "households", "persons", "partners",
                         # revision 0014 (issue 13)
                         "border_groups", "relatives_associations", "training_courses", "propaganda_products")
_FTS_SUFFIX = "_fts"
_WORDS_SUFFIX = "_words"
_TRIGGERS = ("_ai", "_ad", "_au")


def is_search_index_table(name: str) -> bool:
    """True for the FTS5 tables and their shadow tables (Alembic autogenerate must ignore them)."""
    return any(name == t + sfx or name.startswith(t + sfx + "_")
               for t in SEARCH_INDEXED_TABLES for sfx in (_FTS_SUFFIX, _WORDS_SUFFIX))


def _index_ddl(table: str, suffix: str) -> list[str]:
    fts = table + suffix
    if suffix == _FTS_SUFFIX:
        create = f"CREATE VIRTUAL TABLE IF NOT EXISTS {fts} USING fts5(search_text, content='', tokenize='trigram')"
        doc = "' ' || coalesce({0}.search_text, '')"
    else:
        create = (f"CREATE VIRTUAL TABLE IF NOT EXISTS {fts} USING fts5(search_text, content='', "
                  f"tokenize='unicode61 remove_diacritics 0', prefix='1 2 3', detail='none')")
        doc = "coalesce({0}.search_text, '')"
    return [
        create,
        *(f"DROP TRIGGER IF EXISTS {fts}{t}" for t in _TRIGGERS),
        (f"CREATE TRIGGER {fts}_ai AFTER INSERT ON {table} WHEN new.deleted = 0 BEGIN "
         f"INSERT INTO {fts}(rowid, search_text) VALUES (new.rowid, {doc.format('new')}); END"),
        (f"CREATE TRIGGER {fts}_ad AFTER DELETE ON {table} WHEN old.deleted = 0 BEGIN "
         f"INSERT INTO {fts}({fts}, rowid, search_text) VALUES ('delete', old.rowid, {doc.format('old')}); END"),
        (f"CREATE TRIGGER {fts}_au AFTER UPDATE OF search_text, deleted ON {table} BEGIN "
         f"INSERT INTO {fts}({fts}, rowid, search_text) SELECT 'delete', old.rowid, {doc.format('old')} "
         f"WHERE old.deleted = 0; "
         f"INSERT INTO {fts}(rowid, search_text) SELECT new.rowid, {doc.format('new')} WHERE new.deleted = 0; END"),
        f"INSERT INTO {fts}({fts}) VALUES ('delete-all')",
        f"INSERT INTO {fts}(rowid, search_text) SELECT rowid, {doc.format(table)} FROM {table} WHERE deleted = 0",
    ]


def _install(conn, suffixes, tables: tuple[str, ...] = SEARCH_INDEXED_TABLES) -> None:
    from sqlalchemy import text

    for table in tables:
        for suffix in suffixes:
            for stmt in _index_ddl(table, suffix):
                conn.execute(text(stmt))


def install_search_index(conn, tables: tuple[str, ...] = SEARCH_INDEXED_TABLES) -> None:
    """Create (or re-create) the trigram FTS tables and triggers and fill them from the records.

    Idempotent. Run by revision 0002 (which introduced search, on the tables it had) and 0014 (on
    the tables it creates); `install_search_indexes` does both indexes. `conn` is a SQLAlchemy
    Connection.
    """
    _install(conn, (_FTS_SUFFIX,), tables)


def install_word_index(conn, tables: tuple[str, ...] = SEARCH_INDEXED_TABLES) -> None:
    """Create (or re-create) the word-prefix FTS tables and triggers and fill them."""
    _install(conn, (_WORDS_SUFFIX,), tables)


def install_search_indexes(conn, which: tuple[str, ...] = ("trigram", "words")) -> None:
    """Both search indexes (or those named), rebuilt from the records. Run by
    `ensure_search_index` whenever a table rebuild (Alembic batch mode) dropped the triggers or
    changed rowids, and at the end of a bulk load."""
    _install(conn, tuple({"trigram": _FTS_SUFFIX, "words": _WORDS_SUFFIX}[w] for w in which if w != "counts"))
    if "counts" in which:
        from .sqlite_counts import install_counts

        install_counts(conn)


def drop_search_index(conn, tables: tuple[str, ...] = SEARCH_INDEXED_TABLES) -> None:
    """Drop the trigram index (revision 0002's downgrade)."""
    _drop(conn, _FTS_SUFFIX, tables)


def drop_word_index(conn, tables: tuple[str, ...] = SEARCH_INDEXED_TABLES) -> None:
    _drop(conn, _WORDS_SUFFIX, tables)


def _drop(conn, suffix: str, tables: tuple[str, ...] = SEARCH_INDEXED_TABLES) -> None:
    from sqlalchemy import text

    for table in tables:
        fts = table + suffix
        for t in _TRIGGERS:
            conn.execute(text(f"DROP TRIGGER IF EXISTS {fts}{t}"))
        conn.execute(text(f"DROP TABLE IF EXISTS {fts}"))


def broken_search_indexes(conn) -> tuple[str, ...]:
    """Which indexes ("trigram", "words") miss a table or a trigger (a batch rebuild drops triggers)."""
    from sqlalchemy import text

    names = {r[0] for r in conn.execute(text(
        "SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger') "
        "AND (name LIKE '%\\_fts%' ESCAPE '\\' OR name LIKE '%\\_words%' ESCAPE '\\')"))}
    out = []
    for which, suffix in (("trigram", _FTS_SUFFIX), ("words", _WORDS_SUFFIX)):
        if not all({t + suffix, *(t + suffix + g for g in _TRIGGERS)} <= names for t in SEARCH_INDEXED_TABLES):
            out.append(which)
    from .sqlite_counts import counts_broken

    if counts_broken(conn):     # the stored person counts' triggers go the same way (revision 0020)
        out.append("counts")
    return tuple(out)


def search_index_ok(conn) -> bool:
    """All FTS tables and their three triggers exist."""
    return not broken_search_indexes(conn)


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def prefix_match_query(words: list[str]) -> str | None:
    """FTS5 MATCH for the word-prefix index: every word must start some word of the record."""
    tokens = word_tokens(words)
    if not tokens:
        return None
    return " AND ".join(_quote(t) + "*" for t in tokens)


def fts_match_query(words: list[str]) -> tuple[str | None, list[str]]:
    """(trigram MATCH expression, words it cannot cover) for folded query words.

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
    return " AND ".join(_quote(t) for t in terms), rest


class SearchMatch(_SearchMatch):
    """A search narrowed by an FTS5 index: `rowids` selects the rowids it matched, and the
    condition restricts the table to them."""

    def __init__(self, table, rowids, rest: tuple[str, ...], count: int | None, substring: bool):
        from sqlalchemy import literal_column

        condition = None if rowids is None else literal_column(f"{table.name}.rowid").in_(rowids)
        super().__init__(condition, rest, count, substring, rowids)


def row_id(table):
    """The rowid of `table`'s rows (what the FTS tables are keyed by), as a column expression."""
    from sqlalchemy import literal_column

    return literal_column(f"{table.name}.rowid")


def _fts_rowids(table, fts_name: str, match: str):
    from sqlalchemy import literal_column, select, text
    from sqlalchemy import table as sa_table

    return select(literal_column("rowid")).select_from(sa_table(fts_name)) \
        .where(text(f"{fts_name} MATCH :fts_{table.name}")).params(**{f"fts_{table.name}": match})


def _fts_condition(table, fts_name: str, match: str):
    return row_id(table).in_(_fts_rowids(table, fts_name, match))


def _fts_count(conn, fts_name: str, match: str) -> int:
    raw = conn.connection.driver_connection
    return raw.execute(f"SELECT count(*) FROM {fts_name} WHERE {fts_name} MATCH ?", (match,)).fetchone()[0]


def search_match(conn, table, words: list[str]) -> SearchMatch:
    """Word prefixes first; substrings (trigrams) only when no record has words starting so.
    The choice depends on the index alone (not on filters), so a count and a page of the same
    search always agree."""
    name = table.name
    match = prefix_match_query(words)
    if match is not None:
        n: int | None = _fts_count(conn, name + _WORDS_SUFFIX, match)
        if n:
            return SearchMatch(table, _fts_rowids(table, name + _WORDS_SUFFIX, match), (), n, False)
    tri, rest = fts_match_query(words)
    if tri is None:
        return SearchMatch(table, None, tuple(rest), None, True)
    n = None if rest else _fts_count(conn, name + _FTS_SUFFIX, tri)
    return SearchMatch(table, _fts_rowids(table, name + _FTS_SUFFIX, tri), tuple(rest), n, True)


def fts_rowid_filter(table, words: list[str]):
    """(condition restricting `table` to rows whose text contains `words` as substrings, uncovered
    words), or (None, words) when no word is long enough for the trigram index."""
    match, rest = fts_match_query(words)
    if match is None:
        return None, rest
    return _fts_condition(table, table.name + _FTS_SUFFIX, match), rest


def fts_count(conn, table_name: str, words: list[str]) -> int | None:
    """Number of live rows matching `words` (prefix, else substring), from the index alone (None
    if it can't say alone)."""
    from sqlalchemy import table as sa_table

    return search_match(conn, sa_table(table_name), words).count


def for_whole_list(stmt, model, order):
    """`stmt`, reading the whole of a list of `model` ordered by `order` (its ORDER BY terms), as
    cheaply as SQLite can: through a covering index when one holds the order and every column of
    the table the statement uses (`INDEXED BY`; records.live_order_covering), else the table from
    start to end, then sorted (`NOT INDEXED`).

    For reads of a whole list (an export of 100k households). Walking a plain sort index visits
    the table's pages in random order: one page read (and, on an encrypted store, one decryption)
    per row once the table outgrows the page cache. A scan reads each page once and SQLite's sorter
    puts the rows in order. A covering index is already in order and holds only what is read
    (docs/excel.md, issue 12). Not for a filtered list: there the index finds a few rows without
    reading the others."""
    index = covering_index(stmt, model, order)
    hint = f"INDEXED BY {index}" if index else "NOT INDEXED"
    return stmt.with_hint(model, hint, dialect_name="sqlite")


def covering_index(stmt, model, order) -> str | None:
    """The name of an index of `model` on SQLite, (deleted, *order, ...), that holds every column of
    its table `stmt` uses, or None. The order's terms all ascending or all descending (an index is
    read either way)."""
    from sqlalchemy import Column
    from sqlalchemy.sql import operators, visitors

    from .models import declared_for

    table = model.__table__
    names, descending = [], set()
    for term in order:
        column = getattr(term, "element", term)
        if not isinstance(column, Column) or column.table is not table:
            return None
        names.append(column.name)
        descending.add(getattr(term, "modifier", None) is operators.desc_op)
    if len(descending) > 1:
        return None
    used = {c.name for c in visitors.iterate(stmt) if isinstance(c, Column) and c.table is table}
    for index in table.indexes:
        columns = [c.name for c in index.columns]
        if declared_for(index, "sqlite") and columns[:len(names) + 1] == ["deleted", *names] and used <= set(columns):
            return index.name
    return None


def without_index(expr):
    """`+expr`: the same value, but SQLite will not drive the query by an index on it. For a
    search with few matches, reading the matches by rowid and sorting them beats walking the
    whole sort index in order and testing each entry against the match list."""
    from sqlalchemy.sql import operators
    from sqlalchemy.sql.elements import UnaryExpression

    return UnaryExpression(expr, operator=operators.custom_op("+"), type_=expr.type)


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


def vi_order(_session, col):
    """ORDER BY expression putting a text column without a stored sort key in Vietnamese order."""
    from sqlalchemy import func

    return func.coalesce(getattr(func, VI_SORT_FUNCTION)(col), "")


# SQLite puts NULL before every value in ascending order (storage/sort_groups.py keeps that order).
NULLS_SORT_LOW = True


def code_point_order(expr):
    """`expr` compared by code point (SQLite's BINARY collation already does)."""
    return expr


def ensure_functions(session) -> None:
    """Register the SQL functions on the session's current DB-API connection. Cheap, so done before
    each list query: pooled connections may have been opened before anyone asked."""
    register_functions(session.connection().connection.driver_connection)


class search_index_suspended:  # noqa: N801 - used as a context manager, reads like one
    """For bulk loads inside one transaction: drop the FTS triggers (per-row index upkeep costs
    more than the insert itself), then rebuild the whole index in one statement at the end. If the
    load fails the transaction rolls back, triggers included."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def __enter__(self):
        from sqlalchemy import text

        # pysqlite opens a transaction only before INSERT/UPDATE/DELETE; DDL issued first would
        # autocommit, and a failed load would leave the index without its triggers.
        raw = self.conn.connection.driver_connection
        if not raw.in_transaction:
            raw.execute("BEGIN")
        for table in SEARCH_INDEXED_TABLES:
            for index in (_FTS_SUFFIX, _WORDS_SUFFIX):
                for suffix in _TRIGGERS:
                    self.conn.execute(text(f"DROP TRIGGER IF EXISTS {table}{index}{suffix}"))
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            install_search_indexes(self.conn)
        return False


# -- Writer lock ----------------------------------------------------------------------------------
def take_write_lock(session) -> None:
    """Make the session's transaction the database's writer now, waiting (busy timeout) while
    another process writes. pysqlite begins a transaction only at the first write, so reads done
    before it see a snapshot another process may commit over in the meantime; an import re-checks
    its package log after this call, under the lock, so two processes cannot both import a package."""
    from sqlalchemy import text

    session.execute(text("UPDATE installation SET id = id WHERE id = 1"))


# -- Search index merging (issue 15) --------------------------------------------------------------
# FTS5 writes each transaction's index entries as a new segment and, by default (automerge=4),
# merges segments incrementally during later writes. On a large store that merge work is most of
# what made the same sync package import 1.7-2.5x slower at 150 communes than on an empty store
# (docs/province.md). Imports therefore turn incremental merging off (`defer_search_merges`), and
# the merge runs at a calm moment instead (`merge_search_indexes`: after a USB sync batch, after
# the daily backup, and after any import that leaves an index with more than SEGMENT_BOUND
# segments). FTS5's own crisis merge (16 segments on one level) still bounds the worst case.
SEGMENT_BOUND = 8          # segments per search table a query may have to read before we merge
_MERGE_PAGES = 2000        # pages of merge work per 'merge' command; repeated while it helps
_MERGE_ROUNDS = 50         # at most this many commands per table and call (bounded work)


def _search_tables() -> list[str]:
    return [t + sfx for t in SEARCH_INDEXED_TABLES for sfx in (_FTS_SUFFIX, _WORDS_SUFFIX)]


def _raw(conn):
    """The DB-API connection of a Session or Connection (FTS5 commands are plain SQL)."""
    if hasattr(conn, "connection") and not hasattr(conn, "get_bind"):
        return conn.connection.driver_connection
    return conn.connection().connection.driver_connection


def defer_search_merges(conn) -> None:
    """Turn FTS5 incremental merging off for every search table (a persistent FTS5 setting,
    written in the caller's transaction). Search stays correct: queries read every segment."""
    raw = _raw(conn)
    for fts in _search_tables():
        raw.execute(f"INSERT INTO {fts}({fts}, rank) VALUES ('automerge', 0)")


def search_segment_counts(conn) -> dict[str, int]:
    """Segments per search table (each segment has at least one row in the table's %_idx)."""
    raw = _raw(conn)
    return {fts: raw.execute(f"SELECT count(DISTINCT segid) FROM {fts}_idx").fetchone()[0]
            for fts in _search_tables()}


def merge_search_indexes(conn, bound: int = SEGMENT_BOUND) -> dict[str, int]:
    """Merge the segments of every search table holding more than `bound` of them, in bounded
    steps (FTS5 'merge'), until it holds `bound` or fewer or a step changes nothing. Returns the
    segment counts afterwards. Runs in the caller's transaction."""
    raw = _raw(conn)
    counts = search_segment_counts(conn)
    for fts, n in counts.items():
        for _ in range(_MERGE_ROUNDS):
            if n <= bound:
                break
            before = raw.total_changes
            # Negative: levels with fewer than 'usermerge' segments are merged too, so a store
            # whose segments sit one or two per level still comes down to the bound.
            raw.execute(f"INSERT INTO {fts}({fts}, rank) VALUES ('merge', ?)", (-_MERGE_PAGES,))
            n = raw.execute(f"SELECT count(DISTINCT segid) FROM {fts}_idx").fetchone()[0]
            if raw.total_changes == before:
                break
        counts[fts] = n
    return counts
