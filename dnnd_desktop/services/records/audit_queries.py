"""The audit page: who did what to which record, filtered and paged in SQL."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from ...domain.formatting import format_stored_datetime
from ...domain.local_days import local_day_bounds_utc
from ...domain.messages import render, translate
from ...domain.record_kinds import KINDS
from ...domain.validation import parse_date
from ...storage.models import AuditEntry
from ..audit import shown_details
from .types import AuditEntryView, AuditQuery

if TYPE_CHECKING:
    from ..app_context import AppContext

ACTION_LABELS = {
    "create": translate("AuditActions", "Added"), "update": translate("AuditActions", "Edited"),
    "delete": translate("AuditActions", "Deleted"), "merge": translate("AuditActions", "Records merged"),
    "anonymise": translate("AuditActions", "Anonymised"),
    "view_sensitive": translate("AuditActions", "Sensitive data viewed"),
    "export_personal": translate("AuditActions", "Personal data exported"),
    "export_sensitive": translate("AuditActions", "Sensitive data exported"),
    "privacy_document": translate("AuditActions", "Personal-data protection document written"),
    "demo": translate("AuditActions", "Demo data made"), "user_add": translate("AuditActions", "User added"),
}


class AuditQueryService:
    def __init__(self, ctx: AppContext):
        self.ctx = ctx

    def _where(self, q: AuditQuery) -> list[Any]:
        out: list[Any] = []
        if q.user:
            out.append(AuditEntry.user_name == q.user)
        if q.action:
            out.append(AuditEntry.action == q.action)
        if q.kind:
            out.append(AuditEntry.record_kind == q.kind)
        if q.record_id:
            out.append(AuditEntry.record_id == q.record_id)
        # The dates are the officer's (local) days; the log keeps UTC.
        start, end = local_day_bounds_utc(parse_date(q.date_from) if q.date_from else None,
                                          parse_date(q.date_to) if q.date_to else None)
        if start is not None:
            out.append(AuditEntry.at >= start)
        if end is not None:
            out.append(AuditEntry.at < end)
        return out

    def page(self, query: AuditQuery | None = None, offset: int = 0, limit: int = 100) -> list[AuditEntryView]:
        """Newest first. Times are UTC as stored."""
        q = query or AuditQuery()
        with self.ctx.session() as s:
            rows = s.scalars(select(AuditEntry).where(*self._where(q)).order_by(AuditEntry.id.desc())
                             .offset(max(0, offset)).limit(max(0, min(limit, 1000)))).all()
            return [self._row(a) for a in rows]

    def count(self, query: AuditQuery | None = None) -> int:
        with self.ctx.session() as s:
            return s.scalar(select(func.count()).select_from(AuditEntry)
                            .where(*self._where(query or AuditQuery()))) or 0

    def users(self) -> list[str]:
        with self.ctx.session() as s:
            return [u for u in s.scalars(select(AuditEntry.user_name).distinct().order_by(AuditEntry.user_name)) if u]

    @staticmethod
    def _row(a: AuditEntry) -> AuditEntryView:
        spec = KINDS.get(a.record_kind or "")
        field_label = a.field or ""
        if spec and a.field:
            try:
                field_label = str(spec.field(a.field).label)
            except KeyError:
                pass
        return AuditEntryView(
            id=a.id, at=a.at, at_display=format_stored_datetime(a.at), user=a.user_name, action=a.action,
            action_label=render(ACTION_LABELS.get(a.action, a.action)), kind=a.record_kind,
            kind_label=str(spec.label) if spec else (a.record_kind or ""), record_id=a.record_id, field=a.field,
            field_label=field_label, old=a.old_value, new=a.new_value, details=shown_details(a.details))
