"""Which database the data folder uses: read and change the stored setting (database.json).

The settings dialog calls these; the command line has `--database-url` and DNND_DATABASE_URL,
which take precedence (database_url.py). Nothing here ever returns the password.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import pool

from .. import database_url
from ..paths import DataDir
from ..storage.engine import check_connection, make_engine


@dataclass(frozen=True)
class DatabaseSetting:
    url: str            # masked: safe to show
    kind: str           # "sqlite" or "postgresql"
    source: str         # "option", "environment", "stored" or "default"


def current_setting(data_dir: DataDir) -> DatabaseSetting:
    import os

    url = data_dir.database_url
    if data_dir.explicit_database_url:
        source = "option"
    elif os.environ.get(database_url.ENV_VAR):
        source = "environment"
    elif database_url.stored_url(data_dir.root):
        source = "stored"
    else:
        source = "default"
    return DatabaseSetting(database_url.mask(url), database_url.dialect(url), source)


def check_database_url(url: str) -> None:
    """Connect to `url` once; raises BadDatabaseUrl or DatabaseUnreachable (password masked)."""
    engine = make_engine(database_url.normalise(url), poolclass=pool.NullPool)
    try:
        check_connection(engine)
    finally:
        engine.dispose()


def set_database_url(data_dir: DataDir, url: str | None) -> DatabaseSetting:
    """Store `url` as the data folder's database after checking the server answers; None or an
    empty text goes back to the SQLite file on this computer. Takes effect at the next start."""
    if url and not database_url.is_sqlite(database_url.normalise(url)):
        check_database_url(url)
    database_url.store_url(data_dir.root, url or None)
    return current_setting(data_dir)
