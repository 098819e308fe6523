"""Whose record a row of a contributions, commendations or consents sheet is.

Those sheets name the household in their first columns (head's name, birth year, commune) and, for
contributions and commendations, the person abroad by name. On import they are matched against the
households (and their persons) already in the database, folded (case and tone marks ignored); a
row whose household is not there, or matches several, is refused with the reason. On export the
same columns are written from the records' links, so an exported sheet imports back as it is.
"""
from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain.messages import translate
from ...domain.text import fold
from ...exchange.excel import OWNED_KINDS, OWNER_PREFIX
from ...storage.models.records import Household, OverseasPerson

HEAD, YEAR, COMMUNE, PERSON = (OWNER_PREFIX + n for n in ("head_name", "head_birth_year", "commune_code",
                                                          "person_name"))


def owner_keys(kind: str) -> list[str]:
    """The link fields an owned kind's rows get instead of the owner columns."""
    return ["household_id", "person_id"] if OWNED_KINDS.get(kind) else ["household_id"]


def resolve_owners(s: Session, kind: str, values: list[dict[str, Any]], errors: list[list[str]]) -> None:
    """Replace each row's owner columns by household_id (and person_id), or add the reason it fails."""
    with_person = OWNED_KINDS[kind]
    exact: dict[tuple[str, Any, Any], list[str]] = {}
    by_name: dict[tuple[str, Any], list[str]] = {}
    stmt = select(Household.id, Household.head_name, Household.head_birth_year, Household.commune_code).where(
        Household.deleted.is_(False))
    for hid, name, year, commune in s.execute(stmt):
        exact.setdefault((fold(name), year, commune), []).append(hid)
        by_name.setdefault((fold(name), commune), []).append(hid)
    persons: dict[tuple[str | None, str], list[str]] = {}
    if with_person:
        stmt_p = select(OverseasPerson.id, OverseasPerson.household_id, OverseasPerson.full_name).where(
            OverseasPerson.deleted.is_(False))
        for pid, person_hid, pname in s.execute(stmt_p):
            persons.setdefault((person_hid, fold(pname)), []).append(pid)
    for r, row in enumerate(values):
        head, year, commune = row.pop(HEAD, None), row.pop(YEAR, None), row.pop(COMMUNE, None)
        person = row.pop(PERSON, None)
        if errors[r] or not head:
            continue
        found = exact.get((fold(head), year, commune)) if year is not None else by_name.get((fold(head), commune))
        if not found:
            errors[r].append(str(translate(
                "ImportReasons", "No household with the head «{name}» (born {year}) in this commune is in the "
                "database: import or enter the household first.").format(name=head, year=year or "?")))
            continue
        if len(found) > 1:
            errors[r].append(str(translate(
                "ImportReasons", "Several households have the head «{name}» in this commune: write the head's "
                "year of birth.").format(name=head)))
            continue
        row["household_id"] = found[0]
        if with_person:
            row["person_id"] = None
            if person:
                pids = persons.get((found[0], fold(person)), [])
                if len(pids) != 1:
                    errors[r].append(str(translate(
                        "ImportReasons", "The household of «{name}» has no person abroad named «{person}»: check "
                        "the name, or leave it empty for the household as a whole.").format(
                            name=head, person=person)))
                    continue
                row["person_id"] = pids[0]


def owner_cells(s: Session, kind: str, record: dict[str, Any], cache: dict[str, Any]) -> dict[str, Any]:
    """The owner columns' raw values of an exported record (households and persons read once)."""
    out: dict[str, Any] = {}
    hid = record.get("household_id")
    if hid:
        hh = cache.get(hid)
        if hh is None:
            row = s.get(Household, hid)
            hh = cache[hid] = (row.head_name, row.head_birth_year, row.commune_code) if row else (None,) * 3
        out[HEAD], out[YEAR], out[COMMUNE] = hh
    pid = record.get("person_id")
    if OWNED_KINDS.get(kind) and pid:
        name = cache.get(pid)
        if name is None:
            p = s.get(OverseasPerson, pid)
            name = cache[pid] = p.full_name if p else ""
        out[PERSON] = name or None
    return out
