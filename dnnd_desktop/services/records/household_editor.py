"""A household edited as one unit: the household, its overseas persons, their contributions and
commendations, and its consent records, saved in ONE transaction (a refusal anywhere changes
nothing). Attachments are not part of it: they are files stored by content hash and added or removed
on their own tab, each its own action."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain.errors import FieldPath, NotFound, ValidationError
from ...domain.messages import Text, translate
from ...domain.record_kinds import kind_spec
from ...storage.models import Commendation, Consent, Contribution, Household, OverseasPerson
from ..audit import write_audit
from ..record_writer import RecordWriter
from .record_service import delete_with_dependents, load_live, record_view, require_editable_here
from .types import HouseholdView, PersonInput, PersonView, RecordInput, RecordView
from .vocab_terms import extra_terms

if TYPE_CHECKING:
    from .record_service import RecordService

# A consent names its household, which may be written only later in the same transaction: this
# stands in for the new household's id while the consent's values are checked.
_NEW_HOUSEHOLD = "new-household"


def get_household(svc: RecordService, household_id: str, show_sensitive: bool = False) -> HouseholdView:
    """The household, its persons (each with their contributions and commendations), its consents,
    and the contributions and commendations of the household itself (no person)."""
    with svc.ctx.session() as s:
        terms = extra_terms(s)
        h = load_live(s, "household", household_id)
        pc = svc.province_code

        def live(model: Any, **where: Any) -> Sequence[Any]:
            stmt = select(model).where(model.deleted.is_(False), *(getattr(model, k) == v for k, v in where.items()))
            return s.scalars(stmt).all()

        def recs(kind: str, model: Any, **where: Any) -> tuple[RecordView, ...]:
            return tuple(record_view(kind_spec(kind), c, pc, terms, show_sensitive) for c in live(model, **where))

        persons = tuple(
            PersonView(**vars(record_view(kind_spec("person"), p, pc, terms, show_sensitive)),
                       contributions=recs("contribution", Contribution, person_id=p.id),
                       commendations=recs("commendation", Commendation, person_id=p.id))
            for p in sorted(live(OverseasPerson, household_id=h.id), key=lambda p: (p.full_name_sort, p.id)))
        out = HouseholdView(
            household=record_view(kind_spec("household"), h, pc, terms, show_sensitive), persons=persons,
            consents=recs("consent", Consent, household_id=h.id),
            contributions=recs("contribution", Contribution, household_id=h.id, person_id=None),
            commendations=recs("commendation", Commendation, household_id=h.id, person_id=None))
        if show_sensitive:
            write_audit(s, svc.ctx, "view_sensitive", "household", h.id,
                        details=translate("AuditDetails", "household and relatives"))
        return out


def _collect(errors: dict[FieldPath, Text], parents: tuple[str | int, ...], fn: Callable[..., dict[str, Any]],
             *args: Any) -> dict[str, Any]:
    """fn(*args), or nothing with its field errors kept, addressed from the household down (the
    errors stop the save before anything is written)."""
    try:
        return fn(*args)
    except ValidationError as exc:
        for path, text in exc.field_texts.items():
            errors[path.within(*parents)] = text
        return {}


def save_household(svc: RecordService, household: dict[str, Any], persons: Sequence[PersonInput], *,
                   household_id: str | None = None, removed_person_ids: Sequence[str] = (),
                   removed_contribution_ids: Sequence[str] = (), removed_commendation_ids: Sequence[str] = (),
                   consents: Sequence[RecordInput] = ()) -> HouseholdView:
    """Save the household form: the household's values, its persons (each with their contributions
    and commendations), and the consent records added or edited (a consent is withdrawn with a date,
    not removed). A record without an id is new.

    Field errors are addressed by FieldPath: (), "head_name"; ("persons", 0), "full_name";
    ("persons", 1, "contributions", 0), "amount_vnd"; ("consents", 0), "given_date". Returns
    get_household() of the saved household.
    """
    with svc.ctx.session() as s:
        w = RecordWriter(s, svc.ctx)
        errors: dict[FieldPath, Text] = {}
        # 1. Validate everything before writing anything.
        h_obj = load_live(s, "household", household_id) if household_id else None
        if h_obj is not None:
            require_editable_here(s, h_obj)
        h_clean = (_collect(errors, (), svc.validate_changes, s, h_obj, "household", household) if h_obj
                   else _collect(errors, (), svc.validate_new, s, "household", household))
        plan = []
        for i, p in enumerate(persons):
            at: tuple[str | int, ...] = ("persons", i)
            p_obj = _owned(s, OverseasPerson, p.id, "household_id", household_id)
            values = dict(p.values)
            values.pop("household_id", None)
            p_clean = (_collect(errors, at, svc.validate_changes, s, p_obj, "person", values) if p_obj
                       else _collect(errors, at, svc.validate_new, s, "person", values))
            children = []
            for key, kind, model, items in (("contributions", "contribution", Contribution, p.contributions),
                                            ("commendations", "commendation", Commendation, p.commendations)):
                for j, c in enumerate(items):
                    c_obj = _owned(s, model, c.id, "person_id", p_obj.id if p_obj else None)
                    cv = dict(c.values)
                    cv.pop("person_id", None)
                    cv.pop("household_id", None)
                    c_at = (*at, key, j)
                    c_clean = (_collect(errors, c_at, svc.validate_changes, s, c_obj, kind, cv) if c_obj
                               else _collect(errors, c_at, svc.validate_new, s, kind, cv))
                    children.append((model, c_obj, c_clean))
            plan.append((p_obj, p_clean, children))
        consent_plan = []
        for i, c in enumerate(consents):
            c_obj = _owned(s, Consent, c.id, "household_id", household_id)
            cv = dict(c.values)
            cv.pop("household_id", None)
            if cv.get("person_id") and not _member(s, cv["person_id"], household_id):
                # A consent speaks for a member of this household only (issue 14).
                errors[FieldPath(("consents", i), "person_id")] = translate(
                    "RecordErrors", "This consent names a person who is not a member of this household.")
                continue
            c_clean = (_collect(errors, ("consents", i), svc.validate_changes, s, c_obj, "consent", cv) if c_obj
                       else _collect(errors, ("consents", i), svc.validate_new, s, "consent",
                                     {**cv, "household_id": household_id or _NEW_HOUSEHOLD}))
            consent_plan.append((c_obj, c_clean))
        if errors:
            raise ValidationError(translate("RecordErrors", "The household file was not saved: {problems}").format(
                problems=" ".join(dict.fromkeys(map(str, errors.values())))),
                field_errors=errors, code="invalid_household")
        # 2. Write, all in this one transaction.
        if h_obj is None:
            h_obj = w.create(Household, h_clean)
        else:
            w.update(h_obj, h_clean)
        for p_obj, p_clean, children in plan:
            if p_obj is None:
                p_obj = w.create(OverseasPerson, {**p_clean, "household_id": h_obj.id})
            else:
                w.update(p_obj, p_clean)
            for model, c_obj, c_clean in children:
                if c_obj is None:
                    w.create(model, {**c_clean, "person_id": p_obj.id, "household_id": h_obj.id})
                else:
                    w.update(c_obj, c_clean)
        for c_obj, c_clean in consent_plan:
            if c_obj is None:
                w.create(Consent, {**c_clean, "household_id": h_obj.id})
            else:
                w.update(c_obj, c_clean)
        removals: tuple[tuple[Sequence[str], type[Any], str], ...] = (
            (removed_person_ids, OverseasPerson, "person"), (removed_contribution_ids, Contribution, "contribution"),
            (removed_commendation_ids, Commendation, "commendation"))
        for ids, model, kind in removals:
            for rid in ids:
                obj: Any = s.get(model, rid)
                if obj is None or obj.deleted:
                    continue
                if obj.household_id != h_obj.id:
                    raise ValidationError(translate("RecordErrors", "The record to delete does not belong to this "
                                                    "household."), code="not_in_household")
                delete_with_dependents(s, w, kind, obj)
        new_id = h_obj.id
    return get_household(svc, new_id)


def _member(s: Session, person_id: str, household_id: str | None) -> bool:
    person = s.get(OverseasPerson, person_id)
    return person is not None and not person.deleted and household_id is not None \
        and person.household_id == household_id


def _owned(s: Session, model: Any, record_id: str | None, owner_col: str, owner_id: str | None) -> Any:
    """An existing child record, checked to belong to the record being edited."""
    if not record_id:
        return None
    obj = s.get(model, record_id)
    if obj is None or obj.deleted or owner_id is None or getattr(obj, owner_col) != owner_id:
        raise NotFound(translate("RecordErrors", "A record in the household file is gone or does not belong to this "
                                 "household. Open the file again."), code="record_not_found")
    return obj
