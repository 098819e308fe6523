"""Pages learn that data changed elsewhere: a write in a service, or an import on a worker thread,
refreshes the list pages and the Overview without a manual reload; a rolled-back write refreshes
nothing; bursts are merged; the Overview loads once at start, off the UI thread, and its figures
are the report engine's for the same period."""
from __future__ import annotations

import datetime as dt
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

sys.path.insert(0, str(Path(__file__).parents[1] / "fixtures" / "excel"))
import excel_builders as xb

from dnnd_desktop.domain.errors import ValidationError
from dnnd_desktop.gui.change_bridge import bridge_for
from dnnd_desktop.services.excel import import_excel
from dnnd_desktop.services.records import PersonInput, RecordInput, RecordService
from dnnd_desktop.services.reports import ReportService

YEAR = dt.date.today().year


def _activity(title: str, n: int = 10, month: int = 2, **more) -> dict:
    return {"title": title, "activity_type": "border_exchange", "country": "LA",
            "start_date": dt.date(YEAR, month, 1), "participants_vn": n, **more}


def _turns(qtbot, n: int = 3) -> None:
    """Let the event loop run a few turns (queued deliveries, zero timers), without sleeping."""
    done = []

    def step(left: int) -> None:
        if left:
            QTimer.singleShot(0, lambda: step(left - 1))
        else:
            done.append(True)

    step(n)
    qtbot.waitUntil(lambda: done == [True], timeout=5000)


@pytest.fixture
def overview(qtbot, main_window):
    page = main_window.page("overview")
    qtbot.waitUntil(lambda: page.loads == 1, timeout=10000)
    return page


def test_the_overview_loads_once_at_start_off_the_ui_thread(qtbot, main_window, overview, monkeypatch):
    from dnnd_desktop.gui.pages import overview_page

    _turns(qtbot)
    assert overview.loads == 1 and overview.tiles["activities"].text() == "0"
    threads = []
    real = overview_page.load_overview
    monkeypatch.setattr(overview_page, "load_overview",
                        lambda *a, **k: threads.append(threading.current_thread()) or real(*a, **k))
    RecordService(main_window.ctx).create("activity", _activity("Giao lưu"))
    qtbot.waitUntil(lambda: overview.loads == 2, timeout=10000)
    assert threads and threads[0] is not threading.main_thread()
    assert overview.tiles["activities"].text() == "1" and overview.tiles["participants"].text() == "10"


