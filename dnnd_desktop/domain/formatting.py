"""How numbers, money and dates are shown to a Vietnamese reader (1.234.567; 15/05/2026)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from .messages import DOCUMENT_LANGUAGE, translate


def format_number(value: int | float | Decimal | None, decimals: int = 0) -> str:
    """Vietnamese grouping: dot for thousands, comma for decimals (1.234.567,5)."""
    if value is None:
        return ""
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def format_money(value: int | float | Decimal | None) -> str:
    """VND has no minor unit: whole đồng, grouped."""
    if value is None:
        return ""
    return format_number(round(value), 0)


def format_date(value: dt.date | dt.datetime | None) -> str:
    if value is None:
        return ""
    return value.strftime("%d/%m/%Y")


def format_datetime(value: dt.datetime | None) -> str:
    if value is None:
        return ""
    return value.strftime("%d/%m/%Y %H:%M")


def format_stored_datetime(value: dt.datetime | None) -> str:
    """A time as stored (naive UTC, storage.models.utcnow) shown in the machine's zone: the audit
    log was 7 hours behind Vietnam time, and one package showed on two dates on two tabs."""
    if value is None:
        return ""
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return format_datetime(value.astimezone().replace(tzinfo=None))


def long_date_line(place: str, day: dt.date) -> str:
    """The official date line: "Bát Xát, ngày 15 tháng 5 năm 2026" (day and month below 10 get a
    leading zero for day 1-9 and months 1-2, as Decree 30 asks, to prevent later insertions)."""
    d = f"{day.day:02d}" if day.day < 10 else str(day.day)
    m = f"{day.month:02d}" if day.month < 3 else str(day.month)
    line = translate("Documents", "{place}, day {day} month {month} year {year}")
    return line.format(place=place, day=d, month=m, year=day.year).text(DOCUMENT_LANGUAGE)   # documents: Vietnamese
