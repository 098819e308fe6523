"""Bring a database file to the app's schema: back it up, then run the Alembic revisions in db/.

A database written by a newer app (its revision is unknown here) is refused untouched: opening it
with an older schema could lose the newer columns' data.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from ..domain.errors import DnndError
from ..paths import migrations_dir
from .engine import make_engine
from .sqlite import online_backup


class DatabaseTooNew(DnndError):
    code = "db_too_new"


def alembic_config(db_path: Path) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    cfg.set_main_option("sqlalchemy.url", f"sqlite:///{db_path}")
    return cfg


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config(Path("unused"))).get_current_head()


def current_revision(db_path: Path) -> str | None:
    if not db_path.exists():
        return None
    engine = make_engine(db_path)
    try:
        with engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()
    finally:
        engine.dispose()


def _has_tables(db_path: Path) -> bool:
    engine = make_engine(db_path)
    try:
        return bool(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def upgrade(db_path: Path, backups_dir: Path | None = None, target: str = "head") -> Path | None:
    """Upgrade `db_path` to `target`. Returns the backup made first (None for a new file or when
    already up to date)."""
    script = ScriptDirectory.from_config(alembic_config(db_path))
    current = current_revision(db_path)
    known = {rev.revision for rev in script.walk_revisions()}
    if current is not None and current not in known:
        raise DatabaseTooNew(
            "Cơ sở dữ liệu này được tạo bởi phiên bản phần mềm mới hơn. Hãy cài phiên bản mới nhất "
            "của phần mềm rồi mở lại; dữ liệu vẫn được giữ nguyên, chưa bị thay đổi.",
        )
    if current == script.get_current_head() and target == "head":
        return None
    backup = None
    if db_path.exists() and current is not None and _has_tables(db_path):
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        backup = (backups_dir or db_path.parent) / f"truoc-nang-cap-{stamp}-{current}.sqlite3"
        online_backup(db_path, backup)
    command.upgrade(alembic_config(db_path), target)
    return backup
