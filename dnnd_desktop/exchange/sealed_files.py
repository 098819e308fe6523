"""Files sealed at rest under a 32-byte key: the attachments of the data folder (issue 14).

    magic "DNNDSEAL" + version byte 1
    libsodium secretstream XChaCha20-Poly1305: 24-byte stream header, then the plaintext in chunks
    of 1 MiB, each followed by its 17-byte tag; the last chunk (possibly empty) carries TAG_FINAL.

The associated data of the first chunk is the caller's `label` (for attachments, the file's SHA-256,
which is also its name), so a sealed file renamed to another blob's name does not open. A truncated
or altered file raises SealedFileDamaged; nothing is returned before its chunk is authenticated.
Streaming in both directions: a 500 MB scan never sits in memory.
"""
from __future__ import annotations

import io
from typing import BinaryIO

from nacl import bindings as sodium

MAGIC = b"DNNDSEAL\x01"
CHUNK = 1 << 20
KEY_BYTES = sodium.crypto_secretstream_xchacha20poly1305_KEYBYTES
_HEADER = sodium.crypto_secretstream_xchacha20poly1305_HEADERBYTES
_ABYTES = sodium.crypto_secretstream_xchacha20poly1305_ABYTES
_TAG_MESSAGE = sodium.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE
_TAG_FINAL = sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL


class SealedFileDamaged(Exception):
    """The sealed file was altered, truncated or sealed under another key (no text: callers say it)."""


def sealed_size(plain_size: int) -> int:
    """The size on disk of a sealed file holding `plain_size` bytes."""
    chunks = plain_size // CHUNK + 1     # the last chunk is short (maybe empty) and carries TAG_FINAL
    return len(MAGIC) + _HEADER + plain_size + chunks * _ABYTES


def plain_size(sealed: int) -> int:
    """The inverse of sealed_size (for a file that is not damaged)."""
    body = sealed - len(MAGIC) - _HEADER
    chunks = body // (CHUNK + _ABYTES) + 1
    return body - chunks * _ABYTES


def is_sealed(head: bytes) -> bool:
    return head.startswith(MAGIC)


class SealingWriter(io.RawIOBase):
    """A write-only stream that seals what is written into `out` (closed with it)."""

    def __init__(self, out: BinaryIO, key: bytes, label: bytes):
        super().__init__()
        self._out = out
        self._state = sodium.crypto_secretstream_xchacha20poly1305_state()
        out.write(MAGIC)
        out.write(sodium.crypto_secretstream_xchacha20poly1305_init_push(self._state, key))
        self._ad: bytes | None = label
        self._buf = bytearray()
        self._finished = False

    def writable(self) -> bool:
        return True

    def write(self, data: bytes | bytearray | memoryview) -> int:  # type: ignore[override]
        self._buf += data
        while len(self._buf) > CHUNK:   # keep the last (maybe full) chunk for TAG_FINAL
            self._push(bytes(self._buf[:CHUNK]), _TAG_MESSAGE)
            del self._buf[:CHUNK]
        return len(data)

    def _push(self, chunk: bytes, tag: int) -> None:
        self._out.write(sodium.crypto_secretstream_xchacha20poly1305_push(self._state, chunk, self._ad, tag))
        self._ad = None

    def finish(self) -> None:
        """Write the final chunk (without closing `out`)."""
        if not self._finished:
            if len(self._buf) == CHUNK:   # a full last chunk: the final tag goes on an empty one
                self._push(bytes(self._buf), _TAG_MESSAGE)
                self._buf.clear()
            self._push(bytes(self._buf), _TAG_FINAL)
            self._buf.clear()
            self._finished = True

    def close(self) -> None:
        if not self.closed:
            try:
                self.finish()
            finally:
                self._out.close()
        super().close()


class OpeningReader(io.RawIOBase):
    """A read-only stream of the plaintext of the sealed file `src` (closed with it)."""

    def __init__(self, src: BinaryIO, key: bytes, label: bytes):
        super().__init__()
        self._src = src
        head = src.read(len(MAGIC) + _HEADER)
        if len(head) != len(MAGIC) + _HEADER or not is_sealed(head):
            raise SealedFileDamaged()
        self._state = sodium.crypto_secretstream_xchacha20poly1305_state()
        try:
            sodium.crypto_secretstream_xchacha20poly1305_init_pull(self._state, head[len(MAGIC):], key)
        except Exception as e:   # noqa: BLE001 - libsodium's errors all mean "cannot open"
            raise SealedFileDamaged() from e
        self._ad: bytes | None = label
        self._plain = b""
        self._pos = 0
        self._final = False

    def readable(self) -> bool:
        return True

    def _pull(self) -> None:
        sealed = self._src.read(CHUNK + _ABYTES)
        if len(sealed) < _ABYTES:
            raise SealedFileDamaged()   # truncated before the final chunk
        try:
            plain, tag = sodium.crypto_secretstream_xchacha20poly1305_pull(self._state, sealed, self._ad)
        except Exception as e:   # noqa: BLE001
            raise SealedFileDamaged() from e
        self._ad = None
        if tag == _TAG_FINAL:
            if self._src.read(1):
                raise SealedFileDamaged()   # bytes after the end
            self._final = True
        elif len(sealed) != CHUNK + _ABYTES:
            raise SealedFileDamaged()
        self._plain, self._pos = plain, 0

    def readinto(self, b: bytearray | memoryview) -> int:  # type: ignore[override]
        while self._pos >= len(self._plain):
            if self._final:
                return 0
            self._pull()
        n = min(len(b), len(self._plain) - self._pos)
        b[:n] = self._plain[self._pos:self._pos + n]
        self._pos += n
        return n

    def close(self) -> None:
        if not self.closed:
            self._src.close()
        super().close()


def open_sealed(src: BinaryIO, key: bytes, label: bytes) -> BinaryIO:
    return io.BufferedReader(OpeningReader(src, key, label), CHUNK)
