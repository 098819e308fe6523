"""Duplicate households and persons: two offices entering the same family make two records.

Candidates share the folded name (no tone marks, no case, đ -> d), the birth year and the commune
(households: head_name + head_birth_year + commune_code; persons: full_name + birth_year + their
household's commune_code). A person decides; merging moves every link to the kept record and turns
the other into a tombstone pointing to it (merged_into_id). Every step is an ordinary edit through
RecordWriter, so the merge is audited and travels to the other offices like any edit.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain.errors import DnndError, NotFound, ValidationError
from ...domain.messages import Message, translate
from ...domain.text import fold
from ...storage.models import (
    ActivityPerson,
    Attachment,
    Commendation,
    Consent,
    Contribution,
    Household,
    OverseasPerson,
    SyncedMixin,
)
from ..audit import write_audit
from ..record_writer import RecordWriter

if TYPE_CHECKING:
    from ..app_context import AppContext


@dataclass(frozen=True)
class DuplicateRecord:
    id: str
    name: str
    birth_year: int | None
    commune_code: int | None
    origin_office_id: str | None
    links: int                 # persons/contributions/... pointing to it


@dataclass(frozen=True)
class DuplicateGroup:
    kind: str                  # household / person
    key: tuple[str, int, int]  # (folded name, birth year, commune code)
    records: tuple[DuplicateRecord, ...]


# What points to a household / a person (model, column).
Links = tuple[tuple[type[SyncedMixin], str], ...]
# A candidate row: id, name, birth year, commune code, origin office; grouped by (folded name, year, commune).
_Candidate = tuple[str, str, int, int, str | None]
HOUSEHOLD_LINKS: Links = ((OverseasPerson, "household_id"), (Contribution, "household_id"),
                   (Commendation, "household_id"), (Consent, "household_id"))
PERSON_LINKS: Links = ((Contribution, "person_id"), (Commendation, "person_id"), (ActivityPerson, "person_id"))



def _merge_note(drop_id: str, keep_id: str, moved: dict[str, int]) -> Message:
    """The audit line of a merge; the moved links are counted per table (technical names)."""
    if not moved:
        return translate("Sync", "Duplicate record {drop} merged into {keep}; moved 0 links.").format(
            drop=drop_id, keep=keep_id)
    return translate("Sync", "Duplicate record {drop} merged into {keep}; moved {moved}.").format(
        drop=drop_id, keep=keep_id, moved=", ".join(f"{n} {k}" for k, n in sorted(moved.items())))


class DuplicateService:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx

    def candidates(self, kind: str | None = None) -> list[DuplicateGroup]:
        """Groups of two or more live records that look like the same household or person."""
        out: list[DuplicateGroup] = []
        with self.ctx.session() as s:
            if kind in (None, "household"):
                groups: defaultdict[tuple[str, int, int], list[_Candidate]] = defaultdict(list)
                q = select(Household.id, Household.head_name, Household.head_birth_year, Household.commune_code,
                           Household.origin_office_id).where(Household.deleted.is_(False))
                for rid, name, year, commune, office in s.execute(q):
                    if name and year and commune:
                        groups[(fold(name), year, commune)].append((rid, name, year, commune, office))
                out += self._groups(s, "household", groups, HOUSEHOLD_LINKS)
            if kind in (None, "person"):
                groups = defaultdict(list)
                persons = (select(OverseasPerson.id, OverseasPerson.full_name, OverseasPerson.birth_year,
                                  Household.commune_code, OverseasPerson.origin_office_id)
                           .join(Household, Household.id == OverseasPerson.household_id)
                           .where(OverseasPerson.deleted.is_(False)))
                for rid, name, year, commune, office in s.execute(persons):
                    if name and year and commune:
                        groups[(fold(name), year, commune)].append((rid, name, year, commune, office))
                out += self._groups(s, "person", groups, PERSON_LINKS)
        return out

    def _groups(self, s: Session, kind: str, groups: dict[tuple[str, int, int], list[_Candidate]],
                links: Links) -> list[DuplicateGroup]:
        out = []
        for key, rows in sorted(groups.items()):
            if len(rows) < 2:
                continue
            recs = []
            for rid, name, year, commune, office in sorted(rows, key=lambda r: r[0]):
                n = sum(len(s.scalars(select(m.id).where(getattr(m, col) == rid, m.deleted.is_(False))).all())
                        for m, col in links)
                recs.append(DuplicateRecord(rid, name, year, commune, office, n))
            out.append(DuplicateGroup(kind, key, tuple(recs)))
        return out

    def merge(self, keep_id: str, drop_id: str) -> dict[str, int]:
        """Merge `drop_id` into `keep_id`; returns how many links moved, per kind. Empty fields of the
        kept record are filled from the other one."""
        if keep_id == drop_id:
            raise ValidationError(translate("SyncErrors", "Choose two different records to merge."), code="same_record")
        with self.ctx.session() as s:
            keep: SyncedMixin | None = None
            drop: SyncedMixin | None = None
            model: type[SyncedMixin] | None = None
            kinds: tuple[type[SyncedMixin], ...] = (Household, OverseasPerson)
            for candidate in kinds:
                keep, drop = s.get(candidate, keep_id), s.get(candidate, drop_id)
                if keep is not None or drop is not None:
                    model = candidate
                    break
            if keep is None or drop is None or model is None:   # model is set whenever one was found
                raise NotFound(translate("SyncErrors", "Two records of the same kind (households or persons) to "
                                         "merge were not found."), code="merge_records_not_found")
            if keep.deleted or drop.deleted:
                raise DnndError(translate("SyncErrors", "One of the two records has been deleted or merged before."),
                                code="merge_deleted")
            writer = RecordWriter(s, self.ctx)
            moved: dict[str, int] = {}
            links = HOUSEHOLD_LINKS if model is Household else PERSON_LINKS
            for m, col in links:
                for obj in s.scalars(select(m).where(getattr(m, col) == drop_id, m.deleted.is_(False))).all():
                    if isinstance(obj, ActivityPerson) and s.scalars(select(ActivityPerson.id).where(
                            ActivityPerson.person_id == keep_id, ActivityPerson.activity_id == obj.activity_id,
                            ActivityPerson.deleted.is_(False))).first():
                        writer.delete(obj)  # the kept person is already linked to that activity
                    else:
                        writer.update(obj, {col: keep_id})
                    moved[m.__kind__] = moved.get(m.__kind__, 0) + 1
            for att in s.scalars(select(Attachment).where(Attachment.record_kind == model.__kind__,
                                                          Attachment.record_id == drop_id,
                                                          Attachment.deleted.is_(False))).all():
                writer.update(att, {"record_id": keep_id})
                moved["attachment"] = moved.get("attachment", 0) + 1
            fill = {f: getattr(drop, f) for f in model.data_fields()
                    if getattr(keep, f) in (None, "") and getattr(drop, f) not in (None, "")}
            if fill:
                writer.update(keep, fill)
            writer.delete(drop, merged_into=keep_id)
            write_audit(s, self.ctx, "merge_duplicates", model.__kind__, keep_id,
                        details=str(_merge_note(drop_id, keep_id, moved)))
            return moved
