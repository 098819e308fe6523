"""A list's search, filters and sort in words, for the title lines of exports and printouts.

These words are document text (the Excel export, the printed list), so they are Vietnamese whatever
the UI language; labels that come from the catalogue are rendered in Vietnamese for the same reason."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...domain.formatting import format_date
from ...domain.messages import render
from ...domain.periods import Period, parse_period
from ...domain.record_kinds import FilterSpec, kind_spec, vocabulary_label
from ...domain.vocab import label as vocab_label
from ..records.display import commune_name
from ..records.types import ListQuery

if TYPE_CHECKING:
    from ..app_context import AppContext


def _value_text(ctx: AppContext, f: FilterSpec, value: Any) -> str:
    if f.type == "period":
        try:
            p = value if isinstance(value, Period) else parse_period(str(value))
            return f"{format_date(p.start)} – {format_date(p.end)}"
        except Exception:  # noqa: BLE001 - shown as typed
            return str(value)
    if f.type == "vocab":
        return vocabulary_label(f.vocabulary or "", str(value))
    if f.type == "country":
        return vocab_label("country", str(value).upper())
    if f.type == "commune":
        return commune_name(int(value), ctx.installation.province_code)
    if f.type == "bool":
        return "có" if value in (True, "1", 1, "true") else "không"
    return str(value)


def describe_query(ctx: AppContext, kind: str, query: ListQuery | None) -> str:
    spec = kind_spec(kind)
    q = query or ListQuery()
    parts = []
    if q.search.strip():
        parts.append(f"tìm «{q.search.strip()}»")
    filters = {f.key: f for f in spec.filters}
    for key, value in (q.filters or {}).items():
        if value is None or value == "":
            continue
        if key in ("date_from", "date_to"):
            parts.append(("từ ngày " if key == "date_from" else "đến ngày ")
                         + (format_date(value) if hasattr(value, "year") else str(value)))
        elif key in filters:
            f = filters[key]
            label = render(f.label, "vi").lower()
            if f.type == "ref":
                parts.append(f"{label} đã chọn")
            else:
                parts.append(f"{label}: {render(_value_text(ctx, f, value), 'vi')}")
    text = "Điều kiện lọc: " + "; ".join(parts) + "." if parts else "Tất cả bản ghi."
    if q.sort:
        try:
            label = render(spec.field(q.sort).label, "vi")
            text += f" Sắp xếp theo {label.lower()}{' (giảm dần)' if q.descending else ''}."
        except KeyError:
            pass
    return text
