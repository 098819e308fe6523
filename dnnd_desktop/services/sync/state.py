"""Per-peer sync bookkeeping and this installation's knowledge vector.

Knowledge K: for each site, the counter up to which this installation holds every write of that site
(its own site: its current counter). A changeset carries the sender's base (what it assumed the
receiver already had) and its knowledge ("upto"). Importing it completely when K already covers its
base lets K grow to cover upto; a changeset imported before an earlier one waits as "pending" until
the gap is filled. What we send a peer next starts from what we last sent it (sent_vector), lowered
to what the peer says it knows whenever its own changesets arrive, so a lost package is sent again.
"""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session

from ...domain.merge import join_versions, meet_versions
from ...storage.models import Installation, PeerSyncState, utcnow
from . import change_points

_KEY = "sync"
MAX_PENDING = 64


def _inst(s: Session) -> Installation:
    return s.get_one(Installation, 1, populate_existing=True)


def lock_installation(s: Session) -> Installation:
    """Take the installation row for the rest of the transaction (SELECT ... FOR UPDATE).

    Imports keep their bookkeeping in that row (knowledge vector, package clock) as JSON that is
    read, changed and written back; two imports at once on a database server would each write
    back what they read and one sender's knowledge would be lost (measured: 4 imports at once on
    PostgreSQL kept 1 of 4 senders). Taking the row first makes imports into one database run
    their write phase one after another. On SQLite FOR UPDATE is left out: its single writer
    lock already serialises them."""
    return s.get_one(Installation, 1, with_for_update=True, populate_existing=True)


# The "sync" entry of the installation's settings (JSON): {"known": vector, "pending": [[base, upto]]}
def _sync_settings(inst: Installation) -> dict[str, Any]:
    return dict((inst.settings or {}).get(_KEY) or {})


def _store(inst: Installation, data: dict[str, Any]) -> None:
    inst.settings = {**(inst.settings or {}), _KEY: data}


def knowledge(s: Session) -> dict[str, int]:
    """This installation's knowledge vector (see the module docstring)."""
    inst = _inst(s)
    known = dict(_sync_settings(inst).get("known") or {})
    if inst.site_counter:
        known[inst.site_id] = max(int(inst.site_counter), int(known.get(inst.site_id, 0)))
    return known


def _covers(k: Mapping[str, int], base: Mapping[str, int]) -> bool:
    return all(int(k.get(site, 0)) >= int(c) for site, c in base.items())


def note_received(s: Session, base: Mapping[str, int], upto: Mapping[str, int], *, complete: bool) -> dict[str, int]:
    """Grow the knowledge vector after applying a changeset. Incomplete imports (rejected rows) teach
    nothing: the data will come again."""
    inst = _inst(s)
    data = _sync_settings(inst)
    known = dict(data.get("known") or {})
    pending = [tuple(p) for p in data.get("pending") or []]
    if complete:
        pending.append((dict(base), dict(upto)))
    current = join_versions(known, {inst.site_id: int(inst.site_counter or 0)})
    progress = True
    while progress:
        progress = False
        for p in list(pending):
            if _covers(current, p[0]):
                current = join_versions(current, p[1])
                known = join_versions(known, p[1])
                pending.remove(p)
                progress = True
    pending = pending[-MAX_PENDING:]
    _store(inst, {**data, "known": known, "pending": [list(p) for p in pending]})
    return knowledge(s)


def peer_state(s: Session, office_id: str, create: bool = False) -> PeerSyncState | None:
    row = s.get(PeerSyncState, office_id)
    if row is None and create:
        row = _new_peer_state(s, office_id)
    return row


def _new_peer_state(s: Session, office_id: str) -> PeerSyncState:
    row = PeerSyncState(office_id=office_id, sent_vector={}, received_vector={})
    s.add(row)
    s.flush()
    return row


def _peer_state_for_write(s: Session, office_id: str) -> PeerSyncState:
    row = s.get(PeerSyncState, office_id)
    return row if row is not None else _new_peer_state(s, office_id)


def peer_base(s: Session, office_id: str) -> dict[str, int]:
    """The base vector of the next changeset for a peer: what it is assumed to hold already, i.e.
    what we sent it joined with the knowledge it reported itself (so records it made, or got from
    a third office, are not echoed back to it)."""
    row = peer_state(s, office_id)
    return join_versions(row.sent_vector or {}, row.received_vector or {}) if row else {}


def mark_sent(s: Session, office_id: str, upto: Mapping[str, int]) -> None:
    """Call after the package carrying a changeset for this peer was written."""
    row = _peer_state_for_write(s, office_id)
    row.sent_vector = join_versions(row.sent_vector or {}, upto)
    row.last_sent_at = utcnow()


def mark_received(s: Session, office_id: str, upto: Mapping[str, int]) -> None:
    """Remember what a peer says it knows; never assume it holds more than that."""
    row = _peer_state_for_write(s, office_id)
    row.received_vector = join_versions(row.received_vector or {}, upto)
    row.sent_vector = meet_versions(row.sent_vector or {}, upto)
    row.last_received_at = utcnow()
    change_points.note_acknowledged(row, row.received_vector)


def reset_peer(s: Session, office_id: str) -> None:
    """Send everything again next time (a peer restored an old backup, or asks for a full package)."""
    row = _peer_state_for_write(s, office_id)
    row.sent_vector = {}
    row.received_vector = {}
    row.last_received_at = None   # nothing assumed of it, its own writes included (peer_base)
    change_points.forget(row)
