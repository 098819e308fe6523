#!/usr/bin/env python3
"""Bootstrap for the two README commands: `python3 dev.py run` and `python3 dev.py test`.

It needs nothing but Python >= 3.11. It creates `.venv` next to this file when missing, installs the
project with its test extras (again whenever pyproject.toml changes), then starts the app or runs the
whole test suite. Kept dependency-free on purpose: it runs before anything is installed.
"""
from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".dnnd-installed"


def _venv_python() -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def _wanted_stamp() -> str:
    return hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()


def ensure_env() -> Path:
    if sys.version_info < (3, 11):
        sys.exit("dnnd_desktop needs Python 3.11 or newer (found %s)." % sys.version.split()[0])
    py = _venv_python()
    if not py.exists():
        print("Creating the virtual environment in .venv ...", flush=True)
        venv.EnvBuilder(with_pip=True, clear=False).create(VENV)
    if not STAMP.exists() or STAMP.read_text() != _wanted_stamp():
        print("Installing dnnd_desktop and its dependencies ...", flush=True)
        subprocess.check_call([str(py), "-m", "pip", "install", "-q", "--upgrade", "pip"])
        subprocess.check_call([str(py), "-m", "pip", "install", "-q", "-e", f"{ROOT}[test]"])
        STAMP.write_text(_wanted_stamp())
    return py


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"run", "test", "env"}:
        print("usage: python3 dev.py run [dnnd options] | test [pytest options] | env")
        return 2
    py = ensure_env()
    cmd, rest = argv[0], argv[1:]
    env = dict(os.environ)
    if cmd == "run":
        return subprocess.call([str(py), "-m", "dnnd_desktop", *rest], env=env, cwd=ROOT)
    if cmd == "test":
        # CI has no display: every GUI test runs on Qt's offscreen platform.
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        return subprocess.call([str(py), "-m", "pytest", *rest], env=env, cwd=ROOT)
    print(py)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
