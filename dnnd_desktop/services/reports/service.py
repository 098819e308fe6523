"""Periodic reports: create from a template and period, edit while a draft, approve, output, and
follow them through sending and the province's answer. The one API the Reports page, the Overview,
the CLI and the package service use.

Reports do not go through the RecordWriter (they travel whole in report packages, not field by
field), but every change writes an audit entry. Each method is one transaction: it applies all of
its change or none. Audit details are stored once, in Vietnamese (the log is a record, not UI).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain import deadlines
from ...domain.errors import DnndError, NotFound, PermissionDenied, ValidationError
from ...domain.messages import Message, render, translate
from ...domain.periods import Period, parse_period, report_title, template_allows
from ...domain.progress import CancelToken, ProgressCallback, no_progress
from ...domain.report_template import (
    RECORD_KINDS,
    Indicator,
    ReportContent,
    ReportTemplateSpec,
    build_content,
    key_label,
    split_target,
    target_of,
)
from ...domain.roles import APPROVER
from ...domain.text import nfc
from ...storage.models import Installation, Plan, Report, utcnow
from ..audit import write_audit
from ..operation_log import logged_operation
from . import document as docs
from . import task_progress
from .completeness import NOTHING_TEXT, MissingItem, missing_items, section_of
from .compute import compute_all, compute_one, matching_records
from .status import (
    ACKNOWLEDGED,
    APPROVED,
    DONE_STATES,
    DRAFT,
    EDITABLE,
    NEW,
    RETURNED,
    SENT,
    SENT_STATES,
    STATUS_LABELS,
    local_time,
    lock_reason,
)
from .templates import (
    DEFAULT_TEMPLATE_CODE,
    TemplateInfo,
    extra_labels,
    get_template,
    install_template,
    list_templates,
)
from .types import (
    ExplainedRecord,
    Explanation,
    IndicatorChange,
    RecomputeDiff,
    ReportDetail,
    ReportSummary,
)

if TYPE_CHECKING:
    from ..app_context import AppContext

MAX_NARRATIVE = 200_000
MAX_NOTE = 2_000
REPORT = "report"


class ReportService:
    def __init__(self, ctx: AppContext, today: Callable[[], dt.date] = dt.date.today) -> None:
        self.ctx = ctx
        self._today = today

    # -- templates ----------------------------------------------------------------------------
    def templates(self) -> list[TemplateInfo]:
        with self.ctx.session() as s:
            return list_templates(s)

    def programme_spans(self) -> list[tuple[int, int]]:
        """(first year, last year) of every multi-year programme among the plans in force here
        (received or issued), newest first: the spans its mid-term and final reviews are offered for."""
        with self.ctx.session() as s:
            rows = s.execute(select(Plan.year, Plan.last_year).where(
                Plan.last_year.is_not(None), Plan.year.is_not(None), Plan.status != "superseded")).all()
        return sorted({(y, last) for y, last in rows if y is not None and last is not None and last > y},
                      reverse=True)

    def template(self, code: str | None = None, version: int | None = None) -> ReportTemplateSpec:
        with self.ctx.session() as s:
            return get_template(s, code or DEFAULT_TEMPLATE_CODE, version)

    def install_template(self, data: dict[str, Any], source: str) -> ReportTemplateSpec:
        """For task packages: validate and store a template (source "plan:<id>")."""
        with self.ctx.session() as s:
            return install_template(s, self.ctx, data, source)

    # -- queries ------------------------------------------------------------------------------
    def list_reports(self, *, period: str | None = None, status: str | None = None,
                     template_code: str | None = None, latest_only: bool = False) -> list[ReportSummary]:
        """This office's reports, newest period first, revisions together (latest first)."""
        with self.ctx.session() as s:
            q = select(Report).where(Report.office_id == self.ctx.installation.office_id)
            if period:
                q = q.where(Report.period == parse_period(period).code)
            if status:
                q = q.where(Report.status == status)
            if template_code:
                q = q.where(Report.template_code == template_code)
            rows = s.scalars(q).all()
            superseded = self._superseded_ids(s)
            titles = {t.code: t.title for t in list_templates(s)}
            out = [self._summary(r, titles, r.id in superseded) for r in rows
                   if not (latest_only and r.id in superseded)]
        out.sort(key=lambda r: (_period_sort(r.period_code), r.template_code, r.revision), reverse=True)
        return out

    def get(self, report_id: str) -> ReportDetail:
        with self.ctx.session() as s:
            return self._detail(s, self._load(s, report_id))

    def due_reports(self, today: dt.date | None = None, lookback_days: int = 365,
                    horizon_days: int = 90) -> list[deadlines.DueItem]:
        """What is due, overdue and done around `today`: the built-in templates' schedules and the
        report schedules of the plans received from the province."""
        today = today or self._today()
        with self.ctx.session() as s:
            templates = list_templates(s)
            titles = {t.code: t.title for t in templates}
            rules: list[tuple[str, deadlines.ScheduleRule, str]] = []
            for info in templates:
                for rule in get_template(s, info.code).schedule:
                    rules.append((rule.template or info.code, rule, info.source))
            for plan in s.scalars(select(Plan).where(Plan.status.in_(("active", "published")))):
                for entry in plan.report_schedule or []:
                    try:
                        rule = deadlines.parse_schedule_rule(entry, f"plan {plan.id}")
                    except deadlines.ScheduleError:
                        continue  # a malformed entry must not hide the rest of the schedule
                    if rule.year is None and plan.year:
                        rule = deadlines.ScheduleRule(rule.period_kind, rule.due_day, rule.due_month,
                                                      rule.period_offset, plan.year, rule.template)
                    rules.append((rule.template or DEFAULT_TEMPLATE_CODE, rule, f"plan:{plan.id}"))
            obligations = deadlines.obligations(rules, today, lookback_days, horizon_days)
            done: set[tuple[str, str]] = set()
            latest: dict[tuple[str, str], tuple[str, str]] = {}
            rows = s.execute(select(Report.id, Report.template_code, Report.period, Report.status, Report.revision)
                             .where(Report.office_id == self.ctx.installation.office_id)
                             .order_by(Report.revision)).all()
            for rid, code, period, status, _rev in rows:
                latest[(code, period)] = (rid, status)
                if status in DONE_STATES:
                    done.add((code, period))
            installation = s.get(Installation, 1)
            since = _local_date(installation.created_at) if installation is not None else None
        items = deadlines.due_items(obligations, today, titles, done, latest)
        # A deadline that passed before the office started using the program is not overdue here
        # (day one showed "quá hạn 201 ngày" for a period before the office existed); a report that
        # was written for it keeps its line.
        return [i for i in items if not (since and i.status == deadlines.OVERDUE and i.due_date < since
                                         and i.report_id is None)]

    # -- lifecycle ----------------------------------------------------------------------------
    @logged_operation("report_create")
    def create(self, period: str | Period, template_code: str | None = None,
               progress: ProgressCallback = no_progress, cancel: CancelToken | None = None) -> ReportDetail:
        """A new report with figures computed from this period's records (tombstones excluded)."""
        per = period if isinstance(period, Period) else parse_period(period)
        with self.ctx.session() as s:
            tpl = get_template(s, template_code or DEFAULT_TEMPLATE_CODE)
            if not template_allows(tpl.periods, per):
                raise ValidationError(translate("ReportErrors", "Template «{template}» is not used for the period "
                                                "{period}. Choose another period or another template.").format(
                                                    template=tpl.title, period=per.label),
                                      field_errors={"period": per.code}, code="period_not_allowed")
            # A province's consolidated report of the period is another report (marked "consolidation"):
            # it does not stand in the way of the report of its own work, nor the other way round.
            existing = next((r for r in s.scalars(select(Report).where(
                Report.office_id == self.ctx.installation.office_id, Report.template_code == tpl.code,
                Report.period == per.code).order_by(Report.revision.desc()))
                if "consolidation" not in (r.document or {})), None)
            if existing is not None:
                raise DnndError(translate(
                    "ReportErrors", "There is already a report «{title}» (status: {status}). Open that report to "
                    "go on with it; if it was sent and needs a change, make a revision.").format(
                        title=existing.title, status=STATUS_LABELS.get(existing.status, existing.status)),
                    code="report_exists", details={"report_id": existing.id})
            computed = compute_all(s, tpl, per, progress, cancel)
            report = Report(
                office_id=self.ctx.installation.office_id, template_code=tpl.code,
                template_version=tpl.version, period=per.code, revision=1, status=NEW,
                title=report_title(tpl.title, per), indicators=computed, overrides={}, narrative={},
                document={task_progress.DOCUMENT_KEY: task_progress.snapshot(s, per)}, computed_at=utcnow(),
                created_by=self.ctx.user_name)
            s.add(report)
            s.flush()
            write_audit(s, self.ctx, "report_create", REPORT, report.id, details=report.title)
            return self._detail(s, report, tpl)

    def recompute(self, report_id: str, apply: bool = True, progress: ProgressCallback = no_progress,
                  cancel: CancelToken | None = None) -> RecomputeDiff:
        """Compute the figures again from the records and say what changed. Overrides are kept:
        their computed value moves, the value the report states does not."""
        with self.ctx.session() as s:
            report = self._load(s, report_id)
            self._require_editable(report)
            if "consolidation" in (report.document or {}):
                # Its figures are sums of the lower offices' reports, not of this office's records.
                raise DnndError(translate("ReportErrors", "This report is consolidated from the lower offices: "
                                          "press «Consolidate again» on the Consolidated report page to update "
                                          "its figures."), code="consolidated_report")
            tpl = get_template(s, report.template_code, report.template_version)
            fresh = compute_all(s, tpl, parse_period(report.period), progress, cancel)
            changes = _diff(tpl, report.indicators or {}, fresh, report.overrides or {}, extra_labels(s))
            if apply:
                report.indicators = fresh
                # The tasks' progress is taken again with the figures (the Tasks page may have moved on).
                report.document = {**(report.document or {}),
                                   task_progress.DOCUMENT_KEY: task_progress.snapshot(s, parse_period(report.period))}
                report.computed_at = utcnow()
                self._touch(report)
                write_audit(s, self.ctx, "report_recompute", REPORT, report.id,
                            details=translate("AuditDetails", "{count} figures changed").format(count=len(changes)))
            return RecomputeDiff(report.id, tuple(changes), apply)

    def set_override(self, report_id: str, target: str, value: int | None, note: str | None) -> ReportDetail:
        """State a figure by hand (target: an indicator code, or "code/KEY" for a breakdown row).
        A computed figure needs a note saying why; a hand-entered indicator does not."""
        with self.ctx.session() as s:
            report = self._load(s, report_id)
            self._require_editable(report)
            tpl, code, key, ind = _target_indicator(s, report, target)
            note = (nfc(note) or "").strip()
            errors: dict[str, Message] = {}
            if key is not None and not (ind.compute and ind.compute.breakdown):
                errors["target"] = translate("ReportErrors", "Indicator «{indicator}» is not split into rows, so "
                                             "it has no row «{row}».").format(indicator=ind.label, row=key)
            if value is not None and (not isinstance(value, int) or isinstance(value, bool) or value < 0):
                errors["value"] = translate("ReportErrors", "A figure must be a whole number, not negative.")
            if not ind.manual and not note:
                errors["note"] = translate("ReportErrors", "Write a note on why the figure is changed (for "
                                           "example: from the commune's record book).")
            if len(note) > MAX_NOTE:
                errors["note"] = translate("ReportErrors", "The note is longer than {limit} characters.").format(
                    limit=MAX_NOTE)
            if errors:
                # Joined in the language of the moment: the refusal is shown at once.
                raise ValidationError(" ".join(map(str, errors.values())), field_errors=errors,
                                      code="bad_override")
            overrides = dict(report.overrides or {})
            old = overrides.get(target)
            overrides[target_of(code, key)] = {"value": value, "note": note or None, "by": self.ctx.user_name,
                                               "at": utcnow().isoformat(timespec="seconds")}
            report.overrides = overrides
            self._touch(report)
            write_audit(s, self.ctx, "report_override", REPORT, report.id, field=target,
                        old=old.get("value") if old else None, new=value, details=note or None)
            return self._detail(s, report, tpl)

    def clear_override(self, report_id: str, target: str) -> ReportDetail:
        """Go back to the computed figure."""
        with self.ctx.session() as s:
            report = self._load(s, report_id)
            self._require_editable(report)
            overrides = dict(report.overrides or {})
            old = overrides.pop(target, None)
            if old is not None:
                report.overrides = overrides
                self._touch(report)
                write_audit(s, self.ctx, "report_override_clear", REPORT, report.id, field=target,
                            old=old.get("value"))
            return self._detail(s, report)

    def set_narrative(self, report_id: str, section_code: str, text: str) -> ReportDetail:
        with self.ctx.session() as s:
            report = self._load(s, report_id)
            self._require_editable(report)
            tpl = get_template(s, report.template_code, report.template_version)
            try:
                tpl.section(section_code)
            except KeyError:
                raise ValidationError(translate("ReportErrors", "The report template has no section «{section}».")
                                      .format(section=section_code), code="unknown_section") from None
            text = (nfc(text) or "").replace("\r\n", "\n").strip()
            if len(text) > MAX_NARRATIVE:
                raise ValidationError(translate("ReportErrors", "The text is longer than {limit} characters; "
                                                "shorten it.").format(limit=MAX_NARRATIVE),
                                      field_errors={"text": "too_long"}, code="narrative_too_long")
            narrative = dict(report.narrative or {})
            old = narrative.get(section_code, "")
            if old != text:
                narrative[section_code] = text
                report.narrative = narrative
                self._touch(report)
                write_audit(s, self.ctx, "report_narrative", REPORT, report.id, field=section_code,
                            old=old, new=text)
            return self._detail(s, report, tpl)

    def mark_nothing(self, report_id: str, target: str) -> ReportDetail:
        """Mark a blank hand-entered figure (its code) or an empty section ("section:<code>") as
        «không phát sinh»: nothing arose in the period. It is printed so and no longer blocks approval."""
        with self.ctx.session() as s:
            report = self._load(s, report_id)
            self._require_editable(report)
            tpl = get_template(s, report.template_code, report.template_version)
            section = section_of(target)
            try:
                if section is not None:
                    tpl.section(section)
                elif not tpl.indicator(target).manual:
                    raise KeyError(target)
            except KeyError:
                raise ValidationError(translate("ReportErrors", "«{target}» is neither a hand-entered figure nor "
                                                "a section of this report.").format(target=target),
                                      field_errors={"target": target}, code="unknown_target") from None
            if section is not None:
                narrative = dict(report.narrative or {})
                old_text = narrative.get(section, "")
                narrative[section] = NOTHING_TEXT
                report.narrative = narrative
                write_audit(s, self.ctx, "report_narrative", REPORT, report.id, field=section, old=old_text,
                            new=NOTHING_TEXT)
            else:
                overrides = dict(report.overrides or {})
                old = overrides.get(target)
                overrides[target] = {"value": None, "note": None, "nothing": True, "by": self.ctx.user_name,
                                     "at": utcnow().isoformat(timespec="seconds")}
                report.overrides = overrides
                write_audit(s, self.ctx, "report_override", REPORT, report.id, field=target,
                            old=old.get("value") if old else None, new=None, details=NOTHING_TEXT)
            self._touch(report)
            return self._detail(s, report, tpl)

    def explain(self, report_id: str, target: str, progress: ProgressCallback = no_progress,
                cancel: CancelToken | None = None) -> Explanation:
        """The records behind one figure of the report (target: an indicator code, or "code/KEY" for
        a breakdown row), counted now with the same conditions as the figure; a hand-entered figure
        says who entered it and why. A consolidated report lists the offices' reports and the
        province's own records instead (services/province/consolidation.py)."""
        with self.ctx.session() as s:
            report = self._load(s, report_id)
            tpl, code, key, ind = _target_indicator(s, report, target)
            if cancel is not None:
                cancel.raise_if_cancelled()
            line = next((ln for ln in self._content(s, report, tpl).lines() if ln.target == target), None)
            if line is None:
                raise ValidationError(translate("ReportErrors", "The report has no figure «{target}».")
                                      .format(target=target), code="unknown_indicator")
            if "consolidation" in (report.document or {}):
                from ..province.consolidation import explain_consolidated

                value, records = explain_consolidated(s, self.ctx, report, tpl, target)
            elif ind.compute is None:
                value, records = line.value, ()
            else:
                comp = ind.compute
                found = matching_records(s, comp, parse_period(report.period), key)
                records = tuple(ExplainedRecord(comp.kind, rid, name, amount) for rid, name, amount in found)
                if comp.aggregate == "sum":
                    value = sum(r.amount or 0 for r in records)
                elif comp.aggregate == "count":
                    value = len(records)
                else:   # count_distinct: distinct values, not records
                    value = compute_one(s, comp, parse_period(report.period)).get("value")
            typed = ind.manual or line.overridden
            return Explanation(target, line.label, line.unit, value, records, line.value, ind.manual,
                               hand_entered=typed and line.overridden, nothing=line.nothing,
                               entered_by=line.override_by, entered_at=line.override_at, note=line.note)

    def missing(self, report_id: str) -> list[MissingItem]:
        """What still blocks approval: blank hand-entered figures and empty narrative sections."""
        with self.ctx.session() as s:
            return missing_items(self._content(s, self._load(s, report_id)))

    def set_document(self, report_id: str, **changes: Any) -> ReportDetail:
        """Number, date, signer (head / deputy with name and title), Kính gửi and Nơi nhận.
        Keywords: number, doc_date, signer, signer_name, signer_title, recipients_to, copies_to."""
        allowed = {"number", "doc_date", "signer", "signer_name", "signer_title", "recipients_to", "copies_to"}
        unknown = set(changes) - allowed
        if unknown:
            raise TypeError(f"unknown document fields: {sorted(unknown)}")
        columns, doc = docs.validated_changes(**changes)
        with self.ctx.session() as s:
            report = self._load(s, report_id)
            self._require_editable(report)
            merged = {**(report.document or {}), **doc}
            if merged.get("signer") == docs.DEPUTY and not merged.get("signer_name"):
                raise ValidationError(docs.DEPUTY_NAME_MISSING, field_errors={"signer_name": "required"},
                                      code="signer_name_missing")
            for key, value in columns.items():
                old = getattr(report, key)
                if old != value:
                    setattr(report, key, value)
                    write_audit(s, self.ctx, "report_document", REPORT, report.id, field=key, old=old, new=value)
            if merged != (report.document or {}):
                write_audit(s, self.ctx, "report_document", REPORT, report.id, field="document",
                            old=report.document, new=merged)
                report.document = merged
            self._touch(report)
            return self._detail(s, report)

    def approve(self, report_id: str) -> ReportDetail:
        """Lock the report as approved by the current user (approver role only). Without a
        document date, the day of approval becomes it."""
        self._require_approver(translate("ReportErrors", "Only leaders (the Leader role) may approve reports. "
                                         "Sign in with a leader's account or submit the report to a leader for "
                                         "approval."))
        with self.ctx.session() as s:
            report = self._load(s, report_id)
            self._require_editable(report)
            missing = missing_items(self._content(s, report))
            if missing:
                # Each item named, so the approver (and `dnnd report approve`, exit 1) sees what to fill.
                raise ValidationError(translate(
                    "ReportErrors", "The report cannot be approved yet; still missing: {items}. Fill each in, or "
                    "mark it «không phát sinh» (nothing arose in the period).").format(
                        items="; ".join(item.label for item in missing)),
                    field_errors={item.target: item.label for item in missing}, code="report_incomplete")
            report.status = APPROVED
            report.approved_by = self.ctx.user_name
            report.approved_at = utcnow()
            if report.doc_date is None:
                report.doc_date = self._today()
            report.updated_at = utcnow()
            write_audit(s, self.ctx, "report_approve", REPORT, report.id, field="status", old=DRAFT, new=APPROVED)
            return self._detail(s, report)

    def reopen(self, report_id: str) -> ReportDetail:
        """Undo an approval (approver role) while the report has not been sent."""
        self._require_approver(translate("ReportErrors", "Only leaders (the Leader role) may reopen an approved "
                                         "report. Sign in with a leader's account or submit the report to a "
                                         "leader for approval."))
        with self.ctx.session() as s:
            report = self._load(s, report_id)
            if report.status != APPROVED:
                raise DnndError(lock_reason(report) or translate(
                    "ReportErrors", "The report has not been approved, so there is nothing to reopen."),
                    code="not_approved")
            old_by = report.approved_by
            report.status, report.approved_by, report.approved_at = DRAFT, None, None
            report.updated_at = utcnow()
            write_audit(s, self.ctx, "report_reopen", REPORT, report.id, field="status", old=APPROVED, new=DRAFT,
                        details=translate("AuditDetails", "approved before by: {name}").format(name=old_by))
            return self._detail(s, report)

    def mark_sent(self, report_id: str, at: dt.datetime | None = None) -> ReportDetail:
        """Called by the package service once the report package is written: the version is
        frozen from now on."""
        with self.ctx.session() as s:
            report = self._load(s, report_id)
            if report.status != APPROVED:
                raise DnndError(translate("ReportErrors", "Only an approved report can be sent; this report's "
                                          "status is «{status}». Submit it to a leader for approval first.").format(
                                              status=STATUS_LABELS.get(report.status, report.status)),
                                code="not_approved")
            report.status, report.sent_at, report.updated_at = SENT, at or utcnow(), utcnow()
            write_audit(s, self.ctx, "report_sent", REPORT, report.id, field="status", old=APPROVED, new=SENT)
            return self._detail(s, report)

    def record_answer(self, report_id: str, status: str, comment: str | None = None,
                      at: dt.datetime | None = None) -> ReportDetail:
        """The province acknowledged the report, or returned it with a comment (required then)."""
        if status not in (ACKNOWLEDGED, RETURNED):
            raise ValidationError(translate("ReportErrors", "The answer status «{status}» is not valid "
                                            "(acknowledged or returned).").format(status=status),
                                  field_errors={"status": status}, code="bad_answer_status")
        comment = (nfc(comment) or "").strip() or None
        if status == RETURNED and not comment:
            raise ValidationError(translate("ReportErrors", "Returning a report needs a clear reason, so the "
                                            "office can correct it."), field_errors={"comment": "required"},
                                  code="return_reason_missing")
        with self.ctx.session() as s:
            report = self._load(s, report_id)
            if report.status not in (SENT, ACKNOWLEDGED, RETURNED):
                raise DnndError(translate("ReportErrors", "The report has not been sent, so no answer from the "
                                          "level above can be recorded yet."), code="not_sent")
            old = report.status
            report.status, report.answer_comment = status, comment
            report.answered_at = at or utcnow()
            report.received_at = report.received_at or report.answered_at
            report.updated_at = utcnow()
            write_audit(s, self.ctx, "report_answer", REPORT, report.id, field="status", old=old, new=status,
                        details=comment)
            return self._detail(s, report)

    def revise(self, report_id: str) -> ReportDetail:
        """A new version of a sent report, as a draft with the same figures, overrides and text.
        The sent version stays as it was."""
        with self.ctx.session() as s:
            report = self._load(s, report_id)
            if report.status not in SENT_STATES:
                raise DnndError(translate("ReportErrors", "Only a sent report gets a revision; this report can "
                                          "still be edited directly after a leader reopens it.")
                                if report.status == APPROVED else
                                translate("ReportErrors", "Only a sent report gets a revision; this report can "
                                          "still be edited directly."), code="not_sent")
            later = s.scalars(select(Report.id).where(Report.supersedes_id == report.id)).first()
            if later is not None:
                raise DnndError(translate("ReportErrors", "This report already has a revision; open the latest "
                                          "one."), code="already_revised", details={"report_id": later})
            new = Report(
                office_id=report.office_id, template_code=report.template_code,
                template_version=report.template_version, period=report.period, revision=report.revision + 1,
                supersedes_id=report.id, status=DRAFT, title=report.title,
                indicators=dict(report.indicators or {}), overrides=dict(report.overrides or {}),
                narrative=dict(report.narrative or {}), document=dict(report.document or {}),
                computed_at=report.computed_at, created_by=self.ctx.user_name)
            s.add(new)
            s.flush()
            write_audit(s, self.ctx, "report_revise", REPORT, new.id,
                        details=translate("AuditDetails", "revision {number}").format(number=new.revision - 1))
            return self._detail(s, new)

    def discard(self, report_id: str) -> None:
        """Delete a report that never left the office and was not approved (new or draft)."""
        with self.ctx.session() as s:
            report = self._load(s, report_id)
            self._require_editable(report)
            write_audit(s, self.ctx, "report_discard", REPORT, report.id, details=report.title)
            s.delete(report)

    # -- output -------------------------------------------------------------------------------
    @logged_operation("report_export")
    def export(self, report_id: str, path: str | Path, progress: ProgressCallback = no_progress,
               cancel: CancelToken | None = None) -> Path:
        """Write the report as an official document (PDF to sign, Word to edit) or Excel, chosen by the
        file's extension."""
        from ...exchange.report_excel import write_report_xlsx
        from ...exchange.report_pdf import write_report_pdf

        target = Path(path)
        suffix = target.suffix.lower()
        if suffix not in (".pdf", ".docx", ".xlsx"):
            raise ValidationError(translate("ReportErrors", "Cannot export to the file «{name}»: give the file a "
                                            "name ending in .pdf (document to sign), .docx (Word, to edit) or "
                                            ".xlsx (Excel).").format(
                                                name=target.name), field_errors={"path": str(target)},
                                  code="bad_export_type")
        if not target.parent.is_dir():
            raise ValidationError(translate("ReportErrors", "The folder «{folder}» does not exist. Choose another "
                                            "folder.").format(folder=str(target.parent)),
                                  field_errors={"path": str(target)}, code="folder_missing")
        detail = self.get(report_id)
        if suffix in (".pdf", ".docx"):
            # Until approved, the document says DỰ THẢO (draft) on every page.
            draft = detail.status in ("new", "draft")
            write_report_pdf(detail.content, detail.document, target, progress, cancel, draft=draft)
        else:
            write_report_xlsx(detail.content, detail.document, target, progress, cancel)
        with self.ctx.session() as s:
            write_audit(s, self.ctx, "report_export", REPORT, report_id, details=target.name)
        return target

    def payload(self, report_id: str) -> dict[str, Any]:
        """The whole report as JSON-ready data for a report package: its template (so the
        province can read a template it does not have), figures, overrides, text, document."""
        with self.ctx.session() as s:
            report = self._load(s, report_id)
            tpl = get_template(s, report.template_code, report.template_version)
            detail = self._detail(s, report, tpl)
            return {
                "id": report.id, "office_id": report.office_id, "template": tpl.body,
                "template_code": report.template_code, "template_version": report.template_version,
                "period": report.period, "revision": report.revision, "supersedes_id": report.supersedes_id,
                "status": report.status, "number": report.number,
                "doc_date": report.doc_date.isoformat() if report.doc_date else None,
                "title": report.title, "indicators": report.indicators, "overrides": report.overrides,
                "narrative": report.narrative, "document": report.document,
                "values": detail.indicator_values(),
                "approved_by": report.approved_by,
                "approved_at": report.approved_at.isoformat() if report.approved_at else None,
                "computed_at": report.computed_at.isoformat() if report.computed_at else None,
            }

    # -- helpers ------------------------------------------------------------------------------
    def _load(self, s: Session, report_id: str) -> Report:
        report = s.get(Report, report_id)
        if report is None or report.office_id != self.ctx.installation.office_id:
            raise NotFound(translate("ReportErrors", "Report «{report_id}» was not found. Check the report's id "
                                     "(the command «dnnd report list» lists the reports).").format(
                                         report_id=report_id), code="report_not_found")
        return report

    @staticmethod
    def _require_editable(report: Report) -> None:
        reason = lock_reason(report)
        if reason:
            raise DnndError(reason, code="report_locked")

    def _require_approver(self, refusal: Message) -> None:
        user = self.ctx.current_user
        if user is None or not user.has_role(APPROVER):
            raise PermissionDenied(refusal, code="not_approver")

    def _touch(self, report: Report) -> None:
        if report.status == NEW:
            report.status = DRAFT
        report.updated_at = utcnow()

    @staticmethod
    def _superseded_ids(s: Session) -> set[str]:
        return set(s.scalars(select(Report.supersedes_id).where(Report.supersedes_id.is_not(None))))

    def _summary(self, r: Report, titles: dict[str, str], superseded: bool) -> ReportSummary:
        per = parse_period(r.period)
        return ReportSummary(
            id=r.id, template_code=r.template_code, template_title=titles.get(r.template_code, r.template_code),
            period_code=per.code, period_label=per.label, revision=r.revision, status=r.status,
            status_label=render(STATUS_LABELS.get(r.status, r.status)), title=r.title or "", number=r.number,
            doc_date=r.doc_date, approved_by=r.approved_by, approved_at=local_time(r.approved_at),
            sent_at=local_time(r.sent_at), updated_at=local_time(r.updated_at), superseded=superseded)

    def _content(self, s: Session, report: Report, tpl: ReportTemplateSpec | None = None) -> ReportContent:
        tpl = tpl or get_template(s, report.template_code, report.template_version)
        inst = self.ctx.installation
        return build_content(tpl, parse_period(report.period), report.indicators or {}, report.overrides or {},
                             report.narrative or {}, office_name=inst.office_name, unit_name=inst.unit_name,
                             extra_labels=extra_labels(s), tasks=task_progress.lines_from(report.document))

    def _detail(self, s: Session, report: Report, tpl: ReportTemplateSpec | None = None) -> ReportDetail:
        s.flush()
        later = s.scalars(select(Report.id).where(Report.supersedes_id == report.id)).first()
        titles = {report.template_code: (tpl.title if tpl else get_template(
            s, report.template_code, report.template_version).title)}
        user = self.ctx.current_user
        approver = bool(user and user.has_role(APPROVER))
        content = self._content(s, report, tpl)
        return ReportDetail(
            summary=self._summary(report, titles, later is not None),
            content=content, missing=tuple(missing_items(content)),
            document=docs.details_for(report, self.ctx.installation),
            settings=docs.settings_from(report),
            supersedes_id=report.supersedes_id, superseded_by_id=later,
            computed_at=local_time(report.computed_at), created_by=report.created_by,
            answer_comment=report.answer_comment, answered_at=local_time(report.answered_at),
            editable=report.status in EDITABLE, lock_reason=_rendered(lock_reason(report)),
            can_approve=approver and report.status in EDITABLE,
            can_reopen=approver and report.status == APPROVED,
            can_revise=report.status in SENT_STATES and later is None)


