"""List queries over the records: filter, search, sort and page in SQL, return plain dicts.

Everything here is portable SQLAlchemy except what `sqlite.py` provides (the FTS5 match and the
Vietnamese sort function). Services validate the filters and turn raw values into display text.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, case, exists, false, func, literal, select, true
from sqlalchemy.orm import Session

from ..domain.record_kinds import BOOL, COMMUNE, COUNTRY, TEXT, VOCAB, KindSpec, vocabulary_terms
from ..domain.text import sort_key
from ..domain.vocab import countries
from . import sqlite
from .models import (
    Activity,
    ActivityPartner,
    ActivityPerson,
    ActivityTask,
    ActivityTwinning,
    Commendation,
    Consent,
    Contribution,
    Household,
    OverseasPerson,
    Partner,
    Twinning,
)

MODELS = {
    "activity": Activity, "twinning": Twinning, "household": Household, "person": OverseasPerson,
    "contribution": Contribution, "commendation": Commendation, "partner": Partner, "consent": Consent,
}


@dataclass(frozen=True)
class Criteria:
    """What a list shows: folded search words, validated filters, sort column and direction."""

    words: tuple[str, ...] = ()
    filters: tuple[tuple[str, Any], ...] = ()   # (key, value) pairs, already validated
    sort: str | None = None
    descending: bool = False
    today: dt.date | None = None
    commune_names: tuple[tuple[int, str], ...] = ()   # for sorting the commune column by name


def dormant_cutoff(today: dt.date) -> dt.date:
    """The same day 12 months ago: a pair whose last activity is before it is dormant."""
    try:
        return today.replace(year=today.year - 1)
    except ValueError:          # 29 February
        return today.replace(year=today.year - 1, day=28)


# -- computed columns --------------------------------------------------------------------------
def _twinning_activity_stats():
    live_link = and_(ActivityTwinning.twinning_id == Twinning.id, ActivityTwinning.deleted == false(),
                     Activity.id == ActivityTwinning.activity_id, Activity.deleted == false())
    count = (select(func.count()).select_from(ActivityTwinning).join(Activity, Activity.id == ActivityTwinning.activity_id)
             .where(live_link).correlate(Twinning).scalar_subquery())
    last = (select(func.max(Activity.start_date)).select_from(ActivityTwinning)
            .join(Activity, Activity.id == ActivityTwinning.activity_id)
            .where(live_link).correlate(Twinning).scalar_subquery())
    return count, last


def _computed_columns(kind: str, today: dt.date) -> dict[str, Any]:
    if kind == "twinning":
        count, last = _twinning_activity_stats()
        cutoff = dormant_cutoff(today)
        dormant = case((last.is_(None), True), (last < cutoff, True), else_=False)
        return {"activity_count": count, "last_activity_date": last, "dormant": dormant}
    if kind == "household":
        n = (select(func.count()).select_from(OverseasPerson)
             .where(OverseasPerson.household_id == Household.id, OverseasPerson.deleted == false())
             .correlate(Household).scalar_subquery())
        return {"person_count": n}
    if kind == "person":
        head = select(Household.head_name).where(Household.id == OverseasPerson.household_id) \
            .correlate(OverseasPerson).scalar_subquery()
        return {"household_head": head}
    if kind in ("contribution", "commendation"):
        model = MODELS[kind]
        person = select(OverseasPerson.full_name).where(OverseasPerson.id == model.person_id) \
            .correlate(model).scalar_subquery()
        head = select(Household.head_name).where(Household.id == model.household_id) \
            .correlate(model).scalar_subquery()
        name = "contributor" if kind == "contribution" else "recipient"
        return {name: func.coalesce(person, head)}
    return {}


def _computed_sort(kind: str, name: str, expr):
    """Sort expression of a computed column (names in Vietnamese order via their stored key)."""
    if kind == "person" and name == "household_head":
        return select(Household.head_name_sort).where(Household.id == OverseasPerson.household_id) \
            .correlate(OverseasPerson).scalar_subquery()
    if name in ("contributor", "recipient"):
        return func.coalesce(
            select(OverseasPerson.full_name_sort).where(OverseasPerson.id == MODELS[kind].person_id)
            .correlate(MODELS[kind]).scalar_subquery(),
            select(Household.head_name_sort).where(Household.id == MODELS[kind].household_id)
            .correlate(MODELS[kind]).scalar_subquery())
    return expr


# -- filters -----------------------------------------------------------------------------------
def _link_filter(model_link, column, value):
    return exists().where(model_link.activity_id == Activity.id, column == value, model_link.deleted == false())


def _filter_clauses(spec: KindSpec, model, filters: dict[str, Any], today: dt.date) -> list:
    out = []
    date_col = getattr(model, spec.date_field) if spec.date_field else None
    for key, value in filters.items():
        if value is None or value == "":
            continue
        if key == "date_from" and date_col is not None:
            out.append(date_col >= value)
        elif key == "date_to" and date_col is not None:
            out.append(date_col <= value)
        elif spec.kind == "activity" and key == "twinning_id":
            out.append(_link_filter(ActivityTwinning, ActivityTwinning.twinning_id, value))
        elif spec.kind == "activity" and key == "partner_id":
            out.append(_link_filter(ActivityPartner, ActivityPartner.partner_id, value))
        elif spec.kind == "activity" and key == "person_id":
            out.append(_link_filter(ActivityPerson, ActivityPerson.person_id, value))
        elif spec.kind == "activity" and key == "task_id":
            out.append(_link_filter(ActivityTask, ActivityTask.task_id, value))
        elif spec.kind == "twinning" and key == "dormant":
            expr = _computed_columns("twinning", today)["dormant"]
            out.append(expr == (true() if value else false()))
        elif spec.kind == "household" and key == "person_country":
            out.append(exists().where(OverseasPerson.household_id == Household.id,
                                      OverseasPerson.country == value, OverseasPerson.deleted == false()))
        elif spec.kind == "person" and key == "commune_code":
            out.append(exists().where(Household.id == OverseasPerson.household_id,
                                      Household.commune_code == value))
        elif key in spec.field_names:
            col = getattr(model, key)
            if spec.field(key).type == VOCAB and spec.field(key).multi:
                out.append(("," + col + ",").like(f"%,{value},%"))
            elif spec.field(key).type == BOOL:
                out.append(col == (true() if value else false()))
            else:
                out.append(col == value)
        else:
            raise KeyError(key)
    return out


def _search_clauses(model, words: tuple[str, ...]) -> list:
    if not words:
        return []
    out = []
    rest = list(words)
    if model.__table__.name in sqlite.SEARCH_INDEXED_TABLES:
        cond, rest = sqlite.fts_rowid_filter(model.__table__, list(words))
        if cond is not None:
            out.append(cond)
            # The index covers 2-letter words only at a word start; 1-letter words fall to LIKE.
            for w in rest:
                out.append((literal(" ") + model.search_text).like(f"% {w}%"))
            return out
        # Only 1-letter words: a word-start LIKE over the folded text.
        for w in rest:
            out.append((literal(" ") + model.search_text).like(f"% {w}%"))
        return out
    for w in rest:
        out.append(model.search_text.like(f"%{w}%"))
    return out


def _where(spec: KindSpec, model, c: Criteria) -> list:
    return [model.deleted == false(), *_search_clauses(model, c.words),
            *_filter_clauses(spec, model, dict(c.filters), c.today or dt.date.today())]


# -- sorting -----------------------------------------------------------------------------------
MAX_CASE_VALUES = 500


def _present_values(s: Session, model, col) -> list | None:
    """The distinct values of a column (few for codes, villages, cities), or None if too many."""
    # No deleted filter: an indexed column is then read from its index alone (tombstones only add
    # a value or two to the CASE).
    values = s.scalars(select(col).distinct().limit(MAX_CASE_VALUES + 1)).all()
    return None if len(values) > MAX_CASE_VALUES else [v for v in values if v is not None]


def _keyed_order(col, keys: dict) -> Any:
    """ORDER BY expression mapping each present value to its Vietnamese sort key: a CASE over the
    few values that occur is much cheaper per row than a lookup over every known code."""
    if not keys:
        return col
    return case(keys, value=col, else_=None)


def _sort_expr(s: Session, spec: KindSpec, model, name: str, computed: dict[str, Any], c: Criteria):
    if name in computed:
        return _computed_sort(spec.kind, name, computed[name])
    f = spec.field(name)
    col = getattr(model, name)
    sort_col = model.__sort_keys__.get(name)
    if sort_col:
        return getattr(model, sort_col)
    if f.type not in (VOCAB, COUNTRY, COMMUNE, TEXT):
        return col
    present = _present_values(s, model, col)
    if present is None:     # many distinct texts: the cached Vietnamese sort-key SQL function
        return func.coalesce(getattr(func, sqlite.VI_SORT_FUNCTION)(col), "")
    if f.type == VOCAB:
        labels = {t.code: t.label for t in vocabulary_terms(f.vocabulary)}
    elif f.type == COUNTRY:
        labels = {t.code: t.label for t in countries()}
    elif f.type == COMMUNE:
        labels = dict(c.commune_names)
    else:
        labels = {}
    return _keyed_order(col, {v: sort_key(labels.get(v, str(v))) for v in present})


def list_rows(s: Session, spec: KindSpec, c: Criteria, offset: int, limit: int,
              total: int | None = None) -> list[dict[str, Any]]:
    """One page of live rows: id, every list column (raw), the name field and fields it needs.

    With `total` (the count of the same criteria), a page in the second half is read in the
    opposite order from the end, so scrolling to the last page costs what the first page costs.
    """
    model = MODELS[spec.kind]
    sqlite.ensure_functions(s)
    computed = _computed_columns(spec.kind, c.today or dt.date.today())
    wanted = [n for n in dict.fromkeys((*spec.list_columns, spec.name_field)) if n]
    cols = [model.id.label("id")]
    for n in wanted:
        cols.append((computed[n] if n in computed else getattr(model, n)).label(n))
    if spec.kind in ("contribution", "commendation"):
        cols += [model.person_id.label("person_id"), model.household_id.label("household_id")]
    if spec.kind == "person":
        cols.append(model.household_id.label("household_id"))
    sort = c.sort if c.sort in spec.list_columns else spec.default_sort
    descending = c.descending if c.sort in spec.list_columns else spec.default_descending
    key = _sort_expr(s, spec, model, sort, computed, c)
    reverse = total is not None and offset > total // 2
    if reverse:
        end = min(total, offset + limit)
        offset, limit = total - end, max(0, end - offset)
        descending = not descending
    # The id tie-breaker keeps pages stable when many rows share a value (same date, same name).
    order = [key.desc(), model.id.desc()] if descending else [key.asc(), model.id.asc()]
    # Two steps: pick the page's ids with only the sort key (SQLite would otherwise compute every
    # display column, correlated counts included, for every row it sorts), then fetch those rows.
    page_ids = (select(model.id.label("pid"), key.label("k")).where(*_where(spec, model, c))
                .order_by(*order).offset(offset).limit(limit).subquery())
    outer = [page_ids.c.k.desc(), model.id.desc()] if descending else [page_ids.c.k.asc(), model.id.asc()]
    stmt = select(*cols).join(page_ids, page_ids.c.pid == model.id).order_by(*outer)
    rows = [dict(r._mapping) for r in s.execute(stmt)]
    return rows[::-1] if reverse else rows


def count_rows(s: Session, spec: KindSpec, c: Criteria) -> int:
    model = MODELS[spec.kind]
    if c.words and not c.filters and model.__table__.name in sqlite.SEARCH_INDEXED_TABLES:
        # The index holds only live rows: a pure search is counted there without touching the table.
        n = sqlite.fts_count(s.connection(), model.__table__.name, list(c.words))
        if n is not None:
            return n
    stmt = select(func.count()).select_from(model).where(*_where(spec, model, c))
    return int(s.execute(stmt).scalar_one())


def name_hits(s: Session, spec: KindSpec, words: tuple[str, ...], limit: int) -> list[dict[str, Any]]:
    """Search hits for one kind: id and display name. Records whose folded text starts with the
    whole query (search_text begins with the name) come first, then those containing it as a
    phrase at a word start, then the rest; each group in Vietnamese order of the name."""
    model = MODELS[spec.kind]
    name_col = getattr(model, spec.name_field)
    sort_col = getattr(model, model.__sort_keys__.get(spec.name_field, spec.name_field))
    phrase = " ".join(words).replace("%", "").replace("_", "")
    rank = case((model.search_text.like(phrase + "%"), 0),
                ((literal(" ") + model.search_text).like(f"% {phrase}%"), 1), else_=2)
    stmt = (select(model.id.label("id"), name_col.label("name"))
            .where(model.deleted == false(), *_search_clauses(model, words))
            .order_by(rank, sort_col, model.id).limit(limit))
    return [dict(r._mapping) for r in s.execute(stmt)]


def search_count(s: Session, spec: KindSpec, words: tuple[str, ...]) -> int:
    return count_rows(s, spec, Criteria(words=words))


def ensure_search_index(s: Session) -> bool:
    """Re-create the FTS index if a table rebuild dropped its triggers. True if it had to."""
    conn = s.connection()
    if sqlite.search_index_ok(conn):
        return False
    sqlite.install_search_index(conn)
    return True


__all__ = [
    "MODELS",
    "Criteria",
    "count_rows",
    "dormant_cutoff",
    "ensure_search_index",
    "list_rows",
    "name_hits",
    "search_count",
]
