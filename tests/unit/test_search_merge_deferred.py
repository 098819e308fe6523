"""Imports leave the FTS5 merge work to a calm moment (issue 15): with incremental merging off,
200 small writes pile up segments, search answers the same, and the calm-moment merge brings every
index back under the bound."""
from __future__ import annotations

import pytest
from sqlalchemy import text
from test_record_fixtures import ctx, data_dir, installed_template  # noqa: F401 - fixtures

from dnnd_desktop.services.records import ListQuery, RecordQueryService, RecordService
from dnnd_desktop.services.search_upkeep import tidy_search_indexes
from dnnd_desktop.storage import dialect

FAMILY = ("Nguyễn", "Trần", "Lò", "Giàng", "Sùng")
GIVEN = ("Đức", "Lan", "Páo", "Chư", "Mai")


def _segments(ctx):  # noqa: F811
    from dnnd_desktop.storage import sqlite

    with ctx.session() as s:
        return sqlite.search_segment_counts(s)


def _searches(qs):
    return {q: sorted(r.id for r in qs.page("household", ListQuery(search=q), limit=500))
            for q in ("duc", "nguyen", "lo pao", "uyen", "ban muong 1", "muong", "xyz")}


def test_two_hundred_small_imports_then_the_calm_moment_merge(ctx):  # noqa: F811
    with ctx.session() as s:
        if dialect.name_of(s) != "sqlite":
            pytest.skip("FTS5 segments exist only on SQLite")
    rs, qs = RecordService(ctx), RecordQueryService(ctx)
    with ctx.session() as s:
        dialect.module_for(s).defer_search_merges(s)
        automerge = s.execute(text("SELECT v FROM households_words_config WHERE k = 'automerge'")).scalar()
    assert automerge == 0
    most = 0
    for i in range(209):   # one transaction each, as 209 small imports would be
        head = f"{FAMILY[i % 5]} Văn {GIVEN[(i // 5) % 5]}"
        rs.create("household", {"head_name": head, "village": f"Bản Mường {i % 7}"})
        if i % 10 == 0 or i > 195:
            most = max(most, _segments(ctx)["households_words"])
    piled = _segments(ctx)
    # Without merges every transaction left a segment (up to FTS5's crisis merge at 16).
    assert most >= 14 and piled["households_words"] > 8 and piled["households_fts"] > 8
    before = _searches(qs)
    # Counted by hand from the names made above (i = 0..208): Đức when (i // 5) % 5 == 0 (8 blocks
    # of 25 hold 5 each, and i = 200..204): 45; Nguyễn when i % 5 == 0: 42; Lò Páo when i % 25 == 12: 8.
    assert len(before["duc"]) == 45
    assert len(before["nguyen"]) == 42 and len(before["uyen"]) == 42
    assert len(before["lo pao"]) == 8
    assert before["xyz"] == []

    after = tidy_search_indexes(ctx)
    assert after and max(after.values()) <= 8
    assert _segments(ctx) == after
    assert _searches(qs) == before            # the merge changes how the index is stored, not what it finds
    # A store already under the bound is left alone.
    assert tidy_search_indexes(ctx) == after
