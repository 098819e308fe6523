"""Vocabulary terms added by the province (vocab_terms table), as {vocabulary: {code: label}}."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...storage.models import VocabTerm


def extra_terms(s: Session) -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for t in s.scalars(select(VocabTerm).where(VocabTerm.active.is_(True))):
        out.setdefault(t.vocabulary, {})[t.code] = t.label
    return out
