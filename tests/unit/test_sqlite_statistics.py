"""The planner's statistics are kept: a database without any is analysed when a connection opens
(without them SQLite read the household editor's rows through the index on the tombstone flag),
and `PRAGMA optimize` runs when a connection closes."""
from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import text

from dnnd_desktop.storage.engine import make_engine

pytestmark = pytest.mark.sqlite_only("statistics of the SQLite file")


def _stats(path) -> int:
    con = sqlite3.connect(path)
    try:
        if not con.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchone():
            return -1
        return con.execute("SELECT count(*) FROM sqlite_stat1").fetchone()[0]
    finally:
        con.close()


def test_a_database_without_statistics_is_analysed_when_opened(installed):
    db = installed.database
    con = sqlite3.connect(db)
    con.execute("DROP TABLE IF EXISTS sqlite_stat1")
    con.commit()
    con.close()
    assert _stats(db) == -1
    engine = make_engine(db)
    with engine.connect() as conn:
        plan = " ".join(str(r) for r in conn.execute(text(
            "EXPLAIN QUERY PLAN SELECT * FROM persons WHERE deleted = 0 AND household_id = 'x'")))
    engine.dispose()
    assert _stats(db) > 0
    assert "household_id" in plan


def test_closing_a_connection_runs_pragma_optimize(installed):
    engine = make_engine(installed.database)
    seen: list[str] = []
    with engine.connect() as conn:
        raw = conn.connection.driver_connection
        raw.set_trace_callback(seen.append)
    engine.dispose()
    assert "PRAGMA optimize" in seen
