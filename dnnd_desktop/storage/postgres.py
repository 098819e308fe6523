"""PostgreSQL specifics of an open database (the counterpart of sqlite.py): connection settings,
the search over the folded text and the Vietnamese order of unkeyed text columns.
"""
from __future__ import annotations

from sqlalchemy import event
from sqlalchemy.engine import Engine

from .like_patterns import like_pattern
from .search_match import SearchMatch


def configure_engine(engine: Engine) -> None:
    """Name the connections (so a server administrator sees who holds a lock in pg_stat_activity)
    and bound how long a statement waits for a lock held by a stuck client."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):  # noqa: ANN001 - DB-API connection
        with dbapi_conn.cursor() as cur:
            cur.execute("SET application_name = 'dnnd_desktop'")
            cur.execute("SET lock_timeout = '120s'")
        dbapi_conn.commit()


# -- Search -----------------------------------------------------------------------------------------
# Revision 0006 gives each searchable table a GIN trigram index (pg_trgm) on ' ' || search_text.
SEARCH_INDEXED_TABLES = ("activities", "twinnings", "households", "persons", "partners",
                         # revision 0014 (issue 13)
                         "border_groups", "relatives_associations", "training_courses", "propaganda_products")
_SEARCH_INDEX_SUFFIX = "_search_trgm"


def is_search_index(name: str) -> bool:
    """True for the trigram indexes of revision 0006 (Alembic autogenerate must ignore them)."""
    return any(name == f"ix_{t}{_SEARCH_INDEX_SUFFIX}" for t in SEARCH_INDEXED_TABLES)


def _indexed_text(table):
    """The expression revision 0006 indexes, written the same way so the planner uses the index.
    The space is a literal (not a bound parameter): the index expression must match exactly."""
    from sqlalchemy import literal_column

    return literal_column("' '") + table.c.search_text


def _word_start(token: str) -> str:
    """Regular expression: `token` at the start of a word of the text. A word starts after any
    character that is no letter or digit, as SQLite's unicode61 tokenizer splits (tokens hold
    letters and digits only, so they need no escaping)."""
    return "[^[:alnum:]]" + token


def prefix_condition(table, words: list[str]):
    """Every query word (split into letters-and-digits tokens) starts some word of the text: the
    hits of SQLite's word-prefix index (revision 0005). None without tokens."""
    from sqlalchemy import and_

    from .search_match import word_tokens

    tokens = word_tokens(words)
    if not tokens:
        return None
    text = _indexed_text(table)
    return and_(*(text.regexp_match(_word_start(t)) for t in tokens))


def substring_condition(table, words: list[str]):
    """(condition, words left to the caller) of the substring fallback, as SQLite's trigram index
    answers it: 3+ letters anywhere, 2 letters at a word start (after a space), 1 letter left to
    the caller's word-start LIKE."""
    from sqlalchemy import and_

    text = _indexed_text(table)
    terms, rest = [], []
    for w in words:
        if len(w) >= 3:
            terms.append(text.like(*like_pattern(w)))
        elif len(w) == 2:
            terms.append(text.like(*like_pattern(w, "% ")))
        else:
            rest.append(w)
    return (and_(*terms) if terms else None), rest


def search_match(conn, table, words: list[str]) -> SearchMatch:
    """Word prefixes first; substrings only when no live record has words starting so (the same
    choice SQLite makes from its indexes, so both give the same hits). The planner picks the
    trigram index or a scan; no row ids are involved."""
    from sqlalchemy import false, func, select

    def count(condition) -> int:
        return int(conn.execute(select(func.count()).select_from(table)
                                .where(table.c.deleted == false(), condition)).scalar_one())

    # The count decides prefix or substring, serves the list's count, and lets record_queries
    # choose how to read the page (SearchMatch.count).
    prefix = prefix_condition(table, words)
    if prefix is not None:
        n = count(prefix)
        if n:
            return SearchMatch(prefix, (), n, False)
    condition, rest = substring_condition(table, words)
    matched = count(condition) if condition is not None and not rest else None
    return SearchMatch(condition, tuple(rest), matched, True)


def row_id(table):
    """No rowids here: the primary key identifies a row."""
    return table.c.id


def for_whole_list(stmt, _model, _order):
    """SQLite needs a hint to read a whole list cheaply; PostgreSQL's planner weighs that itself."""
    return stmt


def without_index(expr):
    """SQLite needs a planner hint in one list query; PostgreSQL's planner costs both plans itself."""
    return expr


# -- Order ------------------------------------------------------------------------------------------
# Stored sort keys (domain.text.sort_key) are strings whose code-point order is Vietnamese order;
# revision 0006 gives those columns the "C" collation so their indexes sort that way.
VI_COLLATION = "vi-x-icu"


# PostgreSQL puts NULL after every value in ascending order, before them descending
# (storage/sort_groups.py keeps that order).
NULLS_SORT_LOW = False


def code_point_order(expr):
    """`expr` compared by code point (for sort-key strings computed in the query, like the CASE
    over a column's few values, which would otherwise take the database's collation)."""
    return expr.collate("C")


_HAS_VI_COLLATION: dict[str, bool] = {}


def vi_order(session, col):
    """Vietnamese order of a text column without a stored sort key (village, city): ICU's Vietnamese
    collation, present when the server is built with ICU (Debian's and the PGDG packages are);
    without it, the server's own order."""
    from sqlalchemy import text

    key = session.get_bind().url.render_as_string(hide_password=True)
    if key not in _HAS_VI_COLLATION:
        _HAS_VI_COLLATION[key] = bool(session.execute(
            text("SELECT count(*) FROM pg_collation WHERE collname = :c"), {"c": VI_COLLATION}).scalar())
    return col.collate(VI_COLLATION) if _HAS_VI_COLLATION[key] else col


def ensure_functions(session) -> None:
    """Nothing to register: no SQL function of the app's own is used on PostgreSQL."""


def broken_search_indexes(conn) -> tuple[str, ...]:
    """The trigram indexes are ordinary indexes that no table rebuild drops: nothing to repair."""
    return ()


def install_search_indexes(conn, which: tuple[str, ...] = ()) -> None:
    """Nothing to rebuild (see broken_search_indexes)."""


class search_index_suspended:  # noqa: N801 - used as a context manager, reads like one
    """Bulk loads keep the GIN indexes as they are: PostgreSQL batches GIN insertions in its
    pending list (fastupdate), so there is nothing to suspend."""

    def __init__(self, conn):
        self.conn = conn

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        return False


def take_write_lock(session) -> None:
    """Nothing to do: the transaction is open from its first statement, and the importer takes the
    installation row FOR UPDATE (services/sync/state.lock_installation) before it reads its log."""


def defer_search_merges(conn) -> None:
    """Nothing to defer: GIN indexes batch insertions in their pending list (fastupdate)."""


def merge_search_indexes(conn, bound: int = 0) -> dict[str, int]:
    """Nothing to merge: autovacuum cleans the GIN pending lists."""
    return {}
