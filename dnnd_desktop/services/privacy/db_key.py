"""The data folder's database key: random, 256 bits, kept on disk only wrapped.

`<data>/database-key.json` holds the key twice, each copy sealed (XSalsa20-Poly1305, PyNaCl's
SecretBox) under an argon2id hash of
- the office's passphrase (the one that already protects the signing keys and portable backups):
  typed once per start to unlock the data;
- a recovery code made at setup (or at conversion), shown once to be printed and kept in the
  office's safe: it unlocks the data when the passphrase is lost, and a new passphrase is set.
The file holds no personal data and nothing that opens the data without one of the two secrets.
Unlocking registers the key with storage/sqlite_cipher.py for this process.

ENABLED switches encryption of new and existing SQLite stores (on for every real installation).
The test suite turns it off in its process (like the passphrase cost) except in the tests of this
feature, so that thousands of throwaway installations need no passphrase at each open.
"""
from __future__ import annotations

import base64
import json
import os
import secrets
import unicodedata
from pathlib import Path
from typing import Any

import nacl.exceptions
import nacl.secret
import nacl.utils
from nacl.pwhash import argon2id

from ...domain.errors import DnndError
from ...domain.messages import translate
from ...exchange import keys
from ...paths import DataDir
from ...storage import sqlite_cipher

ENABLED = True
KEY_FILE_NAME = "database-key.json"
_FORMAT = "dnnd-database-key"
# Crockford's base32 letters: no I, L, O, U, so a printed code cannot be misread.
_CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_CODE_CHARS = 24     # 120 bits
_MAX_OPS, _MAX_MEM = argon2id.OPSLIMIT_SENSITIVE, argon2id.MEMLIMIT_SENSITIVE


class WrongRecoveryCode(DnndError):
    code = "wrong_recovery_code"

    def __init__(self) -> None:
        super().__init__(translate("PrivacyErrors", "The recovery code is wrong. Type it exactly as printed "
                                   "(groups of letters and digits; dashes and spaces do not matter)."))


class KeyFileDamaged(DnndError):
    code = "database_key_damaged"

    def __init__(self) -> None:
        super().__init__(translate("PrivacyErrors", "The data's key file (database-key.json) is damaged or "
                                   "missing, so the encrypted data cannot be opened. Restore the data folder "
                                   "from a copy, or ask the province for help."))


def key_file(data_dir: DataDir) -> Path:
    return data_dir.root / KEY_FILE_NAME


def applies(data_dir: DataDir) -> bool:
    """Encryption at rest concerns the folder's own SQLite file; a PostgreSQL server's data are
    the server's business (disk encryption and TLS, docs/privacy.md)."""
    return data_dir.uses_sqlite_file


def is_encrypted(data_dir: DataDir) -> bool:
    return applies(data_dir) and key_file(data_dir).exists()


def is_unlocked(data_dir: DataDir) -> bool:
    return sqlite_cipher.is_registered(data_dir.root)


def needs_unlock(data_dir: DataDir) -> bool:
    """The folder's data are encrypted and this process has not unlocked them yet."""
    return is_encrypted(data_dir) and not is_unlocked(data_dir)


def normalise_code(code: str) -> str:
    text = "".join(ch for ch in (code or "").upper() if ch.isalnum())
    return text.translate(str.maketrans("OIL", "011"))


def new_recovery_code() -> str:
    raw = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(_CODE_CHARS))
    return "-".join(raw[i:i + 4] for i in range(0, _CODE_CHARS, 4))


def _b64(b: bytes) -> str:
    return base64.b64encode(b).decode("ascii")


def _seal(key: bytes, secret: str, ops: int, mem: int) -> dict[str, Any]:
    salt = nacl.utils.random(argon2id.SALTBYTES)
    box = nacl.secret.SecretBox(argon2id.kdf(nacl.secret.SecretBox.KEY_SIZE, secret.encode("utf-8"), salt,
                                             opslimit=ops, memlimit=mem))
    return {"salt": _b64(salt), "ops": ops, "mem": mem, "box": _b64(bytes(box.encrypt(key)))}


def _open(wrap: dict[str, Any], secret: str) -> bytes | None:
    try:
        ops, mem = int(wrap["ops"]), int(wrap["mem"])
        if not (0 < ops <= _MAX_OPS and 0 < mem <= _MAX_MEM):
            raise KeyFileDamaged()
        salt, sealed = base64.b64decode(wrap["salt"]), base64.b64decode(wrap["box"])
    except (KeyError, TypeError, ValueError) as e:
        raise KeyFileDamaged() from e
    box = nacl.secret.SecretBox(argon2id.kdf(nacl.secret.SecretBox.KEY_SIZE, secret.encode("utf-8"), salt,
                                             opslimit=ops, memlimit=mem))
    try:
        return bytes(box.decrypt(sealed))
    except nacl.exceptions.CryptoError:
        return None


