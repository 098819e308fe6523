"""Synced rows <-> plain JSON dicts (what a changeset carries) <-> merge states (domain.merge).

Values travel in JSON form: text, integers, booleans, null, dates as ISO "YYYY-MM-DD". Every
incoming value is checked against its column (type, length, null) before anything is written.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

from sqlalchemy import Boolean, Column, Date, DateTime, Integer, RowMapping, String, Text

from ...domain.merge import DELETED, pack_stamps, unpack_stamps
from ...storage.models import MODEL_BY_KIND, SyncedMixin
from .tables import table_of

# Dependency order: a record comes after the records it points to.
KIND_ORDER = (
    "activity", "twinning", "partner", "household", "person", "contribution", "commendation", "consent",
    "task", "activity_person", "activity_partner", "activity_twinning", "activity_task", "attachment",
)
assert set(KIND_ORDER) == set(MODEL_BY_KIND), "every synced kind has a place in KIND_ORDER"

WIRE_KEYS = frozenset({
    "id", "origin_office_id", "origin_site_id", "version", "stamps", "deleted", "merged_into_id", "fields",
    "siblings", "created_at", "created_by", "updated_at", "updated_by",
})
ENTRY_KEYS = frozenset({"value", "stamp", "office_id", "user", "at"})
MAX_COUNTER = 2**53
_UUID_RE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
# Data, not a UI text: stored in place of an erased name and synced, so the same at every office.
PLACEHOLDER_NAME = "(đã ẩn danh)"


class RowError(ValueError):
    """An incoming row that cannot be applied; the message says why (English, for logs and tests)."""


_SEEN_IDS: set[str] = set()   # site and office ids repeat on every row: check each once


def is_uuid(value: Any) -> bool:
    """Canonical lowercase UUID text, as new_id() makes it."""
    return isinstance(value, str) and len(value) == 36 and bool(_UUID_RE.fullmatch(value))


def _is_known_uuid(value: Any) -> bool:
    if value in _SEEN_IDS:
        return True
    ok = is_uuid(value)
    if ok and len(_SEEN_IDS) < 10_000:
        _SEEN_IDS.add(value)
    return ok


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


_VALIDATORS: dict[type, dict[str, Any]] = {}


def validators(model) -> dict[str, Any]:
    """{field: check(value)} for incoming JSON values: the per-row hot path of a large import."""
    v = _VALIDATORS.get(model)
    if v is not None:
        return v
    out = {}
    for f in data_fields(model):
        col = columns(model)[f]
        t = col.type
        if isinstance(t, (String, Text)) and not isinstance(t, (Date, DateTime)):
            limit = None if isinstance(t, Text) else t.length

            def check(value, col=col, limit=limit):
                if value.__class__ is str and (limit is None or len(value) <= limit) and "\x00" not in value:
                    return value
                return from_json(col, value)
        elif isinstance(t, Integer) and not isinstance(t, Boolean):
            def check(value, col=col):
                if value.__class__ is int and -2**63 < value < 2**63:
                    return value
                return from_json(col, value)
        else:
            def check(value, col=col):
                return from_json(col, value)
        out[f] = check
    _VALIDATORS[model] = out
    return out


def wiped_values(model: type[SyncedMixin]) -> dict[str, Any]:
    """What the record writer leaves in personal fields of a tombstone."""
    cols = table_of(model).columns
    return {f: (PLACEHOLDER_NAME if not cols[f].nullable else None) for f in model.__personal_fields__}


def _check_stamp(stamp: Any, where: str) -> list:
    if (stamp.__class__ is not list or len(stamp) != 2 or stamp[0].__class__ is not int
            or not 1 <= stamp[0] < MAX_COUNTER or not _is_known_uuid(stamp[1])):
        raise RowError(f"{where}: bad stamp")
    return [stamp[0], stamp[1]]


def _check_version(version: Any) -> dict[str, int]:
    if not isinstance(version, dict) or not version:
        raise RowError("version: expected a non-empty {site: counter} object")
    for k, v in version.items():
        if not _is_known_uuid(k) or v.__class__ is not int or not 1 <= v < MAX_COUNTER:
            raise RowError("version: bad entry")
    return dict(version)


def _check_text(value: Any, key: str, limit: int = 200) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or len(value) > limit:
        raise RowError(f"{key}: bad text")
    return value


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


def parse_wire(model: type[SyncedMixin], d: Any) -> WireRecord:
    """Validate one incoming record dict (raises RowError)."""
    if not isinstance(d, dict):
        raise RowError("record is not an object")
    unknown = set(d) - WIRE_KEYS
    if unknown:
        raise RowError(f"unknown keys {sorted(unknown)}")
    rid = d.get("id")
    if not is_uuid(rid):
        raise RowError("id is not a UUID")
    office, site = d.get("origin_office_id"), d.get("origin_site_id")
    if not _is_known_uuid(office) or not _is_known_uuid(site):
        raise RowError("origin office/site is not a UUID")
    version = _check_version(d.get("version"))
    if site not in version:
        raise RowError("origin site missing from the version vector")
    cols = columns(model)
    names = set(data_fields(model))
    fields = d.get("fields")
    if not isinstance(fields, dict):
        raise RowError("fields: expected an object")
    bad = set(fields) - names
    if bad:
        raise RowError(f"unknown fields {sorted(bad)}")
    check = validators(model)
    for f, v in fields.items():
        check[f](v)
    if len(fields) < len(names):  # absent means null (to_wire leaves out never-written empty fields)
        fields = dict(fields)
        for f in data_fields(model):
            if f not in fields:
                if not cols[f].nullable:
                    raise RowError(f"{f}: required")
                fields[f] = None
    stamps = d.get("stamps")
    if stamps.__class__ is not list or len(stamps) > len(names) + 1:
        raise RowError("stamps: expected a list of [counter, site, [fields]] groups")
    checked_stamps: dict[str, list] = {}
    for group in stamps:
        if group.__class__ is not list or len(group) != 3 or group[2].__class__ is not list:
            raise RowError("stamps: bad group")
        st = _check_stamp(group[:2], "stamps")
        if version.get(st[1], 0) < st[0]:
            raise RowError("stamps: stamp not covered by the version vector")
        for f in group[2]:
            if f.__class__ is not str or (f not in names and f != DELETED) or f in checked_stamps:
                raise RowError(f"stamps: bad or repeated field {str(f)[:60]!r}")
            checked_stamps[f] = st
    deleted = d.get("deleted")
    if not isinstance(deleted, bool):
        raise RowError("deleted: expected true/false")
    if deleted and DELETED not in checked_stamps:
        raise RowError("tombstone without a delete stamp")
    merged = d.get("merged_into_id")
    if merged is not None and (not is_uuid(merged) or not deleted or merged == rid):
        raise RowError("merged_into_id: bad value")
    siblings = d.get("siblings") or {}
    if not isinstance(siblings, dict):
        raise RowError("siblings: expected an object")
    checked_sib = {}
    for f, entries in siblings.items():
        if f not in names and f != DELETED:
            raise RowError(f"siblings for unknown field {f!r}")
        if not isinstance(entries, list) or not 2 <= len(entries) <= 64:
            raise RowError(f"siblings of {f}: expected 2..64 values")
        out = []
        for e in entries:
            if not isinstance(e, dict) or set(e) - ENTRY_KEYS or "stamp" not in e:
                raise RowError(f"siblings of {f}: bad value")
            st = _check_stamp(e["stamp"], f)
            if version.get(st[1], 0) < st[0]:
                raise RowError(f"siblings of {f}: stamp not covered by the version vector")
            value = e.get("value")
            if f == DELETED:
                if not isinstance(value, bool):
                    raise RowError("siblings of __deleted__: expected true/false")
            else:
                from_json(cols[f], value)
            if e.get("office_id") is not None and not is_uuid(e["office_id"]):
                raise RowError(f"siblings of {f}: bad office id")
            out.append({"value": value, "stamp": st, "office_id": e.get("office_id"),
                        "user": _check_text(e.get("user"), "user"), "at": _check_text(e.get("at"), "at", 40)})
        checked_sib[f] = out
    meta = {"user": _check_text(d.get("updated_by"), "updated_by"),
            "at": _check_text(d.get("updated_at"), "updated_at", 40)}
    state = {"fields": dict(fields), "stamps": checked_stamps, "version": version, "deleted": deleted,
             "merged_into_id": merged, "siblings": checked_sib}
    return WireRecord(id=rid, origin_office_id=office, origin_site_id=site, state=state, meta=meta,
                      created_at=_check_text(d.get("created_at"), "created_at", 40),
                      created_by=_check_text(d.get("created_by"), "created_by"))


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
