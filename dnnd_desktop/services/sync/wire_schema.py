"""One synced record as a changeset line carries it (codec.to_wire), declared per record kind.

    {"id", "origin_office_id", "origin_site_id": lowercase UUIDs,
     "version": {site: counter} (not empty), "stamps": [[counter, site, [field, ...]], ...],
     "deleted": bool, "merged_into_id": UUID | null, "fields": {field: value},
     "siblings": {field: [{"value", "stamp", "office_id", "user", "at"}, ...]} | null,
     "created_at", "created_by", "updated_at", "updated_by": short text | null}

`fields` is derived from the kind's model columns: each value has the column's JSON type (text
within the column's length and without NUL, a 64-bit integer, true/false, a date "YYYY-MM-DD", a
date and time), null only where the column allows it; an absent field means null. Unknown keys and
fields are refused. The rules between parts (the origin site is in the version vector, every
stamp is covered by it, a field is stamped once, a tombstone has a delete stamp, ...) are the
record's after-validator.

A large first sync brings ~100k lines: `line_adapter(model)` is built once per kind and validates
a line straight from its JSON bytes (the parsing and the checks run in pydantic-core); values stay
in JSON form, as the merge compares them (state_columns converts dates when writing).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Annotated, Any, NotRequired, Required

from pydantic import AfterValidator, ConfigDict, Field, StrictBool, StrictInt, StrictStr, TypeAdapter
from pydantic_core import PydanticCustomError
from sqlalchemy import Boolean, Column, Date, DateTime, Integer, String, Text
from typing_extensions import TypedDict  # pydantic needs it (not typing's) before Python 3.12

from ...domain.merge import DELETED
from ...domain.messages import translate
from ...domain.schema_errors import Naming
from ...storage.models import SyncedMixin
from .tables import table_of

MAX_COUNTER = 2**53
_STRICT = ConfigDict(extra="forbid")   # the types below are strict one by one (Strict*)

LowerUuid = Annotated[StrictStr, Field(pattern=r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")]
Counter = Annotated[StrictInt, Field(ge=1, lt=MAX_COUNTER)]
Stamp = tuple[Counter, LowerUuid]                       # [counter, site]
StampGroup = tuple[Counter, LowerUuid, list[StrictStr]]  # [counter, site, [field, ...]]
ShortText = Annotated[StrictStr, Field(max_length=200)]
TimeText = Annotated[StrictStr, Field(max_length=40)]
_NO_NUL = r"^[^\x00]*$"


def _is_date(value: str) -> str:
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        raise PydanticCustomError("bad_date", "not a real date") from None
    return value


def _is_datetime(value: str) -> str:
    try:
        dt.datetime.fromisoformat(value)
    except ValueError:
        raise PydanticCustomError("bad_datetime", "not a real date and time") from None
    return value


def column_type(col: Column[Any]) -> Any:
    """The JSON type of one column's value (null where the column allows it)."""
    t = col.type
    if isinstance(t, Boolean):
        typ: Any = StrictBool
    elif isinstance(t, Integer):
        typ = Annotated[StrictInt, Field(gt=-(2**63), lt=2**63)]
    elif isinstance(t, DateTime):
        typ = Annotated[StrictStr, AfterValidator(_is_datetime)]
    elif isinstance(t, Date):
        typ = Annotated[StrictStr, Field(min_length=10, max_length=10), AfterValidator(_is_date)]
    elif isinstance(t, (String, Text)):
        limit = None if isinstance(t, Text) else t.length
        typ = Annotated[StrictStr, Field(max_length=limit or None, pattern=_NO_NUL)]
    else:
        raise TypeError(f"{col.key}: no JSON type for {t!r}")
    return typ | None if col.nullable else typ


def _fields_type(model: type[SyncedMixin], names: tuple[str, ...], *, all_optional: bool = False) -> Any:
    cols = table_of(model).columns
    spec: dict[str, Any] = {}
    for n in names:
        typ = column_type(cols[n])
        # Absent means null: a field the column needs must be there (with a value).
        spec[n] = NotRequired[typ] if all_optional or cols[n].nullable else Required[typ]
    # Built at run time, per kind: mypy knows only TypedDicts spelled out in the source.
    td = TypedDict(f"{model.__name__}Fields", spec)  # type: ignore[misc]
    td.__pydantic_config__ = _STRICT  # type: ignore[attr-defined]
    return td


class SiblingEntry(TypedDict, total=False):
    __pydantic_config__ = _STRICT  # type: ignore[misc]
    value: Any                     # checked against the field's column by the record's rules
    stamp: Required[Stamp]
    office_id: LowerUuid | None
    user: ShortText | None
    at: TimeText | None


Siblings = dict[StrictStr, Annotated[list[SiblingEntry], Field(min_length=2, max_length=64)]]


