"""The rows of a list as its page shows them (same search, filters and sort), with every field,
streamed from SQL for exports and printouts.

The filter/search/sort SQL belongs to `storage.record_queries` (the list pages' engine); this
adapter reuses its building blocks so an export can never disagree with the page it came from.
They are private there today and have changed shape before: if they no longer fit, the rows are
read through the public page API instead (ids a page at a time, then the full rows by id), which
is slower but always agrees with the page. When `record_queries` exposes a public "statement for
a list" function, `_list_parts` should use it.
"""
from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from sqlalchemy import ColumnElement, Row, Select, and_, false, not_, select
from sqlalchemy.orm import Session

from ...domain.record_kinds import REF, KindSpec, kind_spec
from ...storage import dialect
from ...storage import record_queries as rq
from ...storage.dialect import STREAM_BATCH, streamed_rows
from ...storage.models.base import SyncedMixin
from ...storage.models.records import Household, OverseasPerson
from ..records.list_service import RecordQueryService
from ..records.types import ListQuery

if TYPE_CHECKING:
    from ..app_context import AppContext

PAGE = 1000  # the list service's largest page

# A household's row and its persons' rows (household_person_groups)
HouseholdGroup = tuple[Sequence[Any], list[Sequence[Any]]]


class _ListParts(NamedTuple):
    """The list's SQL pieces, built by the list pages' engine."""

    model: type[SyncedMixin]
    where: list[ColumnElement[bool]]
    order: list[ColumnElement[Any]]
    computed: dict[str, Any]
    key: Any                   # the sort expression (then the id)
    descending: bool
    whole: bool                # no search words, no filter: every live record of the kind


def _list_parts(ctx: AppContext, spec: KindSpec, query: ListQuery, s: Session) -> _ListParts | None:
    """The list's SQL pieces, or None when the list engine's building blocks have changed shape
    (then the public paging path is used)."""
    service = RecordQueryService(ctx)
    criteria = service._criteria(spec, query)  # validates filters and sort like the page does
    service._ensure_index(s)
    rq.prepare_session(s)
    model = rq.MODELS[spec.kind]
    today = criteria.today or dt.date.today()
    try:
        computed = rq._computed_columns(spec.kind, today)
        sort = criteria.sort if criteria.sort in spec.list_columns else spec.default_sort
        descending = criteria.descending if criteria.sort in spec.list_columns else spec.default_descending
        key = rq._sort_expr(s, spec, model, sort, computed, criteria)
        order = [key.desc(), model.id.desc()] if descending else [key.asc(), model.id.asc()]
        match = rq._search(s, model, criteria.words)
        where = rq._where(spec, model, criteria, match)
    except (TypeError, AttributeError):
        return None
    return _ListParts(model, where, order, computed, key, descending,
                      whole=not criteria.words and not criteria.filters)


def _ordered_ids(ctx: AppContext, kind: str, query: ListQuery) -> Iterator[str]:
    """The ids of the list in its order through the public page API (slower; a fallback)."""
    service = RecordQueryService(ctx)
    total = service.count(kind, query)
    for offset in range(0, total, PAGE):
        for row in service.page(kind, query, offset, PAGE):
            yield row.id


def _by_ids(s: Session, ctx: AppContext, spec: KindSpec, query: ListQuery,
            select_for_ids: Callable[[list[str]], Select[Any]]) -> Iterator[Row[Any]]:
    """Rows of `select_for_ids(ids)` in the list's order, a page of ids at a time."""
    ids = _ordered_ids(ctx, spec.kind, query)
    while True:
        chunk = list(itertools.islice(ids, PAGE))
        if not chunk:
            return
        position = {rid: i for i, rid in enumerate(chunk)}
        rows = list(s.execute(select_for_ids(chunk)))
        rows.sort(key=lambda r: position[r[0]])  # stable: persons keep their order within a household
        yield from rows


def data_fields(spec: KindSpec) -> list[str]:
    return [f.name for f in spec.fields if f.type != REF]


