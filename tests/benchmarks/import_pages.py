"""Which pages one package import writes, per table and index (issue 15, the sync import growth).

    python tests/benchmarks/import_pages.py STORE_DIR PACKAGE [PACKAGE ...] [--passphrase P]

STORE_DIR is a province's data folder (as kept by bench_province.py --keep: DIR/tinh, or one of its
DIR/tinh-N* snapshots); each PACKAGE is imported into a fresh copy of it. The script folds the WAL
into the copy, hashes every page, imports, folds the WAL again and counts the pages whose bytes
changed or that are new, by the table or index that holds them (SQLite's dbstat), next to the
WAL frames the import's commit wrote. A plain (test) store only: the pages of an encrypted one all
change.
"""
from __future__ import annotations

import argparse
import hashlib
import shutil
import sqlite3
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run from a checkout

from dnnd_desktop.paths import DataDir  # noqa: E402
from dnnd_desktop.services.app_context import open_context  # noqa: E402
from dnnd_desktop.services.installation import unlock_secret_keys  # noqa: E402
from dnnd_desktop.services.packages import import_package  # noqa: E402
from tests.support.run_cli import apply_test_settings  # noqa: E402

apply_test_settings()

WAL_HEADER, FRAME_HEADER = 32, 24


def fold_wal(db: Path) -> None:
    con = sqlite3.connect(db)
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        con.close()


def page_hashes(db: Path) -> tuple[int, list[bytes]]:
    con = sqlite3.connect(db)
    try:
        size = con.execute("PRAGMA page_size").fetchone()[0]
    finally:
        con.close()
    data = db.read_bytes()
    return size, [hashlib.blake2b(data[i:i + size], digest_size=16).digest() for i in range(0, len(data), size)]


def owners(db: Path) -> dict[int, str]:
    con = sqlite3.connect(db)
    try:
        return {pageno: name for name, pageno in con.execute("SELECT name, pageno FROM dbstat")}
    finally:
        con.close()


def measure(store: Path, package: Path, passphrase: str, top: int = 40, quiet: bool = False) -> int:
    """Import `package` into a copy of `store`; print the pages written per table and index and
    return their number."""
    with tempfile.TemporaryDirectory(prefix="import-pages-") as tmp:
        copy = Path(tmp) / "store"
        shutil.copytree(store, copy, ignore=shutil.ignore_patterns("backups", "received", "*-shm"))
        dd = DataDir(copy)
        fold_wal(dd.database)
        page_size, before = page_hashes(dd.database)
        ctx = open_context(dd)
        try:
            with ctx.session() as s:
                secret = unlock_secret_keys(s, passphrase)
            wal = dd.database.with_name(dd.database.name + "-wal")
            wal_before = wal.stat().st_size if wal.exists() else 0
            t = time.perf_counter()
            res = import_package(ctx, package, secret)
            elapsed = time.perf_counter() - t
            wal_after = wal.stat().st_size if wal.exists() else 0
        finally:
            ctx.close()
        frames = max(0, wal_after - max(wal_before, WAL_HEADER)) // (page_size + FRAME_HEADER)
        fold_wal(dd.database)
        _, after = page_hashes(dd.database)
        names = owners(dd.database)
        changed = [p for p in range(len(after)) if p >= len(before) or before[p] != after[p]]
        by_name = Counter(names.get(p + 1, "(free or header)") for p in changed)
        if quiet:
            return len(changed)
        print(f"{store.name} <- {package.name}: {res.new} new records, {elapsed * 1000:.0f} ms; store "
              f"{len(before)} -> {len(after)} pages of {page_size} B; pages written {len(changed)} "
              f"({len(after) - len(before)} new); WAL frames at least {frames}")
        for name, n in by_name.most_common(top):
            print(f"    {n:6d}  {name}")
        return len(changed)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("store", type=Path)
    ap.add_argument("packages", type=Path, nargs="+")
    ap.add_argument("--passphrase", default="mat-khau-benchmark")
    ap.add_argument("--top", type=int, default=40)
    args = ap.parse_args()
    for package in args.packages:
        measure(args.store, package, args.passphrase, args.top)


if __name__ == "__main__":
    main()
