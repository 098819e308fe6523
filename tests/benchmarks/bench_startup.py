"""Start-up time to the main window (issue 2), next to a bare PySide6 window, in the same run.

    .venv/bin/python tests/benchmarks/bench_startup.py [--runs 7]

Each measurement is a new process, timed from just before it starts until it exits right after its
window has been shown (the app quits from its event loop when DNND_QUIT_AFTER_SHOWN=1; the bare
script does the same). The app runs its real path: `python -m dnnd_desktop` on a set-up data folder
(single-instance lock, migrations check, context, main window, Overview page, daily backup started).
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.resize(1280, 720); w.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""


def timed(cmd: list[str], env: dict) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, env=env, cwd=ROOT, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return (time.perf_counter() - start) * 1000


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
        timed(app_cmd, env), timed(bare_cmd, env)            # warm the file cache once
        app, bare = [], []
        for _ in range(args.runs):                            # interleaved: same machine state
            app.append(timed(app_cmd, env))
            bare.append(timed(bare_cmd, env))
    a, b = statistics.median(app), statistics.median(bare)
    print(f"runs: {args.runs} (median; process start -> main window shown -> exit); "
          f"data: {args.dir or 'a freshly set-up folder'}; load average {os.getloadavg()[0]:.2f}")
    print(f"dnnd_desktop main window : {a:7.0f} ms  (min {min(app):.0f}, max {max(app):.0f})   target 1000 ms")
    print(f"bare PySide6 QMainWindow : {b:7.0f} ms  (min {min(bare):.0f}, max {max(bare):.0f})   (the floor)")
    print(f"ratio                    : {a / b:7.2f}x   difference {a - b:.0f} ms   target 4x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
