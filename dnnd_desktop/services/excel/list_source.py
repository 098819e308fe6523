"""The rows of a list as its page shows them (same search, filters and sort), with every field,
streamed from SQL for exports and printouts.

The filter/search/sort SQL belongs to `storage.record_queries` (the list pages' engine); this
adapter reuses its building blocks so an export can never disagree with the page it came from.
They are private there today: when `record_queries` exposes a public "statement for a list"
function, only `_list_parts` below changes.
"""
from __future__ import annotations

import datetime as dt
import inspect
from typing import Any, Iterator

from sqlalchemy import and_, false, select
from sqlalchemy.orm import Session

from ...domain.record_kinds import REF, KindSpec, kind_spec
from ...storage import record_queries as rq
from ...storage import sqlite
from ...storage.models.records import Household, OverseasPerson
from ..records.list_service import RecordQueryService
from ..records.types import ListQuery

STREAM_BATCH = 2000


def _list_parts(ctx, spec: KindSpec, query: ListQuery, s: Session):
    """(model, where clauses, order by, computed column expressions) of the list."""
    service = RecordQueryService(ctx)
    criteria = service._criteria(spec, query)  # validates filters and sort like the page does
    service._ensure_index(s)
    sqlite.ensure_functions(s)
    model = rq.MODELS[spec.kind]
    today = criteria.today or dt.date.today()
    computed = rq._computed_columns(spec.kind, today)
    sort = criteria.sort if criteria.sort in spec.list_columns else spec.default_sort
    descending = criteria.descending if criteria.sort in spec.list_columns else spec.default_descending
    args = (spec, model, sort, computed, criteria)
    # The session argument came later (sort keys read from the data); accept both versions.
    takes_session = next(iter(inspect.signature(rq._sort_expr).parameters)) == "s"
    key = rq._sort_expr(s, *args) if takes_session else rq._sort_expr(*args)
    order = [key.desc(), model.id.desc()] if descending else [key.asc(), model.id.asc()]
    return model, rq._where(spec, model, criteria), order, computed


def data_fields(spec: KindSpec) -> list[str]:
    return [f.name for f in spec.fields if f.type != REF]


def count_list(ctx, kind: str, query: ListQuery | None = None) -> int:
    return RecordQueryService(ctx).count(kind, query or ListQuery())


def stream_list(ctx, s: Session, kind: str, query: ListQuery | None = None,
                extra_computed: tuple[str, ...] = ()) -> Iterator[dict[str, Any]]:
    """Every matching record as {field: raw value, "id": ...} plus the kind's computed list columns,
    in the list's order."""
    spec = kind_spec(kind)
    model, where, order, computed = _list_parts(ctx, spec, query or ListQuery(), s)
    names = data_fields(spec)
    wanted_computed = [n for n in (*(c.name for c in spec.computed), *extra_computed) if n in computed]
    cols = [model.id.label("id"), *(getattr(model, n).label(n) for n in names),
            *(computed[n].label(n) for n in wanted_computed)]
    if spec.kind == "person":
        cols.append(model.household_id.label("household_id"))
    stmt = select(*cols).where(*where).order_by(*order)
    for row in s.execute(stmt.execution_options(yield_per=STREAM_BATCH)):
        yield dict(row._mapping)


def stream_households_with_persons(ctx, s: Session, query: ListQuery | None = None
                                   ) -> Iterator[tuple[dict[str, Any], dict[str, Any] | None]]:
    """(household, person or None) pairs: households in the list's order, each followed by its
    live persons in Vietnamese name order; a household without persons comes once with None."""
    spec = kind_spec("household")
    model, where, order, _computed = _list_parts(ctx, spec, query or ListQuery(), s)
    h_names = data_fields(spec)
    p_names = data_fields(kind_spec("person"))
    cols = [Household.id.label("h.id"), *(getattr(Household, n).label("h." + n) for n in h_names),
            OverseasPerson.id.label("p.id"), *(getattr(OverseasPerson, n).label("p." + n) for n in p_names)]
    stmt = (select(*cols).select_from(Household)
            .outerjoin(OverseasPerson, and_(OverseasPerson.household_id == Household.id,
                                            OverseasPerson.deleted == false()))
            .where(*where).order_by(*order, OverseasPerson.full_name_sort, OverseasPerson.id))
    hn = len(h_names) + 1
    for row in s.execute(stmt.execution_options(yield_per=STREAM_BATCH)):
        household = dict(zip(["id", *h_names], row[:hn]))
        person = None if row[hn] is None else dict(zip(["id", *p_names], row[hn:]))
        yield household, person
