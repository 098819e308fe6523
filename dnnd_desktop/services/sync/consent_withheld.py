"""Sync packages leave out people without valid consent for "sharing" (issue 14, Deliver 1).

    screen = SharingScreen.open(s, recipient)     one read of the consents and of what was withheld
    screen.released                                ids withheld before whose consent is now valid
    screen.allows(kind, row)                       False: left out of the package, and remembered
    screen.result() -> ConsentExclusions           what the user is told: how many and who
    note_sent(s, screen)                           with mark_sent, once the package file exists

Who is screened: households and persons abroad, and what belongs to them (their contributions,
commendations, consents, activity participations, attached files). The consent of the person (or
of the household, for the household and members without their own word) decides, by the rules of
consent.py. Not screened: tombstones (an erasure must reach every office and they hold no personal
data), records going back to the office that made them (it collected them), and the other kinds.

A withheld record's writes are inside the package's knowledge vector all the same, so the
receiver's acknowledged point moves past them and no later incremental package would read them
again. They are therefore kept per receiving office in `sync_withheld` (ids and the subject whose
consent decides, no personal data): every package re-checks them and sends those whose consent has
become valid, whatever their change number (docs/privacy.md, "Sync packages and consent").

Names of the people left out go to the screen and the CLI's --json only (ExportResult.withheld),
never to logs or the package header.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from ...domain.formatting import format_number
from ...domain.messages import render, translate
from ...storage.models import Commendation, Consent, Contribution, OverseasPerson, SyncWithheld, utcnow
from ..privacy.consent import REASON_TEXTS, SHARING, ConsentBook, Verdict
from ..privacy.consent_filter import ConsentExclusions, ConsentScreen
from . import change_points

# Kinds whose rows are someone's personal data, or point at someone by id.
SCREENED_KINDS = frozenset({"household", "person", "contribution", "commendation", "consent", "activity_person",
                            "attachment"})
_OWNED: dict[str, type[Contribution] | type[Commendation] | type[Consent]] = {
    "contribution": Contribution, "commendation": Commendation, "consent": Consent}
_CHUNK = 500

# Switched off only by the test suite's older sync tests, whose people never consented (conftest).
ENABLED = True


@dataclass(frozen=True)
class Subject:
    """Whose consent decides for a record: a person abroad (in a household) or a household."""

    household_id: str | None
    person_id: str | None = None


@dataclass
class SharingScreen:
    recipient: str
    book: ConsentBook
    s: Session
    previously: dict[str, Subject] = field(default_factory=dict)   # listed for this recipient before
    never_sent: set[str] = field(default_factory=set)               # of those, not sent yet at all
    acknowledged: list[str] = field(default_factory=list)           # sent, and the recipient has said so
    withheld: dict[str, tuple[str, Subject]] = field(default_factory=dict)
    sent: set[str] = field(default_factory=set)
    _names: ConsentScreen | None = None
    _households_of: dict[str, str | None] | None = None
    _verdicts: dict[Subject, Verdict] = field(default_factory=dict)

    @classmethod
    def open(cls, s: Session, recipient: str) -> SharingScreen:
        screen = cls(recipient, ConsentBook.load(s), s)
        screen._names = ConsentScreen(screen.book, SHARING)
        acked = change_points.acknowledged(s, recipient)
        for rid, hid, pid, sent_seq in s.execute(
                select(SyncWithheld.record_id, SyncWithheld.household_id, SyncWithheld.person_id,
                       SyncWithheld.sent_seq).where(SyncWithheld.office_id == recipient)):
            if sent_seq is not None and acked is not None and sent_seq <= acked:
                screen.acknowledged.append(rid)
                continue
            screen.previously[rid] = Subject(hid, pid)
            if sent_seq is None:
                screen.never_sent.add(rid)
        return screen

    @property
    def released(self) -> frozenset[str]:
        """Records withheld before whose subject's consent is valid now: they go whatever their version."""
        return frozenset(rid for rid, subj in self.previously.items() if self.verdict(subj))

    def verdict(self, subject: Subject) -> Verdict:
        found = self._verdicts.get(subject)   # a household is asked again for each member and record
        if found is None:
            found = (self.book.person(subject.person_id, subject.household_id, SHARING) if subject.person_id
                     else self.book.household(subject.household_id or "", SHARING))
            self._verdicts[subject] = found
        return found

    def allows(self, kind: str, row: Mapping[Any, Any]) -> bool:
        if kind not in SCREENED_KINDS:
            return True
        rid = row["id"]
        subject = None if row["deleted"] or row["origin_office_id"] == self.recipient else self.subject(kind, row)
        if subject is None or self.verdict(subject) or self._tells_withdrawal(kind, row, subject):
            self.sent.add(rid)
            return True
        self.withheld[rid] = (kind, subject)
        names = self._names
        assert names is not None
        if kind == "household":
            names.keep_household(dict(row))          # counts it, with its name for the user
        elif kind == "person":
            names.keep_person(dict(row))
        return False

    def _tells_withdrawal(self, kind: str, row: Mapping[Any, Any], subject: Subject) -> bool:
        """A withdrawn consent goes to an office that may hold its subject (not withheld from it by
        an earlier package): there the subject is then withheld from onward packages too
        (docs/privacy.md, "Sync packages and consent")."""
        if kind != "consent" or row["withdrawn_date"] is None:
            return False
        ids = {subject.household_id, subject.person_id} - {None}
        return not any(i in self.never_sent for i in ids)

    def subject(self, kind: str, row: Mapping[Any, Any]) -> Subject | None:
        if kind == "household":
            return Subject(row["id"])
        if kind == "person":
            return Subject(row["household_id"], row["id"])
        if kind in _OWNED:
            return self._of(row.get("household_id"), row.get("person_id"))
        if kind == "activity_person":
            return self._of(None, row["person_id"])
        return self._owner_of_attachment(row["record_kind"], row["record_id"])

    def _of(self, household_id: str | None, person_id: str | None) -> Subject | None:
        if person_id:
            return Subject(household_id or self._household_of(person_id), person_id)
        return Subject(household_id) if household_id else None

    def _household_of(self, person_id: str) -> str | None:
        if self._households_of is None:   # read once, when the first record needs it
            rows = self.s.execute(select(OverseasPerson.id, OverseasPerson.household_id))
            self._households_of = {pid: hid for pid, hid in rows}
        return self._households_of.get(person_id)

    def _owner_of_attachment(self, kind: str, record_id: str) -> Subject | None:
        if kind == "household":
            return Subject(record_id)
        if kind == "person":
            return self._of(None, record_id)
        model = _OWNED.get(kind)
        if model is None:
            return None
        owner = self.s.execute(select(model.household_id, model.person_id).where(model.id == record_id)).first()
        return self._of(owner[0], owner[1]) if owner is not None else None

    def result(self) -> ConsentExclusions:
        assert self._names is not None
        return self._names.result()

    @property
    def other_records(self) -> int:
        """Records left out with them (contributions, consents, attachments…)."""
        return sum(1 for kind, _ in self.withheld.values() if kind not in ("household", "person"))


