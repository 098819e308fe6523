"""Backups of one installation's database: automatic (daily, before imports, migrations and
restores), manual, listed, verified, restored; and the portable encrypted backup for a new laptop.

Every copy goes through SQLite's online backup API (never a file copy of a live WAL database).
A restore never half-applies: the candidate is copied into a private temporary file, checked
(SQLite header, integrity, our schema and installation row, same office unless moving), brought
to the current schema, given a NEW site id (its write counter continues), and only then written
into the live database in one SQLite transaction — after the current database was backed up.
"""
from __future__ import annotations

import datetime as dt
import io
import os
import shutil
import sqlite3
import tempfile
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, BinaryIO

from ...domain.errors import DnndError
from ...domain.messages import Message, translate
from ...domain.progress import CancelToken, ProgressCallback, no_progress
from ...exchange import keys, sealed_files
from ...paths import DataDir
from ...storage import sqlite_cipher, sqlite_files
from ...storage.engine import make_engine, make_session_factory
from ...storage.migrate import DatabaseTooNew, head_revision, upgrade
from ...storage.models import AuditEntry, Installation
from ..audit import stored_details
from ..operation_log import logged_operation
from ..privacy import attachment_files, erasure_journal
from . import checksums, naming, portable, rotation
from .naming import DAILY, IMPORT, LABELS, MANUAL, MIGRATION, OTHER, RESTORE

REASONS = {"import": IMPORT, "migration": MIGRATION, "restore": RESTORE}
_BACKING_UP = translate("BackupProgress", "Backing up the database…")


class BackupError(DnndError):
    code = "backup_failed"


class BackupInvalid(DnndError):
    """The file offered for a restore is not a good backup of ours; nothing was changed."""

    code = "backup_invalid"


class OtherOfficeBackup(DnndError):
    code = "backup_other_office"


class NothingToBackUp(DnndError):
    code = "no_database"

    def __init__(self) -> None:
        super().__init__(translate("BackupErrors", "There is no database to back up yet. Set up the software "
                                   "first."))


@dataclass(frozen=True)
class BackupInfo:
    """One backup in the data folder's backups/ folder, as the Backups page lists it."""

    path: Path
    kind: str            # daily / import / migration / restore / manual / other
    label: str           # name of the kind, in the language of the moment it was listed
    created: dt.datetime  # local time
    size: int            # bytes
    note: str            # tag from the file name (schema revision, import name …)

    @property
    def name(self) -> str:
        return self.path.name

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["path"] = str(self.path)
        d["created"] = self.created.isoformat(timespec="seconds")
        return d


@dataclass(frozen=True)
class BackupCheck:
    """What verify_backup found in a good backup file."""

    path: Path
    encrypted: bool
    office_id: str
    office_name: str | None
    site_id: str
    site_counter: int
    revision: str
    needs_upgrade: bool    # made by an older version; a restore brings it to the current schema
    same_office: bool | None   # None when this data folder has no database yet
    size: int

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["path"] = str(self.path)
        return d


@dataclass(frozen=True)
class RestoreResult:
    office_id: str
    office_name: str | None
    previous_site_id: str       # the site id inside the backup
    new_site_id: str            # the restored installation's new site id
    site_counter: int
    safety_backup: Path | None  # the backup of the database that was replaced
    attachments_added: int

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["safety_backup"] = str(self.safety_backup) if self.safety_backup else None
        return d


# ------------------------------------------------------------------------------------------ listing


def list_backups(data_dir: DataDir) -> list[BackupInfo]:
    """Every backup file in the backups folder, newest first."""
    folder = data_dir.backups
    if not folder.is_dir():
        return []
    out = []
    for p in folder.iterdir():
        if not p.is_file() or p.suffix != naming.SUFFIX:
            continue
        parsed = naming.parse_name(p.name)
        st = p.stat()
        created = parsed.created or dt.datetime.fromtimestamp(st.st_mtime)
        out.append(BackupInfo(p, parsed.kind, str(LABELS[parsed.kind]), created, st.st_size, parsed.tag))
    return sorted(out, key=lambda b: (b.created, b.name), reverse=True)


