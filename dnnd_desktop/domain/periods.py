"""Reporting periods: month, quarter, half-year, 9 months, year, and the reviews of a programme over
several years (mid-term "sơ kết", final "tổng kết"), with their names as catalogue texts
(`Period.message` in the reader's language; `Period.label` is the Vietnamese of report titles).

Text form (CLI, templates, packages): "2026" (year), "2026-H1"/"2026-H2" (6 months), "2026-Q3"
(quarter), "2026-9M" (9 months), "2026-05" (month), "2020-2025" (final review of 2020-2025),
"2020-2022-MID" (mid-term review of 2020-2022).
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from .errors import ValidationError
from .messages import DOCUMENT_LANGUAGE, Message, translate
from .text import fold

MONTH, QUARTER, HALF, NINE_MONTHS, YEAR = "month", "quarter", "half", "nine_months", "year"
KINDS = (MONTH, QUARTER, HALF, NINE_MONTHS, YEAR)
# Reviews span whole years of a programme (seed 004: 2020-2025). They are not report-schedule kinds:
# a review is written once, when the plan asks for it, so they stay out of KINDS (schedules and
# template "periods"); a template that has yearly reports can be used for them (`template_allows`).
MID_TERM, FINAL_REVIEW = "mid_term", "final_review"
REVIEW_KINDS = (MID_TERM, FINAL_REVIEW)
MAX_REVIEW_YEARS = 15
KIND_LABELS: dict[str, Message] = {
    MONTH: translate("Periods", "Month"), QUARTER: translate("Periods", "Quarter"),
    HALF: translate("Periods", "6 months"), NINE_MONTHS: translate("Periods", "9 months"),
    YEAR: translate("Periods", "Year"),
    MID_TERM: translate("Periods", "Mid-term review (several years)"),
    FINAL_REVIEW: translate("Periods", "Final review (several years)"),
}
_ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}

_PATTERNS = [
    (re.compile(r"^(\d{4})$"), YEAR),
    (re.compile(r"^(\d{4})-H([12])$", re.I), HALF),
    (re.compile(r"^(\d{4})-Q([1-4])$", re.I), QUARTER),
    (re.compile(r"^(\d{4})-9M$", re.I), NINE_MONTHS),
    (re.compile(r"^(\d{4})-(\d{1,2})$"), MONTH),
    (re.compile(r"^(\d{4})\s*[-–]\s*(\d{4})$"), FINAL_REVIEW),
    (re.compile(r"^(\d{4})\s*[-–]\s*(\d{4})-MID$", re.I), MID_TERM),
]


@dataclass(frozen=True, order=True)
class Period:
    year: int
    kind: str
    index: int = 1   # month 1-12, quarter 1-4, half 1-2; 1 for year and 9 months
    last_year: int = 0   # reviews only: the span's last year (the first is `year`); 0 otherwise

    @property
    def is_review(self) -> bool:
        return self.kind in REVIEW_KINDS

    @property
    def start(self) -> dt.date:
        first_month = {MONTH: self.index, QUARTER: 3 * self.index - 2, HALF: 6 * self.index - 5}
        return dt.date(self.year, first_month.get(self.kind, 1), 1)

    @property
    def end(self) -> dt.date:
        if self.is_review:
            return dt.date(self.last_year, 12, 31)
        last_month = {MONTH: self.index, QUARTER: 3 * self.index, HALF: 6 * self.index,
                      NINE_MONTHS: 9, YEAR: 12}[self.kind]
        return dt.date(self.year, last_month, calendar.monthrange(self.year, last_month)[1])

    def contains(self, day: dt.date) -> bool:
        return self.start <= day <= self.end

    @property
    def code(self) -> str:
        if self.kind == FINAL_REVIEW:
            return f"{self.year}-{self.last_year}"
        if self.kind == MID_TERM:
            return f"{self.year}-{self.last_year}-MID"
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
        "first 6 months of 2026"; a review names its span: "giai đoạn 2020–2025"."""
        if self.is_review:
            return translate("Periods", "the period {first}–{last}").format(first=self.year, last=self.last_year)
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
        if kind in REVIEW_KINDS:
            return review_period(kind, year, int(m.group(2)))
        index = int(m.group(2)) if kind in (HALF, QUARTER, MONTH) else 1
        if not 1900 <= year <= 2200 or (kind == MONTH and not 1 <= index <= 12):
            break
        return Period(year, kind, index)
    raise ValidationError(
        translate("Periods", "The reporting period «{text}» is not valid. Write it in one of these forms: 2026 "
                             "(year), 2026-H1 (first 6 months), 2026-Q3 (quarter III), 2026-9M (9 months), "
                             "2026-05 (month 5), 2020-2025 (final review of 2020–2025), 2020-2022-MID "
                             "(mid-term review of 2020–2022).").format(text=text),
        code="bad_period",
    )


def review_period(kind: str, first_year: int, last_year: int) -> Period:
    """A mid-term or final review of the years first_year..last_year (both whole years)."""
    if kind not in REVIEW_KINDS or not 1900 <= first_year < last_year <= 2200 \
            or last_year - first_year >= MAX_REVIEW_YEARS:
        raise ValidationError(
            translate("Periods", "A review covers several whole years: the first year must be before the last "
                                 "one, and at most {most} years in all (for example 2020-2025).").format(
                                     most=MAX_REVIEW_YEARS),
            field_errors={"period": f"{first_year}-{last_year}"}, code="bad_period")
    return Period(first_year, kind, 1, last_year)


def template_allows(template_periods: tuple[str, ...] | list[str], period: Period) -> bool:
    """A template lists the schedule kinds it is written for; one written for yearly reports also
    serves the reviews of several years (the same indicators, summed over the span)."""
    if period.is_review:
        return period.kind in template_periods or YEAR in template_periods
    return period.kind in template_periods


def report_title(template_title: str, period: Period) -> str:
    """The title a report is filed under, in the document language: "<template> 6 tháng đầu năm 2026";
    a review is "Báo cáo tổng kết <subject> giai đoạn 2020–2025" (the template's "Báo cáo kết quả"
    gives way to the review's own name)."""
    if not period.is_review:
        return f"{template_title} {period.label}"
    words = template_title.split()
    folded = fold(template_title).split()
    # Compared folded ("bao cao ket qua"), so the words to drop are ASCII, not texts of their own.
    for prefix in (["bao", "cao", "ket", "qua"], ["bao", "cao"]):
        if folded[:len(prefix)] == prefix and len(folded) == len(words):
            words = words[len(prefix):]
            break
    subject = " ".join(words)
    if period.kind == FINAL_REVIEW:
        title = translate("Periods", "Final review report: {subject} {period}")
    else:
        title = translate("Periods", "Mid-term review report: {subject} {period}")
    return title.format(subject=subject, period=period.label).text(DOCUMENT_LANGUAGE)


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