def _record_rules(model: type[SyncedMixin], names: tuple[str, ...]) -> Callable[[dict[str, Any]], dict[str, Any]]:
    """The rules between the parts of a record (pydantic has checked each part)."""
    known = frozenset(names) | {DELETED}
    one_field = TypeAdapter(_fields_type(model, names, all_optional=True))

    def check(d: dict[str, Any]) -> dict[str, Any]:
        version = d["version"]
        if d["origin_site_id"] not in version:
            raise PydanticCustomError("origin_not_in_version", "the origin site is not in the version vector")
        if len(d["stamps"]) > len(names) + 1:
            raise PydanticCustomError("too_many_stamps", "more stamp groups than fields")
        stamped: dict[str, list[Any]] = {}
        for counter, site, fields in d["stamps"]:
            if version.get(site, 0) < counter:
                raise PydanticCustomError("stamp_not_covered", "a stamp is not covered by the version vector")
            for f in fields:
                if f not in known or f in stamped:
                    raise PydanticCustomError("bad_stamped_field", "a stamp names an unknown field or one "
                                                                   "stamped twice")
                stamped[f] = [counter, site]
        if d["deleted"] and DELETED not in stamped:
            raise PydanticCustomError("tombstone_without_stamp", "a deleted record has no delete stamp")
        merged = d.get("merged_into_id")
        if merged is not None and (not d["deleted"] or merged == d["id"]):
            raise PydanticCustomError("bad_merged_into", "merged into itself, or merged but not deleted")
        siblings: dict[str, list[dict[str, Any]]] = {}
        for f, entries in (d.get("siblings") or {}).items():
            if f not in known:
                raise PydanticCustomError("siblings_unknown_field", "other values for an unknown field")
            out = []
            for e in entries:
                counter, site = e["stamp"]
                if version.get(site, 0) < counter:
                    raise PydanticCustomError("stamp_not_covered", "a stamp is not covered by the version vector")
                value = e.get("value")
                if f == DELETED:
                    if not isinstance(value, bool):
                        raise PydanticCustomError("bool_type", "must be true or false")
                else:
                    try:
                        one_field.validate_python({f: value})
                    except ValueError:
                        raise PydanticCustomError("bad_sibling_value", "another value does not fit the field",
                                                  {"field": f}) from None
                out.append({"value": value, "stamp": [counter, site], "office_id": e.get("office_id"),
                            "user": e.get("user"), "at": e.get("at")})
            siblings[f] = out
        d["stamps"], d["siblings"] = stamped, siblings
        return d

    return check


# One adapter per kind, built on first use (a dict, not functools.cache: mypy does not take a class
# for the Hashable that cache asks of its arguments).
_ADAPTERS: dict[type[SyncedMixin], TypeAdapter[dict[str, Any]]] = {}


def record_adapter(model: type[SyncedMixin]) -> TypeAdapter[dict[str, Any]]:
    """The declared record of one kind: validates a dict (python) or a line (JSON) and returns
    the record with `stamps` as {field: [counter, site]} and `siblings` checked."""
    adapter = _ADAPTERS.get(model)
    if adapter is None:
        adapter = _ADAPTERS[model] = _record_adapter(model)
    return adapter


def _record_adapter(model: type[SyncedMixin]) -> TypeAdapter[dict[str, Any]]:
    names = tuple(model.data_fields())
    # Built at run time, per kind (as _fields_type).
    record = TypedDict(f"{model.__name__}Record", {  # type: ignore[misc]  # noqa: UP013 - built per kind
        "id": Required[LowerUuid],
        "origin_office_id": Required[LowerUuid],
        "origin_site_id": Required[LowerUuid],
        "version": Required[Annotated[dict[LowerUuid, Counter], Field(min_length=1)]],
        "stamps": Required[list[StampGroup]],
        "deleted": Required[StrictBool],
        "merged_into_id": NotRequired[LowerUuid | None],
        "fields": Required[_fields_type(model, names)],
        "siblings": NotRequired[Siblings | None],
        "created_at": NotRequired[TimeText | None],
        "created_by": NotRequired[ShortText | None],
        "updated_at": NotRequired[TimeText | None],
        "updated_by": NotRequired[ShortText | None],
    })
    record.__pydantic_config__ = _STRICT  # type: ignore[attr-defined]
    # The record validates to a plain dict; mypy cannot relate the run-time TypedDict to it.
    return TypeAdapter(Annotated[record, AfterValidator(_record_rules(model, names))])  # type: ignore[arg-type]


RECORD_NAMING = Naming(
    root=translate("SyncErrors", "the record"),
    hidden=frozenset({"fields"}),
    items={"stamps": translate("SyncErrors", "stamp group {n}")},
    entries={"siblings": translate("SyncErrors", "other values of «{key}»"),
             "version": translate("SyncErrors", "version of site «{key}»")},
    custom={
        "json_invalid": translate("SyncErrors", "{place}: is not JSON."),
        "bad_date": translate("SyncErrors", "{place}: is not a real date YYYY-MM-DD."),
        "bad_datetime": translate("SyncErrors", "{place}: is not a real date and time."),
        "origin_not_in_version": translate("SyncErrors", "{place}: the origin site is missing from the "
                                                         "version vector."),
        "too_many_stamps": translate("SyncErrors", "{place}: has more stamp groups than the record has fields."),
        "stamp_not_covered": translate("SyncErrors", "{place}: a stamp is not covered by the version vector."),
        "bad_stamped_field": translate("SyncErrors", "{place}: a stamp names an unknown field, or a field "
                                                     "twice."),
        "tombstone_without_stamp": translate("SyncErrors", "{place}: is deleted but has no delete stamp."),
        "bad_merged_into": translate("SyncErrors", "{place}: «merged_into_id» names the record itself, or the "
                                                   "record is not deleted."),
        "bad_sibling_value": translate("SyncErrors", "{place}: one of the other values of «{field}» does not "
                                                     "fit the field."),
        "siblings_unknown_field": translate("SyncErrors", "{place}: other values are given for a field this "
                                                          "kind of record does not have."),
    },
)
