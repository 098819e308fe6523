"""Step 3 of an import: decide, row by row, what is new, already there, possibly a duplicate.

Rules (docs/excel.md, "Duplicates and re-imports"):
- Identical record: every imported field of the row equals the same field of a record already in
  the database (or of an earlier row of the file) -> DUPLICATE, skipped. This is what makes
  importing the same file twice add nothing, and an export -> import round trip add nothing.
- Duplicate candidate: same folded name + birth year + commune (persons: of their household;
  activities: title + start date; twinning pairs: both sides' names; partners: name + country) as a
  record in the database or an earlier row, with other details differing -> CANDIDATE: written, and
  flagged in the preview so a person can merge the two later (DESIGN.md, "Sync and merge").
- Households file: rows whose household columns are identical form one household; its persons
  hang under it. A household identical to one in the database is reused, so new persons of an
  existing household are added to it.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain.messages import Message, Text, translate
from ...domain.progress import CancelToken
from ...domain.record_kinds import LONGTEXT, TEXT, kind_spec
from ...domain.text import fold
from ...exchange.excel import OWNER_PREFIX
from ...storage.models import MODEL_BY_KIND, Household, OverseasPerson, new_id
from .import_types import CANDIDATE, DUPLICATE, INVALID, NEW

PERSON_PREFIX = "person."
# A row's identity (its imported fields in order) or duplicate-candidate key (_candidate_key).
_Key = tuple[Any, ...]


@dataclass
class Plan:
    status: list[str]
    reasons: list[Text]      # per row: validation errors (text) or why it is a duplicate (Message)
    creates: dict[str, list[tuple[str, dict[str, Any]]]] = field(default_factory=dict)  # kind -> (id, values)
    # This computer's site: new ids start with it (storage/record_ids.py), as the record writer's do.
    site_id: str | None = None

    @property
    def households_new(self) -> int:
        return len(self.creates.get("household", []))


def _split_keys(kind: str, keys: Iterable[str]) -> dict[str, list[str]]:
    """Record kind -> mapped layout keys of that kind."""
    out: dict[str, list[str]] = {}
    for k in keys:
        if kind == "household" and k.startswith(PERSON_PREFIX):
            out.setdefault("person", []).append(k)
        else:
            out.setdefault(kind, []).append(k)
    return out


def _field(key: str) -> str:
    return key.removeprefix(PERSON_PREFIX)


def _with_defaults(kind: str, values: dict[str, Any]) -> dict[str, Any]:
    out = dict(values)
    for f in kind_spec(kind).fields:
        if f.default is not None and out.get(f.name) is None:
            out[f.name] = f.default
    return out


def _candidate_key(kind: str, v: dict[str, Any], commune: Any = None) -> _Key | None:
    if kind == "household":
        return (fold(v.get("head_name")), v.get("head_birth_year"), v.get("commune_code"))
    if kind == "person":
        return (fold(v.get("full_name")), v.get("birth_year"), commune)
    if kind == "activity":
        return (fold(v.get("title")), v.get("start_date"))
    if kind == "twinning":
        return (fold(v.get("local_name")), fold(v.get("counterpart_name")))
    if kind == "partner":
        return (fold(v.get("name")), v.get("country"))
    if kind in ("contribution", "commendation"):
        return (v.get("household_id"), v.get("person_id"), v.get("date"),
                v.get("purpose") if kind == "contribution" else v.get("level"))
    if kind == "consent":
        return (v.get("household_id"), v.get("given_date"))
    spec = kind_spec(kind)
    if spec.duplicate_key:   # the described kinds say which fields make a possible duplicate
        return tuple(fold(v.get(f)) if spec.field(f).type in (TEXT, LONGTEXT) else v.get(f)
                     for f in spec.duplicate_key)
    return None


# Whole sentences per kind (the preview's reasons), so each language words them its own way.
_IN_DB = {
    "household": translate("ImportReasons", "May duplicate a household already in the database (same head's name, "
                           "birth year and commune)."),
    "person": translate("ImportReasons", "May duplicate a person already in the database (same name, birth year "
                        "and commune)."),
    "activity": translate("ImportReasons", "May duplicate an activity already in the database (same activity "
                          "name and start date)."),
    "twinning": translate("ImportReasons", "May duplicate a twinning pair already in the database (same names of "
                          "both sides)."),
    "partner": translate("ImportReasons", "May duplicate a partner already in the database (same name and "
                         "country)."),
    "contribution": translate("ImportReasons", "May duplicate a contribution already in the database (same "
                              "household, person, date and purpose)."),
    "commendation": translate("ImportReasons", "May duplicate a commendation already in the database (same "
                              "household, person, date and form)."),
    "consent": translate("ImportReasons", "May duplicate a consent already in the database (same household and "
                         "date)."),
}
_IN_FILE = {
    "household": translate("ImportReasons", "May duplicate the household on row {line} (same head's name, birth "
                           "year and commune)."),
    "person": translate("ImportReasons", "May duplicate the person on row {line} (same name, birth year and "
                        "commune)."),
    "activity": translate("ImportReasons", "May duplicate the activity on row {line} (same activity name and start "
                          "date)."),
    "twinning": translate("ImportReasons", "May duplicate the twinning pair on row {line} (same names of both "
                          "sides)."),
    "partner": translate("ImportReasons", "May duplicate the partner on row {line} (same name and country)."),
    "contribution": translate("ImportReasons", "May duplicate the contribution on row {line} (same household, "
                              "person, date and purpose)."),
    "commendation": translate("ImportReasons", "May duplicate the commendation on row {line} (same household, "
                              "person, date and form)."),
    "consent": translate("ImportReasons", "May duplicate the consent on row {line} (same household and date)."),
}
_SAME_IN_DB = {
    "household": translate("ImportReasons", "An identical household is already in the database."),
    "person": translate("ImportReasons", "An identical person is already in the database."),
    "activity": translate("ImportReasons", "An identical activity is already in the database."),
    "twinning": translate("ImportReasons", "An identical twinning pair is already in the database."),
    "partner": translate("ImportReasons", "An identical partner is already in the database."),
    "contribution": translate("ImportReasons", "An identical contribution is already in the database."),
    "commendation": translate("ImportReasons", "An identical commendation is already in the database."),
    "consent": translate("ImportReasons", "An identical consent is already in the database."),
}
_SAME_ROW = translate("ImportReasons", "Identical to row {line}.")


def _key_labels(kind: str) -> str:
    """The fields of a described kind's duplicate key, as the reasons name them: «Tên lớp», «Ngày bắt đầu»."""
    spec = kind_spec(kind)
    return ", ".join(f"«{spec.field(f).label}»" for f in spec.duplicate_key)


