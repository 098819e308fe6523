"""Identity cards and the trust store (DESIGN.md, "Packages" / Trust).

An identity card is this installation's public face: office id, name, level, site, public keys and
their fingerprint (6 groups of 5 digits). Cards travel as small JSON files (email, USB) and carry
no secret. Another office is trusted only after a person compared the fingerprint by phone: a
mismatch is refused. Signer keys for packages come only from here (`trust_lookup`), with the kinds
each office may sign decided by its level and relation to us:

    parent at province level  -> tasks, report (answers to our reports), sync, identity
    any other parent          -> report (answers), sync, identity
    lower office              -> report, sync, identity
    peer                      -> sync, identity

so a district key signing a `tasks` package is refused by the container.

Public API (plain data out, never ORM objects):
    identity_card(ctx) -> IdentityCard                      this installation's card
    write_identity_card(ctx, path) -> IdentityCard          atomic write of the card file
    read_identity_card(source: path | bytes) -> IdentityCard   strict parse and self-consistency
    trust_card(ctx, card, fingerprint, relation=None) -> TrustedOffice   refuses on mismatch
    list_trusted(ctx, include_revoked=True) -> list[TrustedOffice]
    revoke(ctx, key) -> TrustedOffice                       key: trust row id, key id or office id
    trust_lookup(session, now=None) -> TrustLookup          for the package container
    recipient_for(session, office_id) -> Recipient          the newest active key of an office
    normalise_fingerprint(text) -> str                      "12345 67890 …" from any spacing
"""
from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypedDict

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.errors import DnndError, NotFound, ValidationError
from ..domain.messages import render, translate
from ..domain.roles import COMMUNE, DISTRICT, LEVELS, PROVINCE
from ..exchange.atomic_files import write_bytes_atomically
from ..exchange.keys import PublicKeys, PublicKeysInvalid, fingerprint, key_id
from ..exchange.package import PackageError, Recipient, TrustedSigner, TrustLookup
from ..exchange.package.strict_json import dumps_canonical, loads_strict
from ..storage.models import Installation, Office, TrustedKey, utcnow
from .audit import write_audit

if TYPE_CHECKING:
    from .app_context import AppContext

CARD_FORMAT = "dnnd-identity"
CARD_VERSION = 1
CARD_SUFFIX = ".dnndid"
MAX_CARD_BYTES = 64 * 1024
KINDS_ALL = frozenset({"report", "sync", "tasks", "identity"})

PARENT, LOWER, PEER, SELF = "parent", "lower", "peer", "self"
RELATIONS = (PARENT, LOWER, PEER)
RELATION_LABELS = {PARENT: translate("Trust", "Parent office"), LOWER: translate("Trust", "Lower office"),
                   PEER: translate("Trust", "Peer office")}
_RELATION_IN_TEXT = {PARENT: translate("Trust", "parent office"), LOWER: translate("Trust", "lower office"),
                     PEER: translate("Trust", "peer office")}
_RANK = {PROVINCE: 3, DISTRICT: 2, COMMUNE: 1}

_CARD_FIELDS = {"format", "version", "office_id", "site_id", "name", "level", "province_code",
                "unit_name", "keys", "fingerprint", "created"}
_ID_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,63}")


class IdentityCardInvalid(ValidationError):
    code = "identity_card_invalid"

    def __init__(self, reason: str) -> None:
        super().__init__(translate("TrustErrors", "The identity card file is not valid or is damaged. Ask the other "
                                   "office to export its identity card again («Identity card» → «Export card») and "
                                   "send it again."), details={"reason": reason})


class FingerprintMismatch(DnndError):
    code = "fingerprint_mismatch"

    def __init__(self, expected: str, given: str) -> None:
        super().__init__(translate(
            "TrustErrors", "The fingerprint does not match the identity card. Do NOT trust this card: it may have "
            "been changed on the way. Call the other office, read the groups of digits again one by one and receive "
            "the identity card again."), details={"card_fingerprint": expected, "given": given})


