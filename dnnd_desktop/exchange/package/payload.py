"""Payload plaintext: a sequence of entries, the manifest first, then every content file.

    entry := name length u16 | name (ASCII) | codec u8 (0 stored, 1 zlib) | stored length u64 | data

Our own framing rather than zip: no central directory to disagree with the local headers, no
paths, permissions or links, and a reader that checks every byte against the manifest as it
streams. Nothing is written to disk by name: entries go to memory or to a caller's sink.
"""
from __future__ import annotations

import hashlib
import io
import struct
import zlib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import BinaryIO

from dnnd_desktop.domain.messages import translate
from dnnd_desktop.domain.progress import CancelToken

from . import format as fmt
from .errors import PackageError
from .header import PackageHeader
from .manifest import Manifest, ManifestFile, check_matches_header, manifest_for, parse_manifest
from .names import check_entry_name, is_compressible

MANIFEST_NAME = ".manifest"  # cannot collide: content names start with [a-z0-9]
CODEC_STORED = 0
CODEC_ZLIB = 1
_NAME_LEN = struct.Struct(">H")
_ENTRY_INFO = struct.Struct(">BQ")
_INFLATE_STEP = 256 * 1024  # most output produced per zlib call, so a bomb is stopped early

# Where an opened entry's bytes go: called with (name, declared size), returns a writable file.
EntrySink = Callable[[str, int], BinaryIO]


def encode_entry_prefix(name: str, codec: int, stored_len: int) -> bytes:
    raw = name.encode("ascii")
    return _NAME_LEN.pack(len(raw)) + raw + _ENTRY_INFO.pack(codec, stored_len)


@dataclass
class PayloadPlan:
    """What the writer will encrypt: `parts` concatenated are exactly `size` bytes."""

    files: tuple[ManifestFile, ...]
    content_parts: list[bytes | memoryview]

    def parts_for(self, header: PackageHeader) -> list[bytes | memoryview]:
        manifest = manifest_for(header, self.files).encode()
        return [encode_entry_prefix(MANIFEST_NAME, CODEC_STORED, len(manifest)), manifest, *self.content_parts]

    def size_for(self, header: PackageHeader) -> int:
        return sum(len(p) for p in self.parts_for(header))


def plan_payload(
    files: Mapping[str, bytes],
    *,
    cancel: CancelToken | None = None,
    progress: Callable[[int, int, str], None] | None = None,
) -> PayloadPlan:
    """Hash and (for text) compress every file. Stored entries are not copied."""
    if len(files) > fmt.MAX_ENTRIES:
        raise PackageError("too_large", f"{len(files)} entries")
    total = sum(len(data) for data in files.values())
    if total > fmt.MAX_TOTAL_BYTES:
        raise PackageError("too_large", f"{total} bytes")
    listed: list[ManifestFile] = []
    parts: list[bytes | memoryview] = []
    done = 0
    for name in sorted(files):
        if cancel:
            cancel.raise_if_cancelled()
        check_entry_name(name)
        data = files[name]
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise PackageError("invalid_request", f"{name}: content is not bytes")
        view = memoryview(data).cast("B")
        if len(view) > fmt.MAX_ENTRY_BYTES:
            raise PackageError("too_large", f"{name}: {len(view)} bytes", name=name)
        listed.append(ManifestFile(name=name, size=len(view), sha256=hashlib.sha256(view).hexdigest()))
        stored: bytes | memoryview = view
        codec = CODEC_STORED
        if is_compressible(name) and len(view):
            packed = zlib.compress(view, 6)
            # Only when it helps, and never beyond the ratio a reader accepts.
            if len(packed) < len(view) and len(view) <= fmt.MAX_COMPRESSION_RATIO * len(packed):
                stored, codec = packed, CODEC_ZLIB
        parts += [encode_entry_prefix(name, codec, len(stored)), stored]
        done += len(view)
        if progress:
            progress(done, total, translate("PackageProgress", "Preparing the data").text())
    return PayloadPlan(files=tuple(listed), content_parts=parts)


