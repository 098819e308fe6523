"""Test-only: feed one bomb to the app in a fresh process and report how it ended, how long it
took and the process's peak memory: VmHWM of /proc/self/status on Linux (ru_maxrss would carry the
parent's peak over the fork and exec), resource.getrusage elsewhere.

    python tests/support/bomb_probe.py excel FILE
    python tests/support/bomb_probe.py package DATA_DIR FILE PASSPHRASE

Prints one JSON line: {"code", "message", "peak_mb", "seconds", "result"}.
"""
from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _peak_mb() -> int:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) // 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024


def main(argv: list[str]) -> int:
    from dnnd_desktop.domain.errors import DnndError
    from dnnd_desktop.domain.messages import set_language

    set_language("vi")
    started = time.monotonic()
    out: dict[str, object] = {"code": None, "message": None, "result": None}
    try:
        if argv[0] == "excel":
            from dnnd_desktop.services.excel.import_reading import open_import

            f = open_import(Path(argv[1]), "households")
            out["result"] = {"rows": len(f.sheet.rows)}
        else:
            from dnnd_desktop.paths import DataDir
            from dnnd_desktop.services.app_context import open_context
            from dnnd_desktop.services.installation import unlock_secret_keys
            from dnnd_desktop.services.packages import import_package

            ctx = open_context(DataDir(argv[1]))
            try:
                with ctx.session() as s:
                    secret = unlock_secret_keys(s, argv[3])
                r = import_package(ctx, argv[2], secret, backup=False)
                out["result"] = r.outcome_counts()
            finally:
                ctx.close()
    except DnndError as e:
        out["code"], out["message"] = e.code, e.message
    out["seconds"] = round(time.monotonic() - started, 1)
    out["peak_mb"] = _peak_mb()
    print(json.dumps(out, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    from tests.support.run_cli import apply_test_settings

    apply_test_settings()
    sys.exit(main(sys.argv[1:]))
