"""Which database an installation uses, decided in one place.

A desktop office keeps its SQLite file in the data folder; a province or the central committee may
instead point the same app at a PostgreSQL server. The first of these wins:

1. the `--database-url` option of the command line (given to DataDir by the CLI),
2. the environment variable DNND_DATABASE_URL (for services and scripts on a server),
3. `database.json` in the data folder (what the settings dialog writes: `store_url`),
4. the SQLite file `dnnd.sqlite3` in the data folder.

A URL may hold a password, so it is only ever shown masked (`mask`): never in a log or an error.
"""
from __future__ import annotations

import json
import os
import re
from pathlib import Path
from urllib.parse import unquote

from .domain.errors import DnndError
from .domain.messages import translate
from .paths import DB_FILE_NAME

ENV_VAR = "DNND_DATABASE_URL"
SETTING_FILE = "database.json"
SQLITE, POSTGRESQL = "sqlite", "postgresql"
# SQLAlchemy would pick psycopg2 for a bare postgresql:// URL; the app ships psycopg 3 (the
# `server` extra), so a bare scheme means that driver.
_SCHEMES = {"sqlite": "sqlite", "postgresql": "postgresql+psycopg", "postgres": "postgresql+psycopg",
            "postgresql+psycopg": "postgresql+psycopg"}


class BadDatabaseUrl(DnndError):
    code = "database_url_invalid"


class DatabaseUnreachable(DnndError):
    code = "database_unreachable"


def mask(url: str) -> str:
    """The URL with its password replaced by ***, safe to show and to log."""
    return re.sub(r"(://[^/:@]*:)[^@/]*@", r"\1***@", str(url))


def _scheme(url: str) -> str:
    return url.split("://", 1)[0].lower() if "://" in url else ""


def normalise(url: str) -> str:
    """The URL with the driver the app uses, or BadDatabaseUrl when it is no database we support."""
    url = (url or "").strip()
    scheme = _scheme(url)
    if scheme not in _SCHEMES:
        raise BadDatabaseUrl(translate(
            "DatabaseUrl", "The database address {url} is not one this software can use. Write "
                           "postgresql://user@server:5432/database for a server, or leave it empty to "
                           "use the data file on this computer.").format(url=mask(url)))
    rest = url.split("://", 1)[1]
    if _SCHEMES[scheme] != SQLITE and not rest.strip("/"):
        raise BadDatabaseUrl(translate(
            "DatabaseUrl", "The database address {url} names no server or database. Write "
                           "postgresql://user@server:5432/database.").format(url=mask(url)))
    return f"{_SCHEMES[scheme]}://{rest}"


def dialect(url: str) -> str:
    """"sqlite" or "postgresql"."""
    name = _scheme(url).split("+", 1)[0]
    return POSTGRESQL if name in ("postgresql", "postgres") else name


def is_sqlite(url: str) -> bool:
    return dialect(url) == SQLITE


def sqlite_url(path: Path | str) -> str:
    # SQLAlchemy URL-decodes the database part: a "%" in a folder name ("100% data", "%20") must
    # travel as "%25", or another file is opened (setup crashed on such a data folder).
    return f"sqlite:///{str(path).replace('%', '%25')}"


def sqlite_path(url: str) -> Path | None:
    """The file of a sqlite:/// URL (None for a server URL or an in-memory database)."""
    if not is_sqlite(url):
        return None
    path = unquote(url.split("://", 1)[1].removeprefix("/"))
    return Path(path) if path and path != ":memory:" else None


def to_url(database: Path | str) -> str:
    """A database given either way (a SQLite file path, as most of the app long did, or a URL) as
    a normalised URL."""
    text = str(database)
    if isinstance(database, Path) or "://" not in text:
        return sqlite_url(text)
    return normalise(text)


def stored_url(root: Path) -> str | None:
    """The URL saved in the data folder's database.json, if any."""
    f = Path(root) / SETTING_FILE
    try:
        value = json.loads(f.read_text(encoding="utf-8")).get("url")
    except FileNotFoundError:
        return None
    except (OSError, ValueError, AttributeError) as e:
        raise BadDatabaseUrl(translate(
            "DatabaseUrl", "The database setting {file} cannot be read. Correct it or delete it to use "
                           "the data file on this computer.").format(file=str(f))) from e
    return str(value) if value else None


def store_url(root: Path, url: str | None) -> None:
    """Save (or with None, remove) the data folder's database setting. The file may hold a password:
    keep the data folder private, or put the password in ~/.pgpass (PostgreSQL reads it)."""
    f = Path(root) / SETTING_FILE
    if not url:
        f.unlink(missing_ok=True)
        return
    f.parent.mkdir(parents=True, exist_ok=True)
    tmp = f.with_suffix(".tmp")
    tmp.write_text(json.dumps({"url": normalise(url)}, ensure_ascii=False, indent=2), encoding="utf-8")
    os.replace(tmp, f)


def resolve(root: Path, explicit: str | None = None) -> str:
    """The database URL of the data folder `root` (see the module docstring for the order)."""
    for candidate in (explicit, os.environ.get(ENV_VAR), None):
        if candidate:
            return normalise(candidate)
    stored = stored_url(root)
    if stored:
        return normalise(stored)
    return sqlite_url(Path(root) / DB_FILE_NAME)


def unreachable(url: str, error: BaseException) -> DatabaseUnreachable:
    """The error for a server that does not answer or refuses us; the password never appears."""
    reason = mask(str(getattr(error, "orig", None) or error).strip().splitlines()[0] if str(error).strip() else "")
    return DatabaseUnreachable(translate(
        "DatabaseUrl", "Cannot connect to the database {url}. Check that the server is running, the "
                       "address, user and password are right, and this computer may connect to it. "
                       "({reason})").format(url=mask(url), reason=reason[:300]))
