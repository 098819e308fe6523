"""Issue 16 item 9, full size: single-byte flips spread over a plain backup of an office holding
demo data; each flipped copy goes through the check before a restore (`restore --check`:
services.backups.verify_backup). The fast version is tests/unit/test_backup_checksums.py.

    PYTHONPATH=. .venv/bin/python tests/campaigns/run_backup_flips.py [--flips 1000]

Prints tried / refused / lost (lost = a flipped backup that passed the check).
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "unit"))

from tests.support.run_cli import apply_test_settings  # noqa: E402

apply_test_settings()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--flips", type=int, default=1000)
    args = ap.parse_args()
    from test_backups import _add, _setup

    from dnnd_desktop.services import backups

    base = Path(tempfile.mkdtemp(prefix="flips-"))
    data = _setup(base / "data")
    for i in range(200):
        _add(data, f"Nguyễn Văn Thử {i}")
    info = backups.make_backup(data)
    original = info.path.read_bytes()
    rng = random.Random(16)
    tried = refused = lost = 0
    for pos in sorted(rng.sample(range(len(original)), min(args.flips, len(original)))):
        damaged = bytearray(original)
        damaged[pos] ^= 1 << rng.randrange(8)
        info.path.write_bytes(bytes(damaged))
        tried += 1
        try:
            backups.verify_backup(info.path, data)
            lost += 1
            print(f"flip at byte {pos} passed the check", flush=True)
        except backups.BackupInvalid:
            refused += 1
    info.path.write_bytes(original)
    backups.verify_backup(info.path, data)
    print(f"backup {len(original)} bytes: tried {tried}, refused {refused}, lost {lost}")
    return 1 if lost else 0


if __name__ == "__main__":
    sys.exit(main())
