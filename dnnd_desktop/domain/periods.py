"""Reporting periods: month, quarter, half-year, 9 months, year, with their names as catalogue texts
(`Period.message` in the reader's language; `Period.label` is the Vietnamese of report titles).

Text form (CLI, templates, packages): "2026" (year), "2026-H1"/"2026-H2" (6 months), "2026-Q3"
(quarter), "2026-9M" (9 months), "2026-05" (month).
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from .errors import ValidationError
from .messages import DOCUMENT_LANGUAGE, Message, translate

MONTH, QUARTER, HALF, NINE_MONTHS, YEAR = "month", "quarter", "half", "nine_months", "year"
KINDS = (MONTH, QUARTER, HALF, NINE_MONTHS, YEAR)
KIND_LABELS: dict[str, Message] = {
    MONTH: translate("Periods", "Month"), QUARTER: translate("Periods", "Quarter"),
    HALF: translate("Periods", "6 months"), NINE_MONTHS: translate("Periods", "9 months"),
    YEAR: translate("Periods", "Year"),
}
_ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}

_PATTERNS = [
    (re.compile(r"^(\d{4})$"), YEAR),
    (re.compile(r"^(\d{4})-H([12])$", re.I), HALF),
    (re.compile(r"^(\d{4})-Q([1-4])$", re.I), QUARTER),
    (re.compile(r"^(\d{4})-9M$", re.I), NINE_MONTHS),
    (re.compile(r"^(\d{4})-(\d{1,2})$"), MONTH),
]


@dataclass(frozen=True, order=True)
class Period:
    year: int
    kind: str
    index: int = 1   # month 1-12, quarter 1-4, half 1-2; 1 for year and 9 months

    @property
    def start(self) -> dt.date:
        first_month = {MONTH: self.index, QUARTER: 3 * self.index - 2, HALF: 6 * self.index - 5}
        return dt.date(self.year, first_month.get(self.kind, 1), 1)

    @property
    def end(self) -> dt.date:
        last_month = {MONTH: self.index, QUARTER: 3 * self.index, HALF: 6 * self.index,
                      NINE_MONTHS: 9, YEAR: 12}[self.kind]
        return dt.date(self.year, last_month, calendar.monthrange(self.year, last_month)[1])

    def contains(self, day: dt.date) -> bool:
        return self.start <= day <= self.end

    @property
    def code(self) -> str:
        return {
            YEAR: f"{self.year}",
            HALF: f"{self.year}-H{self.index}",
            QUARTER: f"{self.year}-Q{self.index}",
            NINE_MONTHS: f"{self.year}-9M",
            MONTH: f"{self.year}-{self.index:02d}",
        }[self.kind]

    @property
    def message(self) -> Message:
        """The period's name inside a sentence, in the reader's language: "6 tháng đầu năm 2026",
        "first 6 months of 2026"."""
        if self.kind == YEAR:
            return translate("Periods", "year {year}").format(year=self.year)
        if self.kind == HALF:
            if self.index == 1:
                return translate("Periods", "first 6 months of {year}").format(year=self.year)
            return translate("Periods", "last 6 months of {year}").format(year=self.year)
        if self.kind == NINE_MONTHS:
            return translate("Periods", "first 9 months of {year}").format(year=self.year)
        if self.kind == QUARTER:
            return translate("Periods", "quarter {quarter} of {year}").format(quarter=_ROMAN[self.index],
                                                                              year=self.year)
        # January and February keep their leading zero in titles ("tháng 01 năm 2026").
        month = f"{self.index:02d}" if self.index < 3 else str(self.index)
        return translate("Periods", "month {month} of {year}").format(month=month, year=self.year)

    @property
    def label(self) -> str:
        """Vietnamese, as it appears in report titles and documents: "6 tháng đầu năm 2026"."""
        return self.message.text(DOCUMENT_LANGUAGE)

    def __str__(self) -> str:
        return self.code


def parse_period(text: str) -> Period:
    raw = (text or "").strip()
    for pattern, kind in _PATTERNS:
        m = pattern.match(raw)
        if not m:
            continue
        year = int(m.group(1))
        index = int(m.group(2)) if kind in (HALF, QUARTER, MONTH) else 1
        if not 1900 <= year <= 2200 or (kind == MONTH and not 1 <= index <= 12):
            break
        return Period(year, kind, index)
    raise ValidationError(
        translate("Periods", "The reporting period «{text}» is not valid. Write it in one of these forms: 2026 "
                             "(year), 2026-H1 (first 6 months), 2026-Q3 (quarter III), 2026-9M (9 months), "
                             "2026-05 (month 5).").format(text=text),
        code="bad_period",
    )


def period_containing(kind: str, day: dt.date) -> Period:
    if kind == MONTH:
        return Period(day.year, MONTH, day.month)
    if kind == QUARTER:
        return Period(day.year, QUARTER, (day.month - 1) // 3 + 1)
    if kind == HALF:
        return Period(day.year, HALF, 1 if day.month <= 6 else 2)
    return Period(day.year, kind, 1)


@dataclass(frozen=True)
class YearlyDeadline:
    """A due date that comes back every year, e.g. 15/5 and 20/11 in the seeds."""

    month: int
    day: int

    def on(self, year: int) -> dt.date:
        return dt.date(year, self.month, min(self.day, calendar.monthrange(year, self.month)[1]))

    def next_on_or_after(self, day: dt.date) -> dt.date:
        this_year = self.on(day.year)
        return this_year if this_year >= day else self.on(day.year + 1)


def days_left(due: dt.date, today: dt.date) -> int:
    """Positive: days remaining; 0: due today; negative: days overdue."""
    return (due - today).days
