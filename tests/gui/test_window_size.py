"""Issue 19: the main window works at 1024×600 and does not grow by itself as pages are visited
(its minimum width was 1260–1310 px after a tour of the pages)."""
from __future__ import annotations

from PySide6.QtCore import QSize

from dnnd_desktop.gui.page_registry import PAGES


def test_the_window_fits_1024_by_600_after_visiting_every_page(qtbot, main_window):
    start = main_window.minimumSizeHint()
    for spec in PAGES:
        main_window.show_page(spec.key)
        assert main_window.current_page_key == spec.key
        main_window.resize(1024, 600)
        assert main_window.width() <= 1024 and main_window.height() <= 600, spec.key
        assert main_window.minimumSizeHint().width() <= 1024, spec.key
    main_window.show_page("overview")
    assert main_window.minimumSizeHint().width() <= max(start.width(), 1024)   # nothing grew by itself
    main_window.resize(1024, 600)
    assert main_window.size() == QSize(1024, 600)


def test_first_start_takes_most_of_a_1366_screen():
    from dnnd_desktop.gui.main_window import first_size

    class Screen:
        def __init__(self, w, h):
            self.w, self.h = w, h

        def availableGeometry(self):  # noqa: N802 - Qt's name
            from PySide6.QtCore import QRect
            return QRect(0, 0, self.w, self.h)

    assert first_size(Screen(1366, 728)) == QSize(1366, 728)
    assert first_size(Screen(1920, 1040)) == QSize(1366, 860)
    assert first_size(None) == QSize(1200, 720)


def _widest(page, room: int) -> list[str]:
    """The widgets whose minimum width alone passes `room` (to say what to fix)."""
    from PySide6.QtWidgets import QWidget

    return [f"{type(w).__name__}:{w.objectName()}={w.minimumSizeHint().width()}"
            for w in page.findChildren(QWidget) if w.isVisibleTo(page) and w.minimumSizeHint().width() > room][-5:]


def test_no_page_scrolls_sideways_at_1024_by_600_in_vietnamese(qtbot, main_window, vietnamese):
    """Issue 19, seen under a window manager: the tasks page (a 30-character plan combo) and the backups
    page (a row of five buttons) were wider than the 750 px left beside the sidebar."""
    main_window.resize(1024, 600)
    wide = []
    for spec in main_window.pages:
        page = main_window.show_page(spec.key)
        qtbot.waitUntil(lambda page=page: page.isVisible())
        # room beside the sidebar when the page also scrolls down (a vertical scroll bar takes its width)
        room = main_window.page_scroll.width() - main_window.page_scroll.verticalScrollBar().sizeHint().width()
        if main_window.page_scroll.horizontalScrollBar().maximum() > 0 or page.minimumSizeHint().width() > room:
            wide.append(f"{spec.key}: {page.minimumSizeHint().width()} px > {room} px; widest: {_widest(page, room)}")
    assert not wide, wide
