"""Completeness and timeliness of the lower offices' reports, like DHIS2's reporting-rate summary:
for one period and template, every lower office with its status and the date received.

    svc = SubmissionService(ctx, today=dt.date.today)
    svc.summary(period, template_code=None, today=None) -> SubmissionSummary
    svc.due_date(period, template_code=None) -> (date | None, source)
    svc.periods(template_code=None, today=None) -> list[Period]   periods worth looking at, newest first
    svc.export_xlsx(summary, path) -> Path

Status of an office (its latest revision for that template and period decides):
    on_time   received on or before the due date (the Vietnamese calendar day it was imported)
    late      received after the due date
    returned  the province returned it for correction (and no corrected version arrived yet)
    missing   nothing received and the due date has passed
    pending   nothing received, not due yet (or the period has no due date)
A corrected version is judged by the day it arrived, as DHIS2 judges a data set re-completed.

The due date comes from the report schedules of the plans this office published (the schedule
the lower offices were given), else from the template's own schedule.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain import deadlines
from ...domain.errors import ValidationError
from ...domain.messages import render, translate
from ...domain.periods import Period, parse_period, template_allows
from ...domain.progress import CancelToken, ProgressCallback
from ...domain.roles import LEVEL_LABELS
from ...domain.text import sort_key
from ...storage.models import Office, Plan, Report, TrustedKey
from ..identity import LOWER
from ..reports.status import local_time
from ..reports.templates import DEFAULT_TEMPLATE_CODE, get_template
from .common import RETURNED as ANSWER_RETURNED
from .common import vn_date

if TYPE_CHECKING:
    from ..app_context import AppContext

ON_TIME, LATE, RETURNED, MISSING, PENDING = "on_time", "late", "returned", "missing", "pending"
STATUS_ORDER = (MISSING, LATE, RETURNED, PENDING, ON_TIME)
STATUS_LABELS = {ON_TIME: translate("Submissions", "On time"), LATE: translate("Submissions", "Late"),
                 RETURNED: translate("Submissions", "Returned"),
                 MISSING: translate("Submissions", "Not sent (overdue)"),
                 PENDING: translate("Submissions", "Not sent (not due yet)")}


@dataclass(frozen=True)
class SubmissionRow:
    office_id: str
    office_name: str
    level: str
    level_label: str
    unit_name: str
    status: str
    status_label: str
    report_id: str | None
    revision: int | None
    received_at: dt.datetime | None      # local time the latest version arrived
    received_date: dt.date | None        # its Vietnamese calendar day (what timeliness uses)
    days_late: int | None                # late: days after the due date; missing: days overdue
    answer_comment: str | None
    active: bool

    @property
    def overdue(self) -> bool:
        return self.status in (LATE, MISSING)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self) | {"overdue": self.overdue}


@dataclass(frozen=True)
class SubmissionSummary:
    template_code: str
    template_title: str
    period_code: str
    period_label: str
    due_date: dt.date | None
    due_source: str | None
    today: dt.date
    rows: tuple[SubmissionRow, ...]

    def count(self, status: str) -> int:
        return sum(1 for r in self.rows if r.status == status)

    @property
    def expected(self) -> int:
        return len(self.rows)

    @property
    def actual(self) -> int:
        """Reports received and not returned (DHIS2's "actual reports")."""
        return self.count(ON_TIME) + self.count(LATE)

    @property
    def reporting_rate(self) -> float | None:
        return round(100 * self.actual / self.expected, 1) if self.expected else None

    @property
    def on_time_rate(self) -> float | None:
        return round(100 * self.count(ON_TIME) / self.expected, 1) if self.expected else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "template_code": self.template_code, "template_title": self.template_title,
            "period": self.period_code, "period_label": self.period_label, "due_date": self.due_date,
            "due_source": self.due_source, "today": self.today, "expected": self.expected, "actual": self.actual,
            "on_time": self.count(ON_TIME), "late": self.count(LATE), "returned": self.count(RETURNED),
            "missing": self.count(MISSING), "pending": self.count(PENDING),
            "reporting_rate": self.reporting_rate, "on_time_rate": self.on_time_rate,
            "offices": [r.to_dict() for r in self.rows],
        }


