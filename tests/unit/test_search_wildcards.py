"""Issue 16 item 9: "%" and "_" typed in a search match only themselves (before, "%" and "_"
each matched all four households: LIKE wildcards). A one-character query matches at a word start,
and no word starts with "%" or "_" here, so they find nothing; "100%" finds the one name holding it."""
from __future__ import annotations

import pytest
from test_record_fixtures import ctx, data_dir, installed_template  # noqa: F401 - fixtures

from dnnd_desktop.services.records import ListQuery, RecordQueryService, RecordService
from dnnd_desktop.storage.like_patterns import like_escape, like_pattern


def test_like_escape_takes_wildcards_literally():
    assert like_escape("50%_a\\b") == "50\\%\\_a\\\\b"
    assert like_pattern("x_y", "% ") == ("% x\\_y%", "\\")


@pytest.fixture
def qs(ctx):  # noqa: F811
    rs = RecordService(ctx)
    for head in ("Nguyễn Văn Đức", "Trần Thị Lan", "Hộ 100% kiều bào", "Lò_Văn_Páo"):
        rs.create("household", {"head_name": head})
    return RecordQueryService(ctx)


@pytest.mark.parametrize(("query", "expected"), [
    ("%", []),
    ("_", []),
    ("100%", ["Hộ 100% kiều bào"]),
    ("%%", []),
    ("_%", []),
])
def test_wildcards_typed_in_a_search_match_only_themselves(qs, query, expected):
    rows = qs.page("household", ListQuery(search=query))
    assert sorted(r.name for r in rows) == expected
    assert qs.count("household", ListQuery(search=query)) == len(expected)
