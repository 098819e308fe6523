"""`dnnd report ...`: periodic reports from the command line (scripts and tests use it).

report new [--template CODE] --period PERIOD   figures computed from the records of the period
report list [--period P]                        this office's reports
report show ID                                  figures, overrides and text of one report
report nothing ID TARGET...                     mark blank hand-entered figures (code) or empty sections
                                                (section:CODE) «không phát sinh»
report approve ID                               approve (approver role); the report is then locked; exit 1
                                                naming each blank figure or empty section still missing
report explain ID INDICATOR [--json]            the records behind a figure: {"indicator", "value", "records":
                                                [{"kind", "id", "name", "amount"}]}; value = number of records
                                                (counts) or sum of their amounts (sums)
report export ID FILE.pdf|.docx|.xlsx           official document (PDF to sign, Word to edit) or Excel
report due [--today YYYY-MM-DD]                 reports due, overdue and done
"""
from __future__ import annotations

import datetime as dt

from ..domain.errors import ValidationError
from ..domain.formatting import format_date, format_number
from ..domain.messages import translate
from .base import Cli


def register(sub, common) -> None:
    p = sub.add_parser("report", parents=[common],
                       help=translate("CliHelp", "periodic reports: create, list, approve, export").text())
    rs = p.add_subparsers(dest="report_command", metavar=translate("CliHelp", "ACTION").text(), required=True)
    report_id = translate("CliHelp", "report id").text()
    new = rs.add_parser("new", parents=[common], help=translate(
        "CliHelp", "create a new report, its figures computed from the period's data").text())
    new.add_argument("--period", required=True, help=translate(
        "CliHelp", "reporting period: 2026, 2026-H1, 2026-Q3, 2026-9M, 2026-05; a review over several years: "
        "2020-2025 (final), 2020-2022-MID (mid-term)").text())
    new.add_argument("--template", default=None,
                     help=translate("CliHelp", "report template code (default: the built-in template)").text())
    new.set_defaults(handler=run_new)
    ls = rs.add_parser("list", parents=[common], help=translate("CliHelp", "list the reports").text())
    ls.add_argument("--period", default=None, help=translate("CliHelp", "only this period").text())
    ls.set_defaults(handler=run_list, public=True)
    show = rs.add_parser("show", parents=[common],
                         help=translate("CliHelp", "see the figures and text of one report").text())
    show.add_argument("id", help=report_id)
    show.set_defaults(handler=run_show)
    nothing = rs.add_parser("nothing", parents=[common], help=translate(
        "CliHelp", "mark blank hand-entered figures or empty sections «không phát sinh» (nothing arose)").text())
    nothing.add_argument("id", help=report_id)
    nothing.add_argument("targets", nargs="+", metavar="TARGET", help=translate(
        "CliHelp", "an indicator code, or section:CODE for a section").text())
    nothing.set_defaults(handler=run_nothing)
    ap = rs.add_parser("approve", parents=[common],
                       help=translate("CliHelp", "approve a report (the Leader role)").text())
    ap.add_argument("id", help=report_id)
    ap.set_defaults(handler=run_approve)
    xp = rs.add_parser("explain", parents=[common], help=translate(
        "CliHelp", "list the records behind one figure of a report").text())
    xp.add_argument("id", help=report_id)
    xp.add_argument("indicator", help=translate(
        "CliHelp", "indicator code, or CODE/KEY for one row of its breakdown (act_total/CN)").text())
    xp.set_defaults(handler=run_explain)
    ex = rs.add_parser("export", parents=[common],
                       help=translate("CliHelp", "export a report to PDF (the document) or Excel").text())
    ex.add_argument("id", help=report_id)
    ex.add_argument("file", help=translate("CliHelp", "target file .pdf, .docx or .xlsx").text())
    ex.set_defaults(handler=run_export)
    due = rs.add_parser("due", parents=[common],
                        help=translate("CliHelp", "the reports due, overdue and sent").text())
    due.add_argument("--today", default=None,
                     help=translate("CliHelp", "count from this day (YYYY-MM-DD), default today").text())
    due.set_defaults(handler=run_due, public=True)


def _service(cli: Cli):
    from ..services.reports import ReportService

    ctx = cli.context()
    return ctx, ReportService(ctx)


def _result(detail) -> dict:
    s = detail.summary
    return {"id": s.id, "status": s.status, "status_label": s.status_label, "template": s.template_code,
            "period": s.period_code, "revision": s.revision, "title": s.title,
            "indicators": detail.indicator_values(),
            "overridden": sorted(ln.target for ln in detail.content.lines() if ln.overridden),
            "approved_by": s.approved_by, "number": s.number, "doc_date": s.doc_date}


def _figures(detail) -> str:
    lines = [f"{detail.summary.title}",
             translate("CliMessages", "Report id: {id}").format(id=detail.id).text(),
             translate("CliMessages", "Status: {status}").format(status=detail.summary.status_label).text()]
    if detail.lock_reason:
        lines.append(str(detail.lock_reason))
    for sec in detail.content.sections:
        for grp in sec.groups:
            lines.append(f"— {grp.title}")
            for ind in grp.indicators:
                for ln in (ind.total, *ind.breakdown):
                    value = (translate("CliMessages", "(not entered)").text() if ln.value is None
                             else format_number(ln.value))
                    indent = "    " if ln.key is None else "        - "
                    line = (translate("CliMessages", "{label}: {value} {unit} [edited by hand: {note}]")
                            if ln.overridden else translate("CliMessages", "{label}: {value} {unit}"))
                    lines.append(indent + line.format(label=ln.label, value=value, unit=ind.unit,
                                                      note=ln.note or "").text())
    return "\n".join(lines)


