"""Whole-file SQLite work: the online backup API both ways (with progress and cancel), and
read-only inspection of a file. Used by migrations (backup before upgrading) and the backups service.

With storage/sqlite.py (connections, search index) this is where SQLite specifics live (DESIGN rule
9): sqlite.py is about an open database, this module about database files.

Every connection here goes through sqlite_cipher.connect: once the data folder's key is unlocked,
the live file and every copy are SQLCipher files under it (docs/privacy.md).
"""
from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..domain.progress import CancelToken
from . import sqlite_cipher
from .sqlite_cipher import sqlite_errors

SQLITE_MAGIC = b"SQLite format 3\x00"
_PAGES_PER_STEP = 512          # 2 MiB per step at 4 KiB pages: progress moves, the lock is brief
ProgressFn = Callable[[int, int, str], None]


def _uri(path: Path, mode: str) -> str:
    # as_uri() percent-encodes spaces, '#', '?', Vietnamese letters: a raw f"file:{path}" breaks on them.
    return f"{Path(path).resolve().as_uri()}?mode={mode}"


def connect_ro(path: Path) -> sqlite3.Connection:
    return sqlite_cipher.connect(path, mode="ro")


def integrity_ok(path: Path) -> bool:
    with sqlite_errors():
        con = connect_ro(path)
        try:
            return con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        finally:
            con.close()


def has_sqlite_header(path: Path) -> bool:
    try:
        with open(path, "rb") as f:
            return f.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False


def looks_like_database(path: Path) -> bool:
    """A plain SQLite file, or an encrypted one that the unlocked key opens."""
    if has_sqlite_header(path):
        return True
    key = sqlite_cipher.key_for(path)
    return key is not None and sqlite_cipher.is_encrypted_file(path) and sqlite_cipher.check_key(path, key)


def _step_progress(progress: ProgressFn | None, cancel: CancelToken | None, label: str):
    def on_step(status: int, remaining: int, total: int) -> None:
        # Raising here makes Connection.backup abort and roll the destination back; after the last
        # step (SQLITE_DONE) the copy is committed, so a late Cancel must not claim otherwise.
        if cancel is not None and status != sqlite3.SQLITE_DONE:
            cancel.raise_if_cancelled()
        if progress is not None:
            progress(total - remaining, total, label)
    return on_step


def remove_db_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        p = path.with_name(path.name + suffix)
        try:
            p.unlink()
        except FileNotFoundError:
            pass


