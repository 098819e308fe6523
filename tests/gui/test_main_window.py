"""The main window: every registered page opens (by click and by Ctrl+N), pages are lazy, the status
bar names the office and user, About shows the version and licence, geometry is restored."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from dnnd_desktop import __version__
from dnnd_desktop.gui import message_boxes
from dnnd_desktop.gui.page_registry import PAGES, create_page
from dnnd_desktop.gui.pages.placeholder import PlaceholderPage, coming_soon_text

EXPECTED_KEYS = ["overview", "activities", "twinning", "households", "partners", "work", "tasks", "reports",
                 "packages", "audit", "backups", "settings"]


def test_registry_lists_every_office_s_pages_in_order():
    assert [p.key for p in PAGES] == EXPECTED_KEYS


def test_province_pages_only_for_a_province_office():
    from dnnd_desktop.gui.page_registry import pages_for

    assert [p.key for p in pages_for("commune")] == EXPECTED_KEYS
    extra = [p.key for p in pages_for("province") if p.key not in EXPECTED_KEYS]
    assert extra and all(p.levels == ("province",) for p in pages_for("province") if p.key in extra)


@pytest.mark.parametrize("spec", PAGES, ids=[p.key for p in PAGES])
def test_every_page_builds_from_the_registry(qtbot, ctx, spec):
    from dnnd_desktop.gui.task_runner import TaskRunner

    page = create_page(spec, ctx, TaskRunner())
    qtbot.addWidget(page)
    if isinstance(page, PlaceholderPage):  # unfinished pages must say so in the UI
        assert page.notice.text() == coming_soon_text()


def test_pages_are_created_on_first_visit_only(main_window):
    assert main_window.created_pages() == ["overview"]
    page = main_window.show_page("reports")
    assert main_window.created_pages() == ["overview", "reports"]
    assert main_window.show_page("reports") is page


def test_clicking_navigation_shows_each_page(qtbot, main_window):
    for row, spec in enumerate(PAGES):
        rect = main_window.nav.visualItemRect(main_window.nav.item(row))
        qtbot.mouseClick(main_window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert main_window.current_page_key == spec.key
        assert main_window.stack.currentWidget() is main_window.page(spec.key)
        assert main_window.stack.currentWidget().isVisible()


def test_ctrl_number_switches_pages(qtbot, main_window):
    main_window.activateWindow()
    for i, spec in enumerate(PAGES[:10]):
        key = getattr(Qt.Key, f"Key_{(i + 1) % 10}")
        qtbot.keyClick(main_window, key, Qt.KeyboardModifier.ControlModifier)
        assert main_window.current_page_key == spec.key, spec.key
    qtbot.keyClick(main_window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert main_window.current_page_key == "settings"


def test_status_bar_and_title_name_the_office_and_user(main_window):
    assert "Ủy ban MTTQ Việt Nam xã Bát Xát" in main_window.office_label.text()
    assert "Commune level" in main_window.office_label.text()
    assert "Trần Thị Bình" in main_window.user_label.text()
    assert main_window.windowTitle() == "People's Diplomacy — Ủy ban MTTQ Việt Nam xã Bát Xát"


def test_vietnamese_status_bar_and_navigation(qtbot, vietnamese, ctx):
    from dnnd_desktop.gui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert window.nav.item(0).text() == "Tổng quan"
    assert window.nav.item(3).text() == "Hộ thân nhân & kiều bào"
    assert "Cấp xã" in window.office_label.text()
    assert window.user_label.text() == "Người dùng: Trần Thị Bình"
    assert window.windowTitle() == "Đối ngoại nhân dân — Ủy ban MTTQ Việt Nam xã Bát Xát"
    assert window.nav.item(1).text() == "Hoạt động"
    assert coming_soon_text() == "Chức năng này sẽ có trong phiên bản tiếp theo."


def test_overview_shows_the_installation(main_window, ctx):
    page = main_window.page("overview")
    assert page.values["office_name"].text() == "Ủy ban MTTQ Việt Nam xã Bát Xát"
    assert page.values["unit"].text() == "Xã Bát Xát"
    assert page.values["fingerprint"].text() == ctx.installation.fingerprint
    assert page.values["level"].text() == "Commune level"


def test_about_shows_version_and_licence(qtbot, main_window):
    main_window.about_action.trigger()   # Trợ giúp → Giới thiệu (F1 opens the user guide since issue 19)
    box = next(w for w in QApplication.topLevelWidgets() if w.windowTitle() == "About" and w.isVisible())
    assert __version__ in box.text() and "GPL-3.0-or-later" in box.text()
    box.close()


def test_ctrl_q_closes_the_window(qtbot, main_window):
    qtbot.keyClick(main_window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not main_window.isVisible()


def test_geometry_is_restored(qtbot, ctx):
    from dnnd_desktop.gui.main_window import MainWindow

    first = MainWindow(ctx)
    qtbot.addWidget(first)
    first.show()
    first.resize(760, 530)  # the offscreen screen is 800x600
    first.close()
    second = MainWindow(ctx)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (760, 530)


def test_package_file_from_start_waits_for_the_packages_page(qtbot, ctx, monkeypatch):
    from dnnd_desktop.gui.main_window import MainWindow
    from dnnd_desktop.gui.pages import packages_page

    opened = []
    monkeypatch.setattr(packages_page.PackagesPage, "open_file", lambda self, path: opened.append(path))
    window = MainWindow(ctx, open_file="/tmp/x.dnnd")
    qtbot.addWidget(window)
    assert window.current_page_key == "packages"
    assert opened == ["/tmp/x.dnnd"]
    window.handle_second_start(["/tmp/y.dnnd"])
    assert opened == ["/tmp/x.dnnd", "/tmp/y.dnnd"]


def test_closing_does_not_ask_about_background_work(qtbot, main_window, monkeypatch):
    import threading

    from PySide6.QtWidgets import QMessageBox

    asked = []
    monkeypatch.setattr(message_boxes, "question", lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.No)
    release = threading.Event()
    main_window.runner.run(lambda progress, cancel: release.wait(5), title="nền", writes=False,
                           cancellable=False, show_dialog=False)
    qtbot.waitUntil(lambda: bool(main_window.runner.running_tasks))
    release.set()
    main_window.close()
    assert not asked and not main_window.isVisible()


def test_go_menu_shows_an_ampersand_in_a_page_title_as_is(main_window):
    """Issue 19: the menu showed "_kiều bào" (the "&" of the title taken as a mnemonic)."""
    from dnnd_desktop.gui.page_registry import page_spec, page_title

    row = next(i for i, spec in enumerate(main_window.pages) if spec.key == "households")
    action = main_window.page_actions[row]
    assert "&" in page_title(page_spec("households"))
    assert action.text() == page_title(page_spec("households")).replace("&", "&&")
    assert action.iconText() == page_title(page_spec("households"))   # what Qt shows: one "&", no mnemonic