def rotate(data_dir: DataDir) -> list[Path]:
    """Delete automatic backups beyond the retention rule (rotation.py). Returns what was deleted."""
    backups = list_backups(data_dir)
    doomed = set(rotation.to_delete(
        rotation.Fact(b.name, b.kind, b.created) for b in backups if b.kind != OTHER))
    deleted = []
    for b in backups:
        if b.name in doomed:
            try:
                b.path.unlink()
                checksums.remove_checksum(b.path)
                deleted.append(b.path)
            except OSError:
                pass   # in use or read-only: try again next time, never fail the work for it
    # A *.part left by a crash (a power cut mid-backup) is garbage after a day.
    cutoff = dt.datetime.now().timestamp() - 86400
    for p in data_dir.backups.glob("*.part") if data_dir.backups.is_dir() else ():
        try:
            if p.stat().st_mtime < cutoff:
                p.unlink()
        except OSError:
            pass
    # Scratch folders of a restore or export that a crash interrupted (never in use after a day).
    for d in data_dir.root.glob(".khoi-phuc-*") if data_dir.root.is_dir() else ():
        try:
            if d.is_dir() and d.stat().st_mtime < cutoff:
                shutil.rmtree(d, ignore_errors=True)
        except OSError:
            pass
    return deleted


def delete_backup(data_dir: DataDir, path: Path) -> None:
    """Delete one backup the person chose (only files inside the backups folder)."""
    path = Path(path)
    if path.resolve().parent != data_dir.backups.resolve() or path.suffix != naming.SUFFIX:
        raise DnndError(translate("BackupErrors", "Only backups inside the software's backups folder can be "
                                  "deleted."), code="not_a_backup")
    path.unlink(missing_ok=True)
    checksums.remove_checksum(path)


# ------------------------------------------------------------------------------------------- making


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def _make(data_dir: DataDir, kind: str, tag: str, progress: ProgressCallback,
          cancel: CancelToken | None, when: dt.datetime | None = None) -> Path:
    if not data_dir.database.exists():
        raise NothingToBackUp()
    data_dir.backups.mkdir(parents=True, exist_ok=True)
    target = naming.unique_path(data_dir.backups, kind, when or _now(), tag)
    try:
        sqlite_files.copy_database(data_dir.database, target, progress=progress, cancel=cancel,
                                   label=str(_BACKING_UP))
    except sqlite3.Error as e:
        raise BackupError(translate("BackupErrors", "Could not back up the database: {error}. Check that the "
                                    "disk has free space and try again.").format(error=str(e)),
                          details={"sqlite": str(e)}) from e
    except OSError as e:
        raise BackupError(translate("BackupErrors", "Could not write the backup to {folder}: {error}. Check "
                                    "that the disk has free space and try again.").format(
                                        folder=str(target.parent), error=str(e.strerror or e))) from e
    checksums.write_checksum(target)
    return target


@logged_operation("backup")
def make_backup(data_dir: DataDir, note: str = "", progress: ProgressCallback = no_progress,
                cancel: CancelToken | None = None) -> BackupInfo:
    """A manual backup ("Sao lưu ngay"): kept until the person deletes it."""
    path = _make(data_dir, MANUAL, note, progress, cancel)
    rotate(data_dir)
    return next(b for b in list_backups(data_dir) if b.path == path)


@logged_operation("backup_export")
def export_plain(data_dir: DataDir, target: Path, progress: ProgressCallback = no_progress,
                 cancel: CancelToken | None = None) -> Path:
    """An unencrypted copy of the database at `target` (a .sqlite3 file anywhere). It holds personal
    data in clear: for the same laptop or a safe place; use export_encrypted for anything that travels."""
    if not data_dir.database.exists():
        raise NothingToBackUp()
    target = Path(target)
    try:
        sqlite_files.copy_database(data_dir.database, target, progress=progress, cancel=cancel,
                                   label=str(_BACKING_UP))
    except (OSError, sqlite3.Error) as e:
        raise BackupError(translate("BackupErrors", "Could not write the file «{path}»: {error}. Check that the "
                                    "disk has free space and is not write-protected, then try again.").format(
                                        path=str(target), error=str(e))) from e
    checksums.write_checksum(target)
    return target


def backup_before(data_dir: DataDir, reason: str, note: str = "", progress: ProgressCallback = no_progress,
                  cancel: CancelToken | None = None) -> Path | None:
    """Back up the database before risky work. `reason`: "import" (packages, Excel, USB sync),
    "migration" or "restore". Call it before opening the transaction that applies the import;
    if it raises, do not go on. Rotation runs afterwards. None on a database server: copying a
    whole server database before each package would not scale, and the server's own backups
    (pg_dump, WAL archiving: docs/server.md) cover it; the import is one transaction anyway."""
    if reason not in REASONS:
        raise ValueError(f"reason must be one of {sorted(REASONS)}")
    if not data_dir.uses_sqlite_file:
        return None
    path = _make(data_dir, REASONS[reason], note, progress, cancel)
    rotate(data_dir)
    return path