def schedule_rules(s: Session, office_id: str, template_code: str) -> list[tuple[deadlines.ScheduleRule, str]]:
    """The deadlines of a template: those of the plans we published first, then its own."""
    rules: list[tuple[deadlines.ScheduleRule, str]] = []
    for plan in s.scalars(select(Plan).where(Plan.issuer_office_id == office_id, Plan.sequence > 0)):
        for entry in plan.report_schedule or []:
            try:
                rule = deadlines.parse_schedule_rule(entry, f"plan {plan.id}")
            except deadlines.ScheduleError:
                continue
            if (rule.template or DEFAULT_TEMPLATE_CODE) != template_code:
                continue
            if rule.year is None and plan.year:
                rule = deadlines.ScheduleRule(rule.period_kind, rule.due_day, rule.due_month, rule.period_offset,
                                              plan.year, rule.template)
            rules.append((rule, f"plan:{plan.id}"))
    if not rules:
        for rule in get_template(s, template_code).schedule:
            rules.append((rule, "template"))
    return rules


def due_date_for(rules: list[tuple[deadlines.ScheduleRule, str]], period: Period) -> tuple[dt.date | None, str | None]:
    best: tuple[dt.date, str] | None = None
    first, last = period.start - dt.timedelta(days=800), period.end + dt.timedelta(days=800)
    for rule, source in rules:
        if rule.period_kind != period.kind:
            continue
        for per, due in rule.occurrences(first, last):
            if per.code == period.code and (best is None or due < best[0]):
                best = (due, source)
    return best if best else (None, None)


class SubmissionService:
    def __init__(self, ctx: AppContext, today: Callable[[], dt.date] = dt.date.today) -> None:
        self.ctx = ctx
        self._today = today

    def due_date(self, period: str | Period, template_code: str | None = None) -> tuple[dt.date | None, str | None]:
        per = period if isinstance(period, Period) else parse_period(period)
        with self.ctx.session() as s:
            return due_date_for(schedule_rules(s, self.ctx.installation.office_id,
                                               template_code or DEFAULT_TEMPLATE_CODE), per)

    def periods(self, template_code: str | None = None, today: dt.date | None = None) -> list[Period]:
        """Periods with a deadline in the last two years or the coming three months, and any period a
        report arrived for; newest first."""
        today = today or self._today()
        code = template_code or DEFAULT_TEMPLATE_CODE
        found: dict[str, Period] = {}
        with self.ctx.session() as s:
            for rule, _src in schedule_rules(s, self.ctx.installation.office_id, code):
                for per, _due in rule.occurrences(today - dt.timedelta(days=730), today + dt.timedelta(days=90)):
                    found[per.code] = per
            lower = list(s.scalars(select(Office.id).where(Office.relation == LOWER)))
            for p in s.scalars(select(Report.period).where(Report.office_id.in_(lower),
                                                           Report.template_code == code).distinct()):
                per = parse_period(p)
                found[per.code] = per
        return sorted(found.values(), key=lambda p: (p.end, p.start), reverse=True)

    def summary(self, period: str | Period, template_code: str | None = None,
                today: dt.date | None = None) -> SubmissionSummary:
        per = period if isinstance(period, Period) else parse_period(period)
        code = template_code or DEFAULT_TEMPLATE_CODE
        today = today or self._today()
        with self.ctx.session() as s:
            tpl = get_template(s, code)
            if not template_allows(tpl.periods, per):
                raise ValidationError(translate("ProvinceErrors", "The template «{template}» is not used for the "
                                                "period {period}.").format(template=tpl.title, period=per.label),
                                      field_errors={"period": per.code}, code="period_not_allowed")
            due, source = due_date_for(schedule_rules(s, self.ctx.installation.office_id, code), per)
            offices = {o.id: o for o in s.scalars(select(Office).where(Office.relation == LOWER))}
            active = {k.office_id for k in s.scalars(select(TrustedKey).where(TrustedKey.relation == LOWER,
                                                                              TrustedKey.revoked_at.is_(None)))}
            latest: dict[str, Report] = {}
            for r in s.scalars(select(Report).where(Report.office_id.in_(list(offices)), Report.template_code == code,
                                                    Report.period == per.code).order_by(Report.revision)):
                latest[r.office_id] = r
            rows = []
            for oid, office in offices.items():
                if oid not in active and oid not in latest:
                    continue   # revoked and silent for this period: no longer expected
                rows.append(_row(office, latest.get(oid), due, today, oid in active))
        rows.sort(key=lambda r: (STATUS_ORDER.index(r.status), sort_key(r.office_name)))
        return SubmissionSummary(code, tpl.title, per.code, per.label, due, source, today, tuple(rows))

    def export_xlsx(self, summary: SubmissionSummary, path: str | Path, progress: ProgressCallback | None = None,
                    cancel: CancelToken | None = None) -> Path:
        from ...exchange.consolidated_excel import write_submissions_xlsx

        target = _xlsx_target(path)
        write_submissions_xlsx(self.ctx.installation.office_name, summary_table(summary), target)
        return target


