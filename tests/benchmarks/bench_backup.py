"""Encrypted backup (issue 17): `export_encrypted` of a filled data folder next to its floor in the
same run, a consistent copy of the database (the backup API) plus encrypting that copy. Prints
figures; asserts nothing.

    .venv/bin/python tests/benchmarks/bench_backup.py --dir DIR

DIR: a filled data folder (bench_gui_households.py --dir DIR makes one with 100k households).
Target: export <= 1.5 x (copy + encrypt).
"""
from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

PASSPHRASE = "mat-khau-do-hieu-nang-dai"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dir", type=Path, required=True)
    args = parser.parse_args()

    from dnnd_desktop.paths import DataDir
    from dnnd_desktop.services import backups
    from dnnd_desktop.services.backups import portable
    from dnnd_desktop.services.backups.service import _kdf_limits
    from dnnd_desktop.storage import sqlite_files

    data = DataDir(args.dir)
    tmp = Path(tempfile.mkdtemp(prefix="dnnd-bench-backup-"))
    try:
        t = time.perf_counter()
        backups.export_encrypted(data, tmp / "b.dnndbak", PASSPHRASE)
        full = time.perf_counter() - t
        (tmp / "b.dnndbak").unlink()
        snap = tmp / "snap.sqlite3"
        t = time.perf_counter()
        sqlite_files.copy_database(data.database, snap)
        copy = time.perf_counter() - t
        ops, mem = _kdf_limits()
        t = time.perf_counter()
        portable.write_portable(tmp / "floor.dnndbak",
                                [portable.Entry(portable.DATABASE_ENTRY, snap.stat().st_size,
                                                lambda: open(snap, "rb"))],  # noqa: SIM115 - the writer closes it
                                PASSPHRASE, revision=None, office_name=None, opslimit=ops, memlimit=mem)
        encrypt = time.perf_counter() - t
        t = time.perf_counter()
        sqlite_files.inspect(snap)
        check = time.perf_counter() - t
    finally:
        shutil.rmtree(tmp)
    floor = copy + encrypt
    print(f"database {data.database.stat().st_size / 1e6:.0f} MB; load average {os.getloadavg()[0]:.2f} (2 cores)")
    print(f"export_encrypted {full:6.2f} s   floor: copy {copy:.2f} s + encrypt {encrypt:.2f} s = {floor:.2f} s   "
          f"ratio {full / floor:.2f}x   target 1.5x")
    print(f"(the integrity check of the copy it no longer runs: {check:.2f} s)")


if __name__ == "__main__":
    main()
