"""Unexpected errors anywhere in the GUI: logged with a safe traceback and shown in one CrashDialog.

The windowed build has no console, so without `sys.excepthook` an exception in a slot is printed
to nowhere and the person sees nothing. `install()` sets `sys.excepthook` (slots, event handlers),
`threading.excepthook` (plain Python threads) and Qt's message handler (qWarning and worse go to the
log). The hook returns, so the event loop and the app go on. Errors arriving while the dialog is
open are added to it instead of stacking a new dialog each time.
"""
from __future__ import annotations

import logging
import sys
import threading
from types import TracebackType

from PySide6.QtCore import QObject, QThread, QtMsgType, Signal, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from ..logging_setup import exception_label, safe_traceback
from .crash_dialog import CrashDialog, details_text

log = logging.getLogger(__name__)
qt_log = logging.getLogger("dnnd_desktop.qt")

_QT_LEVELS = {QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
              QtMsgType.QtFatalMsg: logging.CRITICAL}


def _qt_message(mode, context, message: str) -> None:
    level = _QT_LEVELS.get(mode)
    if level is not None:   # debug and info chatter stays out of the log
        qt_log.log(level, "%s", message)


class CrashReporter(QObject):
    """One per application (`reporter()`); the task runner shows its unexpected errors here too."""

    _from_other_thread = Signal(str, str)   # (details, title): queued onto the UI thread

    def __init__(self) -> None:
        super().__init__()
        self.dialog: CrashDialog | None = None
        self.shown = 0            # dialogs opened (tests check that errors do not stack)
        self._busy = False
        self._previous: tuple | None = None
        self._from_other_thread.connect(self._show_queued)

    # -- hooks -------------------------------------------------------------------------------------
    def install(self) -> None:
        if self._previous is not None:
            return
        self._previous = (sys.excepthook, threading.excepthook, qInstallMessageHandler(_qt_message))
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook

    def uninstall(self) -> None:
        if self._previous is None:
            return
        sys.excepthook, threading.excepthook, qt_handler = self._previous
        qInstallMessageHandler(qt_handler)
        self._previous = None

    def excepthook(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        self.report(exc_type, exc, tb)

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        self.report(args.exc_type, args.exc_value, args.exc_traceback)

    # -- reporting ---------------------------------------------------------------------------------
    def report(self, exc_type, exc, tb, title: str = "", parent: QWidget | None = None) -> CrashDialog | None:
        """Log the error (type and code locations, not its message) and show it. Safe from any thread."""
        trace = safe_traceback(exc_type, exc, tb)
        try:
            log.error("unexpected error: %s\n%s", exception_label(exc) if exc is not None else exc_type, trace)
        except Exception:  # noqa: BLE001 - a broken log must not hide the error from the person
            pass
        details = details_text(trace)
        if QThread.currentThread() is not self.thread():
            self._from_other_thread.emit(details, title)
            return None
        return self.show(details, title, parent)

    def _show_queued(self, details: str, title: str) -> None:
        self.show(details, title)

    def show(self, details: str, title: str = "", parent: QWidget | None = None) -> CrashDialog | None:
        if self._busy:   # an error while building the dialog: it is logged, showing it would loop
            return None
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.add_error(details)
            return self.dialog
        self._busy = True
        try:
            parent = parent or _main_window()
            dialog = CrashDialog(details, title, parent)
            self.dialog = dialog
            dialog.finished.connect(lambda _r, d=dialog: self._closed(d))
            dialog.open()   # not exec(): no nested event loop; the app keeps running
            self.shown += 1
            return dialog
        finally:
            self._busy = False

    def _closed(self, dialog: CrashDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()


def _main_window() -> QWidget | None:
    # Not the active window: that may be a progress dialog about to be deleted, taking ours along.
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMainWindow) and widget.isVisible():
            return widget
    return None


_reporter: CrashReporter | None = None


def reporter() -> CrashReporter:
    """The application's reporter, created on first use (in the UI thread)."""
    global _reporter
    if _reporter is None:
        _reporter = CrashReporter()
    return _reporter
