"""The main window is usable as soon as it shows (issue 17): the Overview reads its figures on a
worker after the window is up, once, showing its empty tiles meanwhile; navigation builds other
pages on their first visit and responds while the Overview is still reading."""
from __future__ import annotations

import threading

from PySide6.QtCore import Qt


def test_the_window_works_while_the_overview_loads_and_it_loads_once(qtbot, ctx, monkeypatch):
    from dnnd_desktop.gui.main_window import MainWindow
    from dnnd_desktop.gui.pages import overview_page

    gate, calls = threading.Event(), []
    real = overview_page.load_overview

    mine = ctx

    def held(progress, cancel, ctx, today):   # the worker's read, held until the test has looked
        if ctx is not mine:   # windows left by earlier tests of the session refresh their own Overview
            return real(progress, cancel, ctx, today)
        calls.append(threading.current_thread() is threading.main_thread())
        gate.wait(30)
        return real(progress, cancel, ctx, today)

    monkeypatch.setattr(overview_page, "load_overview", held)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    try:
        overview = window.page("overview")
        qtbot.waitUntil(lambda: calls == [False], timeout=10000)     # one read, on a worker thread
        assert overview.loads == 0 and overview.tiles["households"].text() == "–"   # its loading state
        assert window.created_pages() == ["overview"]
        # The navigation answers meanwhile: a click builds the page on its first visit and shows it.
        row = next(i for i, spec in enumerate(window.pages) if spec.key == "households")
        rect = window.nav.visualItemRect(window.nav.item(row))
        qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert window.current_page_key == "households" and "households" in window.created_pages()
        assert window.menuBar().actions() and all(a.isEnabled() for a in window.page_actions)
        window.show_page("overview")
    finally:
        gate.set()
    qtbot.waitUntil(lambda: overview.loads == 1, timeout=20000)
    assert calls == [False] and overview.tiles["households"].text() != "–"   # filled, by one read
    window.runner.cancel_all()
    window.runner.wait_all(10000)


def test_the_window_shows_from_the_start_facts_and_a_page_chosen_meanwhile_shows_once_the_data_open(qtbot, ctx):
    """Issue 17: the window is built from the start's facts (no AppContext yet): the same title,
    navigation and status bar as with the context, every page area saying the data are opening,
    the menus that need data disabled. A page chosen meanwhile is built when the context arrives,
    the Overview only when it is visited, and it reads its figures once."""
    from PySide6.QtWidgets import QLabel

    from dnnd_desktop.gui.main_window import MainWindow
    from dnnd_desktop.services.start_facts import read_start_facts

    facts = read_start_facts(ctx.data_dir)
    assert facts is not None
    full = MainWindow(ctx)
    qtbot.addWidget(full)
    window = MainWindow(facts)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.opening and window.created_pages() == []
    assert (window.windowTitle(), window.office_label.text(), window.user_label.text()) == \
        (full.windowTitle(), full.office_label.text(), full.user_label.text())
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == \
        [full.nav.item(i).text() for i in range(full.nav.count())]
    waiting = window.stack.currentWidget()
    assert isinstance(waiting, QLabel) and waiting.text() == "Opening the data…" and waiting.isVisible()
    data_actions = (window.privacy_menu.menuAction(), window.database_action, window.check_signatures_action)
    assert not any(a.isEnabled() for a in data_actions)
    assert window.quit_action.isEnabled() and all(a.isEnabled() for a in window.page_actions)

    row = next(i for i, spec in enumerate(window.pages) if spec.key == "households")
    rect = window.nav.visualItemRect(window.nav.item(row))
    qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_page_key == "households" and window.created_pages() == []   # chosen, waits
    assert isinstance(window.stack.currentWidget(), QLabel)

    window.context_ready(ctx)
    assert not window.opening and window.created_pages() == ["households"]
    assert window.stack.currentWidget() is window.page("households") and window.page("households").isVisible()
    assert all(a.isEnabled() for a in data_actions) and window.privacy_menu.ctx is ctx
    overview = window.show_page("overview")
    qtbot.waitUntil(lambda: overview.loads == 1, timeout=20000)
    assert overview.tiles["households"].text() != "–"
    for w in (window, full):
        w.runner.cancel_all()
        w.runner.wait_all(10000)


def scripted_start(tmp_path, monkeypatch, **env: str) -> dict:
    """The real start (`python -m dnnd_desktop`) on an encrypted folder with DNND_PASSPHRASE (the
    unlock begun in cli.run_gui ahead of the imports); returns its start-up report."""
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    from dnnd_desktop.paths import DataDir
    from dnnd_desktop.services.installation import setup_installation
    from dnnd_desktop.services.privacy import db_key
    from dnnd_desktop.storage import sqlite_cipher
    from tests.conftest import make_setup_request

    monkeypatch.setattr(db_key, "ENABLED", True)
    data = DataDir(tmp_path / "data")
    setup_installation(data, make_setup_request(passphrase="mat-khau-kich-ban"))
    sqlite_cipher.forget_all()
    assert sqlite_cipher.is_encrypted_file(data.database)
    report = tmp_path / "shown.json"
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DNND_PASSPHRASE": "mat-khau-kich-ban",
           "DNND_STARTUP_REPORT": str(report), "PYTHONPATH": str(root), **env}
    done = subprocess.run([sys.executable, "-m", "dnnd_desktop", "--data-dir", str(data.root)], cwd=root, env=env,
                          capture_output=True, timeout=120)
    assert done.returncode == 0, done.stderr.decode(errors="replace")[-2000:]
    return json.loads(report.read_text())


def test_a_scripted_start_on_encrypted_data_unlocks_on_its_thread_and_shows_the_window(tmp_path, monkeypatch):
    """The unlock begun ahead of the imports opens the data and the window shows."""
    shown = scripted_start(tmp_path, monkeypatch, DNND_QUIT_AFTER_SHOWN="1")
    assert shown["modules"] > 0 and 0 < shown["main_cpu"] <= shown["cpu"]


def test_the_opening_closes_what_it_opens_after_the_start_gave_up_and_never_hands_it_on(qtbot, runner, monkeypatch):
    """DataOpening: started after close() it does nothing; a context the worker opens after the start
    stopped waiting is closed by the worker itself and never reaches the window."""
    from dnnd_desktop.gui.data_opening import DataOpening
    from dnnd_desktop.paths import DataDir
    from dnnd_desktop.services import app_context

    class FakeContext:
        closed = 0

        def close(self):
            self.closed += 1

    fake, gate, started = FakeContext(), threading.Event(), threading.Event()

    def held_open(data_dir):
        started.set()
        gate.wait(30)
        return fake

    monkeypatch.setattr(app_context, "open_context", held_open)
    errors, delivered = [], []
    given_up = DataOpening(runner, DataDir("unused"), errors.append)
    given_up.close()
    given_up.start()
    assert given_up.task is None and not started.is_set()

    opening = DataOpening(runner, DataDir("unused"), errors.append)
    opening.ready.connect(delivered.append)
    opening.start()
    qtbot.waitUntil(started.is_set, timeout=10000)
    opening.close()          # the start stopped waiting (its window closed, the wait timed out)
    gate.set()
    qtbot.waitUntil(lambda: not runner.running_tasks, timeout=20000)
    assert fake.closed == 1 and opening.opened is None and delivered == [] and errors == []
