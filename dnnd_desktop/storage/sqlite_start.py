"""What the main window needs before it shows, read through the plain DB-API driver (issue 17).

Importing SQLAlchemy and the mapped models costs about 0.45 s of CPU, four times a bare window;
the window's title, navigation and status bar need three small rows. This reads them with the
sqlite3 module (the SQLCipher driver for an encrypted store, under the key already unlocked:
sqlite_cipher.connect), read-only, so the ORM can load after the window is shown. The rows are
plain tuples; services/start_facts.py makes the typed values the GUI uses.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import sqlite_cipher


@dataclass(frozen=True)
class StartRows:
    revision: str | None
    site_id: str
    sign_pk: bytes
    box_pk: bytes
    office: dict[str, Any]                                # the asked office columns by name
    users: tuple[tuple[str, str, str, bool], ...]         # (id, name, roles, has password), active, oldest first


def read_start_rows(path: Path, office_columns: tuple[str, ...]) -> StartRows | None:
    """The installation's rows, or None when the file is missing, unreadable (damaged, wrong key,
    locked too long) or not set up: the caller then opens the data the full way, which says why."""
    if not Path(path).is_file():
        return None
    try:
        con = sqlite_cipher.connect(path, mode="ro")
    except Exception:  # noqa: BLE001 - any failure here means "take the full path"
        return None
    try:
        with sqlite_cipher.sqlite_errors():
            version = con.execute("SELECT version_num FROM alembic_version").fetchone()
            inst = con.execute("SELECT office_id, site_id, sign_pk, box_pk FROM installation WHERE id = 1").fetchone()
            if inst is None:
                return None
            office = con.execute(f"SELECT {', '.join(office_columns)} FROM offices WHERE id = ?",   # noqa: S608 - constant columns
                                 (inst[0],)).fetchone()
            if office is None:
                return None
            # As open_context orders them: the first user created is the one a start without a
            # login works as.
            users = con.execute("SELECT id, name, roles, password_hash IS NOT NULL AND password_hash != '' "
                                "FROM users WHERE active = 1 ORDER BY created_at").fetchall()
    except sqlite3.Error:
        return None
    finally:
        con.close()
    return StartRows(revision=version[0] if version else None, site_id=inst[1], sign_pk=bytes(inst[2]),
                     box_pk=bytes(inst[3]), office=dict(zip(office_columns, office, strict=True)),
                     users=tuple((u[0], u[1], u[2] or "", bool(u[3])) for u in users))


def read_password_hash(path: Path, user_id: str) -> tuple[bool, str | None]:
    """(whether `user_id` is an active user, their stored password hash) for the login before the
    data open. Read when asked, never kept. Raises sqlite3.Error when the file cannot be read: a
    login must not pass because its check could not be made."""
    con = sqlite_cipher.connect(path, mode="ro")
    try:
        with sqlite_cipher.sqlite_errors():
            row = con.execute("SELECT password_hash FROM users WHERE id = ? AND active = 1", (user_id,)).fetchone()
    finally:
        con.close()
    return (row is not None, row[0] if row else None)
