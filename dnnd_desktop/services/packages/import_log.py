"""Received packages kept as the import log, and undo = last backup + replay (docs/sync.md).

An import no longer copies the whole database first: its cost is the package's. What makes it
undoable instead: every imported package file is kept in `received/` of the data folder, named by
its journal entry (`<package_log id>.dnnd`: no personal data in the name; the file stays encrypted
as it came), for as long as the oldest backup is kept (prune_received). To undo a bad import, the
newest backup made before it (daily, pre-migration, manual…) is restored and the packages imported
between that backup and the bad one are imported again from their kept files. The bad package and
those after it are not replayed; their files stay in `received/` to be imported again by hand if
wanted. The restore itself first backs up the current database (backups/service.py), so edits
made since the backup are not lost: they are in that safety backup.
"""
from __future__ import annotations

import datetime as dt
import os
import shutil
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from ...domain.errors import DnndError, NotFound
from ...domain.messages import translate
from ...domain.progress import CancelToken, ProgressCallback, no_progress
from ...paths import DataDir
from ...storage.models import PackageLogEntry
from ..privacy import erasure_journal
from . import kept_erasures

if TYPE_CHECKING:
    pass

RECEIVED = "received"


def received_dir(data_dir: DataDir) -> Path:
    return data_dir.root / RECEIVED


def kept_path(data_dir: DataDir, log_id: str) -> Path:
    return received_dir(data_dir) / f"{log_id}.dnnd"


def keep_received(data_dir: DataDir, source: str | os.PathLike[str], log_id: str,
                  record_ids: Collection[str] = ()) -> Path:
    """Copy an imported package into the log, before the import commits (a copy left by an import
    that then failed is never listed: only journal entries are replayed). `record_ids`: whose
    personal data it carries (kept_erasures.py); one erased already is not kept."""
    folder = received_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    target = kept_path(data_dir, log_id)
    tmp = target.with_suffix(".tmp")
    shutil.copyfile(source, tmp)
    os.replace(tmp, target)
    kept_erasures.write_index(target, record_ids)
    if record_ids and {e.record_id for e in erasure_journal.read(data_dir)} & set(record_ids):
        kept_erasures.drop(target)
    prune_received(data_dir)
    return target


def prune_received(data_dir: DataDir) -> int:
    """Kept packages are needed back to the oldest backup only (an undo restores a backup and
    replays what came after it): older ones are deleted, so personal data is not kept longer than
    the backups keep it. Returns how many were deleted."""
    from ..backups import list_backups

    backups = list_backups(data_dir)
    if not backups:
        return 0
    # mtime is when the package was kept; a minute's margin for the backup's whole-second time.
    horizon = (min(b.created for b in backups) - dt.timedelta(minutes=1)).timestamp()
    gone = 0
    for p in [*received_dir(data_dir).glob("*.dnnd"), *received_dir(data_dir).glob(f"*{kept_erasures.DROPPED_SUFFIX}")]:
        try:
            if p.stat().st_mtime < horizon:
                p.unlink()
                gone += p.suffix == ".dnnd"
                kept_erasures.index_path(p).unlink(missing_ok=True)
        except FileNotFoundError:
            continue
    return gone


class UndoRefused(DnndError):
    code = "undo_refused"


@dataclass
class UndoResult:
    package_id: str
    backup: str
    replayed: list[str] = field(default_factory=list)      # package ids imported again
    not_replayed: list[str] = field(default_factory=list)  # the undone package and later ones
    # Kept packages shredded since because they held a person erased since (kept_erasures.py):
    # not imported again; their other records come again from the sender.
    dropped: list[str] = field(default_factory=list)
    wiped_again: int = 0    # records the erasure journal wiped again after the replay
    failed: list[dict[str, str]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


def _local(utc_naive: dt.datetime) -> dt.datetime:
    """Journal times are UTC; backup times are the computer's local time (backups/naming.py)."""
    return utc_naive.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)


