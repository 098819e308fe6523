"""Which entry names a package may carry.

Names are made by the app, so the rule can be narrow: lowercase ASCII segments joined by "/",
ending in a known extension. That alone excludes "..", absolute paths, drive letters, backslashes,
control characters, and case-only or NFC/NFD twins (which would collide on Windows and macOS if a
caller ever did write entries to disk). Windows device names are refused on top, in any segment.
"""
from __future__ import annotations

import re

from . import format as fmt
from .errors import PackageError

EXTENSIONS = ("json", "jsonl", "csv", "txt", "bin", "pdf", "xlsx")
# Entries with these extensions are compressed by the writer; the others are already compact.
COMPRESSIBLE = ("json", "jsonl", "csv", "txt")

_SEGMENT = r"[a-z0-9][a-z0-9_-]{0,63}"
_NAME_RE = re.compile(rf"{_SEGMENT}(?:/{_SEGMENT}){{0,7}}\.(?:{'|'.join(EXTENSIONS)})")
_DEVICE_NAMES = frozenset(
    ["con", "prn", "aux", "nul", "conin$", "conout$"]
    + [f"com{i}" for i in range(10)]
    + [f"lpt{i}" for i in range(10)]
)


def check_entry_name(name: object) -> str:
    """Return the name if it is safe, else raise PackageError('bad_entry_name')."""
    if not isinstance(name, str) or len(name.encode("utf-8")) > fmt.MAX_NAME_BYTES:
        raise PackageError("bad_entry_name", "name is not text or too long", name=repr(name)[:80])
    if not _NAME_RE.fullmatch(name):
        raise PackageError("bad_entry_name", "name does not match the allowed pattern", name=name[:80])
    for segment in name.split("/"):
        if segment.split(".", 1)[0] in _DEVICE_NAMES:
            raise PackageError("bad_entry_name", "Windows device name", name=name)
    return name


def is_compressible(name: str) -> bool:
    return name.rsplit(".", 1)[-1] in COMPRESSIBLE
