"""The consent verdicts computed in SQL for large exports (`SubjectVerdicts`) give, subject by
subject, the same answer as the one rule in Python (`ConsentBook`), for every purpose and on days
before, on and after the dates involved, including the messy rows real stores hold: a consent
without purposes, one whose purposes are only commas, a code in the wrong case, a withdrawn one
beside a valid one, one dated later, tombstoned rows."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import insert

from dnnd_desktop.services.privacy.consent import (
    NO_CONSENT,
    NOT_YET,
    OTHER_PURPOSE,
    PURPOSES,
    VALID,
    WITHDRAWN,
    ConsentBook,
    SubjectVerdicts,
)
from dnnd_desktop.services.record_writer import RecordWriter
from dnnd_desktop.storage.models import Consent, Household, OverseasPerson

D = dt.date(2025, 6, 15)
DAY = dt.timedelta(days=1)

# household -> [(person index or None, given, withdrawn, purposes, deleted)]
CASES: dict[str, list[tuple[int | None, dt.date | None, dt.date | None, str | None, bool]]] = {
    "none": [],
    "lists": [(None, D, None, "keeping,lists", False)],
    "no purposes": [(None, D, None, None, False)],
    "empty purposes": [(None, D, None, "", False)],
    "only commas": [(None, D, None, ",,", False)],
    "wrong case": [(None, D, None, "Lists", False)],
    "other purpose": [(None, D, None, "sharing", False)],
    "withdrawn": [(None, D - 9 * DAY, D, "lists", False)],
    "withdrawn and valid": [(None, D - 9 * DAY, D, "lists", False), (None, D + DAY, None, "lists,sharing", False)],
    "later": [(None, D + 3 * DAY, None, "lists", False)],
    "no date": [(None, None, None, "lists", False)],
    "tombstone": [(None, D, None, "lists", True)],
    "person withdrew": [(None, D - DAY, None, "lists", False), (0, D - 5 * DAY, D, "lists,sharing", False)],
    "person own only": [(1, D, None, "sharing", False)],
    "person other purpose": [(None, D, None, "lists", False), (0, D, None, "keeping", False)],
    "person tombstone": [(None, D, None, "keeping", False), (1, D, None, "lists", True)],
    "substring": [(None, D, None, "mylists,listsx", False)],
}


def _store(ctx) -> tuple[list[str], list[tuple[str, str]]]:
    """The cases as rows; returns the household ids and (person id, household id) pairs."""
    households, persons = [], []
    with ctx.session() as s:
        w = RecordWriter(s, ctx)
        for name, consents in CASES.items():
            hh = w.prepare_insert(Household, {"head_name": f"Hộ {name}"}, w.next_counter())
            s.execute(insert(Household), [hh])
            people = []
            for i in range(2):
                p = w.prepare_insert(OverseasPerson, {"household_id": hh["id"], "full_name": f"Người {name} {i}"},
                                     w.next_counter())
                s.execute(insert(OverseasPerson), [p])
                people.append(p["id"])
                persons.append((p["id"], hh["id"]))
            for who, given, withdrawn, purposes, deleted in consents:
                row = w.prepare_insert(Consent, {"household_id": hh["id"], "given_date": given,
                                                 "withdrawn_date": withdrawn, "purposes": purposes},
                                       w.next_counter())
                row.update(person_id=None if who is None else people[who], deleted=deleted)
                s.execute(insert(Consent), [row])
            households.append(hh["id"])
    return households, persons


def _code(verdict) -> str:
    return VALID if verdict else verdict.reason


def test_sql_verdicts_agree_with_the_consent_book(ctx):
    households, persons = _store(ctx)
    seen: set[str] = set()
    with ctx.session() as s:
        for at in (D - 10 * DAY, D - DAY, D, D + DAY, D + 5 * DAY):
            book = ConsentBook.load(s, at)
            for purpose in PURPOSES:
                sql = SubjectVerdicts.load(s, purpose, at)
                for hid in households:
                    expected = _code(book.household(hid, purpose))
                    assert sql.household(hid) == expected, (hid, purpose, at)
                    seen.add(expected)
                for pid, hid in persons:
                    expected = _code(book.person(pid, hid, purpose))
                    assert sql.person(pid, hid) == expected, (pid, purpose, at)
    # every answer the rules can give was met
    assert seen == {VALID, NO_CONSENT, OTHER_PURPOSE, WITHDRAWN, NOT_YET}


def test_sql_verdicts_by_hand(ctx):
    households, persons = _store(ctx)
    by_name = dict(zip(CASES, households, strict=True))
    with ctx.session() as s:
        v = SubjectVerdicts.load(s, "lists", D)
    assert v.household(by_name["lists"]) == VALID
    assert v.household(by_name["no purposes"]) == VALID
    assert v.household(by_name["only commas"]) == VALID
    assert v.household(by_name["wrong case"]) == OTHER_PURPOSE
    assert v.household(by_name["substring"]) == OTHER_PURPOSE
    assert v.household(by_name["withdrawn"]) == WITHDRAWN
    assert v.household(by_name["later"]) == NOT_YET
    assert v.household(by_name["tombstone"]) == NO_CONSENT
    assert v.household(by_name["none"]) == NO_CONSENT
    withdrew = [p for p, h in persons if h == by_name["person withdrew"]]
    assert [v.person(p, by_name["person withdrew"]) for p in withdrew] == [WITHDRAWN, VALID]
    own_only = [p for p, h in persons if h == by_name["person own only"]]
    # a consent for another purpose does not decide: the person follows the household (none)
    assert [v.person(p, by_name["person own only"]) for p in own_only] == [NO_CONSENT, NO_CONSENT]
