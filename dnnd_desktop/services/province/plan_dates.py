"""Dates a plan document writes in its text (issue 13): a task's deadline ("Hoàn thành trong tháng
02/2022", "hoàn thành trước ngày 30/6/2027", "Thời gian: … ngày 15/12/2021", "thời hạn: 15/3") and
the years of a multi-year programme ("giai đoạn (2020 - 2025)"). The Vietnamese below recognises
the wording of the province's documents: data, not UI text. A date merely cited ("Kết luận số
12-KL/TW ngày 12/8/2021") is never a deadline: only a date after one of these phrases is.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re

from ...domain.text import fold

# Matched on folded text (no accents, lower case), so "Hoàn thành", "HOÀN THÀNH", "hoàn thành" are one.
_DAY = r"(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?"
_DAY_AFTER = re.compile(
    r"(?:hoan thanh|xong|thuc hien|gui|nop)?\s*(?:truoc|cham nhat|han chot|thoi han)(?: la)?\s*(?:ngay|:)?\s*"
    + _DAY)
_TIME_LINE = re.compile(r"thoi gian(?: thuc hien| hoan thanh)?\s*:[^\n]*?ngay\s*" + _DAY)
_IN_MONTH = re.compile(r"(?:hoan thanh|xong|thuc hien)\s*(?:trong|truoc|cuoi)?\s*thang\s*(\d{1,2})\s*[/.-]\s*(\d{4})")
_IN_QUARTER = re.compile(r"(?:hoan thanh|xong|thuc hien)\s*(?:trong|truoc)?\s*quy\s*([1-4]|i{1,3}|iv)"
                         r"(?:\s*(?:/|nam)\s*(\d{4}))?")
_ROMAN_Q = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_SPAN = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*[-–—]\s*((?:19|20)\d{2})(?!\d)")


def _date(year: int | None, month: int, day: int | None = None) -> dt.date | None:
    if year is None or not 1 <= month <= 12:
        return None
    last = calendar.monthrange(year, month)[1]
    if day is None:
        return dt.date(year, month, last)
    return dt.date(year, month, day) if 1 <= day <= last else None


def task_deadline(text: str, year: int | None) -> dt.date | None:
    """The latest deadline written in a task's title and description (a task with several dated
    parts is done when the last is), or None. `year` completes a date written without one."""
    folded = fold(text or "")
    found: list[dt.date] = []
    for pattern in (_DAY_AFTER, _TIME_LINE):
        for m in pattern.finditer(folded):
            d = _date(int(m.group(3)) if m.group(3) else year, int(m.group(2)), int(m.group(1)))
            if d:
                found.append(d)
    for m in _IN_MONTH.finditer(folded):
        d = _date(int(m.group(2)), int(m.group(1)))
        if d:
            found.append(d)
    for m in _IN_QUARTER.finditer(folded):
        q = int(m.group(1)) if m.group(1).isdigit() else _ROMAN_Q[m.group(1)]
        d = _date(int(m.group(2)) if m.group(2) else year, q * 3)
        if d:
            found.append(d)
    return max(found) if found else None


def programme_years(title: str) -> tuple[int, int] | None:
    """(first, last) year of a programme over several years named in its title, e.g. "giai đoạn
    (2020 - 2025)" -> (2020, 2025); None for a plan of one year."""
    m = _SPAN.search(title or "")
    if not m:
        return None
    first, last = int(m.group(1)), int(m.group(2))
    return (first, last) if first < last <= first + 20 else None
