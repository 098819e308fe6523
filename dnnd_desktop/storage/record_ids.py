"""Ids of new records: UUID text whose leading bits name the computer that made the record.

Why not uuid4: a province's store receives each commune's records in one package, and with random
ids those 1,280 rows land on 1,280 different leaf pages of the primary-key index and of every index
keyed by an id (persons.household_id, activity_persons.*). Once the store is much larger than a
package, every row of an import dirties its own page per index: the import slows down as the store
grows (issue 15, docs/province.md). Ids that start with the creating site put one office's records
on neighbouring pages in every store that receives them, whatever time they were created (a commune
makes its records over months, interleaved in time with the others', so a purely time-ordered id,
UUIDv7, would not cluster them in the province's store).

Layout (RFC 9562 version 8, "custom"), 128 bits, most significant first:

    32 bits  site prefix: the first 8 hex digits of the site id (a uuid4, so random across
             computers); a blake2b digest of it when the site id is not hex text
    28 bits  time in 4-second units since 2025-01-01 UTC (wraps after 34 years: ordering only)
     4 bits  version 8
     2 bits  variant 10
    62 bits  random (secrets): ids stay unique across offices and computers

It carries nothing about a person: the computer's site id already travels with every record
(origin_site_id), and a 4-second creation time is already there as created_at. Ids made before
this change (uuid4) stay as they are: nothing reads meaning out of an id, every validator accepts
any lowercase UUID text, and the two kinds sort together in the same indexes.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import secrets
import string
import uuid
from typing import Any

from sqlalchemy.exc import InvalidRequestError

_EPOCH = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
_TIME_UNIT_SECONDS = 4
_TIME_BITS = 28
_RANDOM_BITS = 62
_HEX = frozenset(string.hexdigits.lower())


def site_prefix(site_id: str) -> int:
    """The 32 leading bits of the ids a site makes."""
    head = site_id[:8].lower()
    if len(head) == 8 and set(head) <= _HEX:
        return int(head, 16)
    return int.from_bytes(hashlib.blake2b(site_id.encode(), digest_size=4).digest(), "big")


def _time_part(now: dt.datetime | None) -> int:
    moment = now if now is not None else dt.datetime.now(dt.UTC)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    units = int((moment - _EPOCH).total_seconds()) // _TIME_UNIT_SECONDS
    return units % (1 << _TIME_BITS)


def new_id(site_id: str | None = None, now: dt.datetime | None = None) -> str:
    """A new record id. With the creating site's id, clustered by site then time; without one (rows
    that are not synced records, or a caller that does not know its site), a plain uuid4."""
    if not site_id:
        return str(uuid.uuid4())
    t = _time_part(now)
    value = (site_prefix(site_id) << 96
             | (t >> 12) << 80          # time, high 16 bits
             | 0x8 << 76                # version 8
             | (t & 0xFFF) << 64        # time, low 12 bits
             | 0b10 << 62               # RFC 9562 variant
             | secrets.randbits(_RANDOM_BITS))
    return str(uuid.UUID(int=value))


def row_id(context: Any) -> str:
    """Column default of synced records: the id from the row's own origin_site_id (SQLAlchemy hands
    a context-sensitive default the statement's execution context; a bulk insert asks per row)."""
    site = None
    if context is not None:
        try:
            site = context.get_current_parameters().get("origin_site_id")
        except InvalidRequestError:   # not inside an INSERT's parameters: fall back to uuid4
            site = None
    return new_id(site if isinstance(site, str) else None)
