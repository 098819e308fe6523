"""Report figures computed from the work kinds (issue 13, item 7): border self-management groups and
the households, members, line and markers they keep (hand-entered until template version 3),
relatives' associations, training courses and propaganda products. Every figure is checked against
a count made by hand below, with the messy cases: deleted records, records outside the period, a
group that stopped working, an undated group, a course on the period's last day, a course without a
participants figure, and at the province a record a lower office synced up (counted through that
office's report, never as the province's own)."""
from __future__ import annotations

import datetime as dt

import pytest
from test_record_fixtures import ctx, data_dir, installed_template  # noqa: F401 - fixtures

from dnnd_desktop.domain.units import communes
from dnnd_desktop.services.records import RecordService
from dnnd_desktop.services.reports import ReportService

PERIOD = "2026-H1"    # 01/01/2026 - 30/06/2026


def _work(ctx):  # noqa: F811
    rs = RecordService(ctx)
    x = communes(15)[0].code
    ids = {}

    def add(key, kind, **values):
        ids[key] = rs.create(kind, values).id

    # Border groups: standing records; counted if active at the period's end (undated ones too).
    add("G1", "border_group", name="Tổ Na Lốc", commune_code=x, established_date=dt.date(2019, 5, 1),
        households=35, members=12, border_length_m=4500, markers=3)                          # counted
    add("G2", "border_group", name="Tổ Lũng Pô", households=20, members=9, border_length_m=3200,
        markers=2)                                                                            # counted, undated
    add("G3", "border_group", name="Tổ Trung Tâm", status="inactive", households=15, members=6)   # stopped
    add("G4", "border_group", name="Tổ Pa Cheo", established_date=dt.date(2026, 8, 1), households=10)  # later
    add("G5", "border_group", name="Tổ đã xóa", households=50, members=20)                    # deleted below
    add("G6", "border_group", name="Tổ Sín Chải", commune_code=x, established_date=dt.date(2026, 3, 1),
        households=7, members=5, border_length_m=1000, markers=1)                              # counted, new
    # Relatives' associations: branches are counted and their members summed; the association too.
    add("A1", "relatives_association", name="Hội thân nhân kiều bào xã", level="association", members=140,
        branches=4)
    add("B1", "relatives_association", name="Chi hội thôn Na Lốc", members=31)
    add("B2", "relatives_association", name="Chi hội thôn Lũng Pô", members=25)
    add("B3", "relatives_association", name="Chi hội đã ngừng", status="inactive", members=10)
    add("B4", "relatives_association", name="Chi hội đã xóa", members=40)                    # deleted below
    add("B5", "relatives_association", name="Chi hội lập sau kỳ", established_date=dt.date(2026, 9, 1),
        members=12)
    # Training courses in the period by their start date.
    add("T1", "training_course", title="Tập huấn kỹ năng đối ngoại", start_date=dt.date(2026, 3, 12),
        participants=65)
    add("T2", "training_course", title="Bồi dưỡng ngày cuối kỳ", start_date=dt.date(2026, 6, 30),
        participants=40)
    add("T3", "training_course", title="Lớp năm trước", start_date=dt.date(2025, 12, 31), participants=30)
    add("T4", "training_course", title="Lớp đã xóa", start_date=dt.date(2026, 4, 1), participants=99)
    add("T5", "training_course", title="Lớp chưa ghi số học viên", start_date=dt.date(2026, 5, 5))
    # Propaganda products by their date: the number of items is summed (a product of 1 by default).
    add("P1", "propaganda_product", title="Tin bài biên giới", product_type="article", date=dt.date(2026, 2, 2),
        quantity=4, reach=900)
    add("P2", "propaganda_product", title="Bài đăng Zalo", product_type="social_post", channel="social_media",
        date=dt.date(2026, 5, 1), quantity=6, reach=12000)
    add("P3", "propaganda_product", title="Pa nô sau kỳ", product_type="poster", date=dt.date(2026, 7, 1),
        quantity=10, reach=3000)
    add("P4", "propaganda_product", title="Phóng sự truyền hình", product_type="broadcast", channel="radio_tv",
        date=dt.date(2026, 1, 15), reach=5000)
    add("P5", "propaganda_product", title="Bài đã xóa", product_type="article", date=dt.date(2026, 3, 3),
        quantity=3, reach=100)
    for key, kind in (("G5", "border_group"), ("B4", "relatives_association"), ("T4", "training_course"),
                      ("P5", "propaganda_product")):
        rs.delete(kind, ids[key])
    return ids, x


