"""Items for the pickers of record forms and list filters: vocabulary terms (built-in plus the
terms the province added), countries, and the communes of the office's province."""
from __future__ import annotations

from functools import lru_cache

from ...domain.messages import current_language
from ...domain.record_kinds import vocabulary_terms
from ...domain.units import communes
from ...domain.vocab import countries, label_texts, render_label


def extra_terms(ctx) -> dict[str, dict[str, str]]:
    """{vocabulary: {code: label}} added by the province."""
    from ...services.records import RecordService

    return RecordService(ctx).extra_terms()


def vocabulary_items(ctx, vocabulary: str) -> list[tuple[str, str]] | list[tuple[str, str, tuple[str, ...]]]:
    """(label, code) of a vocabulary, built-in terms first; countries add their aliases."""
    if vocabulary == "country":
        return country_items()
    items: list[tuple[str, str]] = [(str(t.label), t.code) for t in vocabulary_terms(vocabulary)]   # in the UI language
    known = {code for _l, code in items}
    for code, label in extra_terms(ctx).get(vocabulary, {}).items():
        if code not in known:
            items.append((label, code))
    return items


def country_items() -> list[tuple[str, str, tuple[str, ...]]]:
    """Countries, the three neighbours first, named in the UI language; the ISO code and the name in
    the other language are aliases ("kr" and "Korea" find Hàn Quốc)."""
    return _country_items(current_language())


@lru_cache(maxsize=2)
def _country_items(language: str) -> list[tuple[str, str, tuple[str, ...]]]:
    return [(render_label(t.label, language), t.code, (t.code, *label_texts(t.label))) for t in countries()]


@lru_cache(maxsize=4)
def commune_items(province_code: int | None) -> list[tuple[str, int, tuple[str, ...]]]:
    """Communes and wards of the province; "bat xat" finds "Xã Bát Xát"."""
    if not province_code:
        return []
    return [(c.name, c.code, (c.short_name,)) for c in communes(province_code)]
