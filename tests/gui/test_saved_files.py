"""Issue 19: exported file names say which office and day; the save dialog starts in the folder
used last; after saving, a box offers «Mở tệp» and «Mở thư mục»."""
from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog


def test_export_name_carries_the_office_and_the_day(ctx):
    from dnnd_desktop.gui.dialogs.excel_actions import _suggested

    name = _suggested("household", ".xlsx", ctx=ctx)
    assert name == f"danh-sach-ho-than-nhan-kieu-bao-bat-xat-{dt.date.today():%Y%m%d}.xlsx", name
    assert _suggested("household", ".xlsx").startswith("danh-sach-ho-than-nhan-kieu-bao-2")   # no office known


def test_the_save_dialog_starts_in_the_folder_used_last(qtbot, ctx, tmp_path, monkeypatch):
    from dnnd_desktop.gui.dialogs.excel_actions import _ask_path

    folder = tmp_path / "Báo cáo"
    folder.mkdir()
    offered = []

    def save(parent, title, start, filters):
        offered.append(start)
        return str(folder / "a.xlsx"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)
    assert _ask_path(None, "t", "x.xlsx", "Excel (*.xlsx)", ctx) == str(folder / "a.xlsx")
    _ask_path(None, "t", "y.xlsx", "Excel (*.xlsx)", ctx)
    assert offered == ["x.xlsx", str(folder / "y.xlsx")]


def test_saved_box_opens_the_file_or_its_folder(qtbot, tmp_path, monkeypatch):
    from dnnd_desktop.gui.widgets.saved_file_box import show_saved_file

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    path = tmp_path / "danh-sach.xlsx"
    path.write_bytes(b"x")
    box = show_saved_file(None, path, "Đã xuất 3 dòng")
    box.findChild(type(box.button(box.StandardButton.Close)), "openSavedFile").click()
    box = show_saved_file(None, path, "Đã xuất 3 dòng")
    box.findChild(type(box.button(box.StandardButton.Close)), "openSavedFolder").click()
    assert opened == [str(path), str(tmp_path)]
