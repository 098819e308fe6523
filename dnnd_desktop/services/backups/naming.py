"""Backup kinds and file names in the data folder's `backups/` folder.

A backup file is named `<prefix>-<YYYYmmdd-HHMMSS>[-<tag>].sqlite3` (local time), for example
`hang-ngay-20260515-081200.sqlite3` or `truoc-nang-cap-20260515-081200-0001.sqlite3` (the tag of a
pre-migration backup is the schema revision it was taken at; storage/migrate.py writes those
under this same rule). The kind is read back from the prefix, the time from the stamp, so the
folder itself is the catalogue: nothing else to keep in step with it.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from ...domain.messages import translate

SUFFIX = ".sqlite3"
STAMP_FORMAT = "%Y%m%d-%H%M%S"

DAILY = "daily"
IMPORT = "import"
MIGRATION = "migration"
RESTORE = "restore"
MANUAL = "manual"
OTHER = "other"

PREFIXES = {
    DAILY: "hang-ngay",
    IMPORT: "truoc-nhap",
    MIGRATION: "truoc-nang-cap",
    RESTORE: "truoc-khoi-phuc",
    MANUAL: "thu-cong",
}
LABELS = {
    DAILY: translate("BackupKinds", "Daily"),
    IMPORT: translate("BackupKinds", "Before a data import"),
    MIGRATION: translate("BackupKinds", "Before a software upgrade"),
    RESTORE: translate("BackupKinds", "Before a restore"),
    MANUAL: translate("BackupKinds", "Made by a user"),
    OTHER: translate("BackupKinds", "Other"),
}
_KIND_BY_PREFIX = {v: k for k, v in PREFIXES.items()}
_NAME_RE = re.compile(
    r"^(?P<prefix>" + "|".join(sorted(map(re.escape, PREFIXES.values()), key=len, reverse=True))
    + r")-(?P<stamp>\d{8}-\d{6})(?:-(?P<tag>[A-Za-z0-9_.-]{1,80}))?" + re.escape(SUFFIX) + "$"
)
_TAG_RE = re.compile(r"[^A-Za-z0-9_.-]+")


@dataclass(frozen=True)
class ParsedName:
    kind: str
    created: dt.datetime | None
    tag: str


def parse_name(name: str) -> ParsedName:
    """Kind, time and tag of a backup file name; kind OTHER (never rotated) when it is not ours."""
    m = _NAME_RE.match(name)
    if not m:
        return ParsedName(OTHER, None, "")
    try:
        created = dt.datetime.strptime(m["stamp"], STAMP_FORMAT)
    except ValueError:
        return ParsedName(OTHER, None, "")
    return ParsedName(_KIND_BY_PREFIX[m["prefix"]], created, m["tag"] or "")


def backup_name(kind: str, when: dt.datetime, tag: str = "") -> str:
    if kind not in PREFIXES:
        raise ValueError(f"unknown backup kind {kind!r}")
    tag = _TAG_RE.sub("-", tag).strip("-.")[:60]
    return f"{PREFIXES[kind]}-{when.strftime(STAMP_FORMAT)}{'-' + tag if tag else ''}{SUFFIX}"


def unique_path(folder: Path, kind: str, when: dt.datetime, tag: str = "") -> Path:
    """A name not yet taken in `folder` (two backups in the same second get -2, -3 ...)."""
    path = folder / backup_name(kind, when, tag)
    n = 2
    while path.exists() or path.with_name(path.name + ".part").exists():
        path = folder / backup_name(kind, when, f"{tag}-{n}" if tag else str(n))
        n += 1
    return path
