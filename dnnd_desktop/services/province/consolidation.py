"""The province's consolidated report: its figures are the sums of the figures the lower offices
stated in their reports for the period (overrides included, breakdown rows summed key by key),
with a per-office sheet and the offices' narratives gathered for the writer to edit.

    svc = ConsolidationService(ctx, today=dt.date.today)
    svc.preview(period, template_code=None) -> Consolidation          nothing written
    svc.create(period, template_code=None) -> str                      the province's own report id
    svc.refresh(report_id) -> Consolidation                            sums again; overrides and text kept
    svc.find(period, template_code=None) -> str | None
    svc.export(report_id, path) -> Path                                .pdf (Decree 30) or .xlsx

Which reports count: per lower office, its latest revision for that template and period, if it was
received or acknowledged (every report that reaches the province was approved by its office). A
returned report does not count until its corrected version arrives.

The consolidated report is a Report row of this office (so the Reports page edits its text,
document details and approval like any report) marked by `document["consolidation"]`, which lists
the source reports. It is addressed upward: "Kính gửi: Ban Thường trực Ủy ban Trung ương MTTQ Việt
Nam". Its figures must not be recomputed from this office's records: use `refresh`.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypedDict

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain.errors import DnndError, NotFound, ValidationError
from ...domain.messages import translate
from ...domain.periods import Period, parse_period, report_title, template_allows
from ...domain.progress import CancelToken, ProgressCallback
from ...domain.report_template import (
    RECORD_KINDS,
    ReportTemplateSpec,
    build_content,
    key_label,
    split_target,
    target_of,
)
from ...domain.text import sort_key
from ...storage.models import Office, Report, utcnow
from ..audit import write_audit
from ..identity import LOWER
from ..reports import ReportDetail, ReportService
from ..reports.compute import DISTINCT_KINDS, compute_all, identity_base, matching_records
from ..reports.status import EDITABLE, NEW, lock_reason
from ..reports.templates import DEFAULT_TEMPLATE_CODE, extra_labels, get_template
from ..reports.types import ExplainedRecord
from .common import ACKNOWLEDGED, RECEIVED, require_province
from .submissions import SubmissionService, SubmissionSummary, summary_table

if TYPE_CHECKING:
    from ...exchange.pdf import OfficialDocument
    from ..app_context import AppContext

UPWARD = "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam"   # document wording ("Kính gửi")
COUNTED = (RECEIVED, ACKNOWLEDGED)
NOT_SENT, RETURNED_WHY = "chưa gửi", "bị trả lại"
NOT_COUNTED_LABELS = {NOT_SENT: translate("Consolidation", "not sent"),
                      RETURNED_WHY: translate("Consolidation", "returned")}
MARK = "consolidation"
# The province's own records as one source of the consolidation (document wording: "its own work").
OWN_REPORT_ID, OWN_STATUS, OWN_WORK = "own", "own", "số liệu của cơ quan tỉnh"
PDF_COLUMNS = 5   # indicators shown per office in the PDF's table (every one is in the Excel file)


class Figure(TypedDict, total=False):
    """One indicator of a consolidated report, as its `indicators` JSON stores it."""

    value: int | None
    breakdown: dict[str, int]      # key -> value (0 when no office stated it)


@dataclass(frozen=True)
class SourceReport:
    office_id: str
    office_name: str
    report_id: str
    revision: int
    status: str
    values: dict[str, int | None]            # target -> value as that office stated it
    narrative: dict[str, str]                # section code -> text
    own: bool = False                        # the province's own records, not a lower office's report
    # indicator code -> [identity key, row key, name] of the partners it counted (reports made
    # before issue 13 have none: their figures are added as stated)
    items: dict[str, list[list[str]]] = field(default_factory=dict)


@dataclass(frozen=True)
class FigureLine:
    """One figure of the consolidated report, in document order."""

    target: str                              # "act_total" or "act_total/CN"
    code: str
    key: str | None
    label: str
    unit: str
    total: int | None
    by_office: dict[str, int | None]         # office id -> value


@dataclass
class Consolidation:
    template_code: str
    template_version: int
    template_title: str
    period_code: str
    period_label: str
    sources: list[SourceReport]
    # (office name, why: "chưa gửi" / "bị trả lại"): the words of the documents (PDF, Excel, --json);
    # the UI shows them through NOT_COUNTED_LABELS.
    not_counted: list[tuple[str, str]]
    figures: dict[str, Figure]               # indicator code -> its sums
    lines: list[FigureLine]
    narratives: dict[str, list[tuple[str, str]]] = field(default_factory=dict)   # section -> [(office, text)]
    report_id: str | None = None
    matches: list[PartnerMatch] = field(default_factory=list)   # partners known at several offices

    @property
    def lower_sources(self) -> list[SourceReport]:
        """The lower offices' reports (without the province's own records)."""
        return [src for src in self.sources if not src.own]

    def total(self, target: str) -> int | None:
        code, key = split_target(target)
        got = self.figures.get(code) or {}
        return got.get("value") if key is None else (got.get("breakdown") or {}).get(key)

    def to_dict(self) -> dict[str, Any]:
        return {
            "report_id": self.report_id, "template_code": self.template_code, "period": self.period_code,
            "period_label": self.period_label,
            "offices": [{"office_id": s.office_id, "name": s.office_name, "report_id": s.report_id,
                         "revision": s.revision, "status": s.status, "own": s.own} for s in self.sources],
            "not_counted": [{"name": n, "reason": why} for n, why in self.not_counted],
            "figures": self.figures,
            "values": {ln.target: ln.total for ln in self.lines},
        }


@dataclass(frozen=True)
class PartnerMatch:
    """One partner known at several offices (same folded name and country), counted once unless a
    person at the province said they are different organisations."""

    key: str
    names: tuple[str, ...]              # as each office wrote it
    offices: tuple[str, ...]            # office names
    same: bool                          # counted once (the default, or confirmed)
    decided_by: str | None = None       # a person's decision, kept with the consolidated report
    kind: str = "partner"               # or "twinning": the twinned side across the border


def _sum(values: Iterable[int | None]) -> int | None:
    present = [v for v in values if v is not None]
    return sum(present) if present else None


class ConsolidationService:
    def __init__(self, ctx: AppContext, today: Callable[[], dt.date] = dt.date.today) -> None:
        self.ctx = ctx
        self._today = today

    # -- building ------------------------------------------------------------------------------------
    def preview(self, period: str | Period, template_code: str | None = None) -> Consolidation:
        per = period if isinstance(period, Period) else parse_period(period)
        with self.ctx.session() as s:
            return self._build(s, per, template_code or DEFAULT_TEMPLATE_CODE)

    def _build(self, s: Session, per: Period, code: str, only: set[str] | None = None,
               decisions: Mapping[str, Any] | None = None) -> Consolidation:
        """Sum the latest counted report of every lower office; with `only` (report ids), exactly
        those reports (what a saved consolidated report was made from)."""
        tpl = get_template(s, code)
        if not template_allows(tpl.periods, per):
            raise ValidationError(translate("ProvinceErrors", "The template «{template}» is not used for the period "
                                            "{period}. Choose another period.").format(template=tpl.title,
                                                                                      period=per.label),
                                  field_errors={"period": per.code}, code="period_not_allowed")
        labels = extra_labels(s)
        offices = {o.id: o for o in s.scalars(select(Office).where(Office.relation == LOWER))}
        latest: dict[str, Report] = {}
        for found in s.scalars(select(Report).where(Report.office_id.in_(list(offices)), Report.template_code == code,
                                                    Report.period == per.code).order_by(Report.revision)):
            if only is None or found.id in only:
                latest[found.office_id] = found
        sources: list[SourceReport] = []
        not_counted: list[tuple[str, str]] = []
        # One template version is read and parsed once, not once per office (3,300 offices, issue 15).
        templates: dict[tuple[str, int], ReportTemplateSpec] = {}
        for oid, office in sorted(offices.items(), key=lambda kv: sort_key(kv[1].name)):
            r = latest.get(oid)
            if r is None or (only is None and r.status not in COUNTED):
                if r is not None or self._expected(s, oid):
                    not_counted.append((office.name, RETURNED_WHY if r is not None else NOT_SENT))
                continue
            key = (r.template_code, r.template_version)
            if key not in templates:
                templates[key] = get_template(s, r.template_code, r.template_version)
            their_tpl = templates[key]
            content = build_content(their_tpl, per, r.indicators or {}, r.overrides or {}, r.narrative or {},
                                    office_name=office.name, unit_name=office.unit_name or "", extra_labels=labels)
            sources.append(SourceReport(oid, office.name, r.id, r.revision, r.status, content.values(),
                                        {k: v for k, v in (r.narrative or {}).items() if (v or "").strip()},
                                        items=_items(r.indicators or {})))
        if only is None or OWN_REPORT_ID in only:
            sources.insert(0, self._own_source(s, tpl, per, labels))
        figures, lines = _sum_figures(tpl, sources, labels)
        matches = _count_distinct_once(tpl, sources, figures, lines, decisions or {})
        narratives = {sec.code: [(src.office_name, src.narrative[sec.code].strip()) for src in sources
                                 if src.narrative.get(sec.code)] for sec in tpl.sections}
        return Consolidation(tpl.code, tpl.version, tpl.title, per.code, per.label, sources, not_counted,
                             figures, lines, narratives, matches=matches)

    def _own_source(self, s: Session, tpl: ReportTemplateSpec, per: Period,
                    labels: Mapping[str, Mapping[str, str]]) -> SourceReport:
        """The province's own work in the period: its figures computed from the records made at the
        province (records its lower offices synced up are counted through their reports instead)."""
        inst = self.ctx.installation
        computed = compute_all(s, tpl, per, own_office=inst.office_id)
        content = build_content(tpl, per, computed, {}, {}, office_name=inst.office_name,
                                unit_name=inst.unit_name or "", extra_labels=labels)
        return SourceReport(inst.office_id, inst.office_name, OWN_REPORT_ID, 0, OWN_STATUS,
                            content.values(), {}, own=True, items=_items(computed))

    @staticmethod
    def _expected(s: Session, office_id: str) -> bool:
        from ...storage.models import TrustedKey

        return s.scalars(select(TrustedKey.id).where(TrustedKey.office_id == office_id,
                                                     TrustedKey.revoked_at.is_(None))).first() is not None

    # -- the province's own report --------------------------------------------------------------------
    def find(self, period: str | Period, template_code: str | None = None) -> str | None:
        per = period if isinstance(period, Period) else parse_period(period)
        with self.ctx.session() as s:
            r = self._own_report(s, per, template_code or DEFAULT_TEMPLATE_CODE)
            return r.id if r is not None else None

    def _own_report(self, s: Session, per: Period, code: str) -> Report | None:
        """This office's consolidated report of the period (a report of its own work alone, made on
        the Reports page, is another report and does not stand in the way)."""
        for report in s.scalars(select(Report).where(Report.office_id == self.ctx.installation.office_id,
                                                     Report.template_code == code, Report.period == per.code)
                                .order_by(Report.revision.desc())):
            if MARK in (report.document or {}):
                return report
        return None

    def create(self, period: str | Period, template_code: str | None = None) -> str:
        """Make the consolidated report of the period (figures summed, narratives gathered).
        Refused when this office already has a report of that template and period."""
        require_province(self.ctx, translate("ProvinceErrors", "make a consolidated report"))
        per = period if isinstance(period, Period) else parse_period(period)
        code = template_code or DEFAULT_TEMPLATE_CODE
        with self.ctx.session() as s:
            existing = self._own_report(s, per, code)
            if existing is not None:
                raise DnndError(translate("ProvinceErrors", "The province already has the report «{title}» for "
                                          "{period}. Open that report; to take the offices' newest figures again, "
                                          "press «Consolidate again».").format(title=existing.title, period=per.label),
                                code="report_exists", details={"report_id": existing.id})
            cons = self._build(s, per, code)
            if not any(not src.own for src in cons.sources):
                raise DnndError(translate("ProvinceErrors", "There is no report for {period} from a lower office "
                                          "(received and not returned) to consolidate. Import the report packages "
                                          "received first.").format(period=per.label), code="nothing_to_consolidate")
            tpl = get_template(s, code)
            report = Report(
                office_id=self.ctx.installation.office_id, template_code=tpl.code, template_version=tpl.version,
                period=per.code, revision=1, status=NEW, title=report_title(tpl.title, per),
                indicators=cons.figures, overrides={}, narrative=_gathered_text(tpl, cons),
                # "Như trên" (as above): the document's Nơi nhận wording.
                document={"recipients_to": [UPWARD], "copies_to": ["Như trên"], MARK: _mark(cons)},
                computed_at=utcnow(), created_by=self.ctx.user_name)
            s.add(report)
            s.flush()
            write_audit(s, self.ctx, "report_consolidate", "report", report.id,
                        details=str(translate("Consolidation", "{title}: {count} reports consolidated")
                                    .format(title=report.title, count=len(cons.lower_sources))))
            cons.report_id = report.id
            return report.id

    def refresh(self, report_id: str) -> Consolidation:
        """Sum again from the reports received now. Overrides and the text typed are kept."""
        with self.ctx.session() as s:
            report = self._load(s, report_id)
            reason = lock_reason(report)
            if reason:
                raise DnndError(reason, code="report_locked")
            cons = self._build(s, parse_period(report.period), report.template_code,
                               decisions=_decisions(report))
            old = report.indicators
            report.indicators = cons.figures
            report.computed_at = utcnow()
            report.document = {**(report.document or {}), MARK: _mark(cons)}
            if report.status == NEW:
                report.status = "draft"
            report.updated_at = utcnow()
            write_audit(s, self.ctx, "report_consolidate", "report", report.id,
                        details=str((translate("Consolidation", "{count} reports consolidated again")
                                     if old == cons.figures else
                                     translate("Consolidation", "{count} reports consolidated again; figures "
                                               "changed")).format(count=len(cons.lower_sources))))
            cons.report_id = report.id
            return cons

    def regather_narratives(self, report_id: str) -> None:
        """Replace the text of every section with the offices' texts gathered again."""
        with self.ctx.session() as s:
            report = self._load(s, report_id)
            if report.status not in EDITABLE:
                raise DnndError(lock_reason(report) or "", code="report_locked")
            cons = self._build(s, parse_period(report.period), report.template_code)
            report.narrative = _gathered_text(get_template(s, report.template_code, report.template_version), cons)
            report.updated_at = utcnow()
            write_audit(s, self.ctx, "report_narrative", "report", report.id,
                        details=str(translate("Consolidation", "offices' texts taken again")))

    def decide_partner(self, report_id: str, key: str, same: bool) -> Consolidation:
        """A person at the province says whether a partner found at several offices (by folded name
        and country, `PartnerMatch.key`) is one organisation (counted once) or different ones
        (counted once per office). The decision is kept with the consolidated report and the
        figures are summed again."""
        require_province(self.ctx, translate("ProvinceErrors", "make a consolidated report"))
        with self.ctx.session() as s:
            report = self._load(s, report_id)
            reason = lock_reason(report)
            if reason:
                raise DnndError(reason, code="report_locked")
            decisions = _decisions(report)
            decisions[key] = {"same": bool(same), "by": self.ctx.user_name,
                              "at": utcnow().isoformat(timespec="seconds")}
            report.document = {**(report.document or {}), DECISIONS: decisions}
            cons = self._build(s, parse_period(report.period), report.template_code, decisions=decisions)
            report.indicators = cons.figures
            report.document = {**report.document, MARK: _mark(cons)}
            report.updated_at = utcnow()
            write_audit(s, self.ctx, "report_consolidate", "report", report.id, field=DECISIONS,
                        new="same" if same else "different", details=key)
            cons.report_id = report.id
            return cons

    def consolidation_of(self, report_id: str) -> Consolidation:
        """The figures per office behind a consolidated report: the reports it was made from."""
        with self.ctx.session() as s:
            report = self._load(s, report_id)
            mark = (report.document or {})[MARK]
            only = {x["report_id"] for x in mark.get("sources", [])}
            cons = self._build(s, parse_period(report.period), report.template_code, only, _decisions(report))
            cons.not_counted = [(x["name"], x["reason"]) for x in mark.get("not_counted", [])]
            cons.report_id = report.id
            return cons

    def _load(self, s: Session, report_id: str) -> Report:
        report = s.get(Report, report_id)
        if report is None or report.office_id != self.ctx.installation.office_id \
                or MARK not in (report.document or {}):
            raise NotFound(translate("ProvinceErrors", "There is no consolidated report «{report_id}».")
                           .format(report_id=report_id), code="report_not_found")
        return report

    # -- output ---------------------------------------------------------------------------------------
    def export(self, report_id: str, path: str | Path, progress: ProgressCallback | None = None,
               cancel: CancelToken | None = None) -> Path:
        target = Path(path)
        suffix = target.suffix.lower()
        if suffix not in (".pdf", ".docx", ".xlsx"):
            raise ValidationError(translate("ProvinceErrors", "Cannot export to the file «{name}»: give the file a "
                                            "name ending in .pdf (document to sign), .docx (Word, to edit) or "
                                            ".xlsx (Excel).")
                                  .format(name=target.name), field_errors={"path": str(target)}, code="bad_file_name")
        if not target.parent.is_dir():
            raise ValidationError(translate("ProvinceErrors", "The folder «{folder}» does not exist. Choose another "
                                            "folder.").format(folder=target.parent),
                                  field_errors={"path": str(target)}, code="folder_not_found")
        cons = self.consolidation_of(report_id)
        detail = ReportService(self.ctx).get(report_id)
        summary = SubmissionService(self.ctx, self._today).summary(cons.period_code, cons.template_code)
        if suffix in (".pdf", ".docx"):
            from ...exchange.documents import render_document

            render_document(consolidated_document(detail, cons, summary), target, progress=progress, cancel=cancel)
        else:
            from ...exchange.consolidated_excel import write_consolidated_xlsx

            write_consolidated_xlsx(detail.content, detail.document, per_office_table(cons),
                                    narrative_rows(cons), summary_table(summary), target)
        with self.ctx.session() as s:
            write_audit(s, self.ctx, "report_export", "report", report_id, details=target.name)
        return target


