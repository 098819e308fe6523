"""Runs long work off the UI thread, with a progress dialog and Cancel.

Usage from a page:

    task = runner.run(
        services.import_households, path,           # fn(progress, cancel, *args, **kwargs)
        title=self.tr("Importing households"),
        on_done=self._show_result,                  # called on the UI thread with fn's return value
        writes=True,                                 # one writing task at a time (SQLite has one writer)
    )
    if task is None: ...                             # refused: another write is under way (already told the user)

Services take their own arguments first and `progress=`/`cancel=` as keywords; for those use

    runner.run_service(services.setup_installation, data_dir, request, title=..., on_done=...)

which calls `fn(*args, progress=progress, cancel=cancel, **kwargs)`.

The function gets a progress callback `(done, total, label)` and a CancelToken; it must call
`cancel.raise_if_cancelled()` between steps. What happens when it ends:
- a return value goes to `on_done`;
- `Cancelled` shows "Đã hủy" in the status bar (via the `notice` signal), no dialog;
- a `DnndError` shows its Vietnamese `.message` in a message box, unless `on_error` returns True
  (for example the setup wizard shows a ValidationError's field errors itself);
- anything else goes to the crash reporter (gui/crash_hooks.py), like an error in a slot: logged with
  its code locations (not its message, which may quote personal data) and shown in the one crash
  dialog, with details to copy.

Progress callbacks only store the latest value; a UI timer reads it ten times a second, so a service
that reports every one of 100,000 rows costs the UI nothing.
"""
from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton, QWidget

from ..domain.errors import Cancelled, DnndError
from ..domain.progress import CancelToken
from ..logging_setup import exception_label
from ..services.user_errors import as_user_error
from . import message_boxes
from .crash_hooks import reporter

log = logging.getLogger(__name__)

SHOW_DIALOG_AFTER_MS = 300  # quick tasks finish before the dialog appears, so nothing flashes
PROGRESS_POLL_MS = 100


class _Signals(QObject):
    # Lives in the UI thread; emitted from the worker, so delivery is queued onto the UI thread.
    finished = Signal(object, object)  # (result, exception or None)


class _Job(QRunnable):
    def __init__(self, fn: Callable, progress, cancel: CancelToken, args, kwargs, signals: _Signals):
        super().__init__()
        self.setAutoDelete(False)  # the Task keeps the Python object alive until it is done
        self._fn, self._progress, self._cancel = fn, progress, cancel
        self._args, self._kwargs, self._signals = args, kwargs, signals

    def run(self) -> None:
        try:
            result = self._fn(self._progress, self._cancel, *self._args, **self._kwargs)
        except BaseException as exc:  # noqa: BLE001 - everything must reach the UI thread
            # exc.__traceback__ travels with it: the UI thread logs the worker's code locations.
            self._signals.finished.emit(None, exc)
        else:
            self._signals.finished.emit(result, None)


class Task(QObject):
    """One running piece of work. `finished` fires once on the UI thread, after the callbacks ran."""

    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()

    def __init__(self, title: str, writes: bool, parent: QObject):
        super().__init__(parent)
        self.title = title
        self.writes = writes
        self.background = False   # started without a progress dialog: the user never asked for it
        self.cancel_token = CancelToken()
        self.running = True
        self.result: Any = None
        self.error: BaseException | None = None
        self._lock = threading.Lock()
        self._latest: tuple[int, int, str] | None = None
        self._job: _Job | None = None   # the runnable, kept alive while the worker runs
        self.progress_updates = 0  # how many updates reached the dialog (tests check throttling)

    def report(self, done: int, total: int, label: str = "") -> None:
        """The progress callback given to the function; safe from any thread and cheap."""
        with self._lock:
            self._latest = (done, total, label)

    def take_progress(self) -> tuple[int, int, str] | None:
        with self._lock:
            latest, self._latest = self._latest, None
        return latest

    def cancel(self) -> None:
        self.cancel_token.cancel()