def daily_backup_if_due(data_dir: DataDir, now: dt.datetime | None = None) -> Path | None:
    """The daily backup: made when no daily backup exists for today yet (call at app start, after
    the database was opened). Returns the new file, or None when not due or nothing to back up
    (a database server has its own backup schedule: docs/server.md)."""
    if not data_dir.uses_sqlite_file or not data_dir.database.exists():
        return None
    now = (now or _now()).replace(microsecond=0)
    if any(b.kind == DAILY and b.created.date() == now.date() for b in list_backups(data_dir)):
        return None
    path = _make(data_dir, DAILY, "", no_progress, None, when=now)
    rotate(data_dir)
    return path


# ---------------------------------------------------------------------------------------- verifying


def _invalid(problem: Message, reason: str) -> BackupInvalid:
    return BackupInvalid(translate("BackupErrors", "{problem} Your current data has not been changed.").format(
        problem=problem), details={"reason": reason})


def _current_office(data_dir: DataDir) -> str | None:
    db = data_dir.database
    if not db.exists() or not sqlite_files.looks_like_database(db):
        return None
    try:
        return sqlite_files.read_installation(db)[0]
    except sqlite3.Error:
        return None


def _check_copy(copy: Path, source: Path, encrypted: bool, data_dir: DataDir | None) -> BackupCheck:
    """Check a private copy of a candidate backup; raise BackupInvalid with a readable reason."""
    try:
        facts = sqlite_files.inspect(copy)
    except sqlite3.DatabaseError as e:
        raise _invalid(translate("BackupErrors", "The backup file is damaged (its database cannot be read). "
                                 "Choose another backup."), f"sqlite: {e}") from e
    if facts.integrity != "ok":
        raise _invalid(translate("BackupErrors", "The backup file is damaged (it failed the integrity check). "
                                 "Choose another backup."), f"integrity: {facts.integrity[:200]}")
    if facts.revision is None or "installation" not in facts.tables:
        raise _invalid(translate("BackupErrors", "This file is an SQLite database, but not one of this "
                                 "software. Choose the right backup file (in the software's backups folder)."),
                       "foreign schema")
    if facts.office_id is None or facts.site_id is None:
        raise _invalid(translate("BackupErrors", "The backup has no office details yet (it was made before "
                                 "the setup was finished), so it cannot be restored. Choose another backup."),
                       "no installation row")
    from alembic.script import ScriptDirectory

    from ...storage.migrate import alembic_config

    known = {r.revision for r in ScriptDirectory.from_config(alembic_config(copy)).walk_revisions()}
    if facts.revision not in known:
        raise DatabaseTooNew(translate("BackupErrors", "This backup was made by a newer version of the "
                                       "software. Install the latest version of the software, then restore "
                                       "again. Your current data has not been changed."))
    current = _current_office(data_dir) if data_dir else None
    return BackupCheck(
        path=source, encrypted=encrypted, office_id=facts.office_id, office_name=facts.office_name,
        site_id=facts.site_id, site_counter=int(facts.site_counter or 0), revision=facts.revision,
        needs_upgrade=facts.revision != head_revision(),
        same_office=None if current is None else current == facts.office_id,
        size=source.stat().st_size,
    )


def _copy_candidate(source: Path, copy: Path, progress: ProgressCallback, cancel: CancelToken | None) -> None:
    if not source.is_file():
        raise DnndError(translate("BackupErrors", "The file «{path}» was not found. Check the path.").format(
            path=str(source)), code="file_not_found")
    if not sqlite_files.looks_like_database(source):
        raise _invalid(translate("BackupErrors", "This file is not a backup of this software (it is not an "
                                 "SQLite database). Choose the right backup file."), "not sqlite")
    try:
        sqlite_files.copy_database(source, copy, progress=progress, cancel=cancel,
                                   label=str(translate("BackupProgress", "Reading the backup…")))
    except sqlite3.DatabaseError as e:
        raise _invalid(translate("BackupErrors", "The backup file is damaged or incomplete (perhaps its copying "
                                 "did not finish). Choose another backup."), f"sqlite: {e}") from e


def _blob_opener(path: Path, key: bytes | None) -> Callable[[], BinaryIO]:
    return lambda: attachment_files.open_blob_file(path, key)