# -- sums ----------------------------------------------------------------------------------------------
def _sum_figures(tpl: ReportTemplateSpec, sources: list[SourceReport], labels: Mapping[str, Mapping[str, str]],
                 ) -> tuple[dict[str, Figure], list[FigureLine]]:
    figures: dict[str, Figure] = {}
    lines: list[FigureLine] = []
    for sec in tpl.sections:
        for grp in sec.groups:
            for code in grp.indicators:
                ind = tpl.indicator(code)
                by_office = {src.office_id: src.values.get(code) for src in sources}
                total = _sum(by_office.values())
                lines.append(FigureLine(code, code, None, ind.label, ind.unit, total, by_office))
                entry: Figure = {"value": total}
                if ind.compute and ind.compute.breakdown:
                    fd = RECORD_KINDS[ind.compute.kind].field(ind.compute.breakdown)
                    if fd is None:   # parse_template accepts only a breakdown by a field of the kind
                        raise KeyError(ind.compute.breakdown)
                    keys: dict[str, None] = {}
                    for src in sources:
                        for target in src.values:
                            c, k = split_target(target)
                            if c == code and k is not None:
                                keys.setdefault(k)
                    breakdown: dict[str, int] = {}
                    rows: list[FigureLine] = []
                    for k in keys:
                        t = target_of(code, k)
                        per_office = {src.office_id: src.values.get(t) for src in sources}
                        value = _sum(per_office.values())
                        breakdown[k] = value if value is not None else 0
                        rows.append(FigureLine(t, code, k, key_label(fd, k, labels), ind.unit, value, per_office))
                    rows.sort(key=lambda ln: (ln.key == "", -(ln.total or 0), sort_key(ln.label)))
                    lines.extend(rows)
                    entry["breakdown"] = breakdown
                figures[code] = entry
    return figures, lines


