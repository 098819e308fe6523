"""Turn text typed in the old TCVN3 (.VnTime) and VNI (VNI-Times) encodings into Unicode.

Spreadsheet readers do not report fonts (calamine never does), so the encoding is guessed from the
text: convert with each candidate and keep the one whose words become plausible Vietnamese
syllables while the text as it stands is not. Genuine Unicode Vietnamese, ASCII and ordinary
accented European text are left alone. When the font is known it decides, and it is the only way
to recognise the caps fonts (.VnTimeH ...), where lower-case codes are drawn as capitals.

Guessing from one short cell can be ambiguous (VNI "Hoàng" is "Hồng"); importers should call
`detect_column_encoding` / `fix_column` once per column so the many other cells decide.
"""
from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from dnnd_desktop.domain.text import nfc
from dnnd_desktop.exchange import legacy_tables as tables

UNICODE, TCVN3, TCVN3_CAPS, VNI = "unicode", "tcvn3", "tcvn3_caps", "vni"
ENCODINGS = (UNICODE, TCVN3, TCVN3_CAPS, VNI)

# A legacy guess must make at least this share of the counted words plausible Vietnamese: a French
# sentence may contain one word that happens to decode ("où" is VNI for "ó"), its other words won't.
_MIN_PLAUSIBLE_SHARE = 0.6
# Cells of a column looked at: enough to decide, and a 100k-row import is not slowed down.
_SAMPLE = 400
# At most one changed word in ten may stay implausible (typos, foreign names in a long column).
_MAX_BAD_SHARE = 0.1

# Windows-1252 punctuation (0x80-0x9F) appears in legacy files as itself, so it says nothing.
_CP1252_EXTRAS = frozenset(bytes(range(0x80, 0xA0)).decode("cp1252", errors="ignore"))
_CODES = {TCVN3: tables.TCVN3_CODES, VNI: tables.VNI_CODES}


