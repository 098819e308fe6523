"""Engine and session factory for one installation's database file."""
from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from .sqlite import install_pragmas


def make_engine(db_path: Path | str, **kwargs) -> Engine:
    engine = create_engine(f"sqlite:///{db_path}", **kwargs)
    install_pragmas(engine)
    return engine


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    # expire_on_commit=False: services hand plain values back after commit without reloading.
    return sessionmaker(bind=engine, expire_on_commit=False, future=True)
