"""Errors that reach a person. Each carries a stable code (for scripts and tests), parameters, and
a catalogue text (domain/messages.py) that says what is wrong and what to do; the GUI, the CLI and
the documents render it in the current language when they read `message`."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
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


@dataclass(frozen=True)
class FieldPath:
    """Where a field sits in a nested form: the records leading to it and its name, e.g.
    FieldPath(("persons", 1, "contributions", 0), "amount_vnd"). A flat form's field has no parents.
    A form finds its widget from the parts; the dotted text (str()) is only for scripts (`--json`)."""

    parents: tuple[str | int, ...]
    field: str

    def within(self, *outer: str | int) -> FieldPath:
        """The same field seen from the record that holds `outer` (a person's field inside a household)."""
        return FieldPath((*outer, *self.parents), self.field)

    def __str__(self) -> str:
        return ".".join(map(str, (*self.parents, self.field)))


class ValidationError(DnndError):
    """Input rejected. `field_texts` maps each field's FieldPath to its message (a plain field name
    given stands for a field of a flat form). `field_errors` renders them keyed by dotted text, which
    for a flat form is the field name; a nested form reads `errors_at`."""

    code = "invalid"

    def __init__(self, message: Text, field_errors: Mapping[str, Text] | Mapping[FieldPath, Text] | None = None,
                 **kw: Any):
        super().__init__(message, **kw)
        self.field_texts: dict[FieldPath, Text] = {
            k if isinstance(k, FieldPath) else FieldPath((), k): v for k, v in (field_errors or {}).items()}

    @property
    def field_errors(self) -> dict[str, str]:
        return {str(path): render(text) for path, text in self.field_texts.items()}

    @property
    def path_errors(self) -> dict[FieldPath, str]:
        return {path: render(text) for path, text in self.field_texts.items()}

    def errors_at(self, *parents: str | int) -> dict[str, str]:
        """Messages of the fields of the record at `parents` (none: the top record), by field name."""
        return {path.field: render(text) for path, text in self.field_texts.items() if path.parents == parents}


class NotFound(DnndError):
    code = "not_found"


class PermissionDenied(DnndError):
    code = "permission_denied"


class Cancelled(DnndError):
    """The user pressed Cancel; whatever was under way has been rolled back."""

    code = "cancelled"

    def __init__(self, message: Text | None = None, **kw: Any):
        super().__init__(message or translate("Errors", "Cancelled as asked. Nothing was changed."), **kw)
