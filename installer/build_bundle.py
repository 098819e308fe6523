#!/usr/bin/env python3
"""Build the one-folder bundle (dist/dnnd_desktop/) with PyInstaller, on Windows or Linux.

    python installer/build_bundle.py                 build
    python installer/build_bundle.py --selftest      build, then run the frozen `dnnd selftest`
    python installer/build_bundle.py --measure       also compare start-up to the main window,
                                                     frozen and from source, in the same run
    python installer/build_bundle.py --no-build --selftest   test an existing bundle

Run it with the project's environment (the one dev.py makes) with PyInstaller installed:
    .venv/bin/python -m pip install "pyinstaller>=6"   (or: pip install -e .[dev])
The selftest and the measurement never touch the user's data folder (they use temporary folders).
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
BUNDLE = DIST / "dnnd_desktop"
EXE_SUFFIX = ".exe" if os.name == "nt" else ""


def frozen_cli() -> Path:
    return BUNDLE / f"dnnd{EXE_SUFFIX}"


def du(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def build() -> None:
    if BUNDLE.exists():
        shutil.rmtree(BUNDLE)
    subprocess.check_call([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
                           "--distpath", str(DIST), "--workpath", str(WORK),
                           str(ROOT / "installer" / "dnnd_desktop.spec")],
                          cwd=ROOT)


def _env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONIOENCODING"] = "utf-8"
    env.update(extra)
    return env


def selftest() -> dict:
    with tempfile.TemporaryDirectory(prefix="dnnd-frozen-") as tmp:
        # A data folder that does not exist: proof the selftest never needs (or touches) real data.
        env = _env(DNND_DATA_DIR=str(Path(tmp) / "must-not-be-created"))
        started = time.perf_counter()
        r = subprocess.run([str(frozen_cli()), "selftest", "--json"], check=False, capture_output=True, text=True,
                           encoding="utf-8", env=env, timeout=600)
        seconds = time.perf_counter() - started
        if (Path(tmp) / "must-not-be-created").exists():
            raise SystemExit("selftest created files in the data folder it was pointed at")
    try:
        result = json.loads(r.stdout)
    except ValueError as e:
        raise SystemExit(f"frozen selftest printed no JSON (exit {r.returncode}):\n{r.stdout}\n{r.stderr}") from e
    for c in result["checks"]:
        print(f"  [{'ok' if c['ok'] else 'FAIL'}] {c['check']}: {c['detail']}")
        if not c["ok"]:
            print("      " + c.get("trace", "").replace("\n", "\n      "))
    if r.returncode != 0 or not result["ok"]:
        raise SystemExit(f"frozen selftest FAILED (exit {r.returncode})\n{r.stderr[-3000:]}")
    return {"selftest_seconds": round(seconds, 2)}


# The measured data folder is encrypted at rest (issue 14) like any office's: every start needs its passphrase.
_MEASURE_PASSPHRASE = "do-khoi-dong-123"


def _startup_ms(cmd: list[str], data_dir: Path, runs: int) -> int:
    """Median of `runs` measurements of process start -> main window shown (offscreen)."""
    values = []
    for _ in range(runs):
        env = _env(DNND_STARTUP_T0=repr(time.time()), DNND_PASSPHRASE=_MEASURE_PASSPHRASE)
        r = subprocess.run([*cmd, "--data-dir", str(data_dir), "selftest", "--measure-startup", "--json"], check=False,
                           capture_output=True, text=True, encoding="utf-8", env=env, timeout=300)
        if r.returncode != 0:
            raise SystemExit(f"start-up measurement failed:\n{r.stdout}\n{r.stderr}")
        values.append(json.loads(r.stdout)["startup_ms"])
    return sorted(values)[len(values) // 2]


def measure(runs: int = 5) -> dict:
    source = [sys.executable, "-m", "dnnd_desktop"]
    with tempfile.TemporaryDirectory(prefix="dnnd-measure-") as tmp:
        data = Path(tmp) / "data"
        env = _env(DNND_PASSPHRASE=_MEASURE_PASSPHRASE)
        subprocess.check_call([str(frozen_cli()), "--data-dir", str(data), "setup", "--level", "commune",
                               "--province", "Lào Cai", "--unit", "Bát Xát",
                               "--office-name", "Ủy ban MTTQ Việt Nam xã Bát Xát"],
                              env=env, cwd=tmp, stdout=subprocess.DEVNULL)
        # Warm both once (disk cache, .pyc) so neither pays a first-run penalty the other does not.
        _startup_ms([str(frozen_cli())], data, 1)
        _startup_ms(source, data, 1)
        return {"startup_frozen_ms": _startup_ms([str(frozen_cli())], data, runs),
                "startup_source_ms": _startup_ms(source, data, runs)}


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--no-build", action="store_true")
    ap.add_argument("--selftest", action="store_true")
    ap.add_argument("--measure", action="store_true")
    args = ap.parse_args(argv)
    figures: dict = {}
    if not args.no_build:
        started = time.perf_counter()
        build()
        figures["build_seconds"] = round(time.perf_counter() - started, 1)
    if not frozen_cli().exists():
        raise SystemExit(f"no bundle at {BUNDLE}: build it first")
    figures["bundle_mb"] = round(du(BUNDLE) / 2**20, 1)
    if args.selftest:
        figures.update(selftest())
    if args.measure:
        figures.update(measure())
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