def _mark(cons: Consolidation) -> dict[str, Any]:
    return {"sources": [{"office_id": s.office_id, "report_id": s.report_id, "revision": s.revision}
                        for s in cons.sources],
            "not_counted": [{"name": n, "reason": why} for n, why in cons.not_counted],
            "at": utcnow().isoformat(timespec="seconds")}


def _gathered_text(tpl: ReportTemplateSpec, cons: Consolidation) -> dict[str, str]:
    """Each section: the offices' texts one after another, each under its office's name, for the
    writer to merge into the province's own words."""
    out: dict[str, str] = {}
    for sec in tpl.sections:
        parts = [f"[{name}]\n{text}" for name, text in cons.narratives.get(sec.code, [])]
        if parts:
            out[sec.code] = "\n\n".join(parts)
    return out


def per_office_table(cons: Consolidation) -> dict[str, Any]:
    """Plain data for the Excel writer: one row per office, one column per figure."""
    return {
        "columns": [{"target": ln.target, "label": ln.label, "unit": ln.unit, "is_row": ln.key is not None}
                    for ln in cons.lines],
        "offices": [{"name": _document_name(s), "revision": s.revision,
                     "values": [ln.by_office.get(s.office_id) for ln in cons.lines]} for s in cons.sources],
        "totals": [ln.total for ln in cons.lines],
        "not_counted": cons.not_counted,
    }


