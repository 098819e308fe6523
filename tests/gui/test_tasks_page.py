"""Tasks page: an imported plan with its tasks, deadlines and report schedule; status with a progress
note that persists; overdue filter; activities linked as evidence (picker, removal after a
confirmation); unsaved edits are not lost when another task is chosen; the empty state."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QMessageBox
from test_packages_page import (  # noqa: F401 - fixtures
    _province_template,
    province,
    tasks_package,
    trusted,
)

from dnnd_desktop.gui import message_boxes
from dnnd_desktop.gui.packages import secret
from dnnd_desktop.services import tasks as task_service
from dnnd_desktop.services.packages import import_package
from dnnd_desktop.services.records import RecordService

OUR_PASSPHRASE = "mật khẩu dài"


@pytest.fixture
def plan(ctx, tasks_package):  # noqa: F811 - the fixture imported above
    import_package(ctx, tasks_package, secret.unlock(ctx, OUR_PASSPHRASE))
    return task_service.list_plans(ctx)[0]


@pytest.fixture
def page(qtbot, ctx, runner, plan):
    from dnnd_desktop.gui.pages.tasks_page import TasksPage

    p = TasksPage(ctx, runner)
    p.today = lambda: dt.date(2026, 3, 1)
    qtbot.addWidget(p)
    p.resize(1100, 700)
    p.show()
    p.refresh()
    return p


def rows(page):
    t = page.table
    return [[t.item(r, c).text() for c in range(t.columnCount())] for r in range(t.rowCount())]


def select(page, code):
    row = next(i for i, t in enumerate(page.tasks) if t.code == code)
    page.table.selectRow(row)
    assert page.detail.task.code == code


def test_plan_tasks_deadlines_and_schedule(page, plan):
    assert page.stack.currentWidget() is page.main
    assert page.plan_combo.currentText() == "15/HD-MTTQ-BTT — Hướng dẫn công tác đối ngoại nhân dân năm 2026"
    assert "15/HD-MTTQ-BTT" in page.plan_info.text() and "0 of 3 tasks done" in page.plan_info.text()
    # In English here; tests/unit/test_tasks_service.py checks the Vietnamese wording.
    assert "report: due 15/5" in page.schedule.text()
    table = rows(page)
    assert [r[0] for r in table] == ["I.1", "I.2", "II.1"]
    assert table[0][2] == "30/06/2026 (121 days left)"
    assert table[2][2] == "10/02/2026 (19 days late)"
    assert all(r[3] == "Not started" for r in table)


def test_overdue_only(page):
    page.overdue_only.setChecked(True)
    assert [r[0] for r in rows(page)] == ["II.1"]
    assert "late" in page.detail.deadline.text()


def test_status_and_note_persist(qtbot, ctx, page, runner):
    from dnnd_desktop.gui.pages.tasks_page import TasksPage

    select(page, "I.2")
    detail = page.detail
    assert not detail.save_button.isEnabled()
    detail.status.setCurrentIndex(detail.status.findData("in_progress"))
    detail.note.setPlainText("Đã làm việc với Đồn Biên phòng, dự kiến giao lưu tháng 8")
    assert detail.save_button.isEnabled() and detail.saved_label.text() == "Not saved yet"
    detail.save_button.click()
    assert detail.saved_label.text() == "Saved."
    saved = task_service.get_task(ctx, detail.task.id)
    assert saved.status == "in_progress"
    assert saved.progress_note == "Đã làm việc với Đồn Biên phòng, dự kiến giao lưu tháng 8"
    assert rows(page)[1][3] == "In progress"

    detail.status.setCurrentIndex(detail.status.findData("done"))
    qtbot.keyClick(detail.note, "s", modifier=qtbot_ctrl())      # Ctrl+S saves
    assert task_service.get_task(ctx, detail.task.id).status == "done"
    assert "1 of 3 tasks done" in page.plan_info.text()

    again = TasksPage(ctx, runner)
    qtbot.addWidget(again)
    select(again, "I.2")
    assert again.detail.status.currentData() == "done"
    assert again.detail.note.toPlainText() == "Đã làm việc với Đồn Biên phòng, dự kiến giao lưu tháng 8"


def qtbot_ctrl():
    from PySide6.QtCore import Qt

    return Qt.KeyboardModifier.ControlModifier


def test_choosing_another_task_asks_about_unsaved_edits(ctx, page, monkeypatch):
    select(page, "I.1")
    page.detail.note.setPlainText("Ghi chú chưa lưu")
    monkeypatch.setattr(message_boxes, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    page.table.selectRow(1)
    assert page.detail.task.code == "I.1" and page.detail.note.toPlainText() == "Ghi chú chưa lưu"
    monkeypatch.setattr(message_boxes, "question", lambda *a, **k: QMessageBox.StandardButton.Save)
    page.table.selectRow(1)
    assert page.detail.task.code == "I.2"
    first = next(t for t in task_service.list_tasks(ctx) if t.code == "I.1")
    assert first.progress_note == "Ghi chú chưa lưu"


def test_activities_linked_as_evidence(qtbot, ctx, page, monkeypatch):
    from dnnd_desktop.gui.tasks.activity_picker import ActivityPicker

    records = RecordService(ctx)
    wanted = records.create("activity", {"title": "Giao lưu nhân dân hai bên biên giới", "activity_type":
                                         "border_exchange", "start_date": dt.date(2026, 2, 8)}).id
    records.create("activity", {"title": "Gặp mặt kiều bào đón Tết", "activity_type": "meeting",
                                "start_date": dt.date(2026, 1, 25)})
    picker = ActivityPicker(ctx)
    qtbot.addWidget(picker)
    qtbot.keyClicks(picker.search, "giao luu bien gioi")   # typed without tone marks
    qtbot.waitUntil(lambda: len(picker.rows) == 1, timeout=3000)
    assert picker.selected_id() == wanted

    select(page, "I.2")

    def pick(self):
        self.search.setText("giao luu")
        self.refresh()
        return ActivityPicker.DialogCode.Accepted

    monkeypatch.setattr(ActivityPicker, "exec", pick)
    page.detail.link_button.click()
    assert [e.activity_id for e in task_service.evidence(ctx, page.detail.task.id)] == [wanted]
    assert page.detail.evidence.item(0).text() == "08/02/2026 — Giao lưu nhân dân hai bên biên giới"
    assert rows(page)[1][4] == "1"

    page.detail.evidence.setCurrentRow(0)
    monkeypatch.setattr(message_boxes, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    page.detail.unlink_button.click()
    assert len(task_service.evidence(ctx, page.detail.task.id)) == 1
    monkeypatch.setattr(message_boxes, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.detail.unlink_button.click()
    assert task_service.evidence(ctx, page.detail.task.id) == []
    assert rows(page)[1][4] == "0"


def test_empty_state_without_a_plan(qtbot, ctx, runner):
    from dnnd_desktop.gui.pages.tasks_page import TasksPage

    p = TasksPage(ctx, runner)
    qtbot.addWidget(p)
    assert p.stack.currentWidget() is p.empty
    assert "Packages" in p.empty.text()
