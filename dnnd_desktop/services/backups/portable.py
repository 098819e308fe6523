"""The portable encrypted backup (`.dnndbak`): the whole installation (database and attachment
files) under a passphrase, for moving to a new laptop or keeping a copy off the machine.

Layout:
    prelude   8-byte magic "DNNDBAK\\0", u16 format version, u32 header length (big-endian)
    header    JSON (at most 4 KiB): kdf parameters and salt, created, app version, schema revision,
              office name (so a person can tell whose backup it is before typing the passphrase).
              No personal data.
    payload   libsodium secretstream XChaCha20-Poly1305 (24-byte stream header, then chunks of
              64 KiB plaintext + 17 bytes); prelude + header are the additional data of the first
              chunk, so changing them is detected; the last chunk carries TAG_FINAL, so a cut file
              is detected too.
The key is argon2id(passphrase NFC, salt). Plaintext is a sequence of entries
(u16 name length, UTF-8 name, u64 size, bytes) ended by a zero name length; names are checked
against a strict pattern and never used as paths as given.
"""
from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
import os
import re
import struct
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import nacl.bindings as sodium
import nacl.exceptions
import nacl.utils
from nacl.pwhash import argon2id

from ... import __version__
from ...domain.errors import DnndError
from ...domain.messages import translate
from ...domain.progress import CancelToken

MAGIC = b"DNNDBAK\x00"
VERSION = 1
PRELUDE = struct.Struct(">8sHI")
MAX_HEADER = 4096
CHUNK = 64 * 1024
ABYTES = sodium.crypto_secretstream_xchacha20poly1305_ABYTES
STREAM_HEADER = sodium.crypto_secretstream_xchacha20poly1305_HEADERBYTES
TAG_MESSAGE = sodium.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE
TAG_FINAL = sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL
_ENTRY = struct.Struct(">HQ")
DATABASE_ENTRY = "database.sqlite3"
# The database entry of an office whose data are encrypted at rest is its SQLCipher file as is; its
# 32-byte key travels beside it, sealed by the backup's passphrase like everything else (older
# readers refuse the entry: such a backup needs this version).
DATABASE_KEY_ENTRY = "database.key"
_ATTACHMENT_RE = re.compile(r"attachments/(?:[A-Za-z0-9][A-Za-z0-9._-]{0,100}/){0,2}[A-Za-z0-9][A-Za-z0-9._-]{0,200}")
_MAX_ENTRIES = 1_000_000
_MAX_ENTRY_BYTES = 64 * 2**30
_MAX_OPSLIMIT = argon2id.OPSLIMIT_SENSITIVE
_MAX_MEMLIMIT = argon2id.MEMLIMIT_SENSITIVE
ProgressFn = Callable[[int, int, str], None]


class BackupFileInvalid(DnndError):
    code = "backup_invalid"


class WrongBackupPassphrase(DnndError):
    code = "wrong_backup_passphrase"

    def __init__(self) -> None:
        super().__init__(translate(
            "BackupErrors",
            "The backup's passphrase is wrong, or the file was modified. Type the passphrase set when the "
            "backup was made again (mind upper and lower case and the Vietnamese keyboard). Your current "
            "data has not been changed."))


def _damaged(reason: str) -> BackupFileInvalid:
    return BackupFileInvalid(translate(
        "BackupErrors",
        "The encrypted backup file is damaged or incomplete (perhaps its copying did not finish). Copy "
        "the file again from where it was kept and try again. Your current data has not been changed."),
        details={"reason": reason})


def is_portable(path: Path) -> bool:
    try:
        with open(path, "rb") as f:
            return f.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def _key(passphrase: str, salt: bytes, ops: int, mem: int) -> bytes:
    data = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    return argon2id.kdf(sodium.crypto_secretstream_xchacha20poly1305_KEYBYTES, data, salt,
                        opslimit=ops, memlimit=mem)


@dataclass(frozen=True)
class PortableHeader:
    created: str
    app_version: str
    revision: str | None
    office_name: str | None
    opslimit: int
    memlimit: int
    salt: bytes


@dataclass(frozen=True)
class Entry:
    name: str
    size: int
    open: Callable[[], BinaryIO]


def _rechunk(parts: Iterable[bytes]) -> Iterator[bytes]:
    buf = bytearray()
    for part in parts:
        buf += part
        while len(buf) >= CHUNK:
            yield bytes(buf[:CHUNK])
            del buf[:CHUNK]
    yield bytes(buf)   # the final chunk (possibly empty)


