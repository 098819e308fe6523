"""Read typed values out of spreadsheet cells, the way Vietnamese offices write them.

A reader (calamine, openpyxl) hands over str, int, float, bool, date, datetime, time, timedelta
or None. Every parser here returns a plain value or None for an empty cell, and for anything else
raises `CellValueError`, whose catalogue message quotes what was found and shows the format
expected. Conventions: dates are day first (15/05/2022); "." or "," or a space between groups of
three digits is thousands grouping (1.234.567 đ), never a decimal point, so "1.5" is refused
rather than guessed.
"""
from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata

from dnnd_desktop.domain.errors import ValidationError
from dnnd_desktop.domain.formatting import format_date, format_number
from dnnd_desktop.domain.messages import Message, translate
from dnnd_desktop.domain.text import clean, fold

DEFAULT_MAX_TEXT = 10_000
_FIRST_DATE, _LAST_DATE = dt.date(1900, 1, 1), dt.date(2100, 12, 31)
_SHOWN_MAX = 60  # longest excerpt of a bad value quoted back in a message


class CellValueError(ValidationError):
    """A cell whose content does not fit its column. `found` is the excerpt quoted in the message."""

    code = "invalid_cell"

    def __init__(self, message: Message, *, found: str = "", code: str | None = None):
        super().__init__(message, code=code, details={"found": found})
        self.found = found


def _shown(value: object) -> str:
    text = value if isinstance(value, str) else str(value)
    text = " ".join(unicodedata.normalize("NFC", text).split())
    return text if len(text) <= _SHOWN_MAX else text[: _SHOWN_MAX - 1] + "…"


def _is_empty(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


# --- Dates -------------------------------------------------------------------------------------
_TIME = r"(?:[ t]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?"
_DMY = re.compile(r"(\d{1,2})([/.-])(\d{1,2})\2(\d{4})" + _TIME)
_YMD = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})" + _TIME)
_WORDS = re.compile(r"(?:ngay\s*)?(\d{1,2})\s*thang\s*(\d{1,2})\s*,?\s*nam\s*(\d{4})")
# Why a date was refused, when more can be said than "invalid": one whole message each.
_DATE_ERRORS = {
    None: translate("CellErrors", "Invalid date: “{found}”. Type it as day/month/year, for example 15/05/2022."),
    "year_only": translate("CellErrors", "Invalid date: “{found}” (only a year: the day and month are missing). "
                                         "Type it as day/month/year, for example 15/05/2022."),
    "out_of_range": translate("CellErrors", "Invalid date: “{found}” (outside the years 1900–2100). "
                                            "Type it as day/month/year, for example 15/05/2022."),
}
_EXCEL_EPOCH = dt.date(1899, 12, 30)  # serial 61 is 1 March 1900 counted from here


def _date_error(value: object, why: str | None = None) -> CellValueError:
    return CellValueError(_DATE_ERRORS[why].format(found=_shown(value)), found=_shown(value), code="invalid_date")


def _from_serial(value: float) -> dt.date:
    """Excel's 1900 date system: 1 is 1900-01-01 and 60 is the 29 February 1900 that never was."""
    if not math.isfinite(value):
        raise _date_error(value)
    serial = math.floor(value)
    if 1900 <= serial <= 2100 and serial == value:
        # Far more likely a year typed into a date column than a day in 1905.
        raise _date_error(value, "year_only")
    if serial == 60 or serial < 1:
        raise _date_error(value)
    offset = serial + 1 if serial < 60 else serial
    try:
        day = _EXCEL_EPOCH + dt.timedelta(days=offset)
    except OverflowError:
        raise _date_error(value) from None
    if not _FIRST_DATE <= day <= _LAST_DATE:
        raise _date_error(value, "out_of_range")
    return day


def _from_text(text: str) -> dt.date:
    folded = fold(text)
    match = _DMY.fullmatch(folded)
    if match:
        day, month, year = int(match[1]), int(match[3]), int(match[4])
    elif match := _YMD.fullmatch(folded):
        year, month, day = int(match[1]), int(match[2]), int(match[3])
    elif match := _WORDS.fullmatch(folded):
        day, month, year = int(match[1]), int(match[2]), int(match[3])
    elif re.fullmatch(r"\d{4}", folded):
        raise _date_error(text, "year_only")
    else:
        raise _date_error(text)
    try:
        result = dt.date(year, month, day)
    except ValueError:
        raise _date_error(text) from None
    if not _FIRST_DATE <= result <= _LAST_DATE:
        raise _date_error(text, "out_of_range")
    return result


def parse_date(value: object) -> dt.date | None:
    """A date from a date cell, an Excel serial number or day-first text; None when empty."""
    if _is_empty(value):
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        if not _FIRST_DATE <= value <= _LAST_DATE:
            raise _date_error(format_date(value), "out_of_range")
        return value
    if isinstance(value, bool):
        raise _date_error(value)
    if isinstance(value, (int, float)):
        return _from_serial(value)
    if isinstance(value, str):
        return _from_text(value)
    raise _date_error(value)


# --- Whole numbers and money -------------------------------------------------------------------
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009]+")
_GROUPED = r"\d{1,3}(?:(?P<sep>[., ])\d{3})(?:(?P=sep)\d{3})*"
_INTEGER = re.compile(rf"(?P<int>\d+|{_GROUPED})(?:(?P<dec>[.,])(?P<frac>\d+))?")
_CURRENCY = re.compile(r"^(?:vnd|₫)\s*|\s*(?:vnd|dong|d|₫)$")


