"""Search as you type without a fixed delay: each keystroke's query (count and first block) runs
on a worker thread, one at a time, and only the newest result reaches the table.

A fixed 180 ms debounce was most of a keystroke's cost (the query itself takes 5-15 ms at 100k
households). Now the query starts at once; keystrokes that arrive while it runs are coalesced into
the one query that starts when it ends, and a result whose text is no longer the newest is
dropped. An explicit run on the UI thread (Enter, Esc, a filter, a refresh) makes any result
still in flight stale too.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from .table_model import PagedTableModel


class _Signals(QObject):
    # Lives in the UI thread; emitted from the worker, so delivery is queued onto the UI thread.
    finished = Signal(int, object, object, object)   # generation, query, (count, first block), error


class _Query(QRunnable):
    def __init__(self, generation: int, query: Any, model: PagedTableModel, signals: _Signals):
        super().__init__()
        self.generation, self.query, self.model, self.signals = generation, query, model, signals

    def run(self) -> None:
        try:
            loaded = self.model.load(self.query)
        except BaseException as exc:  # noqa: BLE001 - the UI thread decides what to show
            self.signals.finished.emit(self.generation, self.query, None, exc)
        else:
            self.signals.finished.emit(self.generation, self.query, loaded, None)


class LiveSearch(QObject):
    """Runs `model`'s queries for typed text off the UI thread. `current()` is the query the page
    would ask for now (a result for anything else is stale: a header was clicked meanwhile);
    `on_error(query)` runs a query that failed in the worker again on the UI thread, where the
    page shows its message."""

    shown = Signal()   # a typed query's rows are in the model (tests and the benchmark wait on it)

    def __init__(self, model: PagedTableModel, current: Callable[[], Any], on_error: Callable[[Any], None],
                 parent: QObject | None = None):
        super().__init__(parent)
        self.model, self.current, self.on_error = model, current, on_error
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)   # one query at a time: SQLite answers them in turn anyway
        self._signals = _Signals(self)
        self._signals.finished.connect(self._finished)
        self._generation = 0
        self._running = False
        self._pending: Any = None

    def request(self, query: Any) -> None:
        """Show `query`'s rows as soon as they are read (after the query already running, if any)."""
        self._pending = query
        if not self._running:
            self._start()

    def invalidate(self) -> None:
        """Drop whatever is in flight or waiting: the UI thread is about to set the query itself."""
        self._generation += 1
        self._pending = None

    def busy(self) -> bool:
        return self._running or self._pending is not None

    def wait(self) -> None:
        """Block until the worker is idle (closing the page, tests)."""
        self._pool.waitForDone()

    def _start(self) -> None:
        query, self._pending = self._pending, None
        self._generation += 1
        self._running = True
        self._pool.start(_Query(self._generation, query, self.model, self._signals))

    def _finished(self, generation: int, query: Any, loaded: tuple[int, list[Any]] | None,
                  error: BaseException | None) -> None:
        self._running = False
        if self._pending is not None:       # newer text was typed meanwhile: this result is stale
            self._start()
            return
        if generation != self._generation:  # the UI thread set a query itself since
            return
        if query != self.current():         # sorted or filtered meanwhile: ask again
            self.request(self.current())
            return
        if error is not None or loaded is None:
            self.on_error(query)
            return
        self.model.apply(query, *loaded)
        self.shown.emit()

