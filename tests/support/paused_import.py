"""Test-only: one of two processes importing the same package, stopped at chosen moments so the
test can make them overlap exactly (issue 16 item 7).

    python tests/support/paused_import.py DATA_DIR PACKAGE PASSPHRASE ROLE

ROLE "holder": after writing everything, before its commit (holding the writer lock), prints
"paused" and waits for a line on stdin.
ROLE "late": after its first "already imported?" check found nothing (importer.checked_not_imported),
prints "checked" and goes on to the write, which must wait for the holder.
Both print the result as one JSON line at the end.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def main(data_root: str, package: str, passphrase: str, role: str) -> int:
    from dnnd_desktop.paths import DataDir
    from dnnd_desktop.services.app_context import open_context
    from dnnd_desktop.services.installation import unlock_secret_keys
    from dnnd_desktop.services.packages import import_package, importer

    def say(word: str) -> None:
        print(word, flush=True)

    if role == "holder":
        def hold() -> None:
            say("paused")
            sys.stdin.readline()
        importer.applied_uncommitted = hold
    else:
        def checked() -> None:
            say("checked")
        importer.checked_not_imported = checked
    ctx = open_context(DataDir(data_root))
    try:
        with ctx.session() as s:
            secret = unlock_secret_keys(s, passphrase)
        r = import_package(ctx, package, secret)
        say(json.dumps({"already_imported": r.already_imported, "new": r.new}))
    finally:
        ctx.close()
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main(*sys.argv[1:5]))