def count_list(ctx: AppContext, kind: str, query: ListQuery | None = None) -> int:
    return RecordQueryService(ctx).count(kind, query or ListQuery())


def stream_list(ctx: AppContext, s: Session, kind: str, query: ListQuery | None = None,
                extra_computed: tuple[str, ...] = ()) -> Iterator[dict[str, Any]]:
    """Every matching record as {field: raw value, "id": ...} plus the kind's computed list columns,
    in the list's order."""
    spec = kind_spec(kind)
    query = query or ListQuery()
    parts = _list_parts(ctx, spec, query, s)
    model: type[SyncedMixin] = rq.MODELS[spec.kind]
    where: list[ColumnElement[bool]] = []   # (where and order are used only with parts)
    order: list[ColumnElement[Any]] = []
    if parts is None:
        computed = rq._computed_columns(spec.kind, dt.date.today())
    else:
        model, where, order, computed = parts.model, parts.where, parts.order, parts.computed
    names = data_fields(spec)
    wanted_computed = [n for n in (*(c.name for c in spec.computed), *extra_computed) if n in computed]
    cols = [model.id.label("id"), *(getattr(model, n).label(n) for n in names),
            *(computed[n].label(n) for n in wanted_computed)]
    # The links too (a person's household; the household and person of a contribution…).
    cols.extend(getattr(model, f.name).label(f.name) for f in spec.fields if f.type == REF)
    if parts is None:
        rows = _by_ids(s, ctx, spec, query, lambda ids: select(*cols).where(model.id.in_(ids)))
    else:
        stmt = _in_file_order(s, select(*cols).where(*where).order_by(*order), model, parts)
        rows = s.execute(stmt.execution_options(yield_per=STREAM_BATCH))
    for row in rows:
        yield dict(row._mapping)


def household_person_groups(ctx: AppContext, s: Session, query: ListQuery | None = None,
                            household_fields: Sequence[str] | None = None,
                            person_fields: Sequence[str] | None = None
                            ) -> tuple[dict[str, int], dict[str, int], Iterator[HouseholdGroup]]:
    """Households in the list's order, each as (household row, [person rows]): its live persons in
    Vietnamese name order (none for a household without persons); with where each household field
    and each person field sits in its row. Rows, not dicts: the export reads a million cells.

    A household row holds the household fields asked (default: all), then its id, then the head's
    name unless asked ("id" and "head_name" are in the first map). A person row holds the person
    fields asked, then the person's id and household id, then the full name unless asked ("id",
    "household_id" and "full_name" are in the second map).

    Two streams in the same order, not one join: a join repeats every household cell on each of
    its persons' rows, and the database and Python then create those values once per person
    (a 100k-row export spends most of its own time there). The persons stream is ordered by its
    household's place in the list and merged with the households stream; if the two ever disagreed
    the merge fails loudly rather than drop anyone. The database also puts each household's
    persons in name order: a whole list is sorted anyway (_persons_stmt), and for the others the
    sorter's extra keys cost what sorting in Python did (measured on the 100k-row export)."""
    spec = kind_spec("household")
    query = query or ListQuery()
    parts = _list_parts(ctx, spec, query, s)
    h_names = list(data_fields(spec) if household_fields is None else household_fields)
    p_names = list(data_fields(kind_spec("person")) if person_fields is None else person_fields)
    h_cols: list[Any] = [*(getattr(Household, n) for n in h_names), Household.id]
    h_at = {n: i for i, n in enumerate(h_names)} | {"id": len(h_names)}
    p_cols: list[Any] = [*(getattr(OverseasPerson, n) for n in p_names), OverseasPerson.id, OverseasPerson.household_id]
    p_at = {n: i for i, n in enumerate(p_names)} | {"id": len(p_names), "household_id": len(p_names) + 1}
    for at, cols, model, name in ((h_at, h_cols, Household, "head_name"), (p_at, p_cols, OverseasPerson, "full_name")):
        if name not in at:
            at[name] = len(cols)
            cols.append(getattr(model, name))
    h_id, p_household = h_at["id"], p_at["household_id"]
    households: Iterator[Sequence[Any]]
    if parts is None:   # the public page path: households a page of ids at a time, then their persons
        households = (r[1:] for r in _by_ids(s, ctx, spec, query, lambda ids: select(Household.id, *h_cols)
                                             .where(Household.id.in_(ids))))
        return h_at, p_at, _paged_groups(s, households, h_id, p_cols, p_household)
    where, order = parts.where, parts.order
    # Core, not the ORM session, a batch at a time (on SQLite the driver's own rows, storage/sqlite_rows.py).
    households = _stream(s, _in_file_order(s, select(*h_cols).where(*where).order_by(*order), Household, parts))
    persons = _stream(s, _persons_stmt(s, parts, p_cols))

    def groups() -> Iterator[HouseholdGroup]:
        pending = next(persons, None)
        for household in households:
            hid = household[h_id]
            own: list[Sequence[Any]] = []
            while pending is not None and pending[p_household] == hid:
                own.append(pending)
                pending = next(persons, None)
            yield household, own
        if pending is not None:   # the two streams disagreed on the order: never leave a person out silently
            raise RuntimeError("the persons stream does not follow the households stream")
    return h_at, p_at, groups()


