"""A list of catalogue texts shown as one text (problems of a file, errors of a form)."""
from __future__ import annotations

from collections.abc import Iterable

from ..domain.messages import Message, Text


def joined(items: Iterable[Text], separator: str = "; ") -> Message:
    """`items` joined by `separator`, each rendered in the language the whole is rendered in.

    The pattern is not a catalogue entry: a list separator is punctuation, the same in Vietnamese
    and English, so its source is its only form."""
    values = list(items)
    names = [f"item{i}" for i in range(len(values))]
    return Message("", separator.join("{" + name + "}" for name in names), dict(zip(names, values, strict=True)))
