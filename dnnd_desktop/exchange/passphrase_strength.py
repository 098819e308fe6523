"""How guessable a chosen passphrase is, by zxcvbn (PyPI `zxcvbn`, MIT: Dropbox's estimator, which
knows common passwords, keyboard patterns, sequences, dates and names). Issue 16 item 9: "12345678"
was accepted as the passphrase protecting an office's keys and its encrypted backups.

    weakness(passphrase) -> Message | None      None when strong enough, else the hint to show

A stolen key file or backup can be attacked offline at leisure, so a passphrase must score at
least MIN_SCORE (3 of 4: "safely unguessable" against throttled guessing; argon2id slows each
guess further). zxcvbn's own feedback is English; the hint shown is ours, in the catalogue.
"""
from __future__ import annotations

import unicodedata

from ..domain.messages import Message, translate

MIN_SCORE = 3
_MAX_CHECKED_CHARS = 100   # zxcvbn's time grows with length; a longer passphrase is strong anyway


def strength_score(passphrase: str) -> int:
    text = unicodedata.normalize("NFC", passphrase or "")
    if len(text) > _MAX_CHECKED_CHARS:
        return 4
    # Imported on first use: its word lists take 0.1 s, which the main window must not wait for.
    from zxcvbn import zxcvbn

    return int(zxcvbn(text)["score"])


def weakness(passphrase: str) -> Message | None:
    if strength_score(passphrase) >= MIN_SCORE:
        return None
    return translate(
        "KeyErrors", "This passphrase is too easy to guess (for example a row of digits, a date, a common "
        "word or the office's name). Use several unrelated words, with a number or a sign, for example "
        "«mây trắng bến sông 1975», and keep a copy in a safe place.")
