"""Change notification: after each committed transaction, one `Changes` naming what it wrote.

Pages learn from it that data changed elsewhere (another page, a worker thread, an import), the way
Anki's `operation_did_execute` works. No Qt here: the GUI subscribes through its own bridge, which
moves the call onto the UI thread.

How changes are noticed: `watch_engine` adds one `after_execute` listener to the engine. Every
INSERT, UPDATE and DELETE reaches it, whether written by an ORM flush or by a bulk Core
`executemany` (Excel import, sync apply, demo data), so no write path has to announce itself. The
listener adds the table to the collector of the session whose transaction owns the connection;
`AppContext.session()` publishes the collector after a successful commit, and drops it after a
rollback.
"""
from __future__ import annotations

import itertools
import logging
import threading
import weakref
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.orm import Session, SessionTransaction, sessionmaker
from sqlalchemy.sql.base import Executable

from ..storage.models import SYNCED_MODELS

log = logging.getLogger(__name__)

_COLLECTOR = "dnnd_change_collector"

# Tables that are not synced records, by the kind name pages ask about.
_OTHER_KINDS = {
    "reports": "report", "report_templates": "report_template", "plans": "plan", "audit_log": "audit",
    "package_log": "package", "peer_sync_state": "sync_state", "conflicts": "conflict",
    "installation": "installation", "offices": "office", "users": "user", "vocab_terms": "vocabulary",
    "trusted_keys": "trust",
}
_KIND_OF_TABLE = {**{m.__tablename__: m.__kind__ for m in SYNCED_MODELS}, **_OTHER_KINDS}


def kind_of_table(table: str) -> str:
    return _KIND_OF_TABLE.get(table, table)


@dataclass(frozen=True)
class Changes:
    """What one or more committed transactions wrote: record kinds and table names, and the rows
    each statement reported (a figure for the log; never values)."""

    tables: frozenset[str]
    rows: int = 0
    serial: int = 0   # increases with each publish; merged changes keep the newest

    @property
    def kinds(self) -> frozenset[str]:
        return frozenset(kind_of_table(t) for t in self.tables)

    def touches(self, kinds: Iterable[str]) -> bool:
        return not self.kinds.isdisjoint(kinds)

    def merged(self, other: Changes) -> Changes:
        return Changes(self.tables | other.tables, self.rows + other.rows, max(self.serial, other.serial))


@dataclass
class _Collector:
    tables: set[str] = field(default_factory=set)
    rows: int = 0
    infos: list[dict[Any, Any]] = field(default_factory=list)   # connection info dicts we marked

    def detach(self) -> None:
        for info in self.infos:
            if info.get(_COLLECTOR) is self:
                del info[_COLLECTOR]
        self.infos.clear()


Listener = Callable[[Changes], None]


class ChangeHub:
    """Subscribers get each published `Changes`, on the thread that committed. They must be quick
    and thread-safe (the GUI bridge only posts an event); an error in one is logged, not raised into
    the service that committed."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._listeners: list[Listener] = []
        self._serial = itertools.count(1)
        self.last_serial = 0

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Add a listener; returns the function that removes it."""
        with self._lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)
        return unsubscribe

    def publish(self, tables: Iterable[str], rows: int = 0) -> Changes:
        with self._lock:
            serial = next(self._serial)
            self.last_serial = serial
            listeners = list(self._listeners)
        changes = Changes(frozenset(tables), rows, serial)
        log.info("saved: %s (%d rows)", ", ".join(sorted(changes.kinds)), rows)
        for listener in listeners:
            try:
                listener(changes)
            except Exception as exc:  # noqa: BLE001 - a page's bug must not undo a committed write
                log.error("change listener failed: %s", type(exc).__name__, exc_info=True)
        return changes


def _after_execute(conn: Connection, clauseelement: Executable, multiparams: Any, params: Any,
                   execution_options: Any, result: Any) -> None:
    collector = conn.info.get(_COLLECTOR)
    if collector is None or not getattr(clauseelement, "is_dml", False):
        return
    table = getattr(clauseelement, "table", None)
    name = getattr(table, "name", None)
    if name:
        collector.tables.add(name)
        count = getattr(result, "rowcount", -1)
        if not (isinstance(count, int) and count >= 0) and getattr(clauseelement, "is_insert", False):
            # PostgreSQL through psycopg (SQLAlchemy's batched INSERT, with or without RETURNING)
            # reports no row count for an INSERT: it wrote one row per parameter set.
            count = len(multiparams) if multiparams else 1
        collector.rows += count if isinstance(count, int) and count > 0 else 0


def _after_begin(session: Session, transaction: SessionTransaction, connection: Connection) -> None:
    collector = session.info.get(_COLLECTOR)
    if collector is not None:
        info = connection.info   # the DBAPI connection's dict: one session uses it at a time
        info[_COLLECTOR] = collector
        collector.infos.append(info)


# The engines and session factories whose listeners are installed. Not `event.contains`: SQLAlchemy
# keys its registry by id() and forgets a dead target only when its listener collection is garbage
# collected, so a new engine given a dead one's id() looked watched and its writes went unpublished
# (seen in the full test run: a package import's changes never reached the GUI's listeners).
_WATCHED: weakref.WeakSet[Any] = weakref.WeakSet()


def watch(engine: Engine, factory: sessionmaker[Session]) -> None:
    """Install the listeners once per engine and session factory."""
    if engine not in _WATCHED:
        event.listen(engine, "after_execute", _after_execute)
        _WATCHED.add(engine)
    if factory not in _WATCHED:
        event.listen(factory, "after_begin", _after_begin)
        _WATCHED.add(factory)


def start_collecting(session: Session) -> _Collector:
    collector = _Collector()
    session.info[_COLLECTOR] = collector
    return collector
