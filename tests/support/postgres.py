"""Running the shared fixtures against PostgreSQL (`pytest --database=postgres`, or
DNND_TEST_DATABASE_URL set): every test gets its own database, cloned from a migrated (or set-up)
template with CREATE DATABASE ... TEMPLATE, which takes a fraction of a second.

DNND_TEST_DATABASE_URL names a server and a database to connect to for administration (for
example postgresql://postgres@127.0.0.1:5432/postgres); the role must be allowed to create
databases. The test databases are named dnndt_<pid>_<n> and dropped after their test.
"""
from __future__ import annotations

import itertools
import os
from pathlib import Path

TEST_URL_ENV = "DNND_TEST_DATABASE_URL"
_counter = itertools.count(1)
_admin_url: str | None = None


def configure(url: str | None) -> None:
    global _admin_url
    _admin_url = url


def enabled() -> bool:
    return _admin_url is not None


def _admin():
    import psycopg

    from dnnd_desktop.database_url import normalise

    url = normalise(_admin_url).replace("postgresql+psycopg://", "postgresql://")
    return psycopg.connect(url, autocommit=True)


def url_of(name: str) -> str:
    from dnnd_desktop.database_url import normalise

    base = normalise(_admin_url)
    head, _, tail = base.rpartition("/")
    query = ("?" + tail.split("?", 1)[1]) if "?" in tail else ""
    return f"{head}/{name}{query}"


def name_of(url: str) -> str:
    return url.rpartition("/")[2].split("?", 1)[0]


def new_name(kind: str = "") -> str:
    return f"dnndt_{os.getpid()}_{kind}{next(_counter)}"


def create_database(name: str, template: str | None = None) -> str:
    """Create database `name` (a copy of `template` when given) and return its URL."""
    with _admin() as con:
        con.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        con.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
    return url_of(name)


def drop_database(name: str) -> None:
    with _admin() as con:
        con.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def drop_all_of_this_run() -> None:
    prefix = f"dnndt_{os.getpid()}_"
    with _admin() as con:
        names = [r[0] for r in con.execute("SELECT datname FROM pg_database WHERE datname LIKE %s",
                                           (prefix.replace("_", r"\_") + "%",))]
        for name in names:
            con.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def point_data_dir(root: Path, url: str) -> None:
    """Make the data folder `root` use the database `url` (its database.json, as the GUI would)."""
    from dnnd_desktop.database_url import store_url

    store_url(root, url)


def database_of(root: Path) -> str | None:
    from dnnd_desktop.database_url import stored_url

    url = stored_url(root)
    return name_of(url) if url else None
