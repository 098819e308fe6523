"""The rows of a long SELECT as sqlite3 makes them, for exports of 100k rows (storage/dialect.py
`streamed_rows` picks this on SQLite).

SQLAlchemy wraps each driver row in a Row (about 1 µs a row with its buffering): 0.15 s of CPU
in a 100k-household export, whose whole own work outside openpyxl is about 1.3 s. When no
selected column needs a conversion of its stored value (texts and integers on SQLite need none),
the driver's tuples are what SQLAlchemy would hand on, so they are read from the cursor directly.
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import Select
from sqlalchemy.engine import Connection


def needs_conversion(conn: Connection, stmt: Select[Any]) -> bool:
    """Whether SQLAlchemy would convert any selected column's value (booleans, dates, JSON…)."""
    dialect = conn.dialect
    return any(c.type.dialect_impl(dialect).result_processor(dialect, None) is not None
               for c in stmt.selected_columns)


def driver_rows(conn: Connection, stmt: Select[Any], batch: int) -> Iterator[Sequence[Any]]:
    """The rows of `stmt`, `batch` at a time from the cursor (sqlite3 steps lazily: nothing is
    read before it is asked for, so memory stays flat). Only for a select where
    `needs_conversion` is False (dialect.streamed_rows asks)."""
    # Executed without yield_per: SQLAlchemy's plain fetch strategy reads nothing ahead, so the
    # cursor's first row is still the first row of the result.
    result = conn.execute(stmt)
    cursor = result.cursor
    try:
        while rows := cursor.fetchmany(batch):
            yield from rows
    finally:
        result.close()
