"""Where things live: the user's data folder and the app's own files, from source or a frozen bundle.

The resource folders (`resources/`, `db/`, `forms/`) sit beside the package in the source tree, and at
the top of the bundle when PyInstaller freezes the app (`sys._MEIPASS`).
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "dnnd_desktop"
DB_FILE_NAME = "dnnd.sqlite3"


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def app_root() -> Path:
    if is_frozen():
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return app_root() / "resources"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def templates_dir() -> Path:
    return resources_dir() / "templates"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def icons_dir() -> Path:
    return resources_dir() / "icons"


def migrations_dir() -> Path:
    return app_root() / "db"


def forms_dir() -> Path:
    return app_root() / "forms"


def default_data_dir() -> Path:
    """The user data folder (%LOCALAPPDATA%\\dnnd_desktop on Windows); DNND_DATA_DIR overrides it."""
    override = os.environ.get("DNND_DATA_DIR")
    if override:
        return Path(override)
    return Path(user_data_dir(APP_NAME, appauthor=False, roaming=False))


class DataDir:
    """The layout of one installation's data folder."""

    def __init__(self, root: Path | str | None = None, database_url: str | None = None):
        self.root = Path(root) if root else default_data_dir()
        self.explicit_database_url = database_url

    @property
    def database(self) -> Path:
        """The SQLite file of the data folder (the default database; see `database_url`)."""
        return self.root / DB_FILE_NAME

    @property
    def database_url(self) -> str:
        """The database this installation uses: database_url.py decides (the --database-url
        option, DNND_DATABASE_URL, the folder's database.json, else the SQLite file above)."""
        from .database_url import resolve

        return resolve(self.root, self.explicit_database_url)

    @property
    def uses_sqlite_file(self) -> bool:
        """True when the database is the folder's own SQLite file (file copies, WAL, backups apply)."""
        from .database_url import is_sqlite

        return is_sqlite(self.database_url)

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def attachments(self) -> Path:
        return self.root / "attachments"

    @property
    def outbox(self) -> Path:
        return self.root / "outbox"

    @property
    def lock_file(self) -> Path:
        return self.root / ".instance.lock"

    def ensure(self) -> DataDir:
        for p in (self.root, self.backups, self.attachments):
            p.mkdir(parents=True, exist_ok=True)
        return self
