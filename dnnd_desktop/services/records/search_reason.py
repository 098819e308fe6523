"""Why a record matched a search (issue 19: "dong" found 101 persons, none named Đông, because the
search also reads fields the list does not show). The list search matches every query word as the
start of a word of a record's searchable text (tone marks optional); this says which fields
hold those words, so the list can show "Khớp ở: Ghi chú".

    matched_fields(ctx, kind, record_id, text) -> list[str]   field names, in form order"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ...domain.record_kinds import kind_spec
from ...domain.text import fold
from ...storage.models import MODEL_BY_KIND
from ...storage.search_match import word_tokens

if TYPE_CHECKING:
    from ..app_context import AppContext


def matched_fields(ctx: AppContext, kind: str, record_id: str, text: str) -> list[str]:
    words = word_tokens(fold(text).split())
    if not words:
        return []
    spec = kind_spec(kind)
    model = MODEL_BY_KIND[kind]
    with ctx.session() as s:
        record = s.get(model, record_id)
        if record is None:
            return []
        values = {name: getattr(record, name, None) for name in spec.search_fields}
    out = []
    for name, value in values.items():
        tokens = word_tokens(fold(str(value)).split()) if value not in (None, "") else []
        if any(t.startswith(w) for w in words for t in tokens):
            out.append(name)
    return out
