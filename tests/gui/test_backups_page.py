"""Backups page: back up now, the list (kinds in words, weekly ones, sizes), restore with a
confirmation (the earlier data comes back, a new site id, the program closes), refusals of bad
files, the encrypted backup for a new laptop and its passphrase dialog, another office's backup."""
from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from dnnd_desktop.gui import message_boxes
from dnnd_desktop.services import backups
from dnnd_desktop.services.app_context import open_context
from dnnd_desktop.services.reports import ReportService


def wait_tasks(qtbot, runner):
    qtbot.waitUntil(lambda: not runner.running_tasks, timeout=30000)


@pytest.fixture
def page(qtbot, ctx, runner):
    from dnnd_desktop.gui.pages.backups_page import BackupsPage

    p = BackupsPage(ctx, runner)
    qtbot.addWidget(p)
    p.show()
    return p


@pytest.fixture
def answers(monkeypatch):
    """Message boxes answered Yes/OK; what they said is recorded."""
    said = []

    def box(kind, reply):
        def f(parent, title, text, *a, **k):
            said.append((kind, text))
            return reply
        return f

    monkeypatch.setattr(message_boxes, "question", box("question", QMessageBox.StandardButton.Yes))
    monkeypatch.setattr(message_boxes, "warning", box("warning", QMessageBox.StandardButton.Yes))
    monkeypatch.setattr(message_boxes, "information", box("information", QMessageBox.StandardButton.Ok))
    return said


def report_periods(data_dir):
    ctx = open_context(data_dir)
    try:
        return [r.period_code for r in ReportService(ctx).list_reports()], ctx.installation.site_id
    finally:
        ctx.close()


def test_back_up_now_lists_the_backup(qtbot, ctx, page, runner):
    before = page.table.rowCount()
    page.backup_button.click()
    wait_tasks(qtbot, runner)
    assert page.table.rowCount() == before + 1
    made = [b for b in backups.list_backups(ctx.data_dir) if b.kind == "manual"]
    assert len(made) == 1
    row = page.table.currentRow()
    assert page.backups[row].path == made[0].path
    assert page.table.item(row, 0).text() == "Manual"
    assert page.table.item(row, 1).text() == made[0].created.strftime("%d/%m/%Y %H:%M")
    assert page.table.item(row, 2).text().endswith(("KB", "MB"))
    assert page.table.item(row, 3).text() == made[0].name


def test_kinds_in_words_and_weekly_ones(tmp_path):
    from dnnd_desktop.gui.backups import texts

    def info(kind, day):
        return backups.BackupInfo(tmp_path / f"{kind}{day}", kind, "", dt.datetime(2026, 5, day, 8), 2048, "")

    listed = [info("daily", d) for d in range(20, 11, -1)] + [info("import", 3), info("migration", 2)]
    kinds = texts.shown_kinds(listed)
    assert kinds[:7] == ["daily"] * 7 and kinds[7:9] == ["weekly", "weekly"]
    assert [texts.kind_label(k) for k in ("weekly", "import", "migration", "restore", "manual")] == [
        "Weekly", "Before an import", "Before an upgrade", "Before a restore", "Manual"]
    assert texts.size_text(2048) == "2 KB" and texts.size_text(1_572_864) == "1,5 MB"


def test_vietnamese_kind_names(vietnamese):
    from dnnd_desktop.gui.backups import texts

    assert [texts.kind_label(k) for k in ("daily", "weekly", "import", "migration", "restore", "manual")] == [
        "Hằng ngày", "Hằng tuần", "Trước khi nhập", "Trước khi nâng cấp", "Trước khi khôi phục", "Thủ công"]


