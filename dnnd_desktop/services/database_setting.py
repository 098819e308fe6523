"""Which database the data folder uses: read and change the stored setting (database.json).

The settings dialog calls these; the command line has `--database-url` and DNND_DATABASE_URL,
which take precedence (database_url.py). Nothing here ever returns the password.
"""
from __future__ import annotations

import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import pool
from sqlalchemy.engine import URL, Connection

from .. import database_url
from ..domain.errors import DnndError, PermissionDenied
from ..domain.messages import translate
from ..domain.progress import CancelToken, ProgressCallback
from ..domain.roles import ADMIN
from ..paths import DataDir
from ..storage.engine import check_connection, make_engine
from .types import UserInfo

# A server that does not answer fails after this long rather than after the system's TCP timeout
# (minutes); the dialog's Cancel does not wait for it either (see _cancellable).
CONNECT_TIMEOUT_S = 10

READY, NOT_SET_UP, NEEDS_UPGRADE = "ready", "not_set_up", "needs_upgrade"


class DatabaseDriverMissing(DnndError):
    code = "database_driver_missing"


class DatabaseTooNewForApp(DnndError):
    code = "db_too_new"


@dataclass(frozen=True)
class DatabaseSetting:
    url: str            # masked: safe to show
    kind: str           # "sqlite" or "postgresql"
    source: str         # "option", "environment", "stored" or "default"
    file: str | None = None   # the SQLite file, for a local database

    @property
    def location(self) -> str:
        """What to show a person: the file on this computer, or the server address (masked)."""
        return self.file or self.url


def current_setting(data_dir: DataDir) -> DatabaseSetting:
    url = data_dir.database_url
    if data_dir.explicit_database_url:
        source = "option"
    elif os.environ.get(database_url.ENV_VAR):
        source = "environment"
    elif database_url.stored_url(data_dir.root):
        source = "stored"
    else:
        source = "default"
    path = database_url.sqlite_path(url)
    return DatabaseSetting(database_url.mask(url), database_url.dialect(url), source,
                           str(path) if path is not None else None)


def server_url(host: str, port: int | str | None, database: str, user: str, password: str) -> str:
    """A PostgreSQL URL from the dialog's fields, with every part quoted as URLs need (a password
    may hold @ or /)."""
    port_text = str(port or "").strip()
    return URL.create("postgresql", username=user.strip() or None, password=password or None,
                      host=host.strip() or None, port=int(port_text) if port_text.isdigit() else None,
                      database=database.strip() or None).render_as_string(hide_password=False)


def split_password(url: str) -> tuple[str, str]:
    """(the URL without its password, the password or ""): a pasted address keeps its password out
    of the visible text field. A text that is no URL comes back as it is."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(url.strip())
    except ArgumentError:
        return url, ""
    if not parsed.password:
        return url, ""
    # (URL.set ignores a None: build it again without the password)
    bare = URL.create(parsed.drivername, parsed.username, None, parsed.host, parsed.port, parsed.database,
                      parsed.query)
    return bare.render_as_string(hide_password=False), str(parsed.password)


def with_password(url: str, password: str) -> str:
    """`url` with `password` put in (none given: the URL as it is, e.g. for ~/.pgpass)."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    if not password:
        return url
    try:
        return make_url(url.strip()).set(password=password).render_as_string(hide_password=False)
    except ArgumentError:
        return url   # normalise() says what is wrong with it


def driver_missing() -> DatabaseDriverMissing:
    return DatabaseDriverMissing(translate(
        "DatabaseSetting", "This copy of the software cannot connect to a PostgreSQL server: its "
                           "server driver (psycopg) is not installed. Ask the person who installed the "
                           "software to install its server edition (pip install \"dnnd-desktop[server]\")."))