# Counted by hand from the records above.
EXPECTED = {
    "border_selfmanaged_groups": 3,                    # G1, G2, G6
    "border_selfmanaged_households": 35 + 20 + 7,       # 62
    "border_selfmanaged_members": 12 + 9 + 5,           # 26
    "border_selfmanaged_length_m": 4500 + 3200 + 1000,  # 8700
    "border_selfmanaged_markers": 3 + 2 + 1,            # 6
    "relatives_associations": 1,                       # A1
    "relatives_branches": 2,                           # B1, B2
    "relatives_members": 31 + 25,                      # 56: the association's own figure is not added again
    "training_courses": 3,                             # T1, T2, T5
    "training_participants": 65 + 40,                  # 105
    "propaganda_products": 4 + 6 + 1,                  # 11: P1, P2, P4 (1 by default)
    "propaganda_reach": 900 + 12000 + 5000,            # 17900
}


@pytest.fixture
def made(ctx):  # noqa: F811
    ids, commune = _work(ctx)
    svc = ReportService(ctx)
    return svc, svc.create(PERIOD), ids, commune


def test_every_work_figure_matches_the_hand_count(made):
    _svc, r, _ids, commune = made
    values = r.indicator_values()
    assert {k: values[k] for k in EXPECTED} == EXPECTED
    assert values[f"border_selfmanaged_groups/{commune}"] == 2 and values["border_selfmanaged_groups/"] == 1
    assert (values["propaganda_products/article"], values["propaganda_products/social_post"],
            values["propaganda_products/broadcast"]) == (4, 6, 1)
    assert "propaganda_products/poster" not in values          # only outside the period


def test_border_figures_are_computed_not_typed_and_explained_by_the_groups(made):
    svc, r, ids, _commune = made
    lines = {ln.code: ln for sec in r.content.sections for grp in sec.groups for ln in grp.indicators}
    assert not any(lines[code].manual for code in EXPECTED)
    assert lines["border_patrols"].manual and lines["border_violations_reported"].manual
    assert "border_selfmanaged_groups" not in [m.target for m in svc.missing(r.id)]
    d = svc.explain(r.id, "border_selfmanaged_households").to_dict()
    assert d["value"] == 62
    assert sorted((x["kind"], x["name"], x["amount"]) for x in d["records"]) == [
        ("border_group", "Tổ Lũng Pô", 20), ("border_group", "Tổ Na Lốc", 35), ("border_group", "Tổ Sín Chải", 7)]
    courses = svc.explain(r.id, "training_courses").to_dict()
    assert sorted(x["id"] for x in courses["records"]) == sorted(ids[k] for k in ("T1", "T2", "T5"))


def test_a_changed_record_changes_the_figure_on_refresh(made, ctx):  # noqa: F811
    svc, r, ids, _commune = made
    RecordService(ctx).update("border_group", ids["G2"], {"status": "inactive"})
    svc.recompute(r.id)
    values = svc.get(r.id).indicator_values()
    assert values["border_selfmanaged_groups"] == 2 and values["border_selfmanaged_households"] == 42


def test_at_the_province_a_lower_offices_synced_group_counts_only_through_its_report(tmp_path_factory, tmp_path):
    from dnnd_desktop.paths import DataDir
    from dnnd_desktop.services.app_context import open_context
    from dnnd_desktop.services.province import ConsolidationService
    from dnnd_desktop.services.record_writer import RecordWriter
    from dnnd_desktop.storage.models import BorderGroup, TrainingCourse
    from tests.conftest import copy_installation
    from tests.unit.test_province_offices import PERIOD as PROVINCE_PERIOD  # 2027-H1
    from tests.unit.test_province_offices import build_world

    world = build_world(tmp_path_factory.mktemp("work"))
    copy_installation(world.dirs["p"], DataDir(tmp_path / "p"))
    pctx = open_context(DataDir(tmp_path / "p"))
    try:
        with pctx.session() as s:
            w = RecordWriter(s, pctx)
            w.create(BorderGroup, dict(name="Tổ của tỉnh (mô hình điểm)", status="active", households=11))
            synced = w.create(BorderGroup, dict(name="Tổ của huyện, đã đồng bộ lên", status="active",
                                                households=30))
            synced.origin_office_id = world.ids["a"]
            w.create(TrainingCourse, dict(title="Tỉnh tập huấn", start_date=dt.date(2027, 4, 2), participants=80))
            w.create(TrainingCourse, dict(title="Ngoài kỳ", start_date=dt.date(2027, 7, 2), participants=50))
        cons = ConsolidationService(pctx).preview(PROVINCE_PERIOD)
        own = cons.sources[0]
        assert own.own
        # Own: the province's group (11 households) and course (80); the synced group is the district's.
        assert own.values["border_selfmanaged_groups"] == 1 and own.values["border_selfmanaged_households"] == 11
        assert own.values["training_courses"] == 1 and own.values["training_participants"] == 80
        stated = [world.stated[k].get("border_selfmanaged_households") or 0 for k in ("a", "b")]
        assert cons.total("border_selfmanaged_households") == 11 + sum(stated)
    finally:
        pctx.close()
