"""The search gives the same hits on SQLite (FTS5 indexes) and PostgreSQL (trigram indexes): both
are checked against one plain-Python statement of the rule. Runs on whichever database the
fixtures use (`pytest --database=postgres` for the server)."""
from __future__ import annotations

import pytest
from test_record_fixtures import ctx, data_dir, installed_template  # noqa: F401 - fixtures

from dnnd_desktop.domain.text import fold
from dnnd_desktop.services.records import ListQuery, RecordQueryService, RecordService
from dnnd_desktop.storage.search_match import word_tokens

HEADS = ["Nguyễn Văn Đức", "ĐỖ VĂN DƯƠNG", "Trần Thị Lan", "Lê Văn Hải", "Nguyễn Hữu Đô",
         "Vàng A Sử", "Lò Thị Mai-Anh", "Bùi 0912-345 Ba", "Hoàng Văn Nguyên", "Đặng Thị Hằng",
         "Phạm Uyên", "Giàng Seo Páo", "Nguyen_Van%Tu"]
QUERIES = ["duc", "nguyen van d", "van", "d", "do", "uyen", "guy", "an", "anh", "mai anh", "0912", "345",
           "912", "seo pao", "xyz", "h", "ng", "thi h", "tu", "van%tu", "n_v"]


def _words(text: str) -> list[str]:
    return word_tokens([text])


def expected(query: str) -> set[str]:
    """The rule, in Python: word prefixes first (every query token starts some word); when nothing
    matches so, substrings (3+ letters anywhere, 2 letters or 1 letter at a word start)."""
    q = fold(query).split()
    tokens = word_tokens(q)
    folded = {h: fold(h) for h in HEADS}
    if tokens:
        hits = {h for h, f in folded.items() if all(any(w.startswith(t) for w in _words(f)) for t in tokens)}
        if hits:
            return hits
    out = set()
    for h, f in folded.items():
        text = " " + f
        if all((w in text) if len(w) >= 3 else (" " + w) in text for w in q):
            out.add(h)
    return out


@pytest.fixture
def filled(ctx):  # noqa: F811
    rs = RecordService(ctx)
    for h in HEADS:
        rs.create("household", {"head_name": h})
    return RecordQueryService(ctx)


@pytest.mark.parametrize("query", QUERIES)
def test_same_hits_as_the_rule(filled, query):
    rows = filled.page("household", ListQuery(search=query), 0, 100)
    assert {r.name for r in rows} == expected(query), query
    assert filled.count("household", ListQuery(search=query)) == len(expected(query))


def test_sort_keys_order_by_code_point_on_every_database(filled):
    rows = filled.page("household", ListQuery(sort="head_name"), 0, 100)
    from dnnd_desktop.domain.text import sort_key

    assert [r.name for r in rows] == sorted(HEADS, key=sort_key)
