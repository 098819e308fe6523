"""Items for the pickers of record forms and list filters: vocabulary terms (built-in plus the
terms the province added), countries, and the communes of the office's province."""
from __future__ import annotations

from functools import lru_cache

from ...domain.record_kinds import vocabulary_terms
from ...domain.units import communes
from ...domain.vocab import countries


def extra_terms(ctx) -> dict[str, dict[str, str]]:
    """{vocabulary: {code: label}} added by the province."""
    from ...services.records import RecordService

    return RecordService(ctx).extra_terms()


def vocabulary_items(ctx, vocabulary: str) -> list[tuple[str, str]]:
    """(label, code) of a vocabulary, built-in terms first."""
    if vocabulary == "country":
        return country_items()
    items = [(str(t.label), t.code) for t in vocabulary_terms(vocabulary)]
    known = {code for _l, code in items}
    for code, label in extra_terms(ctx).get(vocabulary, {}).items():
        if code not in known:
            items.append((label, code))
    return items


@lru_cache(maxsize=1)
def country_items() -> list[tuple[str, str, tuple[str, ...]]]:
    """Countries, the three neighbours first; the ISO code is an alias ("kr" finds Hàn Quốc)."""
    return [(str(t.label), t.code, (t.code,)) for t in countries()]


@lru_cache(maxsize=4)
def commune_items(province_code: int | None) -> list[tuple[str, int, tuple[str, ...]]]:
    """Communes and wards of the province; "bat xat" finds "Xã Bát Xát"."""
    if not province_code:
        return []
    return [(c.name, c.code, (c.short_name,)) for c in communes(province_code)]
