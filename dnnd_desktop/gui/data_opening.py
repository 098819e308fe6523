"""Opening the data after the main window shows (issue 17).

Importing SQLAlchemy and the mapped models, checking the schema and opening the engine cost about
half a second of CPU; the window's shell needs none of it (services/start_facts.py). So the start
shows the window from the start's facts and opens the AppContext here, on the window's task
runner (a worker thread): the window keeps painting, its navigation answers (a page chosen
meanwhile is built once the data are open) and closing it meanwhile is clean.

What is opened is kept in `opened` as soon as it exists, from the worker: whatever happens after
(the window closed, the event loop ended before `ready` was delivered), the start's `finally`
closes it (`close()`), so nothing stays half open.
"""
from __future__ import annotations

import importlib
import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from ..paths import DataDir
from ..services.user_errors import as_user_error

log = logging.getLogger(__name__)

# Imported by the worker after the context is open: the Overview's worker needs them next.
AFTER_OPENING = ("dnnd_desktop.services.records.overview",)


class DataOpening(QObject):
    """`start()` once the window has shown. `ready(ctx)` on the UI thread when the AppContext is
    open; on an error `show_error(message)` is called with the same message the start showed
    before the window existed, `failed` is set and `failed_signal` emitted (the caller closes the
    window)."""

    ready = Signal(object)
    failed_signal = Signal()

    def __init__(self, runner, data_dir: DataDir, show_error: Callable[[str], None], parent: QObject | None = None):
        super().__init__(parent)
        self.runner, self.data_dir, self._show_error = runner, data_dir, show_error
        self.opened: Any = None        # the AppContext, as soon as the worker has it
        self.failed = False
        self.task = None
        self._ended = False            # close() was called: the start is over, nothing more opens
        self._lock = threading.Lock()

    def start(self) -> None:
        if self._ended:   # the window closed before its first event-loop turn
            return
        self.task = self.runner.run(self._open, title=QCoreApplication.translate("App", "Opening the data…"),
                                    on_done=self._done, on_error=self._on_error, writes=False,
                                    cancellable=False, show_dialog=False)

    def _done(self, ctx) -> None:  # noqa: ANN001 - the AppContext
        if not self._ended:   # a result delivered after the start ended was closed already
            self.ready.emit(ctx)

    def _open(self, progress, cancel):  # noqa: ANN001, ANN202 - the runner's task signature
        from ..services.app_context import open_context, prepare_models

        ctx = open_context(self.data_dir)
        with self._lock:
            late = self._ended   # the start gave up waiting for this worker (close() ran already)
            if not late:
                self.opened = ctx
        if late:
            ctx.close()
            return None
        cancel.raise_if_cancelled()   # the window closed meanwhile: close() disposes of it
        prepare_models()              # here, not in the Overview's first query
        for name in AFTER_OPENING:
            importlib.import_module(name)
        return ctx

    def _on_error(self, exc: BaseException) -> bool:
        self.failed = True
        self.close()
        error = as_user_error(exc)
        if error is not None:
            log.warning("opening the data failed: %s", error.code)
            self._show_error(error.message)
        self.failed_signal.emit()
        return error is not None   # a program fault: the runner's crash report

    def close(self) -> None:
        """Close what was opened (at the end of the start, or after an error)."""
        with self._lock:
            ctx, self.opened = self.opened, None
            self._ended = True
        if ctx is not None:
            ctx.close()
