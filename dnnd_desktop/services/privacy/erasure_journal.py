"""The erasure journal: a person erased or anonymised stays so in every backup that is restored.

Backups are copies of the whole store taken before the erasure; rewriting each of them is not
possible for the portable ones (on a USB stick) and error-prone for the rest. Instead every wipe of
personal data (RecordWriter: delete, merge, anonymise) is recorded in
`<data>/erasure-journal.jsonl`, one line per record: kind, id, action, date - ids only, no personal
data. `restore` re-applies the whole journal to the restored copy before it replaces the live store,
so nothing erased is ever visible again. The file lives beside the store, outside it: restoring any
backup never rolls the journal back.

Written only for wipes that are committed: entries wait in the session and are checked just before
the commit (the record really is wiped in the transaction), written just after it.
"""
from __future__ import annotations

import datetime as dt
import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from sqlalchemy import event
from sqlalchemy.orm import Session

from ...paths import DataDir

log = logging.getLogger(__name__)

JOURNAL_FILE = "erasure-journal.jsonl"
DELETE, ANONYMISE = "delete", "anonymise"
_PENDING = "dnnd_erasure_journal"


@dataclass(frozen=True)
class Erasure:
    kind: str
    record_id: str
    action: str


def journal_path(data_dir: DataDir) -> Path:
    return data_dir.root / JOURNAL_FILE


def read(data_dir: DataDir) -> list[Erasure]:
    """The journal's entries, oldest first, each record once (its last action)."""
    path = journal_path(data_dir)
    out: dict[tuple[str, str], Erasure] = {}
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return []
    for line in lines:
        try:
            row = json.loads(line)
            e = Erasure(str(row["kind"]), str(row["id"]), str(row["action"]))
        except (ValueError, KeyError, TypeError):
            continue   # a line cut by a power failure: the others still count
        if e.action in (DELETE, ANONYMISE):
            out.pop((e.kind, e.record_id), None)
            out[(e.kind, e.record_id)] = e
    return list(out.values())


def _append(root: Path, entries: list[Erasure]) -> None:
    data_dir = DataDir(root)
    known = set(read(data_dir))
    new = [e for e in entries if e not in known]
    if not new:
        return
    today = dt.date.today().isoformat()
    with open(journal_path(data_dir), "a", encoding="utf-8") as f:
        for e in new:
            f.write(json.dumps({"kind": e.kind, "id": e.record_id, "action": e.action, "date": today}) + "\n")
        f.flush()
        os.fsync(f.fileno())
    log.info("erasure journal: %d entries added", len(new))
    # Kept received packages holding them could give them back (undo, replay): dropped now.
    from ..packages.kept_erasures import drop_holding

    drop_holding(root, {e.record_id for e in new})


def note(session: Session, data_dir: DataDir | None, kind: str, record_id: str, action: str) -> None:
    """Called by RecordWriter when it wipes a record's personal data in `session`."""
    if data_dir is None:
        return
    pending = session.info.setdefault(_PENDING, {"root": data_dir.root, "entries": []})
    pending["entries"].append(Erasure(kind, record_id, action))


def is_wiped(obj: Any) -> bool:
    from ..sync.codec import wiped_values

    return all(getattr(obj, f) == v for f, v in wiped_values(type(obj)).items())


@event.listens_for(Session, "before_commit")
def _check_pending(session: Session) -> None:
    pending = session.info.get(_PENDING)
    if not pending:
        return
    from ...storage.models import MODEL_BY_KIND

    kept = []
    for e in pending["entries"]:
        obj = session.get(MODEL_BY_KIND[e.kind], e.record_id)
        # A wipe undone by a rolled-back savepoint is not kept. A record gone altogether is: a
        # tombstone that arrived by sync may be purged in the same transaction (every holder knows
        # it), and a backup from before still holds the record.
        if obj is None or is_wiped(obj):
            kept.append(e)
    pending["entries"] = kept


@event.listens_for(Session, "after_commit")
def _write_pending(session: Session) -> None:
    pending = session.info.pop(_PENDING, None)
    if pending and pending["entries"]:
        _append(pending["root"], pending["entries"])


@event.listens_for(Session, "after_rollback")
def _drop_pending(session: Session) -> None:
    if not session.in_transaction():
        session.info.pop(_PENDING, None)


@dataclass
class _Installation:
    site_id: str
    office_id: str


@dataclass
class _ReplayContext:
    """What RecordWriter needs of an AppContext, for the restored copy (not open as an app)."""

    installation: _Installation
    current_user: None = None
    data_dir: None = None          # replayed wipes are in the journal already

    @property
    def user_name(self) -> str:
        """The system's name, as AppContext gives it when no user is signed in."""
        from ..app_context import AppContext

        return str(AppContext.user_name.fget(self))  # type: ignore[attr-defined]


def apply_to_store(database: Path | str, data_dir: DataDir) -> int:
    """Re-apply the folder's journal to the store at `database` (a restored copy, before it goes
    live). Returns how many records were wiped again."""
    entries = read(data_dir)
    if not entries:
        return 0
    from ...domain.messages import translate
    from ...storage.engine import make_engine, make_session_factory
    from ...storage.models import MODEL_BY_KIND, Installation, SyncedMixin
    from ..app_context import AppContext
    from ..record_writer import RecordWriter

    engine = make_engine(database)
    n = 0
    try:
        with make_session_factory(engine)() as s, s.begin():
            inst = s.get_one(Installation, 1)
            ctx = cast(AppContext, _ReplayContext(_Installation(inst.site_id, inst.office_id)))
            writer = RecordWriter(s, ctx)
            why = str(translate("AuditDetails", "erased earlier; re-applied from the erasure journal after a restore"))
            for e in entries:
                model = MODEL_BY_KIND.get(e.kind)
                obj = cast("SyncedMixin | None", s.get(model, e.record_id) if model is not None else None)
                if obj is None:
                    continue
                if e.action == DELETE and not obj.deleted:
                    writer.delete(obj, details=why)
                elif not is_wiped(obj):
                    writer.anonymise(obj)
                else:
                    continue
                n += 1
    finally:
        engine.dispose()
    log.info("erasure journal re-applied: %d records wiped again", n)
    return n
