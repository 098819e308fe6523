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


def test_every_export_gets_the_office_and_period_name_and_the_remembered_folder(qtbot, ctx, tmp_path, monkeypatch):
    """Issue 19: report, consolidated-report, submissions and package exports are named like list
    exports (office's short name + period) and start in the folder used last for their kind."""
    from dnnd_desktop.gui import export_files
    from dnnd_desktop.gui.packages.texts import default_file_name

    assert export_files.office_short_name(ctx) == "bat-xat"
    assert export_files.file_name(ctx, "BC-6T-2026-H1", suffix=".pdf") == "BC-6T-2026-H1-bat-xat.pdf"
    assert export_files.file_name(ctx, "nop-bao-cao", "", suffix=".xlsx") == "nop-bao-cao-bat-xat.xlsx"
    assert default_file_name("report", dt.date(2026, 5, 15), "bat-xat", "2026-H1") == "goi-bao-cao-bat-xat-2026-H1.dnnd"
    assert default_file_name("sync", dt.date(2026, 5, 15), "bat-xat") == "goi-dong-bo-bat-xat-20260515.dnnd"
    offered = []
    folder = tmp_path / "Gói gửi tỉnh"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda parent, title, start, filters: offered.append(start) or (str(folder / "goi"), filters))
    got = export_files.ask_save_path(None, ctx, "t", "goi-bao-cao-bat-xat-2026-H1.dnnd", "(*.dnnd)",
                                     export_files.PACKAGES)
    assert got == folder / "goi.dnnd"   # the extension is added to a name typed without one
    export_files.ask_save_path(None, ctx, "t", "b.dnnd", "(*.dnnd)", export_files.PACKAGES)
    export_files.ask_save_path(None, ctx, "t", "c.pdf", "(*.pdf)")
    # packages remember their own folder; documents did not move there
    assert offered[1] == str(folder / "b.dnnd") and offered[2] != str(folder / "c.pdf")
