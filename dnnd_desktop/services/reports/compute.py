"""Indicator computations -> SQL. The only place a template's spec meets the database.

The spec was validated against the whitelist in domain.report_template, and the column of a field is
looked up here through that same whitelist, so a template can only ever read the whitelisted columns
of the whitelisted tables. Tombstones (deleted records, also those merged into another) never count.
"""
from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, or_, select
from sqlalchemy.orm import QueryableAttribute, Session

from ...domain.periods import Period
from ...domain.progress import CancelToken, ProgressCallback, no_progress
from ...domain.report_template import (
    COUNT,
    COUNT_DISTINCT,
    RANGE_TO_END,
    RECORD_KINDS,
    SUM,
    AnyOf,
    Computation,
    Filter,
    Indicator,
    ReportTemplateSpec,
    key_text,
)
from ...storage.models import (
    MODEL_BY_KIND,
    SyncedMixin,
)

MODELS = MODEL_BY_KIND   # the one kind -> model map


def _column(model: type[SyncedMixin], kind: str, name: str) -> QueryableAttribute[Any]:
    if RECORD_KINDS[kind].field(name) is None:   # never reached for a validated template
        raise KeyError(f"{kind}.{name} is not a reportable field")
    column: QueryableAttribute[Any] = getattr(model, name)
    return column


def _condition(model: type[SyncedMixin], kind: str, f: Filter | AnyOf) -> ColumnElement[bool]:
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


def _aggregate(comp: Computation, cond: ColumnElement[bool] | None = None) -> ColumnElement[Any]:
    """The aggregate of one indicator; with `cond`, only over the rows that meet it (so several
    indicators sharing a table, date range and breakdown are computed in one pass)."""
    model = MODELS[comp.kind]
    if comp.aggregate == COUNT:
        return func.count() if cond is None else func.sum(case((cond, 1), else_=0))
    if comp.field is None:   # never reached for a validated template: only a count goes without a field
        raise KeyError(f"{comp.kind}: {comp.aggregate} needs a field")
    col = _column(model, comp.kind, comp.field)
    picked = col if cond is None else case((cond, col), else_=None)
    if comp.aggregate == SUM:
        return func.sum(picked)
    if comp.aggregate == COUNT_DISTINCT:
        return func.count(func.distinct(picked))
    raise KeyError(comp.aggregate)


def _filters(comp: Computation) -> ColumnElement[bool] | None:
    model = MODELS[comp.kind]
    parts = [_condition(model, comp.kind, f) for f in comp.where]
    return and_(*parts) if parts else None


def _base(comp: Computation, period: Period) -> list[ColumnElement[bool]]:
    """Tombstones out, and the period's date range on the date field."""
    model = MODELS[comp.kind]
    where: list[ColumnElement[bool]] = [model.deleted.is_(False)]
    if comp.date_field:
        col = _column(model, comp.kind, comp.date_field)
        if comp.date_range == RANGE_TO_END:
            # A standing count at the period's end; records without a date are taken as existing.
            where.append(or_(col.is_(None), col <= period.end))
        else:
            where.append(col.between(period.start, period.end))
    return where


def compute_one(s: Session, comp: Computation, period: Period) -> dict[str, Any]:
    """{"value": int, "breakdown": {key: int}} (breakdown only when asked for)."""
    return _compute_group(s, [comp], period)[0]


def _compute_group(s: Session, comps: list[Computation], period: Period) -> list[dict[str, Any]]:
    """Indicators of one kind with the same date range and breakdown, in a single query."""
    first = comps[0]
    where = _base(first, period)
    aggs = [_aggregate(c, _filters(c)) for c in comps]
    results: list[dict[str, Any]] = [{} for _ in comps]
    if first.breakdown:
        col = _column(MODELS[first.kind], first.kind, first.breakdown)
        rows = s.execute(select(col, *aggs).where(*where).group_by(col)).all()
        for i, comp in enumerate(comps):
            breakdown: dict[str, int] = {}
            for row in rows:
                value = row[i + 1]
                if not value:
                    continue  # no such records under this key (or they add up to nothing): no row
                k = key_text(row[0])
                breakdown[k] = breakdown.get(k, 0) + int(value)
            results[i]["breakdown"] = breakdown
            if comp.aggregate != COUNT_DISTINCT:
                # Counts and sums split without overlap: the total is the sum of the rows.
                results[i]["value"] = sum(breakdown.values())
        pending = [i for i, c in enumerate(comps) if c.aggregate == COUNT_DISTINCT]
        if not pending:
            return results
        totals = s.execute(select(*(aggs[i] for i in pending)).where(*where)).one()
        for i, value in zip(pending, totals, strict=False):
            results[i]["value"] = int(value or 0)
        return results
    row = s.execute(select(*aggs).where(*where)).one()
    for i, value in enumerate(row):
        results[i]["value"] = int(value or 0)
    return results


def compute_all(s: Session, template: ReportTemplateSpec, period: Period,
                progress: ProgressCallback = no_progress, cancel: CancelToken | None = None
                ) -> dict[str, dict[str, Any]]:
    """Every computed indicator of the template for the period; manual ones get value None.
    Indicators reading the same table over the same range with the same breakdown share a query."""
    out: dict[str, dict[str, Any]] = {ind.code: {"value": None} for ind in template.indicators if ind.manual}
    groups: dict[tuple[str, str | None, str, str | None], list[tuple[Indicator, Computation]]] = {}
    for ind in template.indicators:
        if ind.compute is not None:
            c = ind.compute
            groups.setdefault((c.kind, c.date_field, c.date_range, c.breakdown), []).append((ind, c))
    for n, group in enumerate(groups.values(), start=1):
        if cancel is not None:
            cancel.raise_if_cancelled()
        for (ind, _c), result in zip(group, _compute_group(s, [c for _ind, c in group], period), strict=False):
            out[ind.code] = result
        progress(n, len(groups), group[0][0].label)
    return {ind.code: out[ind.code] for ind in template.indicators}
