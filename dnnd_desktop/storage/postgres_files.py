"""Whole-database work on a PostgreSQL server (the counterpart of sqlite_files.py): a dump with
pg_dump in its custom format, a restore with pg_restore, and the check that a database is empty.

The server's client tools do the work: they know every object type and version. The password
travels in PGPASSWORD, never on a command line (other users of the machine can read those).
"""
from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from sqlalchemy import pool, text
from sqlalchemy.engine import make_url

from .engine import make_engine

DUMP_MAGIC = b"PGDMP"   # first bytes of a pg_dump custom-format file
PG_BIN_ENV = "DNND_PG_BIN"   # a folder holding pg_dump/pg_restore when they are not on PATH


class ToolMissing(Exception):
    """pg_dump or pg_restore is not installed here."""

    def __init__(self, tool: str):
        super().__init__(tool)
        self.tool = tool


class ToolFailed(Exception):
    """The tool ran and failed; `detail` is its first error lines (no password: it never had it
    on its command line, and the URL it got has none)."""

    def __init__(self, tool: str, detail: str):
        super().__init__(f"{tool}: {detail}")
        self.tool, self.detail = tool, detail


def find_tool(name: str) -> str | None:
    folder = os.environ.get(PG_BIN_ENV)
    if folder and (Path(folder) / name).exists():
        return str(Path(folder) / name)
    return shutil.which(name)


def connection_args(url: str) -> tuple[str, dict[str, str]]:
    """(libpq URL without the password, environment with PGPASSWORD) for the client tools."""
    u = make_url(url)
    env = dict(os.environ)
    if u.password:
        env["PGPASSWORD"] = str(u.password)
    plain = u.set(drivername="postgresql", password=None)
    return plain.render_as_string(hide_password=False), env


def _run(tool: str, args: list[str], env: dict[str, str]) -> None:
    exe = find_tool(tool)
    if exe is None:
        raise ToolMissing(tool)
    done = subprocess.run([exe, *args], env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        lines = [ln for ln in (done.stderr or "").splitlines() if ln.strip()]
        raise ToolFailed(tool, " ".join(lines[:3])[:500])


def dump(url: str, target: Path) -> Path:
    """pg_dump -Fc of the database into `target` (written beside it first, renamed when complete)."""
    conninfo, env = connection_args(url)
    target = Path(target)
    partial = target.with_name(target.name + ".partial")
    try:
        _run("pg_dump", ["-Fc", "--no-password", "-d", conninfo, "-f", str(partial)], env)
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return target


def is_dump(path: Path) -> bool:
    try:
        with open(path, "rb") as f:
            return f.read(len(DUMP_MAGIC)) == DUMP_MAGIC
    except OSError:
        return False


def table_count(url: str) -> int:
    """Tables in the database's ordinary schemas (0: an empty database, fit for a restore)."""
    engine = make_engine(url, poolclass=pool.NullPool)
    try:
        with engine.connect() as conn:
            return int(conn.execute(text(
                "SELECT count(*) FROM information_schema.tables WHERE table_schema NOT IN "
                "('pg_catalog', 'information_schema')")).scalar_one())
    finally:
        engine.dispose()


def restore(url: str, source: Path) -> None:
    """pg_restore `source` into the database at `url` in one transaction (all or nothing). Objects
    take the connecting role as owner, so a dump moves between servers with other role names."""
    conninfo, env = connection_args(url)
    _run("pg_restore", ["--no-password", "--single-transaction", "--exit-on-error", "--no-owner",
                        "--no-privileges", "-d", conninfo, str(source)], env)
