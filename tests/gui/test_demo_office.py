"""Issue 19: Trợ giúp → «Dùng thử với dữ liệu mẫu» makes a separate sample office (its own folder,
never the real data) with households, activities and a report, and starts it in its own process."""
from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from dnnd_desktop.gui import message_boxes
from dnnd_desktop.paths import DataDir
from dnnd_desktop.services.app_context import open_context
from dnnd_desktop.services.demo_office import demo_root, make_demo_office
from dnnd_desktop.storage.models import Household, Report


def test_the_sample_office_is_separate_filled_and_reused(tmp_path):
    real = DataDir(tmp_path / "real")
    demo = make_demo_office(real)
    assert demo.root == tmp_path / "dnnd-du-lieu-mau" and not real.root.exists()   # real data untouched
    ctx = open_context(demo)
    try:
        assert "DỮ LIỆU MẪU" in ctx.installation.office_name
        with ctx.session() as s:
            assert s.scalar(select(func.count()).select_from(Household)) == 300
            assert s.scalar(select(func.count()).select_from(Report)) == 1
        # issue 19: tasks and reports too — the province's plan, tasks done with evidence, one in
        # progress, one late; a report due under the plan's schedule; last year's report approved
        from dnnd_desktop.services import tasks as task_service
        from dnnd_desktop.services.demo_work import REPORT_DUE_IN_DAYS, TASKS
        from dnnd_desktop.services.reports import ReportService

        tasks = {t.code: t for t in task_service.list_tasks(ctx)}
        assert len(task_service.list_plans(ctx)) == 1 and len(tasks) == len(TASKS) == 6
        done = [t for t in tasks.values() if t.status == task_service.DONE]
        assert len(done) == 2
        for t in done:
            assert task_service.evidence(ctx, t.id), t.code
        assert [t.code for t in tasks.values() if t.status == task_service.IN_PROGRESS] == ["I.3"]
        assert [t.code for t in tasks.values() if t.overdue] == ["II.1"]
        reports = ReportService(ctx)
        assert [(r.period_code, r.status) for r in reports.list_reports()] == [(str(dt.date.today().year - 1),
                                                                                 "approved")]
        due = [d for d in reports.due_reports() if d.status == "due"]
        assert [d.days_left for d in due] == [REPORT_DUE_IN_DAYS] and due[0].report_id is None
    finally:
        ctx.close()
    before = (demo.root / demo.database.name).stat().st_mtime_ns
    assert make_demo_office(real).root == demo.root                                   # reused, not redone
    assert (demo.root / demo.database.name).stat().st_mtime_ns == before


def test_help_menu_starts_the_sample_office_in_its_own_process(qtbot, main_window, ctx, monkeypatch):
    from dnnd_desktop.gui import help as help_mod

    made, started = [], []
    monkeypatch.setattr(message_boxes, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr("dnnd_desktop.services.demo_office.make_demo_office",
                        lambda real, progress=None, cancel=None: made.append(real.root) or DataDir(demo_root(real)))
    monkeypatch.setattr(help_mod, "start_demo", lambda root: started.append(root) or True)
    assert main_window.demo_action in main_window.help_menu.actions()
    main_window.demo_action.trigger()
    qtbot.waitUntil(lambda: bool(started), timeout=10000)
    assert made == [ctx.data_dir.root] and started == [demo_root(ctx.data_dir)]
    program, args = help_mod.demo_command(demo_root(ctx.data_dir))
    assert args[-3:] == ["--data-dir", str(demo_root(ctx.data_dir)), "gui"]
