"""Synced rows <-> plain JSON dicts (what a changeset carries) <-> merge states (domain.merge).

Values travel in JSON form: text, integers, booleans, null, dates as ISO "YYYY-MM-DD". Every
incoming value is checked against its column (type, length, null) before anything is written.
"""
from __future__ import annotations

import datetime as dt
import re
import uuid
from typing import Any, Mapping

from sqlalchemy import Boolean, Date, DateTime, Integer, String, Text

from ...domain.merge import DELETED
from ...storage.models import MODEL_BY_KIND, SyncedMixin

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
PLACEHOLDER_NAME = "(đã ẩn danh)"


class RowError(ValueError):
    """An incoming row that cannot be applied; the message says why (English, for logs and tests)."""


def is_uuid(value: Any) -> bool:
    return isinstance(value, str) and bool(_UUID_RE.fullmatch(value)) and _valid_uuid(value)


def _valid_uuid(value: str) -> bool:
    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return True


def to_json(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def from_json(col, value: Any) -> Any:
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
    cols = model.__table__.columns  # type: ignore[attr-defined]
    return {f: (PLACEHOLDER_NAME if not cols[f].nullable else None) for f in model.__personal_fields__}


def _check_stamp(stamp: Any, where: str) -> list:
    if (not isinstance(stamp, list) or len(stamp) != 2 or isinstance(stamp[0], bool)
            or not isinstance(stamp[0], int) or not 1 <= stamp[0] < MAX_COUNTER or not is_uuid(stamp[1])):
        raise RowError(f"{where}: bad stamp")
    return [stamp[0], stamp[1]]


def _check_version(version: Any) -> dict[str, int]:
    if not isinstance(version, dict) or not version:
        raise RowError("version: expected a non-empty {site: counter} object")
    for k, v in version.items():
        if not is_uuid(k) or isinstance(v, bool) or not isinstance(v, int) or not 1 <= v < MAX_COUNTER:
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

    __slots__ = ("id", "origin_office_id", "origin_site_id", "state", "meta", "created_at", "created_by")

    def __init__(self, **kw):
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
    if not is_uuid(office) or not is_uuid(site):
        raise RowError("origin office/site is not a UUID")
    version = _check_version(d.get("version"))
    if site not in version:
        raise RowError("origin site missing from the version vector")
    cols = model.__table__.columns  # type: ignore[attr-defined]
    names = set(model.data_fields())
    fields = d.get("fields")
    if not isinstance(fields, dict):
        raise RowError("fields: expected an object")
    bad = set(fields) - names
    if bad:
        raise RowError(f"unknown fields {sorted(bad)}")
    for f, v in fields.items():
        from_json(cols[f], v)
    stamps = d.get("stamps")
    if not isinstance(stamps, dict):
        raise RowError("stamps: expected an object")
    checked_stamps = {}
    for f, st in stamps.items():
        if f not in names and f != DELETED:
            raise RowError(f"stamp for unknown field {f!r}")
        checked_stamps[f] = _check_stamp(st, f)
        if version.get(st[1], 0) < st[0]:
            raise RowError(f"{f}: stamp not covered by the version vector")
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


def row_state(model: type[SyncedMixin], row: Mapping[str, Any], siblings: Mapping[str, list] | None) -> dict:
    """The merge state of a stored row (a Core mapping or an ORM object via `row_mapping`)."""
    return {
        "fields": {f: to_json(row[f]) for f in model.data_fields()},
        "stamps": {k: list(v) for k, v in (row["field_stamps"] or {}).items()},
        "version": dict(row["version"] or {}),
        "deleted": bool(row["deleted"]),
        "merged_into_id": row["merged_into_id"],
        "siblings": {f: [dict(e) for e in v] for f, v in (siblings or {}).items()},
    }


def row_mapping(obj: SyncedMixin) -> dict[str, Any]:
    cols = type(obj).__table__.columns  # type: ignore[attr-defined]
    return {c.key: getattr(obj, c.key) for c in cols}


def to_wire(model: type[SyncedMixin], row: Mapping[str, Any], siblings: Mapping[str, list] | None) -> dict:
    st = row_state(model, row, siblings)
    out = {
        "id": row["id"], "origin_office_id": row["origin_office_id"], "origin_site_id": row["origin_site_id"],
        "version": st["version"], "stamps": st["stamps"], "deleted": st["deleted"],
        "merged_into_id": st["merged_into_id"], "fields": st["fields"],
        "created_at": to_json(row["created_at"]), "created_by": row["created_by"],
        "updated_at": to_json(row["updated_at"]), "updated_by": row["updated_by"],
    }
    if st["siblings"]:
        out["siblings"] = {f: [{k: e.get(k) for k in ENTRY_KEYS if e.get(k) is not None or k == "value"}
                               for e in v] for f, v in st["siblings"].items()}
    return out


def state_columns(model: type[SyncedMixin], state: Mapping[str, Any]) -> dict[str, Any]:
    """Column values (Python types) for the data and sync columns of a merged state."""
    from ..record_writer import derived_columns

    cols = model.__table__.columns  # type: ignore[attr-defined]
    fields = {}
    for f in model.data_fields():
        if f in state["fields"]:
            fields[f] = from_json(cols[f], state["fields"][f]) if state["fields"][f] is not None else None
    out = {**fields, "version": dict(state["version"]), "field_stamps": dict(state["stamps"]),
           "deleted": bool(state["deleted"]), "merged_into_id": state.get("merged_into_id")}
    full = {f: fields.get(f) for f in model.data_fields()}
    out.update(derived_columns(model, full))
    return out


def parse_time(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    try:
        return dt.datetime.fromisoformat(value)
    except ValueError:
        return None