def test_a_write_elsewhere_refreshes_a_visible_list_and_a_hidden_overview_when_shown(qtbot, main_window, overview):
    page = main_window.show_page("activities")
    assert page.model.rowCount() == 0
    RecordService(main_window.ctx).create("activity", _activity("Giao lưu biên giới"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    assert page.count_label.text() == "1 records"
    # The hidden Overview did not compute for nothing; it catches up when shown.
    _turns(qtbot)
    assert overview.loads == 1 and overview.watch.stale
    main_window.show_page("overview")
    qtbot.waitUntil(lambda: overview.loads == 2, timeout=10000)
    assert overview.tiles["activities"].text() == "1"
    _turns(qtbot)
    assert overview.loads == 2   # shown once, loaded once


def test_a_burst_of_writes_is_one_refresh(qtbot, main_window, overview):
    bridge = bridge_for(main_window.ctx)
    before = bridge.delivered
    svc = RecordService(main_window.ctx)
    for i in range(3):   # no event-loop turn in between: three commits, three publishes
        svc.create("activity", _activity(f"Hoạt động {i}"))
    qtbot.waitUntil(lambda: overview.loads == 2, timeout=10000)
    _turns(qtbot)
    assert bridge.delivered == before + 1 and overview.loads == 2
    assert overview.tiles["activities"].text() == "3"


def test_a_rolled_back_write_refreshes_nothing(qtbot, main_window, overview):
    page = main_window.show_page("activities")
    seen = []
    bridge_for(main_window.ctx).changed.connect(seen.append)
    with pytest.raises(ValidationError):
        RecordService(main_window.ctx).create("activity", {"title": "Thiếu ngày bắt đầu"})
    # A later, unrelated write shows the pipeline ran; the failed one published nothing.
    RecordService(main_window.ctx).create("partner", {"name": "Hội hữu nghị", "kind": "friendship_assoc"})
    qtbot.waitUntil(lambda: len(seen) > 0, timeout=5000)
    assert all("activity" not in c.kinds for c in seen)
    assert page.model.rowCount() == 0


def test_an_import_on_a_worker_thread_is_noticed(qtbot, main_window, tmp_path):
    page = main_window.show_page("households")
    households = page.households
    assert households.model.rowCount() == 0
    path = xb.households_file(tmp_path / "ho.xlsx")
    task = main_window.runner.run_service(import_excel, main_window.ctx, "households", path, title="import")
    with qtbot.waitSignal(task.finished, timeout=20000):
        pass
    qtbot.waitUntil(lambda: households.model.rowCount() == 3, timeout=5000)


def test_the_list_keeps_the_selected_record_after_a_refresh(qtbot, main_window):
    svc = RecordService(main_window.ctx)
    first = svc.create("activity", _activity("A", month=3))
    svc.create("activity", _activity("B", month=2))
    page = main_window.show_page("activities")
    row = next(r for r in range(page.model.rowCount()) if page.model.row_id(r) == first.id)
    page.select_row(row)
    svc.create("activity", _activity("C", month=1))
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=5000)
    assert page.selected_id() == first.id


def test_the_overview_figures_are_the_report_engines(qtbot, main_window, overview):
    ctx = main_window.ctx
    svc = RecordService(ctx)
    # Counted by hand: 3 activities this year (10 + 20 + 30 Vietnamese, 5 foreign), one last year;
    # 2 active twinning pairs and one stopped; 2 households with 3 persons; 4.000.000 đ this year.
    svc.create("activity", _activity("A", 10, participants_foreign=5))
    svc.create("activity", _activity("B", 20, month=4))
    svc.create("activity", _activity("C", 30, month=9, activity_type="overseas_meeting", country=None))
    svc.create("activity", {**_activity("Năm trước", 99), "start_date": dt.date(YEAR - 1, 6, 1)})
    for name, status in (("Bản A", "active"), ("Bản B", "active"), ("Bản C", "ended")):
        svc.create("twinning", {"kind": "village_village", "local_name": name, "counterpart_name": name + "'",
                                "status": status})
    svc.save_household({"head_name": "Hộ Một"}, [
        PersonInput(values={"full_name": "P1", "country": "KR"},
                    contributions=[RecordInput(values={"purpose": "poor_fund", "amount_vnd": 3_000_000,
                                                       "date": dt.date(YEAR, 3, 1)}),
                                   RecordInput(values={"purpose": "poor_fund", "amount_vnd": 7_000_000,
                                                       "date": dt.date(YEAR - 1, 3, 1)})]),
        PersonInput(values={"full_name": "P2", "country": "JP"})])
    svc.save_household({"head_name": "Hộ Hai"}, [
        PersonInput(values={"full_name": "P3", "country": "KR"},
                    contributions=[RecordInput(values={"purpose": "social_welfare", "amount_vnd": 1_000_000,
                                                       "date": dt.date(YEAR, 5, 1)})])])
    qtbot.waitUntil(lambda: overview.tiles["households"].text() == "2", timeout=10000)
    qtbot.waitUntil(lambda: overview._loading is None, timeout=10000)
    f = overview.figures
    hand = {"activities": 3, "participants_vn": 60, "twinnings_active": 2, "households": 2, "persons": 3,
            "contributions_vnd": 4_000_000}
    report = ReportService(ctx).create(str(YEAR))
    values = report.content.values()
    engine = {"activities": values["act_total"], "participants_vn": values["participants_vn"],
              "twinnings_active": values["twinning_active"], "households": values["households_total"],
              "persons": values["persons_total"], "contributions_vnd": values["contrib_total_vnd"]}
    shown = {"activities": f.activities, "participants_vn": f.participants.vn,
             "twinnings_active": f.twinnings_active, "households": f.households, "persons": f.persons,
             "contributions_vnd": f.contributions_vnd}
    assert shown == hand == engine
    assert overview.tiles["participants"].text() == "65"
    assert overview.tiles["contributions_vnd"].text() == "4.000.000 VND"


def test_a_deleted_page_is_no_longer_called(qtbot, ctx, runner):
    from PySide6.QtCore import QCoreApplication, QEvent

    from dnnd_desktop.gui.pages.activities_page import ActivitiesPage

    page = ActivitiesPage(ctx, runner)
    page.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    bridge = bridge_for(ctx)
    before = bridge.delivered
    RecordService(ctx).create("activity", _activity("Sau khi đóng trang"))
    qtbot.waitUntil(lambda: bridge.delivered == before + 1, timeout=5000)
    _turns(qtbot)   # an exception in a slot of a deleted page would fail the test here


def test_an_overview_deleted_while_loading_is_not_called(qtbot, ctx, runner):
    from PySide6.QtCore import QCoreApplication, QEvent

    from dnnd_desktop.gui.pages.overview_page import OverviewPage

    page = OverviewPage(ctx, runner)
    qtbot.waitUntil(lambda: page._loading is not None, timeout=5000)
    task = page._loading
    page.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    with qtbot.waitSignal(task.finished, timeout=10000):
        pass
    _turns(qtbot)
    assert runner.last_message is None   # no error from calling into the deleted page
