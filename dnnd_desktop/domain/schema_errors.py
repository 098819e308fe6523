"""What a person reads when a JSON document breaks its declared schema.

The JSON formats (report templates, plans, report payloads, sync data, the package header) are
declared as pydantic models next to the code that reads them. pydantic reports every violation as
an error with a type ("missing", "extra_forbidden", "string_too_long", ...), a location
(`("indicators", 2, "compute", "aggregate")`) and context (the limit that was crossed). This module
turns each into one catalogue Message, "<place>: <what is wrong>", with the place in a person's
terms ("chỉ tiêu thứ 3, cách tính, trường «aggregate»") rather than as a JSON path.

Each format says how its parts are called (`Naming`) and adds texts for its own rules: a schema's
validator raises `PydanticCustomError(type, english, ctx)` and the format's `custom[type]` is the
catalogue text, given the place and the ctx values.

Values are named only when the format allows it (`show_values`): template and plan codes help a
person find the typo; sync records and report payloads may hold personal data, which never goes
into an error text.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError as SchemaViolation
from pydantic_core import ErrorDetails

from .messages import Message, render, translate

__all__ = ["Naming", "SchemaViolation", "describe", "joined", "place", "problems", "rendered", "shown"]

MAX_VALUE_CHARS = 60


@dataclass(frozen=True)
class Naming:
    """How one format names its parts.

    `items[key]`: a list under `key`, one element named with {n} (1-based): "indicator {n}".
    `entries[key]`: an object of named entries under `key`, one named with {key}: "vocabulary «{key}»".
    `parts[key]`: an object under `key`, named as a whole: "calculation".
    `hidden`: keys left out of the place (a wrapper a person never sees: a record's "fields").
    `root`: the document itself, for problems of the whole.
    `custom[type]`: the text of an error type the format's own validators raise ({place} + its ctx).
    """

    root: Message
    items: Mapping[str, Message] = field(default_factory=dict)
    entries: Mapping[str, Message] = field(default_factory=dict)
    parts: Mapping[str, Message] = field(default_factory=dict)
    custom: Mapping[str, Message] = field(default_factory=dict)
    hidden: frozenset[str] = frozenset()
    show_values: bool = False


# -- the place ------------------------------------------------------------------------------------
_FIELD = translate("SchemaErrors", "field «{field}»")
_ITEM = translate("SchemaErrors", "item {n} of «{field}»")
_ITEM_ALONE = translate("SchemaErrors", "item {n}")
_SEPARATOR = ", "


def place(loc: Sequence[str | int], naming: Naming) -> Message:
    """`loc` (a pydantic location) named for a person: known lists, entries and parts by their
    names, the rest as a field path; the document's root name when empty."""
    parts: list[Message] = []
    path: list[str] = []

    def flush() -> None:
        if path:
            parts.append(_FIELD.format(field=".".join(path)))
            path.clear()

    i = 0
    while i < len(loc):
        key = loc[i]
        nxt = loc[i + 1] if i + 1 < len(loc) else None
        if key == "[key]" or key in naming.hidden:
            i += 1          # "[key]": pydantic's mark that a dict key (named just before) is wrong
        elif isinstance(key, str) and isinstance(nxt, int) and key in naming.items:
            flush()
            parts.append(naming.items[key].format(n=nxt + 1))
            i += 2
        elif isinstance(key, str) and isinstance(nxt, str) and key in naming.entries:
            flush()
            parts.append(naming.entries[key].format(key=nxt))
            i += 2
        elif isinstance(key, str) and key in naming.parts and not path:
            flush()
            parts.append(naming.parts[key])
            i += 1
        elif isinstance(key, int):
            parts.append(_ITEM.format(n=key + 1, field=".".join(path)) if path else _ITEM_ALONE.format(n=key + 1))
            path.clear()
            i += 1
        else:
            path.append(str(key))
            i += 1
    flush()
    if not parts:
        return naming.root
    return joined(parts, _SEPARATOR)


# -- what is wrong --------------------------------------------------------------------------------
_MISSING = translate("SchemaErrors", "{place}: the field «{field}» is missing.")
_UNKNOWN = translate("SchemaErrors", "{place}: the field «{field}» is not part of this format.")
_TYPES = {
    "string_type": translate("SchemaErrors", "{place}: must be text."),
    "int_type": translate("SchemaErrors", "{place}: must be a whole number."),
    "int_from_float": translate("SchemaErrors", "{place}: must be a whole number."),
    "bool_type": translate("SchemaErrors", "{place}: must be true or false."),
    "dict_type": translate("SchemaErrors", "{place}: must be a JSON object {{…}}."),
    "model_type": translate("SchemaErrors", "{place}: must be a JSON object {{…}}."),
    "model_attributes_type": translate("SchemaErrors", "{place}: must be a JSON object {{…}}."),
    "list_type": translate("SchemaErrors", "{place}: must be a list […]."),
    "none_required": translate("SchemaErrors", "{place}: must be left empty (null)."),
}
_EMPTY = translate("SchemaErrors", "{place}: must not be empty.")
_TOO_SHORT_TEXT = translate("SchemaErrors", "{place}: must have at least {min_length} characters.")
_TOO_LONG_TEXT = translate("SchemaErrors", "{place}: is longer than {max_length} characters.")
_TOO_FEW = translate("SchemaErrors", "{place}: needs at least {min_length} items.")
_TOO_MANY = translate("SchemaErrors", "{place}: has more than {max_length} items.")
_RANGE = {
    "greater_than_equal": translate("SchemaErrors", "{place}: must be at least {ge}."),
    "greater_than": translate("SchemaErrors", "{place}: must be more than {gt}."),
    "less_than_equal": translate("SchemaErrors", "{place}: must be at most {le}."),
    "less_than": translate("SchemaErrors", "{place}: must be less than {lt}."),
}
_NOT_ALLOWED = translate("SchemaErrors", "{place}: is not one of the allowed values ({expected}).")
_NOT_ALLOWED_VALUE = translate("SchemaErrors", "{place}: «{value}» is not one of the allowed values ({expected}).")
_PATTERN = translate("SchemaErrors", "{place}: is not in the expected form.")
_PATTERN_VALUE = translate("SchemaErrors", "{place}: «{value}» is not in the expected form.")
_INVALID = translate("SchemaErrors", "{place}: is not valid.")


def _expected(text: str) -> str:
    """pydantic's "'a', 'b' or 'c'" as "a, b, c" (the words between values are English)."""
    items = text.replace(" or ", ", ").split(", ")
    return ", ".join(item.strip().strip("'\"") for item in items if item.strip())


def _shown(value: Any) -> str | None:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (str, int)):
        text = str(value)
        return text if len(text) <= MAX_VALUE_CHARS else text[:MAX_VALUE_CHARS] + "…"
    return None


