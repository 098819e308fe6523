"""Deadlines: schedule rules, obligations around a day, due / overdue / done, and the due list of
the service (built-in 15/5 and 20/11 schedule plus plan schedules)."""
import datetime as dt

import pytest

from dnnd_desktop.domain.deadlines import (
    ScheduleError,
    ScheduleRule,
    due_items,
    next_period,
    obligations,
    parse_schedule_rule,
    shift_period,
)
from dnnd_desktop.domain.periods import Period, parse_period
from dnnd_desktop.services.reports import ReportService
from dnnd_desktop.storage.models import Plan
from tests.support.reports import mark_missing_nothing

D = dt.date


def test_rule_maps_a_due_date_to_its_period():
    half = parse_schedule_rule({"period_kind": "half", "due": "05-15"})
    assert half.occurrences(D(2026, 1, 1), D(2026, 12, 31)) == [(parse_period("2026-H1"), D(2026, 5, 15))]
    late_month = parse_schedule_rule({"period_kind": "month", "due_day": 5, "period_offset": -1})
    occ = late_month.occurrences(D(2026, 1, 1), D(2026, 2, 28))
    assert occ == [(parse_period("2025-12"), D(2026, 1, 5)), (parse_period("2026-01"), D(2026, 2, 5))]


def test_shift_and_next_period_cross_year_ends():
    assert shift_period(parse_period("2026-Q1"), -1) == parse_period("2025-Q4")
    assert shift_period(parse_period("2026-12"), 1) == parse_period("2027-01")
    assert next_period(parse_period("2026-H1")) == parse_period("2026-H2")
    assert next_period(parse_period("2026-9M")) == parse_period("2026-Q4")


@pytest.mark.parametrize("entry, named", [
    ({"period_kind": "week", "due": "05-15"}, "«week»"),
    ({"period_kind": "half", "due": "02-30"}, "02-30"),
    ({"period_kind": "half", "due_day": 5}, "due_day"),
    ({"period_kind": "half"}, "due"),
    ({"period_kind": "half", "due": "05-15", "when": "x"}, "«when»"),
])
def test_bad_rules_are_refused(entry, named):
    with pytest.raises(ScheduleError) as err:
        parse_schedule_rule(entry)
    assert named in err.value.message


def test_due_overdue_done_with_days_left():
    rules = [("t", ScheduleRule("half", 15, 5), "builtin"), ("t", ScheduleRule("year", 20, 11), "builtin")]
    today = D(2026, 5, 20)
    obs = obligations(rules, today, lookback_days=365, horizon_days=200)
    items = due_items(obs, today, {"t": "Mẫu"}, done={("t", "2025")}, latest={})
    by_period = {i.period.code: i for i in items}
    assert by_period["2026-H1"].status == "overdue" and by_period["2026-H1"].days_left == -5
    assert by_period["2026"].status == "due" and by_period["2026"].days_left == 184
    assert by_period["2025"].status == "done"
    assert items[-1].status == "done"   # open items first


def test_due_today_is_due_not_overdue():
    items = due_items(obligations([("t", ScheduleRule("half", 15, 5), "b")], D(2026, 5, 15)), D(2026, 5, 15),
                      {}, set(), {})
    h1 = next(i for i in items if i.period == Period(2026, "half", 1))
    assert h1.status == "due" and h1.days_left == 0


def test_service_due_list_uses_builtin_schedule_plans_and_sent_reports(ctx):
    with ctx.session() as s:
        s.add(Plan(issuer_office_id="tinh", title="Hướng dẫn 2026", year=2026, status="active",
                   report_schedule=[{"period_kind": "half", "due": "06-20", "period_offset": 0},
                                    {"period_kind": "half", "due": "12-20"},
                                    {"period_kind": "bogus", "due": "01-01"}]))
    svc = ReportService(ctx, today=lambda: D(2026, 5, 10))
    r = svc.create("2025")
    mark_missing_nothing(svc, r.id)
    svc.approve(r.id)
    svc.mark_sent(r.id)
    items = {(i.period.code, i.source.split(":")[0]): i for i in svc.due_reports(horizon_days=240)}
    h1 = items[("2026-H1", "builtin")]
    assert h1.due_date == D(2026, 5, 15) and h1.status == "due" and h1.days_left == 5
    assert items[("2025", "builtin")].status == "done" and items[("2025", "builtin")].report_id == r.id
    assert items[("2026-H2", "plan")].due_date == D(2026, 12, 20)
    assert ("2026", "builtin") in items


def test_a_returned_report_does_not_meet_the_deadline(ctx):
    svc = ReportService(ctx, today=lambda: D(2026, 5, 20))
    r = svc.create("2026-H1")
    mark_missing_nothing(svc, r.id)
    svc.approve(r.id)
    svc.mark_sent(r.id)
    svc.record_answer(r.id, "returned", "Thiếu số liệu")
    h1 = next(i for i in svc.due_reports() if i.period.code == "2026-H1")
    assert h1.status == "overdue" and h1.report_status == "returned"


def _set_up_on(ctx, day: dt.datetime) -> None:
    from dnnd_desktop.storage.models import Installation

    with ctx.session() as s:
        s.get(Installation, 1).created_at = day


def test_deadlines_before_the_office_existed_are_not_overdue(ctx):
    """Issue 19, day one: a new office's overview showed "quá hạn 201 ngày" for a period before it
    started using the program."""
    svc = ReportService(ctx, today=lambda: D(2026, 7, 1))
    _set_up_on(ctx, dt.datetime(2020, 1, 1))                 # an office in use for years
    h1 = next(i for i in svc.due_reports() if i.period.code == "2026-H1")
    assert h1.status == "overdue" and h1.due_date == D(2026, 5, 15)

    _set_up_on(ctx, dt.datetime(2026, 6, 1, 12))             # set up after the 15/5 deadline
    items = svc.due_reports(horizon_days=240)
    assert [i for i in items if i.status == "overdue"] == []
    assert "2026-H1" not in {i.period.code for i in items}
    later = [i for i in items if i.due_date >= D(2026, 6, 1)]
    assert later and all(i.status == "due" for i in later)   # what falls due after set-up stays

    r = svc.create("2026-H1")                                # a report written for it keeps its line
    h1 = next(i for i in svc.due_reports() if i.period.code == "2026-H1")
    assert h1.status == "overdue" and h1.report_id == r.id
