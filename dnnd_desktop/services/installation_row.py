"""The installation's one row and its own office, for services that need them in a session."""
from __future__ import annotations

from sqlalchemy.orm import Session

from ..storage.models import Installation, Office
from .app_context import NotSetUp


def installation_row(s: Session, *, refresh: bool = False) -> Installation:
    """Services run only in a set-up installation (open_context refuses any other), so a missing row
    means the database lost it: say so instead of failing on None later. `refresh` re-reads the row
    (its counters may have moved in bulk statements)."""
    inst = s.get(Installation, 1, populate_existing=refresh)
    if inst is None:
        raise NotSetUp()
    return inst


def own_office(s: Session) -> Office:
    """This installation's office row (created with the installation, never deleted)."""
    office = s.get(Office, installation_row(s).office_id)
    if office is None:
        raise NotSetUp()
    return office
