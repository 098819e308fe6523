"""Who may write what in a sync package, and how far its counters may reach (issue 16, DESIGN.md
"Authority" and "Time"; docs/package-format.md "Authority, counters and time").

A trusted office can sign anything: its signature says who sent a package, not that the sender had
the right to say what is inside. Before a received change is written, the receiver checks:

- **ownership**: a record may be created or changed only by its owner (the record's origin office)
  or, for a record we own, by an office we shared it with (`_shared`: an explicit share,
  services/sync/sharing.py, or a trusted peer office, which received all our records before shares
  existed and may send back changes to them). An office above the owner may NOT: records are not
  relayed (session 4, docs/sync.md "Records come only from their owner"), so the origin of every
  record is the signature of the package that brought it;
- **entitlement, from above**: a package from an office above us carries only that office's own
  records and echoes of ours; a record of any other office in it (another commune's household, or
  one of an office below us) is refused, echo or not (docs/sync.md "Who receives what");
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
from .recipients import is_above_me, known_offices

# How many writes beyond what we know of a computer one package may carry (documented in
# docs/package-format.md). Ten million writes is years of work for any office; reaching 2^53 in
# steps of it takes hundreds of millions of packages.
COUNTER_WINDOW = 10_000_000

RECORD_OF_ANOTHER_OFFICE = translate("SyncErrors", "records that belong to another office")
SITE_OF_ANOTHER_OFFICE = translate("SyncErrors", "records said to be made on a computer of another office")
COUNTER_TOO_FAR = translate("SyncErrors", "change counters far beyond what that office has made")
NOT_FOR_US = translate("SyncErrors", "records of another office, which an office above may not pass on to this "
                                     "office")


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
        me, offices_known = known_offices(s)
        self.sender_above = is_above_me(sender_office_id, me, offices_known)
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
        return owner_office_id == self.sender or self._shared(owner_office_id, record)

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

    def check_received(self, owner_office_id: str, kind: str) -> None:
        """Every record line of a package from an office above us, changed or not: its own records
        and ours only. Another office's record here is one we are not entitled to (a leak at the
        sender) or a relay we cannot trust (a forgery); either refuses the package whole."""
        if self.check_owner and self.sender_above and owner_office_id not in (self.me, self.sender):
            raise self.refuse(NOT_FOR_US, f"{kind}: a record of another office from an office above")

    def check_write(self, owner_office_id: str, origin_site_id: str, kind: str, record: Any = None) -> None:
        if not self.check_owner:
            return
        if not self.may_write(owner_office_id, record):
            raise self.refuse(RECORD_OF_ANOTHER_OFFICE, f"{kind}: owner is not the sender, nor shared with it")
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
