"""Reports page: due list, creating a report through the page (in the task runner), correcting a
figure with a note, the recompute diff, approval locking the editor, roles, export, narrative."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox, QPushButton

from dnnd_desktop.domain.periods import Period
from dnnd_desktop.gui import message_boxes
from dnnd_desktop.services.record_writer import RecordWriter
from dnnd_desktop.services.reports import ReportService
from dnnd_desktop.services.types import UserInfo
from dnnd_desktop.storage.models import Activity
from tests.gui.test_province_pages import shot
from tests.support.reports import mark_missing_nothing

OVERRIDE_COLOUR = "#9a4d00"


def add_activity(ctx, day, kind="border_exchange", country="CN"):
    with ctx.session() as s:
        RecordWriter(s, ctx).create(Activity, {"title": "Giao lưu biên giới", "activity_type": kind,
                                                "start_date": day, "country": country})


def wait_tasks(qtbot, runner):
    qtbot.waitUntil(lambda: not runner.running_tasks, timeout=20000)


@pytest.fixture
def page(qtbot, ctx, runner):
    from dnnd_desktop.gui.pages.reports_page import ReportsPage
    from dnnd_desktop.storage.models import Installation

    with ctx.session() as s:   # an office in use since before the deadlines shown (issue 19: none before it)
        s.get(Installation, 1).created_at = dt.datetime(2025, 1, 1)

    p = ReportsPage(ctx, runner)
    qtbot.addWidget(p)
    p.resize(1200, 760)
    p.show()
    return p


@pytest.fixture
def report(ctx, page):
    """A 6-month report with one border exchange, opened in the editor."""
    add_activity(ctx, dt.date(2026, 2, 1))
    detail = ReportService(ctx).create("2026-H1")
    page.refresh()
    page.open_report(detail.id)
    return detail


@pytest.fixture
def answer(monkeypatch):
    """QMessageBox static calls answered without a person; the calls are recorded."""
    calls = []

    def question(parent, title, text, *a, **k):
        calls.append(("question", text))
        return QMessageBox.StandardButton.Yes

    def info(kind):
        def f(parent, title, text, *a, **k):
            calls.append((kind, text))
            return QMessageBox.StandardButton.Ok
        return f

    monkeypatch.setattr(message_boxes, "question", question)
    monkeypatch.setattr(message_boxes, "information", info("information"))
    monkeypatch.setattr(message_boxes, "warning", info("warning"))
    return calls


def test_create_a_report_for_a_period_through_the_page(qtbot, ctx, page, runner):
    add_activity(ctx, dt.date(2026, 3, 5))
    dialog = page.new_report()
    dialog.set_period(Period(2026, "half", 1))
    assert dialog.preview.text().endswith("first 6 months of 2026")   # the period in the UI language
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    wait_tasks(qtbot, runner)
    assert page.editing
    reports = ReportService(ctx).list_reports()
    assert [(r.period_code, r.status) for r in reports] == [("2026-H1", "new")]
    assert page.editor.detail.id == reports[0].id
    page.editor.select_target("act_total")
    row = page.editor.table.currentRow()
    assert page.editor.table.item(row, 4).text() == "1"
    assert page.list_view.table.rowCount() == 1
    assert page.list_view.table.item(0, 3).text() == "New"


def test_new_report_dialog_defaults_to_the_next_due_period(qtbot, ctx):
    from dnnd_desktop.gui.reports.new_report_dialog import NewReportDialog

    svc = ReportService(ctx)
    due = [d for d in svc.due_reports(dt.date(2026, 10, 1)) if d.report_id is None and d.status != "done"]
    dialog = NewReportDialog(svc.templates(), due[0], dt.date(2026, 10, 1))
    qtbot.addWidget(dialog)
    assert dialog.period() == due[0].period
    dialog.kind.setCurrentIndex(dialog.kind.findData("quarter"))
    dialog.index.setCurrentIndex(2)
    dialog.year.setValue(2025)
    assert dialog.period() == Period(2025, "quarter", 3)
    dialog.kind.setCurrentIndex(dialog.kind.findData("year"))
    assert dialog.index.isHidden() and dialog.period() == Period(2025, "year", 1)


def test_due_list_shows_days_left_overdue_in_red_done_in_green(qtbot, ctx, page):
    svc = ReportService(ctx)
    last_year = svc.create("2025")
    mark_missing_nothing(svc, last_year.id)
    last_year = svc.approve(last_year.id)
    svc.mark_sent(last_year.id)
    page.today = lambda: dt.date(2026, 5, 20)
    page.refresh()
    t = page.list_view.due_table
    rows = {t.item(r, 1).text(): r for r in range(t.rowCount())}
    overdue = rows["First 6 months of 2026"]
    assert t.item(overdue, 2).text() == "15/05/2026"
    assert t.item(overdue, 3).text() == "5 days overdue"
    assert t.item(overdue, 4).text() == "Overdue"
    assert t.item(overdue, 4).foreground().color().name() == "#b3261e"
    done = rows["Year 2025"]
    assert t.item(done, 2).text() == "20/11/2025" and t.item(done, 4).text() == "Done"
    assert t.item(done, 4).foreground().color().name() == "#2e7d32"
    page.today = lambda: dt.date(2026, 5, 5)
    page.refresh()
    row = next(r for r in range(t.rowCount()) if t.item(r, 1).text() == "First 6 months of 2026")
    assert t.item(row, 3).text() == "10 days left" and t.item(row, 4).text() == "Due"
    assert t.item(row, 4).foreground().color().name() != "#b3261e"


def test_double_click_on_a_due_line_without_report_offers_that_period(qtbot, ctx, page):
    page.list_view._due_activated(0)
    item = page.list_view.due_items[0]
    assert page.new_dialog.period() == item.period
    page.new_dialog.reject()


def test_override_a_figure_with_a_note_and_see_it_marked(qtbot, ctx, page, report, answer):
    editor = page.editor
    editor.select_target("act_total")
    dialog = editor.edit_selected_figure()
    dialog.value.setText("5")
    dialog._accept()   # no note: refused in the dialog
    assert dialog.isVisible() and dialog.note_field.has_error()
    dialog.note.setText("Theo sổ theo dõi của xã")
    dialog._accept()
    detail = ReportService(ctx).get(report.id)
    line = next(ln for ln in detail.content.lines() if ln.target == "act_total")
    assert (line.value, line.computed, line.overridden, line.note) == (5, 1, True, "Theo sổ theo dõi của xã")
    row = editor.table.currentRow()
    cell = editor.table.item(row, 4)
    assert cell.text() == "5" and cell.font().bold()
    assert cell.foreground().color().name() == OVERRIDE_COLOUR
    assert cell.toolTip() == "Corrected by hand: Theo sổ theo dõi của xã — Trần Thị Bình"
    assert editor.table.item(row, 3).text() == "1"     # the computed figure stays visible
    other = editor.rows.index(next(e for e in editor.rows if e and e[0].target == "border_exchanges"))
    assert not editor.table.item(other, 4).font().bold()
    # Back to the computed figure.
    editor.select_target("act_total")
    dialog = editor.edit_selected_figure()
    dialog.clear_button.click()
    line = next(ln for ln in ReportService(ctx).get(report.id).content.lines() if ln.target == "act_total")
    assert not line.overridden and line.value == 1


def test_breakdown_rows_are_indented_under_their_indicator(page, report):
    editor = page.editor
    editor.select_target("act_total/CN")
    row = editor.table.currentRow()
    assert editor.table.item(row, 1).text().startswith("    ")
    assert editor.table.item(row, 0).text() == ""
    assert editor.rows[row - 1][0].target == "act_total"


def test_recompute_shows_what_changes_and_applies_on_request(qtbot, ctx, page, report, runner, answer):
    add_activity(ctx, dt.date(2026, 4, 1), country="LA")
    editor = page.editor
    editor.recompute()
    wait_tasks(qtbot, runner)
    dialog = editor.recompute_dialog
    assert dialog is not None and dialog.isVisible()
    shown = {target: (dialog.table.item(r, 1).text(), dialog.table.item(r, 2).text())
             for r, target in enumerate(dialog.targets)}
    assert shown["act_total"] == ("1", "2")
    assert shown["act_total/LA"] == ("—", "1")
    label = dialog.table.item(dialog.targets.index("act_total/LA"), 0).text()
    assert label.endswith("Lào")
    # Not applied until asked.
    assert ReportService(ctx).get(report.id).indicator_values()["act_total"] == 1
    dialog.apply_button.click()
    wait_tasks(qtbot, runner)
    assert ReportService(ctx).get(report.id).indicator_values()["act_total"] == 2
    editor.select_target("act_total")
    assert editor.table.item(editor.table.currentRow(), 4).text() == "2"


def test_recompute_cancelled_keeps_the_figures(qtbot, ctx, page, report, runner):
    add_activity(ctx, dt.date(2026, 4, 1))
    page.editor.recompute()
    wait_tasks(qtbot, runner)
    page.editor.recompute_dialog.reject()
    wait_tasks(qtbot, runner)
    assert ReportService(ctx).get(report.id).indicator_values()["act_total"] == 1


def test_recompute_without_changes_says_so(qtbot, ctx, page, report, runner, answer):
    page.editor.recompute()
    wait_tasks(qtbot, runner)
    assert answer and answer[-1][0] == "information" and "up to date" in answer[-1][1]


def test_approval_lists_what_is_missing_until_marked_nothing_to_report(qtbot, ctx, page, report, answer):
    editor = page.editor
    editor.approve_button.click()
    assert answer[-1][0] == "warning"
    for label in ("Lượt tuần tra, kiểm tra đường biên, cột mốc của các tổ tự quản",
                  "Hạn chế, nguyên nhân", "Đề xuất, kiến nghị"):
        assert label in answer[-1][1]
    assert ReportService(ctx).get(report.id).status == "new"
    # The hand-entered figures: «Nothing to report» in their dialog; the table then says so.
    for target in ("border_patrols", "border_violations_reported"):
        editor.select_target(target)
        dialog = editor.edit_selected_figure()
        dialog.nothing_button.click()
        editor.select_target(target)
        row = editor.table.currentRow()
        assert editor.table.item(row, 4).text() == "Không phát sinh"
    # Sections II-IV: the Text tab's «Nothing to report» on each.
    for code in ("shortcomings", "directions", "proposals"):
        editor.section_list.setCurrentRow(editor.section_codes.index(code))
        editor.nothing_text_button.click()
        assert editor.section_editors[code].toPlainText() == "Không phát sinh."
    editor.approve_button.click()
    assert answer[-1][0] == "question"
    assert ReportService(ctx).get(report.id).status == "approved"


def test_approve_locks_the_editor_and_names_the_approver(qtbot, ctx, page, report, answer):
    mark_missing_nothing(ReportService(ctx), report.id)
    page.open_report(report.id)
    editor = page.editor
    assert editor.approve_button.isEnabled()
    editor.approve_button.click()
    assert answer[-1][0] == "question"
    detail = ReportService(ctx).get(report.id)
    assert detail.status == "approved" and detail.summary.approved_by == "Trần Thị Bình"
    assert editor.banner.isVisible()
    text = editor.banner_text.text()
    assert "approved by Trần Thị Bình" in text and "cannot be edited" in text
    for widget in (editor.recompute_button, editor.approve_button, editor.override_button,
                   editor.save_text_button, editor.doc_number, editor.doc_signer, editor.save_doc_button):
        assert not widget.isEnabled(), widget.objectName()
    assert all(e.isReadOnly() for e in editor.section_editors.values())
    editor.select_target("act_total")
    assert editor.edit_selected_figure() is None
    assert editor.reopen_button.isVisible()      # an approver may reopen an approved, unsent report
    assert page.list_view.table.item(0, 3).text() == "Approved"


def test_vietnamese_banner_after_approval(qtbot, vietnamese, ctx, runner, answer):
    from dnnd_desktop.gui.pages.reports_page import ReportsPage

    svc = ReportService(ctx)
    detail = svc.create("2026-H1")
    mark_missing_nothing(svc, detail.id)
    detail = svc.approve(detail.id)
    page = ReportsPage(ctx, runner)
    qtbot.addWidget(page)
    page.show()
    page.open_report(detail.id)
    text = page.editor.banner_text.text()
    assert text.startswith("Báo cáo đã được Trần Thị Bình duyệt lúc ")
    assert "không sửa được" in text
    assert page.list_view.table.item(0, 3).text() == "Đã duyệt"


def test_a_sent_report_offers_a_new_version(qtbot, ctx, page, answer):
    svc = ReportService(ctx)
    r = svc.create("2026-H1")
    mark_missing_nothing(svc, r.id)
    svc.approve(r.id)
    svc.mark_sent(r.id)
    page.open_report(r.id)
    editor = page.editor
    assert "To change it, create a new version." in editor.banner_text.text()
    assert editor.revise_button.isVisible() and not editor.reopen_button.isVisible()
    editor.revise_button.click()
    assert editor.detail.summary.revision == 2 and editor.detail.editable
    assert not editor.banner.isVisible()
    assert page.list_view.table.rowCount() == 2


def test_a_returned_report_shows_the_province_comment(qtbot, ctx, page):
    svc = ReportService(ctx)
    r = svc.create("2026-H1")
    mark_missing_nothing(svc, r.id)
    svc.approve(r.id)
    svc.mark_sent(r.id)
    svc.record_answer(r.id, "returned", "Thiếu số liệu kiều bào")
    page.refresh()
    assert page.list_view.table.item(0, 3).text() == "Returned: Thiếu số liệu kiều bào"
    page.open_report(r.id)
    assert "Thiếu số liệu kiều bào" in page.editor.banner_text.text()


def test_a_user_without_the_approver_role_cannot_approve(qtbot, ctx, page, report, answer):
    ctx.current_user = UserInfo(id="x", name="Cán bộ Hà", roles=("officer",), has_password=False)
    page.open_report(report.id)
    editor = page.editor
    assert not editor.approve_button.isEnabled()
    assert "Approver role" in editor.approve_button.toolTip()
    editor.approve()   # even when called directly: refused with a message, nothing changes
    assert answer[-1][0] == "warning" and "Approver role" in answer[-1][1]
    assert ReportService(ctx).get(report.id).status == "new"
    # Editing still works for an officer.
    assert editor.recompute_button.isEnabled()


def test_export_pdf_to_a_chosen_path_creates_the_file_and_offers_to_open_it(qtbot, ctx, page, report, runner,
                                                                             tmp_path, monkeypatch):
    asked, opened = [], []

    def save_name(parent, caption, default, filters, *a, **k):
        asked.append(default)
        return str(tmp_path / "bao-cao"), filters   # no extension typed: .pdf is added

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    monkeypatch.setattr("dnnd_desktop.gui.widgets.saved_file_box.QDesktopServices.openUrl",
                        lambda url: opened.append(url.toLocalFile()))
    page.editor.pdf_button.click()
    wait_tasks(qtbot, runner)
    # issue 19: the name says which office, the box offers «Mở tệp» / «Mở thư mục» (the file no
    # longer opens by itself), the folder is remembered and Tệp gần đây lists the file
    assert asked[0].endswith("BC-6T-2026-H1-bat-xat.pdf"), asked
    target = tmp_path / "bao-cao.pdf"
    assert target.exists() and target.read_bytes().startswith(b"%PDF")
    assert opened == []
    box = page.editor.saved_box
    assert box.findChild(QPushButton, "openSavedFolder") is not None
    box.findChild(QPushButton, "openSavedFile").click()
    assert opened == [str(target)]
    from dnnd_desktop.gui.ui_settings import UiSettings

    assert UiSettings(ctx.data_dir).recent_files()[0] == str(target)
    page.editor.xlsx_button.click()
    wait_tasks(qtbot, runner)
    assert asked[1] == str(tmp_path / "BC-6T-2026-H1-bat-xat.xlsx")   # starts in the folder used last


def test_export_excel(qtbot, ctx, page, report, runner, tmp_path, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "BC.xlsx"), ""))
    monkeypatch.setattr("dnnd_desktop.gui.widgets.saved_file_box.QDesktopServices.openUrl", lambda url: True)
    page.editor.xlsx_button.click()
    wait_tasks(qtbot, runner)
    assert (tmp_path / "BC.xlsx").read_bytes()[:2] == b"PK"


def test_export_file_names_say_which_report_and_nothing_personal():
    from dnnd_desktop.gui.reports.texts import export_file_stem

    assert export_file_stem(Period(2026, "half", 1)) == "BC-6T-2026-H1"
    assert export_file_stem(Period(2026, "month", 5)) == "BC-THANG-2026-05"
    assert export_file_stem(Period(2026, "quarter", 3), 2) == "BC-QUY-2026-Q3-v2"
    assert export_file_stem(Period(2026, "year")) == "BC-NAM-2026"


def test_narrative_saved_when_leaving_a_section_and_with_ctrl_s(qtbot, ctx, page, report):
    editor = page.editor
    editor.tabs.setCurrentIndex(1)
    first = editor.section_editors["results"]
    first.setFocus()
    first.insertPlainText("Đã tổ chức 1 đoàn giao lưu biên giới.")
    assert editor.text_state.text() == "Not saved yet"
    editor.section_list.setCurrentRow(1)   # leaving the section saves it
    assert ReportService(ctx).get(report.id).content.sections[0].text == "Đã tổ chức 1 đoàn giao lưu biên giới."
    second = editor.section_editors[editor.section_codes[1]]
    second.setFocus()
    qtbot.keyClicks(second, "Thieu kinh phi.")
    qtbot.keyClick(second, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    detail = ReportService(ctx).get(report.id)
    assert detail.content.sections[1].text == "Thieu kinh phi."
    assert detail.status == "draft"
    assert editor.text_state.text() == "All text is saved"


def test_document_details_saved(qtbot, ctx, page, report, answer):
    editor = page.editor
    editor.tabs.setCurrentIndex(2)
    editor.doc_number.setText("abc")
    editor.save_doc_button.click()
    assert editor.doc_number_field.has_error() and answer[-1][0] == "warning"
    editor.doc_number.setText("5")
    editor.doc_no_date.setChecked(False)
    editor.doc_date.setDate(dt.date(2026, 5, 15))
    assert editor.doc_signer_name.placeholderText() == "Nguyễn Văn An"     # the office's head
    editor.doc_signer.setCurrentIndex(editor.doc_signer.findData("deputy"))
    assert editor.doc_signer_name.placeholderText() == "name of the vice-chairman who signs"
    editor.doc_signer_name.setText("Lý Văn Sáu")
    editor.doc_copies.setPlainText("Như trên\nBan Thường trực UBMTTQ tỉnh")
    editor.save_doc_button.click()
    detail = ReportService(ctx).get(report.id)
    assert detail.settings.number == "5" and detail.settings.doc_date == dt.date(2026, 5, 15)
    assert detail.settings.signer == "deputy" and detail.document.signer_name == "Lý Văn Sáu"
    assert detail.document.sign_mode == "TM. BAN THƯỜNG TRỰC"   # the Front's form: a deputy signs TM. too
    assert detail.settings.copies_to == ("Như trên", "Ban Thường trực UBMTTQ tỉnh")
    assert not editor.doc_number_field.has_error()


def test_creating_a_report_that_exists_opens_it(qtbot, ctx, page, runner, answer):
    existing = ReportService(ctx).create("2026-H1")
    dialog = page.new_report()
    dialog.set_period(Period(2026, "half", 1))
    dialog.accept()
    wait_tasks(qtbot, runner)
    assert page.editing and page.editor.detail.id == existing.id
    assert answer[-1][0] == "warning"


def test_text_is_saved_when_the_page_is_left(qtbot, ctx, page, report):
    editor = page.editor
    editor.tabs.setCurrentIndex(1)
    editor.section_editors["proposals"].insertPlainText("Đề nghị hỗ trợ kinh phí.")
    page.hide()     # another page is shown, or the window closes
    texts = {s.code: s.text for s in ReportService(ctx).get(report.id).content.sections}
    assert texts["proposals"] == "Đề nghị hỗ trợ kinh phí."


def test_clicking_a_figure_shows_the_records_behind_it(qtbot, ctx, page, report, answer):
    editor = page.editor
    editor.select_target("act_total")
    row = editor.table.currentRow()
    rect = editor.table.visualItemRect(editor.table.item(row, 4))
    editor.explain_dialog = None
    qtbot.mouseClick(editor.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: editor.explain_dialog is not None, timeout=20000)
    dialog = editor.explain_dialog
    assert dialog.isVisible()
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 1).text() == "Giao lưu biên giới"
    assert dialog.table.item(0, 0).text() == "Activity"
    dialog.close()
    # A hand-entered figure says who typed it and why.
    ReportService(ctx).set_override(report.id, "border_patrols", 2, "Theo sổ theo dõi")
    page.open_report(report.id)
    editor.select_target("border_patrols")
    editor.explain_dialog = None
    editor.explain_selected_figure()
    qtbot.waitUntil(lambda: editor.explain_dialog is not None, timeout=20000)
    dialog = editor.explain_dialog
    assert "Theo sổ theo dõi" in dialog.hand.text() and "Trần Thị Bình" in dialog.hand.text()
    assert dialog.table.rowCount() == 0


def test_new_report_dialog_offers_the_review_of_the_plans_programme(qtbot, ctx):
    """Issue 13: a plan of 2020-2025 (its last year stored on the plan) offers its final review
    2020-2025 and the mid-term review 2020-2022 in the dialog; the report is named as a review."""
    from dnnd_desktop.gui.reports.new_report_dialog import NewReportDialog
    from dnnd_desktop.storage.models import Plan

    with ctx.session() as s:
        s.add(Plan(issuer_office_id="p", title="Chương trình 2020-2025", year=2020, last_year=2025, status="active"))
        s.add(Plan(issuer_office_id="p", title="Kế hoạch năm 2026", year=2026, status="active"))
    svc = ReportService(ctx)
    assert svc.programme_spans() == [(2020, 2025)]
    dialog = NewReportDialog(svc.templates(), None, dt.date(2026, 1, 10), programme_spans=svc.programme_spans())
    qtbot.addWidget(dialog)
    assert dialog.last_year.isHidden()
    dialog.kind.setCurrentIndex(dialog.kind.findData("final_review"))
    assert not dialog.last_year.isHidden() and dialog.index.isHidden()
    assert dialog.period() == Period(2020, "final_review", 1, 2025)
    assert "2020–2025" in dialog.preview.text()
    dialog.show()
    shot(dialog, "report-new-final-review")
    dialog.kind.setCurrentIndex(dialog.kind.findData("year"))
    dialog.year.setValue(2026)
    dialog.kind.setCurrentIndex(dialog.kind.findData("mid_term"))
    assert dialog.period() == Period(2020, "mid_term", 1, 2022)
    dialog.year.setValue(2022)   # the first year not before the last: no period, no button
    assert dialog.period() is None
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    detail = svc.create(Period(2020, "final_review", 1, 2025))
    assert detail.summary.title.startswith("Báo cáo tổng kết ")


def test_editor_tasks_tab_lists_the_plan_tasks_with_progress(qtbot, ctx, page):
    """Issue 13: the report's task-progress section in the editor (read-only; the Tasks page edits)."""
    from dnnd_desktop.services import tasks as task_service
    from dnnd_desktop.storage.models import Plan, Task

    with ctx.session() as s:
        plan = Plan(issuer_office_id="p", doc_number="15/HD-MTTQ-BTT", title="Hướng dẫn năm 2026", year=2026,
                    status="active")
        s.add(plan)
        s.flush()
        w = RecordWriter(s, ctx)
        done = w.create(Task, dict(plan_id=plan.id, code="I.1", title="Giao lưu biên giới",
                                   deadline=dt.date(2026, 5, 15), position=0)).id
        w.create(Task, dict(plan_id=plan.id, code="I.2", title="Tập huấn cán bộ", position=1))
    task_service.set_status(ctx, done, "done", "Tổ chức 2 lần")
    detail = ReportService(ctx).create("2026-H1")
    page.refresh()
    page.open_report(detail.id)
    tab = page.editor.task_progress
    assert page.editor.tabs.tabText(page.editor.tabs.indexOf(tab)) == "Tasks"
    t = tab.table
    assert t.rowCount() == 2
    assert [t.item(0, c).text() for c in range(6)] == ["I.1. Giao lưu biên giới", "15/05/2026", "Done",
                                                       "Tổ chức 2 lần", "", "0"]
    assert t.item(1, 2).text() == "Not started"
    page.editor.tabs.setCurrentWidget(tab)
    shot(page, "report-editor-tasks-tab")
