"""display_rows (a page's display text, each repeated code, date and flag turned into text once)
gives exactly what display_row gives row by row, for lists with every kind of cell."""
from __future__ import annotations

import datetime as dt

from test_record_fixtures import ctx, data_dir, installed_template  # noqa: F401 - fixtures

from dnnd_desktop.domain.record_kinds import kind_spec
from dnnd_desktop.services.records import ListQuery, RecordQueryService, RecordService
from dnnd_desktop.services.records.display import display_row, display_rows
from dnnd_desktop.services.records.vocab_terms import extra_terms


def test_a_page_shows_what_each_row_shows_alone(ctx):  # noqa: F811
    rs = RecordService(ctx)
    for i in range(12):
        rs.create("twinning", {"kind": ("village_village", "cluster", "other")[i % 3],
                               "local_name": f"Bản Lếch Mông {i}", "counterpart_name": "Bản Kiều Đầu",
                               "counterpart_country": ("CN", "LA", None, "KH")[i % 4],
                               "status": ("active", "paused", "ended")[i % 3],
                               "signed_date": dt.date(2020, 1 + i % 3, 1) if i % 2 else None})
        h = rs.create("household", {"head_name": f"Vàng Seo Phủ {i}", "head_birth_year": 1960 + i % 2}).id
        rs.create("person", {"household_id": h, "full_name": f"Vàng Thị Mỷ {i}", "country": ("KR", "LA")[i % 2],
                             "occupation": ("worker", None, "student")[i % 3], "city": "Seoul" if i % 2 else ""})
    a = rs.create("activity", {"title": "Giao lưu", "activity_type": "border_exchange",
                               "start_date": dt.date.today()}).id
    qs = RecordQueryService(ctx)
    rs.link(a, "twinning", qs.page("twinning")[0].id)
    with ctx.session() as s:
        terms = extra_terms(s)
    for kind in ("twinning", "person", "household", "activity"):
        spec = kind_spec(kind)
        rows = qs.page(kind, ListQuery(), 0, 100)
        assert rows
        raw = [r.values for r in rows]
        alone = [display_row(spec, r, ctx.installation.province_code, terms) for r in raw]
        assert display_rows(spec, raw, ctx.installation.province_code, terms) == alone == [r.display for r in rows]
    # Counted by hand: 12 pairs, one of them active within the year; the labels are the catalogue's.
    pairs = qs.page("twinning", ListQuery(), 0, 100)
    assert sum(r.display["dormant"] == "" for r in pairs) == 1 and len(pairs) == 12
