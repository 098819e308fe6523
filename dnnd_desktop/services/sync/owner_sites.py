"""What a filtered sync package may claim in its `upto` (docs/sync.md, "What a filtered package
claims").

A package's `upto` tells the recipient "you now hold every write of site S up to c". A package to a
commune carries only the records that commune may receive; if it still claimed the sender's whole
knowledge, the commune would report it back (and pass it on to its twin, its district...), and
every office whose base is built from that report would take a record the commune IS entitled to
for one it already holds. So a site is raised in a filtered package's `upto` only when no record
withheld from the recipient holds a write of that site above what the recipient already holds.

Which sites a withheld record holds is kept per owner office in `owner_site_counters` (the highest
counter of each site on any record of that owner), brought up to date from the rows changed since
it was last brought up to date (through the change-number index), so building a package never
reads other offices' rows one by one. The counters only grow (versions only grow, an owner never
changes), so a purged or removed row leaves them higher than needed: that only keeps a claim lower.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...storage.models import MODEL_BY_KIND, OwnerSiteCounter, RecordShare
from .change_points import store_point
from .recipients import Entitlement
from .tables import table_of

# The row holding the change number up to which the counters are complete (no site id is empty).
_POINT = ("", "")
# Records without an owner are withheld from every recipient: counted under this owner.
_NO_OWNER = "-"


def counters(s: Session, kinds: Iterable[str]) -> dict[str, dict[str, int]]:
    """{owner office: {site: highest counter}} over the records of `kinds`, brought up to date."""
    point_row = s.get(OwnerSiteCounter, _POINT, with_for_update=True)
    out: dict[str, dict[str, int]] = {}
    for owner, site, counter in s.execute(select(OwnerSiteCounter.owner_office_id, OwnerSiteCounter.site_id,
                                                 OwnerSiteCounter.counter)):
        if (owner, site) != _POINT:
            out.setdefault(owner, {})[site] = int(counter)
    now = store_point(s)
    since = None if point_row is None else int(point_row.counter)
    if since is not None and since >= now:
        return out
    grown: set[tuple[str, str]] = set()
    for kind in kinds:
        table = table_of(MODEL_BY_KIND[kind])
        q = select(table.c.origin_office_id, table.c.version)
        if since is not None:
            q = q.where(table.c.change_seq > since)
        for owner, version in s.execute(q):
            sites = out.setdefault(owner or _NO_OWNER, {})
            for site, c in (version or {}).items():
                if int(c) > sites.get(site, 0):
                    sites[site] = int(c)
                    grown.add((owner or _NO_OWNER, site))
    for owner, site in grown:
        row = s.get(OwnerSiteCounter, (owner, site))
        if row is None:
            s.add(OwnerSiteCounter(owner_office_id=owner, site_id=site, counter=out[owner][site]))
        else:
            row.counter = out[owner][site]
    if point_row is None:
        s.add(OwnerSiteCounter(owner_office_id=_POINT[0], site_id=_POINT[1], counter=now))
    else:
        point_row.counter = now
    s.flush()
    return out


def unshared_counters(s: Session, kinds: Iterable[str], entitled: Entitlement) -> dict[str, dict[str, int]]:
    """For the owners of records shared with the recipient (a twin commune's own office, mostly):
    {owner: {site: highest counter}} over their records NOT shared with it, read row by row (those
    owners only), so sharing a record does not keep its sites' claims down."""
    if not entitled.shared_ids:
        return {}
    owners: set[str] = set()
    for kind in kinds:
        table = table_of(MODEL_BY_KIND[kind])
        owners.update(o for o in s.scalars(select(table.c.origin_office_id).distinct().where(
            table.c.id.in_(select(RecordShare.record_id).where(RecordShare.office_id == entitled.office_id,
                                                               RecordShare.record_kind == kind)))) if o)
    owners -= entitled.owners
    out: dict[str, dict[str, int]] = {o: {} for o in owners}
    for kind in kinds if owners else ():
        table = table_of(MODEL_BY_KIND[kind])
        for owner, rid, version in s.execute(select(table.c.origin_office_id, table.c.id, table.c.version)
                                             .where(table.c.origin_office_id.in_(sorted(owners)))):
            if rid in entitled.shared_ids:
                continue
            sites = out[owner]
            for site, c in (version or {}).items():
                sites[site] = max(sites.get(site, 0), int(c))
    return out


def withheld_sites(owner_sites: Mapping[str, Mapping[str, int]], entitled: Entitlement,
                   base: Mapping[str, int], unshared: Mapping[str, Mapping[str, int]] | None = None) -> set[str]:
    """Sites with a write, above what the recipient holds, on a record of an owner it may not
    receive. For owners in `unshared` only their records not shared with the recipient count."""
    held: set[str] = set()
    unshared = unshared or {}
    for owner, sites in owner_sites.items():
        if owner in entitled.owners:
            continue
        counted = unshared.get(owner, sites)
        held.update(site for site, c in counted.items() if c > int(base.get(site, 0)))
    return held


def truthful_upto(knowledge: Mapping[str, int], base: Mapping[str, int], held: set[str]) -> dict[str, int]:
    """The recipient's base, raised to our knowledge for every site nothing withheld holds a write of."""
    out = {site: int(c) for site, c in base.items()}
    for site, c in knowledge.items():
        if site not in held and int(c) > out.get(site, 0):
            out[site] = int(c)
    return out
