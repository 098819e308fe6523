"""User passwords (optional): argon2id in libsodium's self-describing string format."""
from __future__ import annotations

import unicodedata

from nacl.exceptions import InvalidkeyError
from nacl.pwhash import argon2id

from ..domain.errors import DnndError
from ..domain.messages import translate


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


def check_login(found: bool, stored: str | None, password: str | None) -> None:
    """The login's rule, the same before the data open (services/start_facts.py) and after
    (UserService.authenticate): an unknown or inactive user, then a wrong password, each refused
    with its own message; a user without a password is let in."""
    if not found:
        raise DnndError(translate("UserErrors", "This user was not found."), code="unknown_user")
    if stored and not check_password(stored, password or ""):
        raise DnndError(translate("UserErrors", "The password is wrong. Enter it again."), code="bad_password")
