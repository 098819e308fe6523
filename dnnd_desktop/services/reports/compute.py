"""Indicator computations -> SQL. The only place a template's spec meets the database.

The spec was validated against the whitelist in domain.report_template, and the column of a field is
looked up here through that same whitelist, so a template can only ever read the whitelisted columns
of the whitelisted tables. Tombstones (deleted records, also those merged into another) never count.
"""
from __future__ import annotations

import re
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, null, or_, select
from sqlalchemy.orm import QueryableAttribute, Session

from ...domain.periods import Period
from ...domain.progress import CancelToken, ProgressCallback, no_progress
from ...domain.record_kinds import KINDS
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
from ...domain.text import fold
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


def _base(comp: Computation, period: Period, own_office: str | None = None) -> list[ColumnElement[bool]]:
    """Tombstones out, and the period's date range on the date field. With `own_office`, only the
    records made at that office (or with no origin): the province's own work, not the records its
    lower offices synced up (those are counted through their reports)."""
    model = MODELS[comp.kind]
    where: list[ColumnElement[bool]] = [model.deleted.is_(False)]
    if own_office is not None:
        # As ids from the owner index (ix_<table>_owner_change), not as a filter: given the OR,
        # SQLite read the whole table through the index that orders the breakdown (172 ms for
        # persons at 150 communes, growing with every commune synced up; issue 15).
        mine = select(model.id).where(model.origin_office_id == own_office) \
            .union_all(select(model.id).where(model.origin_office_id.is_(None)))
        where.append(model.id.in_(mine))
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


def _compute_group(s: Session, comps: list[Computation], period: Period,
                   own_office: str | None = None) -> list[dict[str, Any]]:
    """Indicators of one kind with the same date range and breakdown, in a single query."""
    first = comps[0]
    where = _base(first, period, own_office)
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
                progress: ProgressCallback = no_progress, cancel: CancelToken | None = None,
                own_office: str | None = None) -> dict[str, dict[str, Any]]:
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
        results = _compute_group(s, [c for _ind, c in group], period, own_office)
        for (ind, _c), result in zip(group, results, strict=False):
            out[ind.code] = result
        progress(n, len(groups), group[0][0].label)
    for ind in template.indicators:
        dc = ind.compute
        if dc is not None and dc.kind in DISTINCT_KINDS and dc.aggregate == COUNT:
            # Who is counted, so the province counts a partner known at several offices once.
            out[ind.code]["items"] = distinct_items(s, dc, period, own_office)
    return {ind.code: out[ind.code] for ind in template.indicators}


def matching_records(s: Session, comp: Computation, period: Period, key: str | None = None,
                     limit: int | None = None, own_office: str | None = None) -> list[tuple[str, str, int | None]]:
    """The records an indicator counts (id, name, amount), with `key` only those of one breakdown
    row ("" = the empty row): the same conditions as the figure, so they add up to it. The amount
    is the summed field's value (None for counts)."""
    model = MODELS[comp.kind]
    where = _base(comp, period, own_office)
    cond = _filters(comp)
    if cond is not None:
        where.append(cond)
    if key is not None and comp.breakdown:
        col = _column(model, comp.kind, comp.breakdown)
        where.append(col.is_(None) if key == "" else col == _typed_key(col, key))
    name_col = getattr(model, KINDS[comp.kind].name_field)
    amount = _column(model, comp.kind, comp.field) if comp.aggregate == SUM and comp.field else None
    if amount is not None:
        where.append(amount.is_not(None))   # a record with no amount adds nothing to a sum
    q = select(model.id, name_col, amount if amount is not None else null()).where(*where).order_by(model.id)
    if limit is not None:
        q = q.limit(limit)
    return [(rid, str(name or ""), int(value) if amount is not None and value is not None else None)
            for rid, name, value in s.execute(q)]


def _typed_key(col: QueryableAttribute[Any], key: str) -> Any:
    """A breakdown row's key (always text) as the column's value: commune codes are numbers,
    booleans "true"/"false"."""
    python_type = getattr(col.type, "python_type", str)
    if python_type is bool:
        return key == "true"
    if python_type is int:
        return int(key)
    return key


# Kinds whose records are the same thing when two offices know it: a foreign partner is one partner
# however many communes work with it, the village across the border one twinned side however many
# communes are twinned with it (issue 13). Their name, country and -- if the kind records one -- the
# foreign locality (province/district) fields.
DISTINCT_KINDS: dict[str, tuple[str, str, str | None]] = {
    "partner": ("name", "country", None),
    "twinning": ("counterpart_name", "counterpart_country", "counterpart_locality"),
}


def _folded(text: str | None) -> str:
    return " ".join(re.sub(r"[^a-z0-9 ]+", "", fold(text or "").replace(".", "")).split())


def identity_key(name: str | None, country: str | None, locality: str | None = None) -> str:
    """Folded name (no marks, case, punctuation or extra spaces) and country: "NGO A" in one commune
    and "N.G.O a" in another are one partner when in the same country. A foreign locality, when
    recorded, is a third part ("thon a|CN|ha khau van nam"): same-named villages of two districts
    are two; one office leaving it blank is matched by the consolidation (`identity_base`)."""
    base = f"{_folded(name)}|{(country or '').upper()}"
    place = _folded(locality)
    return f"{base}|{place}" if place else base


def identity_base(key: str) -> str:
    """The name and country part of an identity key."""
    return "|".join(key.split("|")[:2])


def distinct_items(s: Session, comp: Computation, period: Period, own_office: str | None = None
                   ) -> list[list[str]]:
    """[identity key, breakdown row key, name] of every record a count of a DISTINCT_KINDS kind
    counts (names of organisations, never of persons)."""
    model = MODELS[comp.kind]
    name_field, country_field, locality_field = DISTINCT_KINDS[comp.kind]
    where = _base(comp, period, own_office)
    cond = _filters(comp)
    if cond is not None:
        where.append(cond)
    row = _column(model, comp.kind, comp.breakdown) if comp.breakdown else null()
    place = getattr(model, locality_field) if locality_field else null()
    q = select(getattr(model, name_field), getattr(model, country_field), place, row).where(*where).order_by(model.id)
    return [[identity_key(name, country, locality), key_text(key) if comp.breakdown else "", name or ""]
            for name, country, locality, key in s.execute(q)]
