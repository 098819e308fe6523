"""Report deadlines: schedule rules ("the 6-month report is due on 15/5 every year"), the
obligations they create around a day, and whether each is due, overdue or done.

A rule names a period kind and a due date. The period a due date belongs to is the period of that
kind containing the due date, moved by `period_offset` (-1: the previous one, for reports due
after their period has ended, e.g. a monthly report due on the 5th of the next month). This is how
the seeds write it: "Định kỳ ngày 15/5; 20/11 hằng năm" means the 6-month report is due on 15/5
(figures up to that day) and the year report on 20/11.

Plain Python: services feed it the rules (built-in template schedules and Plan.report_schedule)
and the reports already sent.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from .errors import ValidationError
from .messages import Message, translate
from .periods import HALF, KINDS, MONTH, NINE_MONTHS, QUARTER, Period, days_left, period_containing

DUE, OVERDUE, DONE = "due", "overdue", "done"
STATUS_LABELS: dict[str, Message] = {DUE: translate("Deadlines", "Due soon"),
                                     OVERDUE: translate("Deadlines", "Overdue"),
                                     DONE: translate("Deadlines", "Sent")}

_MM_DD = re.compile(r"^(\d{1,2})-(\d{1,2})$")
_RULE_KEYS = {"template", "period_kind", "due", "due_day", "period_offset", "year"}


class ScheduleError(ValidationError):
    code = "bad_schedule"


@dataclass(frozen=True)
class ScheduleRule:
    """One recurring deadline. `due_month` None means every month (monthly reports only)."""

    period_kind: str
    due_day: int
    due_month: int | None = None
    period_offset: int = 0
    year: int | None = None          # a plan for one year only creates that year's obligations
    template: str | None = None      # the template code; None: the template that carries the rule

    def due_dates(self, first: dt.date, last: dt.date) -> list[dt.date]:
        """Every due date of this rule between first and last, inclusive."""
        out = []
        for year in range(first.year, last.year + 1):
            months = [self.due_month] if self.due_month else range(1, 13)
            for month in months:
                day = dt.date(year, month, min(self.due_day, calendar.monthrange(year, month)[1]))
                if first <= day <= last:
                    out.append(day)
        return out

    def period_for(self, due: dt.date) -> Period:
        return shift_period(period_containing(self.period_kind, due), self.period_offset)

    def occurrences(self, first: dt.date, last: dt.date) -> list[tuple[Period, dt.date]]:
        out = []
        for due in self.due_dates(first, last):
            period = self.period_for(due)
            if self.year is None or period.year == self.year:
                out.append((period, due))
        return out

    def to_dict(self) -> dict[str, str | int]:
        d: dict[str, str | int] = {"period_kind": self.period_kind}
        if self.due_month:
            d["due"] = f"{self.due_month:02d}-{self.due_day:02d}"
        else:
            d["due_day"] = self.due_day
        if self.period_offset:
            d["period_offset"] = self.period_offset
        if self.year is not None:
            d["year"] = self.year
        if self.template:
            d["template"] = self.template
        return d


def shift_period(period: Period, n: int) -> Period:
    """The period n steps later (n < 0: earlier) of the same kind."""
    if n == 0:
        return period
    if period.is_review:   # the span of the same length before or after: 2020-2025 -> 2026-2030
        span = period.last_year - period.year + 1
        return Period(period.year + n * span, period.kind, 1, period.last_year + n * span)
    per_year = {MONTH: 12, QUARTER: 4, HALF: 2}.get(period.kind)
    if per_year is None:  # year and 9 months come once a year
        return Period(period.year + n, period.kind, period.index)
    flat = period.year * per_year + (period.index - 1) + n
    return Period(flat // per_year, period.kind, flat % per_year + 1)


def next_period(period: Period) -> Period:
    """What "the next period" means in "phương hướng, nhiệm vụ kỳ tới": after 9 months comes the
    fourth quarter, after the first half the second."""
    if period.kind == NINE_MONTHS:
        return Period(period.year, QUARTER, 4)
    return shift_period(period, 1)


def parse_schedule_rule(entry: object, where: str = "schedule") -> ScheduleRule:
    """A rule from template or plan JSON: {"period_kind": "half", "due": "05-15"} or
    {"period_kind": "month", "due_day": 5, "period_offset": -1}; "template" and "year" optional."""
    if not isinstance(entry, dict):
        raise ScheduleError(translate("Deadlines", "{where}: each report schedule must be a JSON object "
                                                   "(for example {{\"period_kind\": \"half\", \"due\": \"05-15\"}}).")
                            .format(where=where))
    unknown = sorted(set(entry) - _RULE_KEYS)
    if unknown:
        raise ScheduleError(translate("Deadlines", "{where}: a report schedule has no field «{name}». The fields "
                                                   "are: {names}.")
                            .format(where=where, name=unknown[0], names=", ".join(sorted(_RULE_KEYS))))
    kind = entry.get("period_kind")
    if kind not in KINDS:
        raise ScheduleError(translate("Deadlines", "{where}: there is no period kind «{kind}». Use one of: {kinds}.")
                            .format(where=where, kind=kind, kinds=", ".join(KINDS)))
    offset = entry.get("period_offset", 0)
    if not isinstance(offset, int) or isinstance(offset, bool) or not -4 <= offset <= 1:
        raise ScheduleError(translate("Deadlines", "{where}: period_offset «{offset}» must be a whole number from -4 "
                                                   "to 1.").format(where=where, offset=offset))
    year = entry.get("year")
    if year is not None and (not isinstance(year, int) or isinstance(year, bool) or not 1900 <= year <= 2200):
        raise ScheduleError(translate("Deadlines", "{where}: the year «{year}» is not valid.")
                            .format(where=where, year=year))
    template = entry.get("template")
    if template is not None and not (isinstance(template, str) and template.strip()):
        raise ScheduleError(translate("Deadlines", "{where}: the report template code «{template}» is not valid.")
                            .format(where=where, template=template))
    if ("due" in entry) == ("due_day" in entry):
        raise ScheduleError(translate("Deadlines", "{where}: write exactly one of \"due\" (a yearly month-day, for "
                                                   "example \"05-15\") or \"due_day\" (a day of the month, monthly "
                                                   "reports only).").format(where=where))
    if "due" in entry:
        m = _MM_DD.match(str(entry["due"]).strip())
        month, day = (int(m.group(1)), int(m.group(2))) if m else (0, 0)
        if not m or not 1 <= month <= 12 or not 1 <= day <= calendar.monthrange(2024, month)[1]:
            raise ScheduleError(translate("Deadlines", "{where}: the due date «{due}» is not a valid month-day "
                                                       "(write \"MM-DD\": \"05-15\" is 15 May).")
                                .format(where=where, due=entry["due"]))
        return ScheduleRule(kind, day, month, offset, year, template)
    day = entry["due_day"]
    if kind != MONTH:
        raise ScheduleError(translate("Deadlines", "{where}: \"due_day\" is for monthly reports only; the period "
                                                   "kind «{kind}» needs \"due\" (month-day, for example \"11-20\").")
                            .format(where=where, kind=kind))
    if not isinstance(day, int) or isinstance(day, bool) or not 1 <= day <= 31:
        raise ScheduleError(translate("Deadlines", "{where}: due_day «{day}» must be a day from 1 to 31.")
                            .format(where=where, day=day))
    return ScheduleRule(kind, day, None, offset, year, template)


@dataclass(frozen=True)
class Obligation:
    """A report somebody expects: this template, this period, by this day."""

    template_code: str
    period: Period
    due_date: dt.date
    source: str = "builtin"          # builtin / plan:<id>


@dataclass(frozen=True)
class DueItem:
    """A line of the Reports page and the Overview: what is due, overdue or done, and when."""

    template_code: str
    template_title: str
    period: Period
    due_date: dt.date
    days_left: int                   # negative when overdue
    status: str                      # due / overdue / done
    report_id: str | None = None     # the latest report of this template and period, if any
    report_status: str | None = None
    source: str = "builtin"
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    @property
    def status_label(self) -> str:
        return str(STATUS_LABELS[self.status])

    @property
    def period_label(self) -> str:
        return self.period.label


def obligations(rules: Iterable[tuple[str, ScheduleRule, str]], today: dt.date,
                lookback_days: int = 365, horizon_days: int = 90) -> list[Obligation]:
    """Obligations with a due date in [today - lookback, today + horizon]. `rules` gives
    (template code, rule, source). Two rules asking for the same report keep the earlier due date."""
    first, last = today - dt.timedelta(days=lookback_days), today + dt.timedelta(days=horizon_days)
    best: dict[tuple[str, Period], Obligation] = {}
    for code, rule, source in rules:
        for period, due in rule.occurrences(first, last):
            key = (code, period)
            if key not in best or due < best[key].due_date:
                best[key] = Obligation(code, period, due, source)
    return list(best.values())


def classify(due: dt.date, today: dt.date, done: bool) -> str:
    if done:
        return DONE
    return OVERDUE if due < today else DUE


def due_items(items: Iterable[Obligation], today: dt.date, titles: dict[str, str],
              done: set[tuple[str, str]], latest: dict[tuple[str, str], tuple[str, str]]) -> list[DueItem]:
    """`done`: (template code, period code) pairs already sent; `latest`: the same pairs -> (report
    id, status) of their latest report. Open items first, earliest due first; then done ones,
    most recent first."""
    out = []
    for ob in items:
        key = (ob.template_code, ob.period.code)
        report_id, report_status = latest.get(key, (None, None))
        out.append(DueItem(
            template_code=ob.template_code, template_title=titles.get(ob.template_code, ob.template_code),
            period=ob.period, due_date=ob.due_date, days_left=days_left(ob.due_date, today),
            status=classify(ob.due_date, today, key in done), report_id=report_id,
            report_status=report_status, source=ob.source))
    open_items = sorted((i for i in out if i.status != DONE), key=lambda i: (i.due_date, i.template_code))
    closed = sorted((i for i in out if i.status == DONE), key=lambda i: (i.due_date, i.template_code),
                    reverse=True)
    return open_items + closed


__all__ = [
    "DONE", "DUE", "OVERDUE", "STATUS_LABELS", "DueItem", "Obligation", "ScheduleError", "ScheduleRule",
    "classify", "due_items", "next_period", "obligations", "parse_schedule_rule", "shift_period",
]
