"""The audit log: who did what to which record, field by field, old -> new.

Details written as a catalogue text are stored as its context, source and parameters (marked by a
leading record-separator character), so the log reads in the language of whoever opens it; details
of older entries are plain text and shown as they are."""
from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from ..domain.messages import Message, Text, render
from ..storage.models import AuditEntry

if TYPE_CHECKING:
    from .app_context import AppContext

MASK = "•••"
_MESSAGE_MARK = "\x1e"  # no typed text starts with a record separator


def stored_details(details: Text | None) -> str | None:
    """What the details column holds: a catalogue text as [context, source, params] JSON."""
    if not isinstance(details, Message):
        return details
    params = {k: render(v) if isinstance(v, Message) else v for k, v in details.params.items()}
    return _MESSAGE_MARK + json.dumps([details.context, details.source, params], ensure_ascii=False, default=str)


def shown_details(stored: str | None) -> str | None:
    """The details in the current language (plain text of older entries as it is)."""
    if not stored or not stored.startswith(_MESSAGE_MARK):
        return stored
    try:
        context, source, params = json.loads(stored[1:])
        return Message(context, source, params).text()
    except (ValueError, TypeError):
        return stored[1:]


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
                details: Text | None = None) -> None:
    user = ctx.current_user if ctx is not None else None
    s.add(AuditEntry(
        user_id=user.id if user else None,
        user_name=user.name if user else "hệ thống",   # data (stored), like AppContext.user_name
        action=action, record_kind=record_kind, record_id=record_id, field=field,
        old_value=audit_value(old), new_value=audit_value(new), details=stored_details(details),
    ))
