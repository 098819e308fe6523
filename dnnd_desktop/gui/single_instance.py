"""One running app per data folder.

A QLockFile in the data folder says "this folder is in use"; it survives a crash safely because Qt
treats a lock whose process is gone as stale. Next to it a QLocalServer, named from a hash of the
folder path (and the user, since pipe names are machine-wide on Windows), lets a second start hand its
arguments (for example a .dnnd file double-clicked in Explorer) to the first, which raises its window.
"""
from __future__ import annotations

import getpass
import hashlib
import json
from pathlib import Path

from PySide6.QtCore import QByteArray, QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from ..paths import DataDir


def server_name(data_dir: DataDir) -> str:
    try:
        user = getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name in some service contexts
        user = ""
    key = f"{user}\0{Path(data_dir.root).resolve()}".lower().encode("utf-8")
    return "dnnd_desktop-" + hashlib.sha256(key).hexdigest()[:24]


class SingleInstance(QObject):
    """`acquire()` once at start. If it returns False, call `send_to_running(args)` and exit."""

    message_received = Signal(list)  # the arguments another start sent us

    def __init__(self, data_dir: DataDir, parent: QObject | None = None):
        super().__init__(parent)
        self.data_dir = data_dir
        self.name = server_name(data_dir)
        data_dir.root.mkdir(parents=True, exist_ok=True)
        self._lock = QLockFile(str(data_dir.lock_file))
        # 0: never stale because of age (the app may run for days); a lock left by a process that
        # no longer exists is still detected as stale and taken over.
        self._lock.setStaleLockTime(0)
        self._server: QLocalServer | None = None

    def acquire(self) -> bool:
        if not self._lock.tryLock(100):
            return False
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not self._server.listen(self.name):
            # A server left behind by a crashed process (Unix socket file): remove and retry.
            QLocalServer.removeServer(self.name)
            self._server.listen(self.name)
        self._server.newConnection.connect(self._on_connection)
        return True

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.unlock()

    def send_to_running(self, args: list[str], timeout_ms: int = 3000) -> bool:
        """Send `args` to the running instance. False when it does not answer (hung or starting)."""
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(timeout_ms):
            return False
        socket.write(QByteArray(json.dumps(args).encode("utf-8") + b"\n"))
        if not socket.waitForBytesWritten(timeout_ms):
            return False
        ok = socket.waitForReadyRead(timeout_ms) and bytes(socket.readAll().data()).startswith(b"ok")
        socket.disconnectFromServer()
        return ok

    def _on_connection(self) -> None:
        while self._server is not None and self._server.hasPendingConnections():
            conn = self._server.nextPendingConnection()
            conn.setParent(self)
            buffer = bytearray()

            def on_ready(conn=conn, buffer=buffer):
                buffer.extend(bytes(conn.readAll().data()))
                if not buffer.endswith(b"\n"):
                    return
                try:
                    args = json.loads(buffer.decode("utf-8"))
                    args = [str(a) for a in args] if isinstance(args, list) else []
                except ValueError:
                    args = []
                conn.write(b"ok\n")
                conn.flush()
                conn.disconnectFromServer()
                self.message_received.emit(args)

            conn.readyRead.connect(on_ready)
            conn.disconnected.connect(conn.deleteLater)
