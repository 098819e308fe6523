"""The composition of one open installation: data folder, database, identity, current user.

Services receive an AppContext; widgets hold one but never touch `session_factory` themselves.
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from ..domain.errors import DnndError
from ..paths import DataDir
from ..storage.engine import check_connection, make_engine, make_session_factory
from ..storage.migrate import upgrade
from ..storage.models import Installation, Office, User
from .types import InstallationInfo, UserInfo, installation_info, user_info


class NotSetUp(DnndError):
    code = "not_set_up"

    def __init__(self) -> None:
        super().__init__(
            "Phần mềm chưa được thiết lập cho đơn vị. Hãy chạy bước thiết lập ban đầu "
            "(mở phần mềm, hoặc lệnh «dnnd setup»).",
        )


@dataclass
class AppContext:
    data_dir: DataDir
    session_factory: sessionmaker[Session]
    installation: InstallationInfo
    current_user: UserInfo | None = None
    engine: object = field(default=None, repr=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session whose transaction commits on success and rolls back on any error."""
        with self.session_factory() as s, s.begin():
            yield s

    @property
    def user_name(self) -> str:
        return self.current_user.name if self.current_user else "hệ thống"

    def close(self) -> None:
        if self.engine is not None:
            self.engine.dispose()  # type: ignore[attr-defined]


def open_database(data_dir: DataDir):
    """Migrate (after a backup of a SQLite file) and return (engine, session factory). The database
    is the data folder's (database_url.py: a SQLite file or a PostgreSQL server)."""
    data_dir.ensure()
    url = data_dir.database_url
    upgrade(url, data_dir.backups)
    engine = make_engine(url)
    check_connection(engine)
    return engine, make_session_factory(engine)


def open_context(data_dir: DataDir, user_name: str | None = None) -> AppContext:
    """Open a set-up installation. The current user is the one named, else the first user created
    (who holds every role), matching the CLI's `--user` rule."""
    engine, factory = open_database(data_dir)
    with factory() as s:
        inst = s.get(Installation, 1)
        if inst is None:
            engine.dispose()
            raise NotSetUp()
        office = s.get(Office, inst.office_id)
        info = installation_info(inst, office)
        users = s.scalars(select(User).where(User.active.is_(True)).order_by(User.created_at)).all()
    ctx = AppContext(data_dir, factory, info, engine=engine)
    if users:
        chosen = users[0]
        if user_name:
            matches = [u for u in users if u.name.casefold() == user_name.casefold()]
            if not matches:
                engine.dispose()
                raise DnndError(f"Không có người dùng «{user_name}». Hãy kiểm tra lại tên người dùng.",
                                code="unknown_user")
            chosen = matches[0]
        ctx.current_user = user_info(chosen)
    return ctx
