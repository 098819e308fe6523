"""Overview page: this year's figures from the records (money as 1.234.567 đ), charts, the next
report and task deadlines, and the office card."""
from __future__ import annotations

import datetime as dt

from dnnd_desktop.services.records import PersonInput, RecordInput, RecordService


def _page(qtbot, ctx, runner, today):
    from dnnd_desktop.gui.pages.overview_page import OverviewPage

    page = OverviewPage(ctx, runner, today=today)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.loads == 1, timeout=10000)   # read in a worker, after the event loop runs
    return page


def test_figures_and_charts_from_records(qtbot, ctx, runner):
    svc = RecordService(ctx)
    year = dt.date.today().year
    for title, kind, country, n in (("Giao lưu 1", "border_exchange", "CN", 100),
                                    ("Giao lưu 2", "border_exchange", "LA", 50),
                                    ("Gặp mặt kiều bào", "overseas_meeting", None, 30)):
        svc.create("activity", {"title": title, "activity_type": kind, "country": country,
                                "start_date": dt.date(year, 2, 1), "participants_vn": n, "participants_foreign": 5})
    svc.create("activity", {"title": "Năm ngoái", "activity_type": "meeting", "start_date": dt.date(year - 1, 5, 1)})
    svc.create("twinning", {"kind": "village_village", "local_name": "Bản A", "counterpart_name": "Bản B"})
    svc.save_household({"head_name": "Nguyễn Văn Đức"}, [
        PersonInput(values={"full_name": "Nguyễn Thị Hương", "country": "KR"},
                    contributions=[RecordInput(values={"purpose": "poor_fund", "amount_vnd": 1_234_567,
                                                       "date": dt.date(year, 3, 1)})])])
    page = _page(qtbot, ctx, runner, dt.date.today())
    assert page.tiles["activities"].text() == "3"
    assert page.tiles["participants"].text() == "195"
    assert page.tiles["twinnings_active"].text() == "1"
    assert page.tiles["households"].text() == "1"
    assert page.tiles["persons"].text() == "1"
    assert page.tiles["contributions_vnd"].text() == "1.234.567 VND"   # "đ" in the Vietnamese UI
    chart = page.charts["activities_by_type"].chart()
    series = chart.series()[0]
    assert [series.barSets()[0].at(i) for i in range(series.barSets()[0].count())] == [1, 2]  # biggest on top
    # Long labels are shortened so the bars keep their room (vocabulary terms in the UI language).
    assert chart.axes()[0].categories() == ["Meeting overseas Vietnamese…", "Border exchange"]


def test_empty_installation_says_there_is_no_data(qtbot, ctx, runner):
    page = _page(qtbot, ctx, runner, dt.date(2026, 6, 1))
    assert page.tiles["contributions_vnd"].text() == "0 VND"
    assert "(no data yet)" in page.charts["persons_by_country"].chart().title()


def test_next_deadlines_show_reports_due_and_overdue(qtbot, ctx, runner):
    from dnnd_desktop.storage.models import Installation

    with ctx.session() as s:   # an office in use since before these deadlines (issue 19: none before it)
        s.get(Installation, 1).created_at = dt.datetime(2025, 1, 1)
    page = _page(qtbot, ctx, runner, dt.date(2026, 5, 20))
    texts = [page.deadlines.item(i).text() for i in range(page.deadlines.count())]
    assert any(t.startswith("15/05/2026 · overdue by 5 days") for t in texts), texts
    assert page.deadlines.item(0).foreground().color().name() == "#b3261e"
    page = _page(qtbot, ctx, runner, dt.date(2026, 5, 3))
    texts = [page.deadlines.item(i).text() for i in range(page.deadlines.count())]
    assert any(t.startswith("15/05/2026 · 12 days left") for t in texts), texts


def test_deadlines_empty_state(qtbot, ctx, runner, monkeypatch):
    from dnnd_desktop.gui.pages import overview_page

    monkeypatch.setattr(overview_page.OverviewPage, "deadline_lines", lambda self: [])
    page = _page(qtbot, ctx, runner, dt.date(2026, 5, 3))
    assert page.deadlines.count() == 1 and "No report or task deadline" in page.deadlines.item(0).text()


def test_office_card_keeps_the_installation_identity(qtbot, ctx, runner):
    page = _page(qtbot, ctx, runner, dt.date.today())
    assert page.values["office_name"].text() == "Ủy ban MTTQ Việt Nam xã Bát Xát"
    assert page.values["fingerprint"].text() == ctx.installation.fingerprint


def test_chart_ticks_are_whole_numbers():
    """Issue 19: a chart of small counts read "0 0 1" under its bars."""
    from dnnd_desktop.gui.pages.overview_page import integer_axis

    for biggest, expected in ((1, (2, 3)), (2, (3, 4)), (4, (5, 6)), (7, (8, 5)), (201, (300, 4)), (0, (2, 3))):
        top, ticks = integer_axis(biggest)
        assert (top, ticks) == expected, biggest
        step = top / (ticks - 1)
        assert step == int(step) and top >= biggest           # every label a whole number, all bars fit