def _in_db(kind: str) -> Message:
    if kind in _IN_DB:
        return _IN_DB[kind]
    return translate("ImportReasons", "May duplicate a record already in the database (same {fields}).").format(
        fields=_key_labels(kind))


def _in_file(kind: str, line: int) -> Message:
    if kind in _IN_FILE:
        return _IN_FILE[kind].format(line=line)
    return translate("ImportReasons", "May duplicate the record on row {line} (same {fields}).").format(
        line=line, fields=_key_labels(kind))


def _same_in_db(kind: str) -> Message:
    return _SAME_IN_DB.get(kind) or translate("ImportReasons", "An identical record is already in the database.")


_CANCEL_EVERY = 2047   # rows between two looks at the Cancel button


class _Existing:
    """Identities and candidate keys of the records already in the database."""

    def __init__(self, session: Session, kind: str, fields: list[str], household_fields: list[str] | None = None,
                 *, cancel: CancelToken):
        model = MODEL_BY_KIND[kind]
        cand_fields = {"household": ["head_name", "head_birth_year", "commune_code"],
                       "person": ["full_name", "birth_year"], "activity": ["title", "start_date"],
                       "twinning": ["local_name", "counterpart_name"], "partner": ["name", "country"],
                       "contribution": ["household_id", "person_id", "date", "purpose"],
                       "commendation": ["household_id", "person_id", "date", "level"],
                       "consent": ["household_id", "given_date"]}.get(kind) or list(kind_spec(kind).duplicate_key)
        extra = [f for f in cand_fields if f not in fields]
        cols = [model.id] + [getattr(model, f) for f in fields + extra]
        self.identity: dict[_Key, str] = {}
        self.candidates: set[_Key | None] = set()
        if kind == "person":
            stmt = (select(*cols, OverseasPerson.household_id, Household.commune_code)
                    .outerjoin(Household, Household.id == OverseasPerson.household_id)
                    .where(OverseasPerson.deleted.is_(False)))
        else:
            stmt = select(*cols).where(model.deleted.is_(False))
        n = len(fields)
        names = fields + extra
        for i, row in enumerate(session.execute(stmt)):
            if not i & _CANCEL_EVERY:
                cancel.raise_if_cancelled()
            values = dict(zip(names, row[1:1 + len(names)], strict=True))
            ident = tuple(row[1:1 + n])
            if kind == "person":
                household_id, commune = row[-2], row[-1]
                if household_fields is not None:       # households file: persons belong to a household
                    ident = (household_id, *ident)
                self.identity.setdefault(ident, row[0])
                self.candidates.add(_candidate_key(kind, values, commune if household_fields is not None else None))
            else:
                self.identity.setdefault(ident, row[0])
                self.candidates.add(_candidate_key(kind, values))


