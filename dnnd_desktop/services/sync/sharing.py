"""Explicit shares: a record that also goes sideways to another office, e.g. a twinning pair two
communes run together (docs/sync.md, "Who receives what"). Without a share a record goes only to
the office that owns it and up to the offices above it.

A share is this office's decision about its own sending; it does not travel. Each office that
should pass a record sideways shares it itself. Sharing a record makes it go in the next sync
package to that office even if that office's knowledge already covers the record's writes (it was
not entitled to them when they were written).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain.errors import NotFound, ValidationError
from ...domain.messages import translate
from ...domain.record_kinds import kind_spec
from ...storage import change_sequence
from ...storage.models import MODEL_BY_KIND, Office, RecordShare, TrustedKey
from ..audit import write_audit

if TYPE_CHECKING:
    from ..app_context import AppContext


def add_share(s: Session, ctx: AppContext, kind: str, record_id: str, office_id: str) -> RecordShare:
    """Share one record with one office, in the caller's transaction. Sharing twice is one share."""
    model = MODEL_BY_KIND.get(kind)
    if model is None or s.get(model, record_id) is None:
        raise NotFound(translate("SyncErrors", "The record to share was not found."), code="record_not_found")
    if office_id == ctx.installation.office_id:
        raise ValidationError(translate("SyncErrors", "A record cannot be shared with its own office."),
                              field_errors={"office": ""}, code="share_with_self")
    row = s.scalars(select(RecordShare).where(RecordShare.record_id == record_id,
                                              RecordShare.office_id == office_id)).first()
    if row is not None:
        return row
    row = RecordShare(record_kind=kind, record_id=record_id, office_id=office_id,
                      change_seq=change_sequence.reserve(s.connection()), created_by=ctx.user_name)
    s.add(row)
    s.flush()
    write_audit(s, ctx, "share", kind, record_id, field="office", new=office_id)
    return row


def share_records(ctx: AppContext, kind: str, record_ids: list[str], office_id: str) -> int:
    """One user action: share these records with one office. Returns how many shares exist now."""
    with ctx.session() as s:
        for rid in record_ids:
            add_share(s, ctx, kind, rid, office_id)
    return len(record_ids)


def remove_share(ctx: AppContext, record_id: str, office_id: str) -> bool:
    """Stop sending the record sideways (what the office already holds stays there)."""
    with ctx.session() as s:
        row = s.scalars(select(RecordShare).where(RecordShare.record_id == record_id,
                                                  RecordShare.office_id == office_id)).first()
        if row is None:
            return False
        write_audit(s, ctx, "unshare", row.record_kind, record_id, field="office", old=office_id)
        s.delete(row)
        return True


def share_own_records(ctx: AppContext, kind: str, office_id: str) -> int:
    """One user action: share every live record of a kind that this office owns with one office
    (two offices that keep a list together). Returns the number of records shared."""
    model = MODEL_BY_KIND.get(kind)
    if model is None:
        raise NotFound(translate("SyncErrors", "There is no record kind «{kind}».").format(kind=kind),
                       code="unknown_kind")
    with ctx.session() as s:
        ids = list(s.scalars(select(model.id).where(model.origin_office_id == ctx.installation.office_id,
                                                    model.deleted.is_(False))))
        for rid in ids:
            add_share(s, ctx, kind, rid, office_id)
    return len(ids)


# Kinds a person shares from the Packages page: the record kinds of the lists (links and
# attachments go with what they belong to; tasks are each office's own).
SHAREABLE_KINDS = ("twinning", "activity", "partner", "household", "person", "contribution", "commendation",
                   "consent")


@dataclass(frozen=True)
class ShareRow:
    """One explicit share, for the Packages page (labels only, no other personal field)."""

    record_kind: str
    record_id: str
    record_label: str
    office_id: str
    office_name: str
    created_at: dt.datetime


def _label(s: Session, kind: str, record_id: str) -> str:
    model = MODEL_BY_KIND.get(kind)
    field = kind_spec(kind).name_field if kind in SHAREABLE_KINDS else ""
    if model is None or not field:
        return record_id
    value = s.scalars(select(getattr(model, field)).where(model.id == record_id)).first()
    return str(value) if value else record_id


def _office_names(s: Session) -> dict[str, str]:
    names = {k.office_id: k.office_name for k in s.scalars(select(TrustedKey)) if k.office_name}
    names.update({o.id: o.name for o in s.scalars(select(Office)) if o.name})
    return names


def list_shares(ctx: AppContext) -> list[ShareRow]:
    """Every explicit share this office made, newest first."""
    with ctx.session() as s:
        names = _office_names(s)
        rows = list(s.scalars(select(RecordShare).order_by(RecordShare.created_at.desc(), RecordShare.id)))
        return [ShareRow(r.record_kind, r.record_id, _label(s, r.record_kind, r.record_id), r.office_id,
                         names.get(r.office_id, r.office_id), r.created_at) for r in rows]


def shareable_records(ctx: AppContext, kind: str) -> list[tuple[str, str]]:
    """(id, name) of the live records of a kind that this office owns (only an owner shares)."""
    model = MODEL_BY_KIND[kind]
    field = getattr(model, kind_spec(kind).name_field)
    with ctx.session() as s:
        rows = s.execute(select(model.id, field).where(model.origin_office_id == ctx.installation.office_id,
                                                       model.deleted.is_(False)).order_by(field, model.id))
        return [(rid, str(name) if name else rid) for rid, name in rows]
