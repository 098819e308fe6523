"""Code tables of the two pre-Unicode Vietnamese encodings still found in office spreadsheets.

Both were 8-bit font hacks: the file stores ordinary Windows-1252 code points and the font draws
Vietnamese glyphs at them. So when such a cell is read as text, TCVN3 "Nguyễn" arrives as
"NguyÔn" and VNI "Nguyễn" as "Nguyeãn". This module only knows the tables and the mechanical
conversion both ways; deciding *whether* a text is legacy lives in `legacy_text`.

- TCVN3 (TCVN 5712:1993 "ABC", fonts .VnTime, .VnArial ...): every lower-case Vietnamese letter is
  one code; of the upper-case letters only Ă Â Ê Ô Ơ Ư Đ have codes, toned capitals do not exist.
  The caps fonts (.VnTimeH ...) draw capitals at the lower-case codes.
- VNI (VNI-Times ...): an ASCII base letter followed by a mark code (tone, or letter mark and tone
  fused into one code); ơ ư đ and the toned i / ỵ are single codes. Capitals use the capital forms
  of the same codes.
"""
from __future__ import annotations

import re
import unicodedata

# Tone order used in every row below: ngang, huyền, hỏi, ngã, sắc, nặng.
TONES = ("", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323")
_BREVE, _CIRCUMFLEX, _HORN = "\u0306", "\u0302", "\u031b"

# The 12 vowel letters (base letter + letter mark) in dictionary order.
VOWELS = (
    ("a", ""), ("a", _BREVE), ("a", _CIRCUMFLEX), ("e", ""), ("e", _CIRCUMFLEX), ("i", ""),
    ("o", ""), ("o", _CIRCUMFLEX), ("o", _HORN), ("u", ""), ("u", _HORN), ("y", ""),
)


def vowel_letter(base: str, letter_mark: str, tone: str) -> str:
    """The single NFC character for base + letter mark + tone, e.g. ("e", CIRCUMFLEX, ngã) -> "ễ"."""
    return unicodedata.normalize("NFC", base + letter_mark + tone)


def all_vowel_letters() -> list[str]:
    """The 72 lower-case toned vowel letters, in VOWELS x TONES order."""
    return [vowel_letter(b, m, t) for b, m in VOWELS for t in TONES]


# --- TCVN3 -------------------------------------------------------------------------------------
# One row per vowel of VOWELS, codes in TONES order. Plain a/e/i/o/u/y are themselves.
_TCVN3_ROWS = (
    (0x61, 0xB5, 0xB6, 0xB7, 0xB8, 0xB9),  # a à ả ã á ạ
    (0xA8, 0xBB, 0xBC, 0xBD, 0xBE, 0xC6),  # ă ằ ẳ ẵ ắ ặ
    (0xA9, 0xC7, 0xC8, 0xC9, 0xCA, 0xCB),  # â ầ ẩ ẫ ấ ậ
    (0x65, 0xCC, 0xCE, 0xCF, 0xD0, 0xD1),  # e è ẻ ẽ é ẹ
    (0xAA, 0xD2, 0xD3, 0xD4, 0xD5, 0xD6),  # ê ề ể ễ ế ệ
    (0x69, 0xD7, 0xD8, 0xDC, 0xDD, 0xDE),  # i ì ỉ ĩ í ị
    (0x6F, 0xDF, 0xE1, 0xE2, 0xE3, 0xE4),  # o ò ỏ õ ó ọ
    (0xAB, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9),  # ô ồ ổ ỗ ố ộ
    (0xAC, 0xEA, 0xEB, 0xEC, 0xED, 0xEE),  # ơ ờ ở ỡ ớ ợ
    (0x75, 0xEF, 0xF1, 0xF2, 0xF3, 0xF4),  # u ù ủ ũ ú ụ
    (0xAD, 0xF5, 0xF6, 0xF7, 0xF8, 0xF9),  # ư ừ ử ữ ứ ự  (ư is the soft-hyphen code)
    (0x79, 0xFA, 0xFB, 0xFC, 0xFD, 0xFE),  # y ỳ ỷ ỹ ý ỵ
)
_TCVN3_SINGLES = {"đ": 0xAE, "Ă": 0xA1, "Â": 0xA2, "Ê": 0xA3, "Ô": 0xA4, "Ơ": 0xA5, "Ư": 0xA6, "Đ": 0xA7}


def _build_tcvn3() -> dict[str, str]:
    """Unicode letter -> TCVN3 code character (only letters that need a code)."""
    table: dict[str, str] = {}
    for (base, mark), row in zip(VOWELS, _TCVN3_ROWS, strict=False):
        for tone, code in zip(TONES, row, strict=False):
            letter = vowel_letter(base, mark, tone)
            if letter != chr(code):
                table[letter] = chr(code)
    for letter, code in _TCVN3_SINGLES.items():
        table[letter] = chr(code)
    return table


TCVN3_ENCODE: dict[str, str] = _build_tcvn3()
TCVN3_DECODE: dict[str, str] = {code: letter for letter, code in TCVN3_ENCODE.items()}
# Lower-case codes only: their presence next to upper-case ASCII hints at a caps (…H) font.
TCVN3_LOWER_CODES = frozenset(code for code, letter in TCVN3_DECODE.items() if letter.islower())
TCVN3_CODES = frozenset(TCVN3_DECODE)
_TCVN3_TRANSLATE = str.maketrans(TCVN3_DECODE)
_TCVN3_SELF = frozenset("ý")  # ý is its own code


def tcvn3_strays(text: str) -> int:
    """How many Latin-1 characters of `text` are no TCVN3 code (unused positions such as à)."""
    return sum(1 for c in text if 0xA0 <= ord(c) <= 0xFF and c not in TCVN3_CODES and c not in _TCVN3_SELF)


def tcvn3_to_unicode(text: str) -> str:
    return text.translate(_TCVN3_TRANSLATE)


def unicode_to_tcvn3(text: str) -> str:
    """Encode; capitals that .VnTime cannot draw (toned capitals) raise ValueError."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        code = TCVN3_ENCODE.get(ch)
        if code is None and ch.isupper() and ch.lower() in TCVN3_ENCODE:
            raise ValueError(f"{ch!r} has no TCVN3 code (toned capitals need a caps font)")
        out.append(code or ch)
    return "".join(out)


# --- VNI ---------------------------------------------------------------------------------------
# Mark codes, lower-case; capitals use .upper() of each (ù -> Ù ...).
_VNI_TONE = ("", "ø", "û", "õ", "ù", "ï")  # after a e o u y ơ ư: huyền hỏi ngã sắc nặng
_VNI_CIRCUMFLEX = ("â", "à", "å", "ã", "á", "ä")  # â ê ô: circumflex fused with each tone
_VNI_BREVE = ("ê", "è", "ú", "ü", "é", "ë")  # ă: breve fused with each tone
_VNI_I = ("i", "ì", "æ", "ó", "í", "ò")  # toned i are single codes
_VNI_HORN_BASE = {"o": "ô", "u": "ö"}  # ơ and ư are single codes that then take a tone mark
_VNI_Y_NANG = "î"  # ỵ is a single code; other toned y are y + tone mark


def _vni_lower(base: str, mark: str, tone_index: int) -> str:
    if base == "i":
        return _VNI_I[tone_index]
    if base == "y" and tone_index == 5:
        return _VNI_Y_NANG
    if mark == _CIRCUMFLEX:
        return base + _VNI_CIRCUMFLEX[tone_index]
    if mark == _BREVE:
        return base + _VNI_BREVE[tone_index]
    if mark == _HORN:
        return _VNI_HORN_BASE[base] + _VNI_TONE[tone_index]
    return base + _VNI_TONE[tone_index]


def _build_vni() -> dict[str, str]:
    table: dict[str, str] = {}
    for base, mark in VOWELS:
        for i, tone in enumerate(TONES):
            letter = vowel_letter(base, mark, tone)
            code = _vni_lower(base, mark, i)
            if code != letter:
                table[letter] = code
                table[letter.upper()] = code.upper()
    table["đ"], table["Đ"] = "ñ", "Ñ"
    return table


VNI_ENCODE: dict[str, str] = _build_vni()


def _build_vni_decode() -> dict[str, str]:
    decode = {code: letter for letter, code in VNI_ENCODE.items()}
    # Tolerate a mark whose case differs from its base letter (keyboard drivers and hand edits
    # mix them); the base letter decides the case of the result.
    for code, letter in list(decode.items()):
        if len(code) == 2:
            for variant in (code[0] + code[1].swapcase(),):
                decode.setdefault(variant, letter)
    return decode


VNI_DECODE: dict[str, str] = _build_vni_decode()
# Every character that only has a meaning as (part of) a VNI code.
VNI_CODES = frozenset(ch for code in VNI_ENCODE.values() for ch in code if ord(ch) > 0x7F)
_VNI_PATTERN = re.compile("|".join(re.escape(c) for c in sorted(VNI_DECODE, key=len, reverse=True)))
# Only the codes as a VNI keyboard writes them (mark in the case of its letter): for detection.
_VNI_STRICT = re.compile("|".join(re.escape(c) for c in sorted(VNI_ENCODE.values(), key=len, reverse=True)))


_VNI_SELF = frozenset("íìÍÌ")  # í ì are their own codes


def vni_strays(text: str) -> int:
    """How many Latin-1 characters of `text` are not part of a VNI code (a mark without its base
    letter or of the other case, or letters VNI does not use such as ç)."""
    rest = _VNI_STRICT.sub("", text)
    return sum(1 for c in rest if 0xA0 <= ord(c) <= 0xFF and c not in _VNI_SELF)


def vni_to_unicode(text: str) -> str:
    return _VNI_PATTERN.sub(lambda m: VNI_DECODE[m.group(0)], text)


def unicode_to_vni(text: str) -> str:
    return "".join(VNI_ENCODE.get(ch, ch) for ch in unicodedata.normalize("NFC", text))