def undo_import(data_dir: DataDir, package_id: str, passphrase: str, *, progress: ProgressCallback = no_progress,
                cancel: CancelToken | None = None) -> UndoResult:
    """Bring the store back to just before the import of `package_id`: restore the newest backup
    made before it, then import again the kept packages received between that backup and it."""
    from ..app_context import open_context
    from ..backups import list_backups, restore
    from ..installation import unlock_secret_keys
    from .importer import import_package

    if not data_dir.uses_sqlite_file:
        raise UndoRefused(translate("PackageErrors", "On a database server an import is undone from the server's "
                                    "own backups (docs/server.md)."))
    ctx = open_context(data_dir)
    try:
        with ctx.session() as s:
            entries = list(s.scalars(select(PackageLogEntry).where(PackageLogEntry.direction == "in")
                                     .order_by(PackageLogEntry.processed_at, PackageLogEntry.id)))
            unlock_secret_keys(s, passphrase)    # a wrong passphrase refuses before anything changes
    finally:
        ctx.close()
    chosen = next((e for e in entries if e.package_id == package_id), None)
    if chosen is None:
        raise NotFound(translate("PackageErrors", "No imported package has the id «{id}». See the list with “dnnd "
                                 "package log”.").format(id=package_id), code="package_not_found")
    # Backup times have whole seconds: one made in the same second as the import may hold it.
    bad_at = _local(chosen.processed_at).replace(microsecond=0)
    before = [b for b in list_backups(data_dir) if b.created < bad_at]
    if not before:
        raise UndoRefused(translate("PackageErrors", "There is no backup made before this package was imported, "
                                    "so the import cannot be undone."), code="no_backup_before")
    backup = max(before, key=lambda b: b.created)
    # What to import again is decided against the restored journal (below); these must be kept.
    replay = [e for e in entries if _local(e.processed_at) >= backup.created and e.processed_at < chosen.processed_at]
    missing = [e.package_id for e in replay if not kept_path(data_dir, e.id).is_file()
               and not kept_erasures.is_dropped(kept_path(data_dir, e.id))]
    if missing:
        raise UndoRefused(translate("PackageErrors", "{count} packages received after the backup are not kept any "
                                    "more, so the import cannot be undone exactly.").format(count=len(missing)),
                          code="kept_package_missing", details={"missing": missing})
    later = [e.package_id for e in entries if e.processed_at >= chosen.processed_at]
    restore(data_dir, backup.path, progress=progress, cancel=cancel)
    result = UndoResult(package_id, str(backup.path), not_replayed=later)
    ctx = open_context(data_dir)
    try:
        with ctx.session() as s:
            secret = unlock_secret_keys(s, passphrase)
            held = set(s.scalars(select(PackageLogEntry.package_id).where(PackageLogEntry.direction == "in")))
        replay = [e for e in replay if e.package_id not in held]
        for i, e in enumerate(replay):
            if cancel:
                cancel.raise_if_cancelled()
            progress(i, len(replay), str(translate("PackageImport", "Importing the kept packages again")))
            old = kept_path(data_dir, e.id)
            if not old.is_file():     # dropped after an erasure (checked above)
                result.dropped.append(e.package_id)
                continue
            try:
                import_package(ctx, old, secret, now=e.processed_at)
            except DnndError as exc:
                result.failed.append({"package_id": e.package_id, "error": exc.code})
                continue
            old.unlink(missing_ok=True)        # the new journal entry keeps its own copy
            kept_erasures.index_path(old).unlink(missing_ok=True)
            result.replayed.append(e.package_id)
    finally:
        ctx.close()
    # A replayed package may carry someone erased after it was kept (a package kept by an older
    # version, or erased meanwhile): the journal is applied again, as after any restore.
    result.wiped_again = erasure_journal.apply_to_store(data_dir.database, data_dir)
    return result
