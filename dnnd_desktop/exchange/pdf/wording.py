"""The fixed wording of an official document, as plain strings (tested without drawing anything).

Blanks left for the clerk to fill by hand use no-break spaces: paragraphs collapse ordinary runs of
spaces, and a blank that vanishes cannot be written into.
"""
from __future__ import annotations

import datetime as dt
import math
from decimal import Decimal

from dnnd_desktop.domain.formatting import format_date, format_number, long_date_line
from dnnd_desktop.domain.messages import render
from dnnd_desktop.domain.text import nfc

from .document_spec import CellValue

NBSP = "\u00a0"
NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
COPIES_HEADING = "Nơi nhận:"
ARCHIVE_ENTRY = "Lưu: VT."
TO_LABEL = "Kính gửi:"

_NUMBER_BLANK = NBSP * 8
_DAY_BLANK = NBSP * 6


def number_line(number: str | None, symbol: str) -> str:
    """ "Số: 05/BC-MTTQ"; numbers below 10 get a leading zero (Decree 30); no number -> a blank."""
    num = (nfc(number) or "").strip()
    if num.isdigit() and len(num) == 1:
        num = "0" + num
    if not num:
        num = _NUMBER_BLANK
    sym = (nfc(symbol) or "").strip()
    return f"Số: {num}/{sym}" if sym else f"Số: {num}"


def date_line(place: str, date: dt.date | None, year: int | None = None) -> str:
    """ "Bát Xát, ngày 15 tháng 5 năm 2026"; without a date, blanks for day and month."""
    place = (nfc(place) or "").strip()
    if date is not None:
        line = long_date_line(place, date)
        return line if place else line.lstrip(", ")
    year = year or dt.date.today().year
    line = f"ngày{_DAY_BLANK}tháng{_DAY_BLANK}năm {year}"
    return f"{place}, {line}" if place else line


def _strip_entry(entry: str) -> str:
    text = (nfc(entry) or "").strip()
    if text.startswith("-"):
        text = text[1:].strip()
    return text.rstrip(";.").strip()


def copies_lines(copies_to: list[str]) -> list[str]:
    """ "Nơi nhận:" entries as printed: "- X;" each, and "- Lưu: VT." always last, exactly once."""
    entries = [e for e in (_strip_entry(c) for c in copies_to) if e]
    entries = [e for e in entries if not e.casefold().startswith("lưu")]
    return [f"- {e};" for e in entries] + [f"- {ARCHIVE_ENTRY}"]


def recipient_lines(recipients: list[str]) -> list[str]:
    """ "Kính gửi:" entries: one recipient as is; several as "- A;" ... "- B." """
    entries = [e for e in (_strip_entry(r) for r in recipients) if e]
    if len(entries) <= 1:
        return entries
    return [f"- {e};" for e in entries[:-1]] + [f"- {entries[-1]}."]


def cell_text(value: CellValue, grouping: bool = True) -> str:
    """How a table value prints: grouped numbers (1.234.567 / 12,5), dd/mm/yyyy dates, NFC text.
    Without `grouping`, whole numbers print bare (a year is 1975, not 1.975)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Có" if value else "Không"
    if isinstance(value, int):
        return format_number(value) if grouping else str(value)
    if isinstance(value, (float, Decimal)):
        if not _finite(value):
            return ""
        if value == int(value):
            return format_number(int(value))
        text = format_number(value, 2)
        return text.rstrip("0").rstrip(",")
    if isinstance(value, (dt.date, dt.datetime)):
        return format_date(value)
    # A catalogue text (a label) prints in Vietnamese whatever the interface: documents are Vietnamese.
    return nfc(render(value, "vi")) or ""


def _finite(value: float | Decimal) -> bool:
    return math.isfinite(value) if isinstance(value, float) else value.is_finite()


def is_numeric(value: CellValue) -> bool:
    return isinstance(value, (int, float, Decimal)) and not isinstance(value, bool)
