"""Leave out of an export the people without valid consent for its purpose (issue 14, Deliver 1).

    screen = ConsentScreen.open(s, purpose)            one read of the consents
    screen.keep_household(row) / keep_person(row)     False: left out, and counted in `excluded`
    screen.left_out(kind, id, name, reason)           the same for a verdict found elsewhere
                                                      (SubjectVerdicts: the households export)
    screen.result() -> ConsentExclusions               what the user is told: count and who, and why

Builders call it with a one-line edit per record stream. Who is excluded is shown by name and the
reason only (never a sensitive value); report figures never go through here, so they still count
everyone, anonymously.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from ...domain.messages import render
from .consent import REASON_TEXTS, ConsentBook

MAX_LISTED = 200   # the list shown is cut here; the count is always whole


@dataclass(frozen=True)
class Excluded:
    kind: str          # household / person
    id: str
    name: str
    reason: str        # a code of consent.REASON_TEXTS

    def to_dict(self) -> dict[str, str]:
        return {"kind": self.kind, "id": self.id, "name": self.name, "reason": self.reason,
                "reason_text": render(REASON_TEXTS[self.reason])}


@dataclass
class ConsentExclusions:
    purpose: str
    households: int = 0
    persons: int = 0
    listed: list[Excluded] = field(default_factory=list)

    @property
    def total(self) -> int:
        return self.households + self.persons

    def to_dict(self) -> dict[str, Any]:
        return {"purpose": self.purpose, "households": self.households, "persons": self.persons,
                "listed": [e.to_dict() for e in self.listed]}


class ConsentScreen:
    def __init__(self, book: ConsentBook | Callable[[], ConsentBook], purpose: str):
        self._book = book
        self.out = ConsentExclusions(purpose)
        self._seen: set[str] = set()

    @classmethod
    def open(cls, s: Session, purpose: str, at: dt.date | None = None) -> ConsentScreen:
        """The consents are read when first asked about (the households export asks SQL instead)."""
        return cls(lambda: ConsentBook.load(s, at), purpose)

    @property
    def book(self) -> ConsentBook:
        if not isinstance(self._book, ConsentBook):
            self._book = self._book()
        return self._book

    def left_out(self, kind: str, rid: str, name: str | None, reason: str | None) -> bool:
        """Count (once per subject) and list someone left out; False, for `keep_*` to return."""
        if rid not in self._seen:   # a household repeated on several rows is counted once
            self._seen.add(rid)
            if kind == "household":
                self.out.households += 1
            else:
                self.out.persons += 1
            if len(self.out.listed) < MAX_LISTED:
                self.out.listed.append(Excluded(kind, rid, name or "", reason or ""))
        return False

    def keep_household(self, row: dict[str, Any]) -> bool:
        verdict = self.book.household(row["id"], self.out.purpose)
        return True if verdict else self.left_out("household", row["id"], row.get("head_name"), verdict.reason)

    def keep_person(self, row: dict[str, Any]) -> bool:
        verdict = self.book.person(row["id"], row.get("household_id"), self.out.purpose)
        return True if verdict else self.left_out("person", row["id"], row.get("full_name"), verdict.reason)

    def keep(self, kind: str, row: dict[str, Any]) -> bool:
        """Any list row: households and persons are screened; records owned by them (contributions,
        commendations) follow their person or household; other kinds hold no one's data."""
        if kind == "household":
            return self.keep_household(row)
        if kind == "person":
            return self.keep_person(row)
        if kind in ("contribution", "commendation"):
            if row.get("person_id"):
                return bool(self.book.person(row["person_id"], row.get("household_id"), self.out.purpose))
            if row.get("household_id"):
                return bool(self.book.household(row["household_id"], self.out.purpose))
        return True

    def result(self) -> ConsentExclusions:
        return self.out