@contextmanager
def _scratch(parent: Path | None) -> Iterator[Path]:
    if parent is not None:
        parent.mkdir(parents=True, exist_ok=True)
    d = Path(tempfile.mkdtemp(prefix=".khoi-phuc-", dir=parent))
    try:
        yield d
    finally:
        shutil.rmtree(d, ignore_errors=True)


class _KeyCapture(io.BytesIO):
    """The key entry of a portable backup: its bytes stay readable after the reader closes it."""

    value = b""

    def close(self) -> None:
        self.value = self.getvalue()
        super().close()


class _Sink:
    """Receives decrypted entries: the database into `db_path`, attachments into `att_dir` (sealed
    under the key of the data folder `att_dir` is in, when it has one: no plain copy on the disk)."""

    def __init__(self, db_path: Path, att_dir: Path):
        self.db_path, self.att_dir = db_path, att_dir
        self.attachments: list[str] = []
        self.key = _KeyCapture()
        db_key = sqlite_cipher.registered_key(att_dir)
        self.att_key = attachment_files.attachment_key(db_key) if db_key is not None else None

    def __call__(self, name: str, size: int) -> BinaryIO:
        if name == portable.DATABASE_ENTRY:
            return open(self.db_path, "xb")
        if name == portable.DATABASE_KEY_ENTRY:
            return self.key   # kept in memory, never written to the disk
        rel = name[len("attachments/"):]
        blob = rel.rsplit("/", 1)[-1]
        if not attachment_files.is_blob_name(blob) or blob.endswith(attachment_files.SEALED_SUFFIX):
            return open(os.devnull, "wb")   # not a blob (a leftover temporary file): nothing to restore
        if self.att_key is not None:
            rel += attachment_files.SEALED_SUFFIX
        self.attachments.append(rel)
        p = self.att_dir / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        if self.att_key is not None:
            return attachment_files.sealing_sink(p, self.att_key, blob)
        return open(p, "xb")


def _materialise(source: Path, scratch: Path, passphrase: str | None, progress: ProgressCallback,
                 cancel: CancelToken | None) -> tuple[Path, bool, _Sink | None]:
    """A private plain copy of the candidate in `scratch`: (path, was encrypted, attachments sink)."""
    copy = scratch / "candidate.sqlite3"
    source = Path(source)
    if portable.is_portable(source):
        if not passphrase:
            raise DnndError(translate("BackupErrors", "This backup is encrypted. Type the passphrase set when "
                                      "it was made."), code="backup_passphrase_required")
        sink = _Sink(scratch / "encrypted.sqlite3", scratch / "attachments")
        portable.read_portable(source, passphrase, sink, progress=progress, cancel=cancel)
        if sink.key.value:   # the office's data were encrypted: bring the copy under this folder's key
            sqlite_cipher.rekey_file(sink.db_path, sink.key.value, sqlite_cipher.registered_key(sink.db_path))
        _copy_candidate(sink.db_path, copy, no_progress, cancel)
        sqlite_cipher.shred(sink.db_path)
        return copy, True, sink
    if checksums.checksum_matches(source) is False:
        raise BackupInvalid(translate(
            "BackupErrors", "The backup «{name}» was changed or damaged after it was made (it differs from its "
            "checksum file). Your current data has not been changed. Choose another backup.").format(
                name=source.name), code="backup_damaged")
    _copy_candidate(source, copy, progress, cancel)
    return copy, False, None


def is_encrypted(path: Path) -> bool:
    """True for a portable encrypted backup (.dnndbak): restoring it needs its passphrase."""
    return portable.is_portable(Path(path))


def verify_backup(path: Path, data_dir: DataDir | None = None, passphrase: str | None = None,
                  progress: ProgressCallback = no_progress, cancel: CancelToken | None = None) -> BackupCheck:
    """Check that `path` is a good backup of this software (the file is never modified). With
    `data_dir`, also say whether it belongs to the same office."""
    # Inside the data folder: a copy of an encrypted backup is made under the folder's key.
    with _scratch(data_dir.root if data_dir is not None and data_dir.root.is_dir() else None) as scratch:
        copy, encrypted, _ = _materialise(Path(path), scratch, passphrase, progress, cancel)
        return _check_copy(copy, Path(path), encrypted, data_dir)


# ---------------------------------------------------------------------------------------- restoring


