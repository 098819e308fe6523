"""The package journal as plain data for the Packages page: what was sent and received."""
from __future__ import annotations

from sqlalchemy import select

from ...storage.models import Office, PackageLogEntry


def package_log(ctx, limit: int = 200, direction: str | None = None) -> list[dict]:
    with ctx.session() as s:
        names = {o.id: o.name for o in s.scalars(select(Office))}
        q = select(PackageLogEntry).order_by(PackageLogEntry.processed_at.desc()).limit(limit)
        if direction:
            q = q.where(PackageLogEntry.direction == direction)
        out = []
        for e in s.scalars(q):
            out.append({
                "package_id": e.package_id, "direction": e.direction, "kind": e.kind,
                "sender_office_id": e.sender_office_id, "sender_name": names.get(e.sender_office_id, ""),
                "recipients": list(e.recipients or []),
                "recipient_names": [names.get(r, r) for r in e.recipients or []],
                "sequence": e.sequence, "file_name": e.file_name, "created": e.created,
                "processed_at": e.processed_at, "summary": e.summary or {},
            })
        return out