def _rendered(text: Message | None) -> str | None:
    """Display fields of the returned data are plain text in the current language (JSON-ready)."""
    return None if text is None else render(text)


def _period_sort(code: str) -> tuple[dt.date, dt.date]:
    p = parse_period(code)
    return (p.end, p.start)


def _diff(tpl: ReportTemplateSpec, old: dict[str, Any], new: dict[str, dict[str, Any]], overrides: dict[str, Any],
          labels: dict[str, dict[str, str]] | None = None) -> list[IndicatorChange]:
    """Changed computed values, indicator by indicator in template order, breakdown rows included."""
    changes = []
    for ind in tpl.indicators:
        comp = ind.compute
        if comp is None:   # entered by hand
            continue
        o, n = old.get(ind.code) or {}, new.get(ind.code) or {}
        if o.get("value") != n.get("value"):
            changes.append(IndicatorChange(ind.code, ind.label, o.get("value"), n.get("value"),
                                           ind.code in overrides))
        ob, nb = o.get("breakdown") or {}, n.get("breakdown") or {}
        for key in sorted(set(ob) | set(nb)):
            if ob.get(key) != nb.get(key):
                target = target_of(ind.code, key)
                fd = RECORD_KINDS[comp.kind].field(comp.breakdown or "")
                assert fd is not None   # breakdown rows come from a validated template's known breakdown field
                changes.append(IndicatorChange(target, f"{ind.label} — {key_label(fd, key, labels)}",
                                               ob.get(key), nb.get(key), target in overrides))
    return changes


__all__ = ["ReportService"]


def _local_date(utc_naive: dt.datetime) -> dt.date:
    """Stored times are naive UTC; the office's day is the machine's local day."""
    return utc_naive.replace(tzinfo=dt.UTC).astimezone().date()


def _target_indicator(s: Session, report: Report, target: str
                      ) -> tuple[ReportTemplateSpec, str, str | None, Indicator]:
    """(template, indicator code, key, indicator) of a figure's target "code" or "code/KEY"."""
    tpl = get_template(s, report.template_code, report.template_version)
    code, key = split_target(target)
    try:
        ind = tpl.indicator(code)
    except KeyError:
        raise ValidationError(translate("ReportErrors", "The report template has no indicator «{code}».")
                              .format(code=code), code="unknown_indicator") from None
    return tpl, code, key, ind
