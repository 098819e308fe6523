"""The audit log: who did what to which record, field by field, old -> new."""
from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from ..storage.models import AuditEntry

if TYPE_CHECKING:
    from .app_context import AppContext

MASK = "•••"


def audit_value(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value
    try:
        return json.dumps(value, ensure_ascii=False, default=str)
    except TypeError:
        return str(value)


def write_audit(s: Session, ctx: AppContext | None, action: str, record_kind: str | None = None,
                record_id: str | None = None, field: str | None = None, old: Any = None, new: Any = None,
                details: str | None = None) -> None:
    user = ctx.current_user if ctx is not None else None
    s.add(AuditEntry(
        user_id=user.id if user else None,
        user_name=user.name if user else "hệ thống",   # data (stored), like AppContext.user_name
        action=action, record_kind=record_kind, record_id=record_id, field=field,
        old_value=audit_value(old), new_value=audit_value(new), details=details,
    ))
