"""Chunked authenticated encryption of the payload (libsodium secretstream XChaCha20-Poly1305).

Chunks are CHUNK_BYTES of plaintext; only the last carries TAG_FINAL, so a payload cut at a chunk
boundary is detected even by a reader that did not know the expected length.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

import nacl.bindings as sodium
import nacl.exceptions

from dnnd_desktop.domain.progress import CancelToken

from . import format as fmt
from .errors import PackageError


def rechunk(parts: Iterable[bytes | memoryview], size: int = fmt.CHUNK_BYTES) -> Iterator[bytes]:
    """Regroup `parts` into `size`-byte chunks (the last may be shorter, or b"" for no data),
    slicing large parts instead of copying them whole."""
    pending = bytearray()
    emitted = False
    for part in parts:
        view = memoryview(part).cast("B")
        start = 0
        while start < len(view):
            take = min(size - len(pending), len(view) - start)
            pending += view[start : start + take]
            start += take
            if len(pending) == size:
                yield bytes(pending)
                emitted = True
                pending.clear()
    if pending or not emitted:
        yield bytes(pending)


def encrypt(
    key: bytes,
    parts: Iterable[bytes | memoryview],
    *,
    cancel: CancelToken | None = None,
    on_chunk: Callable[[int], None] | None = None,
) -> Iterator[bytes]:
    """Yield the stream header, then one ciphertext per chunk; the last chunk is tagged FINAL."""
    state = sodium.crypto_secretstream_xchacha20poly1305_state()
    yield sodium.crypto_secretstream_xchacha20poly1305_init_push(state, key)
    chunks = rechunk(parts)
    current = next(chunks)
    for following in chunks:
        if cancel:
            cancel.raise_if_cancelled()
        yield sodium.crypto_secretstream_xchacha20poly1305_push(state, current, None, fmt.TAG_MESSAGE)
        if on_chunk:
            on_chunk(len(current))
        current = following
    yield sodium.crypto_secretstream_xchacha20poly1305_push(state, current, None, fmt.TAG_FINAL)
    if on_chunk:
        on_chunk(len(current))


def decrypt(
    key: bytes,
    read: Callable[[int], bytes],
    ciphertext_len: int,
    *,
    cancel: CancelToken | None = None,
) -> Iterator[bytes]:
    """Yield plaintext chunks read through `read(n)` from exactly `ciphertext_len` bytes."""
    if ciphertext_len < fmt.STREAM_HEADER_BYTES + fmt.STREAM_ABYTES:
        raise PackageError("truncated", "payload shorter than one chunk")
    state = sodium.crypto_secretstream_xchacha20poly1305_state()
    try:
        sodium.crypto_secretstream_xchacha20poly1305_init_pull(state, read(fmt.STREAM_HEADER_BYTES), key)
    except nacl.exceptions.CryptoError as e:
        raise PackageError("decrypt_failed", "stream header") from e
    remaining = ciphertext_len - fmt.STREAM_HEADER_BYTES
    full = fmt.CHUNK_BYTES + fmt.STREAM_ABYTES
    while True:
        if cancel:
            cancel.raise_if_cancelled()
        n = min(full, remaining)
        if n < fmt.STREAM_ABYTES:
            # Also reached when the last chunk was not tagged FINAL: the stream was cut.
            raise PackageError("truncated", "payload ends without its final chunk")
        ciphertext = read(n)
        if len(ciphertext) != n:
            raise PackageError("truncated", "file ended inside the payload")
        remaining -= n
        try:
            plain, tag = sodium.crypto_secretstream_xchacha20poly1305_pull(state, ciphertext, None)
        except nacl.exceptions.CryptoError as e:
            raise PackageError("decrypt_failed", "chunk authentication failed") from e
        if tag == fmt.TAG_FINAL:
            if remaining:
                raise PackageError("payload_invalid", "data after the final chunk")
            yield plain
            return
        if tag != fmt.TAG_MESSAGE:
            raise PackageError("payload_invalid", f"unexpected chunk tag {tag}")
        yield plain
