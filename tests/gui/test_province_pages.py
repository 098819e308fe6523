"""The province pages: shown only to a province office; lower offices, plans (editor, text import,
publish), reports received (who reported, answers) and the consolidated report.

Set DNND_SCREENSHOTS=DIR to save a picture of each page (run under Xvfb at 1366x768 to look at them)."""
from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.unit.test_province_offices import DISTRICTS, PERIOD, build_world

SEED = Path("/work/shared/seeds/000_dea47afa670a1e30.txt")
PROVINCE_KEYS = ["lower_offices", "plans", "submissions", "consolidation"]


@pytest.fixture(scope="module")
def world_template(tmp_path_factory):
    return build_world(tmp_path_factory.mktemp("gui_world"))


@pytest.fixture
def world(world_template, tmp_path):
    """A fresh copy of the province's data folder per test."""
    from dnnd_desktop.paths import DataDir

    shutil.copytree(world_template.dirs["p"].root, tmp_path / "tinh")
    world_template.copy_dir = DataDir(tmp_path / "tinh")
    return world_template


@pytest.fixture
def pctx(world):
    from dnnd_desktop.services.app_context import open_context

    ctx = open_context(world.copy_dir)
    yield ctx
    ctx.close()


def shot(widget, name: str) -> None:
    folder = os.environ.get("DNND_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def test_province_pages_only_for_a_province(qtbot, pctx, ctx):
    from dnnd_desktop.gui.main_window import MainWindow
    from dnnd_desktop.gui.page_registry import PAGES, pages_for

    assert not set(PROVINCE_KEYS) & {p.key for p in PAGES}
    assert set(PROVINCE_KEYS) <= {p.key for p in pages_for("province")}
    commune = MainWindow(ctx)                 # the gui conftest's installation is a commune office
    qtbot.addWidget(commune)
    assert not set(PROVINCE_KEYS) & {commune.nav.item(i).data(Qt.ItemDataRole.UserRole)
                                     for i in range(commune.nav.count())}
    province = MainWindow(pctx)
    qtbot.addWidget(province)
    keys = [province.nav.item(i).data(Qt.ItemDataRole.UserRole) for i in range(province.nav.count())]
    assert keys[keys.index("reports") + 1:keys.index("reports") + 5] == PROVINCE_KEYS
    for key in PROVINCE_KEYS:
        page = province.show_page(key)
        assert province.current_page_key == key and page.isVisibleTo(province)


def test_lower_offices_page_lists_and_registers(qtbot, pctx, world, tmp_path):
    from dnnd_desktop.gui.pages.lower_offices_page import LowerOfficesPage
    from dnnd_desktop.gui.task_runner import TaskRunner

    page = LowerOfficesPage(pctx, TaskRunner())
    qtbot.addWidget(page)
    assert page.table.rowCount() == 3
    names = [page.table.item(r, 0).text() for r in range(3)]
    assert names == ["Ủy ban MTTQ Việt Nam huyện Bát Xát", "Ủy ban MTTQ Việt Nam huyện Mường Khương",
                     "Ủy ban MTTQ Việt Nam huyện Si Ma Cai"]      # Vietnamese order
    row = names.index("Ủy ban MTTQ Việt Nam huyện Bát Xát")
    assert page.table.item(row, 6).text() == "first 6 months of 2027"
    si = names.index("Ủy ban MTTQ Việt Nam huyện Si Ma Cai")
    assert page.table.item(si, 4).text() == "none yet"
    # A card already registered: a wrong fingerprint is refused with the service's message.
    card = tmp_path / "a.dnndid"
    card.write_bytes(world.cards["a"].encode())
    dialog = page.open_card(str(card))
    assert dialog.findChild(type(page.empty), "fingerprintLarge").text() == world.cards["a"].fingerprint
    # A typo is said in the dialog, which stays open with the digits to correct; the third closes it.
    for tries_left in (2, 1):
        dialog.digits.setText("11111 22222 33333 44444 55555 66666")
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        assert dialog.isVisible() and page.last_message is None
        assert "The fingerprint does not match" in dialog.error.text()        # the UI is in English
        assert f"{tries_left} tries left" in dialog.error.text()
    dialog.digits.setText("11111 22222 33333 44444 55555 66667")
    assert dialog.error.isHidden()                                          # cleared while typing
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert not dialog.isVisible()
    assert "The fingerprint does not match" in page.last_message.text()
    page.last_message.close()
    shot(page, "province-lower-offices")


def test_plans_page_editor_reads_a_seed_and_saves_a_draft(qtbot, pctx, world, vietnamese):
    # Vietnamese UI: the plan status below is the catalogue's name of the service's code.
    from dnnd_desktop.gui.pages.plans_page import PlansPage
    from dnnd_desktop.gui.task_runner import TaskRunner
    from dnnd_desktop.services.province import PlanService

    page = PlansPage(pctx, TaskRunner())
    qtbot.addWidget(page)
    assert page.table.rowCount() == 1 and page.table.item(0, 5).text() == "Đã gửi"
    editor = page.new_plan()
    editor.apply_text(SEED.read_text(encoding="utf-8"))
    assert editor.title.text().startswith("Hướng dẫn công tác đối ngoại nhân dân")
    codes = [editor.tasks.item(r, 0).text() for r in range(editor.tasks.rowCount())]
    assert codes[:4] == ["I.1", "I.2", "I.3", "I.4"] and "II" in codes
    assert [editor.schedule.item(r, 2).text() for r in range(editor.schedule.rowCount())] == ["15/5", "20/11"]
    editor.add_term("activity_type", "Giao lưu thanh niên biên giới")
    editor.tasks.item(0, 3).setText("31/12/2022")
    shot(editor, "province-plan-editor")
    editor.save()
    assert editor.result() == editor.DialogCode.Accepted, editor.error.text()
    assert page.table.rowCount() == 2
    draft = PlanService(pctx).get(editor.saved_id)
    assert draft.tasks[0].deadline == dt.date(2022, 12, 31)
    assert draft.vocabularies == {"activity_type": [("giao_luu_thanh_nien_bien_gioi", "Giao lưu thanh niên biên giới")]}
    assert next(p for p in page.plans if p.id == editor.saved_id).status_label == "Bản nháp"
    # A bad deadline is said in the editor, nothing saved.
    page.select_plan(editor.saved_id)
    again = page.edit_selected()
    again.tasks.item(0, 3).setText("31/13/2022")
    again.save()
    assert "31/13/2022" in again.error.text() and again.result() != again.DialogCode.Accepted
    shot(page, "province-plans")


def test_plan_editor_keeps_the_programme_years_of_seed_004(qtbot, pctx, world):
    """Issue 13, item 9: the reader's 2020-2025 fills "Programme runs until", the draft keeps both
    years; a last year before the first is said, nothing saved; the schedule offers no review kinds."""
    from dnnd_desktop.gui.pages.plans_page import PlansPage
    from dnnd_desktop.gui.task_runner import TaskRunner
    from dnnd_desktop.services.province import PlanService

    seed = sorted(SEED.parent.glob("004_*.txt"))
    if not seed:
        pytest.skip("seed 004 is not beside this checkout")
    page = PlansPage(pctx, TaskRunner())
    qtbot.addWidget(page)
    editor = page.new_plan()
    editor.apply_text(seed[0].read_text(encoding="utf-8"))
    assert (editor.year.value(), editor.last_year.value()) == (2020, 2025)
    kinds = editor.schedule.cellWidget(0, 1)
    assert [kinds.itemData(i) for i in range(kinds.count())] == ["month", "quarter", "half", "nine_months", "year"]
    editor.last_year.setValue(2019)
    editor.save()
    assert "2020" in editor.error.text() and editor.result() != editor.DialogCode.Accepted
    editor.last_year.setValue(2025)
    editor.save()
    assert editor.result() == editor.DialogCode.Accepted, editor.error.text()
    draft = PlanService(pctx).get(editor.saved_id)
    assert (draft.year, draft.last_year) == (2020, 2025)


def test_publish_from_the_plans_page(qtbot, pctx, world, tmp_path, monkeypatch):
    from dnnd_desktop.gui.packages import secret
    from dnnd_desktop.gui.pages import plans_page
    from dnnd_desktop.gui.task_runner import TaskRunner
    from tests.conftest import PASSPHRASE

    monkeypatch.setattr(secret, "ask_passphrase", lambda *a: PASSPHRASE)
    runner = TaskRunner()
    page = plans_page.PlansPage(pctx, runner)
    qtbot.addWidget(page)
    page.table.selectRow(0)
    dialog = page.publish_selected()
    assert dialog.offices.count() == 3
    dialog.offices.item(0).setCheckState(Qt.CheckState.Unchecked)
    task = page.publish(page.plans[0].id, dialog.chosen(), str(tmp_path))
    qtbot.waitUntil(lambda: not task.running, timeout=30000)
    assert len(list(tmp_path.glob("*.dnnd"))) == 2
    assert "2 package(s) made" in page.last_message.text()
    page.last_message.close()


def test_submissions_page_colours_and_answers(qtbot, pctx, world, monkeypatch):
    from dnnd_desktop.gui.pages.submissions_page import SubmissionsPage
    from dnnd_desktop.gui.province.common import RED
    from dnnd_desktop.gui.task_runner import TaskRunner

    page = SubmissionsPage(pctx, TaskRunner())
    qtbot.addWidget(page)
    page.today = lambda: dt.date(2027, 5, 25)
    page.template.setCurrentIndex(page.template.findData("bao_cao_dnnd"))
    page._fill_periods()
    page.show_period(PERIOD)
    rows = {page.table.item(r, 0).text(): r for r in range(page.table.rowCount())}
    si = rows["Ủy ban MTTQ Việt Nam huyện Si Ma Cai"]
    assert page.table.item(si, 2).text() == "Not sent (overdue)"   # in the UI language
    assert page.table.item(si, 0).foreground().color() == RED
    mk = rows["Ủy ban MTTQ Việt Nam huyện Mường Khương"]
    assert page.table.item(mk, 2).text() == "Late" and page.table.item(mk, 4).text() == "5"
    assert "2 of 3 offices reported" in page.facts.text()
    shot(page, "province-submissions")
    page.tabs.setCurrentIndex(1)
    assert page.reports_table.rowCount() == 2
    page.reports_table.selectRow(0)
    assert "KẾT QUẢ ĐẠT ĐƯỢC" in page.detail.toPlainText()
    dialog = page.answer_selected(True)
    dialog._accept()                                  # no comment: refused in the dialog
    assert dialog.error.text() and dialog.result() != dialog.DialogCode.Accepted
    dialog.comment.setPlainText("Bổ sung số liệu đoàn ra.")
    dialog._accept()
    report_id = page.received[0].id if page.received[0].status == "returned" else None
    assert report_id is not None
    shot(page, "province-received-reports")
    page.tabs.setCurrentIndex(0)
    page.refresh_summary()
    statuses = [page.table.item(r, 2).text() for r in range(page.table.rowCount())]
    assert "Returned" in statuses


def test_consolidation_page_makes_and_exports(qtbot, pctx, world, tmp_path):
    from dnnd_desktop.gui.pages.consolidation_page import ConsolidationPage
    from dnnd_desktop.gui.task_runner import TaskRunner

    runner = TaskRunner()
    page = ConsolidationPage(pctx, runner)
    qtbot.addWidget(page)
    page.today = lambda: dt.date(2027, 5, 25)
    page._fill_periods()
    page.show_period(PERIOD)
    assert "preview" in page.facts.text() and not page.pdf_button.isEnabled()
    headers = [page.table.horizontalHeaderItem(c).text() for c in range(page.table.columnCount())]
    # Issue 13: the province's own records are a column of their own, before the two districts.
    assert headers[:3] == ["Figure", "Unit", "Total"] and len(headers) == 6
    assert page.table.horizontalHeaderItem(3).text() == "Own records"
    assert page.table.horizontalHeaderItem(3).toolTip() == pctx.installation.office_name
    first = page.table.item(0, 2).text()
    assert first == str(world.stated["a"]["act_total"] + world.stated["b"]["act_total"])
    page.make()
    assert page.report_id and page.pdf_button.isEnabled() and page.make_button.text() == "Consolidate again"
    shot(page, "province-consolidation")
    task = page.export(str(tmp_path / "tong-hop.pdf"))
    qtbot.waitUntil(lambda: not task.running, timeout=30000)
    assert (tmp_path / "tong-hop.pdf").stat().st_size > 1000


def test_consolidation_page_lets_a_person_say_two_partners_differ(qtbot, pctx, world):
    from sqlalchemy.orm.attributes import flag_modified

    from dnnd_desktop.gui.pages.consolidation_page import ConsolidationPage
    from dnnd_desktop.gui.task_runner import TaskRunner
    from dnnd_desktop.services.reports.compute import identity_key
    from dnnd_desktop.storage.models import Report

    with pctx.session() as s:   # both districts listed the same partner (as their reports list partners)
        for k in ("a", "b"):
            r = s.get(Report, world.reports[k])
            figures = dict(r.indicators)
            figures["partners_total"] = {"value": 1, "breakdown": {"foreign_ngo": 1},
                                         "items": [[identity_key("Oxfam", "GB"), "foreign_ngo", "Oxfam"]]}
            r.indicators = figures
            flag_modified(r, "indicators")
    page = ConsolidationPage(pctx, TaskRunner())
    qtbot.addWidget(page)
    page.today = lambda: dt.date(2027, 5, 25)
    page._fill_periods()
    page.show_period(PERIOD)
    page.make()
    total_row = next(r for r in range(page.table.rowCount())
                     if page.table.item(r, 0).text() == "Đối tác nước ngoài có quan hệ")
    assert page.table.item(total_row, 2).text() == "1"
    assert page.matches.rowCount() == 1 and page.matches.item(0, 2).text() == "once"
    page.matches.selectRow(0)
    page.different_button.click()
    assert page.matches.item(0, 2).text() == "once per office"
    total_row = next(r for r in range(page.table.rowCount())
                     if page.table.item(r, 0).text() == "Đối tác nước ngoài có quan hệ")
    assert page.table.item(total_row, 2).text() == "2"


def test_consolidation_page_counts_a_twinned_locality_once_and_says_what_it_is(qtbot, pctx, world):
    """Issue 13: the village across the border twinned with a commune of each district is one."""
    from sqlalchemy.orm.attributes import flag_modified

    from dnnd_desktop.gui.pages.consolidation_page import ConsolidationPage
    from dnnd_desktop.gui.task_runner import TaskRunner
    from dnnd_desktop.services.reports.compute import identity_key
    from dnnd_desktop.storage.models import Report

    with pctx.session() as s:
        for k, name in (("a", "Thôn Bá Tô"), ("b", "THON BA TO")):
            r = s.get(Report, world.reports[k])
            figures = dict(r.indicators)
            figures["twinning_total"] = {"value": 1, "breakdown": {"CN": 1},
                                         "items": [[identity_key(name, "CN", "Hà Khẩu"), "CN", name]]}
            r.indicators = figures
            flag_modified(r, "indicators")
    page = ConsolidationPage(pctx, TaskRunner())
    qtbot.addWidget(page)
    page.today = lambda: dt.date(2027, 5, 25)
    page._fill_periods()
    page.show_period(PERIOD)
    page.make()
    row = next(r for r in range(page.table.rowCount())
               if page.table.item(r, 0).text() == "Cặp kết nghĩa hiện có (đến cuối kỳ)")
    assert page.table.item(row, 2).text() == "1"
    assert page.matches.rowCount() == 1
    assert page.matches.item(0, 0).text() == "Thôn Bá Tô / THON BA TO (twinned locality)"
    page.matches.selectRow(0)
    page.different_button.click()
    row = next(r for r in range(page.table.rowCount())
               if page.table.item(r, 0).text() == "Cặp kết nghĩa hiện có (đến cuối kỳ)")
    assert page.table.item(row, 2).text() == "2"


def test_province_window_screenshot(qtbot, pctx):
    from dnnd_desktop.gui.main_window import MainWindow

    window = MainWindow(pctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    for key in PROVINCE_KEYS:
        window.show_page(key)
        page = window.page(key)
        if hasattr(page, "today"):
            page.today = lambda: dt.date(2027, 5, 25)
            if hasattr(page, "_fill_periods"):
                page._fill_periods()
            page.show_period(PERIOD)
        # the page's background loads are done: what the picture shows is the filled page
        qtbot.waitUntil(lambda: not window.runner.running_tasks, timeout=10000)
        shot(window, f"province-window-{key}")
    assert DISTRICTS


def test_plan_editor_opens_the_plans_word_file_and_says_why_a_scan_cannot_be_read(qtbot, pctx, world, tmp_path):
    import io

    from reportlab.platypus import SimpleDocTemplate, Spacer

    from dnnd_desktop.gui.pages.plans_page import PlansPage
    from dnnd_desktop.gui.task_runner import TaskRunner
    from dnnd_desktop.services.province import parse_plan_text
    from tests.unit.test_plan_documents import _as_docx

    page = PlansPage(pctx, TaskRunner())
    qtbot.addWidget(page)
    editor = page.new_plan()
    text = SEED.read_text(encoding="utf-8")
    word = tmp_path / "ke-hoach.docx"
    _as_docx(text, word)
    assert editor.open_plan_file(str(word))
    codes = [editor.tasks.item(r, 0).text() for r in range(editor.tasks.rowCount())]
    assert codes == [t.code for t in parse_plan_text(text).tasks]
    buf = io.BytesIO()
    SimpleDocTemplate(buf).build([Spacer(1, 50)])
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(buf.getvalue())
    assert not editor.open_plan_file(str(scan))
    assert "scanned" in editor.error.text() and editor.tasks.rowCount() == len(codes)   # nothing changed


def test_lower_offices_empty_state_names_a_page_tab_and_button_that_exist(qtbot, pctx, vietnamese):
    """Issue 19: the empty page pointed to a menu that does not exist; it now names the real ones."""
    from dnnd_desktop.gui.page_registry import page_spec, page_title
    from dnnd_desktop.gui.pages.lower_offices_page import LowerOfficesPage
    from dnnd_desktop.gui.pages.packages_page import PackagesPage
    from dnnd_desktop.gui.task_runner import TaskRunner

    runner = TaskRunner()
    page = LowerOfficesPage(pctx, runner)
    packages = PackagesPage(pctx, runner)
    qtbot.addWidget(page)
    qtbot.addWidget(packages)
    text = page.empty_text()
    trust_tab = packages.tabs.tabText(packages.tabs.indexOf(packages.trust_tab)).replace("&", "")
    for shown in (page_title(page_spec("packages")), trust_tab, packages.trust_tab.save_card_button.text(),
                  page.register_button.text()):
        assert shown in text, shown
    assert "Gói dữ liệu" in text or "Gói" in text          # in Vietnamese
