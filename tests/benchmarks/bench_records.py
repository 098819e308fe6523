"""Benchmark of the record lists at office scale (issue 3). A script, not a test: prints figures.

    .venv/bin/python tests/benchmarks/bench_records.py [--households 100000]
        [--activities 20000] [--keep DIR] [--reuse DIR]

The demo build takes minutes: `--keep DIR` keeps the data folder, `--reuse DIR` measures a kept
folder again without rebuilding it (its database is first upgraded to the current schema, timed).

Fills a fresh installation with `dnnd demo` data, then times through RecordQueryService what the
households page does — open (count + first page), one search keystroke (count + first page, ~30
different 3-5 letter queries), sort by name descending, scroll to the last page — next to bare
sqlite3 running equivalent SELECTs in the same run (the ratio is the service's overhead), and the
process's resident memory. Targets: keystroke <= 20 ms median, sort <= 50 ms, page open <= 300 ms.
"""
from __future__ import annotations

import argparse
import os
import resource
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from dnnd_desktop.domain.text import fold
from dnnd_desktop.paths import DataDir
from dnnd_desktop.services.app_context import open_context
from dnnd_desktop.services.demo import fill_demo
from dnnd_desktop.services.installation import SetupRequest, setup_installation
from dnnd_desktop.services.records import ListQuery, RecordQueryService
from dnnd_desktop.storage.record_queries import READ_MATCHES_MAX, SCAN_PER_MATCH
from dnnd_desktop.storage.sqlite import fts_match_query, prefix_match_query
from tests.support.run_cli import apply_test_settings

apply_test_settings()  # cheapest key derivation: the installations here are throwaway

PAGE = 100
QUERIES = ["ngu", "duc", "huong", "tran", "dang", "lan", "mai", "thao", "dung", "hung", "tuan", "vang",
           "giang", "sung", "bui", "pham", "hoang", "dinh", "duong", "ngoc", "anh", "yen", "son", "hai",
           "chien", "thi m", "van d", "loan", "thuy", "kien"]
SHORT_QUERIES = ["d", "du", "n", "ng", "t", "th", "v", "va", "h", "ho"]


def ms(fn, repeat: int = 1) -> tuple[float, object]:
    best, out = [], None
    for _ in range(repeat):
        t = time.perf_counter()
        out = fn()
        best.append((time.perf_counter() - t) * 1000)
    return statistics.median(best), out


def rss_mb() -> float:
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bare_queries(db: Path):
    con = sqlite3.connect(db)
    cols = ("id, head_name, head_birth_year, village, commune_code, phone, "
            "(SELECT count(*) FROM persons p WHERE p.household_id = h.id AND p.deleted = 0)")
    live = "FROM households h WHERE deleted = 0"

    def page(where: str = "", params=(), desc: bool = False, offset: int = 0):
        order = "head_name_sort DESC, id DESC" if desc else "head_name_sort, id"
        return con.execute(f"SELECT {cols} {live} {where} ORDER BY {order} LIMIT {PAGE} OFFSET {offset}",
                           params).fetchall()

    def count():
        return con.execute(f"SELECT count(*) {live}").fetchone()[0]

    def search(q: str):
        # What the service does, in bare SQL: word prefixes (substrings if none); few matches
        # are read and sorted, many are found by walking the sort index for a bounded while.
        words = fold(q).split()
        match, fts = prefix_match_query(words), "households_words"
        n = con.execute(f"SELECT count(*) FROM {fts} WHERE {fts} MATCH ?", (match,)).fetchone()[0]
        if not n:
            match, fts = fts_match_query(words)[0], "households_fts"
            n = con.execute(f"SELECT count(*) FROM {fts} WHERE {fts} MATCH ?", (match,)).fetchone()[0]
        in_fts = f"rowid IN (SELECT rowid FROM {fts} WHERE {fts} MATCH ?)"
        ids = None
        if n > READ_MATCHES_MAX:
            ids = con.execute(f"SELECT id FROM (SELECT rowid r, id, head_name_sort k {live} "
                              f"ORDER BY head_name_sort, id LIMIT {SCAN_PER_MATCH * n}) "
                              f"WHERE r IN (SELECT rowid FROM {fts} WHERE {fts} MATCH ?) "
                              f"ORDER BY k, id LIMIT {PAGE}", (match,)).fetchall()
        if ids is None or len(ids) < PAGE:
            ids = con.execute(f"SELECT id FROM households h WHERE +deleted = 0 AND {in_fts} "
                              f"ORDER BY +head_name_sort, id LIMIT {PAGE}", (match,)).fetchall()
        rows = con.execute(f"SELECT {cols} FROM households h WHERE id IN ({','.join('?' * len(ids))})",
                           [i for (i,) in ids]).fetchall()
        return n, rows

    return con, page, count, search


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--households", type=int, default=100_000)
    ap.add_argument("--activities", type=int, default=20_000)
    ap.add_argument("--keep", default=None, help="keep the data folder here")
    ap.add_argument("--reuse", default=None, help="measure a folder kept by an earlier --keep run")
    a = ap.parse_args()
    if a.reuse:
        return measure(DataDir(Path(a.reuse) / "data"))
    root = Path(a.keep) if a.keep else Path(tempfile.mkdtemp(prefix="dnnd-bench-"))
    data = DataDir(root / "data")
    print(f"Data folder: {data.root}")
    print(f"Resident memory at start: {rss_mb():.0f} MB")
    setup_installation(data, SetupRequest(
        level="commune", province_code=15, unit_name="Bát Xát", unit_code=None,
        office_name="Ủy ban MTTQ Việt Nam xã Bát Xát", parent_body=None, symbol="MTTQ-BTT", place_name="Bát Xát",
        head_title="Chủ tịch", head_name="", officer_name="Benchmark", officer_password=None,
        passphrase="benchmark-passphrase"))
    ctx = open_context(data)
    cpu0, t0 = time.process_time(), time.perf_counter()
    result = fill_demo(ctx, households=a.households, activities=a.activities, seed=1)
    wall, cpu = time.perf_counter() - t0, time.process_time() - cpu0
    print(f"\nDemo: {result.households} households, {result.persons} persons, {result.activities} activities, "
          f"{result.contributions} contributions, {result.consents} consents")
    print(f"  demo time: {wall:.1f} s wall, {cpu:.1f} s CPU of this process (target < 60 s); "
          f"load average now {os.getloadavg()[0]:.1f}")
    ctx.close()
    measure(data)
    if not a.keep:
        shutil.rmtree(root, ignore_errors=True)
    return 0


