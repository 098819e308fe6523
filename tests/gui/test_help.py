"""Issue 19: F1 opens the bundled Vietnamese user guide (offline HTML) at the page for what is on
screen; Tệp → «Mở thư mục dữ liệu» opens the data folder."""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices

from dnnd_desktop.gui.help import GUIDE_FOR_PAGE, guide_dir, guide_page
from dnnd_desktop.gui.page_registry import ALL_PAGES

TASKS = ("ngay-dau-tien", "ho-so", "excel", "bao-cao", "goi-du-lieu", "usb", "cap-tinh", "sao-luu", "bao-mat")


@pytest.fixture
def opened(monkeypatch):
    urls = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url.toLocalFile()) or True)
    return urls


def test_the_guide_has_a_vietnamese_page_per_task_and_its_links_and_images_exist():
    for name in ("index", *TASKS):
        html = (guide_dir() / f"{name}.html").read_text(encoding="utf-8")
        assert '<html lang="vi">' in html
        for target in re.findall(r'(?:href|src)="([^"#:]+)"', html):
            assert (guide_dir() / target).exists(), (name, target)
    index = (guide_dir() / "index.html").read_text(encoding="utf-8")
    assert all(f'href="{t}.html"' in index for t in TASKS)
    assert {spec.key for spec in ALL_PAGES} <= set(GUIDE_FOR_PAGE)   # every page has its guide page


def test_f1_opens_the_guide_at_the_page_shown(qtbot, main_window, opened):
    main_window.activateWindow()
    for key, expected in (("households", "ho-so.html"), ("reports", "bao-cao.html"),
                          ("packages", "goi-du-lieu.html")):
        main_window.show_page(key)
        main_window.nav.setFocus()
        qtbot.keyClick(main_window.nav, Qt.Key.Key_F1)
        assert opened[-1] == str(guide_page(key)) and opened[-1].endswith(expected)
    assert len(opened) == 3


def test_file_menu_opens_the_data_folder(main_window, ctx, opened):
    assert main_window.data_folder_action in main_window.file_menu.actions()
    main_window.data_folder_action.trigger()
    assert opened == [str(ctx.data_dir.root)]


def test_recent_files_are_listed_and_reopened(main_window, ctx, tmp_path, opened, monkeypatch):
    package, sheet = tmp_path / "goi & tinh.dnnd", tmp_path / "danh-sach.xlsx"
    for f in (package, sheet):
        f.write_bytes(b"x")
    main_window.ui_settings.add_recent_file(str(sheet))
    main_window.ui_settings.add_recent_file(str(package))
    main_window.ui_settings.add_recent_file(str(tmp_path / "gone.xlsx"))     # not there: not listed
    main_window._fill_recent()
    actions = main_window.recent_menu.actions()
    assert [a.text() for a in actions] == [str(package).replace("&", "&&"), str(sheet)]
    packages = []
    monkeypatch.setattr(main_window, "open_file", lambda path: packages.append(path))
    actions[0].trigger()
    actions[1].trigger()
    assert packages == [str(package)] and opened == [str(sheet)]
