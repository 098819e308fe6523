"""Lists of records for the list pages and `dnnd search`: filters, search, sort and paging all run
in SQL (storage.record_queries); this service validates the query and adds display text."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain.errors import ValidationError
from ...domain.messages import Message, render, translate
from ...domain.periods import Period, parse_period
from ...domain.record_kinds import COMMUNE, COUNTRY, REF, SEARCHABLE_KINDS, VOCAB, KindSpec, kind_spec
from ...domain.text import fold, sort_key
from ...domain.validation import parse_bool, parse_date
from ...storage import record_queries as rq
from .display import commune_names, display_rows
from .types import ListQuery, ListRow, SearchHit, SearchResult
from .vocab_terms import extra_terms

if TYPE_CHECKING:
    from ..app_context import AppContext

MAX_PAGE = 1000


def search_words(text: str | None) -> tuple[str, ...]:
    """Folded words of a typed query (NFD, tone marks, case and đ/Đ all ignored)."""
    return tuple(w for w in fold(text or "").split(" ") if w)


class RecordQueryService:
    def __init__(self, ctx: AppContext):
        self.ctx = ctx
        self.province_code = ctx.installation.province_code
        self._checked_index = False
        # (kind, criteria) -> the group sizes of a list sorted group by group, as its last
        # first_page counted them: a later page of the same list, with the count they add up to,
        # reads its groups from them instead of counting the index again.
        self._group_sizes: dict[tuple[str, rq.Criteria], list[tuple[Any, int]]] = {}

    # -- public API -----------------------------------------------------------------------------
    def page(self, kind: str, query: ListQuery | None = None, offset: int = 0, limit: int = 100,
             total: int | None = None) -> list[ListRow]:
        """Rows `offset`..`offset+limit` of the list: each with the raw value of every list column
        (`values`, with "id") and its display text (`display`).

        Pass `total` (what count() returned for the same query) when you have it: pages past the
        middle are then read backwards from the end, as fast as the first page."""
        spec = kind_spec(kind)
        criteria = self._criteria(spec, query or ListQuery())
        limit = max(0, min(int(limit), MAX_PAGE))
        with self.ctx.session() as s:
            self._ensure_index(s)
            offset = max(0, int(offset))
            if total is None and offset > 10_000:
                total = rq.count_rows(s, spec, criteria)
            key = _hashable((spec.kind, criteria))
            sizes = self._group_sizes.get(key) if total is not None and key is not None else None
            if sizes is not None and sum(n for _v, n in sizes) == total:
                rq.offer_groups(s, spec, criteria, sizes)
            rows = rq.list_rows(s, spec, criteria, offset, limit, total)
            terms = extra_terms(s)
        return self._list_rows(spec, rows, terms)

    def first_page(self, kind: str, query: ListQuery | None = None, limit: int = 100) -> tuple[int, list[ListRow]]:
        """count() and page(offset 0) of the same query in one read, the search matched once
        for both (a keystroke in a list asks for exactly this)."""
        spec = kind_spec(kind)
        criteria = self._criteria(spec, query or ListQuery())
        limit = max(0, min(int(limit), MAX_PAGE))
        with self.ctx.session() as s:
            self._ensure_index(s)
            rq.remember_search(s)
            total = rq.count_rows(s, spec, criteria)
            self._remember_groups(s, spec, criteria)
            rows = rq.list_rows(s, spec, criteria, 0, limit, total) if total else []
            terms = extra_terms(s) if rows else {}
        return total, self._list_rows(spec, rows, terms)

    def count(self, kind: str, query: ListQuery | None = None) -> int:
        spec = kind_spec(kind)
        criteria = self._criteria(spec, query or ListQuery())
        with self.ctx.session() as s:
            self._ensure_index(s)
            return rq.count_rows(s, spec, criteria)

    def origin_offices(self) -> list[tuple[str, str]]:
        """(office id, name) of this office and the lower offices whose records it holds, for the
        lists' "office" filter. Only this office: an empty list (the filter is then not shown)."""
        from ...storage.models import Office

        with self.ctx.session() as s:
            lower = s.execute(select(Office.id, Office.name).where(Office.relation == "lower")).all()
        if not lower:
            return []
        me = (self.ctx.installation.office_id, self.ctx.installation.office_name)
        return [me, *sorted(((i, n) for i, n in lower), key=lambda r: sort_key(r[1]))]

    def search(self, text: str, kinds: Iterable[str] | None = None, limit: int = 20) -> SearchResult:
        """Search every searchable kind (or those given): the hits (capped at `limit`) and the number
        of matches over all kinds."""
        words = search_words(text)
        specs = [kind_spec(k) for k in (kinds or SEARCHABLE_KINDS)]
        hits: list[SearchHit] = []
        total = 0
        if not words:
            return SearchResult((), 0)
        with self.ctx.session() as s:
            self._ensure_index(s)
            for spec in specs:
                n = rq.search_count(s, spec, words)
                total += n
                room = limit - len(hits)
                if n and room > 0:
                    for h in rq.name_hits(s, spec, words, room):
                        hits.append(SearchHit(kind=spec.kind, kind_label=str(spec.label), id=h["id"],
                                              name=h["name"] or ""))
        return SearchResult(tuple(hits), total)

    # -- helpers --------------------------------------------------------------------------------
    def _remember_groups(self, s: Session, spec: KindSpec, criteria: rq.Criteria) -> None:
        key = _hashable((spec.kind, criteria))
        if key is None:         # a filter value that cannot key a dict: count again each page
            return
        sizes = rq.remembered_groups(s, spec, criteria)
        self._group_sizes.pop(key, None)
        if sizes is None:
            return
        if len(self._group_sizes) >= 8:     # a few lists and sorts; the oldest go
            self._group_sizes.pop(next(iter(self._group_sizes)))
        self._group_sizes[key] = sizes

    def _list_rows(self, spec: KindSpec, rows: list[dict[str, Any]],
                   terms: dict[str, dict[str, str]]) -> list[ListRow]:
        shown = display_rows(spec, rows, self.province_code, terms)
        return [ListRow(kind=spec.kind, id=r["id"], name=r.get(spec.name_field) or "", values=r, display=d)
                for r, d in zip(rows, shown, strict=True)]

    def _ensure_index(self, s: Session) -> None:
        if not self._checked_index:
            rq.ensure_search_index(s)
            self._checked_index = True

    def _criteria(self, spec: KindSpec, q: ListQuery) -> rq.Criteria:
        filters = self._clean_filters(spec, q.filters or {})
        if q.sort is not None and q.sort not in spec.list_columns:
            raise ValidationError(translate("RecordErrors", "Cannot sort by «{column}».").format(column=q.sort),
                                  code="bad_sort")
        return rq.Criteria(
            words=search_words(q.search), filters=tuple(sorted(filters.items())), sort=q.sort,
            descending=bool(q.descending), today=dt.date.today(),
            commune_names=tuple(commune_names(self.province_code).items()),
        )

    def _clean_filters(self, spec: KindSpec, filters: dict[str, Any]) -> dict[str, Any]:
        allowed = {f.key: f for f in spec.filters}
        out: dict[str, Any] = {}
        errors: dict[str, Message] = {}
        for key, value in filters.items():
            if value is None or value == "":
                continue
            try:
                if key == "period" and "period" in allowed:
                    period = value if isinstance(value, Period) else parse_period(str(value))
                    out["date_from"] = max(out.get("date_from", period.start), period.start)
                    out["date_to"] = min(out.get("date_to", period.end), period.end)
                elif key == "origin_office_id":
                    # Every kind: the province filters its lists by the office a record came from.
                    out[key] = str(value)
                elif key in ("date_from", "date_to") and spec.date_field:
                    d = parse_date(value)
                    out[key] = max(out.get(key, d), d) if key == "date_from" else min(out.get(key, d), d)
                elif key in allowed:
                    f = allowed[key]
                    if f.type == "bool":
                        out[key] = parse_bool(value)
                    elif f.type == COMMUNE:
                        out[key] = int(value)
                    elif f.type == COUNTRY:
                        out[key] = str(value).upper()
                    elif f.type in (VOCAB, REF):
                        out[key] = str(value)
                    else:
                        out[key] = value
                else:
                    errors[key] = translate("RecordErrors", "The list of {kind} cannot be filtered by «{key}».").format(
                        kind=render(spec.label).lower(), key=key)
            except (ValueError, ValidationError):
                errors[key] = translate("RecordErrors", "The filter value «{value}» is not valid.").format(value=value)
        if errors:
            # Joined in the language of the moment: the refusal is shown at once.
            raise ValidationError(" ".join(map(str, errors.values())), field_errors=errors, code="bad_filter")
        return out


def _hashable(key: tuple[str, rq.Criteria]) -> tuple[str, rq.Criteria] | None:
    try:
        hash(key)
    except TypeError:
        return None
    return key