def describe(error: ErrorDetails, naming: Naming) -> Message:
    """One pydantic error as "<place>: <what is wrong>"."""
    kind, loc, ctx = error["type"], tuple(error["loc"]), dict(error.get("ctx") or {})
    if kind in naming.custom:
        return naming.custom[kind].format(place=place(loc, naming), **ctx)
    if kind in ("missing", "extra_forbidden") and loc:
        return (_MISSING if kind == "missing" else _UNKNOWN).format(place=place(loc[:-1], naming),
                                                                    field=str(loc[-1]))
    where = place(loc, naming)
    value = _shown(error.get("input")) if naming.show_values else None
    if kind in _TYPES:
        return _TYPES[kind].format(place=where)
    if kind == "string_too_short":
        return (_EMPTY if ctx.get("min_length") == 1 else _TOO_SHORT_TEXT).format(place=where, **ctx)
    if kind == "string_too_long":
        return _TOO_LONG_TEXT.format(place=where, max_length=ctx.get("max_length"))
    if kind == "too_short":
        return _TOO_FEW.format(place=where, min_length=ctx.get("min_length"))
    if kind == "too_long":
        return _TOO_MANY.format(place=where, max_length=ctx.get("max_length"))
    if kind in _RANGE:
        return _RANGE[kind].format(place=where, **ctx)
    if kind in ("literal_error", "enum"):
        expected = _expected(str(ctx.get("expected", "")))
        if value is not None:
            return _NOT_ALLOWED_VALUE.format(place=where, value=value, expected=expected)
        return _NOT_ALLOWED.format(place=where, expected=expected)
    if kind == "string_pattern_mismatch":
        return (_PATTERN_VALUE.format(place=where, value=value) if value is not None
                else _PATTERN.format(place=where))
    return _INVALID.format(place=where)


def problems(exc: SchemaViolation, naming: Naming) -> list[Message]:
    """Every error of a validation, described, those of the document's top level first (an unknown
    or missing key there is often the one typo behind the rest); a problem reported twice (the same
    text for the same place, as unions do) is listed once."""
    out: list[Message] = []
    seen: set[str] = set()
    errors = sorted(exc.errors(include_url=False), key=lambda e: len(e["loc"]) > 1)
    for error in errors:
        message = describe(error, naming)
        key = message.text("en")
        if key not in seen:
            seen.add(key)
            out.append(message)
    return out


_MORE = translate("SchemaErrors", "{problems}; and {more} more problems")


def shown(found: Sequence[Message], limit: int) -> Message:
    """The first `limit` problems, and how many more there are."""
    if len(found) <= limit:
        return joined(found)
    return _MORE.format(problems=joined(found[:limit]), more=len(found) - limit)


def rendered(messages: Iterable[Message], language: str | None = None) -> list[str]:
    """The problems as text (for `details`, which scripts read as JSON)."""
    return [render(m, language) for m in messages]


# -- a list of texts that renders lazily ----------------------------------------------------------
@dataclass(frozen=True)
class _Joined(Message):
    """Messages joined by `separator`, each rendered in the language asked for when read. A part's
    closing full stop is dropped ("a.; b." reads badly): the sentence around the list ends it."""

    parts: tuple[Any, ...] = ()
    separator: str = "; "

    def text(self, language: str | None = None) -> str:
        return self.separator.join(render(p, language).removesuffix(".") for p in self.parts)


def joined(parts: Iterable[Any], separator: str = "; ") -> Message:
    return _Joined("", "", {}, tuple(parts), separator)
