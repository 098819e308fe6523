"""A province plan opened from a file: Word (.docx), a PDF with a text layer, or plain text, read by
the same reader as pasted text (`parse_plan_text`), so all three give the same draft."""
from __future__ import annotations

from pathlib import Path

from ...exchange.plan_documents import PlanFileError, plan_text_from_file
from .plans import PlanDraft, parse_plan_text

PLAN_FILE_SUFFIXES = (".docx", ".pdf", ".txt")


def read_plan_file(path: str | Path) -> PlanDraft:
    """The draft plan of a plan document file; PlanFileError (Vietnamese, says what to do) when it
    cannot be read. Nothing is saved: a person checks the draft first."""
    return parse_plan_text(plan_text_from_file(path))


__all__ = ["PLAN_FILE_SUFFIXES", "PlanFileError", "read_plan_file"]
