"""The serif family every document is set in: Times New Roman when the system has it, else the
bundled Liberation Serif (metric-compatible, so a document lays out the same either way).

Decree 30/2020 asks for Times New Roman; we never ship it (its licence forbids that), but most
Windows machines have it, so we use the system's copy when all four styles are present.
"""
from __future__ import annotations

import os
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from dnnd_desktop import paths

FAMILY = "DocSerif"
TIMES_NEW_ROMAN = "Times New Roman"
LIBERATION_SERIF = "Liberation Serif"

STYLES = ("regular", "bold", "italic", "bold_italic")

# File names Times New Roman ships under: Windows/msttcorefonts lower-case short names, the
# Debian msttcorefonts long names, and the macOS names.
_TIMES_FILE_NAMES = {
    "regular": ("times.ttf", "Times_New_Roman.ttf", "Times New Roman.ttf"),
    "bold": ("timesbd.ttf", "Times_New_Roman_Bold.ttf", "Times New Roman Bold.ttf"),
    "italic": ("timesi.ttf", "Times_New_Roman_Italic.ttf", "Times New Roman Italic.ttf"),
    "bold_italic": ("timesbi.ttf", "Times_New_Roman_Bold_Italic.ttf", "Times New Roman Bold Italic.ttf"),
}

_LIBERATION_FILE_NAMES = {
    "regular": "LiberationSerif-Regular.ttf",
    "bold": "LiberationSerif-Bold.ttf",
    "italic": "LiberationSerif-Italic.ttf",
    "bold_italic": "LiberationSerif-BoldItalic.ttf",
}


@dataclass(frozen=True)
class DocumentFonts:
    """Registered reportlab font names of one family and where they came from."""

    family: str
    regular: str
    bold: str
    italic: str
    bold_italic: str
    source: str  # TIMES_NEW_ROMAN or LIBERATION_SERIF
    files: tuple[Path, ...]


def system_font_dirs() -> list[Path]:
    """Folders where an installed Times New Roman may live on this machine."""
    dirs: list[Path] = []
    if sys.platform.startswith("win"):
        windir = os.environ.get("WINDIR") or os.environ.get("SystemRoot") or r"C:\Windows"
        dirs.append(Path(windir) / "Fonts")
        local = os.environ.get("LOCALAPPDATA")
        if local:  # per-user installs (Windows 10 1809+)
            dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    elif sys.platform == "darwin":
        dirs += [Path("/System/Library/Fonts/Supplemental"), Path("/Library/Fonts"),
                 Path.home() / "Library" / "Fonts"]
    else:
        dirs += [Path("/usr/share/fonts/truetype/msttcorefonts"),
                 Path("/usr/share/fonts/msttcore"),
                 Path("/usr/share/fonts/truetype/times"),
                 Path("/usr/share/fonts/TTF"),
                 Path.home() / ".local" / "share" / "fonts",
                 Path.home() / ".fonts"]
    return dirs


def find_times_new_roman(dirs: list[Path]) -> dict[str, Path] | None:
    """The four Times New Roman files from the first folder that holds all of them, else None.

    Names are matched case-insensitively: Windows does not care and Linux packages differ.
    """
    for folder in dirs:
        try:
            by_lower = {p.name.lower(): p for p in folder.iterdir() if p.is_file()}
        except OSError:
            continue
        found: dict[str, Path] = {}
        for style in STYLES:
            for name in _TIMES_FILE_NAMES[style]:
                if name.lower() in by_lower:
                    found[style] = by_lower[name.lower()]
                    break
        if len(found) == len(STYLES):
            return found
    return None


def bundled_liberation_serif() -> dict[str, Path]:
    folder = paths.fonts_dir()
    return {style: folder / name for style, name in _LIBERATION_FILE_NAMES.items()}


def register_family(family: str, files: dict[str, Path], source: str) -> DocumentFonts:
    """Register four TTFs under `family` names and map them so <b>/<i> in paragraphs work."""
    names = {
        "regular": family,
        "bold": f"{family}-Bold",
        "italic": f"{family}-Italic",
        "bold_italic": f"{family}-BoldItalic",
    }
    # Load all four before registering any, so a broken file leaves nothing half-registered.
    loaded = {style: TTFont(names[style], str(files[style])) for style in STYLES}
    for font in loaded.values():
        pdfmetrics.registerFont(font)
    addMapping(family, 0, 0, names["regular"])
    addMapping(family, 1, 0, names["bold"])
    addMapping(family, 0, 1, names["italic"])
    addMapping(family, 1, 1, names["bold_italic"])
    return DocumentFonts(family=family, source=source, files=tuple(files[s] for s in STYLES),
                         **names)


_lock = threading.Lock()
_cached: DocumentFonts | None = None


def document_fonts() -> DocumentFonts:
    """The document family, registered on first use and cached for the process."""
    global _cached
    with _lock:
        if _cached is None:
            _cached = _register_best(system_font_dirs())
        return _cached


def _register_best(dirs: list[Path]) -> DocumentFonts:
    times = find_times_new_roman(dirs)
    if times is not None:
        try:
            return register_family(FAMILY, times, TIMES_NEW_ROMAN)
        except Exception:  # a damaged or unreadable system font: fall back, never fail a print
            pass
    return register_family(FAMILY, bundled_liberation_serif(), LIBERATION_SERIF)
