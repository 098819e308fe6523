"""Rights of the people whose data the office keeps (Law on Personal Data Protection 2025, Decree
356/2025): export everything held about a person, anonymise a record. Both are audited."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from ...domain.errors import ValidationError
from ...domain.formatting import format_stored_datetime
from ...domain.messages import translate
from ...domain.record_kinds import kind_spec
from ...storage.models import (
    Activity,
    ActivityPerson,
    AuditEntry,
    Commendation,
    Consent,
    Contribution,
    OverseasPerson,
    utcnow,
)
from ..audit import write_audit
from ..record_writer import RecordWriter
from .attachments import erase_attachments
from .display import display_value
from .record_service import load_live, record_view
from .types import FieldValue, HistoryEntry, PersonalDataExport, RecordView
from .vocab_terms import extra_terms

if TYPE_CHECKING:
    from .record_service import RecordService

PERSONAL_KINDS = ("household", "person")


def _check_kind(kind: str) -> str:
    spec = kind_spec(kind)
    if spec.kind not in PERSONAL_KINDS:
        raise ValidationError(translate("RecordErrors", "Only the data of a household with relatives abroad or of "
                                        "a person abroad can be exported or anonymised."), code="not_personal")
    return spec.kind


def export_person_data(svc: RecordService, kind: str, record_id: str) -> PersonalDataExport:
    """Everything held about one household or person, for a PDF the GUI renders (sensitive fields
    included). Writes an "export_personal" audit entry."""
    kind = _check_kind(kind)
    spec = kind_spec(kind)
    with svc.ctx.session() as s:
        terms = extra_terms(s)
        obj = load_live(s, kind, record_id)
        pc = svc.province_code
        fields = tuple(FieldValue(f.name, str(f.label), getattr(obj, f.name),
                                  display_value(f, getattr(obj, f.name), pc, terms)) for f in spec.fields)

        def recs(k: str, model: Any, **where: Any) -> tuple[RecordView, ...]:
            stmt = select(model).where(model.deleted.is_(False), *(getattr(model, c) == v for c, v in where.items()))
            return tuple(record_view(kind_spec(k), o, pc, terms, show_sensitive=True) for o in s.scalars(stmt))

        related: dict[str, tuple[RecordView, ...]]
        if kind == "household":
            related = {"person": recs("person", OverseasPerson, household_id=obj.id),
                       "consent": recs("consent", Consent, household_id=obj.id),
                       "contribution": recs("contribution", Contribution, household_id=obj.id),
                       "commendation": recs("commendation", Commendation, household_id=obj.id)}
        else:
            acts = s.scalars(select(Activity).join(ActivityPerson, ActivityPerson.activity_id == Activity.id).where(
                ActivityPerson.person_id == obj.id, ActivityPerson.deleted.is_(False), Activity.deleted.is_(False)))
            related = {"contribution": recs("contribution", Contribution, person_id=obj.id),
                       "commendation": recs("commendation", Commendation, person_id=obj.id),
                       "activity": tuple(record_view(kind_spec("activity"), a, pc, terms, True) for a in acts)}
        history = tuple(HistoryEntry(format_stored_datetime(a.at), a.user_name, a.action, a.field)
                        for a in s.scalars(select(AuditEntry).where(AuditEntry.record_id == obj.id)
                                           .order_by(AuditEntry.id)))
        write_audit(s, svc.ctx, "export_personal", kind, obj.id)
        return PersonalDataExport(kind=kind, kind_label=str(spec.label), id=obj.id,
                                  name=getattr(obj, spec.name_field), fields=fields, related=related,
                                  history=history, exported_at=utcnow(), exported_by=svc.ctx.user_name)


def anonymise(svc: RecordService, kind: str, record_id: str) -> None:
    """Wipe the personal fields but keep the record, so report counts stay right (audited)."""
    kind = _check_kind(kind)
    with svc.ctx.session() as s:
        obj = load_live(s, kind, record_id)
        w = RecordWriter(s, svc.ctx)
        w.anonymise(obj)
        erase_attachments(s, w, kind, obj.id)   # scans of papers, photos: personal data too
