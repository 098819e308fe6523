"""The attachment files of a data folder, sealed at rest (issue 14): names, the key, conversion
helpers and the viewing copies. No session here: backups, the store conversion and the
attachment service share it (services/records/attachments.py holds the use cases).

    attachments/ab/<sha256>          a plain blob (before conversion; PostgreSQL folders; tests)
    attachments/ab/<sha256>.sealed   a sealed blob (exchange/sealed_files.py), label = the SHA-256
    viewing/tep-dinh-kem-<id>.<ext>  a decrypted copy for the system viewer, removed at close/start
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any, BinaryIO

from nacl.encoding import RawEncoder
from nacl.hash import blake2b

from ...exchange import sealed_files
from ...storage import sqlite_cipher

_CHUNK = 1024 * 1024
SEALED_SUFFIX = ".sealed"
VIEWING_FOLDER = "viewing"


def attachment_key(database_key: bytes) -> bytes:
    """The attachments' key: derived from the database key, so it is unlocked, recovered and changed
    with it and never stored (a different key than the store's, by domain separation)."""
    return blake2b(b"attachments", digest_size=sealed_files.KEY_BYTES, key=database_key,
                   person=b"dnnd-attach-v1", encoder=RawEncoder)


def folder_key(data_dir: Any) -> bytes | None:
    """The attachments' key of an unlocked, encrypted data folder (None: blobs stay plain)."""
    db = sqlite_cipher.registered_key(data_dir.database)
    return attachment_key(db) if db is not None else None


def is_blob_name(name: str) -> bool:
    stem = name[:-len(SEALED_SUFFIX)] if name.endswith(SEALED_SUFFIX) else name
    return len(stem) == 64 and all(c in "0123456789abcdef" for c in stem)


def plain_blobs(root: Path) -> list[Path]:
    """Blobs stored before encryption at rest (names only: no file is opened)."""
    if not root.is_dir():
        return []
    return sorted(p for sub in root.iterdir() if sub.is_dir() and len(sub.name) == 2
                  for p in sub.iterdir() if p.is_file() and is_blob_name(p.name)
                  and not p.name.endswith(SEALED_SUFFIX))


def seal_file(src: Path, target: Path, key: bytes, sha: str) -> None:
    """`src` sealed into `target` (via a temporary file, fsynced, then renamed into place)."""
    fd, tmp_name = tempfile.mkstemp(prefix=".sealing-", dir=target.parent)
    try:
        with open(src, "rb") as inp, os.fdopen(fd, "wb") as raw:
            sealer = sealed_files.SealingWriter(raw, key, sha.encode("ascii"))
            while chunk := inp.read(_CHUNK):
                sealer.write(chunk)
            sealer.finish()
            raw.flush()
            os.fsync(raw.fileno())
        os.replace(tmp_name, target)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise


def remove_viewing_copies(data_dir: Any) -> int:
    """Remove the decrypted copies made for the system viewer (at start and when the app closes)."""
    folder = Path(data_dir.root) / VIEWING_FOLDER
    n = 0
    if folder.is_dir():
        for p in folder.iterdir():
            if p.is_file():
                try:
                    sqlite_cipher.shred(p)
                    n += 1
                except OSError:   # still open in a viewer (Windows): removed at the next start
                    pass
    return n




def open_blob_file(path: Path, key: bytes | None) -> BinaryIO:
    """The plaintext of one blob file, sealed or plain (SealedFileDamaged when a seal fails)."""
    if not path.name.endswith(SEALED_SUFFIX):
        return path.open("rb")
    if key is None:
        raise sealed_files.SealedFileDamaged()
    return sealed_files.open_sealed(path.open("rb"), key, path.name[:-len(SEALED_SUFFIX)].encode("ascii"))


def sealing_sink(path: Path, key: bytes, sha: str) -> BinaryIO:
    """A new file at `path` that seals what is written to it (finished when closed)."""
    return sealed_files.SealingWriter(open(path, "xb"), key, sha.encode("ascii"))  # type: ignore[return-value]  # noqa: SIM115
