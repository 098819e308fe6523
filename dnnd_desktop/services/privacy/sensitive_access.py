"""Sensitive fields leaving the app (issue 14, Deliver 4).

Lists, PDFs and Excel files leave the record kinds' sensitive fields out (ethnicity, religion, ID
numbers, residence status, wishes: `sensitive=True` in domain/record_kinds.py). They go into a file
only when the user asks, holds the right (the Leader or Administrator role: the people who answer for
the office's data), and gives a reason; `sensitive_export_reason` checks all three before any work,
and the caller writes the reason into the audit entry of the export.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ...domain.errors import PermissionDenied, ValidationError
from ...domain.messages import translate
from ...domain.record_kinds import FieldSpec, kind_spec
from ...domain.roles import ADMIN, APPROVER
from ...domain.text import clean

if TYPE_CHECKING:
    from ..app_context import AppContext

SENSITIVE_EXPORT_ROLES = (APPROVER, ADMIN)
MAX_REASON = 500


def may_export_sensitive(ctx: AppContext) -> bool:
    """Whether the current user holds the right; a command acting as nobody does not."""
    user = ctx.current_user
    return user is not None and any(user.has_role(r) for r in SENSITIVE_EXPORT_ROLES)


def sensitive_export_reason(ctx: AppContext, reason: str | None) -> str:
    """The cleaned reason, after checking the right; raises PermissionDenied / ValidationError."""
    if not may_export_sensitive(ctx):
        raise PermissionDenied(translate(
            "PrivacyErrors", "Only a Leader or an Administrator may put sensitive information (ethnicity, religion, "
            "ID numbers, residence status, wishes) into a file."), code="sensitive_not_allowed")
    text = (clean(reason or "") or "")[:MAX_REASON]
    if not text:
        raise ValidationError(translate("PrivacyErrors", "Give the reason for including the sensitive information; "
                                        "it is written to the audit log."),
                              field_errors={"reason": translate("PrivacyErrors", "Enter a reason.")},
                              code="sensitive_reason_required")
    return text


def sensitive_fields(kind: str) -> list[FieldSpec]:
    return [f for f in kind_spec(kind).fields if f.sensitive]
