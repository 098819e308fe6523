"""Office-added vocabulary terms in sync packages (issue 12: a term an office adds to its lists,
e.g. when an Excel import meets a value not in a vocabulary, travels up with its packages).

File `vocabulary.json` of a `sync` package, only when there are terms to send:

    [{"id", "vocabulary", "code", "label", "active", "origin_office_id"}, ...]

Who receives what applies as for records: terms go up only (to an office above the sender), and
they are the sender's own (`source` "local", origin its office or none, from before revision 0007)
and those of the offices below it that reached it. Only terms changed since the recipient's
acknowledged change number are read. The receiver keeps each term under its id, with its origin
office, as a local term: values using it are valid there, and it goes further up from there.
"""
from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictStr, TypeAdapter, ValidationError
from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ...domain.messages import translate
from ...domain.vocab import vocabulary_names
from ...storage.models import VocabTerm
from ..sync.recipients import below, holdable_owners, is_above_me, known_offices
from ..sync.wire_schema import LowerUuid
from .common import ContentInvalid, Outcome

VOCAB_FILE = "vocabulary.json"
LOCAL = "local"
MAX_TERMS = 20_000
OUTCOME_KIND = "vocab_term"


class WireTerm(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)

    id: LowerUuid
    vocabulary: Annotated[StrictStr, Field(min_length=1, max_length=40)]
    code: Annotated[StrictStr, Field(min_length=1, max_length=60)]
    label: Annotated[StrictStr, Field(min_length=1, max_length=300)]
    active: StrictBool
    origin_office_id: LowerUuid


_TERMS = TypeAdapter(Annotated[list[WireTerm], Field(max_length=MAX_TERMS)])


def terms_for(s: Session, me: str, recipient: str, since: int | None) -> list[dict[str, Any]]:
    """The terms of ours and of the offices below us for an office above us (none for others)."""
    office, known = known_offices(s)
    if not is_above_me(recipient, office, known):
        return []
    owners = sorted(below(office, office, known))
    q = select(VocabTerm).where(VocabTerm.source == LOCAL,
                                or_(VocabTerm.origin_office_id.is_(None), VocabTerm.origin_office_id.in_(owners)))
    if since is not None:
        q = q.where(VocabTerm.change_seq > since)
    return [{"id": t.id, "vocabulary": t.vocabulary, "code": t.code, "label": t.label, "active": bool(t.active),
             "origin_office_id": t.origin_office_id or me} for t in s.scalars(q.order_by(VocabTerm.id))]


def parse_terms(data: Any) -> list[WireTerm]:
    try:
        terms = _TERMS.validate_python(data)
    except ValidationError as e:
        raise ContentInvalid(VOCAB_FILE, f"{e.error_count()} problems") from None
    names = set(vocabulary_names())
    for t in terms:
        if t.vocabulary not in names:
            raise ContentInvalid(translate("PackageErrors", "unknown vocabulary"), t.vocabulary)
    return terms


def apply_terms(s: Session, terms: list[WireTerm], sender_office_id: str, outcome: Outcome) -> None:
    """Keep each term under its id. Only terms of the sender or of offices below it are taken (an
    office speaks for itself and those below it, never for another office)."""
    allowed = holdable_owners(s) | {sender_office_id}
    for t in terms:
        if t.origin_office_id not in allowed:
            outcome.count(OUTCOME_KIND, "rejected")
            continue
        row = s.get(VocabTerm, t.id)
        if row is None:
            s.add(VocabTerm(id=t.id, vocabulary=t.vocabulary, code=t.code, label=t.label, source=LOCAL,
                            active=t.active, origin_office_id=t.origin_office_id))
            outcome.count(OUTCOME_KIND, "new")
        elif row.origin_office_id != t.origin_office_id:
            outcome.count(OUTCOME_KIND, "rejected")
        elif (row.label, row.active) != (t.label, t.active):
            row.label, row.active = t.label, t.active
            outcome.count(OUTCOME_KIND, "updated")
        else:
            outcome.count(OUTCOME_KIND, "unchanged")
