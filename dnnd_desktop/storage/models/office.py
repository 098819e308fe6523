"""This installation, the offices it knows, its users, vocabularies added by the province, and the
trust store (public keys of other offices; the secret keys never leave this file, sealed)."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, BigInteger, Boolean, DateTime, ForeignKey, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from .. import change_sequence
from .base import Base, new_id, utcnow


class Installation(Base):
    """Exactly one row: who this installation is and the counter that stamps its writes."""

    __tablename__ = "installation"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, default=1)
    office_id: Mapped[str] = mapped_column(ForeignKey("offices.id"))
    site_id: Mapped[str] = mapped_column(String(36))
    # Lamport-style counter: every record write takes the next value; stamps are (counter, site_id).
    site_counter: Mapped[int] = mapped_column(Integer, default=0)
    sign_pk: Mapped[bytes] = mapped_column(LargeBinary)
    box_pk: Mapped[bytes] = mapped_column(LargeBinary)
    protected_secret: Mapped[bytes] = mapped_column(LargeBinary)   # argon2id + SecretBox (exchange.keys)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    settings: Mapped[dict] = mapped_column(JSON, default=dict)
    # The last transaction number given out (storage/change_sequence.py).
    change_seq: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")


class Office(Base):
    """An office: this one (relation 'self'), its parent, lower offices and peers."""

    __tablename__ = "offices"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    relation: Mapped[str] = mapped_column(String(10), index=True)   # self / parent / lower / peer
    name: Mapped[str] = mapped_column(String(300))
    level: Mapped[str] = mapped_column(String(20))                  # province / district / commune
    province_code: Mapped[int | None] = mapped_column(Integer)
    unit_name: Mapped[str | None] = mapped_column(String(200))
    unit_code: Mapped[int | None] = mapped_column(Integer)
    parent_office_id: Mapped[str | None] = mapped_column(String(36))
    parent_body: Mapped[str | None] = mapped_column(String(300))    # for the document header
    symbol: Mapped[str | None] = mapped_column(String(40))          # "MTTQ-BTT"
    place_name: Mapped[str | None] = mapped_column(String(100))     # for the date line
    head_title: Mapped[str | None] = mapped_column(String(100))
    head_name: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class User(Base):
    __tablename__ = "users"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(200))
    roles: Mapped[str] = mapped_column(String(100))                 # comma-separated role codes
    password_hash: Mapped[str | None] = mapped_column(String(300))  # argon2id (libsodium str format)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class VocabTerm(Base):
    """Terms beyond the built-in vocabularies (added by province task packages or the admin)."""

    __tablename__ = "vocab_terms"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    vocabulary: Mapped[str] = mapped_column(String(40), index=True)
    code: Mapped[str] = mapped_column(String(60))
    label: Mapped[str] = mapped_column(String(300))
    source: Mapped[str] = mapped_column(String(40), default="local")   # local / plan:<plan id>
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Office-added terms (source "local") travel up in the office's sync packages (docs/sync.md):
    # the office that added the term, and the change number of its last write.
    origin_office_id: Mapped[str | None] = mapped_column(String(36))
    change_seq: Mapped[int | None] = mapped_column(BigInteger, default=change_sequence.stamp,
                                                   onupdate=change_sequence.stamp, index=True)


class TrustedKey(Base):
    """Another installation's public keys, trusted after a fingerprint check by phone."""

    __tablename__ = "trusted_keys"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    office_id: Mapped[str] = mapped_column(String(36), index=True)
    office_name: Mapped[str] = mapped_column(String(300))
    level: Mapped[str] = mapped_column(String(20))
    relation: Mapped[str] = mapped_column(String(10))              # parent / lower / peer
    site_id: Mapped[str | None] = mapped_column(String(36))
    key_id: Mapped[str] = mapped_column(String(32), index=True)
    sign_pk: Mapped[bytes] = mapped_column(LargeBinary)
    box_pk: Mapped[bytes] = mapped_column(LargeBinary)
    fingerprint: Mapped[str] = mapped_column(String(40))
    card: Mapped[dict] = mapped_column(JSON, default=dict)          # the identity card as received
    added_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    added_by: Mapped[str | None] = mapped_column(String(200))
    expires_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    revoked_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
