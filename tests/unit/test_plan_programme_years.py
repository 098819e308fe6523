"""A plan keeps the years of its programme (issue 13, item 9; revision 0021): the province's plan of
2020-2025 is stored with its last year, travels in the tasks package, reaches the lower office's
plan, and there the reviews of that span are offered; older stores get NULL, nothing guessed."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from dnnd_desktop.services.packages import parse_plan
from dnnd_desktop.services.packages.plans import PlanInvalid
from tests.unit.test_province_offices import secret_of
from tests.unit.test_province_plans import _draft, offices  # noqa: F401  (the fixture)

SEED_004 = sorted(Path("/work/shared/seeds").glob("*004*.txt"))


def test_programme_years_travel_from_the_province_to_the_lower_office(offices, tmp_path):  # noqa: F811
    from dnnd_desktop.services import tasks as task_service
    from dnnd_desktop.services.identity import trust_card
    from dnnd_desktop.services.packages import import_package
    from dnnd_desktop.services.province import PlanService
    from dnnd_desktop.services.reports import ReportService
    from dnnd_desktop.storage.models import Plan

    out = tmp_path / "out"
    out.mkdir()
    ctx = offices.ctx("p")
    try:
        svc = PlanService(ctx)
        plan_id = svc.save_draft(_draft(title="Chương trình phối hợp giai đoạn 2020 - 2025", year=2020,
                                        last_year=2025))
        with ctx.session() as s:
            assert (s.get(Plan, plan_id).year, s.get(Plan, plan_id).last_year) == (2020, 2025)
        assert svc.get(plan_id).last_year == 2025
        assert svc.plan_json(plan_id)["last_year"] == 2025
        one_year = svc.save_draft(_draft(doc_number="13/HD-MTTQ-BTT"))
        assert "last_year" not in svc.plan_json(one_year)          # still readable by older versions
        published = svc.publish(plan_id, secret_of(ctx), out, office_ids=[offices.ids["a"]])
    finally:
        ctx.close()
    a = offices.ctx("a")
    try:
        trust_card(a, offices.cards["p"], offices.cards["p"].fingerprint)
        import_package(a, published.packages[0].path, secret_of(a))
        [plan] = task_service.list_plans(a)
        assert (plan.year, plan.last_year) == (2020, 2025) and plan.to_dict()["last_year"] == 2025
        assert ReportService(a).programme_spans() == [(2020, 2025)]
    finally:
        a.close()


def test_a_last_year_not_after_the_first_is_refused_or_dropped():
    base = {"format": "dnnd-plan", "version": 1, "title": "Kế hoạch", "year": 2025,
            "tasks": [{"code": "I.1", "title": "Việc"}]}
    assert parse_plan({**base, "last_year": 2025}).last_year is None
    assert parse_plan({**base, "last_year": 2030}).last_year == 2030
    with pytest.raises(PlanInvalid):
        parse_plan({**base, "last_year": "2030"})


@pytest.mark.skipif(not SEED_004, reason="seed 004 (shared/seeds) is not beside this checkout")
def test_seed_004_programme_is_stored_with_both_years(offices):  # noqa: F811
    from dnnd_desktop.services.province import PlanService
    from dnnd_desktop.services.province.plan_files import read_plan_file
    from dnnd_desktop.storage.models import Plan

    draft = read_plan_file(SEED_004[0])
    assert (draft.year, draft.last_year) == (2020, 2025)
    ctx = offices.ctx("p")
    try:
        plan_id = PlanService(ctx).save_draft(draft)
        with ctx.session() as s:
            assert (s.get(Plan, plan_id).year, s.get(Plan, plan_id).last_year) == (2020, 2025)
    finally:
        ctx.close()


def test_revision_0021_leaves_existing_plans_as_plans_of_one_year(tmp_path):
    from dnnd_desktop.storage.migrate import upgrade

    db = tmp_path / "dnnd.sqlite3"
    upgrade(db, tmp_path / "b", target="0013")
    con = sqlite3.connect(db)
    con.execute("INSERT INTO plans (id, issuer_office_id, sequence, title, year, report_schedule, body, status, "
                "received_at) VALUES ('p1', 'o', 1, 'Chương trình 2020 - 2025', 2020, '[]', '{}', 'active', "
                "'2026-01-01 00:00:00')")
    con.commit()
    con.close()
    upgrade(db, tmp_path / "b", target="0021")
    con = sqlite3.connect(db)
    assert con.execute("SELECT year, last_year FROM plans").fetchall() == [(2020, None)]
    con.close()
