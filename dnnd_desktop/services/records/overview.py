"""The overview page's figures, computed by the report engine (services/reports/compute.py) for the
year shown: the Overview and a report for the same period count the same records the same way
(tombstones out, the period on the same date field), so the two never disagree."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ...domain.messages import render, translate
from ...domain.periods import YEAR, Period
from ...domain.progress import CancelToken
from ...domain.record_kinds import vocabulary_label
from ...domain.report_template import (
    COUNT,
    RANGE_TO_END,
    SUM,
    UNKNOWN_KEY,
    Computation,
    Filter,
    Indicator,
    ReportTemplateSpec,
)
from ...domain.vocab import label as vocab_label
from ..reports.compute import compute_all
from .types import CountRow, OverviewFigures, Participants, PurposeRow

if TYPE_CHECKING:
    from ..app_context import AppContext


def _ind(code: str, kind: str, aggregate: str = COUNT, field: str | None = None, date_field: str | None = None,
         breakdown: str | None = None, where: tuple[Filter, ...] = (), **more: Any) -> Indicator:
    return Indicator(code, code, "", Computation(kind, aggregate, field, where, date_field, breakdown=breakdown,
                                                 **more))


# As the built-in report template counts them (resources/templates/bao_cao_dnnd.json): in the
# period, activities by their start date and contributions by their date; twinning pairs standing at
# the period's end (undated ones included); households and persons as they stand.
OVERVIEW_INDICATORS: tuple[Indicator, ...] = (
    _ind("activities", "activity", date_field="start_date"),
    _ind("activities_by_type", "activity", date_field="start_date", breakdown="activity_type"),
    _ind("activities_by_country", "activity", date_field="start_date", breakdown="country"),
    _ind("participants_vn", "activity", SUM, "participants_vn", "start_date"),
    _ind("participants_foreign", "activity", SUM, "participants_foreign", "start_date"),
    _ind("participants_overseas", "activity", SUM, "overseas_participants", "start_date"),
    _ind("twinnings_active", "twinning", where=(Filter("status", "equals", ("active",)),),
         date_field="signed_date", date_range=RANGE_TO_END),
    _ind("households", "household"),
    _ind("persons_by_country", "person", breakdown="country"),
    _ind("contributions_vnd", "contribution", SUM, "amount_vnd", "date"),
    _ind("contributions_by_purpose", "contribution", date_field="date", breakdown="purpose"),
    _ind("contributions_vnd_by_purpose", "contribution", SUM, "amount_vnd", "date", breakdown="purpose"),
)

OVERVIEW_TEMPLATE = ReportTemplateSpec(
    code="overview", version=1, title="", subject="", intro="", periods=(YEAR,), schedule=(),
    indicators=OVERVIEW_INDICATORS, sections=(), body={})


def _rows(breakdown: dict[str, int], label: Callable[[str], str]) -> tuple[CountRow, ...]:
    ordered = sorted(breakdown.items(), key=lambda kv: (-kv[1], kv[0]))
    unknown = render(translate("RecordValues", "Unknown"))
    return tuple(CountRow(code=key or None, label=label(key) if key != UNKNOWN_KEY else unknown, count=n)
                 for key, n in ordered)


class OverviewService:
    def __init__(self, ctx: AppContext):
        self.ctx = ctx

    def figures(self, year: int | None = None, progress: object = None,
                cancel: CancelToken | None = None) -> OverviewFigures:
        """The figures of `year` (this year when not given): activities and contributions within the
        year; households, persons and twinning pairs as they stand."""
        year = year or dt.date.today().year
        with self.ctx.session() as s:
            v = compute_all(s, OVERVIEW_TEMPLATE, Period(year, YEAR), cancel=cancel)

        def value(code: str) -> int:
            return int(v[code]["value"] or 0)

        persons_by_country = _rows(v["persons_by_country"]["breakdown"], lambda c: vocab_label("country", c))
        amounts = v["contributions_vnd_by_purpose"]["breakdown"]
        counts = v["contributions_by_purpose"]["breakdown"]
        return OverviewFigures(
            year=year, activities=value("activities"),
            activities_by_type=_rows(v["activities_by_type"]["breakdown"],
                                     lambda c: vocabulary_label("activity_type", c)),
            activities_by_country=_rows(v["activities_by_country"]["breakdown"],
                                        lambda c: vocab_label("country", c)),
            participants=Participants(vn=value("participants_vn"), foreign=value("participants_foreign"),
                                      overseas=value("participants_overseas")),
            twinnings_active=value("twinnings_active"), households=value("households"),
            persons=sum(r.count for r in persons_by_country), persons_by_country=persons_by_country,
            contributions_vnd=value("contributions_vnd"),
            contributions_by_purpose=tuple(
                PurposeRow(code=p or None, label=vocabulary_label("contribution_purpose", p), count=n,
                           amount_vnd=int(amounts.get(p, 0)))
                for p, n in sorted(counts.items(), key=lambda kv: (-amounts.get(kv[0], 0), kv[0]))))
