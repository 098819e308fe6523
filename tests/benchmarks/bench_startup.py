"""Start-up time to the main window (issue 2), next to a bare PySide6 window, in the same run.

    .venv/bin/python tests/benchmarks/bench_startup.py [--runs 7]

Each measurement is a new process, timed from just before it starts until its window has been
shown (the app quits from its event loop when DNND_QUIT_AFTER_SHOWN=1 and writes the moment, its
CPU time and the number of modules imported to DNND_STARTUP_REPORT; the bare script does the
same). The time to the process's exit is printed too: it includes the Overview's worker, which
fills the page after the window shows. The app runs its real path: `python -m dnnd_desktop` on a set-up data folder
(single-instance lock, migrations check, context, main window, Overview page, daily backup started).
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BARE = """
import json, os, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.resize(1280, 720); w.show()
def shown():
    with open(os.environ["DNND_STARTUP_REPORT"], "w") as f:
        json.dump({"shown": time.time(), "cpu": time.process_time(), "modules": len(sys.modules)}, f)
    app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""


class Run:
    """One start: ms to the window shown (what an officer waits for), ms to the process's exit
    (the Overview's worker and the close included), CPU ms until shown, modules imported by then."""

    def __init__(self, cmd: list[str], env: dict, report: Path):
        report.unlink(missing_ok=True)
        launched, start = time.time(), time.perf_counter()
        subprocess.run(cmd, env={**env, "DNND_STARTUP_REPORT": str(report)}, cwd=ROOT, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.exit_ms = (time.perf_counter() - start) * 1000
        shown = json.loads(report.read_text())
        self.shown_ms = (shown["shown"] - launched) * 1000
        self.cpu_ms = shown["cpu"] * 1000
        self.modules = shown["modules"]


def kdf_ms(data: Path) -> float | None:
    """The passphrase's deliberate cost in this run: one Argon2id derivation with the parameters of
    the data folder's database key (what unlocking the encrypted store does before anything else;
    the officer's wait after typing the passphrase, not the app's start-up work). None for a plain
    store."""
    key_file = data / "database-key.json"
    if not key_file.exists():
        return None
    from nacl.pwhash import argon2id

    wrap = json.loads(key_file.read_text())["wraps"]["passphrase"]
    start = time.perf_counter()
    argon2id.kdf(32, b"bench", b"0123456789abcdef", opslimit=int(wrap["ops"]), memlimit=int(wrap["mem"]))
    return (time.perf_counter() - start) * 1000


def median(runs: list[Run], attr: str) -> float:
    return statistics.median(getattr(r, attr) for r in runs)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--dir", type=Path, default=None,
                    help="a set-up data folder to start on (bench_gui_households.py fills one with 100k households)")
    args = ap.parse_args()
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "DNND_PASSPHRASE": "bench-passphrase", "DNND_QUIT_AFTER_SHOWN": "1"}
    # An installed app has its bytecode; without it every start compiles a hundred modules again.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if args.dir:
        env["DNND_PASSPHRASE"] = "mat-khau-do-hieu-nang"      # bench_gui_households.py's folder
    with tempfile.TemporaryDirectory() as tmp:
        data = args.dir or Path(tmp) / "data"
        if not args.dir:
            subprocess.run([sys.executable, "-m", "dnnd_desktop", "--data-dir", str(data), "setup", "--level",
                            "district", "--province", "Lào Cai", "--unit", "huyện Bát Xát", "--office-name",
                            "Ủy ban MTTQ Việt Nam huyện Bát Xát"], env=env, cwd=ROOT, check=True,
                           stdout=subprocess.DEVNULL)
        app_cmd = [sys.executable, "-m", "dnnd_desktop", "--data-dir", str(data)]
        bare_cmd = [sys.executable, "-c", BARE]
        report = Path(tmp) / "shown.json"
        Run(app_cmd, env, report), Run(bare_cmd, env, report)      # warm the file cache once
        app, bare, kdf = [], [], []
        for _ in range(args.runs):                            # interleaved: same machine state
            app.append(Run(app_cmd, env, report))
            bare.append(Run(bare_cmd, env, report))
            kdf.append(kdf_ms(data))
    print(f"runs: {args.runs} (medians; wall = process start -> main window shown; cpu = the process's CPU "
          f"time by then, all threads; exit = until the process ended); data: {args.dir or 'a freshly set-up folder'}; "
          f"load average {os.getloadavg()[0]:.2f}")
    for name, runs, note in (("dnnd_desktop main window", app, "target 1000 ms"),
                             ("bare PySide6 QMainWindow", bare, "(the floor)")):
        print(f"{name} : wall {median(runs, 'shown_ms'):6.0f} ms (min {min(r.shown_ms for r in runs):.0f}, "
              f"max {max(r.shown_ms for r in runs):.0f})  cpu {median(runs, 'cpu_ms'):6.0f} ms  "
              f"modules {median(runs, 'modules'):4.0f}  exit {median(runs, 'exit_ms'):6.0f} ms   {note}")
    a, b = median(app, "shown_ms"), median(bare, "shown_ms")
    ca, cb = median(app, "cpu_ms"), median(bare, "cpu_ms")
    print(f"ratio                    : wall {a / b:5.2f}x (difference {a - b:.0f} ms), cpu {ca / cb:5.2f}x   target 4x")
    if kdf and kdf[0] is not None:
        k = statistics.median(x for x in kdf if x is not None)
        print(f"of which the passphrase's Argon2id (unlocking the encrypted store, same run): {k:.0f} ms; "
              f"without it: wall {a - k:.0f} ms = {(a - k) / b:.2f}x the bare window")
    return 0


if __name__ == "__main__":
    sys.exit(main())
