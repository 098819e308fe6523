"""Vietnamese text rules: NFC everywhere, diacritic-insensitive folding, dictionary sort order.

Keyboards (and old files) send decomposed text (NFD); everything stored or drawn is NFC.
`fold()` is what search compares: no tone marks, no case, đ/Đ -> d (SQLite's unicode61
`remove_diacritics` keeps đ, so we fold ourselves and index the folded text).
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import overload

_WS = re.compile(r"\s+")

# Combining marks that make a distinct Vietnamese *letter* (ă â ê ô ơ ư) ...
_BREVE, _CIRCUMFLEX, _HORN = "\u0306", "\u0302", "\u031b"
# ... and the five tone marks, in dictionary order after the unmarked (ngang) tone:
# huyền, hỏi, ngã, sắc, nặng.
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}

# Vietnamese alphabet order; f j w z (foreign words) slot in where the Latin alphabet puts them.
_ALPHABET = [
    "a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "f", "g", "h", "i", "j", "k", "l", "m", "n",
    "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "w", "x", "y", "z",
]
_LETTER_RANK = {ch: i for i, ch in enumerate(_ALPHABET)}
_FOLD_TABLE = str.maketrans({"đ": "d", "Đ": "d"})


@overload
def nfc(value: str) -> str: ...
@overload
def nfc(value: None) -> None: ...
@overload
def nfc(value: str | None) -> str | None: ...
def nfc(value: str | None) -> str | None:
    """Normalise to NFC; None stays None."""
    if value is None:
        return None
    return unicodedata.normalize("NFC", value)


def clean(value: str | None) -> str | None:
    """NFC, trimmed, inner whitespace collapsed; empty becomes None."""
    if value is None:
        return None
    text = _WS.sub(" ", unicodedata.normalize("NFC", str(value))).strip()
    return text or None


@lru_cache(maxsize=65536)  # names and places repeat a lot across imports and demo data
def fold(value: str | None) -> str:
    """Search form of a text: no tone or letter marks, lower case, đ -> d, single spaces.

    >>> fold("Nguyễn Văn Đức")
    'nguyen van duc'
    """
    if not value:
        return ""
    decomposed = unicodedata.normalize("NFD", value.translate(_FOLD_TABLE))
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _WS.sub(" ", stripped.lower().translate(_FOLD_TABLE)).strip()


def file_slug(value: str | None) -> str:
    """A word for a file name: folded, anything but letters and digits a hyphen.

    >>> file_slug("Huyện Bát Xát")
    'huyen-bat-xat'
    """
    return re.sub(r"[^a-z0-9]+", "-", fold(value)).strip("-")


def _split_letter(ch: str) -> tuple[str, int]:
    """(base letter with its letter marks, tone rank) for one NFC character, lower-cased."""
    decomposed = unicodedata.normalize("NFD", ch.lower())
    tone = 0
    kept = []
    for c in decomposed:
        if c in _TONES:
            tone = _TONES[c]
        else:
            kept.append(c)
    return unicodedata.normalize("NFC", "".join(kept)), tone


# A long free text (LONGTEXT list columns: a contribution's description, a consent's scope) is
# sorted by the key of its first LONG_TEXT_SORT_PREFIX characters. A list cell shows less than
# that; texts that agree on their first 100 characters tie and the id orders them, which keeps
# pages stable. The key is then at most 3 * 100 + 2 characters (about 400 bytes), so its index
# (deleted, key, id) stays small and far below PostgreSQL's 2,704-byte limit for an index entry
# whatever the text holds.
LONG_TEXT_SORT_PREFIX = 100


@lru_cache(maxsize=65536)
def sort_key(value: str | None) -> str:
    """A string whose code-point order is Vietnamese dictionary order.

    Stored in an indexed column so SQL can sort 100k names without calling Python per comparison.
    Primary level: letters (a < ă < â < b … d < đ …), then tones (ngang < huyền < hỏi < ngã < sắc
    < nặng), then lower case before upper case.
    """
    if not value:
        return ""
    text = _WS.sub(" ", unicodedata.normalize("NFC", value)).strip()
    primary, tones, cases = [], [], []
    for ch in text:
        base, tone = _split_letter(ch)
        rank = _LETTER_RANK.get(base)
        if rank is not None:
            primary.append(chr(0x100 + rank))
            tones.append(chr(0x30 + tone))
            cases.append("1" if ch != ch.lower() else "0")
        elif ch.isspace():
            primary.append(" ")
        elif ord(ch) < 0x100:
            # Digits and punctuation keep their ASCII order and sort before letters.
            primary.append(ch)
        else:
            primary.append(chr(0x1000 + ord(ch)) if ord(ch) < 0xEFFF else ch)
    return "".join(primary) + "\x01" + "".join(tones) + "\x01" + "".join(cases)


def search_text(*parts: str | None) -> str:
    """The folded text indexed for search: every given part, folded, joined by spaces."""
    return " ".join(f for f in (fold(p) for p in parts) if f)
