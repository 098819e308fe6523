"""Backups of a database on a PostgreSQL server: the server's own tools, never a file copy.

`dnnd backup` makes a pg_dump custom-format file; `dnnd restore` loads one with pg_restore into
an EMPTY database only (restoring over live data would mix two states) and then gives the
installation a new site id, as a file restore does, so other offices never take restored old
writes for new ones. The automatic copies (daily, before an import) are the server's business:
a schedule of pg_dump and WAL archiving (docs/server.md), not the app's.
"""
from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

from sqlalchemy import pool

from ...database_url import mask
from ...domain.errors import DnndError
from ...domain.messages import translate
from ...paths import DataDir
from ...storage import postgres_files
from ...storage.engine import make_engine, make_session_factory
from ...storage.migrate import upgrade
from ...storage.models import AuditEntry, Installation
from ..audit import stored_details
from ..privacy import erasure_journal
from .service import BackupError, BackupInvalid

DUMP_SUFFIX = ".dump"


class ServerToolsMissing(DnndError):
    code = "pg_tools_missing"


class RestoreTargetNotEmpty(DnndError):
    code = "restore_target_not_empty"


def _tool_error(e: Exception, url: str, target: Path, restoring: bool) -> DnndError:
    if isinstance(e, postgres_files.ToolMissing):
        command = (f"pg_restore --single-transaction --no-owner -d \"{mask(_plain(url))}\" \"{target}\"" if restoring
                   else f"pg_dump -Fc -d \"{mask(_plain(url))}\" -f \"{target}\"")
        return ServerToolsMissing(translate(
            "ServerBackup", "The PostgreSQL tool {tool} is not installed on this computer. Install the "
                            "PostgreSQL client tools (the same or a newer version than the server), or run "
                            "on the server: {command}").format(tool=e.tool, command=command))
    detail = mask(getattr(e, "detail", str(e)))
    if restoring:
        return BackupError(translate(
            "ServerBackup", "The restore into the database server failed and was undone ({detail}). "
                            "Nothing was changed.").format(detail=detail))
    return BackupError(translate(
        "ServerBackup", "The database server could not be backed up ({detail}). Check the connection "
                        "and the free space, then try again.").format(detail=detail))


def _plain(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://")


def is_server_database(data_dir: DataDir) -> bool:
    """True when the installation's data is on a database server (no file copies of its own)."""
    return not data_dir.uses_sqlite_file


def dump_file_name(now: dt.datetime | None = None) -> str:
    return f"may-chu-{(now or dt.datetime.now()).strftime('%Y%m%d-%H%M%S')}{DUMP_SUFFIX}"


def backup_server(data_dir: DataDir, target: Path | None = None) -> Path:
    """A pg_dump -Fc of the installation's server database into `target` (default: the data
    folder's backups/ on this computer)."""
    url = data_dir.database_url
    if target is None:
        data_dir.backups.mkdir(parents=True, exist_ok=True)
        target = data_dir.backups / dump_file_name()
    target = Path(target)
    try:
        return postgres_files.dump(url, target)
    except (postgres_files.ToolMissing, postgres_files.ToolFailed) as e:
        raise _tool_error(e, url, target, restoring=False) from None


def restore_server(data_dir: DataDir, source: Path) -> str:
    """Load the pg_dump file `source` into the installation's server database, which must be
    empty; bring it to the current schema; give it a new site id. Returns the new site id."""
    url, source = data_dir.database_url, Path(source)
    if not postgres_files.is_dump(source):
        raise BackupInvalid(translate(
            "ServerBackup", "{file} is not a backup of a database server (pg_dump custom format). "
                            "Nothing was changed.").format(file=source.name))
    if postgres_files.table_count(url):
        raise RestoreTargetNotEmpty(translate(
            "ServerBackup", "The database {url} already holds data. A server backup is restored only into "
                            "an empty database: create a new one (createdb), point the software at it, "
                            "and restore again. Nothing was changed.").format(url=mask(url)))
    try:
        postgres_files.restore(url, source)
    except (postgres_files.ToolMissing, postgres_files.ToolFailed) as e:
        raise _tool_error(e, url, source, restoring=True) from None
    upgrade(url)
    site = _new_site(url, source.name)
    # Erased persons stay erased (docs/privacy.md). The new database is not in use before this
    # returns: `restore` loads only into an empty database that no app has opened yet.
    erasure_journal.apply_to_store(url, data_dir)
    return site


def _new_site(url: str, file_name: str) -> str:
    new_site = str(uuid.uuid4())
    engine = make_engine(url, poolclass=pool.NullPool)
    try:
        with make_session_factory(engine)() as s, s.begin():
            inst = s.get(Installation, 1, with_for_update=True)
            if inst is None:
                return ""
            settings = dict(inst.settings or {})
            history = list(settings.get("previous_site_ids") or [])
            history.append({"site_id": inst.site_id, "site_counter": int(inst.site_counter or 0),
                            "replaced_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                            "reason": "restore"})
            settings["previous_site_ids"] = history
            old = inst.site_id
            inst.site_id, inst.settings = new_site, settings
            s.add(AuditEntry(user_name="hệ thống", action="restore", record_kind="installation",
                             details=stored_details(translate(
                                 "AuditDetails", "Restored from the backup «{file}»; old site id {old}, new site id "
                                 "{new}.").format(file=file_name, old=old, new=new_site))))
    finally:
        engine.dispose()
    return new_site
