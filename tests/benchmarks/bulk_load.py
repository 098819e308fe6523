"""Filling a store with hundreds of thousands of synthetic records, for the benchmarks (issue 20).

The rows are the app's own: each one is made by `RecordWriter.prepare_insert` (NFC text, the folded
search text, the Vietnamese sort keys, stamps) and written with the models' Core insert, so the
`change_seq` default stamps it as any write does. Only the index upkeep differs:

- `fast=False` writes with every trigger and index in place, as the app's bulk paths do (at 500,000
  households on SQLite this took over an hour: per row, two FTS5 indexes through triggers and a
  dozen B-tree indexes, the sort-key ones in random order);
- `fast=True` does the same inserts in the same single transaction with the loaded tables'
  secondary indexes dropped (and, on SQLite, the FTS triggers), then creates the indexes again
  from their own DDL and fills the FTS indexes in one statement each, as revision 0002/0005 do.

tests/integration/test_bench_bulk_load.py checks at a small size that both give the same store
(rows, search hits, order; FTS integrity on SQLite). This is benchmark code: it reads the catalogue
of each database (sqlite_master, pg_indexes), which the app leaves to storage/sqlite*.py and
storage/postgres*.py.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import random
import uuid
from collections.abc import Iterator
from typing import Any

from sqlalchemy import insert, text

from dnnd_desktop.services.demo import FAMILY, MIDDLE_F, MIDDLE_M
from dnnd_desktop.services.record_writer import RecordWriter
from dnnd_desktop.storage.dialect import module_for, name_of
from dnnd_desktop.storage.models import Activity, Household, OverseasPerson

CHUNK = 5000
BLOCK = 50_000  # households generated (and prepared) at a time: bounded memory at any size
GIVEN = ("An", "Bình", "Chiến", "Dũng", "Đức", "Giang", "Hà", "Hải", "Hằng", "Hùng", "Hương", "Khánh",
         "Kiên", "Lan", "Loan", "Mai", "Minh", "Ngọc", "Nguyên", "Phương", "Quân", "Sơn", "Sùng", "Thảo",
         "Thủy", "Tuấn", "Vàng", "Yến", "Páo", "Sử", "Chư", "Lềnh")
COUNTRIES = ("US", "FR", "DE", "JP", "KR", "AU", "CA", "LA", "CN", "TH", "RU", "CZ", "GB", "TW")
LOADED_TABLES = ("households", "persons", "activities")


def name(rng: random.Random) -> str:
    female = rng.random() < 0.4
    return f"{rng.choice(FAMILY)} {rng.choice(MIDDLE_F if female else MIDDLE_M)} {rng.choice(GIVEN)}"


def records(households: int, seed: int = 20) -> Iterator[tuple[type, list[dict[str, Any]], list[str]]]:
    """(model, field values, record ids) in blocks: `households` households with 1.5 overseas
    persons each and one activity per 25 households. Ids come from the seed too, so two stores
    loaded with the same seed hold the same records (ties in a sort then fall the same way)."""
    rng, ids = random.Random(seed), random.Random(seed + 1)

    def new_ids(n: int) -> list[str]:
        return [str(uuid.UUID(int=ids.getrandbits(128), version=4)) for _ in range(n)]

    for lo in range(0, households, BLOCK):
        n = min(BLOCK, households - lo)
        hh = new_ids(n)
        yield Household, [dict(head_name=name(rng), village=f"Thôn {rng.randrange(400)}",
                               phone=f"09{rng.randrange(10**8):08d}") for _ in range(n)], hh
        persons = n * 3 // 2
        yield OverseasPerson, [dict(household_id=hh[i // 3 * 2 % n], full_name=name(rng),
                                    country=rng.choice(COUNTRIES)) for i in range(persons)], new_ids(persons)
    activities = max(1, households // 25)
    yield Activity, [dict(title=f"Giao lưu {name(rng)}", activity_type="border_exchange",
                          start_date=dt.date(2026, 1, 1) + dt.timedelta(days=rng.randrange(180)),
                          country=rng.choice(("CN", "LA")), participants_vn=rng.randrange(200))
                     for _ in range(activities)], new_ids(activities)


def populate(ctx, households: int, *, fast: bool = True, seed: int = 20) -> None:
    """Write the synthetic records in one transaction (see the module docstring for `fast`)."""
    with ctx.session() as s:
        w = RecordWriter(s, ctx)
        conn = s.connection()
        loader = indexes_deferred(conn, LOADED_TABLES) if fast else contextlib.nullcontext()
        with loader:
            for model, rows, ids in records(households, seed):
                first = w.next_counter(len(rows))
                made = [w.prepare_insert(model, r, first + i, ids[i]) for i, r in enumerate(rows)]
                for i in range(0, len(made), CHUNK):
                    s.execute(insert(model), made[i:i + CHUNK])


def indexes_deferred(conn, tables: tuple[str, ...]):
    return (_PostgresIndexesDeferred if name_of(conn) == "postgresql" else _SqliteIndexesDeferred)(conn, tables)


def analyse(engine) -> None:
    """Planner statistics after the load, as the app's own upkeep would gather them soon after
    (SQLite: `PRAGMA optimize` when connections close; PostgreSQL: autovacuum, which also sets the
    visibility map that index-only counts need)."""
    if engine.dialect.name == "postgresql":
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("VACUUM ANALYZE"))
    else:
        with engine.begin() as conn:
            conn.execute(text("ANALYZE"))


class _SqliteIndexesDeferred:
    """Drop the FTS triggers and the tables' secondary indexes inside the load's transaction;
    recreate the indexes from the DDL SQLite stored for them, then refill both FTS indexes from the
    table (storage/sqlite.search_index_suspended, the app's own bulk-load helper). A failed load
    rolls back, DDL included."""

    def __init__(self, conn, tables: tuple[str, ...]) -> None:
        self.conn, self.tables = conn, tables
        self.fts = module_for(conn).search_index_suspended(conn)
        self.ddl: list[str] = []

    def _raw(self, sql: str) -> None:
        self.conn.exec_driver_sql(sql)

    def __enter__(self):
        self.fts.__enter__()   # opens the transaction, so the DDL below is part of it
        marks = ",".join("?" * len(self.tables))
        found = self.conn.exec_driver_sql(
            f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
            f"AND tbl_name IN ({marks}) ORDER BY name", tuple(self.tables)).all()
        self.ddl = [sql for _n, sql in found]
        for index_name, _sql in found:
            self._raw(f'DROP INDEX "{index_name}"')
        # A larger page cache for this connection while the indexes are sorted (reset below).
        self._raw("PRAGMA cache_size=-512000")
        return self

    def __exit__(self, exc_type, exc, tb):
        try:
            if exc_type is None:
                for sql in self.ddl:
                    self._raw(sql)
            return self.fts.__exit__(exc_type, exc, tb)
        finally:
            self._raw("PRAGMA cache_size=-32000")


class _PostgresIndexesDeferred:
    """Drop the tables' indexes that back no constraint (the sort keys, the flags, the GIN trigram
    search indexes) inside the load's transaction and create them again from their definitions
    (pg_indexes.indexdef) at the end, with more sort memory for this transaction only."""

    def __init__(self, conn, tables: tuple[str, ...]) -> None:
        self.conn, self.tables = conn, tables
        self.ddl: list[str] = []

    def __enter__(self):
        found = self.conn.execute(text(
            "SELECT i.indexname, i.indexdef FROM pg_indexes i WHERE i.schemaname = current_schema() "
            "AND i.tablename = ANY(:t) AND NOT EXISTS "
            "(SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname) ORDER BY i.indexname"),
            {"t": list(self.tables)}).all()
        self.ddl = [d for _n, d in found]
        for index_name, _d in found:
            self.conn.execute(text(f'DROP INDEX "{index_name}"'))
        self.conn.execute(text("SET LOCAL maintenance_work_mem = '256MB'"))
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            for d in self.ddl:
                self.conn.execute(text(d))
        return False