def narrative_rows(cons: Consolidation) -> list[tuple[str, str, str]]:
    return [(section, name, text) for section, items in cons.narratives.items() for name, text in items]


def consolidated_document(detail: ReportDetail, cons: Consolidation, summary: SubmissionSummary) -> OfficialDocument:
    """The Decree 30 document: the report as the writer finished it, plus (at the end of its first
    section) how the offices reported and a table of the main figures per office."""
    from ...exchange.pdf import Block, Column, Heading, Paragraph, Table
    from ...exchange.report_pdf import report_document

    doc = report_document(detail.content, detail.document)
    # The document's own Vietnamese wording (Decree 30): not UI text.
    counted = ", ".join(s.office_name for s in cons.lower_sources)
    facts = (f"Số liệu trên được tổng hợp từ báo cáo của {len(cons.lower_sources)}/{summary.expected} đơn vị"
             + (f" ({counted})" if counted else "")
             + (f" và {OWN_WORK} (tính từ dữ liệu của cơ quan tỉnh)" if len(cons.lower_sources) < len(cons.sources)
                else "") + ".")
    if summary.expected:
        facts += (f" Đúng hạn: {summary.count('on_time')}; muộn hạn: {summary.count('late')}; bị trả lại: "
                  f"{summary.count('returned')}; chưa gửi: {summary.count('missing') + summary.count('pending')}.")
    missing = [n for n, why in cons.not_counted if why == NOT_SENT]
    if missing:
        facts += " Đơn vị chưa gửi báo cáo: " + ", ".join(missing) + "."
    headline = _headline(cons)
    columns = [Column("STT", 0.75, "center", grouping=False), Column("Đơn vị", 2.6, "left")]
    columns += [Column(f"{ln.label} ({ln.unit})", 1.5, "right") for ln in headline]
    rows = [[i, _document_name(s), *[ln.by_office.get(s.office_id) for ln in headline]]
            for i, s in enumerate(cons.sources, start=1)]
    extra: list[Block] = [Heading("Tình hình báo cáo và số liệu của các đơn vị", level=2), Paragraph(facts)]
    if rows:
        extra.append(Table(columns, rows, total_row=["", "Tổng cộng", *[ln.total for ln in headline]], font_size=11))
    # After the first section's content: before the heading of section II.
    at = next((i for i, b in enumerate(doc.blocks) if isinstance(b, Heading) and b.level == 1
               and b.text.startswith("II.")), len(doc.blocks))
    doc.blocks[at:at] = extra
    return doc


