"""Erasure reaches the packages kept in `received/` (issue 14, Deliver 3; import_log.py keeps them
for undo and replay) and those saved in `outbox/` of the data folder.

A kept package is signed by its sender and sealed to this office: it cannot be rewritten without a
person in it. So each kept package gets an index beside it, `<log id>.ids.json`: the ids of the
records it carries personal data of (ids only, no personal data). When a record is erased or
anonymised (erasure_journal.py, local or arrived by sync), every kept package whose index names it
is shredded and replaced by a note `<log id>.dropped.json` (the date, nothing else); an undo then
skips it and says so (its other records come again from the sender: the restored knowledge vector
asks for them). A package arriving later that still carries an erased record is dropped as it is
kept. Packages kept by an older version have no index: they are dropped at the first erasure, as
they may hold anyone.
"""
from __future__ import annotations

import datetime as dt
import json
import logging
import re
from collections.abc import Collection, Iterable
from pathlib import Path
from typing import Any

from ...paths import DataDir
from ...storage.models import MODEL_BY_KIND
from ...storage.sqlite_cipher import shred

log = logging.getLogger(__name__)

INDEX_SUFFIX = ".ids.json"
DROPPED_SUFFIX = ".dropped.json"
_ID = re.compile(rb'"id":"([0-9a-f-]{36})"')


def index_path(kept: Path) -> Path:
    return kept.with_name(kept.stem + INDEX_SUFFIX)


def dropped_path(kept: Path) -> Path:
    return kept.with_name(kept.stem + DROPPED_SUFFIX)


def personal_ids(records: Iterable[tuple[str, Iterable[bytes]]]) -> list[str]:
    """Ids of the records whose lines hold personal data (not wiped), and of the records their
    attachments and conflict values belong to. `records`: (kind, JSON lines) of a changeset."""
    from ..sync.codec import wiped_values

    out: set[str] = set()
    for kind, lines in records:
        model = MODEL_BY_KIND.get(kind)
        wiped = wiped_values(model) if model is not None else {}
        for line in lines:
            try:
                row: Any = json.loads(line)
            except (ValueError, RecursionError):
                row = None
            if not isinstance(row, dict):   # refused by the merge; counted with every id it names
                out.update(m.decode() for m in _ID.findall(line))
                continue
            given = row.get("fields")
            fields: dict[str, Any] = given if isinstance(given, dict) else {}
            live = not row.get("deleted")
            if row.get("siblings") or (live and kind == "attachment") or (
                    live and wiped and not all(fields.get(f) == v for f, v in wiped.items())):
                out.add(str(row.get("id")))
                if kind == "attachment" and fields.get("record_id"):
                    out.add(str(fields["record_id"]))
    return sorted(out)


def index_if_kept(data_dir: DataDir, path: Path, records: Iterable[tuple[str, Iterable[bytes]]]) -> None:
    """A package this office writes into its own `outbox/` (a person may save one there) is kept
    by the app too: it is sealed to this office as well (the archive copy), so it gets an index."""
    try:
        inside = path.resolve().parent == data_dir.outbox.resolve()
    except OSError:
        inside = False
    if inside:
        write_index(path, personal_ids(records))


def write_index(kept: Path, ids: Collection[str]) -> None:
    index_path(kept).write_text(json.dumps(sorted(ids)), encoding="utf-8")


def _index(kept: Path) -> set[str] | None:
    try:
        return set(json.loads(index_path(kept).read_text(encoding="utf-8")))
    except FileNotFoundError:
        return None
    except ValueError:
        return None   # damaged: treated as holding anyone


def drop(kept: Path) -> None:
    """Shred the kept package and leave the note an undo reads."""
    shred(kept)
    index_path(kept).unlink(missing_ok=True)
    dropped_path(kept).write_text(json.dumps({"dropped": dt.date.today().isoformat(), "reason": "erasure"}),
                                  encoding="utf-8")


def drop_holding(root: Path, erased: Collection[str]) -> int:
    """Drop every package kept in the data folder (received/, outbox/) that holds one of `erased`
    (or has no index). Returns how many."""
    from .import_log import received_dir

    data_dir = DataDir(root)
    if not erased:
        return 0
    wanted = set(erased)
    n = 0
    for folder in (received_dir(data_dir), data_dir.outbox):
        for kept in sorted(folder.glob("*.dnnd")) if folder.is_dir() else []:
            ids = _index(kept)
            if ids is None or ids & wanted:
                drop(kept)
                n += 1
    if n:
        log.info("kept packages dropped after an erasure: %d", n)
    return n


def is_dropped(kept: Path) -> bool:
    return dropped_path(kept).is_file()
