"""The composition of one open installation: data folder, database, identity, current user.

Services receive an AppContext; widgets hold one but never touch `session_factory` themselves.
"""
from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, configure_mappers, sessionmaker

from ..domain.errors import DnndError
from ..domain.messages import translate
from ..paths import DataDir
from ..storage.engine import check_connection, make_engine, make_session_factory
from ..storage.migrate import upgrade
from ..storage.models import Installation, Office, User
from . import events
from .types import InstallationInfo, UserInfo, installation_info, user_info

log = logging.getLogger(__name__)


class NotSetUp(DnndError):
    code = "not_set_up"

    def __init__(self) -> None:
        super().__init__(translate("AppErrors", "The app is not set up for an office yet. Run the first setup "
                                   "(open the app, or the command «dnnd setup»)."))


@dataclass
class AppContext:
    data_dir: DataDir
    session_factory: sessionmaker[Session]
    installation: InstallationInfo
    current_user: UserInfo | None = None
    engine: Engine | None = field(default=None, repr=False)
    changes: events.ChangeHub = field(default_factory=events.ChangeHub, repr=False)

    def __post_init__(self) -> None:
        if self.engine is not None:
            events.watch(self.engine, self.session_factory)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session whose transaction commits on success and rolls back on any error. After a
        commit that wrote something, `changes` publishes what was written (services/events.py)."""
        with self.session_factory() as s:
            collector = events.start_collecting(s)
            try:
                with s.begin():
                    yield s
            finally:
                collector.detach()
        if collector.tables:   # reached only after the commit succeeded
            self.changes.publish(collector.tables, collector.rows)

    @property
    def user_name(self) -> str:
        # Data, not a UI text: stored as the author of records and synced to other offices.
        return self.current_user.name if self.current_user else "hệ thống"

    def close(self) -> None:
        if self.engine is not None:
            self.engine.dispose()


def prepare_models() -> None:
    """Set up the mapped classes' relationships now rather than in the first query: the start calls
    it while the passphrase's key derivation runs on another thread (issue 17)."""
    configure_mappers()


def open_database(data_dir: DataDir) -> tuple[Engine, sessionmaker[Session]]:
    """Migrate (after a backup of a SQLite file) and return (engine, session factory). The database
    is the data folder's (database_url.py: a SQLite file or a PostgreSQL server)."""
    data_dir.ensure()
    url = data_dir.database_url
    upgrade(url, data_dir.backups)
    engine = make_engine(url)
    check_connection(engine)
    log.info("database opened (schema up to date)")
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
        office = s.get_one(Office, inst.office_id)   # setup writes both rows in one transaction
        info = installation_info(inst, office)
        users = s.scalars(select(User).where(User.active.is_(True)).order_by(User.created_at)).all()
    ctx = AppContext(data_dir, factory, info, engine=engine)
    if users:
        chosen = users[0]
        if user_name:
            matches = [u for u in users if u.name.casefold() == user_name.casefold()]
            if not matches:
                engine.dispose()
                raise DnndError(translate("AppErrors", "There is no user «{name}». Check the user name.")
                                .format(name=user_name), code="unknown_user")
            chosen = matches[0]
        ctx.current_user = user_info(chosen)
    return ctx
