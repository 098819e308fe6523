"""Encryption at rest (issue 14): the households list and search before and after the store is
encrypted with SQLCipher, in the same run on the same data. A script, not a test: prints figures.

    .venv/bin/python tests/benchmarks/bench_encrypted_store.py [--households 100000] [--activities 20000]

Builds a plain store with `dnnd demo` data, times through RecordQueryService what the households
page does (open = count + first page; one search keystroke = count + first page, median over 30
queries; sort by name descending; the last page), converts the store with the app's own conversion
(timed: what an office waits for once, at the first start after the upgrade), opens it again with
the passphrase and times the same, then a daily backup of each. Every figure is the median of
REPEAT runs with a warm page cache (the app's normal state after the first screen).
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from dnnd_desktop.paths import DataDir
from dnnd_desktop.services import backups
from dnnd_desktop.services.app_context import open_context
from dnnd_desktop.services.demo import fill_demo
from dnnd_desktop.services.installation import SetupRequest, setup_installation
from dnnd_desktop.services.privacy import convert_store, db_key
from dnnd_desktop.services.records import ListQuery, RecordQueryService
from dnnd_desktop.storage import sqlite_cipher
from tests.support.run_cli import apply_test_settings

apply_test_settings()  # cheapest key derivation; plain stores until the conversion below

PAGE = 100
REPEAT = 5
PASSPHRASE = "benchmark-passphrase"
QUERIES = ["ngu", "duc", "huong", "tran", "dang", "lan", "mai", "thao", "dung", "hung", "tuan", "vang",
           "giang", "sung", "bui", "pham", "hoang", "dinh", "duong", "ngoc", "anh", "yen", "son", "hai",
           "chien", "thi m", "van d", "loan", "thuy", "kien"]


def median_ms(fn, repeat: int = REPEAT) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def measure(data: DataDir) -> dict[str, float]:
    t = time.perf_counter()
    ctx = open_context(data)
    opened = (time.perf_counter() - t) * 1000
    qs = RecordQueryService(ctx)
    out = {"open the store (ms)": opened}
    try:
        def first_page(query: ListQuery) -> int:
            total = qs.count("household", query)
            qs.page("household", query, 0, PAGE, total)
            return total

        total = first_page(ListQuery())    # warm the cache once, as the first screen does
        out["households page: count + first page (ms)"] = median_ms(lambda: first_page(ListQuery()))
        keystrokes = [median_ms(lambda q=q: first_page(ListQuery(search=q)), 3) for q in QUERIES]
        out["search keystroke, median of 30 (ms)"] = statistics.median(keystrokes)
        out["search keystroke, slowest of 30 (ms)"] = max(keystrokes)
        desc = ListQuery(sort="head_name", descending=True)
        out["sort by name, descending (ms)"] = median_ms(lambda: qs.page("household", desc, 0, PAGE, total))
        out["last page (ms)"] = median_ms(lambda: qs.page("household", ListQuery(), max(0, total - PAGE), PAGE, total))
    finally:
        ctx.close()
    out["daily backup (s)"] = median_ms(lambda: backups.make_backup(data), 1) / 1000
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--households", type=int, default=100_000)
    ap.add_argument("--activities", type=int, default=20_000)
    a = ap.parse_args()
    root = Path(tempfile.mkdtemp(prefix="dnnd-bench-cipher-"))
    data = DataDir(root / "data")
    try:
        setup_installation(data, SetupRequest(
            level="commune", province_code=15, unit_name="Bát Xát", unit_code=None,
            office_name="Ủy ban MTTQ Việt Nam xã Bát Xát", parent_body=None, symbol="MTTQ-BTT",
            place_name="Bát Xát", head_title="Chủ tịch", head_name="", officer_name="Benchmark",
            officer_password=None, passphrase=PASSPHRASE))
        ctx = open_context(data)
        t = time.perf_counter()
        result = fill_demo(ctx, households=a.households, activities=a.activities, seed=1)
        ctx.close()
        print(f"Demo data: {result.households} households, {result.persons} persons, {result.activities} "
              f"activities ({time.perf_counter() - t:.0f} s); load average {os.getloadavg()[0]:.1f} "
              f"on {os.cpu_count()} cores")
        size_plain = data.database.stat().st_size
        plain = measure(data)
        for b in backups.list_backups(data):
            b.path.unlink()

        db_key.ENABLED = True
        t = time.perf_counter()
        convert_store.convert(data, PASSPHRASE)
        converted = time.perf_counter() - t
        sqlite_cipher.forget_all()
        t = time.perf_counter()
        db_key.unlock(data, PASSPHRASE)
        unlocked = (time.perf_counter() - t) * 1000
        size_enc = data.database.stat().st_size
        enc = measure(data)

        print(f"\nConversion of the plain store (backup first, then encrypt, check, shred): {converted:.1f} s")
        print(f"Unlock with the passphrase (argon2id at the test suite's minimum cost here): {unlocked:.0f} ms")
        print(f"File size: plain {size_plain / 1e6:.1f} MB, encrypted {size_enc / 1e6:.1f} MB\n")
        print(f"{'':52} {'plain':>10} {'encrypted':>10} {'ratio':>7}")
        for label, before in plain.items():
            after = enc[label]
            print(f"{label:52} {before:10.1f} {after:10.1f} {after / before if before else 0:7.2f}")
        print(f"\nload average at the end {os.getloadavg()[0]:.1f}")
    finally:
        sqlite_cipher.forget_all()
        shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
