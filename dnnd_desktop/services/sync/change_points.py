"""Change numbers acknowledged by each peer (storage/change_sequence.py, docs/sync.md).

A sync package built at change number n (the store's `installation.change_seq` when it was
collected) with knowledge `upto` holds every row the peer may receive that changed up to n and that
the peer did not hold. Once the peer reports knowledge covering `upto` (its own changeset
arrives), it holds all of that: n becomes its acknowledged point, and the next package reads only
rows with a change number above it. A package never acknowledged (a lost USB stick) leaves the
point where it was, so its rows are read, and sent, again.
"""
from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...storage.models import Installation, PeerSyncState

# Packages awaiting acknowledgement kept per peer; older ones are forgotten (their rows are then
# read again from the last acknowledged point, never skipped).
MAX_POINTS = 32


def store_point(s: Session) -> int:
    """The store's current change number as this transaction sees it."""
    return int(s.scalars(select(Installation.change_seq).where(Installation.id == 1)).one() or 0)


def acknowledged(s: Session, office_id: str) -> int | None:
    row = s.get(PeerSyncState, office_id)
    return None if row is None else row.acked_seq


def note_sent(row: PeerSyncState, point: int, upto: Mapping[str, int]) -> None:
    points = [p for p in (row.sent_points or []) if int(p[0]) != point]
    row.sent_points = [*points, [point, dict(upto)]][-MAX_POINTS:]


def note_acknowledged(row: PeerSyncState, knowledge: Mapping[str, int]) -> None:
    """The peer says it knows `knowledge`: every package whose upto it covers is acknowledged."""
    done = [int(p[0]) for p in row.sent_points or []
            if all(int(knowledge.get(site, 0)) >= int(c) for site, c in dict(p[1]).items())]
    if done:
        point = max(done)
        row.acked_seq = point if row.acked_seq is None else max(point, row.acked_seq)
    # Packages the peer's word does not cover count as lost, as the sent vector is lowered to that
    # word (state.mark_received): their rows and shares are read again from the acknowledged point.
    row.sent_points = []


def shares_point(row: PeerSyncState | None) -> int | None:
    """Shares made after this point have not gone to the peer yet: the last package sent (not lost),
    else the acknowledged point."""
    if row is None:
        return None
    if row.sent_points:
        return max(int(p[0]) for p in row.sent_points)
    return row.acked_seq


def forget(row: PeerSyncState) -> None:
    """Read everything again next time (reset_peer)."""
    row.acked_seq = None
    row.sent_points = []
