"""Start-up: wizard when not set up, clear refusal of unusable data, login when needed, main window,
and one instance per data folder (a second start hands over and exits 0)."""
from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from dnnd_desktop.domain.errors import DnndError
from dnnd_desktop.gui import app as gui_app
from dnnd_desktop.gui.single_instance import SingleInstance
from dnnd_desktop.paths import DataDir

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def errors(monkeypatch):
    shown = []
    monkeypatch.setattr(gui_app, "_error", lambda title, text: shown.append(text))
    return shown


@pytest.fixture
def windows(monkeypatch, qtbot):
    seen = []

    def no_loop(app):
        from PySide6.QtWidgets import QApplication

        from dnnd_desktop.gui.main_window import MainWindow

        seen.extend(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        for w in seen:
            # The data open on a worker after the window shows (issue 17), then the daily backup
            # starts; let both finish like a user would.
            qtbot.waitUntil(lambda w=w: not w.opening or not w.isVisible(), timeout=30000)
            qtbot.waitUntil(lambda w=w: not w.runner.running_tasks, timeout=20000)
            w.close()
        return 0

    monkeypatch.setattr(gui_app, "_event_loop", no_loop)
    return seen


def test_set_up_folder_opens_the_main_window(qtbot, data_dir, windows, errors):
    assert gui_app.run(data_dir) == 0
    assert len(windows) == 1 and not errors
    assert windows[0].ctx.current_user.name == "Trần Thị Bình"
    # the lock was released: the folder can be opened again
    again = SingleInstance(data_dir)
    assert again.acquire()
    again.release()


def test_a_daily_backup_is_made_when_the_app_is_used(qtbot, data_dir, windows, errors):
    from dnnd_desktop.services.backups import list_backups

    assert not [b for b in list_backups(data_dir) if b.kind == "daily"]
    assert gui_app.run(data_dir) == 0
    assert [b.kind for b in list_backups(data_dir)].count("daily") == 1
    assert gui_app.run(data_dir) == 0   # the same day: no second copy
    assert [b.kind for b in list_backups(data_dir)].count("daily") == 1


def test_not_set_up_shows_the_wizard_and_cancel_exits_quietly(qtbot, tmp_path, monkeypatch, windows):
    from dnnd_desktop.gui import setup_wizard

    shown = []
    monkeypatch.setattr(setup_wizard.SetupWizard, "exec",
                        lambda self: shown.append(self) or QDialog.DialogCode.Rejected)
    assert gui_app.run(DataDir(tmp_path / "new")) == 0
    assert len(shown) == 1 and windows == []


def test_database_newer_than_the_app_is_refused_with_a_message(qtbot, data_dir, errors, windows):
    """A schema this version does not know: the start's facts are not used (the data open first,
    as before issue 17) and the message comes before any window."""
    from dnnd_desktop.storage import sqlite_cipher

    with sqlite_cipher.connect(data_dir.database) as con:   # a test store: plain or keyed as registered
        con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.close()
    assert gui_app.run(data_dir) == 1
    assert len(errors) == 1 and windows == []
    con = sqlite_cipher.connect(data_dir.database)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone() == ("9999",)   # left untouched
    con.close()


def test_login_is_asked_when_there_are_two_users(qtbot, data_dir, ctx, monkeypatch, windows):
    from dnnd_desktop.gui import login_dialog
    from dnnd_desktop.services.users import UserService

    second = UserService(ctx).add_user("Lò Văn Sáng", ("officer",), None)

    def choose(self):
        self.list.setCurrentRow(1)
        self.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(login_dialog.LoginDialog, "exec", choose)
    assert gui_app.run(data_dir) == 0
    assert windows[0].ctx.current_user.id == second.id
    assert "Lò Văn Sáng" in windows[0].user_label.text()


def test_second_start_on_the_same_folder_hands_over_and_exits_0(qtbot, data_dir):
    first = SingleInstance(data_dir)
    assert first.acquire()
    code = textwrap.dedent(f"""
        import sys
        from dnnd_desktop.gui.app import run
        from dnnd_desktop.paths import DataDir
        sys.exit(run(DataDir({str(data_dir.root)!r}), "gói.dnnd"))
    """)
    try:
        with qtbot.waitSignal(first.message_received, timeout=30000) as blocker:
            proc = subprocess.Popen([sys.executable, "-c", code], cwd=str(ROOT), stderr=subprocess.PIPE,
                                    env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
        qtbot.waitUntil(lambda: proc.poll() is not None, timeout=30000)
        assert blocker.args == [["gói.dnnd"]]
        assert proc.returncode == 0
        assert proc.stderr.read().decode()  # says why it did not open a window
    finally:
        first.release()


def test_the_app_writes_its_log_and_hooks_errors_only_while_it_runs(qtbot, data_dir, monkeypatch, errors):
    import threading

    from dnnd_desktop.gui.crash_hooks import reporter

    hooks_seen = []

    def loop(app):
        from PySide6.QtWidgets import QApplication

        from dnnd_desktop.gui.main_window import MainWindow

        hooks_seen.append((sys.excepthook == reporter().excepthook,
                           threading.excepthook == reporter().thread_excepthook))
        for w in QApplication.topLevelWidgets():
            if isinstance(w, MainWindow) and w.isVisible():
                qtbot.waitUntil(lambda w=w: not w.opening, timeout=30000)   # the data open after it shows
                w.close()
        return 0

    monkeypatch.setattr(gui_app, "_event_loop", loop)
    before = sys.excepthook
    assert gui_app.run(data_dir) == 0
    assert hooks_seen == [(True, True)] and sys.excepthook is before
    text = (data_dir.root / "logs" / "dnnd.log").read_text(encoding="utf-8")
    assert "desktop app 0." in text and "database opened" in text and "desktop app closed" in text


def test_the_daily_backup_is_also_the_calm_moment_for_search_merges(qtbot, data_dir, windows, errors):
    """Imports leave FTS5 merges undone (issue 15); the start-of-day task merges them."""
    from dnnd_desktop.services.app_context import open_context
    from dnnd_desktop.services.records import RecordService
    from dnnd_desktop.storage import sqlite

    ctx = open_context(data_dir)
    try:
        with ctx.session() as s:
            sqlite.defer_search_merges(s)
        for i in range(12):   # twelve small writes, as twelve imports would leave twelve segments
            RecordService(ctx).create("household", {"head_name": f"Lò Văn Páo {i}"})
        with ctx.session() as s:
            assert sqlite.search_segment_counts(s)["households_words"] >= 12
    finally:
        ctx.close()
    assert gui_app.run(data_dir) == 0 and not errors
    ctx = open_context(data_dir)
    try:
        with ctx.session() as s:
            assert max(sqlite.search_segment_counts(s).values()) <= sqlite.SEGMENT_BOUND
    finally:
        ctx.close()


def test_an_error_while_the_data_open_behind_the_window_is_shown_and_nothing_stays_open(
        qtbot, data_dir, monkeypatch, errors, windows):
    """Issue 17: the window shows before the data open; a refusal met while they open (here after
    the engine was made) shows the same message as before, closes the window, ends with 1 and
    closes what was opened."""
    from dnnd_desktop.services import app_context

    closed = []
    real_close = app_context.AppContext.close
    monkeypatch.setattr(app_context.AppContext, "close", lambda self: closed.append(self) or real_close(self))

    def refused():
        raise DnndError("Dữ liệu được tạo bởi phiên bản mới hơn.", code="db_too_new")

    monkeypatch.setattr(app_context, "prepare_models", refused)
    assert gui_app.run(data_dir) == 1
    assert errors == ["Dữ liệu được tạo bởi phiên bản mới hơn."]
    assert len(windows) == 1 and windows[0].opening and not windows[0].isVisible()   # shown first, never given data
    assert len(closed) == 1   # the context opened before the refusal was closed, once


def test_closing_the_window_while_the_data_open_is_clean(qtbot, data_dir, monkeypatch, errors):
    """Closed at once (before the opening's worker has even started, or while it runs): the run
    ends with 0, no message, what the worker opened is closed and the folder can be opened again."""
    import threading

    from PySide6.QtWidgets import QApplication

    from dnnd_desktop.gui.main_window import MainWindow
    from dnnd_desktop.services import app_context

    closed, started, gate = [], threading.Event(), threading.Event()
    real_close, real_open = app_context.AppContext.close, app_context.open_context
    monkeypatch.setattr(app_context.AppContext, "close", lambda self: closed.append(self) or real_close(self))

    def slow_open(data):   # the worker is held inside the opening while the window closes
        started.set()
        gate.wait(30)
        return real_open(data)

    monkeypatch.setattr(app_context, "open_context", slow_open)

    def close_while_opening(app):
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        qtbot.waitUntil(started.is_set, timeout=30000)
        assert window.opening
        gate.set()        # the worker goes on; the close waits for it to end
        window.close()
        assert not window.isVisible()
        return 0

    monkeypatch.setattr(gui_app, "_event_loop", close_while_opening)
    assert gui_app.run(data_dir) == 0
    assert errors == [] and len(closed) == 1
    again = SingleInstance(data_dir)
    assert again.acquire()
    again.release()
