"""Who may write what in a sync package, and how far its counters may reach (issue 16, DESIGN.md
"Authority" and "Time"; docs/package-format.md "Authority, counters and time").

A trusted office can sign anything: its signature says who sent a package, not that the sender had
the right to say what is inside. Before a received change is written, the receiver checks:

- **ownership**: a record may be created or changed only by its owner (the record's origin office),
  by an office above the owner (a parent acknowledging, returning or passing records on; a peer of
  ours counts as a sibling under our parent), or, for a record we own, by an office we shared it
  with (`_shared`: an explicit share, services/sync/sharing.py, or a trusted peer office, which
  received all our records before shares existed and may send back changes to them);
- **sites**: a record's origin computer (site) must belong to its origin office when we know the site;
- **counters**: no stamp, and no vector the sender claims (`base`, `upto`), may reach more than
  `COUNTER_WINDOW` beyond what this office already knows of that computer, so one lying package
  cannot push anyone's counters to 2^53-1;
- **our own counter**: what a sender says it holds of OUR computer is never taken above our own
  counter (a peer that "knows" writes we never made would stop us sending to it).

A package that breaks any of these is refused WHOLE (`NotAuthorised`), in preview too; nothing is
written. Echoes are harmless: a record that changes nothing here is never checked for ownership.
"""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain.messages import Text, translate
from ...storage.models import Installation, Office, RecordShare, TrustedKey
from .changeset import ChangesetError

# How many writes beyond what we know of a computer one package may carry (documented in
# docs/package-format.md). Ten million writes is years of work for any office; reaching 2^53 in
# steps of it takes hundreds of millions of packages.
COUNTER_WINDOW = 10_000_000
_MAX_DEPTH = 8   # province > district > commune, with room: a loop in bad data must still end

RECORD_OF_ANOTHER_OFFICE = translate("SyncErrors", "records that belong to another office")
SITE_OF_ANOTHER_OFFICE = translate("SyncErrors", "records said to be made on a computer of another office")
COUNTER_TOO_FAR = translate("SyncErrors", "change counters far beyond what that office has made")


class NotAuthorised(ChangesetError):
    """A sync package claims more than its sender may say; refused whole, nothing written."""

    code = "not_authorised"

    def __init__(self, office_name: str, what: Text, reason: str) -> None:
        super().__init__(translate(
            "SyncErrors", "The package from «{office}» contains {what}. An office may only send changes it is "
            "allowed to make, so the whole package was refused and nothing was imported. Call that office: "
            "its app or computer may be faulty or misused.").format(office=office_name, what=what),
            details={"reason": reason})


class Authority:
    """The rules above for one received changeset, read once from the trust store."""

    def __init__(self, s: Session, sender_office_id: str, sender_site_id: str,
                 known: Mapping[str, int], *, check_owner: bool = True) -> None:
        inst = s.get_one(Installation, 1)
        self.me, self.my_site, self.own_counter = inst.office_id, inst.site_id, int(inst.site_counter or 0)
        self.sender, self.known, self.check_owner = sender_office_id, dict(known), check_owner
        offices = {o.id: o for o in s.scalars(select(Office))}
        self.relation_of = {oid: o.relation for oid, o in offices.items()}
        my_parent = offices[inst.office_id].parent_office_id if inst.office_id in offices else None
        # A peer of ours is a sibling under our parent (its own parent is not in our office list).
        self.parent_of = {oid: o.parent_office_id or (my_parent if o.relation == "peer" else None)
                          for oid, o in offices.items()}
        # Records of ours that we explicitly share with the sender (docs/sync.md "Who receives what").
        self.shared_with_sender = frozenset(s.scalars(
            select(RecordShare.record_id).where(RecordShare.office_id == sender_office_id)))
        sender_office = offices.get(sender_office_id)
        self.sender_name = sender_office.name if sender_office else sender_office_id
        self.site_office: dict[str, str] = {inst.site_id: inst.office_id, sender_site_id: sender_office_id}
        for site, office in s.execute(select(TrustedKey.site_id, TrustedKey.office_id)):
            if site:
                self.site_office.setdefault(site, office)

    def refuse(self, what: Text, reason: str) -> NotAuthorised:
        return NotAuthorised(self.sender_name, what, reason)

    # -- ownership ------------------------------------------------------------------------------
    def may_write(self, owner_office_id: str, record: Any = None) -> bool:
        """The one ownership rule (see the module docstring). `record` is the incoming WireRecord
        (sync/codec.py), for a sharing rule that looks at the record itself."""
        return (owner_office_id == self.sender or self._above(self.sender, owner_office_id)
                or self._shared(owner_office_id, record))

    def _above(self, office_id: str, owner_office_id: str) -> bool:
        current: str | None = owner_office_id
        for _ in range(_MAX_DEPTH):
            current = self.parent_of.get(current) if current else None
            if current is None:
                return False
            if current == office_id:
                return True
        return False

    def _shared(self, owner_office_id: str, record: Any = None) -> bool:
        """A record we own may come back changed by an office we share it with: an explicit share
        (sharing.py), or an office trusted as our peer (peers received all our records before
        explicit shares existed; refusing their edits would refuse their whole packages). A share
        is the owner's own decision and does not travel, so only the owner can check it."""
        if owner_office_id != self.me:
            return False
        record_id = getattr(record, "id", None)
        return (record_id is not None and record_id in self.shared_with_sender) \
            or self.relation_of.get(self.sender) == "peer"

    def check_write(self, owner_office_id: str, origin_site_id: str, kind: str, record: Any = None) -> None:
        if not self.check_owner:
            return
        if not self.may_write(owner_office_id, record):
            raise self.refuse(RECORD_OF_ANOTHER_OFFICE, f"{kind}: owner is not the sender nor below it")
        site_office = self.site_office.get(origin_site_id)
        if site_office is not None and site_office != owner_office_id:
            raise self.refuse(SITE_OF_ANOTHER_OFFICE, f"{kind}: origin site belongs to another office")

    # -- counters -------------------------------------------------------------------------------
    def bound(self, site: str) -> int:
        mine = self.own_counter if site == self.my_site else 0
        return max(int(self.known.get(site, 0)), mine) + COUNTER_WINDOW

    def check_counters(self, vector: Mapping[str, int], what: str) -> None:
        for site, counter in vector.items():
            if int(counter) > self.bound(site):
                raise self.refuse(COUNTER_TOO_FAR, f"{what}: counter beyond the window")

    def own_clamped(self, vector: Mapping[str, int]) -> dict[str, int]:
        """`vector` with our own computer's entry no higher than our own counter."""
        out = dict(vector)
        if self.my_site in out:
            out[self.my_site] = min(int(out[self.my_site]), self.own_counter)
        return out
