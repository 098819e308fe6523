"""Attachments sealed at rest (issue 14): sealing and opening one big file against a plain copy and a
plain read. A script, not a test: prints figures (median of 3).

    PYTHONPATH=. .venv/bin/python tests/benchmarks/bench_sealed_attachments.py [--mb 200]
"""
from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from dnnd_desktop.services.privacy import attachment_files

SHA = "0" * 64   # the label only: the figures do not depend on it
KEY = bytes(range(32))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=int, default=200)
    args = ap.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-sealed-"))
    try:
        src = folder / "scan.bin"
        with open(src, "wb") as f:
            for _ in range(args.mb):
                f.write(os.urandom(1 << 20))
        sealed = folder / (SHA + attachment_files.SEALED_SUFFIX)

        def plain_copy() -> None:
            with open(src, "rb") as a, open(folder / "copy.bin", "wb") as b:
                while chunk := a.read(1 << 20):
                    b.write(chunk)
                b.flush()
                os.fsync(b.fileno())

        def seal() -> None:
            attachment_files.seal_file(src, sealed, KEY, SHA)

        def read(path: Path, key: bytes | None) -> Callable[[], None]:
            def run() -> None:
                digest = hashlib.sha256()
                with attachment_files.open_blob_file(path, key) as f:
                    while chunk := f.read(1 << 20):
                        digest.update(chunk)
            return run

        for name, fn in (("plain copy (fsync)", plain_copy), ("seal (fsync)", seal),
                         ("plain read + sha256", read(src, None)), ("open sealed + sha256", read(sealed, KEY))):
            times = []
            for _ in range(3):
                t = time.perf_counter()
                fn()
                times.append(time.perf_counter() - t)
            median = sorted(times)[1]
            print(f"{name:24s} {median * 1000:8.0f} ms  {args.mb / median:6.0f} MB/s")
    finally:
        shutil.rmtree(folder)


if __name__ == "__main__":
    main()
