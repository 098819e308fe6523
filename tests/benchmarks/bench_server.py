"""The central store on PostgreSQL next to SQLite, in one run (issue 20). A script: prints figures.

    .venv/bin/python tests/benchmarks/bench_server.py [--households 500000] [--communes 150]
        [--at-once 4] [--database-url postgresql://postgres@127.0.0.1:5432/postgres] [--only postgresql]
        [--app-write-path]

The server URL (default DNND_TEST_DATABASE_URL) must let the role create databases: the run makes
its own, `dnnd_bench_<pid>`, and drops it afterwards. For each database, a province installation
gets N households with Vietnamese names (1.5 overseas persons each) and N/25 activities, written
as the app writes them but with the indexes built after the rows (tests/benchmarks/bulk_load.py;
`--app-write-path` keeps every index in place instead, which takes over an hour at 500,000 on
SQLite), then planner statistics (ANALYZE; VACUUM ANALYZE on PostgreSQL), then:

- list page: the households page opening (count + first page of 100 in Vietnamese order);
- search keystroke: count + first page for each of ~30 queries typed by officers (median, p90);
- report: the default report's 24 figures computed over all the records (median of 3);
- next to each of these, the bare-library baseline: the same SQL statements the app sent, caught
  once and sent again through the bare driver (sqlite3 / psycopg) with rows fetched, so the gap is
  what the app adds around the database;
- import: `--communes` commune installations (SQLite, made once) each send a sync package of 20
  households; the province imports them `--at-once` at a time; packages per second.

On PostgreSQL it also compares the search index it uses (pg_trgm GIN over the folded text, word
prefixes as a regular expression) with PostgreSQL full-text search ('simple' tsvector, prefix
queries), built on the same data, by time per keystroke and index size.
"""
from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from sqlalchemy import event, text

from dnnd_desktop.domain.periods import parse_period
from dnnd_desktop.domain.text import fold
from dnnd_desktop.paths import DB_FILE_NAME, DataDir
from dnnd_desktop.services.app_context import open_context
from dnnd_desktop.services.identity import IdentityCard, identity_card, trust_card
from dnnd_desktop.services.installation import SetupRequest, setup_installation, unlock_secret_keys
from dnnd_desktop.services.packages import export_package, import_package
from dnnd_desktop.services.records import ListQuery, RecordQueryService
from dnnd_desktop.services.reports.compute import compute_all
from dnnd_desktop.services.reports.templates import get_template
from dnnd_desktop.storage.migrate import upgrade
from dnnd_desktop.storage.search_match import word_tokens
from dnnd_desktop.storage.sqlite import prefix_match_query
from tests.benchmarks.bulk_load import analyse, name, populate
from tests.support.run_cli import apply_test_settings

PASS = "mat-khau-benchmark"
QUERIES = ["ngu", "duc", "huong", "tran", "dang", "lan", "mai", "thao", "dung", "hung", "tuan", "vang",
           "giang", "sung", "bui", "pham", "hoang", "dinh", "duong", "ngoc", "anh", "yen", "son", "hai",
           "chien", "thi m", "van d", "loan", "thuy", "kien"]


def request(level: str, unit: str, office: str) -> SetupRequest:
    return SetupRequest(level=level, province_code=15, unit_name=unit, unit_code=None, office_name=office,
                        parent_body=None, symbol="MTTQ-BTT", place_name="Lào Cai", head_title="Chủ tịch",
                        head_name="", officer_name="Cán bộ", officer_password=None, passphrase=PASS)


def timed(fn, repeat: int = 3) -> float:
    runs = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        runs.append((time.perf_counter() - t) * 1000)
    return statistics.median(runs)


class Statements:
    """The SQL a piece of app code sends to the driver, caught once, so the bare driver (sqlite3 /
    psycopg) can send the same statements with the same parameters: the bare-library baseline
    printed next to each figure. The difference is what the app adds around the database (query
    building, ORM, Python). On SQLite the search's FTS count goes to the driver directly (not
    through SQLAlchemy), so `extra` adds it by hand."""

    def __init__(self, engine, fn, extra=()):
        self.sql: list[tuple[str, object]] = []

        def catch(_conn, _cursor, statement, parameters, _context, executemany):
            if not executemany:
                self.sql.append((statement, parameters))
        event.listen(engine, "before_cursor_execute", catch)
        try:
            fn()
        finally:
            event.remove(engine, "before_cursor_execute", catch)
        self.sql.extend(extra)
        self.engine = engine

    def replay(self) -> None:
        raw = self.engine.raw_connection()
        try:
            cur = raw.cursor()
            for statement, parameters in self.sql:
                cur.execute(statement, parameters)
                if cur.description is not None:
                    cur.fetchall()
            cur.close()
            raw.rollback()
        finally:
            raw.close()


