"""Compile the Qt Designer forms: every forms/*.ui into dnnd_desktop/gui/forms/ui_<name>.py.

    .venv/bin/python forms/build_forms.py            # after editing a form in pyside6-designer
    .venv/bin/python forms/build_forms.py --check    # exit 1 if a compiled form is out of date

The compiled modules are committed (the app and the frozen build never run uic). The comment
header uic writes (its version) is ignored when checking, so a newer PySide6 alone is not "stale".
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT_DIR = ROOT / "dnnd_desktop" / "gui" / "forms"


def uic() -> str:
    for folder in (Path(sys.executable).parent, Path(sys.executable).parent / "Scripts"):
        for candidate in (folder / "pyside6-uic", folder / "pyside6-uic.exe"):
            if candidate.exists():
                return str(candidate)
    found = shutil.which("pyside6-uic")
    if not found:
        raise SystemExit("pyside6-uic not found: install PySide6 in this environment")
    return found


def sources() -> list[Path]:
    return sorted(HERE.glob("*.ui"))


def target_name(ui: Path) -> str:
    return f"ui_{ui.stem}.py"


def compile_all(out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for ui in sources():
        target = out_dir / target_name(ui)
        # Run from forms/ with the bare file name so the generated header names no local path.
        subprocess.run([uic(), ui.name, "-o", str(target)], cwd=HERE, check=True)
        written.append(target)
    return written


def significant(text: str) -> str:
    """The compiled code without uic's comment header (it names uic's version)."""
    return "\n".join(line for line in text.splitlines() if not line.startswith("##"))


def stale_forms(out_dir: Path = OUT_DIR) -> list[str]:
    """Names of compiled forms missing or different from a fresh compile, and orphans."""
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        for fresh in compile_all(Path(tmp)):
            committed = out_dir / fresh.name
            if not committed.exists():
                problems.append(f"missing: {committed.name}")
            elif significant(committed.read_text(encoding="utf-8")) != significant(fresh.read_text(encoding="utf-8")):
                problems.append(f"out of date: {committed.name}")
    expected = {target_name(ui) for ui in sources()}
    for compiled in sorted(out_dir.glob("ui_*.py")):
        if compiled.name not in expected:
            problems.append(f"no .ui source: {compiled.name}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report stale compiled forms without writing")
    args = parser.parse_args(argv)
    if args.check:
        problems = stale_forms()
        for p in problems:
            print(p, file=sys.stderr)
        return 1 if problems else 0
    for path in compile_all(OUT_DIR):
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
