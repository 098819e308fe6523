"""The benchmarks' fast bulk load (tests/benchmarks/bulk_load.py, issue 20) leaves the store the app
itself would have written: the same 2,000 households loaded once with the indexes deferred and once
with every trigger and index in place give the same rows, the same indexes, the same search hits
in the same order, and on SQLite FTS indexes that pass their integrity check. Runs on PostgreSQL too
with --database=postgres."""
from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from dnnd_desktop.domain.text import fold, sort_key
from dnnd_desktop.paths import DataDir
from dnnd_desktop.services.app_context import open_context
from dnnd_desktop.services.records import ListQuery, RecordQueryService
from dnnd_desktop.services.records.record_service import RecordService
from dnnd_desktop.storage.models import Household
from tests.benchmarks.bulk_load import analyse, populate, records
from tests.conftest import copy_installation, drop_database, fresh_database

HOUSEHOLDS = 2000
QUERIES = ("ngu", "duc", "pao", "thi m", "van d", "thon 12", "09", "uyen", "lenh sung", "zzz")
TIMESTAMPS = {"created_at", "updated_at"}
TABLES = ("households", "persons", "activities")


@pytest.fixture
def stores(installed, tmp_path: Path):
    """(fast, app path): two copies of one installation, each loaded the one way."""
    other = DataDir(tmp_path / "app-path")
    fresh_database(other.root)
    copy_installation(installed, other)
    ctxs = [open_context(installed), open_context(other)]
    try:
        populate(ctxs[0], HOUSEHOLDS, fast=True)
        populate(ctxs[1], HOUSEHOLDS, fast=False)
        for c in ctxs:
            analyse(c.engine)
        yield ctxs
    finally:
        for c in ctxs:
            c.close()
        drop_database(other.root)


def rows(ctx, table: str) -> list[tuple]:
    with ctx.engine.connect() as conn:
        result = conn.execute(text(f"SELECT * FROM {table} ORDER BY id"))
        keep = [i for i, k in enumerate(result.keys()) if k not in TIMESTAMPS]
        return [tuple(r[i] for i in keep) for r in result]


def indexes(ctx) -> list[tuple[str, str]]:
    with ctx.engine.connect() as conn:
        if ctx.engine.dialect.name == "postgresql":
            sql = "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema()"
        else:
            sql = "SELECT name, coalesce(sql, '') FROM sqlite_master WHERE type IN ('index', 'trigger')"
        return sorted(tuple(r) for r in conn.execute(text(sql)))


def in_order(qs: RecordQueryService) -> list[str]:
    """Every household's id as the list shows them by name, page by page."""
    return [r.id for offset in range(0, HOUSEHOLDS, 500)
            for r in qs.page("household", ListQuery(sort="head_name"), offset, 500, total=HOUSEHOLDS)]


def test_fast_load_writes_what_the_app_writes(stores):
    fast, app = stores
    for table in TABLES:
        assert rows(fast, table) == rows(app, table), table
    assert indexes(fast) == indexes(app)

    # Counted by hand from the generated data: the totals, and which households a word prefix finds.
    generated = {m.__tablename__: sum(len(r) for mm, r, _ids in records(HOUSEHOLDS) if mm is m)
                 for m in {m for m, _r, _i in records(HOUSEHOLDS)}}
    assert generated == {"households": 2000, "persons": 3000, "activities": 80}
    heads = [(i, r["head_name"]) for m, rs, ids in records(HOUSEHOLDS) if m is Household
             for i, r in zip(ids, rs, strict=True)]
    pao = sorted((sort_key(n), i) for i, n in heads if any(w.startswith("pao") for w in fold(n).split()))
    assert 0 < len(pao) < HOUSEHOLDS

    qf, qa = RecordQueryService(fast), RecordQueryService(app)
    assert qf.count("household", ListQuery()) == qa.count("household", ListQuery()) == HOUSEHOLDS
    everyone = in_order(qf)
    assert everyone == in_order(qa)
    assert everyone == [i for _k, i in sorted((sort_key(n), i) for i, n in heads)]
    found = {}
    for q in QUERIES:
        n = qf.count("household", ListQuery(search=q))
        assert n == qa.count("household", ListQuery(search=q)), q
        hits = [r.id for r in qf.page("household", ListQuery(search=q, sort="head_name"), 0, 100)]
        assert hits == [r.id for r in qa.page("household", ListQuery(search=q, sort="head_name"), 0, 100)], q
        found[q] = n
    assert found["pao"] == len(pao)
    assert [r.id for r in qf.page("household", ListQuery(search="pao", sort="head_name"), 0, 100)] \
        == [i for _k, i in pao[:100]]
    assert found["zzz"] == 0 and found["uyen"] > 0   # "uyen" only as a substring (of "nguyen")
    assert qf.count("person", ListQuery(search="ngu")) == qa.count("person", ListQuery(search="ngu")) > 0

    if fast.engine.dialect.name == "sqlite":
        with fast.engine.begin() as conn:
            for table in ("activities", "twinnings", "households", "persons", "partners"):
                for index in (f"{table}_fts", f"{table}_words"):
                    conn.execute(text(f"INSERT INTO {index}({index}) VALUES ('integrity-check')"))
            assert conn.execute(text("SELECT count(*) FROM households_words")).scalar() == HOUSEHOLDS

    # The triggers are back: a household written afterwards through the service is found at once.
    RecordService(fast).create("household", {"head_name": "Giàng Seo Quỳnh"})
    assert qf.count("household", ListQuery(search="giang seo quy")) == 1
