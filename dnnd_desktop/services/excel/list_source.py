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
from operator import itemgetter
from typing import TYPE_CHECKING, Any, NamedTuple

from sqlalchemy import ColumnElement, Row, Select, and_, asc, desc, false, not_, select
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
        stmt = _whole(s, select(*cols).where(*where).order_by(*order), model, parts, order)
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
    "household_id" and "full_name" are in the second map). Rows may hold more after those.

    Two streams in the same order, not one join: a join repeats every household cell on each of
    its persons' rows, and the database and Python then create those values once per person
    (a 100k-row export spends most of its own time there). The persons stream is ordered by its
    household's place in the list and merged with the households stream; if the two ever disagreed
    the merge fails loudly rather than drop anyone. A whole list in the head's name order, the
    list's default and most exports, reads persons without their households (_groups_by_head);
    for the others the database joins them and also puts each household's persons in name order."""
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
    if parts.whole and parts.key is Household.head_name_sort:
        return h_at, p_at, _groups_by_head(s, parts, h_cols, h_id, p_cols, p_household, p_at["id"])
    # Core, not the ORM session, a batch at a time (on SQLite the driver's own rows, storage/sqlite_rows.py).
    households = _stream(s, _whole(s, select(*h_cols).where(*parts.where).order_by(*parts.order), Household,
                                   parts, parts.order))
    persons = _stream(s, select(*p_cols).select_from(Household)
                      .join(OverseasPerson, and_(OverseasPerson.household_id == Household.id, _LIVE_PERSON))
                      .where(*parts.where).order_by(*parts.order, *_PERSON_ORDER))

    def groups() -> Iterator[HouseholdGroup]:
        pending = next(persons, None)
        for household in households:
            hid = household[h_id]
            own: list[Sequence[Any]] = []
            while pending is not None and pending[p_household] == hid:
                own.append(pending)
                pending = next(persons, None)
            yield household, own
        _all_merged(pending)
    return h_at, p_at, groups()


def _groups_by_head(s: Session, parts: _ListParts, h_cols: list[Any], h_id: int, p_cols: list[Any],
                    p_household: int, p_id: int) -> Iterator[HouseholdGroup]:
    """The groups of a whole list in the head's name order, without a visit to a household per
    person: the persons come in the order of the copy of their head's sort key that each carries
    (`household_head_sort`, kept by triggers on both databases), then by their own id, which is
    the order of the index the list pages use for that column. On SQLite both streams are read
    from their covering indexes, already in order (storage/sqlite.for_whole_list).

    Heads of the same name make a run of households with one key, whose persons come together,
    by person id: they are handed to their households by id. A household's persons are then put
    in name order here (rows carry the name key after the asked fields)."""
    step = desc if parts.descending else asc
    head = Household.head_name_sort
    households = _stream(s, _whole(s, select(*h_cols, head).where(*parts.where).order_by(*parts.order),
                                   Household, parts, parts.order))
    # "Not among the households the list leaves out" (for a whole list: the tombstones, a few)
    # rather than "among the 100k it holds": the same persons, since every person's household
    # exists (a foreign key), and a much smaller set to test each person against.
    left_out = select(Household.id).where(not_(and_(*parts.where)))
    p_order = [step(OverseasPerson.household_head_sort), step(OverseasPerson.id)]
    persons = _stream(s, _whole(s, select(*p_cols, OverseasPerson.full_name_sort)
                                .where(_LIVE_PERSON, OverseasPerson.household_id.not_in(left_out))
                                .order_by(*p_order), OverseasPerson, parts, p_order))
    by_name = itemgetter(len(p_cols), p_id)   # (name key, id): the order of _PERSON_ORDER

    def groups() -> Iterator[HouseholdGroup]:
        pending = next(persons, None)
        for _key, run in itertools.groupby(households, itemgetter(len(h_cols))):
            same_head = list(run)
            if len(same_head) == 1:   # (nearly always)
                own: list[Sequence[Any]] = []
                hid = same_head[0][h_id]
                while pending is not None and pending[p_household] == hid:
                    own.append(pending)
                    pending = next(persons, None)
                found = {hid: own}
            else:
                found = {h[h_id]: [] for h in same_head}
                while pending is not None and (tied := found.get(pending[p_household])) is not None:
                    tied.append(pending)
                    pending = next(persons, None)
            for household in same_head:
                own = found[household[h_id]]
                if len(own) > 1:
                    own.sort(key=by_name)
                yield household, own
        _all_merged(pending)
    return groups()


def _all_merged(pending: Sequence[Any] | None) -> None:
    if pending is not None:   # the two streams disagreed on the order: never leave a person out silently
        raise RuntimeError("the persons stream does not follow the households stream")


_LIVE_PERSON = OverseasPerson.deleted == false()
# A household's persons: by name (Vietnamese order, the stored key), then id
_PERSON_ORDER = (OverseasPerson.full_name_sort.asc(), OverseasPerson.id.asc())


def _whole(s: Session, stmt: Select[Any], model: type[SyncedMixin], parts: _ListParts,
           order: Sequence[Any]) -> Select[Any]:
    """A whole list is read in its order from a covering index, or from the table's start to end
    and sorted (storage/sqlite.for_whole_list); a filtered one through the indexes that find its
    few rows."""
    if not parts.whole:
        return stmt
    read: Select[Any] = dialect.module_for(s).for_whole_list(stmt, model, order)
    return read


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
