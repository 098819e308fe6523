"""Consent per data subject (issue 14, Deliver 1; Law 91/2025/QH15 art. 9-12).

    ConsentBook.load(s, at=date) -> ConsentBook          every live consent, read once
    book.valid(subject, purpose) -> Verdict               the one answer: has S valid consent for P at T?
    SubjectVerdicts.load(s, purpose, at) -> codes         the same answers for one purpose, computed in SQL
    has_valid_consent(ctx, kind, id, purpose, at) -> Verdict
    withdraw_consent(ctx, consent_id, on=date) -> None    takes effect at once, audited

Subjects are households (their head) and persons abroad. Rules, in order:
1. A consent is valid at T when it was given on or before T, is not withdrawn on or before T, and
   covers the purpose: its purposes list it, or it lists none (recorded before purposes existed,
   revision 0011: it covers what its scope text says; the processing register lists these for a
   person to check).
2. A person's own consents decide for that person whenever one of them covers the purpose (valid or
   withdrawn): a person abroad who withdrew is not covered by the household's consent.
3. Otherwise the household's consent (no person named) covers the head and every member: a
   convenience for families that consent together.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import case, func, literal, or_, select
from sqlalchemy.orm import Session

from ...domain.errors import DnndError
from ...domain.messages import translate
from ...domain.vocab import CONSENT_PURPOSES
from ...storage.dialect import streamed_rows
from ...storage.models import Consent

if TYPE_CHECKING:
    from ..app_context import AppContext

KEEPING, LISTS, SHARING = (t.code for t in CONSENT_PURPOSES)
PURPOSES = (KEEPING, LISTS, SHARING)

# Why a subject is not covered (codes; texts in REASON_TEXTS)
NO_CONSENT, WITHDRAWN, OTHER_PURPOSE, NOT_YET = "no_consent", "withdrawn", "other_purpose", "not_yet_given"
VALID = "valid"   # SubjectVerdicts' code for "covered"
REASON_TEXTS = {
    NO_CONSENT: translate("Consent", "no consent recorded"),
    WITHDRAWN: translate("Consent", "consent withdrawn"),
    OTHER_PURPOSE: translate("Consent", "consent given for other purposes only"),
    NOT_YET: translate("Consent", "consent dated later"),
}


@dataclass(frozen=True)
class Verdict:
    valid: bool
    reason: str | None = None          # why not (a code of REASON_TEXTS)

    def __bool__(self) -> bool:
        return self.valid


@dataclass(frozen=True)
class _Row:
    given: dt.date | None
    withdrawn: dt.date | None
    purposes: frozenset[str]           # empty: all (recorded before purposes existed)

    def covers(self, purpose: str) -> bool:
        return not self.purposes or purpose in self.purposes


def _verdict(rows: list[_Row], purpose: str, at: dt.date) -> Verdict | None:
    """None when no row speaks of `purpose` (another level may decide)."""
    relevant = [r for r in rows if r.covers(purpose)]
    if not relevant:
        return None
    if any(r.given is not None and r.given <= at and (r.withdrawn is None or r.withdrawn > at) for r in relevant):
        return Verdict(True)
    if any(r.withdrawn is not None and r.withdrawn <= at for r in relevant):
        return Verdict(False, WITHDRAWN)
    return Verdict(False, NOT_YET)


@dataclass
class ConsentBook:
    """Every live consent, read in one query, to answer for many subjects (an export of 100k rows)."""

    at: dt.date
    by_household: dict[str, list[_Row]] = field(default_factory=lambda: defaultdict(list))
    by_person: dict[str, list[_Row]] = field(default_factory=lambda: defaultdict(list))

    @classmethod
    def load(cls, s: Session, at: dt.date | None = None) -> ConsentBook:
        book = cls(at or dt.date.today())
        stmt = select(Consent.household_id, Consent.person_id, Consent.given_date, Consent.withdrawn_date,
                      Consent.purposes).where(Consent.deleted.is_(False))
        for household_id, person_id, given, withdrawn, purposes in s.execute(stmt):
            row = _Row(given, withdrawn, frozenset(p for p in (purposes or "").split(",") if p))
            (book.by_person[person_id] if person_id else book.by_household[household_id]).append(row)
        return book

    def household(self, household_id: str, purpose: str) -> Verdict:
        return self._household(household_id, purpose)

    def person(self, person_id: str, household_id: str | None, purpose: str) -> Verdict:
        own = _verdict(self.by_person.get(person_id, []), purpose, self.at)
        if own is not None:
            return own
        return self._household(household_id, purpose)

    def _household(self, household_id: str | None, purpose: str) -> Verdict:
        rows = self.by_household.get(household_id or "", [])
        found = _verdict(rows, purpose, self.at)
        if found is not None:
            return found
        return Verdict(False, OTHER_PURPOSE if rows else NO_CONSENT)


# A consent row's rank for one purpose at one date (SubjectVerdicts): the best rank of a subject's
# rows gives its verdict, the order `_verdict` checks them in.
_VALID_RANK, _WITHDRAWN_RANK, _RELEVANT_RANK, _OTHER_RANK = 3, 2, 1, 0
_CODES = {_VALID_RANK: VALID, _WITHDRAWN_RANK: WITHDRAWN, _RELEVANT_RANK: NOT_YET, _OTHER_RANK: OTHER_PURPOSE}


@dataclass(frozen=True)
class SubjectVerdicts:
    """Every subject's answer for one purpose at one date, as codes: VALID or a reason of
    REASON_TEXTS. The rules of `_verdict` and `ConsentBook`, for exports of 100k rows: the export
    then asks a dict per row instead of walking Python objects (tests/unit/test_consent_verdicts_sql.py
    holds the two to the same answers).

    `households`: the verdict of each household's own consents (no person named); a household
    missing from it has none (NO_CONSENT). `persons`: the verdict of a person's own consents, only
    for persons with one covering the purpose (the others follow their household)."""

    households: dict[str, str]
    persons: dict[str, str]

    @classmethod
    def load(cls, s: Session, purpose: str, at: dt.date | None = None) -> SubjectVerdicts:
        at = at or dt.date.today()
        # Lists the purpose: ",a,b," loses ",p," when it is there. replace() is case-sensitive on
        # both databases (LIKE is not on SQLite), as the Python set is; all empty parts: covers all.
        listed = literal(",") + Consent.purposes + literal(",")
        covers = or_(Consent.purposes.is_(None), func.replace(Consent.purposes, ",", "") == "",
                     func.replace(listed, f",{purpose},", "") != listed)
        # The database ranks each row (the date and purpose tests); the best rank per subject is
        # taken here. One plain read of the table, no WHERE and no GROUP BY: with them the planner
        # walked the index on the tombstone flag (its sampled statistics call it selective) and
        # sorted for the grouping: twice the time of reading every row once (issue 12's export).
        rank = case((Consent.deleted.is_(True), None),
                    (covers & (Consent.given_date <= at)
                     & (Consent.withdrawn_date.is_(None) | (Consent.withdrawn_date > at)), _VALID_RANK),
                    (covers & (Consent.withdrawn_date <= at), _WITHDRAWN_RANK),
                    (covers, _RELEVANT_RANK), else_=_OTHER_RANK)
        household_best: dict[str, int] = {}
        person_best: dict[str, int] = {}
        # (the driver's own rows where the database needs no conversion: storage/dialect.streamed_rows)
        rows = streamed_rows(s.connection(), select(Consent.household_id, Consent.person_id, rank))
        for household_id, person_id, r in rows:
            if r is None:   # a tombstone
                continue
            if person_id:   # a person's own consent speaks for them only where it covers the purpose
                if r > person_best.get(person_id, _OTHER_RANK):
                    person_best[person_id] = r
            elif r > household_best.get(household_id, -1):
                household_best[household_id] = r
        # (a person's own consent that is neither valid nor withdrawn is "not yet given")
        return cls({h: _CODES[r] for h, r in household_best.items()},
                   {p: _CODES[r] for p, r in person_best.items()})

    def household(self, household_id: str | None) -> str:
        return self.households.get(household_id or "", NO_CONSENT)

    def person(self, person_id: str, household_id: str | None) -> str:
        return self.persons.get(person_id) or self.household(household_id)


def has_valid_consent(ctx: AppContext, kind: str, record_id: str, purpose: str,
                      at: dt.date | None = None) -> Verdict:
    """The one question: has subject S (a household or a person abroad) valid consent for P at T?"""
    from ...storage.models import OverseasPerson

    if purpose not in PURPOSES:
        raise ValueError(purpose)
    with ctx.session() as s:
        book = ConsentBook.load(s, at)
        if kind == "person":
            household_id = s.scalar(select(OverseasPerson.household_id).where(OverseasPerson.id == record_id))
            return book.person(record_id, household_id, purpose)
        return book.household(record_id, purpose)


def withdraw_consent(ctx: AppContext, consent_id: str, on: dt.date | None = None) -> None:
    """Record the withdrawal (today by default): from that day the consent covers nothing, and the
    next export, print or list leaves the subject out. One transaction through the record writer,
    which audits it (action "update", field withdrawn_date, by the current user)."""
    from ..records import RecordService

    svc = RecordService(ctx)
    if svc.get("consent", consent_id).values.get("withdrawn_date"):
        raise DnndError(translate("Consent", "This consent was already withdrawn."), code="consent_withdrawn")
    svc.update("consent", consent_id, {"withdrawn_date": on or dt.date.today()})
