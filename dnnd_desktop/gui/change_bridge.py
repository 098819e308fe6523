"""Committed changes (services/events.py) brought to the UI thread, and pages that refresh on them.

Services publish on the thread that committed: often a task runner worker. `ChangeBridge` re-emits
on the UI thread through a queued connection, and merges a burst (an import commits in batches,
a save writes a record and its audit entry) into one `changed` per event-loop turn.
`RefreshOnChange` is what a page holds: it calls the page's refresh when a change touches a kind the
page shows; a hidden page only notes it and refreshes when it is next shown.
"""
from __future__ import annotations

import weakref
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:   # only names: services.events imports SQLAlchemy and the models (issue 17)
    from ..services.events import ChangeHub, Changes


class ChangeBridge(QObject):
    changed = Signal(object)   # Changes, on the UI thread, at most once per event-loop turn
    _posted = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self._pending: Changes | None = None
        self.delivered = 0   # how many `changed` were emitted (tests check the coalescing)
        # Queued even from the UI thread: every page sees a change the same way, after the
        # service call that made it has returned.
        self._posted.connect(self._collect, Qt.ConnectionType.QueuedConnection)

    def post(self, changes: Changes) -> None:
        """The hub's listener; safe from any thread."""
        self._posted.emit(changes)

    def _collect(self, changes: Changes) -> None:
        if self._pending is None:
            self._pending = changes
            QTimer.singleShot(0, self, self._deliver)
        else:
            self._pending = self._pending.merged(changes)

    def _deliver(self) -> None:
        changes, self._pending = self._pending, None
        if changes is not None:
            self.delivered += 1
            self.changed.emit(changes)


_bridges: weakref.WeakKeyDictionary[ChangeHub, ChangeBridge] = weakref.WeakKeyDictionary()


def bridge_for(ctx) -> ChangeBridge:
    """The one bridge of an open installation (created in the UI thread on first use)."""
    hub = ctx.changes
    bridge = _bridges.get(hub)
    if bridge is None:
        bridge = ChangeBridge()
        hub.subscribe(bridge.post)
        _bridges[hub] = bridge
    return bridge


class RefreshOnChange(QObject):
    """Calls `refresh()` when a committed change touches one of `kinds`: at once when the page is
    visible, else when it is next shown. A change the page has already read (it refreshed after
    that commit, e.g. right after its own save) does not refresh it again."""

    def __init__(self, page: QWidget, ctx, kinds: Iterable[str], refresh: Callable[[], None]):
        super().__init__(page)
        self.page, self.kinds, self._refresh = page, frozenset(kinds), refresh
        self.hub: ChangeHub = ctx.changes
        self.stale = False
        self.seen_serial = self.hub.last_serial
        bridge_for(ctx).changed.connect(self._changed)
        page.installEventFilter(self)

    def mark_fresh(self) -> None:
        """The page is about to read the data: what was committed so far is in what it reads.
        Call this before the query, so a commit racing the query still refreshes afterwards."""
        self.seen_serial = self.hub.last_serial
        self.stale = False

    def _changed(self, changes: Changes) -> None:
        if changes.serial <= self.seen_serial or not changes.touches(self.kinds):
            return
        if self.page.isVisible():
            self._run()
        else:
            self.stale = True

    def _run(self) -> None:
        self.mark_fresh()
        self._refresh()

    def _run_if_stale(self) -> None:
        if self.stale:
            self._run()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt override
        if obj is self.page and event.type() == QEvent.Type.Show and self.stale:
            # After the event: a page whose on_shown() reloads anyway has marked itself fresh by then.
            QTimer.singleShot(0, self, self._run_if_stale)
        return False
