"""Bring a database to the app's schema: back it up, then run the Alembic revisions in db/.

A SQLite file is copied first; a PostgreSQL database is not (the server's own backups cover it:
docs/server.md). Functions take a SQLite file path or a database URL.

A database written by a newer app (its revision is unknown here) is refused untouched: opening it
with an older schema could lose the newer columns' data.
"""
from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from sqlalchemy import inspect

from .. import database_url
from ..domain.errors import DnndError
from ..domain.messages import translate
from ..paths import migrations_dir
from . import sqlite_cipher
from .engine import check_connection, make_engine
from .head_revision import quick_head
from .sqlite_files import copy_database

Database = Path | str


class DatabaseTooNew(DnndError):
    code = "db_too_new"


def alembic_config(db: Database):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    # configparser interpolates %: a percent-encoded password must reach db/env.py unchanged.
    cfg.set_main_option("sqlalchemy.url", database_url.to_url(db).replace("%", "%%"))
    return cfg


def head_revision() -> str | None:  # None only for an empty migration history (Alembic's answer)
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config(Path("unused"))).get_current_head()


def _file(db: Database) -> Path | None:
    """The SQLite file of `db`, None for a server database."""
    return database_url.sqlite_path(database_url.to_url(db))


def _exists(db: Database) -> bool:
    """A SQLite file exists; a server database is taken to exist (connecting tells otherwise)."""
    path = _file(db)
    return path.exists() if path is not None else True


def current_revision(db_path: Database) -> str | None:
    """The revision recorded in the database (Alembic's alembic_version table), None for a new one."""
    if not _exists(db_path):
        return None
    return _stored_revision(db_path)


def _has_tables(db_path: Database) -> bool:
    engine = make_engine(db_path)
    try:
        return bool(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def _stored_revision(db_path: Database) -> str | None:
    path = _file(db_path)
    if path is None:
        return _server_revision(db_path)
    return _file_revision(path)


def _server_revision(db: Database) -> str | None:
    from sqlalchemy import pool, text
    from sqlalchemy.exc import ProgrammingError

    engine = make_engine(db, poolclass=pool.NullPool)
    try:
        check_connection(engine)
        with engine.connect() as conn:
            try:
                row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
            except ProgrammingError:   # no alembic_version table: an empty database
                return None
            return row[0] if row else None
    finally:
        engine.dispose()


def _file_revision(db_path: Path) -> str | None:
    try:
        con = sqlite_cipher.connect(db_path, mode="ro")
    except Exception:  # noqa: BLE001 - an unreadable file has no revision; opening it says why
        return None
    try:
        with sqlite_cipher.sqlite_errors():
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    except sqlite3.Error:
        return None
    finally:
        con.close()


def is_current(db_path: Database) -> bool:
    """True when the database is already at the app's head revision (the common case at every start)."""
    head = quick_head()
    return head is not None and _exists(db_path) and _stored_revision(db_path) == head


def upgrade(db_path: Database, backups_dir: Path | None = None, target: str = "head") -> Path | None:
    """Upgrade `db_path` (a SQLite file or a database URL) to `target`. Returns the backup made
    first (None for a new file, a server database, or when already up to date)."""
    if target == "head" and is_current(db_path):
        return None
    from alembic import command
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config(db_path))
    current = current_revision(db_path)
    known = {rev.revision for rev in script.walk_revisions()}
    if current is not None and current not in known:
        raise DatabaseTooNew(translate(
            "StorageErrors", "This database was made by a newer version of the app. Install the newest version of "
            "the app and open it again; the data is kept as it was, unchanged."))
    if current == script.get_current_head() and target == "head":
        return None
    backup = None
    path = _file(db_path)
    if path is not None and path.exists() and current is not None and _has_tables(path):
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        backup = (backups_dir or path.parent) / f"truoc-nang-cap-{stamp}-{current}.sqlite3"
        copy_database(path, backup)
    command.upgrade(alembic_config(db_path), target)
    return backup
