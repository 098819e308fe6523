"""Errors that reach a person. Each carries a stable code (for scripts and tests) and a Vietnamese
message that says what is wrong and what to do."""
from __future__ import annotations


class DnndError(Exception):
    """Base of every error shown to a user. `message` is Vietnamese; `code` is stable."""

    code = "error"

    def __init__(self, message: str, *, code: str | None = None, details: dict | None = None):
        super().__init__(message)
        self.message = message
        if code:
            self.code = code
        self.details = details or {}

    def __str__(self) -> str:
        return self.message


class ValidationError(DnndError):
    """Input rejected. `field_errors` maps a field name to its Vietnamese message."""

    code = "invalid"

    def __init__(self, message: str, field_errors: dict[str, str] | None = None, **kw):
        super().__init__(message, **kw)
        self.field_errors = field_errors or {}


class NotFound(DnndError):
    code = "not_found"


class PermissionDenied(DnndError):
    code = "permission_denied"


class Cancelled(DnndError):
    """The user pressed Cancel; whatever was under way has been rolled back."""

    code = "cancelled"

    def __init__(self, message: str = "Đã hủy theo yêu cầu. Không có thay đổi nào được ghi.", **kw):
        super().__init__(message, **kw)
