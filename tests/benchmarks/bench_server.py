"""The central store on PostgreSQL next to SQLite, in one run (issue 20). A script: prints figures.

    .venv/bin/python tests/benchmarks/bench_server.py [--households 500000] [--communes 150]
        [--at-once 4] [--database-url postgresql://postgres@127.0.0.1:5432/postgres] [--only postgresql]

The server URL (default DNND_TEST_DATABASE_URL) must let the role create databases: the run makes
its own, `dnnd_bench_<pid>`, and drops it afterwards. For each database, a province installation
gets N households with Vietnamese names (1.5 overseas persons each) and N/25 activities, then:

- list page: the households page opening (count + first page of 100 in Vietnamese order);
- search keystroke: count + first page for each of ~30 queries typed by officers (median, p90);
- report: the default report's 24 figures computed over all the records (median of 3);
- import: `--communes` commune installations (SQLite, made once) each send a sync package of 20
  households; the province imports them `--at-once` at a time; packages per second.

On PostgreSQL it also compares the search index it uses (pg_trgm GIN over the folded text, word
prefixes as a regular expression) with PostgreSQL full-text search ('simple' tsvector, prefix
queries), built on the same data, by time per keystroke and index size.
"""
from __future__ import annotations

import argparse
import datetime as dt
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

from sqlalchemy import insert, text

from dnnd_desktop.domain.periods import parse_period
from dnnd_desktop.domain.text import fold
from dnnd_desktop.paths import DB_FILE_NAME, DataDir
from dnnd_desktop.services.app_context import open_context
from dnnd_desktop.services.demo import FAMILY, MIDDLE_F, MIDDLE_M
from dnnd_desktop.services.identity import identity_card, trust_card
from dnnd_desktop.services.installation import SetupRequest, setup_installation, unlock_secret_keys
from dnnd_desktop.services.packages import export_package, import_package
from dnnd_desktop.services.record_writer import RecordWriter
from dnnd_desktop.services.records import ListQuery, RecordQueryService
from dnnd_desktop.services.reports.compute import compute_all
from dnnd_desktop.services.reports.templates import get_template
from dnnd_desktop.storage.migrate import upgrade
from dnnd_desktop.storage.models import Activity, Household, OverseasPerson
from dnnd_desktop.storage.search_match import word_tokens
from tests.support.run_cli import apply_test_settings

PASS = "mat-khau-benchmark"
CHUNK = 5000
QUERIES = ["ngu", "duc", "huong", "tran", "dang", "lan", "mai", "thao", "dung", "hung", "tuan", "vang",
           "giang", "sung", "bui", "pham", "hoang", "dinh", "duong", "ngoc", "anh", "yen", "son", "hai",
           "chien", "thi m", "van d", "loan", "thuy", "kien"]
GIVEN = ("An", "Bình", "Chiến", "Dũng", "Đức", "Giang", "Hà", "Hải", "Hằng", "Hùng", "Hương", "Khánh",
         "Kiên", "Lan", "Loan", "Mai", "Minh", "Ngọc", "Nguyên", "Phương", "Quân", "Sơn", "Sùng", "Thảo",
         "Thủy", "Tuấn", "Vàng", "Yến", "Páo", "Sử", "Chư", "Lềnh")
COUNTRIES = ("US", "FR", "DE", "JP", "KR", "AU", "CA", "LA", "CN", "TH", "RU", "CZ", "GB", "TW")


def name(rng: random.Random) -> str:
    female = rng.random() < 0.4
    return f"{rng.choice(FAMILY)} {rng.choice(MIDDLE_F if female else MIDDLE_M)} {rng.choice(GIVEN)}"


def request(level: str, unit: str, office: str) -> SetupRequest:
    return SetupRequest(level=level, province_code=15, unit_name=unit, unit_code=None, office_name=office,
                        parent_body=None, symbol="MTTQ-BTT", place_name="Lào Cai", head_title="Chủ tịch",
                        head_name="", officer_name="Cán bộ", officer_password=None, passphrase=PASS)


def populate(ctx, households: int) -> float:
    rng, start = random.Random(20), time.perf_counter()
    with ctx.session() as s:
        w = RecordWriter(s, ctx)

        def bulk(model, rows):
            first = w.next_counter(len(rows))
            made = [w.prepare_insert(model, r, first + i) for i, r in enumerate(rows)]
            for i in range(0, len(made), CHUNK):
                s.execute(insert(model), made[i:i + CHUNK])
            return [m["id"] for m in made]

        for lo in range(0, households, 50_000):
            n = min(50_000, households - lo)
            hh = bulk(Household, [dict(head_name=name(rng), village=f"Thôn {rng.randrange(400)}",
                                       phone=f"09{rng.randrange(10**8):08d}") for _ in range(n)])
            bulk(OverseasPerson, [dict(household_id=hh[i // 3 * 2 % n], full_name=name(rng),
                                       country=rng.choice(COUNTRIES)) for i in range(n * 3 // 2)])
        bulk(Activity, [dict(title=f"Giao lưu {name(rng)}", activity_type="border_exchange",
                             start_date=dt.date(2026, 1, 1) + dt.timedelta(days=rng.randrange(180)),
                             country=rng.choice(("CN", "LA")), participants_vn=rng.randrange(200))
                        for _ in range(max(1, households // 25))])
    return time.perf_counter() - start


def timed(fn, repeat: int = 3) -> float:
    runs = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        runs.append((time.perf_counter() - t) * 1000)
    return statistics.median(runs)


def measure(ctx) -> dict:
    qs = RecordQueryService(ctx)
    out = {"page_ms": timed(lambda: (qs.count("household", ListQuery()),
                                     qs.page("household", ListQuery(sort="head_name"), 0, 100)))}
    keys = []
    for q in QUERIES:
        keys.append(timed(lambda q=q: (qs.count("household", ListQuery(search=q)),
                                       qs.page("household", ListQuery(search=q, sort="head_name"), 0, 100)),
                          repeat=2))
    keys.sort()
    out["key_median_ms"], out["key_p90_ms"] = statistics.median(keys), keys[int(len(keys) * 0.9)]
    period = parse_period("2026-H1")
    with ctx.session() as s:
        tpl = get_template(s, "bao_cao_dnnd")

    def figures():
        with ctx.session() as s:
            compute_all(s, tpl, period)
    out["report_ms"] = timed(figures)
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
    trgm, fts = [], []
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


def make_communes(base: Path, n: int) -> list[tuple[DataDir, object]]:
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
                    secs = populate(ctx, a.households)
                    if kind == "postgresql":
                        # What autovacuum does soon after a bulk load on a real server: statistics
                        # for the planner, and the visibility map for index-only counts.
                        with ctx.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                            conn.execute(text("VACUUM ANALYZE"))
                    print(f"{kind}: {a.households:,} households inserted in {secs:.0f} s", flush=True)
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
    rows = [("list page (count + 100) ms", "page_ms"), ("search keystroke median ms", "key_median_ms"),
            ("search keystroke p90 ms", "key_p90_ms"), ("report figures ms", "report_ms"),
            ("import total s", "import_s"), ("import packages/s", "import_rate"), ("import failures", "import_failed")]
    for label, key in rows:
        cells = "".join(f"{results[k][key]:>12.1f}" if k in results else f"{'-':>12}" for k in ("sqlite", "postgresql"))
        print(f"{label:28}{cells}")
    for line in extra:
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
