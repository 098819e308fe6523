"""Purging tombstones (docs/sync.md, "Deletes"). A tombstone has to travel until every office that
can hold its record has it; after that it is dead weight (its stamps and version stay forever).

Rule: a tombstone is purged here once every office this store sends to and that may hold the record
(recipients.py: its owner, the offices above, explicit shares) has acknowledged the deletion, i.e.
reported knowledge (`peer_sync_state.received_vector`) covering the tombstone's whole version, or
acknowledged a package built after the tombstone's last write (`peer_sync_state.acked_seq`). An
office we trust but never heard from has acknowledged nothing, so it holds the purge back. Rows that
other rows still point to, placeholders and tombstones with an open delete-vs-edit conflict are kept.

A purged record's id goes into `purged_records` (ids and kinds, no personal data). A late package
from an office that never saw the deletion still carries the record as it was; apply.py drops such
rows (counted unchanged), so the record cannot come back.
"""
from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field

from sqlalchemy import Exists, delete, exists, select
from sqlalchemy.orm import Session

from ...domain.merge import DELETED
from ...storage.models import MODEL_BY_KIND, Conflict, PeerSyncState, PurgedRecord, SyncedMixin, TrustedKey
from . import owner_sites
from .changeset import LOCAL_KINDS, PEER_KINDS
from .codec import KIND_ORDER
from .recipients import Entitlement, entitlement
from .tables import table_of

_CHUNK = 500


@dataclass
class PurgeResult:
    purged: dict[str, int] = field(default_factory=dict)   # kind -> tombstones purged
    kept: int = 0                                         # tombstones still waiting


def _covers(knowledge: Mapping[str, int], version: Mapping[str, int]) -> bool:
    return all(int(knowledge.get(site, 0)) >= int(c) for site, c in version.items())


def _recipients(s: Session) -> list[tuple[Entitlement, dict[str, int], int | None]]:
    offices = {k.office_id for k in s.scalars(select(TrustedKey)) if k.revoked_at is None}
    offices |= set(s.scalars(select(PeerSyncState.office_id)))
    out = []
    for office in sorted(offices):
        row = s.get(PeerSyncState, office)
        out.append((entitlement(s, office), dict(row.received_vector or {}) if row else {},
                    row.acked_seq if row else None))
    return out


def _acknowledged(known: Mapping[str, int], acked: int | None, version: Mapping[str, int],
                  change_seq: int | None) -> bool:
    """The office holds the deletion: its knowledge covers the tombstone's version, or it
    acknowledged a package built after the tombstone's last write (change_points.py: it then holds
    every row it may receive up to that point). The second matters since a package to an office
    claims only sites nothing withheld from it was written by (owner_sites.py): an office that
    shares one record with a twin never tells the twin it holds all its writes."""
    return _covers(known, version) or (acked is not None and change_seq is not None and change_seq <= acked)


def _referenced(model: type[SyncedMixin]) -> list[Exists]:
    """A condition true for rows of `model` that another synced row still points to."""
    table = table_of(model)
    conds = []
    for other in MODEL_BY_KIND.values():
        for fk in table_of(other).foreign_keys:
            if fk.column.table is table:
                conds.append(exists().where(fk.parent == table.c.id))
    return conds


def purge_tombstones(s: Session) -> PurgeResult:
    """Purge every tombstone all its possible holders have acknowledged (caller's transaction)."""
    result = PurgeResult()
    recipients: list[tuple[Entitlement, dict[str, int], int | None]] | None = None   # read once, when needed
    counted = False
    for kind in reversed(KIND_ORDER):        # links before what they point to
        if kind in LOCAL_KINDS:
            continue
        model = MODEL_BY_KIND[kind]
        table = table_of(model)
        q = select(table.c.id, table.c.version, table.c.origin_office_id, table.c.change_seq).where(
            table.c.deleted.is_(True))
        for cond in _referenced(model):
            q = q.where(~cond)
        q = q.where(~exists().where(Conflict.record_id == table.c.id, Conflict.field == DELETED,
                                    Conflict.status == "open"))
        gone: list[str] = []
        for rid, version, owner, seq in s.execute(q).all():
            if not version:
                continue                      # a placeholder, not a tombstone
            if recipients is None:
                recipients = _recipients(s)
            if all(_acknowledged(known, acked, version, seq) for ent, known, acked in recipients
                   if ent.allows(owner, rid)):
                gone.append(rid)
            else:
                result.kept += 1
        if gone and not counted:
            # The writes of the rows about to go stay counted for their owner (owner_sites.py), so no
            # later package claims them to an office that may hold the record without our knowing.
            owner_sites.counters(s, PEER_KINDS)
            counted = True
        for start in range(0, len(gone), _CHUNK):
            chunk = gone[start:start + _CHUNK]
            s.execute(delete(table).where(table.c.id.in_(chunk)))
            s.execute(delete(Conflict).where(Conflict.record_id.in_(chunk)))
            s.add_all(PurgedRecord(id=rid, record_kind=kind) for rid in chunk)
        if gone:
            result.purged[kind] = len(gone)
    s.flush()
    return result


def purged_among(s: Session, ids: Collection[str]) -> set[str]:
    """Which of these ids were purged here (a late package must not bring them back)."""
    if not ids:
        return set()
    return set(s.scalars(select(PurgedRecord.id).where(PurgedRecord.id.in_(list(ids)))))
