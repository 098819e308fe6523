"""Test data whose people consented: since issue 14 a list export leaves out everyone without valid
consent for lists, so tests about the lists' layout give every household a consent first."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from dnnd_desktop.services.records import RecordService
from dnnd_desktop.storage.models import Household


def consent_everyone(ctx, purposes: str | None = "keeping,lists,sharing") -> int:
    with ctx.session() as s:
        ids = list(s.scalars(select(Household.id).where(Household.deleted.is_(False))))
    svc = RecordService(ctx)
    for hid in ids:
        svc.create("consent", {"household_id": hid, "given_date": dt.date(2025, 1, 2), "purposes": purposes,
                               "method": "Văn bản có chữ ký"})
    return len(ids)
