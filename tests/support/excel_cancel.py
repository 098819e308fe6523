"""Test-only: the store's row count per table, to show a cancelled Excel import left it as it was."""
from __future__ import annotations

from sqlalchemy import func, select

from dnnd_desktop.storage.models import Base


def store_rows(ctx) -> dict[str, int]:
    with ctx.session() as s:
        return {t.name: s.scalar(select(func.count()).select_from(t)) or 0
                for t in Base.metadata.sorted_tables}