def _cancellable(fn: Callable[[], Any], cancel: CancelToken | None) -> Any:
    """Run `fn` on a helper thread and wait for it, giving up at once when `cancel` is set: a
    connection attempt cannot be interrupted, but the person need not wait for it (it ends by
    itself within CONNECT_TIMEOUT_S)."""
    if cancel is None:
        return fn()
    box: dict[str, Any] = {}

    def work() -> None:
        try:
            box["value"] = fn()
        except BaseException as exc:  # noqa: BLE001 - handed to the waiting thread
            box["error"] = exc
    thread = threading.Thread(target=work, name="database-check", daemon=True)
    thread.start()
    while thread.is_alive():
        thread.join(0.1)
        cancel.raise_if_cancelled()
    if "error" in box:
        raise box["error"]
    return box.get("value")


def _state(url: str) -> str:
    """Connect to `url` once and say whether the app's data is there."""
    from alembic.migration import MigrationContext
    from sqlalchemy import inspect

    from ..storage.migrate import head_revision

    try:
        engine = make_engine(url, poolclass=pool.NullPool, connect_args={"connect_timeout": CONNECT_TIMEOUT_S})
    except ImportError:   # SQLAlchemy loads the driver when it makes the engine
        raise driver_missing() from None
    try:
        check_connection(engine)
        with engine.connect() as conn:
            revision = MigrationContext.configure(conn).get_current_revision()
            if revision is None:
                return NOT_SET_UP
            from alembic.script import ScriptDirectory

            from ..storage.migrate import alembic_config

            known = {rev.revision for rev in ScriptDirectory.from_config(alembic_config(url)).walk_revisions()}
            if revision not in known:
                raise DatabaseTooNewForApp(translate(
                    "DatabaseSetting", "This database was made by a newer version of the software. Install "
                                       "the newest version here before using it."))
            if revision != head_revision():
                return NEEDS_UPGRADE
            return READY if inspect(conn).has_table("installation") and _has_office(conn) else NOT_SET_UP
    finally:
        engine.dispose()


def _has_office(conn: Connection) -> bool:
    from sqlalchemy import select

    from ..storage.models import Installation

    return conn.execute(select(Installation.id).limit(1)).first() is not None


def check_database_url(url: str, progress: ProgressCallback | None = None,
                       cancel: CancelToken | None = None) -> str:
    """Connect to `url` once. Returns READY (the app's data is there), NOT_SET_UP (an empty
    database: the setup wizard runs at the next start) or NEEDS_UPGRADE (the next start brings it
    to this version); raises BadDatabaseUrl, DatabaseDriverMissing, DatabaseUnreachable or
    DatabaseTooNewForApp, their messages with the password masked."""
    normalised = database_url.normalise(url)
    if database_url.is_sqlite(normalised):
        return READY
    if progress is not None:
        progress(0, 0, "")
    return str(_cancellable(lambda: _state(normalised), cancel))


def _require_admin(user: UserInfo | None) -> None:
    if user is not None and not user.has_role(ADMIN):
        raise PermissionDenied(translate(
            "DatabaseSetting", "Only a person with the Administrator role may change which database "
                               "the software uses."))


def set_database_url(data_dir: DataDir, url: str | None, *, user: UserInfo | None = None) -> DatabaseSetting:
    """Store `url` as the data folder's database after checking the server answers; None or an
    empty text goes back to the SQLite file on this computer. Takes effect at the next start.
    `user` (the person at the app, when there is one) must be an administrator."""
    _require_admin(user)
    if url and not database_url.is_sqlite(database_url.normalise(url)):
        check_database_url(url)
    database_url.store_url(data_dir.root, url or None)
    return current_setting(data_dir)


@dataclass(frozen=True)
class StoredDatabase:
    setting: DatabaseSetting
    state: str          # READY, NOT_SET_UP or NEEDS_UPGRADE


def check_and_store(data_dir: DataDir, url: str, *, user: UserInfo | None = None,
                    progress: ProgressCallback | None = None, cancel: CancelToken | None = None) -> StoredDatabase:
    """The dialog's "use this server": check it (off the UI thread, cancellable), then store it."""
    _require_admin(user)
    state = check_database_url(url, progress, cancel)
    database_url.store_url(data_dir.root, url)
    return StoredDatabase(current_setting(data_dir), state)
