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

    def held(progress, cancel, ctx, today):   # the worker's read, held until the test has looked
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
