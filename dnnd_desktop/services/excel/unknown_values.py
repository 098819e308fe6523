"""Values of a vocabulary column that are not in the vocabulary ("XKLĐ sang Đài", "con nuôi của
em"): grouped per column with their counts in the preview, and what to do with each.

Each one is either mapped to an existing term (its code), added to the office's list (a local
term of the vocab_terms table, like the terms a province's plan brings, whose code is the text
itself), or kept as written: the record then holds the text, which every list and form shows as
it is. Either way a record that reaches an office without the term still reads as typed. With
`strict_vocabulary` such rows are refused as before.

    choose_unknown_value(file, "person.relation", "con nuôi của em", "relative")   # map to a term
    choose_unknown_value(file, "person.relation", "con nuôi của em", ADD)          # add to the list
    choose_unknown_value(file, "person.relation", "con nuôi của em", KEEP)         # keep as written
then preview_import again.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain.record_kinds import LOCAL_VOCABULARIES
from ...domain.text import fold
from ...storage.models import VocabTerm
from .import_types import ImportFile

KEEP, ADD, REJECT = "keep", "add", "reject"
# Closed lists: a value outside them is a mistake, not a new term (a gender, a status, a direction):
# the record-local vocabularies of the kinds' description, and the twinning statuses.
CLOSED_VOCABULARIES = frozenset({"twinning_status", *LOCAL_VOCABULARIES})
LOCAL_SOURCE = "local"
_CODE_CHARS = re.compile(r"[^a-z0-9]+")
_CODE_MAX = 60   # vocab_terms.code


@dataclass
class UnknownValue:
    """One value not in a column's vocabulary, with how many cells hold it and what is done with it."""

    key: str                 # layout column key ("person.relation")
    column: int              # 0-based sheet column
    header: str
    vocabulary: str
    value: str               # as typed (first spelling met)
    count: int
    action: str              # KEEP, ADD, REJECT or the code of an existing term

    def to_dict(self) -> dict[str, Any]:
        return {"column": self.header, "key": self.key, "vocabulary": self.vocabulary, "value": self.value,
                "count": self.count, "action": self.action}


def local_code(value: str) -> str:
    """The code of a term an office adds from a typed value: the text itself (commas, which join
    several codes, become spaces), so a record that travels to an office without the term still
    shows what was meant; a text longer than a code may be becomes its folded words."""
    text = " ".join(value.replace(",", " ").split())
    if 0 < len(text) <= _CODE_MAX:
        return text
    return _CODE_CHARS.sub("-", fold(value)).strip("-")[:_CODE_MAX] or "term"


def choice_for(file: ImportFile, key: str, value: str) -> str:
    """What to do with an unknown value: the person's choice, else the file's default."""
    return file.unknown_choices.get((key, fold(value)), file.unknown_default)


def choose_unknown_value(file: ImportFile, key: str, value: str, action: str | None) -> None:
    """Set (or with None, clear) what to do with `value` of column `key` (any spelling of it)."""
    if action is None:
        file.unknown_choices.pop((key, fold(value)), None)
    else:
        file.unknown_choices[(key, fold(value))] = action


def add_local_terms(s: Session, terms: dict[tuple[str, str], str]) -> int:
    """Add the office's new terms ({(vocabulary, code): label}) not yet there; returns how many."""
    added = 0
    for (vocabulary, code), label in terms.items():
        row = s.scalars(select(VocabTerm).where(VocabTerm.vocabulary == vocabulary,
                                                VocabTerm.code == code)).first()
        if row is None:
            s.add(VocabTerm(vocabulary=vocabulary, code=code, label=label, source=LOCAL_SOURCE, active=True))
            added += 1
        elif not row.active:
            row.active = True
            added += 1
    return added
