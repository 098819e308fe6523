"""List queries over the records: filter, search, sort and page in SQL, return plain dicts.

Everything here is portable SQLAlchemy except what the dialect module provides (storage/sqlite.py
or storage/postgres.py, picked by storage/dialect.py: the search match, the Vietnamese order of
unkeyed columns, planner hints). Services validate the filters and turn raw values into display text.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import case, exists, false, func, literal, select, true
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement, Label
from sqlalchemy.sql.schema import Column

from ..domain.messages import render
from ..domain.record_kinds import BOOL, COMMUNE, COUNTRY, TEXT, VOCAB, KindSpec, vocabulary_terms
from ..domain.text import sort_key
from ..domain.vocab import countries
from . import dialect, sort_groups
from .like_patterns import like_pattern
from .models import (
    MODEL_BY_KIND,
    Activity,
    ActivityPartner,
    ActivityPerson,
    ActivityTask,
    ActivityTwinning,
    Commendation,
    Contribution,
    Household,
    OverseasPerson,
    Twinning,
)
from .search_match import SearchMatch

# The one kind -> model map, under the name this module's callers know.
MODELS = MODEL_BY_KIND


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


# The kinds whose rows name their person or household by link, with a computed contributor or
# recipient column: typed apart from MODELS so their link columns are known.
_NAMED_BY_LINK: dict[str, type[Contribution] | type[Commendation]] = {
    Contribution.__kind__: Contribution, Commendation.__kind__: Commendation}


# -- computed columns --------------------------------------------------------------------------
def _computed_columns(kind: str, today: dt.date) -> dict[str, Any]:
    if kind == "twinning":
        # Count and last date stored and kept by triggers (revision 0022): plain columns, sorted
        # through their indexes. Dormant depends on today: read from the stored date.
        last = Twinning.last_activity_date
        dormant = case((last.is_(None), True), (last < dormant_cutoff(today), True), else_=False)
        return {"activity_count": Twinning.activity_count, "last_activity_date": last, "dormant": dormant}
    if kind == "household":
        # Stored and kept by triggers (revision 0020): a plain column, sorted through its index.
        return {"person_count": Household.person_count}
    if kind == "person":
        head = select(Household.head_name).where(Household.id == OverseasPerson.household_id) \
            .correlate(OverseasPerson).scalar_subquery()
        return {"household_head": head}
    if kind in ("contribution", "commendation"):
        model = _NAMED_BY_LINK[kind]
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
        # Stored and kept by triggers (revision 0020): a plain column, read through its index.
        return OverseasPerson.household_head_sort
    if name == "contributor":
        # Stored and kept by triggers (revision 0022), as the recipient's: read through its index.
        return Contribution.contributor_sort
    if name == "recipient":
        return Commendation.recipient_sort
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
        elif key == "origin_office_id":
            out.append(model.origin_office_id == value)
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
                out.append(("," + col + ",").like(*like_pattern(str(value), "%,", ",%")))
            elif spec.field(key).type == BOOL:
                out.append(col == (true() if value else false()))
            else:
                out.append(col == value)
        else:
            raise KeyError(key)
    return out


# Key of Session.info under which remember_search() keeps the search matches of one read.
_MATCH_MEMO = "dnnd_search_matches"


def remember_search(s: Session) -> None:
    """Count each search's index match once in this session: a list's count and its first page
    then share it (each match counts the index on SQLite, the table on PostgreSQL); so do the
    group sizes of a column sorted group by group. Only for a session that reads: a write would
    make a remembered count wrong."""
    s.info[_MATCH_MEMO] = {}
    s.info[_GROUPS_MEMO] = {}


def _search(s: Session, model, words: tuple[str, ...]) -> SearchMatch | None:
    """How the index narrows a search of `model` (None without words or for an unindexed kind)."""
    db = dialect.module_for(s)
    if not words or model.__table__.name not in db.SEARCH_INDEXED_TABLES:
        return None
    memo = s.info.get(_MATCH_MEMO)
    if memo is None:
        return db.search_match(s.connection(), model.__table__, list(words))
    key = (model.__table__.name, tuple(words))
    if key not in memo:
        memo[key] = db.search_match(s.connection(), model.__table__, list(words))
    return memo[key]


def _search_clauses(model, words: tuple[str, ...], match: SearchMatch | None) -> list:
    if not words:
        return []
    if match is None:   # a kind without an index: substrings of the folded text
        return [model.search_text.like(*like_pattern(w)) for w in words]
    out = [] if match.condition is None else [match.condition]
    # Words the index can't cover (1 letter in substring mode): a LIKE at a word start, applied
    # to the rows the index already narrowed.
    for w in match.rest:
        out.append((literal(" ") + model.search_text).like(*like_pattern(w, "% ")))
    return out


def _where(spec: KindSpec, model, c: Criteria, match: SearchMatch | None, *,
           live: bool = True) -> list:
    """Conditions of the list; `live=False` leaves out the tombstone test (for rows taken from
    the search index, which holds live rows only)."""
    return [*([model.deleted == false()] if live else []), *_search_clauses(model, c.words, match),
            *_filter_clauses(spec, model, dict(c.filters), c.today or dt.date.today())]


# -- sorting -----------------------------------------------------------------------------------
MAX_CASE_VALUES = 500


def _present_values(s: Session, model, col) -> list | None:
    """The distinct values of a column (few for codes, villages, cities), or None if too many."""
    # No deleted filter: an indexed column is then read from its index alone (tombstones only add
    # a value or two to the CASE).
    values = s.scalars(select(col).distinct().limit(MAX_CASE_VALUES + 1)).all()
    return None if len(values) > MAX_CASE_VALUES else [v for v in values if v is not None]


def _keyed_order(s: Session, col, keys: dict) -> Any:
    """ORDER BY expression mapping each present value to its Vietnamese sort key: a CASE over the
    few values that occur is much cheaper per row than a lookup over every known code. The keys
    compare by code point (a server's locale order would undo them)."""
    if not keys:
        return col
    return dialect.module_for(s).code_point_order(case(keys, value=col, else_=None))


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
        return dialect.module_for(s).vi_order(s, col)
    label_key = _label_key(spec, name, c)
    return _keyed_order(s, col, {v: label_key(v) for v in present})


def _label_key(spec: KindSpec, name: str, c: Criteria):
    """value -> the Vietnamese sort key of the text a list cell shows for it (labels in the shown
    language for codes; the text itself for free text)."""
    f = spec.field(name)
    if f.type == VOCAB:
        labels: dict[str | int, str] = {t.code: render(t.label) for t in vocabulary_terms(f.vocabulary or "")}
    elif f.type == COUNTRY:
        labels = {t.code: render(t.label) for t in countries()}
    elif f.type == COMMUNE:
        labels = dict(c.commune_names)
    else:
        labels = {}
    if f.multi:     # several codes: the labels the cell shows, joined as it joins them
        return lambda v: sort_key("; ".join(labels.get(p, p) for p in str(v).split(",") if p))
    return lambda v: sort_key(labels.get(v, str(v)))


# Columns sorted by the label of their value (or free text) without a stored key: read group by
# group from the index (deleted, column, id) (storage/sort_groups.py) when no search words narrow
# the list.
_GROUPED_TYPES = (VOCAB, COUNTRY, COMMUNE, TEXT)


def _grouped_column(spec: KindSpec, model, c: Criteria, sort: str | None):
    """The column a list is sorted by group by group, or None (search words, a stored key, or a
    column of another type: sorted in SQL)."""
    if c.words or sort not in spec.field_names or model.__sort_keys__.get(sort) \
            or spec.field(sort).type not in _GROUPED_TYPES:
        return None
    return getattr(model, sort)


# Key of Session.info under which a first_page read keeps the group counts its count made.
_GROUPS_MEMO = "dnnd_group_counts"


def remembered_groups(s: Session, spec: KindSpec, c: Criteria) -> list[tuple[Any, int]] | None:
    """The group sizes the count of this read took (first_page of a column sorted group by group)."""
    return s.info.get(_GROUPS_MEMO, {}).get(_groups_key(spec, c.sort, c))


def offer_groups(s: Session, spec: KindSpec, c: Criteria, counts: list[tuple[Any, int]]) -> None:
    """Give this read the group sizes of the same list read earlier (the caller vouches they are
    those of the count it passes with the page, as it vouches for the count itself)."""
    s.info.setdefault(_GROUPS_MEMO, {})[_groups_key(spec, c.sort, c)] = counts


def _groups_key(spec: KindSpec, sort: str | None, c: Criteria) -> tuple[Any, ...]:
    return (spec.kind, sort, c.filters)


def _grouped_page(s: Session, spec: KindSpec, model, c: Criteria, sort: str, descending: bool,
                  offset: int, limit: int) -> list[str] | None:
    col = _grouped_column(spec, model, c, sort)
    if col is None:
        return None
    counts = s.info.get(_GROUPS_MEMO, {}).get(_groups_key(spec, sort, c))
    return sort_groups.group_page(s, model, col, _where(spec, model, c, None),
                                  _label_key(spec, sort, c), descending, offset, limit,
                                  nulls_low=dialect.module_for(s).NULLS_SORT_LOW, counts=counts)


def list_rows(s: Session, spec: KindSpec, c: Criteria, offset: int, limit: int,
              total: int | None = None) -> list[dict[str, Any]]:
    """One page of live rows: id, every list column (raw), the name field and fields it needs.

    With `total` (the count of the same criteria), a page in the second half is read in the
    opposite order from the end, so scrolling to the last page costs what the first page costs.
    """
    model = MODELS[spec.kind]
    prepare_session(s)
    computed = _computed_columns(spec.kind, c.today or dt.date.today())
    wanted = [n for n in dict.fromkeys((*spec.list_columns, spec.name_field)) if n]
    cols: list[Label[Any]] = [model.id.label("id")]
    for n in wanted:
        cols.append((computed[n] if n in computed else getattr(model, n)).label(n))
    if spec.kind in ("contribution", "commendation"):
        linked = _NAMED_BY_LINK[spec.kind]
        cols += [linked.person_id.label("person_id"), linked.household_id.label("household_id")]
    if spec.kind == "person":
        cols.append(OverseasPerson.household_id.label("household_id"))
    sort = c.sort if c.sort in spec.list_columns else spec.default_sort
    descending = c.descending if c.sort in spec.list_columns else spec.default_descending
    reverse = total is not None and offset > total // 2
    if reverse and total is not None:  # (reverse implies a total; the second test tells the type checker)
        end = min(total, offset + limit)
        offset, limit = total - end, max(0, end - offset)
        descending = not descending
    grouped = _grouped_page(s, spec, model, c, sort, descending, offset, limit)
    if grouped is not None:
        rows = _rows_in_order(s, cols, model, grouped)
        return rows[::-1] if reverse else rows
    key = _sort_expr(s, spec, model, sort, computed, c)
    # The id tie-breaker keeps pages stable when many rows share a value (same date, same name).
    order = [key.desc(), model.id.desc()] if descending else [key.asc(), model.id.asc()]
    match = _search(s, model, c.words)
    # Two steps: pick the page's ids with only the sort key (SQLite would otherwise compute every
    # display column, correlated counts included, for every row it sorts), then fetch those rows.
    page_ids = _page_ids(s, spec, model, c, match, key, order, descending, offset, limit)
    if isinstance(page_ids, list):      # already read, in order: fetch just those rows
        rows = _rows_in_order(s, cols, model, page_ids)
    else:
        outer = [page_ids.c.k.desc(), model.id.desc()] if descending else [page_ids.c.k.asc(), model.id.asc()]
        stmt = select(*cols).join(page_ids, page_ids.c.pid == model.id).order_by(*outer)
        rows = [dict(r._mapping) for r in s.execute(stmt)]
    return rows[::-1] if reverse else rows


def _rows_in_order(s: Session, cols: list, model, page_ids: list[str]) -> list[dict[str, Any]]:
    """The list columns of the rows `page_ids`, in that order."""
    if not page_ids:
        return []
    position = {pid: i for i, pid in enumerate(page_ids)}
    rows = [dict(r._mapping) for r in s.execute(select(*cols).where(model.id.in_(page_ids)))]
    rows.sort(key=lambda r: position[r["id"]])
    return rows


# A search's page in sort order, two ways: walk the sort index in order and keep the entries the
# index matched (stops as soon as the page is full: fast when matches are many and spread out,
# slow when they cluster far down the order: "vang" is a family name, all near the end), or read
# every match by rowid and sort them (cost grows with the matches, about 1.5 µs each at 100k).
# Few matches: read them. Many: walk, but only as far as SCAN_PER_MATCH index entries per match
# (walking an entry costs about a quarter of reading a match), then read them after all.
READ_MATCHES_MAX = 2000
SCAN_PER_MATCH = 4
SORT_MATCHES_MAX = 20000   # searches without row ids: read and sort up to this many matches


def _walk_index(model, key) -> bool:
    """True when an index (deleted, key, ...) lets SQLite read live rows in `key` order."""
    col = getattr(key, "expression", key)
    table = model.__table__
    return any([c.name for c in ix.columns][:2] == ["deleted", getattr(col, "name", None)]
               and getattr(col, "table", None) is table for ix in table.indexes)


def _is_column(key) -> bool:
    return isinstance(getattr(key, "expression", key), Column)


def _page_ids(s: Session, spec: KindSpec, model, c: Criteria, match, key, order, descending: bool,
              offset: int, limit: int):
    """Subquery (pid, k) of the page's ids and sort keys, or the list of those ids in order when
    finding them meant reading them already."""
    where = _where(spec, model, c, match)
    k = key.label("k")
    if not isinstance(getattr(key, "expression", key), ColumnElement) or _is_column(key):
        plain = select(model.id.label("pid"), k).where(*where).order_by(*order)
    else:
        # A computed key (a correlated count): ORDER BY its label, or SQLite computes it twice per row.
        plain = select(model.id.label("pid"), k).where(*where).order_by(
            *([k.desc(), model.id.desc()] if descending else [k.asc(), model.id.asc()]))
    if match is not None and match.rowids is None and match.count is not None and match.count <= SORT_MATCHES_MAX:
        # A search without row ids (PostgreSQL): with few enough matches, read them all through
        # the search index and sort them. The planner would otherwise walk the sort index and
        # filter, guessing the matches are spread evenly; a family name ("tran": all near the
        # end of the order) then costs a walk over most of the table (0.37 s at 100k households,
        # 6 ms read and sorted).
        matches = select(model.id.label("pid"), key.label("k")).where(*where).cte("matches").prefix_with("MATERIALIZED")
        order = [matches.c.k.desc(), matches.c.pid.desc()] if descending else [matches.c.k.asc(), matches.c.pid.asc()]
        return select(matches.c.pid, matches.c.k).order_by(*order).offset(offset).limit(limit).subquery()
    if match is None or match.rowids is None:
        return plain.offset(offset).limit(limit).subquery()
    n = match.count
    if n is not None and n <= READ_MATCHES_MAX or not _walk_index(model, key):
        return _read_matches(s, spec, model, c, match, key, descending, offset, limit)
    if n is None or match.rest:
        return plain.offset(offset).limit(limit).subquery()
    # Walk the sort index, testing entries against the matches, and stop when the page is full
    # or after SCAN_PER_MATCH * n entries (a co-routine in SQLite: it stops as soon as it can).
    budget = SCAN_PER_MATCH * n
    walk = (select(model.id.label("pid"), key.label("k"), dialect.module_for(s).row_id(model.__table__).label("r"))
            .where(*_where(spec, model, replace(c, words=()), None)).order_by(*order).limit(budget).subquery())
    found = list(s.execute(select(walk.c.pid, walk.c.k).where(walk.c.r.in_(match.rowids))
                           .offset(offset).limit(limit)).all())
    if len(found) == limit:
        # The walk yields in index order; sorted again here so the page never depends on that.
        found.sort(key=lambda row: (row[1] is not None, row[1], row[0]), reverse=descending)
        return [pid for pid, _k in found]
    # The walk ran out before the page was full (the matches cluster further on, or the list
    # ends there): read the matches instead.
    return _read_matches(s, spec, model, c, match, key, descending, offset, limit)


def _read_matches(s, spec, model, c, match, key, descending, offset, limit):
    """The page from the matched rows themselves (by rowid), sorted, not by walking an index.
    The FTS tables hold live rows only, so the tombstone flag (stored after the wide sync
    columns) is not read, and no index on it can take over the plan."""
    k = dialect.module_for(s).without_index(key)
    order = [k.desc(), model.id.desc()] if descending else [k.asc(), model.id.asc()]
    where = _where(spec, model, c, match, live=False)
    return (select(model.id.label("pid"), key.label("k")).where(*where)
            .order_by(*order).offset(offset).limit(limit).subquery())


def count_rows(s: Session, spec: KindSpec, c: Criteria) -> int:
    model = MODELS[spec.kind]
    match = _search(s, model, c.words)
    if match is not None and match.count is not None and not c.filters:
        # The index holds only live rows: a pure search is counted there without touching the table.
        return match.count
    if _MATCH_MEMO in s.info and c.sort in spec.list_columns:
        # A header click on a column sorted group by group (first_page): its groups' sizes, which
        # the page needs anyway, add up to the count; one pass over the index instead of two.
        col = _grouped_column(spec, model, c, c.sort)
        counts = None if col is None else sort_groups.group_counts(s, col, _where(spec, model, c, None))
        if counts is not None:
            offer_groups(s, spec, c, counts)
            return sum(n for _v, n in counts)
    stmt = select(func.count()).select_from(model).where(*_where(spec, model, c, match))
    return int(s.execute(stmt).scalar_one())


def name_hits(s: Session, spec: KindSpec, words: tuple[str, ...], limit: int) -> list[dict[str, Any]]:
    """Search hits for one kind: id and display name. Records whose folded text starts with the
    whole query (search_text begins with the name) come first, then those containing it as a
    phrase at a word start, then the rest; each group in Vietnamese order of the name."""
    model = MODELS[spec.kind]
    name_col = getattr(model, spec.name_field)
    sort_col = getattr(model, model.__sort_keys__.get(spec.name_field, spec.name_field))
    phrase = " ".join(words)
    rank = case((model.search_text.like(*like_pattern(phrase, "")), 0),
                ((literal(" ") + model.search_text).like(*like_pattern(phrase, "% ")), 1), else_=2)
    stmt = (select(model.id.label("id"), name_col.label("name"))
            .where(model.deleted == false(), *_search_clauses(model, words, _search(s, model, words)))
            .order_by(rank, sort_col, model.id).limit(limit))
    return [dict(r._mapping) for r in s.execute(stmt)]


def search_count(s: Session, spec: KindSpec, words: tuple[str, ...]) -> int:
    return count_rows(s, spec, Criteria(words=words))


def ensure_search_index(s: Session) -> bool:
    """Re-create the search indexes a table rebuild broke (SQLite: dropped triggers). True if it had to."""
    conn = s.connection()
    db = dialect.module_for(conn)
    broken = db.broken_search_indexes(conn)
    if not broken:
        return False
    db.install_search_indexes(conn, broken)
    return True


def prepare_session(s: Session) -> None:
    """Make the session ready for list queries (SQLite: register the Vietnamese sort function on
    its connection; nothing on PostgreSQL). Cheap: done before each list query."""
    dialect.module_for(s).ensure_functions(s)


__all__ = [
    "MODELS",
    "Criteria",
    "count_rows",
    "dormant_cutoff",
    "ensure_search_index",
    "list_rows",
    "name_hits",
    "prepare_session",
    "offer_groups",
    "remember_search",
    "remembered_groups",
    "search_count",
]