class TaskRunner(QObject):
    """One per main window (and one for the setup wizard). See the module docstring."""

    notice = Signal(str)  # short, quiet messages for the status bar ("Đã hủy")

    def __init__(self, parent_widget: QWidget | None = None, max_threads: int = 4):
        super().__init__(parent_widget)
        self._parent_widget = parent_widget
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._tasks: list[Task] = []
        self.last_message: QMessageBox | None = None  # the last error box shown (tests read it)

    # -- public API --------------------------------------------------------------------------------
    @property
    def busy_writing(self) -> bool:
        return any(t.writes and t.running for t in self._tasks)

    @property
    def running_tasks(self) -> list[Task]:
        return [t for t in self._tasks if t.running]

    def run(
        self,
        fn: Callable[..., Any],
        *args: Any,
        title: str,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], bool] | None = None,
        writes: bool = True,
        cancellable: bool = True,
        show_dialog: bool = True,
        **kwargs: Any,
    ) -> Task | None:
        """Start `fn(progress, cancel, *args, **kwargs)` on a worker thread. Returns None (after
        telling the user) when `writes` and another writing task is still running."""
        if writes and self.busy_writing:
            self._message(
                QMessageBox.Icon.Information,
                self.tr("Please wait"),
                self.tr("Another job that saves data is still running. Please wait until it finishes, "
                        "then try again."),
            )
            return None
        task = Task(title, writes, self)
        task.background = not show_dialog
        self._tasks.append(task)
        signals = _Signals(task)
        job = _Job(fn, task.report, task.cancel_token, args, kwargs, signals)
        task._job = job  # keep alive while the worker runs
        dialog = self._make_dialog(task, cancellable) if show_dialog else None
        timer = QTimer(task)
        timer.setInterval(PROGRESS_POLL_MS)
        timer.timeout.connect(lambda: self._pump_progress(task, dialog))
        timer.start()
        signals.finished.connect(
            lambda result, exc: self._finish(task, dialog, timer, result, exc, on_done, on_error)
        )
        self._pool.start(job)
        return task

    def run_service(self, fn: Callable[..., Any], *args: Any, **options: Any) -> Task | None:
        """Like run(), for a service `fn(*args, progress=..., cancel=..., **kwargs)`."""
        def call(progress, cancel, *a, **kw):
            return fn(*a, progress=progress, cancel=cancel, **kw)

        return self.run(call, *args, **options)

    def cancel_all(self) -> None:
        for t in self._tasks:
            t.cancel()

    def wait_all(self, timeout_ms: int = -1) -> bool:
        """Block until the workers have stopped (used when the app closes). Callbacks are not run."""
        return self._pool.waitForDone(timeout_ms)

    # -- internals ---------------------------------------------------------------------------------
    def _make_dialog(self, task: Task, cancellable: bool) -> QProgressDialog:
        dialog = QProgressDialog(self._parent_widget)
        dialog.setWindowTitle(task.title)
        dialog.setLabelText(task.title)
        dialog.setRange(0, 0)  # busy indicator until the function reports a total
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        # Application-modal but shown with show(), not exec(): input to the windows is blocked
        # while the event loop keeps painting and delivering results.
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.setMinimumWidth(420)
        if cancellable:
            dialog.setCancelButtonText(self.tr("Cancel"))
            dialog.canceled.connect(lambda: self._on_cancel_clicked(task, dialog))
        else:
            dialog.setCancelButton(None)
        dialog.hide()  # QProgressDialog shows itself after minimumDuration; we decide instead
        dialog.setMinimumDuration(10**9)
        QTimer.singleShot(SHOW_DIALOG_AFTER_MS, task, lambda: dialog.show() if task.running else None)
        return dialog

    def _on_cancel_clicked(self, task: Task, dialog: QProgressDialog) -> None:
        task.cancel()
        # Keep the dialog up (input stays blocked) until the worker has really stopped.
        # QProgressDialog hides and resets itself on Cancel; show it again as a busy indicator.
        if task.running:
            dialog.setRange(0, 0)
            dialog.setLabelText(self.tr("Cancelling…"))
            for button in dialog.findChildren(QPushButton):
                button.setEnabled(False)
            dialog.show()

    def _pump_progress(self, task: Task, dialog: QProgressDialog | None) -> None:
        latest = task.take_progress()
        if latest is None or dialog is None:
            return
        task.progress_updates += 1
        done, total, label = latest
        if total > 0:
            # QProgressDialog takes int; scale big totals so they fit.
            scale = max(1, total // 1_000_000)
            dialog.setRange(0, total // scale)
            dialog.setValue(min(done // scale, total // scale))
        if label and not task.cancel_token.cancelled:
            dialog.setLabelText(label)

    def _finish(self, task, dialog, timer, result, exc, on_done, on_error) -> None:
        timer.stop()
        task.running = False
        task._job = None
        if dialog is not None:
            dialog.hide()
            dialog.deleteLater()
        self._tasks.remove(task)
        if exc is None:
            task.result = result
            if on_done is not None:
                self._guarded(on_done, result)
            task.succeeded.emit(result)
        elif isinstance(exc, Cancelled):
            task.error = exc
            self.notice.emit(self.tr("Cancelled"))
            task.cancelled.emit()
        else:
            task.error = exc
            handled = bool(on_error and self._guarded(on_error, exc))
            if not handled:
                self._report_error(task, exc)
            task.failed.emit(exc)
        task.finished.emit()
        task.deleteLater()

    def _guarded(self, callback: Callable, value: Any) -> Any:
        # A bug in a callback must not leave the runner in a half-finished state.
        try:
            return callback(value)
        except Exception as exc:  # noqa: BLE001
            self._report_error(None, exc)
            return None

    def _report_error(self, task: Task | None, exc: BaseException) -> None:
        title = task.title if task else self.tr("Error")
        # Database and disk errors get a message and a code; their driver text quotes personal data.
        mapped = as_user_error(exc)
        if mapped is not None and mapped is not exc:
            log.warning("task failed: %s", exception_label(exc), exc_info=exc)   # SafeFormatter: no message
            exc = mapped
        if isinstance(exc, DnndError):
            log.warning("task refused: code %s", exc.code)   # the code only: the message may name a record
            self._message(QMessageBox.Icon.Warning, title, exc.message)
            return
        dialog = reporter().report(type(exc), exc, exc.__traceback__, title, self._parent_widget)
        if dialog is not None:
            self._keep_last(dialog)

    def _message(self, icon, title: str, text: str, details: str = "") -> None:
        box = message_boxes.plain_box(icon, title, text, QMessageBox.StandardButton.Ok, self._parent_widget)
        if details:
            box.setDetailedText(details)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._keep_last(box)
        box.open()  # not exec(): no nested event loop, and tests can read and close it

    def _keep_last(self, box) -> None:
        self.last_message = box
        box.destroyed.connect(lambda *_: setattr(self, "last_message", None)
                              if self.last_message is box else None)