def fts_count_sql(ctx, q: str) -> list[tuple[str, object]]:
    """The word-prefix FTS count storage/sqlite.search_match runs on the driver itself (not through
    SQLAlchemy, so not caught)."""
    if ctx.engine.dialect.name != "sqlite":
        return []
    match = prefix_match_query(fold(q).split())
    # Once for the count, once more for the page (each asks search_match).
    return [("SELECT count(*) FROM households_words WHERE households_words MATCH ?", (match,))] * 2


STATEMENTS: dict[str, int] = {}


def with_bare(ctx, fn, repeat: int = 3, extra=()) -> tuple[float, float]:
    """(app ms, bare driver ms), each the median of `repeat`, the bare run on the app's SQL."""
    fn()   # warm: caches, prepared plans, registered functions
    bare = Statements(ctx.engine, fn, extra)
    STATEMENTS[fn.__name__] = len(bare.sql)
    return timed(fn, repeat), timed(bare.replay, repeat)


def explain(ctx, fn) -> None:
    """The server's plan, with timings, of each statement of the slowest keystroke."""
    raw = ctx.engine.raw_connection()
    try:
        cur = raw.cursor()
        for statement, parameters in Statements(ctx.engine, fn).sql:
            cur.execute("EXPLAIN (ANALYZE, BUFFERS) " + statement, parameters)
            print("    | " + "\n    | ".join(r[0] for r in cur.fetchall()), flush=True)
        raw.rollback()
    finally:
        raw.close()


def measure(ctx) -> dict:
    qs = RecordQueryService(ctx)
    out = {}

    def page():
        qs.count("household", ListQuery())
        qs.page("household", ListQuery(sort="head_name"), 0, 100)
    out["page_ms"], out["page_bare_ms"] = with_bare(ctx, page)
    keys, bare, slowest = [], [], []
    for q in QUERIES:
        def keystroke(q=q):
            qs.count("household", ListQuery(search=q))
            qs.page("household", ListQuery(search=q, sort="head_name"), 0, 100)
        app_ms, bare_ms = with_bare(ctx, keystroke, repeat=2, extra=fts_count_sql(ctx, q))
        keys.append(app_ms)
        bare.append(bare_ms)
        slowest.append((app_ms, bare_ms, q, keystroke))
    slowest.sort(reverse=True)
    print("  slowest keystrokes (app / bare ms): " + ", ".join(
        f"{q!r} {a:.0f} / {b:.0f}" for a, b, q, _fn in slowest[:4]), flush=True)
    if ctx.engine.dialect.name == "postgresql":
        explain(ctx, slowest[0][3])
    keys.sort()
    bare.sort()
    out["key_median_ms"], out["key_p90_ms"] = statistics.median(keys), keys[int(len(keys) * 0.9)]
    out["key_bare_median_ms"], out["key_bare_p90_ms"] = statistics.median(bare), bare[int(len(bare) * 0.9)]
    period = parse_period("2026-H1")
    with ctx.session() as s:
        tpl = get_template(s, "bao_cao_dnnd")

    def figures():
        with ctx.session() as s:
            compute_all(s, tpl, period)
    out["report_ms"], out["report_bare_ms"] = with_bare(ctx, figures)
    print(f"  statements replayed by the bare driver: page {STATEMENTS['page']}, last keystroke "
          f"{STATEMENTS['keystroke']}, report {STATEMENTS['figures']}", flush=True)
    return out


