"""Indicator computations -> SQL. The only place a template's spec meets the database.

The spec was validated against the whitelist in domain.report_template, and the column of a field is
looked up here through that same whitelist, so a template can only ever read the whitelisted columns
of the whitelisted tables. Tombstones (deleted records, also those merged into another) never count.
"""
from __future__ import annotations

from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from ...domain.periods import Period
from ...domain.progress import CancelToken, ProgressCallback, no_progress
from ...domain.report_template import (
    COUNT, COUNT_DISTINCT, RANGE_TO_END, SUM, AnyOf, Computation, Filter, ReportTemplateSpec,
    RECORD_KINDS, key_text,
)
from ...storage.models import (
    Activity, Commendation, Contribution, Household, OverseasPerson, Partner, Twinning,
)

MODELS = {
    "activity": Activity, "twinning": Twinning, "household": Household, "person": OverseasPerson,
    "contribution": Contribution, "commendation": Commendation, "partner": Partner,
}


def _column(model, kind: str, name: str):
    if RECORD_KINDS[kind].field(name) is None:   # never reached for a validated template
        raise KeyError(f"{kind}.{name} is not a reportable field")
    return getattr(model, name)


def _condition(model, kind: str, f: Filter | AnyOf):
    if isinstance(f, AnyOf):
        return or_(*(_condition(model, kind, part) for part in f.filters))
    col = _column(model, kind, f.field)
    if f.op == "equals":
        return col.is_(None) if f.values[0] is None else col == f.values[0]
    if f.op == "in":
        return col.in_(list(f.values))
    if f.op == "present":
        return col.is_not(None) if f.values[0] else col.is_(None)
    lo, hi = f.values          # between: both ends included
    parts = [c for c in ((col >= lo) if lo is not None else None, (col <= hi) if hi is not None else None)
             if c is not None]
    return and_(*parts)


def conditions(comp: Computation, period: Period) -> list:
    model = MODELS[comp.kind]
    where = [model.deleted.is_(False)]
    where += [_condition(model, comp.kind, f) for f in comp.where]
    if comp.date_field:
        col = _column(model, comp.kind, comp.date_field)
        if comp.date_range == RANGE_TO_END:
            # A standing count at the period's end; records without a date are taken as existing.
            where.append(or_(col.is_(None), col <= period.end))
        else:
            where.append(col.between(period.start, period.end))
    return where


def _aggregate(comp: Computation):
    model = MODELS[comp.kind]
    if comp.aggregate == COUNT:
        return func.count()
    col = _column(model, comp.kind, comp.field)
    if comp.aggregate == SUM:
        return func.coalesce(func.sum(col), 0)
    if comp.aggregate == COUNT_DISTINCT:
        return func.count(func.distinct(col))
    raise KeyError(comp.aggregate)


def compute_one(s: Session, comp: Computation, period: Period) -> dict[str, Any]:
    """{"value": int, "breakdown": {key: int}} (breakdown only when asked for)."""
    where = conditions(comp, period)
    agg = _aggregate(comp)
    model = MODELS[comp.kind]
    result: dict[str, Any] = {}
    if comp.breakdown:
        col = _column(model, comp.kind, comp.breakdown)
        rows = s.execute(select(col, agg).where(*where).group_by(col)).all()
        breakdown: dict[str, int] = {}
        for key, value in rows:
            if comp.aggregate == SUM and not value:
                continue  # a country whose records add up to nothing is noise in a money table
            k = key_text(key)
            breakdown[k] = breakdown.get(k, 0) + int(value or 0)
        result["breakdown"] = breakdown
        if comp.aggregate != COUNT_DISTINCT:
            # Counts and sums split without overlap: the total is the sum of the rows.
            result["value"] = sum(breakdown.values())
            return result
    result["value"] = int(s.execute(select(agg).where(*where)).scalar_one() or 0)
    return result


def compute_all(s: Session, template: ReportTemplateSpec, period: Period,
                progress: ProgressCallback = no_progress, cancel: CancelToken | None = None
                ) -> dict[str, dict[str, Any]]:
    """Every computed indicator of the template for the period; manual ones get value None."""
    out: dict[str, dict[str, Any]] = {}
    total = len(template.indicators)
    for n, ind in enumerate(template.indicators, start=1):
        if cancel is not None:
            cancel.raise_if_cancelled()
        out[ind.code] = {"value": None} if ind.compute is None else compute_one(s, ind.compute, period)
        progress(n, total, ind.label)
    return out
