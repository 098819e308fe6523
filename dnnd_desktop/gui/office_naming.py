"""Sensible defaults for the setup wizard's office fields, from the level and the unit.

Plain functions (no Qt) so they are easy to test. The Front's names follow one pattern:
"Ủy ban MTTQ Việt Nam" + the unit with its kind in lower case ("xã Bát Xát", "tỉnh Lào Cai").
"""
from __future__ import annotations

from ..domain.roles import DISTRICT, LEVELS, PROVINCE
from ..domain.text import clean
from ..domain.units import Province
from ..services.installation import CENTRAL_BODY, default_parent_body

FRONT = "Ủy ban MTTQ Việt Nam"
DEFAULT_SYMBOL = "MTTQ-BTT"
DEFAULT_HEAD_TITLE = "Chủ tịch"

# Longest first so "thành phố" wins over a shorter prefix.
_UNIT_KINDS = ("thành phố", "đặc khu", "thị trấn", "thị xã", "phường", "huyện", "quận", "tỉnh", "xã")


def split_kind(unit: str) -> tuple[str, str]:
    """("xã", "Bát Xát") from "Xã Bát Xát"; ("", name) when the text has no kind word."""
    text = clean(unit) or ""
    lowered = text.lower()
    for kind in _UNIT_KINDS:
        if lowered.startswith(kind + " "):
            return kind, text[len(kind) + 1:].strip()
    return "", text


def unit_phrase(unit: str, default_kind: str = "") -> str:
    """The unit as it reads inside a sentence: "xã Bát Xát", "huyện Bát Xát"."""
    kind, name = split_kind(unit)
    kind = kind or default_kind
    return f"{kind} {name}".strip() if name else ""


def district_unit_name(typed: str) -> str:
    """A district typed as "Bát Xát" or "Huyện Bát Xát" becomes "huyện Bát Xát"."""
    return unit_phrase(typed, default_kind="huyện")


def office_name(level: str, province: Province | None, unit: str) -> str:
    if level == PROVINCE and province is not None:
        return f"{FRONT} {unit_phrase(province.full_name)}"
    phrase = unit_phrase(unit, default_kind="huyện" if level == DISTRICT else "xã")
    return f"{FRONT} {phrase}" if phrase else ""


def parent_body(level: str, province: Province | None) -> str:
    """The same default as `dnnd setup` (services.installation)."""
    if level == PROVINCE:
        return CENTRAL_BODY
    return default_parent_body(province.code, level) if province is not None and level in LEVELS else ""


def place_name(level: str, province: Province | None, unit: str) -> str:
    if level == PROVINCE:
        return province.name if province is not None else ""
    return split_kind(unit)[1]
