"""Errors that reach a person. Each carries a stable code (for scripts and tests), parameters, and
a catalogue text (domain/messages.py) that says what is wrong and what to do; the GUI, the CLI and
the documents render it in the current language when they read `message`."""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .messages import Message, Text, render, translate


class DnndError(Exception):
    """Base of every error shown to a user. `text` is a catalogue Message (a plain str is still
    accepted while the last literals move to the catalogue); `code` is stable; `params` are the
    values the text names, for scripts (`--json`)."""

    code = "error"

    def __init__(self, message: Text, *, code: str | None = None, details: dict[str, Any] | None = None):
        self.text: Text = message
        super().__init__(message)
        if code:
            self.code = code
        self.details = details or {}

    @property
    def message(self) -> str:
        """The text in the current language."""
        return render(self.text)

    @property
    def params(self) -> Mapping[str, Any]:
        return self.text.params if isinstance(self.text, Message) else {}

    def __str__(self) -> str:
        return self.message


class ValidationError(DnndError):
    """Input rejected. `field_errors` maps a field name to its message (rendered when read)."""

    code = "invalid"

    def __init__(self, message: Text, field_errors: Mapping[str, Text] | None = None, **kw: Any):
        super().__init__(message, **kw)
        self.field_texts: dict[str, Text] = dict(field_errors or {})

    @property
    def field_errors(self) -> dict[str, str]:
        return {name: render(text) for name, text in self.field_texts.items()}


class NotFound(DnndError):
    code = "not_found"


class PermissionDenied(DnndError):
    code = "permission_denied"


class Cancelled(DnndError):
    """The user pressed Cancel; whatever was under way has been rolled back."""

    code = "cancelled"

    def __init__(self, message: Text | None = None, **kw: Any):
        super().__init__(message or translate("Errors", "Cancelled as asked. Nothing was changed."), **kw)
