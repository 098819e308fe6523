"""What happened: the audit log, packages sent and received, per-peer sync state, open conflicts."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, BigInteger, DateTime, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, new_id, utcnow


class AuditEntry(Base):
    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)
    user_id: Mapped[str | None] = mapped_column(String(36))
    user_name: Mapped[str | None] = mapped_column(String(200), index=True)
    action: Mapped[str] = mapped_column(String(40), index=True)   # create/update/delete/view_sensitive/...
    record_kind: Mapped[str | None] = mapped_column(String(40), index=True)
    record_id: Mapped[str | None] = mapped_column(String(36), index=True)
    field: Mapped[str | None] = mapped_column(String(60))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    details: Mapped[str | None] = mapped_column(Text)


class PackageLogEntry(Base):
    __tablename__ = "package_log"
    # One row per package and direction (revision 0008): two imports of one package cannot both commit.
    __table_args__ = (Index("uq_package_log_package_direction", "package_id", "direction", unique=True),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    package_id: Mapped[str] = mapped_column(String(36), index=True)
    direction: Mapped[str] = mapped_column(String(3))             # in / out
    kind: Mapped[str] = mapped_column(String(20))
    sender_office_id: Mapped[str | None] = mapped_column(String(36), index=True)
    recipients: Mapped[list] = mapped_column(JSON, default=list)
    sequence: Mapped[int] = mapped_column(Integer, default=0)
    file_sha256: Mapped[str | None] = mapped_column(String(64))
    file_name: Mapped[str | None] = mapped_column(String(300))
    created: Mapped[dt.datetime | None] = mapped_column(DateTime)
    processed_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    summary: Mapped[dict] = mapped_column(JSON, default=dict)


class PeerSyncState(Base):
    """What we already sent to a peer: the version vector it was given, so the next package is incremental."""

    __tablename__ = "peer_sync_state"

    office_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    sent_vector: Mapped[dict] = mapped_column(JSON, default=dict)     # site_id -> highest counter sent
    received_vector: Mapped[dict] = mapped_column(JSON, default=dict)
    last_sent_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    last_received_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # Change-sequence bookkeeping (services/sync/change_points.py): the store's change number up to
    # which the peer holds everything it may receive (None: not known, read every row once), and
    # the packages sent since, as [[change number, upto vector], ...] awaiting the peer's word.
    acked_seq: Mapped[int | None] = mapped_column(BigInteger)
    sent_points: Mapped[list | None] = mapped_column(JSON)


class SyncWithheld(Base):
    """A record left out of a sync package to one office for want of consent to share it (issue 14;
    services/sync/consent_withheld.py): its writes are in that package's knowledge all the same, so
    it is read again from here, and goes, once the consent of the person or household it belongs to
    is valid. Ids only, no personal data."""

    __tablename__ = "sync_withheld"

    office_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    record_kind: Mapped[str] = mapped_column(String(40))
    # Whose consent decides: a person abroad (with their household) or a household.
    household_id: Mapped[str | None] = mapped_column(String(36))
    person_id: Mapped[str | None] = mapped_column(String(36))
    withheld_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    # Sent since, in the package made at this change number: listed until the office acknowledges it.
    sent_seq: Mapped[int | None] = mapped_column(BigInteger)


class Conflict(Base):
    """Concurrent edits of one field (or delete vs edit), kept with every value until a person picks."""

    __tablename__ = "conflicts"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    record_kind: Mapped[str] = mapped_column(String(40), index=True)
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    field: Mapped[str] = mapped_column(String(60))                 # "__deleted__" for delete vs edit
    values: Mapped[list] = mapped_column(JSON, default=list)       # [{value, stamp, office_id, user, at}]
    status: Mapped[str] = mapped_column(String(20), default="open", index=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    resolved_by: Mapped[str | None] = mapped_column(String(200))
    resolved_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    resolution: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str | None] = mapped_column(Text)


class OwnerSiteCounter(Base):
    """For each owner office, the highest write counter of each site on any of its records
    (services/sync/owner_sites.py): a sync package raises a site in its `upto` only when no
    record withheld from the recipient holds a write of that site the recipient lacks."""

    __tablename__ = "owner_site_counters"

    owner_office_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    site_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    counter: Mapped[int] = mapped_column(BigInteger, default=0)


class RecordShare(Base):
    """An explicit share: a record that also goes sideways to another office (e.g. a twinning pair
    two communes run together). Without one, a record goes only to its owner and up (docs/sync.md)."""

    __tablename__ = "record_shares"
    __table_args__ = (UniqueConstraint("record_id", "office_id", name="uq_record_shares_record_office"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    record_kind: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    office_id: Mapped[str] = mapped_column(String(36), index=True)
    # The store's change number when the share was made: the shared record goes in the next package.
    change_seq: Mapped[int] = mapped_column(BigInteger, default=0, index=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    created_by: Mapped[str | None] = mapped_column(String(200))


class PurgedRecord(Base):
    """The deletion register: ids of tombstones purged once every office that can hold them had
    acknowledged the deletion. Ids and kinds only (no personal data); a late package carrying one
    of these records is not let in again (services/sync/tombstones.py)."""

    __tablename__ = "purged_records"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    record_kind: Mapped[str] = mapped_column(String(40))
    purged_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