def search_index_comparison(ctx) -> list[str]:
    """pg_trgm (what the app uses) vs full-text search on the same households."""
    lines = []
    with ctx.engine.begin() as conn:
        t = time.perf_counter()
        conn.execute(text("CREATE INDEX bench_households_tsv ON households "
                          "USING gin (to_tsvector('simple', search_text))"))
        tsv_build = time.perf_counter() - t
        sizes = {n: conn.execute(text(f"SELECT pg_relation_size('{n}')")).scalar()
                 for n in ("ix_households_search_trgm", "bench_households_tsv")}
    trgm: list[float] = []
    fts: list[float] = []
    with ctx.engine.connect() as conn:
        for q in QUERIES:
            tokens = word_tokens(fold(q).split())
            regex = " AND ".join(f"(' ' || search_text) ~ :r{i}" for i in range(len(tokens)))
            params = {f"r{i}": "[^[:alnum:]]" + tok for i, tok in enumerate(tokens)}
            tsq = " & ".join(f"{tok}:*" for tok in tokens)
            for sql, p, sink in (
                    (f"FROM households WHERE deleted = false AND {regex}", params, trgm),
                    ("FROM households WHERE deleted = false AND to_tsvector('simple', search_text) "
                     "@@ to_tsquery('simple', :q)", {"q": tsq}, fts)):
                def run(sql=sql, p=p):
                    conn.execute(text(f"SELECT count(*) {sql}"), p).scalar()
                    conn.execute(text(f"SELECT id {sql} ORDER BY head_name_sort, id LIMIT 100"), p).all()
                sink.append(timed(run, repeat=2))
        conn.execute(text("DROP INDEX bench_households_tsv"))
        conn.commit()
    lines.append(f"  search index, trigram (pg_trgm GIN, used): keystroke median {statistics.median(trgm):.1f} ms, "
                 f"max {max(trgm):.1f} ms; index {sizes['ix_households_search_trgm'] / 2**20:.1f} MB")
    lines.append(f"  search index, full text (tsvector GIN, 'simple'): keystroke median "
                 f"{statistics.median(fts):.1f} ms, "
                 f"max {max(fts):.1f} ms; index {sizes['bench_households_tsv'] / 2**20:.1f} MB "
                 f"(built in {tsv_build:.1f} s)")
    return lines


def make_communes(base: Path, n: int) -> list[tuple[DataDir, IdentityCard]]:
    out = []
    for i in range(n):
        d = DataDir(base / f"xa{i}", f"sqlite:///{base / f'xa{i}' / DB_FILE_NAME}")
        setup_installation(d, request("commune", "Bát Xát", f"Ủy ban MTTQ Việt Nam xã thứ {i}"))
        ctx = open_context(d)
        try:
            out.append((d, identity_card(ctx)))
        finally:
            ctx.close()
    return out


def make_packages(communes, province_card, out: Path, rng: random.Random) -> list[Path]:
    """Each commune trusts this province and sends it 20 new households."""
    from dnnd_desktop.services.records.record_service import RecordService

    paths = []
    for i, (d, _card) in enumerate(communes):
        ctx = open_context(d)
        try:
            trust_card(ctx, province_card, province_card.fingerprint)
            rs = RecordService(ctx)
            for _ in range(20):
                rs.create("household", {"head_name": name(rng)})
            with ctx.session() as s:
                secret = unlock_secret_keys(s, PASS)
            p = out / f"xa{i}.dnnd"
            export_package(ctx, kind="sync", to=province_card.office_id, out_path=p, secret=secret)
            paths.append(p)
        finally:
            ctx.close()
    return paths


