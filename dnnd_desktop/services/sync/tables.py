"""The Core table behind a synced model, typed (the sync paths read and write whole tables in bulk)."""
from __future__ import annotations

from sqlalchemy import Table

from ...storage.models import SyncedMixin


def table_of(model: type[SyncedMixin]) -> Table:
    # The mapped subclasses get `__table__` from the declarative Base; the mixin alone declares none.
    table: Table = model.__table__  # type: ignore[attr-defined]
    return table
