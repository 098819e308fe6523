"""Test-only: import a package into a data folder and stop, for good, at the worst moment.

    python tests/support/killable_import.py DATA_DIR PACKAGE PASSPHRASE MARKER

Replaces the importer's applied_uncommitted() (called after everything is written, before the
commit) with one that creates MARKER and then waits until the test kills the process.
"""
from __future__ import annotations

import sys
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def main(data_root: str, package: str, passphrase: str, marker: str) -> int:
    from dnnd_desktop.paths import DataDir
    from dnnd_desktop.services.app_context import open_context
    from dnnd_desktop.services.installation import unlock_secret_keys
    from dnnd_desktop.services.packages import import_package, importer

    def pause_until_killed() -> None:
        Path(marker).write_text("paused", encoding="utf-8")
        threading.Event().wait(600)   # nobody sets it: the test kills the process

    importer.applied_uncommitted = pause_until_killed
    ctx = open_context(DataDir(data_root))
    with ctx.session() as s:
        secret = unlock_secret_keys(s, passphrase)
    import_package(ctx, package, secret)
    print("imported")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main(*sys.argv[1:5]))
