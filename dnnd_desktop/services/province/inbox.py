"""What arrived from the lower offices, and the province's answer to each report.

Packages are imported by services.packages (file, double-click, USB sync): their records arrive as
copies that keep their origin office, their reports arrive with status "received". Here the
province reads them and answers: acknowledge, or return with a comment. The answer travels back
in the next package to that office (a tasks package for that office alone, a sync package, or an
answers-only report package: `send_answers`), and the office's Reports page shows it.

    svc = InboxService(ctx)
    svc.reports(office_id=None, period=None, status=None, template_code=None) -> list[ReceivedReport]
    svc.get(report_id) -> ReceivedReportDetail            figures and text as the office stated them
    svc.acknowledge(report_id, comment=None, at=None) -> ReceivedReport
    svc.return_report(report_id, comment, at=None) -> ReceivedReport   comment required
    svc.import_file(path, secret, dry_run=False, now=None) -> ImportResult
    svc.send_answers(office_id, out_path, secret) -> ExportResult
    svc.unsent_answers() -> {office_id: count}            answers given after the last package to it
"""
from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain.errors import DnndError, NotFound, ValidationError
from ...domain.messages import Message, render, translate
from ...domain.periods import parse_period
from ...domain.progress import CancelToken, ProgressCallback, no_progress
from ...domain.report_template import ReportContent, build_content
from ...domain.text import nfc
from ...exchange.keys import SecretKeys
from ...storage.models import Office, PackageLogEntry, Report, utcnow
from ..audit import write_audit
from ..identity import LOWER
from ..packages import ExportResult, ImportResult, export_package, import_package
from ..reports import task_progress
from ..reports.status import local_time
from ..reports.templates import extra_labels, get_template
from .common import ACKNOWLEDGED, RECEIVED, RECEIVED_STATUS_LABELS, RETURNED, require_province

if TYPE_CHECKING:
    from ..app_context import AppContext

MAX_COMMENT = 4000


@dataclass(frozen=True)
class ReceivedReport:
    id: str
    office_id: str
    office_name: str
    template_code: str
    title: str
    period_code: str
    period_label: str
    revision: int
    status: str
    status_label: str
    number: str | None
    doc_date: dt.date | None
    approved_by: str | None
    received_at: dt.datetime | None      # local time
    answered_at: dt.datetime | None      # local time
    answer_comment: str | None
    superseded: bool                     # a later revision of it arrived


@dataclass(frozen=True)
class ReceivedReportDetail:
    report: ReceivedReport
    content: ReportContent


