"""Issue 19: every page's empty state points to something that exists. A brand-new district office
and a brand-new province office visit every page (and every tab of it) in both languages; each
button, tab, page or menu item an empty state names in quotes («…», “…”) must be shown somewhere in
the window under exactly that name."""
from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QListWidget, QTabWidget

QUOTED = re.compile(r"“([^”]+)”|«([^»]+)»")


def _plain(text: str) -> str:
    return re.sub(r"&(?=\w)", "", text or "").strip().rstrip(".")


def _menu_texts(actions) -> set[str]:
    out = set()
    for action in actions:
        out.add(_plain(action.text()))
        if action.menu() is not None:
            out.add(_plain(action.menu().title()))
            out |= _menu_texts(action.menu().actions())
    return out


def _shown_names(window, page) -> set[str]:
    """What a person can click or see named: the page's buttons and tabs (every tab), the menus,
    the sidebar's pages."""
    from dnnd_desktop.gui.page_registry import page_title

    names = {_plain(b.text()) for b in page.findChildren(QAbstractButton)}
    for tabs in page.findChildren(QTabWidget):
        names |= {_plain(tabs.tabText(i)) for i in range(tabs.count())}
    names |= _menu_texts(window.menuBar().actions())
    names |= {page_title(spec) for spec in window.pages}
    return {n for n in names if n}


def _empty_texts(page) -> list[str]:
    """Labels and list lines shown on the page, on each of its tabs in turn."""
    texts: list[str] = []
    tab_widgets = page.findChildren(QTabWidget) or [None]
    for tabs in tab_widgets:
        for i in range(tabs.count() if tabs is not None else 1):
            if tabs is not None:
                tabs.setCurrentIndex(i)
                QApplication.processEvents()
            texts += [label.text() for label in page.findChildren(QLabel) if label.isVisible()]
            for lw in page.findChildren(QListWidget):
                if lw.isVisible():
                    texts += [lw.item(j).text() for j in range(lw.count())]
    return list(dict.fromkeys(texts))


def _named_things(qtbot, ctx) -> tuple[list[tuple[str, str]], list[str]]:
    """(page, name) of every quoted name in an empty state, and those that name nothing shown."""
    from dnnd_desktop.gui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    named, missing = [], []
    for spec in window.pages:
        page = window.show_page(spec.key)
        qtbot.waitUntil(lambda: not window.runner.running_tasks, timeout=20000)
        QApplication.processEvents()
        names = _shown_names(window, page)
        for text in _empty_texts(page):
            for quoted in ([a or b for a, b in QUOTED.findall(text)]):
                # "A → B → C" names a path: page, tab, button
                for part in quoted.split(" → "):
                    part = _plain(part)
                    named.append((spec.key, part))
                    if part not in names and not _elsewhere(window, part):
                        missing.append(f"{spec.key}: «{part}» in {text[:120]!r}")
    window.runner.cancel_all()
    window.runner.wait_all(5000)
    return named, missing


def _elsewhere(window, name: str) -> bool:
    """A name on another page (a path such as Packages → Trust → «Save the identity card…»)."""
    for spec in window.pages:
        page = window.show_page(spec.key)
        if name in _shown_names(window, page):
            return True
    return False


@pytest.fixture
def empty_province(tmp_path):
    from dnnd_desktop.paths import DataDir
    from dnnd_desktop.services.app_context import open_context
    from dnnd_desktop.services.installation import SetupRequest, setup_installation

    root = DataDir(tmp_path / "tinh-moi")
    setup_installation(root, SetupRequest(
        level="province", province_code=15, unit_name="tỉnh Lào Cai", unit_code=None,
        office_name="Ủy ban MTTQ Việt Nam tỉnh Lào Cai", parent_body="Ủy ban Trung ương MTTQ Việt Nam",
        symbol="MTTQ-BTT", place_name="Lào Cai", head_title="Chủ tịch", head_name="Hoàng Văn Nam",
        officer_name="Vàng Thị Hoa", officer_password=None, passphrase="mat-khau-khoa-tinh"))
    ctx = open_context(root)
    yield ctx
    ctx.close()


@pytest.mark.parametrize("language", ["vi", "en"])
def test_a_new_district_office_s_empty_states_name_what_exists(qtbot, ctx, language):
    from dnnd_desktop.gui import i18n

    assert i18n.set_language(language)
    try:
        named, missing = _named_things(qtbot, ctx)
    finally:
        i18n.set_language("en")
    pages = {page for page, _ in named}
    # the empty states that name an action: the four lists, tasks, reports, packages, backups
    assert {"activities", "twinning", "households", "partners", "tasks", "reports", "packages", "backups"} <= pages
    assert not missing, "\n".join(missing)


@pytest.mark.parametrize("language", ["vi", "en"])
def test_a_new_province_office_s_empty_states_name_what_exists(qtbot, empty_province, language):
    from dnnd_desktop.gui import i18n

    assert i18n.set_language(language)
    try:
        named, missing = _named_things(qtbot, empty_province)
    finally:
        i18n.set_language("en")
    assert {"lower_offices", "plans"} <= {page for page, _ in named}
    assert not missing, "\n".join(missing)


def test_the_check_catches_a_name_that_does_not_exist():
    assert [a or b for a, b in QUOTED.findall("Click «Gửi báo cáo lên» in “Tệp”")] == ["Gửi báo cáo lên", "Tệp"]
    assert _plain("&Receive") == "Receive"
