"""The store's change sequence: every row written to a synced table carries the number of the
transaction that wrote it (`change_seq`), so building a package reads only the rows changed since
the recipient's last acknowledged point, through an index, instead of every row (docs/sync.md).

Why a column default and not code in each writer: the record writer, the bulk paths (demo, Excel
import, sync apply) and ORM flushes all end in an INSERT or UPDATE of the table; a Core default and
onupdate reach every one of them, including `executemany`, so no write path can forget it.

The number is reserved once per transaction, on its first write to a synced table, by raising
`installation.change_seq` in that same transaction. That UPDATE takes the installation row, so on a
database server two writers take their numbers one after the other and commit in that order as seen
by a reader of `installation.change_seq`: a row with a number at or below what a reader saw committed
is never committed later. The reserved number is cached on the connection until the transaction
(or savepoint) ends.
"""
from __future__ import annotations

from typing import Any

from sqlalchemy import event, text
from sqlalchemy.engine import Connection, Engine

KEY = "dnnd_change_seq"
_RESERVE = text("UPDATE installation SET change_seq = COALESCE(change_seq, 0) + 1 WHERE id = 1")
_READ = text("SELECT change_seq FROM installation WHERE id = 1")


def stamp(context: Any) -> int:
    """Column default / onupdate of `change_seq`: this transaction's number (0 before set-up, when
    there is no installation row yet: such rows go with the first, full package)."""
    return reserve(context.connection)


def reserve(conn: Connection) -> int:
    """This transaction's change number, taken on first use."""
    seq = conn.info.get(KEY)
    if seq is None:
        conn.execute(_RESERVE)
        seq = conn.execute(_READ).scalar() or 0
        conn.info[KEY] = seq
    return int(seq)


def current(conn: Connection) -> int:
    """The highest number committed (or reserved by this transaction)."""
    return int(conn.execute(_READ).scalar() or 0)


def _forget(conn: Connection, *_: Any) -> None:
    conn.info.pop(KEY, None)


# On the Engine class: every engine (the app's, the tests', a migration's) forgets the number when
# its transaction ends, so a number never outlives the transaction that reserved it.
for _name in ("commit", "rollback", "rollback_savepoint"):
    if not event.contains(Engine, _name, _forget):
        event.listen(Engine, _name, _forget)