def plan_import(session: Session, kind: str, mapping: list[str | None], values: list[dict[str, Any]],
                errors: list[list[str]], lines: list[int], cancel: CancelToken | None = None,
                site_id: str | None = None) -> Plan:
    """`errors` are each row's validation errors (rendered): a row with any is INVALID. `cancel` is
    looked at every few thousand rows (comparing 20,000 rows took 3 s without a look). `site_id`:
    this computer's (ctx.installation.site_id), which new ids start with (storage/record_ids.py)."""
    cancel = cancel or CancelToken()
    keys = [k for k in mapping if k and not k.startswith(OWNER_PREFIX)]   # owners are resolved to links
    by_kind = _split_keys(kind, keys)
    status = [INVALID if e else NEW for e in errors]
    reasons: list[Text] = ["; ".join(e) for e in errors]
    plan = Plan(status, reasons, site_id=site_id)
    if kind == "household":
        _plan_households(session, by_kind, values, lines, plan, cancel)
    else:
        _plan_flat(session, kind, by_kind.get(kind, []), values, lines, plan, cancel)
    cancel.raise_if_cancelled()
    return plan


def _plan_flat(session: Session, kind: str, keys: list[str], values: list[dict[str, Any]], lines: list[int],
               plan: Plan, cancel: CancelToken) -> None:
    fields = [_field(k) for k in keys]
    existing = _Existing(session, kind, fields, cancel=cancel)
    seen: dict[_Key, int] = {}
    seen_cand: dict[_Key | None, int] = {}
    creates = plan.creates.setdefault(kind, [])
    for r, row in enumerate(values):
        if not r & _CANCEL_EVERY:
            cancel.raise_if_cancelled()
        if plan.status[r] == INVALID:
            continue
        record = {f: row.get(k) for k, f in zip(keys, fields, strict=True)}
        ident = tuple(record[f] for f in fields)
        if ident in existing.identity:
            plan.status[r], plan.reasons[r] = DUPLICATE, _same_in_db(kind)
            continue
        if ident in seen:
            plan.status[r], plan.reasons[r] = DUPLICATE, _SAME_ROW.format(line=seen[ident])
            continue
        seen[ident] = lines[r]
        cand = _candidate_key(kind, record)
        if cand in existing.candidates:
            plan.status[r], plan.reasons[r] = CANDIDATE, _in_db(kind)
        elif cand in seen_cand:
            plan.status[r], plan.reasons[r] = CANDIDATE, _in_file(kind, seen_cand[cand])
        seen_cand.setdefault(cand, lines[r])
        creates.append((new_id(plan.site_id), _with_defaults(kind, record)))