def import_all(ctx, paths: list[Path], at_once: int) -> tuple[float, int]:
    with ctx.session() as s:
        secret = unlock_secret_keys(s, PASS)
    errors, lock = [], threading.Lock()

    def one(p):
        try:
            import_package(ctx, p, secret)
        except Exception as e:  # noqa: BLE001 - counted and reported
            with lock:
                errors.append(repr(e))
    start = time.perf_counter()
    with ThreadPoolExecutor(at_once) as pool:
        list(pool.map(one, paths))
    for e in sorted(set(errors)):
        print("  import failed:", e[:300])
    return time.perf_counter() - start, len(errors)


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--households", type=int, default=500_000)
    ap.add_argument("--communes", type=int, default=150)
    ap.add_argument("--at-once", type=int, default=4)
    ap.add_argument("--database-url", default=os.environ.get("DNND_TEST_DATABASE_URL"))
    ap.add_argument("--only", choices=("sqlite", "postgresql"),
                    help="one database (when a shared machine has no time for both; the figures then "
                         "compare with another run's)")
    ap.add_argument("--app-write-path", action="store_true",
                    help="load the households with every trigger and index in place, as the app's bulk "
                         "paths write (over an hour at 500,000 on SQLite); by default the bench defers "
                         "the indexes (tests/benchmarks/bulk_load.py, same rows)")
    a = ap.parse_args(argv)
    if not a.database_url:
        ap.error("name a PostgreSQL server: --database-url or DNND_TEST_DATABASE_URL")
    from tests.support import postgres as pg

    pg.configure(a.database_url)
    with tempfile.TemporaryDirectory(prefix="bench-server-") as tmp:
        base = Path(tmp)
        template = base / "migrated.sqlite3"
        upgrade(template)
        apply_test_settings(template)
        db_name = f"dnnd_bench_{os.getpid()}"
        stores = {"sqlite": DataDir(base / "sqlite", f"sqlite:///{base / 'sqlite' / DB_FILE_NAME}"),
                  "postgresql": DataDir(base / "pg", pg.create_database(db_name))}
        results, extra = {}, []
        try:
            for kind, d in stores.items():
                if a.only and kind != a.only:
                    continue
                setup_installation(d, request("province", "Lào Cai", "Ủy ban MTTQ Việt Nam tỉnh Lào Cai"))
                ctx = open_context(d)
                try:
                    card = identity_card(ctx)
                    # A commune has one parent: each province gets communes of its own.
                    t = time.perf_counter()
                    communes = make_communes(base / f"xa-{kind}", a.communes)
                    print(f"{a.communes} commune installations in {time.perf_counter() - t:.0f} s", flush=True)
                    for _d, c in communes:
                        trust_card(ctx, c, c.fingerprint)
                    t = time.perf_counter()
                    populate(ctx, a.households, fast=not a.app_write_path)
                    secs = time.perf_counter() - t
                    t = time.perf_counter()
                    analyse(ctx.engine)
                    how = "with every index in place" if a.app_write_path else "indexes built after the rows"
                    print(f"{kind}: {a.households:,} households loaded ({how}) in {secs:.0f} s, "
                          f"statistics in {time.perf_counter() - t:.0f} s", flush=True)
                    results[kind] = measure(ctx)
                    # Printed as measured: a run stopped later (a time limit) still tells these.
                    print(f"{kind}: " + ", ".join(f"{k} {v:.1f}" for k, v in results[kind].items()), flush=True)
                    if kind == "postgresql":
                        extra = search_index_comparison(ctx)
                    out = base / f"out-{kind}"
                    out.mkdir()
                    t = time.perf_counter()
                    paths = make_packages(communes, card, out, random.Random(7))
                    print(f"{kind}: {len(paths)} packages made in {time.perf_counter() - t:.0f} s", flush=True)
                    secs, failed = import_all(ctx, paths, a.at_once)
                    results[kind]["import_s"], results[kind]["import_failed"] = secs, failed
                    results[kind]["import_rate"] = len(paths) / secs
                    print(f"{kind}: {len(paths)} packages imported {a.at_once} at once in {secs:.0f} s, "
                          f"{failed} failed", flush=True)
                finally:
                    ctx.close()
        finally:
            pg.drop_database(db_name)
    print(f"\n{a.households:,} households, {a.households * 3 // 2:,} persons, {max(1, a.households // 25):,} "
          f"activities; {a.communes} packages imported {a.at_once} at once")
    print(f"{'':28}{'SQLite':>12}{'PostgreSQL':>12}")
    rows = [("list page (count + 100) ms", "page_ms"), ("  bare driver, same SQL", "page_bare_ms"),
            ("search keystroke median ms", "key_median_ms"), ("  bare driver, same SQL", "key_bare_median_ms"),
            ("search keystroke p90 ms", "key_p90_ms"), ("  bare driver, same SQL", "key_bare_p90_ms"),
            ("report figures ms", "report_ms"), ("  bare driver, same SQL", "report_bare_ms"),
            ("import total s", "import_s"), ("import packages/s", "import_rate"), ("import failures", "import_failed")]
    for label, key in rows:
        cells = "".join(f"{results[k][key]:>12.1f}" if key in results.get(k, {}) else f"{'-':>12}"
                        for k in ("sqlite", "postgresql"))
        print(f"{label:28}{cells}")
    for line in extra:
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
