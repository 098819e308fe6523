"""Create, edit, delete and read single records (and the links of an activity).

Every write goes through RecordWriter (sync stamps + audit) inside one transaction; values are
validated by domain.validation first, so a refused save changes nothing.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain.errors import NotFound, PermissionDenied, ValidationError
from ...domain.messages import Message, render, translate
from ...domain.record_kinds import REF, WORK_KINDS, KindSpec, kind_spec
from ...domain.validation import related_fields, validate
from ...storage.models import (
    ActivityPartner,
    ActivityPerson,
    ActivityTask,
    ActivityTwinning,
    Commendation,
    Consent,
    Contribution,
    OverseasPerson,
    Partner,
    Task,
    Twinning,
)
from ...storage.record_queries import MODELS
from ..audit import write_audit
from ..record_writer import RecordWriter
from .display import MASKED, display_value
from .types import (
    ActivityLinks,
    HouseholdView,
    PersonalDataExport,
    PersonInput,
    RecordInput,
    RecordView,
    SavedActivity,
    SavedRecord,
)
from .vocab_terms import extra_terms

if TYPE_CHECKING:
    from ...storage.models.base import SyncedMixin
    from ..app_context import AppContext
    from .activity_links import LinkIds

# Activity links (see activity_links): other kind -> (link model, its column for the other record, other model).
LINKS: dict[str, tuple[type[Any], str, type[Any]]] = {
    "person": (ActivityPerson, "person_id", OverseasPerson),
    "partner": (ActivityPartner, "partner_id", Partner),
    "twinning": (ActivityTwinning, "twinning_id", Twinning),
    "task": (ActivityTask, "task_id", Task),
}

# Reference fields naming the record a record belongs to (not merely mentions).
OWNER_REFS = ("household_id", "person_id")


def load_live(s: Session, kind: str, record_id: str) -> Any:
    """The live record (typed Any: callers read the kind's own columns)."""
    model = MODELS[kind]
    obj: Any = s.get(model, record_id)
    if obj is None or obj.deleted:
        raise NotFound(translate("RecordErrors", "This {kind} was not found (it may have been deleted). Reload the "
                                 "list.").format(kind=render(kind_spec(kind).label).lower()), code="record_not_found")
    return obj


def require_editable_here(s: Session, obj: SyncedMixin) -> None:
    """Records that arrived from a lower office are read-only copies at the province: only their own
    office edits them (its next package brings the change)."""
    from ...storage.models import Office

    origin = s.get(Office, obj.origin_office_id) if obj.origin_office_id else None
    if origin is not None and origin.relation == "lower":
        raise PermissionDenied(translate("RecordErrors", "The data of «{office}» is for viewing only: it is not "
                                         "edited or deleted here. If it needs a change, ask that office to change "
                                         "it and send it again.").format(office=origin.name), code="read_only_copy")


def record_view(spec: KindSpec, obj: Any, province_code: int | None, terms: dict[str, dict[str, str]],
                show_sensitive: bool) -> RecordView:
    """A record as plain data: values (sensitive ones left out unless shown), display text, meta."""
    values: dict[str, Any] = {}
    display: dict[str, str] = {}
    hidden: list[str] = []
    for f in spec.fields:
        v = getattr(obj, f.name)
        if f.sensitive and not show_sensitive:
            if v not in (None, ""):
                hidden.append(f.name)
                display[f.name] = MASKED
            else:
                display[f.name] = ""
            continue
        values[f.name] = v
        display[f.name] = display_value(f, v, province_code, terms)
    return RecordView(kind=spec.kind, id=obj.id, name=getattr(obj, spec.name_field) or "", values=values,
                      display=display, hidden_fields=tuple(hidden), created_at=obj.created_at,
                      created_by=obj.created_by, updated_at=obj.updated_at, updated_by=obj.updated_by)


def masked_changes(spec: KindSpec, changed: dict[str, tuple[Any, Any]]) -> dict[str, tuple[Any, Any]]:
    """What an edit changed, {field: (old, new)}, sensitive values masked (the result is shown and logged)."""
    return {f: (MASKED, MASKED) if f in spec.sensitive_fields else (o, n) for f, (o, n) in changed.items()}


class RecordService:
    def __init__(self, ctx: AppContext):
        self.ctx = ctx
        self.province_code = ctx.installation.province_code

    # -- validation shared with the household editor ----------------------------------------------
    def validate_new(self, s: Session, kind: str, values: dict[str, Any]) -> dict[str, Any]:
        return validate(kind, values, province_code=self.province_code, extra_terms=extra_terms(s))

    def validate_changes(self, s: Session, obj: Any, kind: str, changes: dict[str, Any]) -> dict[str, Any]:
        """Check the changed fields (with the fields a cross-field rule pairs them with) only, so an
        old value elsewhere in the record never blocks an unrelated edit."""
        spec = kind_spec(kind)
        changes = {k: v for k, v in changes.items() if not (k in spec.sensitive_fields and v == MASKED)}
        names = related_fields(kind, changes)
        merged = {n: changes[n] if n in changes else getattr(obj, n) for n in names}
        cleaned = validate(kind, merged, partial=True, province_code=self.province_code,
                           extra_terms=extra_terms(s))
        return {k: cleaned[k] for k in changes if k in cleaned}

    def check_refs(self, s: Session, kind: str, values: dict[str, Any]) -> None:
        errors: dict[str, Message] = {}
        for f in kind_spec(kind).fields:
            ref = values.get(f.name)
            if f.type == REF and ref:
                target = MODELS.get(f.ref_kind or "") or Task
                obj: Any = s.get(target, ref)
                if obj is None or obj.deleted:
                    errors[f.name] = translate("RecordErrors", "{field}: the chosen record is gone (it may "
                                                        "have been deleted). Choose again.").format(field=f.label)
                elif f.name in OWNER_REFS:
                    # A consent, contribution, commendation or person added under a lower office's
                    # household changes that read-only copy as much as the household editor would.
                    require_editable_here(s, obj)
        if errors:
            raise ValidationError(" ".join(map(str, errors.values())), field_errors=errors, code="bad_reference")

    # -- single records -----------------------------------------------------------------------------
    def create(self, kind: str, values: dict[str, Any]) -> RecordView:
        spec = kind_spec(kind)
        with self.ctx.session() as s:
            cleaned = self.validate_new(s, spec.kind, values)
            self.check_refs(s, spec.kind, cleaned)
            obj = RecordWriter(s, self.ctx).create(MODELS[spec.kind], cleaned)
            return record_view(spec, obj, self.province_code, extra_terms(s), show_sensitive=False)

    def update(self, kind: str, record_id: str, changes: dict[str, Any]) -> SavedRecord:
        """Apply `changes` (only the fields given). Returns the record as `get` does, with
        `changed`: {field: (old, new)} (sensitive values masked)."""
        spec = kind_spec(kind)
        with self.ctx.session() as s:
            obj = load_live(s, spec.kind, record_id)
            require_editable_here(s, obj)
            cleaned = self.validate_changes(s, obj, spec.kind, changes)
            self.check_refs(s, spec.kind, cleaned)
            changed = RecordWriter(s, self.ctx).update(obj, cleaned)
            view = record_view(spec, obj, self.province_code, extra_terms(s), show_sensitive=False)
            return SavedRecord(**vars(view), changed=masked_changes(spec, changed))

    def delete(self, kind: str, record_id: str) -> int:
        """Tombstone the record and what belongs to it (a household's persons, consents,
        contributions and commendations; links to it). Returns how many records were deleted."""
        spec = kind_spec(kind)
        with self.ctx.session() as s:
            obj = load_live(s, spec.kind, record_id)
            require_editable_here(s, obj)
            return delete_with_dependents(s, RecordWriter(s, self.ctx), spec.kind, obj)

    def get(self, kind: str, record_id: str, show_sensitive: bool = False) -> RecordView:
        """The record. Sensitive fields (ethnicity, religion, id numbers) are left out and named in
        `hidden_fields` unless `show_sensitive`; showing them writes a "view_sensitive" audit entry."""
        spec = kind_spec(kind)
        with self.ctx.session() as s:
            obj = load_live(s, spec.kind, record_id)
            out = record_view(spec, obj, self.province_code, extra_terms(s), show_sensitive)
            if show_sensitive and spec.sensitive_fields:
                write_audit(s, self.ctx, "view_sensitive", spec.kind, obj.id,
                            details=", ".join(str(spec.field(f).label) for f in spec.sensitive_fields))
            return out

    def extra_terms(self) -> dict[str, dict[str, str]]:
        """Vocabulary terms the province added, {vocabulary: {code: label}}, for form pickers."""
        with self.ctx.session() as s:
            return extra_terms(s)

    # -- activities with their links (see activity_editor / activity_links) -------------------------
    def save_activity(self, values: dict[str, Any], *, activity_id: str | None = None,
                      add_links: LinkIds | None = None, remove_links: LinkIds | None = None) -> SavedActivity:
        from .activity_editor import save_activity

        return save_activity(self, values, activity_id=activity_id, add_links=add_links,
                             remove_links=remove_links)

    def link(self, activity_id: str, other_kind: str, other_id: str) -> str | None:
        """Link an activity to a person met, a partner, a twinning pair or a task. Linking twice
        changes nothing. Returns the link record's id."""
        from .activity_links import change_links, link_id

        with self.ctx.session() as s:
            change_links(s, RecordWriter(s, self.ctx), activity_id, add={other_kind: [other_id]})
            return link_id(s, activity_id, other_kind, other_id)

    def unlink(self, activity_id: str, other_kind: str, other_id: str) -> bool:
        """Remove a link, with the same checks as `link`. Returns whether there was one."""
        from .activity_links import change_links

        with self.ctx.session() as s:
            return bool(change_links(s, RecordWriter(s, self.ctx), activity_id,
                                     remove={other_kind: [other_id]})["removed"])

    def links(self, activity_id: str) -> ActivityLinks:
        """{"person": (LinkedRecord, ...), "partner": ..., "twinning": ..., "task": ...}, live only."""
        from .activity_links import links_of

        with self.ctx.session() as s:
            return links_of(s, activity_id)

    # -- households as one unit and personal data (see household_editor / personal_data) ---------------
    def get_household(self, household_id: str, show_sensitive: bool = False) -> HouseholdView:
        from .household_editor import get_household

        return get_household(self, household_id, show_sensitive)

    def save_household(self, household: dict[str, Any], persons: Sequence[PersonInput], *,
                       household_id: str | None = None, removed_person_ids: tuple[str, ...] = (),
                       removed_contribution_ids: tuple[str, ...] = (),
                       removed_commendation_ids: tuple[str, ...] = (),
                       consents: Sequence[RecordInput] = ()) -> HouseholdView:
        from .household_editor import save_household

        return save_household(self, household, persons, household_id=household_id,
                              removed_person_ids=removed_person_ids,
                              removed_contribution_ids=removed_contribution_ids,
                              removed_commendation_ids=removed_commendation_ids, consents=consents)

    def export_person_data(self, kind: str, record_id: str) -> PersonalDataExport:
        from .personal_data import export_person_data

        return export_person_data(self, kind, record_id)

    def anonymise(self, kind: str, record_id: str) -> None:
        from .personal_data import anonymise

        anonymise(self, kind, record_id)


def delete_with_dependents(s: Session, w: RecordWriter, kind: str, obj: Any) -> int:
    n = 0
    if kind == "household":
        owned: tuple[type[Any], ...] = (OverseasPerson, Consent, Contribution, Commendation)
        for model in owned:
            for dep in s.scalars(select(model).where(model.household_id == obj.id, model.deleted.is_(False))):
                n += delete_with_dependents(s, w, MODELS_KIND[model], dep)
    elif kind == "person":
        belongs: tuple[type[Any], ...] = (Contribution, Commendation, ActivityPerson)
        for model in belongs:
            for dep in s.scalars(select(model).where(model.person_id == obj.id, model.deleted.is_(False))):
                w.delete(dep)
                n += 1
    elif kind == "activity":
        for link_model, _col, _m in LINKS.values():
            for dep in s.scalars(select(link_model).where(link_model.activity_id == obj.id,
                                                          link_model.deleted.is_(False))):
                w.delete(dep)
                n += 1
    elif kind in ("partner", "twinning"):
        link_model, col, _m = LINKS[kind]
        for dep in s.scalars(select(link_model).where(getattr(link_model, col) == obj.id,
                                                      link_model.deleted.is_(False))):
            w.delete(dep)
            n += 1
    if kind in ATTACHABLE_KINDS:
        from .attachments import erase_attachments

        erase_attachments(s, w, kind, obj.id)
    w.delete(obj)
    return n + 1


ATTACHABLE_KINDS = ("activity", "twinning", "household", "partner", "person", *(k.kind for k in WORK_KINDS))
MODELS_KIND = {m: k for k, m in MODELS.items()}
