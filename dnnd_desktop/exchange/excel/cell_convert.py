"""Turn a spreadsheet cell into the value `domain.validation.validate` expects for a field.

Spreadsheets hold Excel dates, serial numbers, "15-5-2022", "1.234.567 đ", 1960.0, "x", commune
names, vocabulary labels. `exchange.cell_values` reads the cell the Vietnamese way; this module
picks the parser by field type and resolves names the validator takes only as codes (communes).
Vocabulary and country labels are passed on: the validator resolves labels and codes itself.
"""
from __future__ import annotations

import datetime as dt
from functools import lru_cache

from dnnd_desktop.domain.messages import translate
from dnnd_desktop.domain.record_kinds import (
    BOOL,
    COMMUNE,
    COUNTRY,
    DATE,
    INT,
    LONGTEXT,
    MONEY,
    PHONE,
    VOCAB,
    YEAR,
    FieldSpec,
    resolve_code,
)
from dnnd_desktop.domain.text import fold
from dnnd_desktop.domain.units import communes, find_communes, province_by_code
from dnnd_desktop.exchange.cell_values import (
    CellValueError,
    parse_bool,
    parse_date,
    parse_int,
    parse_money,
    parse_text,
    parse_year,
)

from .limits import MAX_CELL_CHARS


@lru_cache(maxsize=64)
def _commune_index(province_code: int) -> tuple[dict[str, int], frozenset[int]]:
    names: dict[str, int] = {}
    for c in communes(province_code):
        names.setdefault(fold(c.name), c.code)
        names.setdefault(fold(c.short_name), c.code)
    return names, frozenset(c.code for c in communes(province_code))


def _commune(value: object, province_code: int | None) -> int | str | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return parse_int(value)
    text = parse_text(value, max_length=MAX_CELL_CHARS)
    if text is None:
        return None
    if text.isdigit():
        return int(text)
    if province_code is None:
        return text  # the validator then says a commune must be chosen
    names, _codes = _commune_index(province_code)
    code = names.get(fold(text))
    if code is not None:
        return code
    found = find_communes(province_code, text)
    if len(found) == 1:
        return found[0].code
    province = province_by_code(province_code)
    where = province.full_name if province else translate("CellErrors", "the office's province")
    if found:
        names_shown = ", ".join(c.name for c in found[:4])
        raise CellValueError(translate(
            "CellErrors", "“{found}” matches several communes and wards ({names}…). Write the full name, "
            "for example “Xã Bát Xát”.").format(found=text, names=names_shown), found=text, code="ambiguous_commune")
    # «Địa chỉ cũ» is the column's header in the (Vietnamese) template, so it stays as it is.
    raise CellValueError(translate(
        "CellErrors", "There is no commune or ward “{found}” in {province} (by the administrative units from "
        "01/7/2025). Write the new commune or ward; put the old address in the column “Địa chỉ cũ”.").format(
            found=text, province=where), found=text, code="unknown_commune")


# Everyday Vietnamese names of countries that CLDR words differently ("Australia", "Canada"):
# offices' lists use these. Folded name -> ISO code; the validator accepts the code.
COUNTRY_ALIASES = {
    "uc": "AU", "o xtray li a": "AU", "my": "US", "hoa ky": "US", "anh": "GB", "ca na da": "CA",
    "ca-na-da": "CA", "lien bang nga": "RU", "cong hoa sec": "CZ", "sec": "CZ", "xec": "CZ",
    "cong hoa lien bang duc": "DE", "cong hoa phap": "FR", "cong hoa dan chu nhan dan lao": "LA",
    "chdcnd lao": "LA", "cam pu chia": "KH", "cam-pu-chia": "KH", "vuong quoc campuchia": "KH",
    "ma lai": "MY", "ma-lai-xi-a": "MY", "xinh-ga-po": "SG", "xin ga po": "SG", "thai": "TH",
    "ba lan": "PL", "hung ga ri": "HU", "hungari": "HU", "han quoc": "KR", "nhat": "JP", "dai loan": "TW",
    "trung hoa": "CN", "niu di lan": "NZ", "tan tay lan": "NZ", "hong kong": "HK", "hong kong (trung quoc)": "HK",
}


def _country(value: object) -> str | None:
    text = parse_text(value, max_length=MAX_CELL_CHARS)
    if text is None:
        return None
    return COUNTRY_ALIASES.get(fold(text).replace(".", ""), text)


def _phone(value: object) -> str | None:
    # Excel drops the leading zero of a phone typed as a number: 912345678 was 0912 345 678.
    if isinstance(value, (int, float)) and not isinstance(value, bool) and float(value).is_integer():
        digits = str(int(value))
        if len(digits) in (9, 10) and not digits.startswith("0"):
            return "0" + digits
    return parse_text(value, max_length=MAX_CELL_CHARS)


def _vocab(value: object, f: FieldSpec) -> str | None:
    text = parse_text(value, max_length=MAX_CELL_CHARS)
    if text is None or not f.multi or ";" not in text:
        return text
    # Exports join several labels with "; " (labels may contain commas): turn them into codes.
    parts = [p.strip() for p in text.split(";") if p.strip()]
    codes = [resolve_code(f.vocabulary or "", p) or p for p in parts]
    return ",".join(codes)


def convert_cell(value: object, f: FieldSpec, province_code: int | None = None) -> object:
    """The field's value from a cell (None when empty); CellValueError with a Vietnamese message."""
    if value is None or value == "":
        return None
    t = f.type
    if t == DATE:
        return parse_date(value)
    if t == YEAR:
        return parse_year(value, minimum=f.min or 1900, maximum=f.max)
    if t == INT:
        return parse_int(value)
    if t == MONEY:
        return parse_money(value)
    if t == BOOL:
        return parse_bool(value)
    if t == COMMUNE:
        return _commune(value, province_code)
    if t == PHONE:
        return _phone(value)
    if t == COUNTRY:
        return _country(value)
    if t == VOCAB:
        return _vocab(value, f)
    if t == LONGTEXT:
        if isinstance(value, str):
            if len(value) > MAX_CELL_CHARS:
                parse_text(value, max_length=MAX_CELL_CHARS)  # raises with the length in the message
            return value.strip() or None
    return parse_text(value, max_length=MAX_CELL_CHARS)


def as_excel_date(value: object) -> object:
    """datetime at midnight stays a date for display."""
    if isinstance(value, dt.datetime) and value.time() == dt.time(0):
        return value.date()
    return value
