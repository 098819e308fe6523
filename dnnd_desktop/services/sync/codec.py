"""Synced rows <-> plain JSON dicts (what a changeset carries) <-> merge states (domain.merge).

Values travel in JSON form: text, integers, booleans, null, dates as ISO "YYYY-MM-DD". Every
incoming record is checked against its kind's declared schema (wire_schema.py: each value against
its column's type, length and null) before anything is written.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

import pydantic_core
from sqlalchemy import Boolean, Column, Date, DateTime, Integer, RowMapping, String, Text

from ...domain.merge import pack_stamps, unpack_stamps
from ...domain.messages import Text as MessageText
from ...domain.messages import render, translate
from ...domain.record_kinds import WORK_KINDS
from ...domain.schema_errors import SchemaViolation, problems, shown
from ...exchange.package.strict_json import has_duplicate_keys
from ...storage.models import MODEL_BY_KIND, SyncedMixin
from .tables import table_of
from .wire_schema import MAX_COUNTER, RECORD_NAMING, record_adapter  # noqa: F401 - MAX_COUNTER: part of the API

# Dependency order: a record comes after the records it points to (the described work kinds point to
# none).
KIND_ORDER = (
    "activity", "twinning", "partner", "household", "person", "contribution", "commendation", "consent",
    *(k.kind for k in WORK_KINDS), "task", "activity_person", "activity_partner", "activity_twinning",
    "activity_task", "attachment",
)
assert set(KIND_ORDER) == set(MODEL_BY_KIND), "every synced kind has a place in KIND_ORDER"

ENTRY_KEYS = frozenset({"value", "stamp", "office_id", "user", "at"})
_UUID_RE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
# Data, not a UI text: stored in place of an erased name and synced, so the same at every office.
PLACEHOLDER_NAME = "(đã ẩn danh)"
MAX_ROW_PROBLEMS = 3


class RowError(ValueError):
    """An incoming row that cannot be applied. The text says why (a catalogue Message, or English
    for the checks outside the record's schema) and never quotes a value: rows hold personal data."""

    record_id: str | None = None   # parse_wire_line: the refused line's id, when it has one

    def __init__(self, message: MessageText):
        super().__init__(message)
        self.text = message

    def __str__(self) -> str:
        return render(self.text)


def is_uuid(value: Any) -> bool:
    """Canonical lowercase UUID text, as new_id() makes it."""
    return isinstance(value, str) and len(value) == 36 and bool(_UUID_RE.fullmatch(value))


_FIELDS: dict[type, tuple[str, ...]] = {}
_COLS: dict[type, dict[str, Column[Any]]] = {}


def columns(model: type[SyncedMixin]) -> dict[str, Column[Any]]:
    c = _COLS.get(model)
    if c is None:
        c = _COLS[model] = {col.key: col for col in table_of(model).columns}
    return c
_DATE_FIELDS: dict[type, tuple[tuple[str, type[dt.date]], ...]] = {}
_DATE_NAMES: dict[type, frozenset[str]] = {}


def data_fields(model: type[SyncedMixin]) -> tuple[str, ...]:
    """model.data_fields(), cached (it is asked for every row)."""
    f = _FIELDS.get(model)
    if f is None:
        f = _FIELDS[model] = model.data_fields()
        cols = table_of(model).columns
        _DATE_FIELDS[model] = tuple((n, dt.datetime if isinstance(cols[n].type, DateTime) else dt.date)
                                    for n in f if isinstance(cols[n].type, (Date, DateTime)))
        _DATE_NAMES[model] = frozenset(n for n, _ in _DATE_FIELDS[model])
    return f


def to_json(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def from_json(col: Column[Any], value: Any) -> Any:
    """Check an incoming JSON value against a column and return the Python value."""
    t = col.type
    if value is None:
        if not col.nullable:
            raise RowError(f"{col.key}: required")
        return None
    if isinstance(t, Boolean):
        if not isinstance(value, bool):
            raise RowError(f"{col.key}: expected true/false")
        return value
    if isinstance(t, Integer):
        if isinstance(value, bool) or not isinstance(value, int) or abs(value) >= 2**63:
            raise RowError(f"{col.key}: expected an integer")
        return value
    if isinstance(t, DateTime):
        if not isinstance(value, str):
            raise RowError(f"{col.key}: expected a date and time")
        try:
            return dt.datetime.fromisoformat(value)
        except ValueError as e:
            raise RowError(f"{col.key}: bad date and time") from e
    if isinstance(t, Date):
        if not isinstance(value, str) or len(value) != 10:
            raise RowError(f"{col.key}: expected a date YYYY-MM-DD")
        try:
            return dt.date.fromisoformat(value)
        except ValueError as e:
            raise RowError(f"{col.key}: bad date") from e
    if isinstance(t, (String, Text)):
        if not isinstance(value, str):
            raise RowError(f"{col.key}: expected text")
        if "\x00" in value:
            raise RowError(f"{col.key}: NUL in text")
        if not isinstance(t, Text) and t.length and len(value) > t.length:
            raise RowError(f"{col.key}: longer than {t.length}")
        return value
    raise RowError(f"{col.key}: unsupported column type")


def wiped_values(model: type[SyncedMixin]) -> dict[str, Any]:
    """What the record writer leaves in personal fields of a tombstone."""
    cols = table_of(model).columns
    return {f: (PLACEHOLDER_NAME if not cols[f].nullable else None) for f in model.__personal_fields__}


class WireRecord:
    """One validated incoming record: its merge state plus bookkeeping for new rows."""

    __slots__ = ("created_at", "created_by", "id", "meta", "origin_office_id", "origin_site_id", "state")
    id: str
    origin_office_id: str
    origin_site_id: str
    state: dict[str, Any]            # the merge state (domain.merge)
    meta: dict[str, str | None]      # {"user", "at"} of the last write, for conflict display
    created_at: str | None
    created_by: str | None

    def __init__(self, **kw: Any) -> None:
        for k, v in kw.items():
            setattr(self, k, v)


def _row_error(e: SchemaViolation) -> RowError:
    return RowError(shown(problems(e, RECORD_NAMING), MAX_ROW_PROBLEMS))


def _wire_record(d: dict[str, Any]) -> WireRecord:
    meta = {"user": d.get("updated_by"), "at": d.get("updated_at")}
    fields = d["fields"]
    state = {"fields": fields, "stamps": d["stamps"], "version": d["version"], "deleted": d["deleted"],
             "merged_into_id": d.get("merged_into_id"), "siblings": d["siblings"]}
    return WireRecord(id=d["id"], origin_office_id=d["origin_office_id"], origin_site_id=d["origin_site_id"],
                      state=state, meta=meta, created_at=d.get("created_at"), created_by=d.get("created_by"))


def _absent_as_null(model: type[SyncedMixin], d: dict[str, Any]) -> dict[str, Any]:
    # to_wire leaves out never-written empty fields: absent means null (the schema has made sure
    # that every field a column needs is there).
    names = data_fields(model)
    fields = d["fields"]
    if len(fields) < len(names):
        d["fields"] = {f: fields.get(f) for f in names}
    return d


def parse_wire(model: type[SyncedMixin], d: Any) -> WireRecord:
    """Validate one incoming record dict against the kind's declared record (wire_schema.py);
    raises RowError naming the problems."""
    try:
        checked = record_adapter(model).validate_python(d)
    except SchemaViolation as e:
        raise _row_error(e) from None
    return _wire_record(_absent_as_null(model, checked))


def parse_wire_line(model: type[SyncedMixin], line: bytes) -> WireRecord:
    """parse_wire for one changeset line, parsed and validated in one pass by pydantic-core (the
    hot path of a large import). RowError.record_id is the line's id when it has one."""
    try:
        checked = record_adapter(model).validate_json(line)
    except SchemaViolation as e:
        err = _row_error(e)
        err.record_id = _id_of(line)
        raise err from None
    if has_duplicate_keys(line):
        # Strict JSON (docs/package-format.md): one meaning per line, never "the last key wins".
        err = RowError(translate("SyncErrors", "The record line repeats a field name; the record was refused."))
        err.record_id = checked.get("id") if isinstance(checked, dict) else None
        raise err
    return _wire_record(_absent_as_null(model, checked))


def _id_of(line: bytes) -> str | None:
    """The id of a refused line, to name it among the rejections (only on the error path)."""
    try:
        # pydantic-core's parser limits nesting (json.loads raised RecursionError on a line nested
        # 100,000 deep, which stopped the whole USB sync: issue 16 item 6).
        d = pydantic_core.from_json(line)
    except ValueError:
        return None
    rid = d.get("id") if isinstance(d, dict) else None
    return rid if isinstance(rid, str) and len(rid) <= 64 else None


# A stored row as the sync code reads it: a Core mapping, or an ORM object through row_mapping.
StoredRow = Mapping[str, Any] | RowMapping
# Stored sibling values per field (the conflicts table's `values`).
StoredSiblings = Mapping[str, list[dict[str, Any]]]


def row_state(model: type[SyncedMixin], row: StoredRow, siblings: StoredSiblings | None) -> dict[str, Any]:
    """The merge state of a stored row (a Core mapping or an ORM object via `row_mapping`)."""
    return {
        "fields": {f: to_json(row[f]) for f in data_fields(model)},
        "stamps": unpack_stamps(row["field_stamps"]),   # compact or (older rows) per-field dict
        "version": dict(row["version"] or {}),
        "deleted": bool(row["deleted"]),
        "merged_into_id": row["merged_into_id"],
        "siblings": {f: [dict(e) for e in v] for f, v in (siblings or {}).items()},
    }


def row_mapping(obj: SyncedMixin) -> dict[str, Any]:
    cols = table_of(type(obj)).columns
    return {c.key: getattr(obj, c.key) for c in cols}


def to_wire(model: type[SyncedMixin], row: StoredRow, siblings: StoredSiblings | None) -> dict[str, Any]:
    """The changeset form of a stored row (the per-row hot path of a full export: no intermediate
    merge state, only date fields converted)."""
    stamps = unpack_stamps(row["field_stamps"])
    groups: dict[tuple[int, str], list[str]] = {}
    for f, stamp in stamps.items():
        groups.setdefault((int(stamp[0]), str(stamp[1])), []).append(f)
    data_fields(model)
    dates = _DATE_NAMES[model]
    fields: dict[str, Any] = {}
    for f in _FIELDS[model]:
        v = row[f]
        if v is None:
            if f in stamps:        # never-written empty fields are left out: absent means null
                fields[f] = None
        else:
            fields[f] = to_json(v) if f in dates else v
    out = {
        "id": row["id"], "origin_office_id": row["origin_office_id"], "origin_site_id": row["origin_site_id"],
        "version": dict(row["version"] or {}), "stamps": [[c, site, fs] for (c, site), fs in sorted(groups.items())],
        "deleted": bool(row["deleted"]),
        "fields": fields,
        "created_at": to_json(row["created_at"]), "created_by": row["created_by"],
        "updated_at": to_json(row["updated_at"]), "updated_by": row["updated_by"],
    }
    if row["merged_into_id"]:
        out["merged_into_id"] = row["merged_into_id"]
    if siblings:
        out["siblings"] = {f: [{k: e.get(k) for k in ENTRY_KEYS if e.get(k) is not None or k == "value"}
                               for e in v] for f, v in siblings.items()}
    return out


def state_columns(model: type[SyncedMixin], state: Mapping[str, Any]) -> dict[str, Any]:
    """Column values (Python types) for the data and sync columns of a merged state. The values
    were validated on the way in (parse_wire) or come from this database: only dates convert."""
    from ..record_writer import derived_columns

    names = data_fields(model)
    src = state["fields"]
    fields = {f: src[f] for f in names if f in src}
    for f, typ in _DATE_FIELDS[model]:
        v = fields.get(f)
        if isinstance(v, str):
            try:
                fields[f] = typ.fromisoformat(v)
            except ValueError as e:
                raise RowError(f"{f}: bad date") from e
    out = {**fields, "version": dict(state["version"]), "field_stamps": pack_stamps(state["stamps"]),
           "deleted": bool(state["deleted"]), "merged_into_id": state.get("merged_into_id")}
    out.update(derived_columns(model, {f: fields.get(f) for f in names}))
    return out


def parse_time(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    try:
        return dt.datetime.fromisoformat(value)
    except ValueError:
        return None