# --- Vietnamese syllable plausibility ------------------------------------------------------------
_ONSETS = ("ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "th", "tr", "qu",
           "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "")
_CODAS = ("ng", "nh", "ch", "c", "m", "n", "p", "t", "")
_STOP_CODAS = frozenset({"c", "ch", "p", "t"})  # these take only the sắc or nặng tone
_SAC, _NANG = "\u0301", "\u0323"
_TONE_MARKS = frozenset(tables.TONES[1:])
_LETTER_MARKS = frozenset({"\u0306", "\u0302", "\u031b"})

# Vowel nucleus -> (coda rule, index of the vowel that may carry the tone or None for any).
# coda rule: "none" (ends in a glide), "need" (must have a coda), "any".
_NUCLEI: dict[str, tuple[str, int | None]] = {}
for _v in ("a", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"):
    _NUCLEI[_v] = ("any", 0)
for _v in ("ă", "â"):
    _NUCLEI[_v] = ("need", 0)
for _v in ("ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iu", "oi", "ôi", "ơi", "ua",
           "ui", "ưa", "ưi", "ưu"):
    _NUCLEI[_v] = ("none", 0)
for _v in ("oai", "oay", "oao", "oeo", "uây", "uôi", "ươi", "ươu", "iêu", "yêu", "uya", "uyu"):
    _NUCLEI[_v] = ("none", 1)
for _v in ("iê", "yê", "uô", "ươ"):
    _NUCLEI[_v] = ("need", 1)
_NUCLEI["uyê"] = ("need", 2)
# Rising diphthongs: old style puts the tone on either vowel when open ("hoà", "hòa"); with a
# coda it is always on the second ("hoàng", "tuyết" is uyê above).
for _v in ("oa", "oe", "uê", "uy", "uơ"):
    _NUCLEI[_v] = ("any", None)
for _v in ("oă", "uâ"):
    _NUCLEI[_v] = ("need", 1)
_NUCLEI["oo"] = ("need", -1)  # only in toneless loans: "xoong", "boong"
_FRONT = ("i", "e", "ê", "y")
# Palatal codas follow only front vowels ("anh" is the one exception); velar ones never do.
_PALATAL_NUCLEI = frozenset({"a", "ê", "i", "y", "uy", "oa", "uê"})
_NO_VELAR_NUCLEI = frozenset({"i", "ê", "y", "uy"})


def _split_tone(word: str) -> tuple[str, int | None, bool]:
    """(toneless lower-case letters, index of the toned letter, ok). Not ok: two tones, or a mark
    that Vietnamese does not use (ï, å ...)."""
    letters: list[str] = []
    tone_at, tone = None, None
    for ch in unicodedata.normalize("NFC", word.lower()):
        kept = []
        for part in unicodedata.normalize("NFD", ch):
            if part in _TONE_MARKS:
                if tone_at is not None:
                    return "", None, False
                tone_at, tone = len(letters), part
            elif unicodedata.combining(part) and part not in _LETTER_MARKS:
                return "", None, False
            else:
                kept.append(part)
        letters.append(unicodedata.normalize("NFC", "".join(kept)))
    base = "".join(letters)
    if len(base) != len(letters):  # a letter mark that did not compose (e.g. "x̆")
        return "", None, False
    return base, tone_at, tone in (None, _SAC, _NANG)


@lru_cache(maxsize=65536)  # names and addresses repeat the same few thousand syllables
def is_plausible_syllable(word: str) -> bool:
    """True when `word` can be one Vietnamese syllable: onset + vowel nucleus + coda, one tone on
    the right vowel, stop codas (c ch p t) only with sắc or nặng, and lower, upper or title case."""
    if not (word.islower() or word.isupper() or word.istitle()):
        return False
    base, tone_at, stop_tone_ok = _split_tone(word)
    if not base:
        return False
    for onset in _ONSETS:
        if not base.startswith(onset):
            continue
        rest = base[len(onset):]
        for coda in _CODAS:
            if coda and not rest.endswith(coda):
                continue
            nucleus = rest[: len(rest) - len(coda)]
            rule = _NUCLEI.get(nucleus)
            if rule is None:
                continue
            coda_rule, tone_index = rule
            if (coda_rule == "none" and coda) or (coda_rule == "need" and not coda):
                continue
            if coda in _STOP_CODAS and not stop_tone_ok:
                continue
            if coda in ("nh", "ch") and nucleus not in _PALATAL_NUCLEI:
                continue
            if coda in ("ng", "c") and nucleus in _NO_VELAR_NUCLEI:
                continue
            if onset == "qu" and nucleus.startswith(("u", "o")):
                continue
            if onset in ("k", "gh", "ngh") and not nucleus.startswith(_FRONT):
                continue
            if onset in ("c", "ng") and nucleus.startswith(_FRONT):
                continue
            if tone_at is not None:
                if tone_index == -1:
                    continue
                position = tone_at - len(onset)
                if not 0 <= position < len(nucleus):
                    continue
                expected = tone_index if tone_index is not None or not coda else 1
                if expected is not None and position != expected:
                    continue
            return True
    return False


# --- Scoring a candidate encoding ----------------------------------------------------------------
def _has_unicode_only_letters(text: str) -> bool:
    """Characters beyond Latin-1 (other than cp1252 punctuation) cannot come from a legacy font."""
    return any(ord(ch) > 0xFF and ch not in _CP1252_EXTRAS for ch in text)


def _has_vowel(word: str) -> bool:
    folded = "".join(c for c in unicodedata.normalize("NFD", word.lower()) if not unicodedata.combining(c))
    return any(c in "aeiouy" for c in folded)


# Latin-1 symbols that legacy and Unicode text alike use as punctuation between words.
_PUNCTUATION = frozenset("\xa0«»°±·×÷¿¡§©®¶")


def _tokens(text: str, codes: frozenset[str]) -> list[str]:
    """Runs of letters, of the encoding's code characters (some are symbols, like TCVN3 "x·") and
    of other Latin-1 signs, which inside a word are a sign that this reading is wrong."""
    out, current = [], []
    for ch in text:
        latin1_sign = 0xA0 <= ord(ch) <= 0xFF and ch not in _PUNCTUATION
        if ch.isalpha() or ch in codes or latin1_sign or unicodedata.combining(ch):
            current.append(ch)
        elif current:
            out.append("".join(current))
            current = []
    if current:
        out.append("".join(current))
    return out


@dataclass
class _Tally:
    """Word counts for one text read one way."""

    counted: int = 0  # words that take part in the plausibility share
    plausible: int = 0
    changed: int = 0  # words the conversion changed and that have a vowel
    bad: int = 0  # changed words that are not Vietnamese (or keep stray codes)

    def add(self, other: _Tally) -> None:
        self.counted += other.counted
        self.plausible += other.plausible
        self.changed += other.changed
        self.bad += other.bad

    @property
    def share(self) -> float:
        return self.plausible / self.counted if self.counted else 0.0


def _tally(text: str, encoding: str) -> tuple[_Tally, _Tally]:
    """Count plausible words of `text` read as it stands and read as `encoding`, over the same
    words (the encoding's code characters join words even where they are symbols, like "x·")."""
    as_is, converted = _Tally(), _Tally()
    for token in _tokens(text, _CODES[encoding]):
        word = _convert(token, encoding)
        changed = word != token
        if not (_has_vowel(word) or _has_vowel(token)):
            continue  # abbreviations such as "ĐBSCL", "Đ/c" say nothing either way
        token_ok = token.isalpha() and is_plausible_syllable(token)
        # Caps fonts put lower-case codes among capitals ("NGUYÔN"), so a TCVN3 reading is judged
        # without case; VNI codes keep the case of their letter and Unicode text is well-cased.
        judged = word.lower() if encoding == TCVN3 else word
        word_ok = _strays(token, encoding) == 0 and is_plausible_syllable(judged)
        if not changed and not word_ok and any(c.isupper() for c in word[1:]):
            continue  # unchanged acronyms like "UBND", "BanTG": not evidence either way
        if changed:
            converted.changed += 1
            converted.bad += not word_ok
        as_is.counted += 1
        as_is.plausible += token_ok
        converted.counted += 1
        converted.plausible += word_ok
    return as_is, converted


def _strays(text: str, encoding: str) -> int:
    return tables.vni_strays(text) if encoding == VNI else tables.tcvn3_strays(text)


def _convert(text: str, encoding: str) -> str:
    if encoding == VNI:
        return tables.vni_to_unicode(text)
    return tables.tcvn3_to_unicode(text)


def _looks_caps(values: list[str]) -> bool:
    """In most cells with TCVN3 lower-case codes, those codes sit among upper-case ASCII only:
    typed with Caps Lock in a caps font ("NGUYÔN" is NGUYỄN; in .VnTime it would have shown
    "NGUYễN"). Capitals must outnumber the codes, so a plain "Hµ" (Hà) does not count."""
    votes = []
    for value in values:
        lower_codes = sum(c in tables.TCVN3_LOWER_CODES for c in value)
        if lower_codes:
            upper = sum("A" <= c <= "Z" for c in value)
            lower = sum("a" <= c <= "z" for c in value)
            votes.append(lower == 0 and upper >= 2 and upper > lower_codes)
    return bool(votes) and sum(votes) * 2 > len(votes)


def _guess(values: list[str]) -> str:
    legacy = [v for v in values if not _has_unicode_only_letters(v)
              and any(c in _CODES[TCVN3] or c in _CODES[VNI] for c in v)]
    unicode_cells: float = sum(1 for v in values if _has_unicode_only_letters(v))   # scaled below
    if not legacy:
        return UNICODE
    if len(legacy) > _SAMPLE:  # evenly spread, so one odd block of rows cannot decide alone
        scale = _SAMPLE / len(legacy)
        legacy = legacy[:: len(legacy) // _SAMPLE][:_SAMPLE]
        unicode_cells = unicode_cells * scale
    best, best_key = UNICODE, None
    # VNI first: on a tie it wins, because a word that reads as both ("Löu": VNI "Lưu", TCVN3
    # "Lửu") is far more often the common VNI one than the rare TCVN3 one.
    for encoding in (VNI, TCVN3):
        total, better, worse = _Tally(), 0, 0
        for value in legacy:
            original, converted = _tally(value, encoding)
            total.add(converted)
            if converted.changed and converted.share > original.share:
                better += 1
            elif converted.share < original.share or converted.bad:
                worse += 1
        if (better == 0 or better <= worse or better < unicode_cells
                or total.bad > _MAX_BAD_SHARE * total.changed
                or total.share < _MIN_PLAUSIBLE_SHARE):
            continue
        key = (better - worse, total.changed - total.bad)
        if best_key is None or key > best_key:
            best, best_key = encoding, key
    if best == TCVN3 and _looks_caps(legacy):
        return TCVN3_CAPS
    return best


# --- Public API ----------------------------------------------------------------------------------
def font_encoding(font_name: str | None) -> str | None:
    """The legacy encoding a font name implies, or None for Unicode or unknown fonts."""
    name = (font_name or "").strip()
    lowered = name.lower()
    if lowered == "vni" or lowered.startswith(("vni-", "vni ", "vni_")):
        return VNI
    if lowered.startswith(".vn"):
        return TCVN3_CAPS if name.endswith("H") else TCVN3
    return None


def detect_encoding(text: str, font_name: str | None = None) -> str:
    """"unicode", "tcvn3", "tcvn3_caps" or "vni" for one text (a legacy font name decides)."""
    return detect_column_encoding([text], font_name)


def detect_column_encoding(values: list[str], font_name: str | None = None) -> str:
    """One decision for many cells of a column or sheet: more robust than one cell at a time."""
    texts = [v for v in values if isinstance(v, str) and v]
    by_font = font_encoding(font_name)
    if by_font:
        codes = _CODES[VNI if by_font == VNI else TCVN3]
        unicode_cells = sum(1 for v in texts if _has_unicode_only_letters(v))
        legacy_cells = sum(1 for v in texts if any(c in codes for c in v))
        return UNICODE if unicode_cells > legacy_cells else by_font
    return _guess(texts)


def to_unicode(text: str, encoding: str) -> str:
    """Convert text in `encoding` to NFC Unicode ("unicode" only normalises)."""
    if encoding == UNICODE:
        return unicodedata.normalize("NFC", text)
    if encoding == TCVN3:
        return unicodedata.normalize("NFC", tables.tcvn3_to_unicode(text))
    if encoding == TCVN3_CAPS:
        return unicodedata.normalize("NFC", tables.tcvn3_to_unicode(text).upper())
    if encoding == VNI:
        return unicodedata.normalize("NFC", tables.vni_to_unicode(text))
    raise ValueError(f"unknown encoding {encoding!r}; expected one of {ENCODINGS}")


def from_unicode(text: str, encoding: str) -> str:
    """Encode Unicode text the way a legacy font expects it (for tests and sample files).

    TCVN3 cannot hold toned capitals: ValueError. The caps encoding stores every letter with the
    lower-case codes, so its input is read case-insensitively."""
    if encoding == UNICODE:
        return unicodedata.normalize("NFC", text)
    if encoding == TCVN3:
        return tables.unicode_to_tcvn3(text)
    if encoding == TCVN3_CAPS:
        return tables.unicode_to_tcvn3(unicodedata.normalize("NFC", text).lower())
    if encoding == VNI:
        return tables.unicode_to_vni(text)
    raise ValueError(f"unknown encoding {encoding!r}; expected one of {ENCODINGS}")


def fix_legacy(text: str | None, font_name: str | None = None) -> str | None:
    """Detect and convert one text; Unicode text comes back unchanged except for NFC."""
    if text is None:
        return None
    return to_unicode(text, detect_encoding(text, font_name))


def fix_column(values: Sequence[str | None], font_name: str | None = None) -> list[str | None]:
    """Decide the encoding once for the column, convert every cell; cells that are certainly
    Unicode (letters a legacy font cannot hold) are only normalised."""
    encoding = detect_column_encoding([v for v in values if isinstance(v, str)], font_name)
    out: list[str | None] = []
    for value in values:
        if not isinstance(value, str) or encoding == UNICODE or _has_unicode_only_letters(value):
            out.append(nfc(value) if isinstance(value, str) else value)
        else:
            out.append(to_unicode(value, encoding))
    return out
