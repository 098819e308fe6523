"""Unexpected errors in the GUI: an exception in a slot, a thread or a task is logged with its code
locations (never its message) and shown in one crash dialog; the app goes on; the copied details
carry the traceback, version and log file, and no personal value from the message."""
from __future__ import annotations

import logging
import threading

import pytest
from PySide6.QtCore import QTimer, qWarning
from PySide6.QtGui import QGuiApplication

from dnnd_desktop.gui import crash_dialog
from dnnd_desktop.gui.crash_hooks import reporter
from dnnd_desktop.logging_setup import configure_logging

PLANTED_NAME = "Hoàng Thị Bí Mật"
PLANTED_ID = "001234567890"

pytestmark = pytest.mark.qt_no_exception_capture


@pytest.fixture
def hooks(qapp, tmp_path):
    configure_logging(tmp_path / "data")
    r = reporter()
    r.install()
    yield r
    r.uninstall()
    if r.dialog is not None:
        r.dialog.close()


def _raise_with_personal_data() -> None:
    value = f"{PLANTED_NAME} {PLANTED_ID}"
    raise ValueError(f"cannot save {value}")


def test_an_error_in_a_slot_shows_the_dialog_and_the_app_goes_on(qtbot, hooks):
    before = hooks.shown
    QTimer.singleShot(0, _raise_with_personal_data)
    qtbot.waitUntil(lambda: hooks.dialog is not None and hooks.dialog.isVisible(), timeout=5000)
    dialog = hooks.dialog
    assert hooks.shown == before + 1
    assert "ValueError" in dialog.detailedText() and "_raise_with_personal_data" in dialog.detailedText()
    # The event loop is alive: later events still run.
    later = []
    QTimer.singleShot(0, lambda: later.append(True))
    qtbot.waitUntil(lambda: later == [True], timeout=5000)
    # A second error while the dialog is open joins it instead of stacking a new dialog.
    QTimer.singleShot(0, _raise_with_personal_data)
    qtbot.waitUntil(lambda: dialog.more_label.isVisible(), timeout=5000)
    assert hooks.dialog is dialog and hooks.shown == before + 1
    assert dialog.detailedText().count("Traceback") == 2
    dialog.close()
    qtbot.waitUntil(lambda: hooks.dialog is None, timeout=5000)


def test_copied_details_have_the_traceback_but_not_the_personal_value(qtbot, hooks, tmp_path):
    QTimer.singleShot(0, _raise_with_personal_data)
    qtbot.waitUntil(lambda: hooks.dialog is not None and hooks.dialog.isVisible(), timeout=5000)
    hooks.dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert "Traceback (most recent call last)" in copied
    assert "_raise_with_personal_data" in copied and "ValueError" in copied
    assert "dnnd_desktop 0." in copied and str(tmp_path / "data" / "logs" / "dnnd.log") in copied
    assert PLANTED_NAME not in copied and PLANTED_ID not in copied
    log_text = (tmp_path / "data" / "logs" / "dnnd.log").read_text(encoding="utf-8")
    assert "ValueError" in log_text and "_raise_with_personal_data" in log_text
    assert PLANTED_NAME not in log_text and PLANTED_ID not in log_text


def test_the_dialog_says_where_the_log_is_and_opens_its_folder(qtbot, hooks, tmp_path, monkeypatch):
    opened = []
    monkeypatch.setattr(crash_dialog, "open_folder", opened.append)
    QTimer.singleShot(0, _raise_with_personal_data)
    qtbot.waitUntil(lambda: hooks.dialog is not None and hooks.dialog.isVisible(), timeout=5000)
    assert str(tmp_path / "data" / "logs" / "dnnd.log") in hooks.dialog.log_label.text()
    hooks.dialog.folder_button.click()
    assert opened == [tmp_path / "data" / "logs"]


def test_the_dialog_is_in_vietnamese(qtbot, hooks, vietnamese):
    QTimer.singleShot(0, _raise_with_personal_data)
    qtbot.waitUntil(lambda: hooks.dialog is not None and hooks.dialog.isVisible(), timeout=5000)
    assert hooks.dialog.copy_button.text() == "Sao chép chi tiết"
    assert "tiếp tục" in hooks.dialog.text()


def test_an_error_in_a_python_thread_reaches_the_dialog_on_the_ui_thread(qtbot, hooks):
    worker = threading.Thread(target=_raise_with_personal_data)
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: hooks.dialog is not None and hooks.dialog.isVisible(), timeout=5000)
    assert "ValueError" in hooks.dialog.detailedText()


def test_qt_warnings_go_to_the_log(qtbot, hooks, caplog):
    with caplog.at_level(logging.WARNING, logger="dnnd_desktop.qt"):
        qWarning("a warning from Qt")
    assert any(r.name == "dnnd_desktop.qt" and "a warning from Qt" in r.getMessage() for r in caplog.records)


def test_an_unexpected_error_in_a_task_goes_to_the_same_dialog(qtbot, runner, hooks):
    def work(progress, cancel):
        _raise_with_personal_data()

    task = runner.run(work, title="t")
    with qtbot.waitSignal(task.failed, timeout=5000):
        pass
    assert runner.last_message is hooks.dialog and hooks.dialog.isVisible()
    details = hooks.dialog.detailedText()
    assert "work" in details and "_raise_with_personal_data" in details
    assert PLANTED_NAME not in details and PLANTED_ID not in details
