"""Converting an existing plain SQLite store to an encrypted one, on the first start after the
upgrade (all-or-nothing, with progress).

Order, so that a crash at any step leaves a store that opens and no second plain copy:
1. the passphrase is checked against the office's signing keys (it is the office's passphrase);
2. the key file is made (or, after an interrupted conversion, unlocked): every copy from now on is
   encrypted;
3. every plain backup in backups/ is rewritten encrypted, then its plain file shredded;
4. a "before upgrade" backup of the plain store is made (encrypted, by step 2);
5. the store is exported to `dnnd.sqlite3.encrypted.part`, checked (integrity, same row counts);
6. the plain store is renamed `*.plain`, the encrypted one renamed into place, the plain one
   shredded (overwritten, then deleted). `finish_interrupted` completes or undoes step 6.

The attachments (attachments/ab/<sha256>) are sealed beside themselves (`<sha256>.sealed`, read in
preference) before step 4, and the plain ones shredded after step 6: a Cancel or an error before
step 6 removes the sealed twins made so far, so the folder is as before (all or nothing); a crash
after it leaves plain blobs whose complete sealed twin exists, shredded by the next conversion.
"""
from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path
from typing import Any

from ...domain.errors import DnndError
from ...domain.messages import translate
from ...domain.progress import CancelToken, ProgressCallback, no_progress
from ...exchange import keys
from ...paths import DataDir
from ...storage import sqlite_cipher
from ...storage.sqlite_files import remove_db_files
from . import attachment_files, db_key

log = logging.getLogger(__name__)

_PART = ".encrypted.part"
_PLAIN = ".plain"


def needs_conversion(data_dir: DataDir) -> bool:
    """A plain store (or plain backups) where encryption at rest is on."""
    if not (db_key.ENABLED and db_key.applies(data_dir)):
        return False
    db = data_dir.database
    return (_plain_office_store(db) or bool(_plain_backups(data_dir)) or db.with_name(db.name + _PLAIN).exists()
            or bool(attachment_files.plain_blobs(data_dir.attachments)))


def _plain_office_store(db: Path) -> bool:
    """A plain store that holds an office. A store without one (setup never finished) is left to
    setup, which makes the key with the passphrase chosen there."""
    if not sqlite_cipher.has_plain_header(db):
        return False
    con = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return con.execute("SELECT 1 FROM installation WHERE id = 1").fetchone() is not None
    except sqlite3.Error:
        return False
    finally:
        con.close()


def _plain_backups(data_dir: DataDir) -> list[Path]:
    folder = data_dir.backups
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.is_file() and p.suffix == ".sqlite3"
                  and sqlite_cipher.has_plain_header(p))


def finish_interrupted(data_dir: DataDir) -> None:
    """Complete step 6 of a conversion that stopped half-way (a power cut)."""
    db = data_dir.database
    plain = db.with_name(db.name + _PLAIN)
    if not plain.exists():
        return
    if sqlite_cipher.is_encrypted_file(db):
        sqlite_cipher.shred(plain)
    elif not db.exists():
        os.replace(plain, db)    # the encrypted copy never reached its place: start again from the plain


