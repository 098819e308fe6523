"""Display text of record values for lists, forms and printouts: vocabulary labels, commune and
country names, dd/mm/yyyy dates, Vietnamese digit grouping. Words of our own (yes/no) follow the
current language, or the one asked for: documents and Excel exports ask for Vietnamese."""
from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Any

from ...domain.formatting import format_date, format_money, format_number
from ...domain.messages import render, translate
from ...domain.record_kinds import (
    BOOL,
    COMMUNE,
    COUNTRY,
    DATE,
    INT,
    MONEY,
    VOCAB,
    YEAR,
    FieldSpec,
    KindSpec,
    vocabulary_label,
)
from ...domain.units import commune_by_code, communes
from ...domain.vocab import label as vocab_label

MASKED = "•••"
_YES, _NO = translate("RecordValues", "Yes"), translate("RecordValues", "No")
_DORMANT = translate("RecordValues", "No activity for over 12 months")


@lru_cache(maxsize=8)
def commune_names(province_code: int | None) -> dict[int, str]:
    return {c.code: c.name for c in communes(province_code)} if province_code else {}


def commune_name(code: int | None, province_code: int | None) -> str:
    if code is None:
        return ""
    name = commune_names(province_code).get(code)
    if name is None:
        c = commune_by_code(code)
        name = c.name if c else str(code)
    return name


def display_value(f: FieldSpec, value: Any, province_code: int | None,
                  extra_terms: dict[str, dict[str, str]] | None = None, language: str | None = None) -> str:
    if value is None or value == "":
        return ""
    if f.type == VOCAB:
        extra = (extra_terms or {}).get(f.vocabulary or "", {})
        if extra and all(c in extra for c in str(value).split(",")):
            return "; ".join(extra[c] for c in str(value).split(","))
        return vocabulary_label(f.vocabulary or "", value)
    if f.type == COUNTRY:
        return vocab_label("country", value)
    if f.type == COMMUNE:
        return commune_name(int(value), province_code)
    if f.type == DATE:
        if isinstance(value, str):
            value = dt.date.fromisoformat(value[:10])
        return format_date(value)
    if f.type == MONEY:
        return format_money(value)
    if f.type == INT:
        return format_number(value)
    if f.type == YEAR:
        return str(value)
    if f.type == BOOL:
        return render(_YES if value else _NO, language)
    return str(value)


def display_rows(spec: KindSpec, rows: list[dict[str, Any]], province_code: int | None,
                 extra_terms: dict[str, dict[str, str]] | None = None) -> list[dict[str, str]]:
    """The display text of each row of one page. A page repeats the same few codes, dates and
    flags (a country, a status, a vocabulary term) in every row: each (column, value) is turned into
    text once per page, and each column's field looked up once, not once per cell (a page of 100
    twinning rows took 10 ms of a header click here, mostly rebuilding vocabulary label maps)."""
    fields: dict[str, FieldSpec | None] = {}
    texts: dict[tuple[str, Any], str] = {}
    out = []
    for row in rows:
        shown = {}
        for name, value in row.items():
            if name not in fields:
                try:
                    fields[name] = spec.field(name)
                except KeyError:
                    fields[name] = None
            f = fields[name]
            if f is None:
                continue
            if f.type in _REPEATED_TYPES:
                key = (name, value)
                text = texts.get(key)
                if text is None:
                    text = texts[key] = display_value(f, value, province_code, extra_terms)
                shown[name] = text
            else:
                shown[name] = display_value(f, value, province_code, extra_terms)
        if spec.kind == "twinning" and "dormant" in row:
            shown["dormant"] = render(_DORMANT) if row["dormant"] else ""
        out.append(shown)
    return out


# Types whose values repeat across a page and are hashable (codes, dates, flags): their text is
# made once per page by display_rows.
_REPEATED_TYPES = frozenset({VOCAB, COUNTRY, COMMUNE, DATE, BOOL})


def display_row(spec: KindSpec, row: dict[str, Any], province_code: int | None,
                extra_terms: dict[str, dict[str, str]] | None = None) -> dict[str, str]:
    """The display text of one row (a page of one: see display_rows)."""
    return display_rows(spec, [row], province_code, extra_terms)[0]
