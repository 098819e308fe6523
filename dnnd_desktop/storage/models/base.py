"""Declarative base and the sync metadata every synced record carries (DESIGN.md, "Sync and merge").

A synced record has a UUID made where it was created, the office and site it came from, a version
vector ({site_id: counter}) and a (counter, site_id) stamp per field, so that packages from several
offices merge field by field and clocks never decide a conflict. Deletes are tombstones.
"""
from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from sqlalchemy import JSON, BigInteger, Boolean, DateTime, MetaData, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from .. import change_sequence
from ..record_ids import new_id as new_id  # re-exported: storage.models.new_id
from ..record_ids import row_id

# Stable constraint names so Alembic batch migrations on SQLite can find them again.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def sort_key_type(length: int):
    """Type of a stored Vietnamese sort key (domain.text.sort_key): a string whose code-point order
    is dictionary order. SQLite compares strings by code point; on PostgreSQL the column takes the
    "C" collation, or its index would sort by the server's locale instead."""
    return String(length).with_variant(String(length, collation="C"), "postgresql")


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


# Columns that are bookkeeping, never merged as user data.
META_COLUMNS = frozenset({
    "id", "origin_office_id", "origin_site_id", "version", "field_stamps", "deleted", "merged_into_id",
    "created_at", "updated_at", "created_by", "updated_by", "search_text", "change_seq",
    # Derived by database triggers (revisions 0020, 0022): never stamped, merged or synced.
    "person_count", "household_head_sort", "activity_count", "last_activity_date", "contributor_sort",
    "recipient_sort",
})


class SyncedMixin:
    """Columns and class-level descriptions shared by every record that travels in sync packages."""

    # Record kind name used in packages, audit and search ("household", "person", ...).
    __kind__: ClassVar[str] = ""
    # Fields whose folded text goes into `search_text`.
    __search_fields__: ClassVar[tuple[str, ...]] = ()
    # field -> column holding its Vietnamese sort key (kept by the record writer).
    __sort_keys__: ClassVar[dict[str, str]] = {}
    # Personal data wiped when the record becomes a tombstone or is anonymised.
    __personal_fields__: ClassVar[tuple[str, ...]] = ()
    # Sensitive personal data (Decree 356/2025): hidden in lists/exports unless asked, audited when shown.
    __sensitive_fields__: ClassVar[tuple[str, ...]] = ()

    # Clustered by the creating site (storage/record_ids.py); the writers pass their site.
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=row_id)
    # The owner. Indexed with change_seq as `ix_<table>_owner_change` (storage/models/__init__.py),
    # which also serves every lookup by owner alone.
    origin_office_id: Mapped[str | None] = mapped_column(String(36))
    origin_site_id: Mapped[str | None] = mapped_column(String(36))
    version: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # The compact list form (domain/merge.py pack_stamps), or {} for none and on rows written before it.
    field_stamps: Mapped[list[Any] | dict[str, Any]] = mapped_column(JSON, default=dict)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    merged_into_id: Mapped[str | None] = mapped_column(String(36))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)
    created_by: Mapped[str | None] = mapped_column(String(120))
    updated_by: Mapped[str | None] = mapped_column(String(120))
    search_text: Mapped[str] = mapped_column(Text, default="")
    # The store's transaction number of the last write (storage/change_sequence.py): packages read
    # only rows changed since a recipient's acknowledged point, through this index.
    change_seq: Mapped[int | None] = mapped_column(BigInteger, default=change_sequence.stamp,
                                                   onupdate=change_sequence.stamp, index=True)

    @classmethod
    def data_fields(cls) -> tuple[str, ...]:
        """The user-data columns: what is stamped, merged and audited field by field."""
        cols = cls.__table__.columns  # type: ignore[attr-defined]
        sort_cols = set(cls.__sort_keys__.values())
        return tuple(c.key for c in cols if c.key not in META_COLUMNS and c.key not in sort_cols)