class InboxService:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx

    # -- queries ------------------------------------------------------------------------------------
    def reports(self, office_id: str | None = None, period: str | None = None, status: str | None = None,
                template_code: str | None = None, latest_only: bool = False) -> list[ReceivedReport]:
        """Reports of lower offices, newest received first."""
        with self.ctx.session() as s:
            lower = {o.id: o.name for o in s.scalars(select(Office).where(Office.relation == LOWER))}
            q = select(Report).where(Report.office_id.in_(list(lower)))
            if office_id:
                q = q.where(Report.office_id == office_id)
            if period:
                q = q.where(Report.period == parse_period(period).code)
            if status:
                q = q.where(Report.status == status)
            if template_code:
                q = q.where(Report.template_code == template_code)
            rows = s.scalars(q).all()
            superseded = set(s.scalars(select(Report.supersedes_id).where(Report.supersedes_id.is_not(None))))
            out = [_received(r, lower.get(r.office_id, r.office_id), r.id in superseded) for r in rows
                   if not (latest_only and r.id in superseded)]
        out.sort(key=lambda r: (r.received_at or dt.datetime.min, r.revision), reverse=True)
        return out

    def get(self, report_id: str) -> ReceivedReportDetail:
        with self.ctx.session() as s:
            r, office = self._load(s, report_id)
            tpl = get_template(s, r.template_code, r.template_version)
            content = build_content(tpl, parse_period(r.period), r.indicators or {}, r.overrides or {},
                                    r.narrative or {}, office_name=office.name, unit_name=office.unit_name or "",
                                    extra_labels=extra_labels(s), tasks=task_progress.lines_from(r.document))
            later = s.scalars(select(Report.id).where(Report.supersedes_id == r.id)).first()
            return ReceivedReportDetail(_received(r, office.name, later is not None), content)

    # -- answers ------------------------------------------------------------------------------------
    def acknowledge(self, report_id: str, comment: str | None = None, at: dt.datetime | None = None) -> ReceivedReport:
        return self._answer(report_id, ACKNOWLEDGED, comment, at)

    def return_report(self, report_id: str, comment: str, at: dt.datetime | None = None) -> ReceivedReport:
        return self._answer(report_id, RETURNED, comment, at)

    def _answer(self, report_id: str, status: str, comment: str | None, at: dt.datetime | None) -> ReceivedReport:
        require_province(self.ctx, translate("ProvinceErrors", "answer the reports of lower offices"))
        comment = (nfc(comment) or "").strip() or None
        if status == RETURNED and not comment:
            raise ValidationError(translate("ProvinceErrors", "Returning a report needs the reason and what to "
                                            "correct, so the office knows what to fix."),
                                  field_errors={"comment": "required"}, code="comment_required")
        if comment and len(comment) > MAX_COMMENT:
            raise ValidationError(translate("ProvinceErrors", "The comment is longer than {limit} characters; "
                                            "shorten it.").format(limit=MAX_COMMENT),
                                  field_errors={"comment": "too_long"}, code="comment_too_long")
        with self.ctx.session() as s:
            r, office = self._load(s, report_id)
            later = s.scalars(select(Report.id).where(Report.supersedes_id == r.id)).first()
            if later is not None:
                raise DnndError(translate("ProvinceErrors", "The office has sent a revised version of this report; "
                                          "answer the newest one."), code="already_revised",
                                details={"report_id": later})
            old = r.status
            r.status, r.answer_comment = status, comment
            r.answered_at = _naive_utc(at) if at else utcnow()
            r.updated_at = utcnow()
            note = _answer_note(status, comment).format(period=parse_period(r.period).label, office=office.name,
                                                        comment=comment)
            write_audit(s, self.ctx, "report_answer", "report", r.id, field="status", old=old, new=status,
                        details=str(note))
            s.flush()
            return _received(r, office.name, False)

    def unsent_answers(self) -> dict[str, int]:
        """Per lower office: answers given after the last package we made for it."""
        with self.ctx.session() as s:
            last_out: dict[str, dt.datetime] = {}
            for e in s.scalars(select(PackageLogEntry).where(PackageLogEntry.direction == "out")):
                for rid in e.recipients or []:
                    if e.kind in ("tasks", "report", "sync") and (rid not in last_out
                                                                  or e.processed_at > last_out[rid]):
                        last_out[rid] = e.processed_at
            out: dict[str, int] = {}
            lower = set(s.scalars(select(Office.id).where(Office.relation == LOWER)))
            for r in s.scalars(select(Report).where(Report.office_id.in_(list(lower)),
                                                    Report.answered_at.is_not(None))):
                sent = last_out.get(r.office_id)
                answered = r.answered_at   # (never None here: the query asked for answered reports)
                if sent is None or (answered is not None and answered > sent):
                    out[r.office_id] = out.get(r.office_id, 0) + 1
            return out

    # -- packages -----------------------------------------------------------------------------------
    def import_file(self, path: str | os.PathLike[str], secret: SecretKeys, dry_run: bool = False,
                    now: dt.datetime | None = None, progress: ProgressCallback | None = None,
                    cancel: CancelToken | None = None) -> ImportResult:
        return import_package(self.ctx, path, secret, dry_run=dry_run, now=now, progress=progress or no_progress,
                              cancel=cancel)

    def send_answers(self, office_id: str, out_path: str | os.PathLike[str], secret: SecretKeys,
                     progress: ProgressCallback | None = None, cancel: CancelToken | None = None) -> ExportResult:
        """An answers-only package for one lower office (every answer given to its reports; the
        office applies only those newer than what it has)."""
        require_province(self.ctx, translate("ProvinceErrors", "send answers to reports to lower offices"))
        return export_package(self.ctx, kind="report", to=office_id, out_path=out_path, secret=secret,
                              progress=progress or no_progress, cancel=cancel)

    # -- helpers ------------------------------------------------------------------------------------
    def _load(self, s: Session, report_id: str) -> tuple[Report, Office]:
        r = s.get(Report, report_id)
        office = s.get(Office, r.office_id) if r is not None else None
        if r is None or office is None or office.relation != LOWER:
            raise NotFound(translate("ProvinceErrors", "There is no report «{report_id}» from a lower office.")
                           .format(report_id=report_id), code="report_not_found")
        return r, office


def _naive_utc(value: dt.datetime) -> dt.datetime:
    return value.astimezone(dt.UTC).replace(tzinfo=None) if value.tzinfo else value


def _received(r: Report, office_name: str, superseded: bool) -> ReceivedReport:
    per = parse_period(r.period)
    return ReceivedReport(
        id=r.id, office_id=r.office_id, office_name=office_name, template_code=r.template_code,
        title=r.title or "", period_code=per.code, period_label=per.label, revision=r.revision, status=r.status,
        status_label=render(RECEIVED_STATUS_LABELS.get(r.status, r.status)), number=r.number, doc_date=r.doc_date,
        approved_by=r.approved_by, received_at=local_time(r.received_at), answered_at=local_time(r.answered_at),
        answer_comment=r.answer_comment, superseded=superseded)


__all__ = ["ACKNOWLEDGED", "RECEIVED", "RETURNED", "InboxService", "ReceivedReport", "ReceivedReportDetail"]


def _answer_note(status: str, comment: str | None) -> Message:
    """The audit line of an answer (the comment is the province's own words to the office)."""
    if status == ACKNOWLEDGED:
        if comment:
            return translate("Province", "acknowledged the report {period} of {office}: {comment}")
        return translate("Province", "acknowledged the report {period} of {office}")
    if comment:
        return translate("Province", "returned the report {period} of {office}: {comment}")
    return translate("Province", "returned the report {period} of {office}")