def _persons_stmt(s: Session, parts: _ListParts, p_cols: list[Any]) -> Select[Any]:
    """The live persons of the list's households, in the households' order, each household's
    persons together in name order.

    A whole list in the head's name order reads the persons table from start to end and sorts it
    by the copy of the head's sort key every person carries (`household_head_sort`, kept by
    triggers on both databases): the same order as the households', without a visit to a
    household per person. Any other list joins its households in their order."""
    live = OverseasPerson.deleted == false()
    if parts.whole and parts.key is Household.head_name_sort:
        head, household = OverseasPerson.household_head_sort, OverseasPerson.household_id
        # "Not among the households the list leaves out" (for a whole list: the tombstones, a few)
        # rather than "among the 100k it holds": the same persons, since every person's household
        # exists (a foreign key), and a much smaller set to test each person against.
        left_out = select(Household.id).where(not_(and_(*parts.where)))
        stmt = (select(*p_cols).where(live, household.not_in(left_out))
                .order_by(*((head.desc(), household.desc()) if parts.descending else (head.asc(), household.asc())),
                          *_PERSON_ORDER))
        return _in_file_order(s, stmt, OverseasPerson, parts)
    return (select(*p_cols).select_from(Household)
            .join(OverseasPerson, and_(OverseasPerson.household_id == Household.id, live))
            .where(*parts.where).order_by(*parts.order, *_PERSON_ORDER))


# A household's persons: by name (Vietnamese order, the stored key), then id
_PERSON_ORDER = (OverseasPerson.full_name_sort.asc(), OverseasPerson.id.asc())


def _in_file_order(s: Session, stmt: Select[Any], model: type[SyncedMixin], parts: _ListParts) -> Select[Any]:
    """A whole list is read from the table's start to end and sorted (storage/sqlite.in_file_order);
    a filtered one through the indexes that find its few rows."""
    if not parts.whole:
        return stmt
    scanned: Select[Any] = dialect.module_for(s).in_file_order(stmt, model)
    return scanned


def _stream(s: Session, stmt: Select[Any]) -> Iterator[Sequence[Any]]:
    return streamed_rows(s.connection(), stmt)


def _paged_groups(s: Session, households: Iterator[Sequence[Any]], h_id: int, p_cols: list[Any],
                  p_household: int) -> Iterator[HouseholdGroup]:
    while page := list(itertools.islice(households, PAGE)):
        found: dict[Any, list[Sequence[Any]]] = {}
        for row in s.execute(select(*p_cols).where(OverseasPerson.household_id.in_([h[h_id] for h in page]),
                                                   OverseasPerson.deleted == false()).order_by(*_PERSON_ORDER)):
            found.setdefault(row[p_household], []).append(row)
        for h in page:
            yield h, found.get(h[h_id], [])