def _number_error(value: object, *, money: bool) -> CellValueError:
    if money:
        return CellValueError(translate(
            "CellErrors", "Invalid amount: “{found}”. Type whole đồng with no fraction; a dot only separates "
            "thousands, for example 1.234.567 or 1.234.567 đ.").format(found=_shown(value)),
            found=_shown(value), code="invalid_money")
    return CellValueError(translate(
        "CellErrors", "Invalid number: “{found}”. Type a whole number; a dot only separates thousands, "
        "for example 25 or 1.234.").format(found=_shown(value)),
        found=_shown(value), code="invalid_number")


def _whole_from_text(text: str, *, money: bool) -> int:
    body = _SPACES.sub(" ", unicodedata.normalize("NFC", text)).strip()
    if money:
        body = _CURRENCY.sub("", fold(body)).strip()
    negative = body[:1] in ("-", "−")
    if body[:1] in ("-", "−", "+"):
        body = body[1:].strip()
    match = _INTEGER.fullmatch(body)
    if not match:
        raise _number_error(text, money=money)
    digits, dec, frac = match["int"], match["dec"], match["frac"]
    sep = match["sep"]
    if dec and not sep and len(frac) == 3 and int(digits) > 0:
        digits, dec, frac = digits + frac, None, None  # "1.500": one group of thousands
    if dec and (dec == sep or int(frac) != 0):
        raise _number_error(text, money=money)  # "1.5", "1.234.5": a fraction or a guess
    number = int(digits.replace(sep, "") if sep else digits)
    return -number if negative else number


def _whole(value: object, *, money: bool) -> int | None:
    if _is_empty(value):
        return None
    if isinstance(value, bool):
        raise _number_error(value, money=money)
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if not math.isfinite(value) or not value.is_integer():
            raise _number_error(value, money=money)
        return int(value)
    if isinstance(value, str):
        return _whole_from_text(value, money=money)
    raise _number_error(value, money=money)


def parse_int(value: object) -> int | None:
    """A whole number: 1234, 1234.0, "1.234", "1,234", "1 234", "-5"; None when empty."""
    return _whole(value, money=False)


def parse_money(value: object) -> int | None:
    """Whole đồng, never negative: 1234567, "1.234.567 đ", "1.234.567 VNĐ", "1.234.567đồng"."""
    amount = _whole(value, money=True)
    if amount is not None and amount < 0:
        raise CellValueError(translate(
            "CellErrors", "An amount cannot be negative: “{found}”. Type an amount of 0 or more, "
            "for example 1.234.567.").format(found=_shown(value)),
            found=_shown(value), code="invalid_money")
    return amount


# --- Years, yes/no, text -----------------------------------------------------------------------
def parse_year(value: object, *, minimum: int = 1900, maximum: int | None = None) -> int | None:
    """A year from 1900 to this year (a date gives its year); None when empty."""
    top = maximum if maximum is not None else dt.date.today().year
    if _is_empty(value):
        return None
    year: int | None
    if isinstance(value, (dt.date, dt.datetime)):
        year = value.year
    else:
        text = fold(value) if isinstance(value, str) else value
        if isinstance(text, str) and text.startswith("nam "):
            text = text[4:]
        try:
            year = _whole(text, money=False)
        except CellValueError:
            year = None
    if year is None or not minimum <= year <= top:
        raise CellValueError(translate(
            "CellErrors", "Invalid year: “{found}”. Type a year of 4 digits, from {minimum} to {maximum}, "
            "for example 1985.").format(found=_shown(value), minimum=minimum, maximum=top),
            found=_shown(value), code="invalid_year")
    return year


_TRUE = frozenset({"co", "x", "1", "yes", "y", "true", "dung", "v", "✓", "✔"})
_FALSE = frozenset({"khong", "k", "0", "no", "n", "false", "sai"})


def parse_bool(value: object) -> bool | None:
    """Yes/no: "có"/"không", "x", 1/0, "yes"/"no", TRUE/FALSE; None when empty."""
    if _is_empty(value):
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)) and value in (0, 1):
        return bool(value)
    if isinstance(value, str):
        word = fold(value)
        if word in _TRUE:
            return True
        if word in _FALSE:
            return False
    raise CellValueError(translate(
        "CellErrors", "Invalid value: “{found}”. Type “có” (yes) or “không” (no); x, 1 or 0 also work."
        ).format(found=_shown(value)), found=_shown(value), code="invalid_bool")


def _as_text(value: object) -> str:
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"  # what Excel shows for a logical cell
    if isinstance(value, float):
        if not math.isfinite(value):
            raise CellValueError(translate(
                "CellErrors", "The cell holds a value that cannot be read: “{found}”. Type the cell's content "
                "again.").format(found=_shown(value)), found=_shown(value), code="invalid_text")
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0):
            return format_date(value)
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, dt.date):
        return format_date(value)
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    return str(value)


def parse_text(value: object, *, max_length: int = DEFAULT_MAX_TEXT) -> str | None:
    """Text in NFC, trimmed, inner whitespace collapsed; numbers without a stray ".0"; None when empty."""
    if value is None:
        return None
    text = clean(_as_text(value))
    if text is not None and len(text) > max_length:
        raise CellValueError(translate(
            "CellErrors", "The cell's content is too long: {length} characters (at most {maximum}). "
            "Shorten it or split it over several cells.").format(
                length=format_number(len(text)), maximum=format_number(max_length)),
            found=_shown(text), code="text_too_long")
    return text
