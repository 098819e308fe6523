"""PostgreSQL specifics of an open database (the counterpart of sqlite.py): connection settings,
the search over the folded text and the Vietnamese order of unkeyed text columns.
"""
from __future__ import annotations

from sqlalchemy import event
from sqlalchemy.engine import Engine


def configure_engine(engine: Engine) -> None:
    """Name the connections (so a server administrator sees who holds a lock in pg_stat_activity)
    and bound how long a statement waits for a lock held by a stuck client."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):  # noqa: ANN001 - DB-API connection
        with dbapi_conn.cursor() as cur:
            cur.execute("SET application_name = 'dnnd_desktop'")
            cur.execute("SET lock_timeout = '120s'")
        dbapi_conn.commit()


# -- Search -----------------------------------------------------------------------------------------
# Revision 0006 gives each searchable table a GIN trigram index (pg_trgm) on ' ' || search_text.
SEARCH_INDEXED_TABLES = ("activities", "twinnings", "households", "persons", "partners")
_SEARCH_INDEX_SUFFIX = "_search_trgm"


def is_search_index(name: str) -> bool:
    """True for the trigram indexes of revision 0006 (Alembic autogenerate must ignore them)."""
    return any(name == f"ix_{t}{_SEARCH_INDEX_SUFFIX}" for t in SEARCH_INDEXED_TABLES)