def _counts(con: Any) -> dict[str, int]:   # a DB-API connection of either driver
    tables = [r[0] for r in con.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE '%\\_fts%' ESCAPE '\\' AND name NOT LIKE '%\\_words%' ESCAPE '\\'")]
    return {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def _encrypt_file(plain: Path, target: Path, key: bytes, progress: sqlite_cipher.ExportProgress | None = None,
                  cancel: CancelToken | None = None) -> None:
    """`plain` exported as SQLCipher to `target` (via a .part file), checked before it counts."""
    part = target.with_name(target.name + _PART)
    remove_db_files(part)
    try:
        try:
            with sqlite_cipher.sqlite_errors():
                sqlite_cipher.export_encrypted(plain, part, key, progress=progress,
                                               cancel=(lambda: cancel.cancelled) if cancel is not None else None)
        except sqlite3.OperationalError:
            if cancel is not None:
                cancel.raise_if_cancelled()   # "interrupted" by Cancel: say so, not a database error
            raise
        src = sqlite3.connect(f"{plain.resolve().as_uri()}?mode=ro", uri=True)
        enc = sqlite_cipher.connect(part, key=key)
        try:
            with sqlite_cipher.sqlite_errors():
                ok = enc.execute("PRAGMA integrity_check").fetchone()[0] == "ok" and _counts(src) == _counts(enc)
        finally:
            src.close()
            enc.close()
        if not ok:
            raise DnndError(translate("PrivacyErrors", "The encrypted copy of the data did not match the original, "
                                      "so nothing was changed. Try again; if it happens again, ask for help."),
                            code="encryption_check_failed")
    except BaseException:
        remove_db_files(part)
        raise
    os.replace(part, target)


def _checkpoint_plain(db: Path) -> None:
    """Fold the -wal into the file and leave rollback-journal mode: one self-contained plain file."""
    con = sqlite3.connect(db, timeout=30)
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        con.execute("PRAGMA journal_mode=DELETE")
    finally:
        con.close()


def _check_passphrase(db: Path, passphrase: str) -> None:
    con = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        row = con.execute("SELECT protected_secret FROM installation WHERE id = 1").fetchone()
    except sqlite3.Error:
        row = None
    finally:
        con.close()
    if row is None or row[0] is None:
        raise keys.WrongPassphrase()           # not reached: only stores with an office are converted
    keys.unlock(bytes(row[0]), passphrase)     # WrongPassphrase when it is not the office's


def convert(data_dir: DataDir, passphrase: str, progress: ProgressCallback = no_progress,
            cancel: CancelToken | None = None) -> str | None:
    """Encrypt the folder's plain store and backups. Returns the recovery code to print when the
    key was made now (None when an earlier, interrupted conversion had made it)."""
    cancel = cancel or CancelToken()
    db = data_dir.database
    finish_interrupted(data_dir)
    if db.exists() and _plain_office_store(db):
        _check_passphrase(db, passphrase)
    code = None
    if db_key.key_file(data_dir).exists():
        db_key.unlock(data_dir, passphrase)
    else:
        db_key.create_key(data_dir, passphrase)
    if not db_key.has_recovery_code(data_dir):
        code = db_key.issue_recovery_code(data_dir, passphrase)
    key = sqlite_cipher.registered_key(db)
    assert key is not None
    backups = _plain_backups(data_dir)
    blobs = attachment_files.plain_blobs(data_dir.attachments)
    total = len(backups) + 4
    label = str(translate("Privacy", "Encrypting the data…"))
    for i, plain in enumerate(backups):
        cancel.raise_if_cancelled()
        progress(i, total, label)
        moved = plain.with_name(plain.name + _PLAIN)
        os.replace(plain, moved)
        try:
            _encrypt_file(moved, plain, key)
        except BaseException:
            os.replace(moved, plain)
            raise
        sqlite_cipher.shred(moved)
        from ..backups import checksums  # (here: backups import this package)

        if checksums.checksum_path(plain).exists():   # the checksum was of the plain bytes
            checksums.write_checksum(plain)
    try:
        _seal_blobs(blobs, attachment_files.attachment_key(key), len(backups), total, label, progress, cancel)
        _convert_database(data_dir, db, key, len(backups) + 1, total, label, progress, cancel)
    except BaseException:
        _unseal(blobs)   # the store was not swapped: leave the attachments as they were
        raise
    for blob in blobs:   # every blob has its complete sealed twin: the plain ones go
        sqlite_cipher.shred(blob)
    progress(total, total, label)
    log.info("store encrypted at rest (%d backups, %d attachment files converted)", len(backups), len(blobs))
    return code


def _twin(blob: Path) -> Path:
    return blob.with_name(blob.name + attachment_files.SEALED_SUFFIX)


def _seal_blobs(blobs: list[Path], att_key: bytes, step: int, total: int, label: str,
                progress: ProgressCallback, cancel: CancelToken) -> None:
    n = max(len(blobs), 1)
    for i, blob in enumerate(blobs):
        cancel.raise_if_cancelled()
        progress(step * n + i, total * n, label)
        if not _twin(blob).exists():   # a twin renamed into place is complete (an earlier, interrupted run)
            attachment_files.seal_file(blob, _twin(blob), att_key, blob.name)


def _unseal(blobs: list[Path]) -> None:
    for blob in blobs:
        _twin(blob).unlink(missing_ok=True)


def _convert_database(data_dir: DataDir, db: Path, key: bytes, step0: int, total: int, label: str,
                      progress: ProgressCallback, cancel: CancelToken) -> None:
    if db.exists() and _plain_office_store(db):
        cancel.raise_if_cancelled()
        progress(step0, total, label)
        _checkpoint_plain(db)
        from ..backups import backup_before

        before = step0

        def on_backup(done: int, size: int, _label: str = "") -> None:
            progress(before * max(size, 1) + done, total * max(size, 1), label)

        # Encrypted, since the key is registered; cancellable while it runs.
        backup_before(data_dir, "migration", note="encrypt", progress=on_backup, cancel=cancel)
        cancel.raise_if_cancelled()
        progress(step0 + 1, total, label)
        staged = db.with_name(db.name + ".encrypted")
        step = step0 + 1

        def on_bytes(done: int, size: int) -> None:   # the long step: the store itself, by bytes
            progress(step * size + done, total * size, label)

        _encrypt_file(db, staged, key, on_bytes, cancel)
        # The point of no return: from here on the encrypted file is the store.
        plain = db.with_name(db.name + _PLAIN)
        os.replace(db, plain)
        os.replace(staged, db)
        for suffix in ("-wal", "-shm", "-journal"):
            leftover = db.with_name(db.name + suffix)
            if leftover.exists():
                sqlite_cipher.shred(leftover)
        sqlite_cipher.shred(plain)
