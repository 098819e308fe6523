"""Unlocking the data on a worker thread while the start goes on (issue 17).

The passphrase's Argon2id (ops 3, 256 MiB: about half a second) is most of a start on an
encrypted store, and needs nothing but the passphrase and the key file. PyNaCl's binding releases
the GIL while libsodium hashes, so on a second core it runs next to the start's own work: the
imports of SQLAlchemy and the models, the Qt application, the main window's modules and the mapper
set-up. Whoever needs the data opened calls `result()` (which joins the thread) before reading.

Nothing here touches Qt; the GUI's unlock dialog and the scripted start (DNND_PASSPHRASE, as the
start-up benchmark uses it) both start one of these.
"""
from __future__ import annotations

import threading

from ...paths import DataDir
from . import convert_store, db_key

PASSPHRASE_ENV = "DNND_PASSPHRASE"   # the command line's variable (commands/base.py)


class PendingUnlock:
    """`db_key.unlock(data_dir, passphrase)` running on its own thread from construction on."""

    def __init__(self, data_dir: DataDir, passphrase: str):
        self.data_dir = data_dir
        self._error: BaseException | None = None
        # A daemon: a start that is abandoned (the window closed at once) does not wait for it.
        self._thread = threading.Thread(target=self._unlock, args=(passphrase,), name="dnnd-unlock", daemon=True)
        self._thread.start()

    def _unlock(self, passphrase: str) -> None:
        try:
            db_key.unlock(self.data_dir, passphrase)
        except BaseException as exc:   # noqa: BLE001 - handed to the thread that asks for the result
            self._error = exc

    def done(self) -> bool:
        return not self._thread.is_alive()

    def result(self) -> None:
        """Wait for the unlock; raise what it raised (keys.WrongPassphrase for a wrong passphrase,
        db_key.KeyFileDamaged for a damaged key file)."""
        self._thread.join()
        if self._error is not None:
            raise self._error


def start_scripted(data_dir: DataDir, environ: dict[str, str]) -> PendingUnlock | None:
    """For a scripted start: the unlock with the passphrase in DNND_PASSPHRASE, begun now, when the
    folder's data are encrypted and still locked (not when a plain store is to be converted first:
    that asks in the dialog, with progress). None when there is nothing to unlock ahead."""
    passphrase = environ.get(PASSPHRASE_ENV)
    if not passphrase or not db_key.applies(data_dir) or not db_key.needs_unlock(data_dir):
        return None
    if convert_store.needs_conversion(data_dir) and data_dir.database.exists():
        return None   # a plain store to encrypt first: the dialog does it, with progress
    return PendingUnlock(data_dir, passphrase)
