"""The Alembic config of a test's own open database, for tests that step a revision down and up
again on the store a context already uses (both backends)."""
from __future__ import annotations

from pathlib import Path

from alembic.config import Config


def own_database_config(ctx) -> Config:
    """`ctx`'s database as Alembic's target; its engine's pooled connections are closed first, so a
    revision may rebuild tables under it (the context reconnects on its next query)."""
    from dnnd_desktop.storage.migrate import alembic_config

    assert ctx.engine is not None
    url = ctx.engine.url
    ctx.engine.dispose()
    return alembic_config(Path(str(url.database)) if url.get_backend_name() == "sqlite"
                          else url.render_as_string(hide_password=False))