class _ChunkReader:
    """Exact reads over an iterator of plaintext chunks, without joining them all."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks
        self._buffer = b""
        self._pos = 0  # an offset rather than re-slicing the buffer on every small read

    def _available(self) -> int:
        return len(self._buffer) - self._pos

    def _fill(self) -> bool:
        for chunk in self._chunks:
            if chunk:
                self._buffer = self._buffer[self._pos :] + chunk
                self._pos = 0
                return True
        return False

    def read_exact(self, n: int) -> bytes:
        while self._available() < n:
            if not self._fill():
                raise PackageError("payload_invalid", "entry runs past the end of the payload")
        data = self._buffer[self._pos : self._pos + n]
        self._pos += n
        return data

    def read_pieces(self, n: int) -> Iterator[bytes]:
        while n:
            if not self._available() and not self._fill():
                raise PackageError("payload_invalid", "entry runs past the end of the payload")
            take = min(n, self._available())
            piece = self._buffer[self._pos : self._pos + take]
            self._pos += take
            n -= take
            yield piece

    def at_end(self) -> bool:
        return not self._available() and not self._fill()


def _read_prefix(reader: _ChunkReader) -> tuple[bytes, int, int]:
    (name_len,) = _NAME_LEN.unpack(reader.read_exact(_NAME_LEN.size))
    if name_len == 0 or name_len > fmt.MAX_NAME_BYTES:
        raise PackageError("bad_entry_name", "name length out of range")
    raw_name = reader.read_exact(name_len)
    codec, stored_len = _ENTRY_INFO.unpack(reader.read_exact(_ENTRY_INFO.size))
    return raw_name, codec, stored_len


def _read_content(
    reader: _ChunkReader, declared: ManifestFile, codec: int, stored_len: int, out: BinaryIO
) -> None:
    name = declared.name
    digest = hashlib.sha256()
    produced = 0

    def emit(data: bytes) -> None:
        nonlocal produced
        produced += len(data)
        if produced > declared.size:
            raise PackageError("size_mismatch", f"{name} is larger than declared", name=name)
        digest.update(data)
        out.write(data)

    if codec == CODEC_STORED:
        if stored_len != declared.size:
            raise PackageError("size_mismatch", f"{name}: stored {stored_len}, declared {declared.size}", name=name)
        for piece in reader.read_pieces(stored_len):
            emit(piece)
    elif codec == CODEC_ZLIB:
        inflater = zlib.decompressobj()
        consumed = 0
        try:
            for piece in reader.read_pieces(stored_len):
                consumed += len(piece)
                data = piece
                while data:
                    emit(inflater.decompress(data, _INFLATE_STEP))
                    data = inflater.unconsumed_tail
                    # Checked on every step, so a bomb is stopped after a bounded amount of output.
                    eaten = consumed - len(data)
                    if produced > fmt.MAX_COMPRESSION_RATIO * eaten + fmt.COMPRESSION_SLACK_BYTES:
                        raise PackageError("too_large", f"{name}: compression ratio too high", name=name)
            emit(inflater.flush())
        except zlib.error as e:
            raise PackageError("payload_invalid", f"{name}: {e}", name=name) from e
        if not inflater.eof or inflater.unused_data:
            raise PackageError("payload_invalid", f"{name}: compressed stream incomplete or padded", name=name)
    else:
        raise PackageError("payload_invalid", f"{name}: unknown codec {codec}", name=name)
    if produced != declared.size:
        raise PackageError("size_mismatch", f"{name}: {produced} bytes, declared {declared.size}", name=name)
    if digest.hexdigest() != declared.sha256:
        raise PackageError("hash_mismatch", f"{name}: SHA-256 differs from the manifest", name=name)


def read_payload(
    chunks: Iterator[bytes],
    header: PackageHeader,
    *,
    sink: EntrySink | None = None,
    check_manifest: Callable[[Manifest], None] | None = None,
) -> tuple[Manifest, dict[str, bytes]]:
    """Parse and check the payload. Returns the manifest and, without a sink, every file's bytes.
    `check_manifest` sees the declared names and sizes before any content is decrypted: a caller's
    own limits refuse a package there, before the work."""
    reader = _ChunkReader(chunks)
    raw_name, codec, stored_len = _read_prefix(reader)
    if raw_name != MANIFEST_NAME.encode() or codec != CODEC_STORED:
        raise PackageError("payload_invalid", "payload does not start with the manifest")
    if stored_len > fmt.MAX_MANIFEST_BYTES:
        raise PackageError("too_large", "manifest too large")
    manifest = parse_manifest(reader.read_exact(stored_len))
    check_matches_header(manifest, header)
    if check_manifest is not None:
        check_manifest(manifest)
    declared = manifest.by_name()
    files: dict[str, bytes] = {}
    seen: set[str] = set()
    while not reader.at_end():
        raw_name, codec, stored_len = _read_prefix(reader)
        try:
            name = check_entry_name(raw_name.decode("ascii"))
        except UnicodeDecodeError as e:
            raise PackageError("bad_entry_name", "name is not ASCII") from e
        if name not in declared or name in seen:
            raise PackageError("entry_extra", f"{name} is not in the manifest or repeated", name=name)
        seen.add(name)
        out: BinaryIO = sink(name, declared[name].size) if sink else io.BytesIO()
        _read_content(reader, declared[name], codec, stored_len, out)
        if not sink:
            files[name] = out.getvalue()  # type: ignore[attr-defined]
    missing = sorted(set(declared) - seen)
    if missing:
        raise PackageError("entry_missing", f"missing {missing[:5]}", names=missing)
    return manifest, files