def _document_name(src: SourceReport) -> str:
    """An office as the documents name it; the province's own records say so."""
    return f"{src.office_name} ({OWN_WORK})" if src.own else src.office_name


def _headline(cons: Consolidation) -> list[FigureLine]:
    """The indicators for the PDF's per-office table: the first ones (in template order) that have a
    figure, skipping one that repeats another office by office (the same count broken down otherwise)."""
    chosen: list[FigureLine] = []
    for ln in cons.lines:
        if len(chosen) >= PDF_COLUMNS:
            break
        if ln.key is None and ln.total and all(ln.by_office != c.by_office for c in chosen):
            chosen.append(ln)
    return chosen


def explain_consolidated(s: Session, ctx: AppContext, report: Report, tpl: ReportTemplateSpec, target: str
                         ) -> tuple[int | None, tuple[ExplainedRecord, ...]]:
    """A consolidated figure's parts: the province's own records behind it (as in any report), then
    each lower office's report it was made from with the figure that office stated (kind "report").
    The value is the sum of the parts: records counted or summed, plus the offices' figures."""
    code, key = split_target(target)
    ind = tpl.indicator(code)
    per = parse_period(report.period)
    mark = (report.document or {}).get(MARK) or {}
    parts: list[ExplainedRecord] = []
    own_value: int | None = None
    if ind.compute is not None and any(x.get("report_id") == OWN_REPORT_ID for x in mark.get("sources", [])):
        found = matching_records(s, ind.compute, per, key, own_office=ctx.installation.office_id)
        parts += [ExplainedRecord(ind.compute.kind, rid, name, amount) for rid, name, amount in found]
        own_value = (sum(r.amount or 0 for r in parts) if ind.compute.aggregate == "sum" else len(parts))
    labels = extra_labels(s)
    offices = {o.id: o for o in s.scalars(select(Office))}
    for src in mark.get("sources", []):
        their = s.get(Report, src.get("report_id")) if src.get("report_id") != OWN_REPORT_ID else None
        if their is None:
            continue
        office = offices.get(their.office_id)
        their_tpl = get_template(s, their.template_code, their.template_version)
        values = build_content(their_tpl, per, their.indicators or {}, their.overrides or {}, {},
                               extra_labels=labels).values()
        name = office.name if office else their.office_id
        parts.append(ExplainedRecord("report", their.id, name, values.get(target)))
    stated = [r.amount for r in parts if r.kind == "report" and r.amount is not None]
    if own_value is None and not stated:
        return None, tuple(parts)
    return (own_value or 0) + sum(stated), tuple(parts)