class TrustRefused(DnndError):
    code = "trust_refused"


# ------------------------------------------------------------------------------------------ cards


class IdentityCardJson(TypedDict):
    """A card as its file holds it (and as trust rows and tasks packages keep it)."""

    format: str
    version: int
    office_id: str
    site_id: str
    name: str
    level: str
    province_code: int | None
    unit_name: str
    keys: dict[str, str]
    fingerprint: str
    created: str


@dataclass(frozen=True)
class IdentityCard:
    office_id: str
    site_id: str
    name: str
    level: str
    province_code: int | None
    unit_name: str
    sign_pk: bytes
    box_pk: bytes
    created: str  # "YYYY-MM-DDTHH:MM:SSZ"

    @property
    def fingerprint(self) -> str:
        return fingerprint(PublicKeys(self.sign_pk, self.box_pk))

    @property
    def key_id(self) -> str:
        return key_id(self.sign_pk)

    def to_dict(self) -> IdentityCardJson:
        return {
            "format": CARD_FORMAT, "version": CARD_VERSION, "office_id": self.office_id,
            "site_id": self.site_id, "name": self.name, "level": self.level,
            "province_code": self.province_code, "unit_name": self.unit_name,
            "keys": PublicKeys(self.sign_pk, self.box_pk).to_dict(), "fingerprint": self.fingerprint,
            "created": self.created,
        }

    def encode(self) -> bytes:
        return dumps_canonical(self.to_dict())


def _now_text() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def identity_card(ctx: AppContext) -> IdentityCard:
    with ctx.session() as s:
        return card_from_session(s)


def card_from_session(s: Session) -> IdentityCard:
    inst = s.get_one(Installation, 1)   # setup writes it with the office's row; neither is ever deleted
    office = s.get_one(Office, inst.office_id)
    return IdentityCard(
        office_id=office.id, site_id=inst.site_id, name=office.name, level=office.level,
        province_code=office.province_code, unit_name=office.unit_name or "",
        sign_pk=bytes(inst.sign_pk), box_pk=bytes(inst.box_pk), created=_now_text(),
    )


def write_identity_card(ctx: AppContext, path: str | os.PathLike[str]) -> IdentityCard:
    card = identity_card(ctx)
    write_bytes_atomically(Path(path), card.encode() + b"\n")
    return card


def parse_card(obj: object) -> IdentityCard:
    """A card from already-parsed JSON (also used for the trust data inside tasks packages)."""
    if not isinstance(obj, dict) or set(obj) != _CARD_FIELDS:
        raise IdentityCardInvalid("fields missing or unknown")
    if obj["format"] != CARD_FORMAT:
        raise IdentityCardInvalid("not an identity card")
    if type(obj["version"]) is not int or obj["version"] > CARD_VERSION:
        raise DnndError(translate(
            "TrustErrors", "The identity card was made by a newer version of the app than the one on this computer. "
            "Update the app on this computer to the newest version and open the card again."), code="newer_format")
    for name in ("office_id", "site_id"):
        if not isinstance(obj[name], str) or not _ID_RE.fullmatch(obj[name]):
            raise IdentityCardInvalid(f"{name} is not a valid id")
    if not isinstance(obj["name"], str) or not 0 < len(obj["name"]) <= 300:
        raise IdentityCardInvalid("name")
    if obj["level"] not in LEVELS:
        raise IdentityCardInvalid("level")
    pc = obj["province_code"]
    if pc is not None and (type(pc) is not int or not 0 < pc < 1000):
        raise IdentityCardInvalid("province_code")
    if not isinstance(obj["unit_name"], str) or len(obj["unit_name"]) > 200:
        raise IdentityCardInvalid("unit_name")
    if not isinstance(obj["created"], str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z",
                                                               obj["created"]):
        raise IdentityCardInvalid("created")
    try:
        keys = PublicKeys.from_dict(obj["keys"])
    except PublicKeysInvalid as e:
        raise IdentityCardInvalid(f"keys: {e.details.get('reason')}") from e
    card = IdentityCard(obj["office_id"], obj["site_id"], obj["name"], obj["level"], pc, obj["unit_name"],
                        keys.sign_pk, keys.box_pk, obj["created"])
    # The printed fingerprint must be the keys' own: a card edited by hand is refused outright.
    if obj["fingerprint"] != card.fingerprint:
        raise IdentityCardInvalid("fingerprint field does not match the keys")
    return card


