"""What the main window shows before the data are open: the office, its level, the users (issue 17).

The start shows the window from these, read without SQLAlchemy (storage/sqlite_start.py), and opens
the full AppContext (SQLAlchemy, the models, the migrations check) on a worker once the window is
up. Only a current SQLite store takes this path: `read_start_facts` answers None for a server
database, a store not set up, a schema to upgrade or too new, and any file it cannot read, and the
start then opens the data the full way first, as before, with the same messages.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from ..database_url import sqlite_path
from ..domain.errors import DnndError
from ..domain.messages import translate
from ..paths import DataDir
from ..storage.head_revision import quick_head
from ..storage.sqlite_start import read_password_hash, read_start_rows
from .passwords import check_login
from .types import OFFICE_FIELDS, InstallationInfo, UserInfo, installation_info_of, user_info_of


@dataclass(frozen=True)
class StartFacts:
    """The parts of an AppContext the window's shell needs (data_dir, installation, current_user:
    the same names), and the active users to tell whether a login is asked. `current_user` is
    open_context's choice (the first user created) until a login chooses (dataclasses.replace)."""

    data_dir: DataDir
    installation: InstallationInfo
    users: tuple[UserInfo, ...]
    current_user: UserInfo | None


def read_start_facts(data_dir: DataDir) -> StartFacts | None:
    """The start's facts, or None when the data must be opened the full way first."""
    path = sqlite_path(data_dir.database_url)
    if path is None:    # a PostgreSQL server: the start opens it first, as before
        return None
    rows = read_start_rows(path, OFFICE_FIELDS)
    head = quick_head()
    if rows is None or head is None or rows.revision != head:
        return None     # not set up, damaged, or a schema to upgrade (or too new): the full path
    info = installation_info_of(rows.office, rows.site_id, rows.sign_pk, rows.box_pk)
    users = tuple(user_info_of(*row) for row in rows.users)
    return StartFacts(data_dir, info, users, users[0] if users else None)


def authenticate_at_start(facts: StartFacts, user_id: str, password: str | None) -> UserInfo:
    """The login before the data open: UserService.authenticate's rules and messages, the stored
    hash read through the start's driver."""
    path = sqlite_path(facts.data_dir.database_url)
    try:
        found, stored = read_password_hash(path, user_id) if path is not None else (False, None)
    except sqlite3.Error as exc:
        raise DnndError(translate("UserErrors", "The data could not be read. Close the program and open it "
                                  "again."), code="start_read_failed") from exc
    user = next((u for u in facts.users if u.id == user_id), None)
    check_login(found and user is not None, stored, password)
    assert user is not None   # check_login refused an unknown user
    return user
