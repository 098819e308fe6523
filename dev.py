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


# Shared libraries Qt's xcb platform plugin needs on Linux -> the Debian/Ubuntu package that has it.
# PySide6 wheels bring Qt itself but not these X11 libraries; a fresh desktop often lacks a few,
# and Qt's own message ("could not load the Qt platform plugin xcb") does not say which.
XCB_PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0", "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0", "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-render-util.so.0": "libxcb-render-util0", "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xkb.so.1": "libxcb-xkb1", "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0", "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-shape.so.0": "libxcb-shape0", "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-sync.so.1": "libxcb-sync1", "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-render.so.0": "libxcb-render0", "libxcb-util.so.1": "libxcb-util1",
    "libxcb.so.1": "libxcb1", "libX11-xcb.so.1": "libx11-xcb1", "libX11.so.6": "libx11-6",
    "libEGL.so.1": "libegl1", "libGL.so.1": "libgl1", "libOpenGL.so.0": "libopengl0",
    "libfontconfig.so.1": "libfontconfig1", "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3", "libglib-2.0.so.0": "libglib2.0-0",
}


def missing_qt_libraries() -> list[str]:
    """Libraries the xcb platform plugin cannot find on this Linux machine (empty elsewhere, on
    Wayland/offscreen, or when nothing is missing)."""
    import ctypes.util
    import shutil

    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM", "xcb") != "xcb":
        return []
    if not os.environ.get("DISPLAY") or not shutil.which("ldd"):
        return []
    qt = next(iter(sorted((VENV / "lib").glob("python*/site-packages/PySide6/Qt"))), None)
    if qt is None:
        return []
    missing: set[str] = set()
    for lib in (qt / "plugins" / "platforms" / "libqxcb.so", *sorted((qt / "lib").glob("libQt6XcbQpa.so*"))):
        if lib.exists():
            out = subprocess.run(["ldd", str(lib)], capture_output=True, text=True).stdout
            missing |= {line.split()[0] for line in out.splitlines() if "not found" in line}
    if not ctypes.util.find_library("xcb-cursor"):  # loaded at run time by Qt >= 6.5, not linked
        missing.add("libxcb-cursor.so.0")
    return sorted(missing)


def explain_missing(missing: list[str]) -> str:
    packages = sorted({XCB_PACKAGES.get(name, "") for name in missing} - {""})
    unknown = [name for name in missing if name not in XCB_PACKAGES]
    lines = ["Qt cannot open a window on this Linux desktop: these system libraries are missing:",
             "    " + " ".join(missing)]
    if packages:
        lines += ["Install them (Debian, Ubuntu) and start again:",
                  "    sudo apt-get install " + " ".join(packages)]
    if unknown:
        lines.append("Find the package of the others with: apt-file search " + " ".join(unknown))
    return "\n".join(lines)


# What `dev.py test` runs before the tests (configured in pyproject.toml).
CHECKS = [["ruff", "check", "."], ["mypy"]]


def run_app(py: Path, args: list[str], env: dict[str, str]) -> int:
    """Start the app, passing its error output through; when Qt could not load its platform plugin,
    name the missing system libraries and the packages that bring them."""
    proc = subprocess.Popen([str(py), "-m", "dnnd_desktop", *args], env=env, cwd=ROOT,
                            stderr=subprocess.PIPE, text=True, errors="replace")
    plugin_failed = False
    assert proc.stderr is not None
    for line in proc.stderr:
        sys.stderr.write(line)
        plugin_failed = plugin_failed or "Qt platform plugin" in line
    code = proc.wait()
    if code != 0 and plugin_failed:
        missing = missing_qt_libraries()
        if missing:
            print("\n" + explain_missing(missing), file=sys.stderr)
    return code


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"run", "test", "env"}:
        print("usage: python3 dev.py run [dnnd options] | test [pytest options] | env")
        return 2
    py = ensure_env()
    cmd, rest = argv[0], argv[1:]
    env = dict(os.environ)
    if cmd == "run":
        return run_app(py, rest, env)
    if cmd == "test":
        # Lint and types first (fast, and a finding fails the run like a failing test), then the tests.
        for step in CHECKS:
            print(f"$ {' '.join(step)}", flush=True)
            code = subprocess.call([str(py), "-m", *step], env=env, cwd=ROOT)
            if code != 0:
                return code
        # CI has no display: every GUI test runs on Qt's offscreen platform.
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        return subprocess.call([str(py), "-m", "pytest", *rest], env=env, cwd=ROOT)
    print(py)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
