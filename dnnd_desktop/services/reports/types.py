"""Plain data the Reports page, the Overview and the CLI get from the report service."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from ...domain.report_template import DocumentDetails, ReportContent
from .completeness import MissingItem


@dataclass(frozen=True)
class ReportSummary:
    """One line of the report list."""

    id: str
    template_code: str
    template_title: str
    period_code: str
    period_label: str
    revision: int
    status: str
    status_label: str
    title: str
    number: str | None
    doc_date: dt.date | None
    approved_by: str | None
    approved_at: dt.datetime | None    # local time
    sent_at: dt.datetime | None        # local time
    updated_at: dt.datetime | None     # local time
    superseded: bool                   # a later revision exists


@dataclass(frozen=True)
class DocumentSettings:
    """The editable document details of one report (None: the office's default applies)."""

    number: str | None = None
    doc_date: dt.date | None = None
    signer: str = "head"                       # head / deputy
    signer_name: str | None = None
    signer_title: str | None = None
    recipients_to: tuple[str, ...] | None = None
    copies_to: tuple[str, ...] | None = None


@dataclass(frozen=True)
class ReportDetail:
    """Everything the Reports page shows and edits for one report."""

    summary: ReportSummary
    content: ReportContent             # sections, narrative, indicator lines (overridden ones flagged)
    document: DocumentDetails          # what the PDF header and closing will say
    settings: DocumentSettings         # what the user chose (for the document details dialog)
    supersedes_id: str | None
    superseded_by_id: str | None
    computed_at: dt.datetime | None    # local time
    created_by: str | None
    answer_comment: str | None
    answered_at: dt.datetime | None    # local time
    editable: bool
    lock_reason: str | None            # in the current language; names who approved it and when
    can_approve: bool                  # current user holds the approver role and the report is editable
    can_reopen: bool
    can_revise: bool
    # What blocks approval (blank hand-entered figures, empty narrative sections), document order.
    missing: tuple[MissingItem, ...] = ()

    @property
    def id(self) -> str:
        return self.summary.id

    @property
    def status(self) -> str:
        return self.summary.status

    def indicator_values(self) -> dict[str, int | None]:
        """target -> value as the report states it (overrides applied)."""
        return self.content.values()


@dataclass(frozen=True)
class IndicatorChange:
    target: str                        # "act_total" or "act_total/CN"
    label: str
    old: int | None
    new: int | None
    overridden: bool                   # the report keeps its override; only the computed value moved


@dataclass(frozen=True)
class RecomputeDiff:
    report_id: str
    changes: tuple[IndicatorChange, ...] = ()
    applied: bool = True
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    @property
    def changed(self) -> bool:
        return bool(self.changes)


@dataclass(frozen=True)
class ExplainedRecord:
    """One record behind a figure (or, in a consolidated report, one office's report or the
    province's own records)."""

    kind: str            # record kind, or "report" (a lower office's report in a consolidation)
    id: str
    name: str
    amount: int | None   # the summed field's value; for a count None; for a report its stated figure


@dataclass(frozen=True)
class Explanation:
    """What a figure of a report is made of: `value` is the number of `records` (count indicators)
    or the sum of their amounts (money and other sums), computed now from the data; `stated` is
    what the report says (an override or the value computed when the report was made)."""

    indicator: str                 # the target: "act_total" or "act_total/CN"
    label: str
    unit: str
    value: int | None
    records: tuple[ExplainedRecord, ...]
    stated: int | None
    manual: bool                   # an indicator entered by hand: no records behind it
    hand_entered: bool = False     # the stated figure was typed by a person (manual or corrected)
    nothing: bool = False          # marked «không phát sinh»
    entered_by: str | None = None
    entered_at: str | None = None
    note: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The `dnnd report explain --json` shape: {"indicator", "value", "records": [{"kind", "id",
        "name", "amount"}]}, plus "hand_entered" {"value", "by", "at", "note"} for a typed figure."""
        out: dict[str, Any] = {"indicator": self.indicator, "value": self.value,
                               "records": [{"kind": r.kind, "id": r.id, "name": r.name, "amount": r.amount}
                                           for r in self.records]}
        if self.hand_entered:
            out["hand_entered"] = {"value": self.stated, "by": self.entered_by, "at": self.entered_at,
                                   "note": self.note}
        return out