def read_identity_card(source: str | os.PathLike[str] | bytes | bytearray) -> IdentityCard:
    if isinstance(source, (bytes, bytearray)):
        data = bytes(source)
    else:
        path = Path(source)
        try:
            if path.stat().st_size > MAX_CARD_BYTES:
                raise IdentityCardInvalid("file too large")
            data = path.read_bytes()
        except FileNotFoundError as e:
            raise NotFound(translate("TrustErrors", "The identity card file «{path}» was not found. Check the path.")
                           .format(path=path), code="file_not_found") from e
    if len(data) > MAX_CARD_BYTES:
        raise IdentityCardInvalid("too large")
    try:
        obj = loads_strict(data.strip(), error_code="header_invalid", what="identity card")
    except PackageError as e:
        raise IdentityCardInvalid(e.reason) from e
    return parse_card(obj)


# ----------------------------------------------------------------------------------------- trust


@dataclass(frozen=True)
class TrustedOffice:
    """One row of the Trust page."""

    id: str
    office_id: str
    office_name: str
    level: str
    relation: str
    relation_label: str
    site_id: str | None
    key_id: str
    fingerprint: str
    allowed_kinds: tuple[str, ...]
    added_at: dt.datetime
    added_by: str | None
    expires_at: dt.datetime | None
    revoked_at: dt.datetime | None

    @property
    def active(self) -> bool:
        return self.revoked_at is None

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["active"] = self.active
        return d


def normalise_fingerprint(text: str) -> str:
    digits = re.sub(r"\D", "", text or "")
    return " ".join(digits[i:i + 5] for i in range(0, len(digits), 5))


def default_relation(my_level: str, their_level: str) -> str:
    mine, theirs = _RANK.get(my_level, 0), _RANK.get(their_level, 0)
    if theirs > mine:
        return PARENT
    if theirs < mine:
        return LOWER
    return PEER


def allowed_kinds(level: str, relation: str) -> frozenset[str]:
    if relation == PARENT:
        kinds = {"report", "sync", "identity"}
        if level == PROVINCE:
            kinds.add("tasks")
        return frozenset(kinds)
    if relation == LOWER:
        return frozenset({"report", "sync", "identity"})
    if relation == PEER:
        return frozenset({"sync", "identity"})
    return frozenset()


def _info(row: TrustedKey) -> TrustedOffice:
    return TrustedOffice(
        id=row.id, office_id=row.office_id, office_name=row.office_name, level=row.level,
        relation=row.relation, relation_label=render(RELATION_LABELS.get(row.relation, row.relation)),
        site_id=row.site_id, key_id=row.key_id, fingerprint=row.fingerprint,
        allowed_kinds=tuple(sorted(allowed_kinds(row.level, row.relation))), added_at=row.added_at,
        added_by=row.added_by, expires_at=row.expires_at, revoked_at=row.revoked_at,
    )