def _passphrase_secret(passphrase: str) -> str:
    return unicodedata.normalize("NFC", passphrase or "")


def _write(path: Path, wraps: dict[str, Any]) -> None:
    doc = {"format": _FORMAT, "version": 1, "cipher": "sqlcipher4", "wraps": wraps}
    tmp = path.with_name(path.name + ".part")
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(doc, f, indent=1)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


def _read(path: Path) -> dict[str, Any]:
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise KeyFileDamaged() from e
    if not isinstance(doc, dict) or doc.get("format") != _FORMAT or not isinstance(doc.get("wraps"), dict):
        raise KeyFileDamaged()
    return doc


def create_key(data_dir: DataDir, passphrase: str, kdf: tuple[int, int] | None = None) -> None:
    """Make the folder's key, write it sealed under the passphrase and register it. The recovery
    code is issued apart (issue_recovery_code), where a person is there to print it."""
    keys.validate_passphrase(passphrase)
    ops, mem = kdf if kdf is not None else _kdf()
    key = nacl.utils.random(sqlite_cipher.KEY_BYTES)
    data_dir.root.mkdir(parents=True, exist_ok=True)
    _write(key_file(data_dir), {"passphrase": _seal(key, _passphrase_secret(passphrase), ops, mem)})
    sqlite_cipher.register_key(data_dir.root, key)


def issue_recovery_code(data_dir: DataDir, passphrase: str, kdf: tuple[int, int] | None = None) -> str:
    """A new recovery code for the folder's key (the previous one stops working). Returned once, to
    be printed and kept in the office's safe; never stored."""
    path = key_file(data_dir)
    doc = _read(path)
    key = _open(doc["wraps"].get("passphrase") or {}, _passphrase_secret(passphrase))
    if key is None:
        raise keys.WrongPassphrase()
    ops, mem = kdf if kdf is not None else _kdf()
    code = new_recovery_code()
    _write(path, {**doc["wraps"], "recovery": _seal(key, normalise_code(code), ops, mem)})
    return code


def has_recovery_code(data_dir: DataDir) -> bool:
    return "recovery" in _read(key_file(data_dir))["wraps"]


def _kdf() -> tuple[int, int]:
    from ..installation import kdf_limits

    return kdf_limits()


def unlock(data_dir: DataDir, passphrase: str) -> None:
    """Open the key with the office passphrase and register it (keys.WrongPassphrase when wrong)."""
    doc = _read(key_file(data_dir))
    key = _open(doc["wraps"].get("passphrase") or {}, _passphrase_secret(passphrase))
    if key is None:
        raise keys.WrongPassphrase()
    sqlite_cipher.register_key(data_dir.root, key)


def recover(data_dir: DataDir, code: str, new_passphrase: str, kdf: tuple[int, int] | None = None) -> None:
    """The passphrase is lost: open the key with the printed recovery code, seal it under
    `new_passphrase` (the recovery code stays valid) and register it. The office's signing keys
    are protected separately: docs/privacy.md says how they are renewed."""
    keys.validate_passphrase(new_passphrase)
    path = key_file(data_dir)
    doc = _read(path)
    key = _open(doc["wraps"].get("recovery") or {}, normalise_code(code))
    if key is None:
        raise WrongRecoveryCode()
    ops, mem = kdf if kdf is not None else _kdf()
    _write(path, {**doc["wraps"], "passphrase": _seal(key, _passphrase_secret(new_passphrase), ops, mem)})
    sqlite_cipher.register_key(data_dir.root, key)


def change_passphrase(data_dir: DataDir, old: str, new: str, kdf: tuple[int, int] | None = None) -> None:
    """Seal the key under a new office passphrase (after the office changed it)."""
    keys.validate_passphrase(new)
    path = key_file(data_dir)
    doc = _read(path)
    key = _open(doc["wraps"].get("passphrase") or {}, _passphrase_secret(old))
    if key is None:
        raise keys.WrongPassphrase()
    ops, mem = kdf if kdf is not None else _kdf()
    _write(path, {**doc["wraps"], "passphrase": _seal(key, _passphrase_secret(new), ops, mem)})