def measure(data: DataDir) -> int:
    t0 = time.perf_counter()
    ctx = open_context(data)          # a fresh open, as the app after start (upgrades a kept folder)
    print(f"Open (with any schema upgrade): {time.perf_counter() - t0:.1f} s")
    qs = RecordQueryService(ctx)
    con, b_page, b_count, b_search = bare_queries(data.database)
    figures = []

    def row(label, svc_ms, bare_ms, target=None):
        ratio = svc_ms / bare_ms if bare_ms else float("nan")
        figures.append((label, svc_ms, bare_ms, ratio, target))

    # 1. Open the households page: count + first page (first call is cold: index check, caches).
    cold, _ = ms(lambda: (qs.count("household"), qs.page("household", limit=PAGE)))
    warm, _ = ms(lambda: (qs.count("household"), qs.page("household", limit=PAGE)), repeat=5)
    bare, _ = ms(lambda: (b_count(), b_page()), repeat=5)
    row("page open, first call (count + 100 rows)", cold, bare, 300)
    row("page open, warm (median of 5)", warm, bare, 300)
    # 2. One search keystroke: count + first page for 30 different queries.
    svc_times, bare_times, totals = [], [], []
    for q in QUERIES:
        t, (n, _rows) = ms(lambda q=q: (qs.count("household", ListQuery(search=q)),
                                        qs.page("household", ListQuery(search=q), limit=PAGE)))
        svc_times.append(t)
        totals.append(n)
        bare_times.append(ms(lambda q=q: b_search(q))[0])
    row(f"search keystroke, median of {len(QUERIES)} queries", statistics.median(svc_times),
        statistics.median(bare_times), 20)
    row("search keystroke, slowest query", max(svc_times), max(bare_times), None)
    person_times = [ms(lambda q=q: (qs.count("person", ListQuery(search=q)),
                                    qs.page("person", ListQuery(search=q), limit=PAGE)))[0] for q in QUERIES]
    row(f"persons search keystroke, median of {len(QUERIES)}", statistics.median(person_times), float("nan"), 20)
    short = [ms(lambda q=q: (qs.count("household", ListQuery(search=q)),
                             qs.page("household", ListQuery(search=q), limit=PAGE)))[0] for q in SHORT_QUERIES]
    row(f"first keystrokes (1-2 letters), median of {len(SHORT_QUERIES)}", statistics.median(short), float("nan"), None)
    # 3. Sort by name, descending, first page.
    t, _ = ms(lambda: qs.page("household", ListQuery(sort="head_name", descending=True), limit=PAGE), repeat=5)
    row("sort by name descending (first page)", t, ms(lambda: b_page(desc=True), repeat=5)[0], 50)
    # 4. Scroll to the end: the last page (the table model knows the count).
    total = qs.count("household")
    t, _ = ms(lambda: qs.page("household", offset=total - PAGE, limit=PAGE, total=total), repeat=5)
    row("last page (scroll to the end)", t, ms(lambda: b_page(offset=total - PAGE), repeat=5)[0], None)
    t, _ = ms(lambda: qs.page("household", offset=total // 2, limit=PAGE, total=total), repeat=3)
    row("middle page", t, ms(lambda: b_page(offset=total // 2), repeat=3)[0], None)
    # Persons (200k): open and search.
    t, _ = ms(lambda: (qs.count("person"), qs.page("person", limit=PAGE)), repeat=3)
    row("persons page open (count + 100 rows)", t, float("nan"), 300)
    t, _ = ms(lambda: qs.page("person", ListQuery(sort="country"), limit=PAGE), repeat=1)
    row("persons sorted by country label", t, float("nan"), None)

    print(f"\n{'measure':48} {'service ms':>11} {'bare ms':>9} {'ratio':>7}  target")
    for label, s_ms, b_ms, ratio, target in figures:
        ok = "" if target is None else (f"<= {target} ms " + ("OK" if s_ms <= target else "MISSED"))
        print(f"{label:48} {s_ms:11.1f} {b_ms:9.1f} {ratio:7.2f}  {ok}")
    print(f"\nmatches per query: min {min(totals)}, median {statistics.median(totals):.0f}, max {max(totals)}")
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"Resident memory now: {rss_mb():.0f} MB (peak {peak_mb:.0f} MB)"
          " — demo build included; the GUI engineer measures the app itself")
    print(f"Database size: {data.database.stat().st_size / 1e6:.0f} MB")
    con.close()
    ctx.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
