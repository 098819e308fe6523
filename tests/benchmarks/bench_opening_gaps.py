"""Is the window responsive while the data open behind it (issue 17)?

    PYTHONPATH=. DNND_PASSPHRASE=... .venv/bin/python tests/benchmarks/bench_opening_gaps.py DATA [--runs 3]

Starts the app on DATA (the real path: unlock, start's facts, window, the opening on a worker, the
Overview's read) with a 10 ms timer on the UI thread's event loop from the window's first turn until
the Overview is filled (DNND_QUIT_AFTER_FILLED=1), and prints the gaps between its ticks: a gap is
how long a click or a repaint would have waited. Each run is a new process.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CHILD = """
import os, sys, time
from dnnd_desktop.paths import DataDir
from dnnd_desktop.services.privacy.unlock_ahead import start_scripted
data = DataDir(sys.argv[1])
unlocking = start_scripted(data, dict(os.environ))
import dnnd_desktop.gui.app as gui_app
from PySide6.QtCore import QTimer
gaps, last = [], [None]
def tick():
    now = time.perf_counter()
    if last[0] is not None:
        gaps.append((now - last[0]) * 1000)
    last[0] = now
def loop(app):
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
    timer.start()
    return app.exec()
gui_app._event_loop = loop
gui_app.run(data, unlocking=unlocking)
gaps.sort()
print(f"ticks {len(gaps):4d}  median gap {gaps[len(gaps) // 2]:5.1f} ms  p95 {gaps[int(len(gaps) * 0.95)]:5.1f} ms  "
      f"max {gaps[-1]:5.1f} ms")
"""


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("data", type=Path)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "DNND_QUIT_AFTER_FILLED": "1", "PYTHONPATH": str(ROOT)}
    print(f"UI thread's event loop, 10 ms timer, window shown -> Overview filled; load {os.getloadavg()[0]:.2f}")
    for _ in range(args.runs):
        out = subprocess.run([sys.executable, "-c", CHILD, str(args.data)], env=env, cwd=ROOT, check=True,
                             capture_output=True, text=True)
        print(out.stdout.strip().splitlines()[-1])
    return 0


if __name__ == "__main__":
    sys.exit(main())
