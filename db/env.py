"""Alembic environment: always run against the database the app hands over (a sqlite:/// file or
a postgresql:// server URL, used as given)."""
from __future__ import annotations

from alembic import context
from sqlalchemy import pool

from dnnd_desktop.storage.engine import make_engine
from dnnd_desktop.storage.models import Base, declared_on
from dnnd_desktop.storage.postgres import is_search_index as is_pg_search_index
from dnnd_desktop.storage.sqlite import is_search_index_table

config = context.config
target_metadata = Base.metadata


def _include_name(name, type_, parents) -> bool:
    # The search indexes (SQLite's FTS5 tables and their shadow tables, PostgreSQL's trigram
    # indexes) are made by hand in revisions; autogenerate must not propose dropping them.
    return not (type_ == "table" and name and is_search_index_table(name)
                or type_ == "index" and name and is_pg_search_index(name))


def run_migrations_online() -> None:
    url = config.get_main_option("sqlalchemy.url")
    engine = make_engine(url, poolclass=pool.NullPool)
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            # SQLite needs table rebuilds for most ALTERs; on PostgreSQL batch mode alters in place.
            render_as_batch=True,
            compare_type=True,
            include_name=_include_name,
            include_object=declared_on(connection.dialect.name),
        )
        with context.begin_transaction():
            context.run_migrations()
    engine.dispose()


if context.is_offline_mode():
    context.configure(url=config.get_main_option("sqlalchemy.url"), target_metadata=target_metadata,
                      render_as_batch=True, literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()
else:
    run_migrations_online()