def _plaintext(entries: list[Entry], cancel: CancelToken | None, on_bytes: Callable[[int], None]) -> Iterator[bytes]:
    for e in entries:
        raw = e.name.encode("utf-8")
        yield _ENTRY.pack(len(raw), e.size) + raw
        left = e.size
        with e.open() as f:
            while left:
                if cancel:
                    cancel.raise_if_cancelled()
                data = f.read(min(left, 1 << 20))
                if not data:
                    raise DnndError(translate("BackupErrors", "The file «{name}» changed during the backup. "
                                              "Try again.").format(name=e.name), code="backup_source_changed")
                left -= len(data)
                on_bytes(len(data))
                yield data
    yield _ENTRY.pack(0, 0)


def write_portable(target: Path, entries: list[Entry], passphrase: str, *, revision: str | None,
                   office_name: str | None, opslimit: int, memlimit: int,
                   progress: ProgressFn | None = None, cancel: CancelToken | None = None) -> None:
    """Encrypt `entries` into `target` (written as target.part, renamed when complete)."""
    salt = nacl.utils.random(argon2id.SALTBYTES)
    header = json.dumps({
        "format": "dnnd-backup", "version": VERSION, "kdf": "argon2id", "opslimit": opslimit,
        "memlimit": memlimit, "salt": base64.b64encode(salt).decode("ascii"),
        "cipher": "xchacha20poly1305-secretstream",
        "created": dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "app_version": __version__, "revision": revision, "office_name": office_name,
    }, ensure_ascii=False, sort_keys=True).encode("utf-8")
    prelude = PRELUDE.pack(MAGIC, VERSION, len(header)) + header
    if progress:
        progress(0, 1, str(translate("BackupProgress", "Deriving the encryption key from the passphrase…")))
    key = _key(passphrase, salt, opslimit, memlimit)
    total = sum(e.size for e in entries) or 1
    done = 0

    def on_bytes(n: int) -> None:
        nonlocal done
        done += n
        if progress:
            progress(done, total, str(translate("BackupProgress", "Encrypting the backup…")))

    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    try:
        with open(tmp, "wb") as out:
            out.write(prelude)
            state = sodium.crypto_secretstream_xchacha20poly1305_state()
            out.write(sodium.crypto_secretstream_xchacha20poly1305_init_push(state, key))
            chunks = _rechunk(_plaintext(entries, cancel, on_bytes))
            current = next(chunks)
            ad: bytes | None = prelude   # the prelude is authenticated with the first chunk only
            for following in chunks:
                out.write(sodium.crypto_secretstream_xchacha20poly1305_push(state, current, ad, TAG_MESSAGE))
                current, ad = following, None
            out.write(sodium.crypto_secretstream_xchacha20poly1305_push(state, current, ad, TAG_FINAL))
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def read_header(f: BinaryIO) -> tuple[PortableHeader, bytes]:
    raw = f.read(PRELUDE.size)
    if len(raw) != PRELUDE.size:
        raise _damaged("short prelude")
    magic, version, header_len = PRELUDE.unpack(raw)
    if magic != MAGIC:
        raise BackupFileInvalid(translate("BackupErrors", "This file is not an encrypted backup of this "
                                          "software (.dnndbak). Choose the right backup file."),
                                details={"reason": "magic"})
    if version != VERSION:
        raise BackupFileInvalid(translate("BackupErrors", "This backup was made by a newer version of the "
                                          "software. Install the latest version, then restore again."),
                                details={"reason": "version"})
    if not 2 <= header_len <= MAX_HEADER:
        raise _damaged("header length")
    header = f.read(header_len)
    if len(header) != header_len:
        raise _damaged("short header")
    try:
        data = json.loads(header.decode("utf-8"))
        assert isinstance(data, dict) and data.get("format") == "dnnd-backup"
        assert data.get("kdf") == "argon2id" and data.get("cipher") == "xchacha20poly1305-secretstream"
        ops, mem = data["opslimit"], data["memlimit"]
        assert type(ops) is int and argon2id.OPSLIMIT_MIN <= ops <= _MAX_OPSLIMIT
        assert type(mem) is int and argon2id.MEMLIMIT_MIN <= mem <= _MAX_MEMLIMIT
        salt = base64.b64decode(data["salt"], validate=True)
        assert len(salt) == argon2id.SALTBYTES
        parsed = PortableHeader(str(data.get("created", "")), str(data.get("app_version", "")),
                                data.get("revision"), data.get("office_name"), ops, mem, salt)
    except (AssertionError, KeyError, ValueError, TypeError, binascii.Error, UnicodeDecodeError) as e:
        raise _damaged("header content") from e
    return parsed, raw + header


