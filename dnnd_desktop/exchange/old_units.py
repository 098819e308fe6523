"""Communes and wards written with their names from before 1 July 2025 (the two-level reform that
removed districts and merged communes), converted to the current commune of the office's province.

The old → new table is the one maintained in the `vietnam-address-converter` package (Apache-2.0;
its table "admin_mapping_old_to_new", every old ward, district and province with the new ward it
went to; a ward split among several new ones has one row per new ward). The package's own
parser builds text indexes of the whole country on first use (tens of seconds on an office PC),
so only its table is read here, indexed once per province by folded names, which takes a fraction
of a second. Matching is by name, ignoring case, tone marks and the unit word ("Xã", "Phường",
"Thị trấn", "Huyện"…): "Quang Kim", "xã Quang Kim, huyện Bát Xát" and "X. Quang Kim" all find it.

    old_commune("Xã Quang Kim, Huyện Bát Xát", 15) -> OldCommune(old_text, candidates=((code, "Xã Bát Xát"),))

Several candidates mean the old unit was split (or the name exists in two old districts and none
was written): a person chooses.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from dnnd_desktop.domain.text import fold
from dnnd_desktop.domain.units import communes, province_by_code

_UNIT_WORDS = re.compile(r"^(?:xa|phuong|thi tran|thi xa|thanh pho|huyen|quan|tinh|tp|tt|tx|x|p|h|q)\.?\s+")


def _bare(name: str) -> str:
    """Folded name without its unit word: "Thị trấn Bát Xát" -> "bat xat"."""
    text = fold(name).replace(".", ". ").strip()
    text = re.sub(r"\s+", " ", text)
    while True:
        stripped = _UNIT_WORDS.sub("", text, count=1)
        if stripped == text:
            return text
        text = stripped


@dataclass(frozen=True)
class OldCommune:
    old_text: str
    candidates: tuple[tuple[int, str], ...]     # (current commune code, its name), in the office's province

    @property
    def unique(self) -> bool:
        return len(self.candidates) == 1


@cache
def _table() -> list[dict]:
    from vietnam_address_converter.data import DEFAULT_DATA  # the package's maintained table

    return list(DEFAULT_DATA["mapping"]["rows"])


@lru_cache(maxsize=8)
def _province_index(province_code: int) -> dict[str, dict[str, set[int]]]:
    """old ward (bare folded name) -> old district (bare folded) -> current commune codes."""
    province = province_by_code(province_code)
    if province is None:
        return {}
    ours = {_bare(c.name): c.code for c in communes(province_code)}
    wanted = _bare(province.name)
    index: dict[str, dict[str, set[int]]] = {}
    for row in _table():
        new = row.get("new") or {}
        if _bare(new.get("province_name", "")) != wanted:
            continue
        code = ours.get(_bare(new.get("ward_name", "")))
        if code is None:
            continue
        old = row.get("old") or {}
        ward, district = _bare(old.get("ward_name", "")), _bare(old.get("district_name", ""))
        index.setdefault(ward, {}).setdefault(district, set()).add(code)
    return index


def old_commune(text: str, province_code: int | None) -> OldCommune | None:
    """The current commune(s) an old commune name stands for, or None when it is not an old name."""
    if province_code is None or not text or not text.strip():
        return None
    parts = [p for p in (x.strip() for x in text.split(",")) if p]
    if not parts:
        return None
    index = _province_index(province_code)
    by_district = index.get(_bare(parts[0]))
    if not by_district:
        return None
    districts = {_bare(p) for p in parts[1:]}
    chosen = [codes for d, codes in by_district.items() if d in districts] or list(by_district.values())
    codes = sorted(set().union(*chosen))
    names = {c.code: c.name for c in communes(province_code)}
    return OldCommune(text.strip(), tuple((c, names[c]) for c in codes))
