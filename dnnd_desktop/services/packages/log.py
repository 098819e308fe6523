"""The package journal as plain data for the Packages page: what was sent and received."""
from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any, TypedDict

from sqlalchemy import select

from ...storage.models import Office, PackageLogEntry

if TYPE_CHECKING:
    from ..app_context import AppContext


class PackageLogRow(TypedDict):
    package_id: str
    direction: str                  # "in" / "out"
    kind: str
    sender_office_id: str | None
    sender_name: str
    recipients: list[str]
    recipient_names: list[str]
    sequence: int
    file_name: str | None
    created: dt.datetime | None
    processed_at: dt.datetime
    summary: dict[str, Any]         # the journal's JSON: contents counts (out), outcomes per kind (in)


def package_log(ctx: AppContext, limit: int = 200, direction: str | None = None) -> list[PackageLogRow]:
    with ctx.session() as s:
        names = {o.id: o.name for o in s.scalars(select(Office))}
        q = select(PackageLogEntry).order_by(PackageLogEntry.processed_at.desc()).limit(limit)
        if direction:
            q = q.where(PackageLogEntry.direction == direction)
        out: list[PackageLogRow] = []
        for e in s.scalars(q):
            out.append({
                "package_id": e.package_id, "direction": e.direction, "kind": e.kind,
                "sender_office_id": e.sender_office_id, "sender_name": names.get(e.sender_office_id or "", ""),
                "recipients": list(e.recipients or []),
                "recipient_names": [names.get(r, r) for r in e.recipients or []],
                "sequence": e.sequence, "file_name": e.file_name, "created": e.created,
                "processed_at": e.processed_at, "summary": e.summary or {},
            })
        return out