class _PlainReader:
    """Decrypts the payload chunk by chunk and serves read(n) over the plaintext."""

    def __init__(self, f: BinaryIO, key: bytes, ad: bytes, cancel: CancelToken | None,
                 on_bytes: Callable[[int], None]):
        self.f, self.cancel, self.on_bytes = f, cancel, on_bytes
        self.state = sodium.crypto_secretstream_xchacha20poly1305_state()
        stream_header = f.read(STREAM_HEADER)
        if len(stream_header) != STREAM_HEADER:
            raise _damaged("short stream header")
        sodium.crypto_secretstream_xchacha20poly1305_init_pull(self.state, stream_header, key)
        self.ad: bytes | None = ad
        self.buf = bytearray()
        self.final = False
        self.first = True

    def _next_chunk(self) -> None:
        if self.final:
            raise _damaged("data after the end")
        if self.cancel:
            self.cancel.raise_if_cancelled()
        cipher = self.f.read(CHUNK + ABYTES)
        if len(cipher) < ABYTES:
            raise _damaged("cut inside the payload")
        try:
            plain, tag = sodium.crypto_secretstream_xchacha20poly1305_pull(self.state, cipher, self.ad)
        except nacl.exceptions.CryptoError as e:
            if self.first:
                raise WrongBackupPassphrase() from e
            raise _damaged("chunk authentication") from e
        self.first, self.ad = False, None
        if tag == TAG_FINAL:
            self.final = True
        elif len(plain) != CHUNK:
            raise _damaged("short chunk")
        self.on_bytes(len(cipher))
        self.buf += plain

    def read(self, n: int) -> bytes:
        while len(self.buf) < n:
            if self.final:
                raise _damaged("plaintext ended early")
            self._next_chunk()
        out = bytes(self.buf[:n])
        del self.buf[:n]
        return out

    def first_chunk(self) -> None:
        """Decrypt the first chunk now: a wrong passphrase is reported before anything is written."""
        self._next_chunk()

    def finish(self) -> None:
        if self.buf or not self.final or self.f.read(1):
            raise _damaged("trailing data")


def read_portable(source: Path, passphrase: str, open_sink: Callable[[str, int], BinaryIO], *,
                  progress: ProgressFn | None = None, cancel: CancelToken | None = None) -> PortableHeader:
    """Decrypt `source`, handing each entry's bytes to open_sink(name, size). Entries are
    trustworthy only when this returns (a later chunk may still fail authentication)."""
    total = max(os.path.getsize(source), 1)
    done = 0

    def on_bytes(n: int) -> None:
        nonlocal done
        done += n
        if progress:
            progress(done, total, str(translate("BackupProgress", "Decrypting the backup…")))

    with open(source, "rb") as f:
        header, ad = read_header(f)
        if progress:
            progress(0, total, str(translate("BackupProgress", "Checking the passphrase…")))
        reader = _PlainReader(f, _key(passphrase, header.salt, header.opslimit, header.memlimit), ad,
                              cancel, on_bytes)
        reader.first_chunk()
        seen: set[str] = set()
        for _ in range(_MAX_ENTRIES):
            name_len, size = _ENTRY.unpack(reader.read(_ENTRY.size))
            if name_len == 0:
                break
            try:
                name = reader.read(name_len).decode("utf-8")
            except UnicodeDecodeError as e:
                raise _damaged("entry name") from e
            if name in seen or size > _MAX_ENTRY_BYTES or not (
                    name in (DATABASE_ENTRY, DATABASE_KEY_ENTRY) or _ATTACHMENT_RE.fullmatch(name)) or ".." in name:
                raise _damaged("entry name or size")
            seen.add(name)
            with open_sink(name, size) as out:
                left = size
                while left:
                    take = min(left, 1 << 20)
                    out.write(reader.read(take))
                    left -= take
        else:
            raise _damaged("too many entries")
        reader.finish()
        if DATABASE_ENTRY not in seen:
            raise _damaged("no database")
    return header