def trust_card(ctx: AppContext, card: IdentityCard, fingerprint: str, relation: str | None = None, *,
               restore_revoked: bool = False) -> TrustedOffice:
    """Add an office's keys to the trust store after the person compared the fingerprint.

    Refused (nothing written) when the fingerprint differs, the card is our own, or the office id is
    known with another relation. Trusting the same key again only refreshes its card. A revoked key
    is trusted again only with `restore_revoked` (an explicit, confirmed and audited action: a
    revocation is never undone by receiving a card). Trusting new keys of an office retires its
    other keys (revoked, audited): one office, one trusted key."""
    given = normalise_fingerprint(fingerprint)
    if given != card.fingerprint:
        raise FingerprintMismatch(card.fingerprint, given)
    if relation is not None and relation not in RELATIONS:
        raise ValidationError(translate("TrustErrors", "The relation to the office must be parent, lower or peer."),
                              field_errors={"relation": relation}, code="bad_relation")
    with ctx.session() as s:
        inst = s.get_one(Installation, 1)
        me = s.get_one(Office, inst.office_id)
        if card.office_id == me.id or bytes(inst.sign_pk) == card.sign_pk:
            raise TrustRefused(translate("TrustErrors", "This is your own office's identity card. Choose the card of "
                                         "another office."))
        relation = relation or default_relation(me.level, card.level)
        office = s.get(Office, card.office_id)
        if office is not None and office.relation != relation:
            raise TrustRefused(translate(
                "TrustErrors", "The office «{office}» is recorded as {relation}; it cannot be trusted again as "
                "{new_relation}. Check the identity card.").format(
                office=office.name, relation=RELATION_LABELS.get(office.relation, office.relation),
                new_relation=_RELATION_IN_TEXT[relation]), code="trust_refused")
        if relation == PARENT:
            other_parent = s.scalars(select(Office).where(Office.relation == PARENT,
                                                          Office.id != card.office_id)).first()
            if other_parent is not None:
                raise TrustRefused(translate(
                    "TrustErrors", "This office already has a parent office, «{office}». An office has only one "
                    "parent; revoke trust in the old parent first if it really changed.")
                    .format(office=other_parent.name), code="trust_refused")
        now = utcnow()
        if office is None:
            office = Office(id=card.office_id, relation=relation, name=card.name, level=card.level,
                            province_code=card.province_code, unit_name=card.unit_name or None,
                            parent_office_id=me.id if relation == LOWER else None)
            s.add(office)
        else:
            office.name, office.level = card.name, card.level
            office.province_code, office.unit_name = card.province_code, card.unit_name or None
        if relation == PARENT:
            me.parent_office_id = card.office_id
        row = s.scalars(select(TrustedKey).where(TrustedKey.office_id == card.office_id,
                                                 TrustedKey.key_id == card.key_id)).first()
        if row is None:
            row = TrustedKey(office_id=card.office_id, key_id=card.key_id, sign_pk=card.sign_pk,
                             box_pk=card.box_pk, added_at=now, added_by=ctx.user_name)
            s.add(row)
        elif row.box_pk != card.box_pk:
            raise TrustRefused(translate("TrustErrors", "This identity card has an encryption key other than the one "
                                         "trusted before for the same signing key. Contact the other office to "
                                         "check."), code="trust_refused")
        elif row.revoked_at is not None and not restore_revoked:
            raise TrustRefused(translate(
                "TrustErrors", "The key of «{office}» on this card was revoked on {date}. It is not trusted again "
                "by receiving a card: if the office really got its laptop back and the key is safe, use «Trust a "
                "revoked key again» (command «dnnd trust --restore-revoked») after calling the office.").format(
                office=row.office_name, date=row.revoked_at.strftime("%d/%m/%Y")), code="key_revoked")
        restored = row.revoked_at is not None
        row.office_name, row.level, row.relation = card.name, card.level, relation
        row.site_id, row.fingerprint, row.card = card.site_id, card.fingerprint, dict(card.to_dict())
        row.revoked_at = None
        row.expires_at = None   # a fresh phone check renews trust data that had expired
        s.flush()
        for other in s.scalars(select(TrustedKey).where(TrustedKey.office_id == card.office_id,
                                                        TrustedKey.key_id != card.key_id,
                                                        TrustedKey.revoked_at.is_(None))):
            other.revoked_at = now   # the office's old key: replaced by the one just checked by phone
            write_audit(s, ctx, "trust_revoke", "office", other.office_id,
                        details=str(translate("Trust", "{office} — key {key_id} replaced by a new card")
                                    .format(office=other.office_name, key_id=other.key_id)))
        write_audit(s, ctx, "trust_restore" if restored else "trust_add", "office", card.office_id,
                    details=str(translate("Trust", "{office} — {relation} — key {key_id}, fingerprint {fingerprint}")
                                .format(office=card.name, relation=RELATION_LABELS[relation], key_id=card.key_id,
                                        fingerprint=card.fingerprint)))
        return _info(row)