def _phase(progress: ProgressCallback, start: int, end: int) -> ProgressCallback:
    """Map a step's own (done, total) onto [start, end] of one 0..1000 scale for the whole restore."""
    def on(done: int, total: int, label: str = "") -> None:
        progress(start + (end - start) * min(done, total) // max(total, 1), 1000, label)
    return on


def _prepare(copy: Path, check: BackupCheck, data_dir: DataDir, scratch: Path) -> tuple[str, int]:
    """Bring the copy to the current schema and give it a new site id. Returns (site id, counter)."""
    upgrade(copy, scratch / "upgrade-backups")
    current_counter = 0
    if data_dir.database.exists():
        try:
            current_counter = sqlite_files.read_installation(data_dir.database)[1]
        except sqlite3.Error:
            current_counter = 0
    new_site = str(uuid.uuid4())
    engine = make_engine(copy)
    try:
        with make_session_factory(engine)() as s, s.begin():
            inst = s.get_one(Installation, 1)   # verify_backup found the installation row
            counter = max(int(inst.site_counter or 0), int(current_counter))
            settings = dict(inst.settings or {})
            history = list(settings.get("previous_site_ids") or [])
            history.append({"site_id": inst.site_id, "site_counter": int(inst.site_counter or 0),
                            "replaced_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                            "reason": "restore"})
            settings["previous_site_ids"] = history
            inst.site_id, inst.site_counter, inst.settings = new_site, counter, settings
            # Audit details are catalogue texts: the log reads in the language of whoever opens it.
            s.add(AuditEntry(user_name="hệ thống", action="restore", record_kind="installation",
                             details=stored_details(translate(
                                 "AuditDetails", "Restored from the backup «{file}»; old site id {old}, new site id "
                                 "{new}.").format(file=check.path.name, old=check.site_id, new=new_site))))
    finally:
        engine.dispose()
    # The live database is WAL; the backup API needs equal page sizes for that.
    if data_dir.database.exists():
        sqlite_files.match_page_size(copy, sqlite_files.page_size(data_dir.database))
    sqlite_files.set_rollback_journal(copy)
    if sqlite_files.inspect(copy).integrity != "ok":
        raise BackupError(translate("BackupErrors", "The backup could not be brought to the current version. "
                                    "Your current data has not been changed. Choose another backup."))
    return new_site, counter


@logged_operation("backup_restore")
def restore(data_dir: DataDir, path: Path, *, passphrase: str | None = None, allow_other_office: bool = False,
            progress: ProgressCallback = no_progress, cancel: CancelToken | None = None) -> RestoreResult:
    """Replace this installation's database by the backup at `path` (plain or encrypted).

    Refused, with nothing changed, when the file is not a good backup, belongs to another office
    (unless `allow_other_office`, for moving an office to this laptop), or is from a newer version.
    The current database is backed up first ("truoc-khoi-phuc-…"). The restored installation gets
    a new site id so that packages it sends never reuse stamps the old one already sent.
    After it returns, an open app must reopen its context (services.app_context.open_context)."""
    path = Path(path)
    data_dir.root.mkdir(parents=True, exist_ok=True)
    with _scratch(data_dir.root) as scratch:
        copy, encrypted, sink = _materialise(path, scratch, passphrase, _phase(progress, 0, 250), cancel)
        check = _check_copy(copy, path, encrypted, data_dir)
        if check.same_office is False and not allow_other_office:
            raise OtherOfficeBackup(translate(
                "BackupErrors",
                "This backup belongs to another office («{office}»), not the office using this computer. To "
                "move to that office's data for good, choose «restore another office's data» (command: dnnd "
                "restore FILE --other-office). Your current data has not been changed.").format(
                    office=check.office_name or check.office_id))
        if cancel:
            cancel.raise_if_cancelled()
        progress(250, 1000, str(translate("BackupProgress", "Checking and preparing the restored data…")))
        new_site, counter = _prepare(copy, check, data_dir, scratch)
        if erasure_journal.apply_to_store(copy, data_dir):   # erased persons stay erased (docs/privacy.md)
            sqlite_files.set_rollback_journal(copy)
        live = _live_hashes(copy) if sink else set()
        safety = None
        if data_dir.database.exists():
            safety = backup_before(data_dir, "restore", progress=_phase(progress, 400, 700), cancel=cancel)
        if cancel:
            cancel.raise_if_cancelled()
        if data_dir.database.exists():
            try:
                sqlite_files.copy_into_live(copy, data_dir.database, cancel=cancel,
                                            progress=_phase(progress, 700, 1000),
                                            label=str(translate("BackupProgress", "Writing the restored data…")))
            except sqlite3.Error as e:
                raise BackupError(translate(
                    "BackupErrors",
                    "Could not write the restored data (the database is busy or the disk failed). Your current "
                    "data has not been changed. Close the software's other windows and try again. ({error})"
                ).format(error=str(e))) from e
        else:
            for suffix in ("-wal", "-shm", "-journal"):   # stale leftovers of a deleted database
                data_dir.database.with_name(data_dir.database.name + suffix).unlink(missing_ok=True)
            os.replace(copy, data_dir.database)
        added = _place_attachments(sink, data_dir, live) if sink else 0
    progress(1000, 1000, str(translate("BackupProgress", "Restore finished.")))
    return RestoreResult(check.office_id, check.office_name, check.site_id, new_site, counter, safety, added)


def _live_hashes(copy: Path) -> set[str]:
    con = sqlite_files.connect_ro(copy)
    try:
        return {r[0] for r in con.execute("SELECT DISTINCT sha256 FROM attachments WHERE deleted = 0")}
    finally:
        con.close()


def _place_attachments(sink: _Sink, data_dir: DataDir, live: set[str]) -> int:
    """Attachment files are named by content, so an existing one is already right: add the missing
    that a live attachment of the restored store uses (the file of an erased record stays out)."""
    added = 0
    for rel in sink.attachments:
        name = rel.rsplit("/", 1)[-1]
        sha = name.removesuffix(attachment_files.SEALED_SUFFIX)
        target = data_dir.attachments / rel
        if sha not in live or target.exists() or target.with_name(sha).exists() or target.with_name(
                sha + attachment_files.SEALED_SUFFIX).exists():
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(sink.att_dir / rel, target)
        added += 1
    return added


# ---------------------------------------------------------------------------- portable (encrypted)


def _kdf_limits() -> tuple[int, int]:
    from ..installation import kdf_limits

    return kdf_limits()


@logged_operation("backup_export_encrypted")
def export_encrypted(data_dir: DataDir, target: Path, passphrase: str, progress: ProgressCallback = no_progress,
                     cancel: CancelToken | None = None) -> Path:
    """Write a portable encrypted backup (database and attachment files) to `target` (.dnndbak)."""
    keys.validate_passphrase(passphrase)
    if not data_dir.database.exists():
        raise NothingToBackUp()
    target = Path(target)
    with _scratch(data_dir.root) as scratch:
        snap = scratch / "snapshot.sqlite3"
        sqlite_files.copy_database(data_dir.database, snap, cancel=cancel)
        facts = sqlite_files.inspect(snap, check=False)   # a fresh backup-API copy: only the revision is read
        entries = [portable.Entry(portable.DATABASE_ENTRY, snap.stat().st_size, lambda: open(snap, "rb"))]  # noqa: SIM115 - opened by the writer
        db_key = sqlite_cipher.key_for(snap)
        if db_key is not None:   # restorable on another computer with the backup's passphrase alone
            entries.append(portable.Entry(portable.DATABASE_KEY_ENTRY, len(db_key), lambda: io.BytesIO(db_key)))
        if data_dir.attachments.is_dir():
            # Inside the portable backup (encrypted as a whole under its own passphrase) the files are
            # plain, so that it restores on a computer whose folder has another key; sealed blobs are
            # opened as a stream, never written out.
            att_key = attachment_files.folder_key(data_dir)
            for p in sorted(data_dir.attachments.rglob("*")):
                if not (p.is_file() and attachment_files.is_blob_name(p.name)):
                    continue
                sealed = p.name.endswith(attachment_files.SEALED_SUFFIX)
                rel = p.relative_to(data_dir.attachments).as_posix().removesuffix(attachment_files.SEALED_SUFFIX)
                name = "attachments/" + rel
                if portable._ATTACHMENT_RE.fullmatch(name):
                    size = sealed_files.plain_size(p.stat().st_size) if sealed else p.stat().st_size
                    entries.append(portable.Entry(name, size, _blob_opener(p, att_key)))
        ops, mem = _kdf_limits()
        try:
            portable.write_portable(target, entries, passphrase, revision=facts.revision,
                                    office_name=facts.office_name, opslimit=ops, memlimit=mem,
                                    progress=progress, cancel=cancel)
        except OSError as e:
            raise BackupError(translate("BackupErrors", "Could not write the file «{path}»: {error}. Check that "
                                        "the disk (USB) has free space and is not write-protected, then try "
                                        "again.").format(path=str(target), error=str(e.strerror or e))) from e
    return target
