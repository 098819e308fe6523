"""What a report still lacks before a leader may approve it (issue 13): a hand-entered figure left
blank, or a narrative section (one without figures) left empty. Either is filled, or marked
explicitly "không phát sinh" (nothing arose in the period) — then it is printed as such, so a
signed report never shows a silent blank.

A blank figure marked so is an override {"value": None, "nothing": true, "by", "at"}; a section
marked so holds the text NOTHING_TEXT.
"""
from __future__ import annotations

from dataclasses import dataclass

from ...domain.report_template import NOTHING_CELL, NOTHING_TEXT, ReportContent

__all__ = ["NOTHING_CELL", "NOTHING_TEXT", "MissingItem", "missing_items", "section_of", "section_target"]

SECTION_PREFIX = "section:"


@dataclass(frozen=True)
class MissingItem:
    target: str        # an indicator code, or "section:<code>"
    label: str         # the indicator's label or the section's title, as the document says it


def section_target(code: str) -> str:
    return SECTION_PREFIX + code


def section_of(target: str) -> str | None:
    """The section code of a "section:<code>" target, else None (an indicator)."""
    return target[len(SECTION_PREFIX):] if target.startswith(SECTION_PREFIX) else None


def missing_items(content: ReportContent) -> list[MissingItem]:
    """In document order: blank hand-entered figures and empty narrative sections."""
    out: list[MissingItem] = []
    for sec in content.sections:
        if not sec.groups and not sec.text.strip():
            out.append(MissingItem(section_target(sec.code), sec.title))
        for grp in sec.groups:
            for ind in grp.indicators:
                if ind.manual and ind.total.value is None and not ind.total.nothing:
                    out.append(MissingItem(ind.code, ind.label))
    return out
