"""User passwords (optional): argon2id in libsodium's self-describing string format."""
from __future__ import annotations

import unicodedata

from nacl.exceptions import InvalidkeyError
from nacl.pwhash import argon2id


def _encode(password: str) -> bytes:
    return unicodedata.normalize("NFC", password).encode("utf-8")


def hash_password(password: str) -> str:
    # Interactive limits: a login must answer in well under a second on an old laptop.
    return argon2id.str(_encode(password), opslimit=argon2id.OPSLIMIT_INTERACTIVE,
                        memlimit=argon2id.MEMLIMIT_INTERACTIVE).decode("ascii")


def check_password(stored: str, password: str) -> bool:
    try:
        return argon2id.verify(stored.encode("ascii"), _encode(password))
    except InvalidkeyError:
        return False