def test_restore_brings_back_the_earlier_data_and_closes_the_program(qtbot, ctx, runner, answers):
    from dnnd_desktop.gui.pages.backups_page import BackupsPage

    window = QWidget()          # stands for the main window the page lives in
    qtbot.addWidget(window)
    page = BackupsPage(ctx, runner, window)
    window.show()
    ReportService(ctx).create("2025")
    page.backup_now()
    wait_tasks(qtbot, runner)
    chosen = page.selected()
    ReportService(ctx).create("2026-H1")          # entered after the backup
    old_site = ctx.installation.site_id
    assert report_periods(ctx.data_dir)[0] == ["2026-H1", "2025"]

    page.restore_button.click()
    wait_tasks(qtbot, runner)     # the check
    wait_tasks(qtbot, runner)     # the restore
    qtbot.waitUntil(lambda: page.restored is not None, timeout=30000)
    question = next(text for kind, text in answers if kind == "question")
    assert chosen.created.strftime("%d/%m/%Y %H:%M") in question
    assert "backs up the current data" in question and "the program closes" in question
    periods, site = report_periods(ctx.data_dir)
    assert periods == ["2025"]
    assert site != old_site
    safety = [b for b in backups.list_backups(ctx.data_dir) if b.kind == "restore"]
    assert len(safety) == 1
    final = answers[-1]
    assert final[0] == "information" and safety[0].name in final[1] and "close" in final[1]
    qtbot.waitUntil(lambda: not window.isVisible())
    assert not page.backup_button.isEnabled() and not page.restore_button.isEnabled()


def test_restore_declined_changes_nothing(qtbot, ctx, page, runner, monkeypatch):
    page.backup_now()
    wait_tasks(qtbot, runner)
    ReportService(ctx).create("2026-H1")
    monkeypatch.setattr(message_boxes, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    page.restore_selected()
    wait_tasks(qtbot, runner)
    assert report_periods(ctx.data_dir)[0] == ["2026-H1"]
    assert page.restored is None
    assert not [b for b in backups.list_backups(ctx.data_dir) if b.kind == "restore"]


def test_a_file_that_is_not_a_backup_is_refused_clearly(qtbot, ctx, page, runner, tmp_path, monkeypatch, answers,
                                                       vietnamese):
    foreign = tmp_path / "khac.sqlite3"
    con = sqlite3.connect(foreign)
    con.execute("create table t (x)")
    con.commit()
    con.close()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(foreign), ""))
    ReportService(ctx).create("2026-H1")
    page.file_button.click()
    wait_tasks(qtbot, runner)
    box = runner.last_message
    assert box is not None and "không phải của phần mềm này" in box.text()
    assert "chưa bị thay đổi" in box.text()
    assert not [k for k, _ in answers if k == "question"]      # never asked: refused before
    assert report_periods(ctx.data_dir)[0] == ["2026-H1"]


def test_export_for_a_new_laptop_and_restore_it_from_the_file(qtbot, ctx, page, runner, tmp_path,
                                                            monkeypatch, answers):
    ReportService(ctx).create("2025")
    target = tmp_path / "usb" / "chuyen-may"
    target.parent.mkdir()
    defaults = []

    def save_name(parent, caption, default, filters, *a, **k):
        defaults.append(default)
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    monkeypatch.setattr(page, "ask_passphrase", lambda confirm, file_name="": "mật khẩu chuyển máy")
    page.export_button.click()
    wait_tasks(qtbot, runner)
    written = target.with_name("chuyen-may.dnndbak")
    assert Path(defaults[0]).name.startswith("sao-luu-chuyen-may-") and defaults[0].endswith(".dnndbak")
    assert page.last_export == written and backups.is_encrypted(written)
    assert answers[-1][0] == "information" and str(written) in answers[-1][1]

    ReportService(ctx).create("2026-H1")
    asked = []
    monkeypatch.setattr(page, "ask_passphrase",
                        lambda confirm, file_name="": asked.append((confirm, file_name)) or "mật khẩu chuyển máy")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(written), ""))
    page.file_button.click()
    qtbot.waitUntil(lambda: page.restored is not None, timeout=30000)
    assert asked == [(False, "chuyen-may.dnndbak")]
    assert report_periods(ctx.data_dir)[0] == ["2025"]


