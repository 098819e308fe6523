"""Who receives what (docs/sync.md, DESIGN.md): a record goes to the office that owns it (its
origin office), up to the offices above that owner, and sideways only to an office it is
explicitly shared with (`record_shares`). The province sends down plans, templates, vocabularies,
acknowledgements and returns in their own packages; in a sync package a lower office gets back only
its own records (and what is shared with it), never another office's people.

Offices are known to a store by their `offices` row (relation self / parent / lower / peer, and a
parent office where known) or, failing that, by the relation of their trusted key. An office
known to no one here is treated as a peer: it gets its own records and shares only.
"""
from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...storage.models import Installation, Office, RecordShare, TrustedKey


@dataclass(frozen=True)
class Entitlement:
    """What one recipient may receive: records of these owners, plus these shared record ids."""

    office_id: str
    owners: frozenset[str]
    shared_ids: frozenset[str]

    def allows(self, owner: str | None, record_id: str) -> bool:
        return owner in self.owners or record_id in self.shared_ids


def known_offices(s: Session) -> tuple[str, dict[str, tuple[str, str | None]]]:
    me = s.scalars(select(Installation.office_id).where(Installation.id == 1)).one()
    known: dict[str, tuple[str, str | None]] = {
        k.office_id: (k.relation, None) for k in s.scalars(select(TrustedKey)) if k.revoked_at is None}
    for o in s.scalars(select(Office)):
        known[o.id] = (o.relation, o.parent_office_id)
    return me, known


def below(office_id: str, me: str, known: dict[str, tuple[str, str | None]]) -> set[str]:
    """The office and every office known to be below it (a lower office of ours is below us)."""
    out = {office_id}
    grew = True
    while grew:
        more = {oid for oid, (rel, parent) in known.items() if oid not in out
                and (parent in out or (rel == "lower" and me in out))}
        out |= more
        grew = bool(more)
    return out


def is_above_me(office_id: str, me: str, known: dict[str, tuple[str, str | None]]) -> bool:
    """Our parent, or an office above it, as far as this store knows."""
    seen: set[str] = set()
    current = next((oid for oid, (rel, _) in known.items() if rel == "parent"), None)
    while current and current not in seen:
        if current == office_id:
            return True
        seen.add(current)
        current = known.get(current, ("", None))[1]
    return False


def entitlement(s: Session, recipient: str) -> Entitlement:
    me, known = known_offices(s)
    # Records come only from their owner (docs/sync.md): ours go up, the recipient's own come back
    # as echoes; nothing is relayed, in either direction (the receiver refuses a relayed record).
    owners = {me, recipient} if is_above_me(recipient, me, known) else {recipient}
    shared = frozenset(s.scalars(select(RecordShare.record_id).where(RecordShare.office_id == recipient)))
    return Entitlement(recipient, frozenset(owners), shared)


def holdable_owners(s: Session) -> frozenset[str]:
    """Owners whose records this store may hold (its own office and those below it)."""
    me, known = known_offices(s)
    return frozenset(below(me, me, known))


def shared_since(s: Session, recipient: str, since: int | None) -> Collection[str]:
    """Ids shared with the recipient after its acknowledged change number: they go even if their
    version says the recipient should already have them (it was not entitled before)."""
    q = select(RecordShare.record_id).where(RecordShare.office_id == recipient)
    if since is not None:
        q = q.where(RecordShare.change_seq > since)
    return set(s.scalars(q))