def copy_database(source: Path, target: Path, *, progress: ProgressFn | None = None,
                  cancel: CancelToken | None = None, label: str = "") -> None:
    """Consistent copy of a (possibly live, WAL) database into a new self-contained file `target`
    (rollback journal, no -wal beside it). Written as `target.part` and renamed only when complete,
    so a failed or cancelled copy never looks like a good one."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    remove_db_files(tmp)
    with sqlite_errors():
        _copy_database(source, tmp, progress, cancel, label)
    os.replace(tmp, target)


def _copy_database(source: Path, tmp: Path, progress: ProgressFn | None, cancel: CancelToken | None,
                   label: str) -> None:
    key = sqlite_cipher.registered_key(tmp)
    if key is not None and has_sqlite_header(source):
        # A plain file copied where the data are encrypted (a backup of a store not converted yet,
        # an old plain backup being restored): the copy is encrypted, never a second plain file.
        try:
            with sqlite_errors():
                sqlite_cipher.export_encrypted(
                    source, tmp, key,
                    progress=(lambda done, total: progress(done, total, label)) if progress is not None else None,
                    cancel=(lambda: cancel.cancelled) if cancel is not None else None)
            if cancel is not None:
                cancel.raise_if_cancelled()
        except sqlite3.OperationalError:
            remove_db_files(tmp)
            if cancel is not None:
                cancel.raise_if_cancelled()   # "interrupted" by Cancel
            raise
        except BaseException:
            remove_db_files(tmp)
            raise
        return
    src = connect_ro(source)
    try:
        dst = sqlite_cipher.connect(tmp, key=sqlite_cipher.key_for(source))
        try:
            src.execute("PRAGMA busy_timeout=10000")
            src.backup(dst, pages=_PAGES_PER_STEP, progress=_step_progress(progress, cancel, label))
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    except BaseException:
        remove_db_files(tmp)
        raise
    finally:
        src.close()


def copy_into_live(source: Path, live: Path, *, progress: ProgressFn | None = None,
                   cancel: CancelToken | None = None, label: str = "") -> None:
    """Replace the content of the live database `live` by `source` through the backup API.

    SQLite writes the destination inside one write transaction held from the first step to the
    last, so other connections (the open app) see either the old database or the new one, and a
    failure or cancel leaves the old one untouched."""
    with sqlite_errors():
        src = connect_ro(source)
        try:
            dst = sqlite_cipher.connect(live, timeout=30)
            try:
                dst.execute("PRAGMA busy_timeout=30000")
                src.backup(dst, pages=_PAGES_PER_STEP, progress=_step_progress(progress, cancel, label))
            finally:
                dst.close()
        finally:
            src.close()


def match_page_size(path: Path, page_size: int) -> None:
    """A WAL database only accepts a backup of the same page size: rebuild `path` (a private
    rollback-journal file) with `page_size` when it differs."""
    with sqlite_errors():
        con = sqlite_cipher.connect(path)
        try:
            if con.execute("PRAGMA page_size").fetchone()[0] != page_size:
                con.execute("PRAGMA journal_mode=DELETE")
                con.execute(f"PRAGMA page_size={int(page_size)}")
                con.execute("VACUUM")
        finally:
            con.close()


def set_rollback_journal(path: Path) -> None:
    """Make a private copy a self-contained file (no -wal beside it)."""
    with sqlite_errors():
        con = sqlite_cipher.connect(path)
        try:
            con.execute("PRAGMA journal_mode=DELETE")
        finally:
            con.close()


def page_size(path: Path) -> int:
    with sqlite_errors():
        con = connect_ro(path)
        try:
            return int(con.execute("PRAGMA page_size").fetchone()[0])
        finally:
            con.close()


@dataclass(frozen=True)
class FileFacts:
    """What a database file says about itself; None where a table or row is missing."""

    integrity: str
    tables: frozenset[str]
    revision: str | None
    office_id: str | None
    office_name: str | None
    site_id: str | None
    site_counter: int | None


NOT_CHECKED = "not checked"


def inspect(path: Path, *, check: bool = True) -> FileFacts:
    """Read-only facts of a private copy. Raises sqlite3.DatabaseError on a file SQLite cannot read.

    `check=False` skips the integrity check (it reads every page: most of an encrypted backup's
    time went into checking a copy the backup API had just written, only to read two values);
    `integrity` is then NOT_CHECKED."""
    with sqlite_errors():
        return _inspect(path, check)


def _inspect(path: Path, check: bool) -> FileFacts:
    con = connect_ro(path)
    try:
        if check:
            rows = con.execute("PRAGMA integrity_check(20)").fetchall()
            integrity = "ok" if rows == [("ok",)] else "; ".join(str(r[0]) for r in rows)
        else:
            integrity = NOT_CHECKED
        tables = frozenset(r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'"))
        revision = office_id = office_name = site_id = counter = None
        if "alembic_version" in tables:
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        if {"installation", "offices"} <= tables:
            row = con.execute("SELECT office_id, site_id, site_counter FROM installation WHERE id = 1").fetchone()
            if row:
                office_id, site_id, counter = row[0], row[1], row[2]
                name = con.execute("SELECT name FROM offices WHERE id = ?", (office_id,)).fetchone()
                office_name = name[0] if name else None
        return FileFacts(integrity, tables, revision, office_id, office_name, site_id, counter)
    finally:
        con.close()


def read_installation(path: Path) -> tuple[str | None, int]:
    """(office id, site counter) of a live database, cheaply (no integrity check); (None, 0) when
    the file has no installation row."""
    with sqlite_errors():
        return _read_installation(path)


def _read_installation(path: Path) -> tuple[str | None, int]:
    con = connect_ro(path)
    try:
        con.execute("PRAGMA busy_timeout=10000")
        try:
            row = con.execute("SELECT office_id, site_counter FROM installation WHERE id = 1").fetchone()
        except sqlite3.OperationalError:
            return None, 0
        return (row[0], int(row[1] or 0)) if row else (None, 0)
    finally:
        con.close()