def test_wrong_passphrase_is_refused_and_nothing_changes(qtbot, ctx, page, runner, tmp_path, monkeypatch, answers,
                                                      vietnamese):
    written = backups.export_encrypted(ctx.data_dir, tmp_path / "b.dnndbak", "mật khẩu đúng rồi")
    ReportService(ctx).create("2026-H1")
    monkeypatch.setattr(page, "ask_passphrase", lambda confirm, file_name="": "mật khẩu sai bét")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(written), ""))
    page.file_button.click()
    wait_tasks(qtbot, runner)
    assert "Mật khẩu của bản sao lưu không đúng" in runner.last_message.text()
    assert page.restored is None and report_periods(ctx.data_dir)[0] == ["2026-H1"]


def test_backup_of_another_office_needs_a_second_confirmation(qtbot, ctx, page, runner, tmp_path,
                                                             monkeypatch, answers):
    from dnnd_desktop.paths import DataDir
    from dnnd_desktop.services.installation import setup_installation
    from tests.conftest import make_setup_request

    other = DataDir(tmp_path / "other")
    setup_installation(other, make_setup_request(office_name="Ủy ban MTTQ Việt Nam huyện Mường Khương"))
    file = backups.make_backup(other).path
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(file), ""))
    monkeypatch.setattr(message_boxes, "warning", lambda parent, title, text, *a, **k: (
        answers.append(("warning", text)), QMessageBox.StandardButton.No)[1])
    page.file_button.click()
    wait_tasks(qtbot, runner)
    warning = next(text for kind, text in answers if kind == "warning")
    assert "another office" in warning and "Mường Khương" in warning
    assert page.restored is None
    ctx2 = open_context(ctx.data_dir)
    assert ctx2.installation.office_name == "Ủy ban MTTQ Việt Nam xã Bát Xát"
    ctx2.close()


def test_passphrase_dialog_asks_twice_and_refuses_short_or_different(qtbot):
    from dnnd_desktop.gui.backups.passphrase_dialog import PassphraseDialog

    d = PassphraseDialog(confirm=True)
    qtbot.addWidget(d)
    d.show()
    d.first.setText("ngắn")
    d._accept()
    assert d.first_field.has_error() and d.result() == 0
    d.first.setText("đủ dài rồi nhé")
    d.second.setText("khác hẳn luôn")
    d._accept()
    assert d.second_field.has_error() and d.result() == 0
    d.second.setText("đủ dài rồi nhé")
    d._accept()
    assert d.result() == 1 and d.passphrase() == "đủ dài rồi nhé"
    once = PassphraseDialog(confirm=False, file_name="x.dnndbak")
    qtbot.addWidget(once)
    assert once.second_field.isHidden()


def test_open_backup_folder(page, ctx, monkeypatch):
    opened = []
    monkeypatch.setattr("dnnd_desktop.gui.pages.backups_page.QDesktopServices.openUrl",
                        lambda url: opened.append(url.toLocalFile()))
    page.folder_button.click()
    assert opened == [str(ctx.data_dir.backups)]


def test_backups_page_is_in_the_navigation_before_settings():
    from dnnd_desktop.gui.page_registry import PAGES

    keys = [p.key for p in PAGES]
    assert keys.index("backups") == keys.index("settings") - 1


def test_new_backup_passphrase_12345678_is_refused_with_a_hint(qtbot):
    """Issue 16 item 9: the encrypted backup's passphrase is checked for strength where it is chosen."""
    from dnnd_desktop.gui.backups.passphrase_dialog import PassphraseDialog

    dialog = PassphraseDialog(True, "")
    qtbot.addWidget(dialog)
    dialog.first.setText("12345678")
    dialog.second.setText("12345678")
    dialog._accept()
    from dnnd_desktop.exchange.passphrase_strength import weakness

    assert dialog.first_field.has_error() and dialog.first_field.error.text() == weakness("12345678").text()
    dialog.first.setText("mây trắng bến sông 1975")
    dialog.second.setText("mây trắng bến sông 1975")
    dialog._accept()
    assert not dialog.first_field.has_error()