def _row(office: Office, r: Report | None, due: dt.date | None, today: dt.date, active: bool) -> SubmissionRow:
    received = vn_date(r.received_at) if r is not None else None
    days = None
    if r is not None and r.status == ANSWER_RETURNED:
        status = RETURNED
    elif r is not None:
        if due is None or received is None or received <= due:
            status = ON_TIME
        else:
            status, days = LATE, (received - due).days
    elif due is not None and today > due:
        status, days = MISSING, (today - due).days
    else:
        status = PENDING
    return SubmissionRow(
        office_id=office.id, office_name=office.name, level=office.level,
        level_label=str(LEVEL_LABELS.get(office.level, office.level)), unit_name=office.unit_name or "",
        status=status, status_label=render(STATUS_LABELS[status]), report_id=r.id if r else None,
        revision=r.revision if r else None, received_at=local_time(r.received_at) if r else None,
        received_date=received, days_late=days, answer_comment=r.answer_comment if r else None, active=active)


def summary_table(summary: SubmissionSummary) -> dict[str, Any]:
    """Plain data for the Excel writer (exchange knows nothing of services). The sheet is a document:
    its words are Vietnamese whatever the UI language."""
    from ...domain.formatting import format_date

    def rate(v: float | None) -> str:
        return "" if v is None else f"{v:.1f}%".replace(".", ",")

    return {
        "title": f"TÌNH HÌNH GỬI BÁO CÁO {summary.period_label.upper()}",
        "subtitle": summary.template_title,
        "facts": [
            ("Hạn gửi", format_date(summary.due_date) if summary.due_date else "(không có hạn)"),
            ("Tính đến ngày", format_date(summary.today)),
            ("Số đơn vị phải báo cáo", summary.expected),
            ("Đã gửi (không tính bị trả lại)", summary.actual),
            ("Đúng hạn", summary.count(ON_TIME)),
            ("Muộn hạn", summary.count(LATE)),
            ("Bị trả lại", summary.count(RETURNED)),
            ("Chưa gửi (quá hạn)", summary.count(MISSING)),
            ("Chưa gửi (chưa đến hạn)", summary.count(PENDING)),
            ("Tỷ lệ báo cáo", rate(summary.reporting_rate)),
            ("Tỷ lệ đúng hạn", rate(summary.on_time_rate)),
        ],
        "headers": ["STT", "Đơn vị", "Cấp", "Địa bàn", "Tình trạng", "Ngày nhận", "Số ngày muộn", "Lần sửa",
                    "Ý kiến của tỉnh"],
        "rows": [[i, r.office_name, render(LEVEL_LABELS.get(r.level, r.level), "vi"), r.unit_name,
                  STATUS_LABELS[r.status].text("vi"), r.received_date,
                  r.days_late, (r.revision - 1) if r.revision else None, r.answer_comment or ""]
                 for i, r in enumerate(summary.rows, start=1)],
        "overdue": [r.overdue for r in summary.rows],
    }


def _xlsx_target(path: str | Path) -> Path:
    target = Path(path)
    if target.suffix.lower() != ".xlsx":
        raise ValidationError(translate("ProvinceErrors", "Give the Excel file a name ending in .xlsx (not "
                                        "«{name}»).").format(name=target.name),
                              field_errors={"path": str(target)}, code="bad_file_name")
    if not target.parent.is_dir():
        raise ValidationError(translate("ProvinceErrors", "The folder «{folder}» does not exist. Choose another "
                                        "folder.").format(folder=target.parent),
                              field_errors={"path": str(target)}, code="folder_not_found")
    return target