# -- counted once ----------------------------------------------------------------------------------
DECISIONS = "distinct_decisions"   # document key: identity key -> {"same": bool, "by", "at"}


def _items(indicators: Mapping[str, Any]) -> dict[str, list[list[str]]]:
    return {code: list(got["items"]) for code, got in indicators.items()
            if isinstance(got, dict) and isinstance(got.get("items"), list)}


def _decisions(report: Report) -> dict[str, Any]:
    return dict((report.document or {}).get(DECISIONS) or {})


def _count_distinct_once(tpl: ReportTemplateSpec, sources: list[SourceReport], figures: dict[str, Figure],
                         lines: list[FigureLine], decisions: Mapping[str, Any]) -> list[PartnerMatch]:
    """Partners present at several offices are one partner: for each count of partners, the total
    (and each breakdown row) is the number of distinct partners over the sources that listed them,
    plus the figures of sources that did not (older reports), as stated. A partner a person marked
    "different" counts once per office. Returns the partners found at several offices."""
    matches: dict[str, PartnerMatch] = {}
    for ind in tpl.indicators:
        comp = ind.compute
        if comp is None or comp.kind not in DISTINCT_KINDS or comp.aggregate != "count":
            continue
        listed = [src for src in sources if ind.code in src.items]
        unlisted = [src for src in sources if ind.code not in src.items]
        seen: dict[tuple[str, str], set[str]] = {}      # (row, key) -> offices
        names: dict[str, dict[str, str]] = {}            # key -> office -> name
        matched = _locality_matches(key for src in listed for key, _row, _name in src.items[ind.code])
        for src in listed:
            for key, row, name in src.items[ind.code]:
                key = matched.get(key, key)
                seen.setdefault((row, key), set()).add(src.office_id)
                names.setdefault(key, {})[src.office_id] = name
        office_names = {src.office_id: src.office_name for src in sources}

        def counted(offices: set[str], key: str) -> int:
            decision = decisions.get(key) or {}
            return len(offices) if decision.get("same") is False else 1

        def stated(target: str, unlisted: list[SourceReport] = unlisted) -> int:
            return sum(src.values.get(target) or 0 for src in unlisted)

        if not listed:
            continue
        total = sum(counted(offices, key) for (_row, key), offices in _by_key(seen).items()) + stated(ind.code)
        figures[ind.code]["value"] = total
        if comp.breakdown:
            rows: dict[str, int] = {}
            for (row, key), offices in seen.items():
                rows[row] = rows.get(row, 0) + counted(offices, key)
            breakdown = figures[ind.code].setdefault("breakdown", {})
            for row in set(breakdown) | set(rows):
                breakdown[row] = rows.get(row, 0) + stated(target_of(ind.code, row))
        for i, ln in enumerate(lines):
            if ln.code == ind.code:
                value = total if ln.key is None else (figures[ind.code].get("breakdown") or {}).get(ln.key)
                lines[i] = FigureLine(ln.target, ln.code, ln.key, ln.label, ln.unit, value, ln.by_office)
        for key, by_office in names.items():
            if len(by_office) > 1 and key not in matches:
                decision = decisions.get(key) or {}
                matches[key] = PartnerMatch(key, tuple(dict.fromkeys(by_office.values())),
                                            tuple(office_names[o] for o in by_office),
                                            decision.get("same") is not False, decision.get("by"), comp.kind)
    return sorted(matches.values(), key=lambda m: sort_key(m.names[0]))


def _locality_matches(keys: Iterable[str]) -> dict[str, str]:
    """A twinned side one office wrote without its foreign locality is the one another office wrote
    with it, when exactly one such locality is known for that name and country (two are two places)."""
    with_place: dict[str, set[str]] = {}
    for key in keys:
        if key.count("|") == 2:
            with_place.setdefault(identity_base(key), set()).add(key)
    return {base: next(iter(full)) for base, full in with_place.items() if len(full) == 1}


def _by_key(seen: Mapping[tuple[str, str], set[str]]) -> dict[tuple[str, str], set[str]]:
    """The total counts a partner once even when offices filed it under different rows (kinds)."""
    out: dict[str, set[str]] = {}
    for (_row, key), offices in seen.items():
        out.setdefault(key, set()).update(offices)
    return {("", key): offices for key, offices in out.items()}
