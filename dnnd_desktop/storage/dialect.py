"""Pick the dialect module (storage/sqlite.py or storage/postgres.py) of a session or connection.

Both modules offer the same functions to record_queries and the bulk loaders: `search_match`,
`row_id`, `for_whole_list`, `without_index`, `vi_order`, `code_point_order`, `ensure_functions`,
`broken_search_indexes`, `install_search_indexes`, `search_index_suspended`,
`defer_search_merges`, `merge_search_indexes` and `SEARCH_INDEXED_TABLES`. Nothing outside them
asks which database it is on.
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from types import ModuleType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy import Select
    from sqlalchemy.engine import Connection


def name_of(bind) -> str:
    """"sqlite" or "postgresql" for a Session, Connection or Engine."""
    if hasattr(bind, "get_bind"):      # a Session
        bind = bind.get_bind()
    return bind.dialect.name


def module_for(bind) -> ModuleType:
    if name_of(bind) == "postgresql":
        from . import postgres

        return postgres
    from . import sqlite

    return sqlite


# Rows fetched at a time by a long read: memory stays flat, and the driver is asked rarely enough.
STREAM_BATCH = 2000


def streamed_rows(conn: Connection, stmt: Select[Any], batch: int = STREAM_BATCH) -> Iterator[Sequence[Any]]:
    """The rows of a Core select, `batch` at a time, for exports of 100k rows: on SQLite the
    driver's own tuples where no column needs converting (sqlite_rows.py); elsewhere SQLAlchemy's
    rows, streamed (yield_per: a server-side cursor on PostgreSQL)."""
    if name_of(conn) == "sqlite":
        from .sqlite_rows import driver_rows, needs_conversion

        if not needs_conversion(conn, stmt):
            return driver_rows(conn, stmt, batch)
    import itertools

    return itertools.chain.from_iterable(conn.execute(stmt.execution_options(yield_per=batch)).partitions())