def list_trusted(ctx: AppContext, include_revoked: bool = True) -> list[TrustedOffice]:
    with ctx.session() as s:
        q = select(TrustedKey).order_by(TrustedKey.relation, TrustedKey.office_name, TrustedKey.added_at)
        if not include_revoked:
            q = q.where(TrustedKey.revoked_at.is_(None))
        return [_info(r) for r in s.scalars(q)]


def revoke(ctx: AppContext, key: str) -> TrustedOffice:
    """Revoke trust in a key (row id or key id) or in every key of an office (office id)."""
    with ctx.session() as s:
        rows = s.scalars(select(TrustedKey).where(
            (TrustedKey.id == key) | (TrustedKey.key_id == key) | (TrustedKey.office_id == key))).all()
        if not rows:
            raise NotFound(translate("TrustErrors", "There is no office or key «{key}» in the trust list. See the "
                                     "list on the Trust page.").format(key=key), code="not_trusted")
        now = utcnow()
        for r in rows:
            if r.revoked_at is None:
                r.revoked_at = now
                write_audit(s, ctx, "trust_revoke", "office", r.office_id,
                            details=str(translate("Trust", "{office} — key {key_id}")
                                        .format(office=r.office_name, key_id=r.key_id)))
        s.flush()
        return _info(rows[0])


def trust_lookup(s: Session, now: dt.datetime | None = None) -> TrustLookup:
    """A lookup over the trust store as it is now (plus our own key, for our archive copies).

    A key whose trust data has expired (`expires_at` at or before `now`, naive UTC) is answered as
    unknown; `expired_key(s, key_id, now)` tells the importer to explain it as expired instead."""
    inst = s.get_one(Installation, 1)
    me = s.get_one(Office, inst.office_id)
    signers: dict[str, TrustedSigner] = {}
    for r in s.scalars(select(TrustedKey)):
        if r.expires_at is not None and now is not None and r.expires_at <= now and r.revoked_at is None:
            continue
        signer = TrustedSigner(r.office_id, bytes(r.sign_pk), allowed_kinds(r.level, r.relation),
                               revoked=r.revoked_at is not None)
        if r.key_id not in signers or signers[r.key_id].revoked:
            signers[r.key_id] = signer
    own = key_id(bytes(inst.sign_pk))
    signers[own] = TrustedSigner(me.id, bytes(inst.sign_pk), KINDS_ALL)
    return signers.get


def expired_key(s: Session, kid: str, now: dt.datetime) -> TrustedKey | None:
    return s.scalars(select(TrustedKey).where(TrustedKey.key_id == kid, TrustedKey.revoked_at.is_(None),
                                              TrustedKey.expires_at <= now)).first()


def active_key(s: Session, office_id: str) -> TrustedKey | None:
    return s.scalars(select(TrustedKey).where(TrustedKey.office_id == office_id,
                                              TrustedKey.revoked_at.is_(None))
                     .order_by(TrustedKey.added_at.desc())).first()


def recipient_for(s: Session, office_id: str) -> Recipient:
    row = active_key(s, office_id)
    if row is None:
        raise NotFound(translate("TrustErrors", "The office «{office_id}» is not in the trust list (or its key was "
                                 "revoked). Receive that office's identity card and trust it after comparing the "
                                 "fingerprint.").format(office_id=office_id), code="recipient_not_trusted")
    return Recipient(row.office_id, bytes(row.box_pk))
