"""Engine and session factory for one installation's database: its SQLite file, or a PostgreSQL
server (database_url.py says which)."""
from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from .. import database_url


def make_engine(database: Path | str, **kwargs) -> Engine:
    """An engine on a SQLite file path or a database URL. Connection set-up of each kind lives in
    its dialect module (sqlite.py: pragmas; postgres.py: session settings)."""
    url = database_url.to_url(database)
    if database_url.is_sqlite(url):
        from .sqlite import install_compiler, install_pragmas
        from .sqlite_cipher import cipher_engine_args

        engine = create_engine(url, **cipher_engine_args(url), **kwargs)
        install_pragmas(engine)
        install_compiler(engine)
        return engine
    from .postgres import configure_engine

    # pre_ping: a server connection may have been closed by the server or a restart overnight.
    engine = create_engine(url, pool_pre_ping=True, **kwargs)
    configure_engine(engine)
    return engine


def check_connection(engine: Engine) -> None:
    """Connect once, so an unreachable server or a wrong password is one clear error here rather
    than a stack trace from the first query. The message never holds the password."""
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except DBAPIError as e:
        raise database_url.unreachable(engine.url.render_as_string(hide_password=True), e) from None
    except ImportError as e:   # the server driver is an optional extra
        raise database_url.unreachable(engine.url.render_as_string(hide_password=True), e) from None


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    # expire_on_commit=False: services hand plain values back after commit without reloading.
    return sessionmaker(bind=engine, expire_on_commit=False, future=True)