def run_new(cli: Cli) -> int:
    ctx, svc = _service(cli)
    try:
        detail = svc.create(cli.args.period, cli.args.template)
    finally:
        ctx.close()
    cli.emit(_result(detail), lambda: translate("CliMessages", "Report created.").text() + "\n" + _figures(detail))
    return 0


def run_list(cli: Cli) -> int:
    ctx, svc = _service(cli)
    try:
        rows = svc.list_reports(period=cli.args.period)
    finally:
        ctx.close()
    result = {"reports": [{"id": r.id, "template": r.template_code, "period": r.period_code,
                           "revision": r.revision, "status": r.status, "title": r.title,
                           "number": r.number, "approved_by": r.approved_by, "superseded": r.superseded}
                          for r in rows], "total": len(rows)}

    def human() -> str:
        if not rows:
            return translate("CliMessages", "No reports yet. Create one: dnnd report new --period 2026-H1").text()
        amended = translate("CliMessages", "{title} (amendment {number})")
        return "\n".join(f"{r.id}  {r.period_code:8}  {r.status_label:16}  "
                         + (amended.format(title=r.title, number=r.revision - 1).text() if r.revision > 1
                            else f"{r.title}") for r in rows)
    cli.emit(result, human)
    return 0


def run_show(cli: Cli) -> int:
    ctx, svc = _service(cli)
    try:
        detail = svc.get(cli.args.id)
    finally:
        ctx.close()
    result = _result(detail)
    result["narrative"] = {sec.code: sec.text for sec in detail.content.sections}
    result["lock_reason"] = detail.lock_reason
    cli.emit(result, lambda: _figures(detail))
    return 0


def run_nothing(cli: Cli) -> int:
    ctx, svc = _service(cli)
    try:
        for target in cli.args.targets:
            detail = svc.mark_nothing(cli.args.id, target)
    finally:
        ctx.close()
    result = _result(detail)
    result["missing"] = [{"target": m.target, "label": m.label} for m in detail.missing]
    cli.emit(result, translate("CliMessages", "Marked «không phát sinh»: {count}. Still missing: {missing}.").format(
        count=len(cli.args.targets), missing="; ".join(m.label for m in detail.missing) or "0"))
    return 0


def run_approve(cli: Cli) -> int:
    ctx, svc = _service(cli)
    try:
        detail = svc.approve(cli.args.id)
    finally:
        ctx.close()
    cli.emit(_result(detail), translate("CliMessages", "Approved: {title} (approved by: {approver}).").format(
        title=detail.summary.title, approver=detail.summary.approved_by))
    return 0


def run_explain(cli: Cli) -> int:
    ctx, svc = _service(cli)
    try:
        ex = svc.explain(cli.args.id, cli.args.indicator)
    finally:
        ctx.close()

    def human() -> str:
        value = translate("CliMessages", "(not entered)").text() if ex.value is None else format_number(ex.value)
        lines = [translate("CliMessages", "{label}: {value} {unit}").format(label=ex.label, value=value,
                                                                           unit=ex.unit).text()]
        if ex.hand_entered:
            lines.append(translate("CliMessages", "Entered by hand by {name} at {at}: {note}").format(
                name=ex.entered_by or "?", at=ex.entered_at or "?", note=ex.note or "—").text())
        for r in ex.records:
            amount = "" if r.amount is None else "  " + format_number(r.amount)
            lines.append(f"  {r.kind}  {r.id}  {r.name}{amount}")
        return "\n".join(lines)
    cli.emit(ex.to_dict(), human)
    return 0


def run_export(cli: Cli) -> int:
    ctx, svc = _service(cli)
    try:
        path = svc.export(cli.args.id, cli.args.file)
    finally:
        ctx.close()
    cli.emit({"id": cli.args.id, "file": str(path.resolve())},
             translate("CliMessages", "Exported the report to the file {path}.").format(path=str(path)))
    return 0


def run_due(cli: Cli) -> int:
    today = None
    if cli.args.today:
        try:
            today = dt.date.fromisoformat(cli.args.today)
        except ValueError:
            raise ValidationError(translate("CliMessages", "The date “{date}” is not valid; write YYYY-MM-DD, for "
                                                           "example 2026-05-15.").format(date=cli.args.today),
                                  field_errors={"today": cli.args.today}, code="invalid_date") from None
    ctx, svc = _service(cli)
    try:
        items = svc.due_reports(today)
    finally:
        ctx.close()
    result = {"items": [{"template": i.template_code, "period": i.period.code, "due_date": i.due_date,
                         "days_left": i.days_left, "status": i.status, "report_id": i.report_id,
                         "report_status": i.report_status} for i in items]}
    left = translate("CliMessages", "{report} ({days} days left)")
    late = translate("CliMessages", "{report} ({days} days late)")

    def line(i) -> str:
        report = f"{i.template_title} {i.period.label}"
        if i.status == "due":
            report = left.format(report=report, days=i.days_left).text()
        elif i.status == "overdue":
            report = late.format(report=report, days=-i.days_left).text()
        return f"{format_date(i.due_date)}  {i.status_label:12}  {report}"

    cli.emit(result, lambda: "\n".join(line(i) for i in items)
             or translate("CliMessages", "No reports are due."))
    return 0