def note_sent(s: Session, screen: SharingScreen, point: int | None) -> None:
    """The package (made at change number `point`) exists: what was left out is remembered; what
    went stays listed, marked with `point`, until the recipient acknowledges that package (a lost
    package must not lose them: their change numbers are below the acknowledged point), and goes
    again in every package until then."""
    def chunks(ids: list[str]) -> Iterable[list[str]]:
        return (ids[i:i + _CHUNK] for i in range(0, len(ids), _CHUNK))

    of_recipient = SyncWithheld.office_id == screen.recipient
    for part in chunks(sorted(screen.acknowledged)):
        s.execute(delete(SyncWithheld).where(of_recipient, SyncWithheld.record_id.in_(part)))
    # Released records count as gone whether they went or not: one purged since, or no longer due
    # to this office, must not be listed for ever. One withheld again is listed as never sent.
    went = sorted(((screen.sent | screen.released) & set(screen.previously)) - set(screen.withheld))
    for part in chunks(went):
        if point is None:
            s.execute(delete(SyncWithheld).where(of_recipient, SyncWithheld.record_id.in_(part)))
        else:
            s.execute(update(SyncWithheld).where(of_recipient, SyncWithheld.record_id.in_(part))
                      .values(sent_seq=point))
    again = sorted(set(screen.withheld) & (set(screen.previously) - screen.never_sent))
    for part in chunks(again):
        s.execute(update(SyncWithheld).where(of_recipient, SyncWithheld.record_id.in_(part)).values(sent_seq=None))
    now = utcnow()
    new = [{"office_id": screen.recipient, "record_id": rid, "record_kind": kind, "household_id": subj.household_id,
            "person_id": subj.person_id, "withheld_at": now}
           for rid, (kind, subj) in screen.withheld.items() if rid not in screen.previously]
    if new:
        s.execute(SyncWithheld.__table__.insert(), new)  # type: ignore[attr-defined]



def withheld_lines(excl: ConsentExclusions | Mapping[str, Any] | None, shown: int = 20) -> list[str]:
    """Who was left out of a sync package, and why, for the screen and the CLI (names only).
    Takes ExportResult.withheld or its to_dict() (usb-sync's result)."""
    if excl is None:
        return []
    d = excl.to_dict() if isinstance(excl, ConsentExclusions) else excl
    total = int(d["households"]) + int(d["persons"])
    if not total:
        return []
    lines = [str(translate("Sync", "Not sent for want of valid consent to share their data in packages: "
                                   "{households} households, {persons} persons abroad, with what belongs to them. "
                                   "They go in the first package after the consent is recorded.")
                 .format(households=format_number(d["households"]), persons=format_number(d["persons"])))]
    listed = d["listed"][:shown]
    lines += [f"  - {e['name']}: {render(REASON_TEXTS[e['reason']])}" for e in listed]
    more = total - len(listed)
    if more > 0:
        lines.append(str(translate("Sync", "  … and {count} more.").format(count=format_number(more))))
    return lines
