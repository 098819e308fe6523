"""Lower offices of a province: registered from their identity cards after the phone check of the
fingerprint (services.identity does the check and the trust), listed with what we last heard
from them.

    register_office(ctx, card, fingerprint) -> LowerOffice     card: path, bytes or IdentityCard
    list_offices(ctx, include_revoked=False) -> list[LowerOffice]
    lower_office_ids(ctx) -> list[str]                        active lower offices (publish targets)
"""
from __future__ import annotations

import datetime as dt
import os
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...domain.errors import DnndError
from ...domain.messages import render, translate
from ...domain.periods import parse_period
from ...domain.roles import LEVEL_LABELS
from ...storage.models import Office, PackageLogEntry, Report, TrustedKey
from ..identity import _RANK, LOWER, IdentityCard, read_identity_card, trust_card
from ..reports.status import local_time
from .common import RECEIVED_STATUS_LABELS, require_province

if TYPE_CHECKING:
    from ..app_context import AppContext

# An identity card as register_office takes it: a card file's path, its bytes, or the card itself.
CardSource = str | os.PathLike[str] | bytes | bytearray | IdentityCard


class NotALowerOffice(DnndError):
    code = "not_lower_office"


@dataclass(frozen=True)
class LowerOffice:
    """One row of the Lower offices page."""

    office_id: str
    name: str
    level: str
    level_label: str
    unit_name: str
    fingerprint: str
    key_id: str
    registered_at: dt.datetime | None          # local time
    registered_by: str | None
    active: bool                               # False once its key was revoked
    last_package_at: dt.datetime | None        # local time of the last package imported from it
    last_package_kind: str | None
    packages_received: int
    last_report_id: str | None
    last_report_title: str | None
    last_report_period: str | None             # period name in the UI language ("first 6 months of 2026")
    last_report_status: str | None
    last_report_status_label: str | None
    last_report_received_at: dt.datetime | None  # local time

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _as_card(card: CardSource) -> IdentityCard:
    if isinstance(card, IdentityCard):
        return card
    if isinstance(card, (str, os.PathLike, bytes, bytearray)):
        return read_identity_card(card)
    raise TypeError("card must be a path, bytes or an IdentityCard")


def register_office(ctx: AppContext, card: CardSource, fingerprint: str) -> LowerOffice:
    """Trust a lower office's card after the fingerprint was compared by phone. Refused (nothing
    written) on a fingerprint mismatch, for an office that is not below ours, or our own card."""
    require_province(ctx, translate("ProvinceErrors", "register lower offices"))
    card = _as_card(card)
    mine = _RANK.get(ctx.installation.level, 0)
    if _RANK.get(card.level, 0) >= mine:
        raise NotALowerOffice(translate(
            "ProvinceErrors", "«{office}» is a {level} office, not below the province office. Choose the identity "
            "card of a district or commune Front committee.").format(
            office=card.name, level=LEVEL_LABELS.get(card.level, card.level).lower()))
    trust_card(ctx, card, fingerprint, relation=LOWER)
    return next(o for o in list_offices(ctx, include_revoked=True) if o.office_id == card.office_id)


def lower_office_ids(ctx: AppContext) -> list[str]:
    return [o.office_id for o in list_offices(ctx)]


def _latest_reports(s: Session, me: str) -> dict[str, Report]:
    """Per lower office: its report received last."""
    out: dict[str, Report] = {}
    rows = s.scalars(select(Report).where(Report.office_id != me, Report.received_at.is_not(None))
                     .order_by(Report.received_at)).all()
    for r in rows:
        out[r.office_id] = r
    return out


def list_offices(ctx: AppContext, include_revoked: bool = False) -> list[LowerOffice]:
    from ...domain.text import sort_key

    me = ctx.installation.office_id
    with ctx.session() as s:
        offices = s.scalars(select(Office).where(Office.relation == LOWER)).all()
        keys: dict[str, TrustedKey] = {}
        for k in s.scalars(select(TrustedKey).where(TrustedKey.relation == LOWER).order_by(TrustedKey.added_at)):
            current = keys.get(k.office_id)
            if current is None or current.revoked_at is not None or k.revoked_at is None:
                keys[k.office_id] = k
        pkg: dict[str | None, tuple[dt.datetime | None, int]] = {}
        for office_id, newest, count in s.execute(
                select(PackageLogEntry.sender_office_id, func.max(PackageLogEntry.processed_at), func.count())
                .where(PackageLogEntry.direction == "in").group_by(PackageLogEntry.sender_office_id)):
            pkg[office_id] = (newest, count)
        kinds: dict[str | None, str] = {}
        for e in s.scalars(select(PackageLogEntry).where(PackageLogEntry.direction == "in")
                           .order_by(PackageLogEntry.processed_at)):
            kinds[e.sender_office_id] = e.kind
        latest = _latest_reports(s, me)
        out: list[LowerOffice] = []
        for o in offices:
            key = keys.get(o.id)
            active = key is not None and key.revoked_at is None
            if not active and not include_revoked:
                continue
            last, n = pkg.get(o.id, (None, 0))
            r = latest.get(o.id)
            out.append(LowerOffice(
                office_id=o.id, name=o.name, level=o.level, level_label=str(LEVEL_LABELS.get(o.level, o.level)),
                unit_name=o.unit_name or "", fingerprint=key.fingerprint if key else "",
                key_id=key.key_id if key else "", registered_at=local_time(key.added_at) if key else None,
                registered_by=key.added_by if key else None, active=active,
                last_package_at=local_time(last), last_package_kind=kinds.get(o.id), packages_received=n,
                last_report_id=r.id if r else None, last_report_title=r.title if r else None,
                last_report_period=str(parse_period(r.period).message) if r else None,
                last_report_status=r.status if r else None,
                last_report_status_label=render(RECEIVED_STATUS_LABELS.get(r.status, r.status)) if r else None,
                last_report_received_at=local_time(r.received_at) if r else None))
    out.sort(key=lambda o: (not o.active, sort_key(o.name)))
    return out
