"""Issue 19: the shortcuts a page advertises work wherever the keyboard focus is in the window, after
each way of reaching the page (sidebar click, Ctrl+digit, the «Đi đến» menu). They were bound to the
page's own children, so after moving by the sidebar (focus on the sidebar) they did nothing."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from dnnd_desktop.gui.page_registry import PAGES

LIST_PAGES = ("activities", "twinning", "households", "partners")
WAYS = ("sidebar", "ctrl_digit", "menu")


def _reach(qtbot, window, key: str, way: str) -> None:
    row = next(i for i, spec in enumerate(PAGES) if spec.key == key)
    window.show_page("overview")
    window.nav.setFocus()             # where the focus is after using the sidebar
    if way == "sidebar":
        rect = window.nav.visualItemRect(window.nav.item(row))
        qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    elif way == "ctrl_digit":
        qtbot.keyClick(QApplication.focusWidget(), getattr(Qt.Key, f"Key_{(row + 1) % 10}"),
                       Qt.KeyboardModifier.ControlModifier)
    else:
        window.page_actions[row].trigger()
    assert window.current_page_key == key
    window.nav.setFocus()             # the focus stays outside the page


def _press(qtbot, window, key, modifier=Qt.KeyboardModifier.ControlModifier) -> None:
    focus = QApplication.focusWidget()
    assert focus is window.nav         # not inside the page
    qtbot.keyClick(focus, key, modifier)


@pytest.fixture
def active_window(qtbot, main_window):
    main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window)
    return main_window


@pytest.mark.parametrize("way", WAYS)
@pytest.mark.parametrize("key", LIST_PAGES)
def test_list_pages_answer_ctrl_f_and_ctrl_n_wherever_the_focus_is(qtbot, active_window, key, way):
    window = active_window
    _reach(qtbot, window, key, way)
    page = window.page(key)
    lst = page.households if key == "households" else page
    _press(qtbot, window, Qt.Key.Key_F)
    assert QApplication.focusWidget() is lst.search_box
    window.nav.setFocus()
    _press(qtbot, window, Qt.Key.Key_N)
    qtbot.waitUntil(lambda: getattr(lst, "editor", None) is not None and lst.editor.isVisible())
    lst.editor.reject()
    qtbot.waitUntil(lambda: not lst.editor.isVisible())


@pytest.mark.parametrize("way", WAYS)
def test_reports_page_answers_ctrl_n_wherever_the_focus_is(qtbot, active_window, way):
    window = active_window
    _reach(qtbot, window, "reports", way)
    page = window.page("reports")
    _press(qtbot, window, Qt.Key.Key_N)
    qtbot.waitUntil(lambda: getattr(page, "new_dialog", None) is not None and page.new_dialog.isVisible())
    page.new_dialog.reject()


@pytest.mark.parametrize("way", WAYS)
def test_packages_page_answers_ctrl_o_wherever_the_focus_is(qtbot, active_window, way, monkeypatch):
    asked = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: asked.append(1) or ("", ""))
    window = active_window
    _reach(qtbot, window, "packages", way)
    page = window.page("packages")
    page.tabs.setCurrentWidget(page.import_tab)
    window.nav.setFocus()
    _press(qtbot, window, Qt.Key.Key_O)
    assert asked == [1]


def test_a_hidden_page_does_not_answer(qtbot, active_window):
    """Window-wide shortcuts of pages not shown stay quiet (only the shown page answers)."""
    window = active_window
    _reach(qtbot, window, "activities", "sidebar")
    partners = window.page("partners")        # created, but not the page shown
    _reach(qtbot, window, "overview", "menu")
    _press(qtbot, window, Qt.Key.Key_N)
    assert getattr(partners, "editor", None) is None
    assert getattr(window.page("activities"), "editor", None) is None
