"""Refresh the Vietnamese translation after adding or changing tr() strings, then build the .qm files.

    .venv/bin/python resources/translations/update_translations.py

1. pyside6-lupdate scans dnnd_desktop (every .py: the GUI's tr() strings and, below the GUI, the
   `translate("Context", "source")` texts of domain/messages.py) and forms/ (every .ui) into the
   app's one catalogue dnnd_vi.ts:
   new strings appear as type="unfinished" (tests fail until they are translated, in Qt Linguist
   `pyside6-linguist resources/translations/dnnd_vi.ts` or by editing the XML); strings no longer
   in the code are dropped. No source locations are written, so the file only changes when strings do.
2. pyside6-lrelease builds dnnd_vi.qm and qt_standard_vi.qm (our translation of Qt's own button
   and menu texts, which Qt does not ship for Vietnamese; edited by hand).
Running it twice changes nothing. `--check` only reports whether the files are up to date.

`--fill FILE.json` first sets translations from a JSON list of [context, source, translation]
(for moving many existing Vietnamese literals into the catalogue at once), then refreshes as above;
entries the sources do not use are dropped by lupdate, so fill after the code uses them.
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
APP_TS = HERE / "dnnd_vi.ts"
QT_TS = HERE / "qt_standard_vi.ts"
SOURCE_DIRS = [ROOT / "dnnd_desktop", ROOT / "forms"]


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease next to this Python (the venv), else on PATH."""
    for folder in (Path(sys.executable).parent, Path(sys.executable).parent / "Scripts"):
        for candidate in (folder / name, folder / f"{name}.exe"):
            if candidate.exists():
                return str(candidate)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 in this environment")
    return found


def sources() -> list[str]:
    files: list[Path] = []
    for folder in SOURCE_DIRS:
        if folder.exists():
            files += sorted(folder.rglob("*.py")) + sorted(folder.rglob("*.ui"))
    return [str(f) for f in files if "__pycache__" not in f.parts]


def lupdate(ts: Path) -> None:
    subprocess.run([tool("pyside6-lupdate"), *sources(), "-locations", "none", "-no-obsolete",
                    "-source-language", "en", "-target-language", "vi_VN", "-silent", "-ts", str(ts)],
                   check=True)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def fill(ts: Path, entries: list[list[str]]) -> list[tuple[str, str]]:
    """Set the translation of each (context, source) found in `ts`; returns those not found."""
    import xml.etree.ElementTree as ET

    wanted = {(c, s): t for c, s, t in entries}
    text = ts.read_text(encoding="utf-8")
    tree = ET.ElementTree(ET.fromstring(text))
    found = set()
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            key = (name, msg.findtext("source") or "")
            if key in wanted:
                tr = msg.find("translation")
                tr.text = wanted[key]
                tr.attrib.pop("type", None)
                found.add(key)
    header = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
    ts.write_text(header + ET.tostring(tree.getroot(), encoding="unicode") + "\n", encoding="utf-8")
    lupdate(ts)  # back to lupdate's own layout, so the file only changes when strings do
    return sorted(set(wanted) - found)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report stale files without writing")
    parser.add_argument("--fill", type=Path, help="JSON list of [context, source, translation] to set first")
    args = parser.parse_args(argv)
    if args.check:
        stale = []
        with tempfile.TemporaryDirectory() as tmp:
            ts = Path(tmp) / APP_TS.name
            shutil.copy(APP_TS, ts)
            lupdate(ts)
            if ts.read_bytes() != APP_TS.read_bytes():
                stale.append(APP_TS.name)
            for source in (APP_TS, QT_TS):
                qm = Path(tmp) / source.with_suffix(".qm").name
                lrelease(source, qm)
                committed = source.with_suffix(".qm")
                if not committed.exists() or committed.read_bytes() != qm.read_bytes():
                    stale.append(committed.name)
        for name in stale:
            print(f"out of date: {name}", file=sys.stderr)
        return 1 if stale else 0
    lupdate(APP_TS)
    if args.fill:
        missing = fill(APP_TS, json.loads(args.fill.read_text(encoding="utf-8")))
        for context, source in missing:
            print(f"not in the sources (check context and text): {context}: {source!r}", file=sys.stderr)
    for source in (APP_TS, QT_TS):
        lrelease(source, source.with_suffix(".qm"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