@dataclass
class _Group:
    id: str
    existing: bool
    first_line: int
    commune: Any
    reason: Text = ""
    first_row_done: bool = False


def _plan_households(session: Session, by_kind: dict[str, list[str]], values: list[dict[str, Any]],
                     lines: list[int], plan: Plan, cancel: CancelToken) -> None:
    hh_keys = by_kind.get("household", [])
    p_keys = by_kind.get("person", [])
    hh_fields = [_field(k) for k in hh_keys]
    p_fields = [_field(k) for k in p_keys]
    hh_existing = _Existing(session, "household", hh_fields, cancel=cancel)
    p_existing = _Existing(session, "person", p_fields, household_fields=hh_fields, cancel=cancel)
    # Commune of existing households, for the person candidate key.
    groups: dict[_Key, _Group] = {}
    hh_seen_cand: dict[_Key | None, int] = {}
    p_seen: dict[_Key, int] = {}
    p_seen_cand: dict[_Key | None, int] = {}
    hh_creates = plan.creates.setdefault("household", [])
    p_creates = plan.creates.setdefault("person", [])
    for r, row in enumerate(values):
        if not r & _CANCEL_EVERY:
            cancel.raise_if_cancelled()
        if plan.status[r] == INVALID:
            continue
        line = lines[r]
        hh = {f: row.get(k) for k, f in zip(hh_keys, hh_fields, strict=True)}
        ident = tuple(hh[f] for f in hh_fields)
        group = groups.get(ident)
        if group is None:
            existing_id = hh_existing.identity.get(ident)
            if existing_id is not None:
                group = _Group(existing_id, True, line, hh.get("commune_code"))
            else:
                group = _Group(new_id(plan.site_id), False, line, hh.get("commune_code"))
                cand = _candidate_key("household", hh)
                if cand in hh_existing.candidates:
                    group.reason = _in_db("household")
                elif cand in hh_seen_cand:
                    group.reason = _in_file("household", hh_seen_cand[cand])
                hh_seen_cand.setdefault(cand, line)
                hh_creates.append((group.id, _with_defaults("household", hh)))
            groups[ident] = group
        person = {f: row.get(k) for k, f in zip(p_keys, p_fields, strict=True)}
        first_of_new_group = not group.existing and not group.first_row_done
        group.first_row_done = True
        if all(v is None for v in person.values()):
            if group.existing:
                plan.status[r], plan.reasons[r] = DUPLICATE, translate(
                    "ImportReasons", "This household is already in the database.")
            elif not first_of_new_group:
                plan.status[r], plan.reasons[r] = DUPLICATE, translate(
                    "ImportReasons", "Identical to the household details on row {line}.").format(line=group.first_line)
            elif group.reason:
                plan.status[r], plan.reasons[r] = CANDIDATE, group.reason
            continue
        p_ident = (group.id, *(person[f] for f in p_fields))
        if p_ident in p_existing.identity:
            plan.status[r], plan.reasons[r] = DUPLICATE, translate(
                "ImportReasons", "This person is already in the household in the database.")
            continue
        if p_ident in p_seen:
            plan.status[r], plan.reasons[r] = DUPLICATE, _SAME_ROW.format(line=p_seen[p_ident])
            continue
        p_seen[p_ident] = line
        cand = _candidate_key("person", person, group.commune)
        if cand in p_existing.candidates:
            plan.status[r], plan.reasons[r] = CANDIDATE, _in_db("person")
        elif cand in p_seen_cand:
            plan.status[r], plan.reasons[r] = CANDIDATE, _in_file("person", p_seen_cand[cand])
        elif first_of_new_group and group.reason:
            plan.status[r], plan.reasons[r] = CANDIDATE, group.reason
        p_seen_cand.setdefault(cand, line)
        p_creates.append((new_id(plan.site_id), {**_with_defaults("person", person), "household_id": group.id}))
