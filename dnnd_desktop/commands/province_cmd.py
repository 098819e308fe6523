"""`dnnd province ...`: the province office's work from the command line (scripts and tests).

province offices                                       lower offices, last package and last report
province register CARD --fingerprint DIGITS            register a lower office after the phone check
province plan list | plan show ID
province plan save PLAN.json                           save a plan as a draft (docs/plan-format.md)
province plan from-text DOC.docx|.pdf|.txt [--out PLAN.json]  a draft plan read from a plan document
province plan publish ID|PLAN.json --out-dir DIR [--to ID,ID] [--single]
                                                       tasks packages: one per office (or one for all)
province inbox [--period P] [--office ID] [--status S] reports received from lower offices
province acknowledge REPORT_ID [--comment TEXT]
province return REPORT_ID --comment TEXT
province answers --to OFFICE_ID FILE.dnnd              the answers to that office's reports, as a package
province submissions --period P [--template T] [--as-of YYYY-MM-DD] [--xlsx FILE]
province consolidate --period P [--template T] [--refresh] [FILE.pdf|FILE.docx|FILE.xlsx ...]
"""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from ..domain.errors import ValidationError
from ..domain.formatting import format_date, format_number
from ..domain.messages import translate
from .base import Cli, UsageError


def register(sub, common) -> None:
    p = sub.add_parser("province", parents=[common], help=translate(
        "CliHelp", "province office: lower offices, plans, reports, consolidation").text())
    vs = p.add_subparsers(dest="province_command", metavar=translate("CliHelp", "ACTION").text(), required=True)
    v = vs.add_parser("offices", parents=[common], help=translate("CliHelp", "the lower offices registered").text())
    v.add_argument("--all", action="store_true", help=translate("CliHelp", "also the offices no longer trusted").text())
    v.set_defaults(handler=run_offices)
    v = vs.add_parser("register", parents=[common], help=translate(
        "CliHelp", "register a lower office from its identity card").text())
    v.add_argument("card", help=translate("CliHelp", "the office's identity card file").text())
    v.add_argument("--fingerprint", required=True, help=translate(
        "CliHelp", "the fingerprint the office read out by telephone (30 digits)").text())
    v.set_defaults(handler=run_register)

    plan = vs.add_parser("plan", parents=[common], help=translate(
        "CliHelp", "plans and guidance sent to lower offices").text())
    ps = plan.add_subparsers(dest="plan_command", metavar=translate("CliHelp", "ACTION").text(), required=True)
    v = ps.add_parser("list", parents=[common], help=translate("CliHelp", "the plans drafted and sent").text())
    v.set_defaults(handler=run_plan_list)
    v = ps.add_parser("show", parents=[common], help=translate("CliHelp", "a plan as PLAN.json").text())
    v.add_argument("id")
    v.set_defaults(handler=run_plan_show)
    v = ps.add_parser("save", parents=[common], help=translate(
        "CliHelp", "save a plan (draft) from a PLAN.json file").text())
    v.add_argument("file")
    v.set_defaults(handler=run_plan_save)
    v = ps.add_parser("from-text", parents=[common], help=translate(
        "CliHelp", "read a plan document (Word .docx, PDF or text file) into a draft plan").text())
    v.add_argument("file")
    v.add_argument("--out", help=translate("CliHelp", "write a PLAN.json file instead of saving into the data").text())
    v.set_defaults(handler=run_plan_from_text)
    v = ps.add_parser("publish", parents=[common], help=translate(
        "CliHelp", "make tasks packages for the lower offices").text())
    v.add_argument("plan", help=translate("CliHelp", "plan id, or a PLAN.json file").text())
    v.add_argument("--out-dir", required=True, help=translate("CliHelp", "folder to save the packages in").text())
    v.add_argument("--to", help=translate(
        "CliHelp", "only these offices (ids separated by commas); default: every lower office").text())
    v.add_argument("--single", action="store_true", help=translate(
        "CliHelp", "one package shared by every receiving office").text())
    v.set_defaults(handler=run_plan_publish)

    v = vs.add_parser("inbox", parents=[common], help=translate(
        "CliHelp", "reports received from lower offices").text())
    v.add_argument("--period")
    v.add_argument("--office")
    v.add_argument("--status", choices=("received", "acknowledged", "returned"))
    v.set_defaults(handler=run_inbox)
    v = vs.add_parser("acknowledge", parents=[common], help=translate(
        "CliHelp", "acknowledge a lower office's report").text())
    v.add_argument("id")
    v.add_argument("--comment")
    v.set_defaults(handler=run_acknowledge)
    v = vs.add_parser("return", parents=[common], help=translate(
        "CliHelp", "return a report for the office to correct (a comment is needed)").text())
    v.add_argument("id")
    v.add_argument("--comment", required=True)
    v.set_defaults(handler=run_return)
    v = vs.add_parser("answers", parents=[common], help=translate(
        "CliHelp", "a package of answers to reports for one lower office").text())
    v.add_argument("--to", required=True, metavar="OFFICE_ID")
    v.add_argument("file")
    v.set_defaults(handler=run_answers)

    v = vs.add_parser("submissions", parents=[common], help=translate(
        "CliHelp", "how reports were sent: on time, late, not yet").text())
    v.add_argument("--period", required=True)
    v.add_argument("--template")
    v.add_argument("--as-of", help=translate("CliHelp", "as of this day (YYYY-MM-DD), default today").text())
    v.add_argument("--xlsx", help=translate("CliHelp", "export to an Excel file").text())
    v.set_defaults(handler=run_submissions)
    v = vs.add_parser("consolidate", parents=[common], help=translate(
        "CliHelp", "the province's consolidated report from the lower offices' reports").text())
    v.add_argument("--period", required=True)
    v.add_argument("--template")
    v.add_argument("--refresh", action="store_true", help=translate(
        "CliHelp", "consolidate again if the consolidated report exists").text())
    v.add_argument("files", nargs="*", help=translate("CliHelp", ".pdf, .docx and/or .xlsx files to export").text())
    v.set_defaults(handler=run_consolidate)


def _with_ctx(cli: Cli, fn):
    ctx = cli.context()
    try:
        return fn(ctx)
    finally:
        ctx.close()


def _secret(cli: Cli, ctx):
    from ..services.installation import unlock_secret_keys

    passphrase = cli.passphrase()
    with ctx.session() as s:
        return unlock_secret_keys(s, passphrase)


def _date(text: str | None, name: str) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ValidationError(translate("CliProvince", "{name} “{date}” must be written YEAR-MONTH-DAY, for example "
                                                       "2026-05-15.").format(name=name, date=text),
                              field_errors={name: text}, code="invalid_date") from None


# -- offices ---------------------------------------------------------------------------------------
def run_offices(cli: Cli) -> int:
    from ..services.province import list_offices

    rows = _with_ctx(cli, lambda ctx: list_offices(ctx, include_revoked=cli.args.all))
    cli.emit({"offices": [o.to_dict() for o in rows]}, lambda: "\n".join(_office_line(o) for o in rows)
             or translate("CliProvince", "No lower office registered yet."))
    return 0


def _office_line(o) -> str:
    none = translate("CliProvince", "none yet")
    line = (translate("CliProvince", "{office} ({level}) — last package: {package} — last report: {report}")
            if o.active else
            translate("CliProvince", "{office} ({level}) — last package: {package} — last report: {report} "
                                     "[revoked]"))
    return line.format(
        office=o.name, level=o.level_label,
        package=o.last_package_at.strftime("%d/%m/%Y %H:%M") if o.last_package_at else none,
        report=f"{o.last_report_period} ({o.last_report_status_label})" if o.last_report_id else none).text()


def run_register(cli: Cli) -> int:
    from ..services.province import register_office

    o = _with_ctx(cli, lambda ctx: register_office(ctx, cli.args.card, cli.args.fingerprint))
    cli.emit(o.to_dict(), translate("CliProvince", "Registered the lower office: {office} ({level}), id {id}.")
             .format(office=o.name, level=o.level_label, id=o.office_id))
    return 0


# -- plans -----------------------------------------------------------------------------------------
def run_plan_list(cli: Cli) -> int:
    from ..services.province import PlanService

    rows = _with_ctx(cli, lambda ctx: PlanService(ctx).list_plans())
    line = translate("CliProvince", "{id}  {number}  {title} — {tasks} tasks — {status}")
    versioned = translate("CliProvince", "{id}  {number}  {title} — {tasks} tasks — {status} (version {version})")
    cli.emit({"plans": [r.__dict__ for r in rows]}, lambda: "\n".join(
        (versioned if r.sequence else line).format(
            id=r.id, number=r.doc_number or translate("CliProvince", "(no number yet)"), title=r.title,
            tasks=r.task_count, status=r.status_label, version=r.sequence).text() for r in rows)
        or translate("CliProvince", "No plans yet."))
    return 0


def run_plan_show(cli: Cli) -> int:
    from ..services.province import PlanService

    obj = _with_ctx(cli, lambda ctx: PlanService(ctx).plan_json(cli.args.id))
    cli.emit(obj, json.dumps(obj, ensure_ascii=False, indent=2))
    return 0


def _save_file(ctx, path: str) -> str:
    from ..services.packages import load_plan_file
    from ..services.province import PlanService
    from ..services.province.plans import PlanDraft, ScheduleEntry, TaskDraft

    spec = load_plan_file(path)
    draft = PlanDraft(spec.title, spec.doc_number, spec.doc_date, spec.issuer, spec.year,
                      [TaskDraft(t.code, t.title, t.description, t.deadline) for t in spec.tasks],
                      [ScheduleEntry.from_dict(e) for e in spec.report_schedule], list(spec.templates),
                      {k: list(v) for k, v in spec.vocabularies.items()}, spec.valid_days, spec.id)
    return PlanService(ctx).save_draft(draft)


def run_plan_save(cli: Cli) -> int:
    plan_id = _with_ctx(cli, lambda ctx: _save_file(ctx, cli.args.file))
    cli.emit({"id": plan_id}, translate("CliProvince", "Saved the plan (draft), id {id}.").format(id=plan_id))
    return 0


def run_plan_from_text(cli: Cli) -> int:
    from ..services.province import PlanService, plan_object, read_plan_file

    # A .docx, a PDF with a text layer or UTF-8 text: the same reader as pasted text.
    draft = read_plan_file(cli.args.file)
    if cli.args.out:
        obj = plan_object(draft)
        Path(cli.args.out).write_text(json.dumps(obj, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        cli.emit({"tasks": len(draft.tasks), "file": cli.args.out},
                 translate("CliProvince", "Wrote {file}: {tasks} tasks. Check and correct it before sending.")
                 .format(file=cli.args.out, tasks=len(draft.tasks)))
        return 0

    def save(ctx):
        defaults = PlanService(ctx).new_draft()
        draft.issuer = draft.issuer or defaults.issuer
        draft.title = draft.title or translate("CliProvince", "Plan (needs a name)").text()
        return PlanService(ctx).save_draft(draft)

    plan_id = _with_ctx(cli, save)
    cli.emit({"id": plan_id, "tasks": len(draft.tasks)},
             translate("CliProvince", "Saved the draft plan {id}: {tasks} tasks. Check it before sending.")
             .format(id=plan_id, tasks=len(draft.tasks)))
    return 0


def run_plan_publish(cli: Cli) -> int:
    from ..services.province import PlanService

    a = cli.args

    def publish(ctx):
        plan_id = _save_file(ctx, a.plan) if a.plan.lower().endswith(".json") else a.plan
        to = [t.strip() for t in a.to.split(",") if t.strip()] if a.to else None
        return PlanService(ctx).publish(plan_id, _secret(cli, ctx), a.out_dir, to, per_office=not a.single)

    r = _with_ctx(cli, publish)
    cli.emit(r.to_dict(), "\n".join([
        translate("CliProvince", "Made {count} tasks packages (version {version}):").format(
            count=len(r.packages), version=r.sequence).text(),
        *(f"  {p.path}" for p in r.packages)]))
    return 0


# -- inbox -----------------------------------------------------------------------------------------
def _report_dict(r) -> dict:
    return dict(r.__dict__)


def run_inbox(cli: Cli) -> int:
    from ..services.province import InboxService

    a = cli.args
    rows = _with_ctx(cli, lambda ctx: InboxService(ctx).reports(office_id=a.office, period=a.period, status=a.status))
    amended = translate("CliProvince", "{period} (amendment {number})")

    def line(r) -> str:
        period = (amended.format(period=r.period_label, number=r.revision - 1).text() if r.revision > 1
                  else f"{r.period_label}")
        return (f"{r.id}  {r.office_name} — {period} — {r.status_label}"
                + (f": {r.answer_comment}" if r.answer_comment else ""))

    cli.emit({"reports": [_report_dict(r) for r in rows]}, lambda: "\n".join(line(r) for r in rows)
             or translate("CliProvince", "No reports received yet."))
    return 0


def run_acknowledge(cli: Cli) -> int:
    from ..services.province import InboxService

    r = _with_ctx(cli, lambda ctx: InboxService(ctx).acknowledge(cli.args.id, cli.args.comment))
    cli.emit(_report_dict(r), translate("CliProvince", "Acknowledged the {period} report of {office}. The answer "
                                                       "goes in the next package sent to this office.").format(
                                                           period=r.period_label, office=r.office_name))
    return 0


def run_return(cli: Cli) -> int:
    from ..services.province import InboxService

    r = _with_ctx(cli, lambda ctx: InboxService(ctx).return_report(cli.args.id, cli.args.comment))
    cli.emit(_report_dict(r), translate("CliProvince", "Returned the {period} report of {office}. The comment goes "
                                                       "in the next package sent to this office.").format(
                                                           period=r.period_label, office=r.office_name))
    return 0


def run_answers(cli: Cli) -> int:
    from ..services.province import InboxService

    r = _with_ctx(cli, lambda ctx: InboxService(ctx).send_answers(cli.args.to, cli.args.file, _secret(cli, ctx)))
    cli.emit(r.to_dict(), translate("CliProvince", "Made the package of answers to reports “{path}” ({count} "
                                                   "answers).").format(path=str(r.path),
                                                                       count=r.contents.get("answers", 0)))
    return 0


# -- submissions and consolidation -----------------------------------------------------------------
def run_submissions(cli: Cli) -> int:
    from ..services.province import SubmissionService

    a = cli.args
    as_of = _date(a.as_of, "as-of")

    def run(ctx):
        svc = SubmissionService(ctx)
        summary = svc.summary(a.period, a.template, today=as_of)
        if a.xlsx:
            svc.export_xlsx(summary, a.xlsx)
        return summary

    s = _with_ctx(cli, run)

    def human() -> str:
        head = [translate("CliProvince", "{template} — {period}; due {due}; as of {today}.").format(
                    template=s.template_title, period=s.period_label,
                    due=format_date(s.due_date) if s.due_date else translate("CliProvince", "(none)"),
                    today=format_date(s.today)).text(),
                translate("CliProvince", "Sent by {actual}/{expected} offices, {on_time} on time.").format(
                    actual=s.actual, expected=s.expected, on_time=s.count("on_time")).text()]
        received = translate("CliProvince", "{office} — received {date}")
        late = translate("CliProvince", "{office} ({days} days)")
        received_late = translate("CliProvince", "{office} — received {date} ({days} days)")
        lines = []
        for r in s.rows:
            office = r.office_name
            if r.received_date or r.days_late:
                office = (received_late if r.received_date and r.days_late else
                          received if r.received_date else late).format(
                    office=r.office_name, date=format_date(r.received_date) if r.received_date else "",
                    days=r.days_late).text()
            lines.append(f"  {r.status_label:<24} {office}")
        exported = [translate("CliProvince", "Exported {file}.").format(file=a.xlsx).text()] if a.xlsx else []
        return "\n".join([*head, *lines, *exported])

    cli.emit(s.to_dict(), human)
    return 0


def run_consolidate(cli: Cli) -> int:
    from ..services.province import ConsolidationService

    a = cli.args
    for f in a.files:
        if Path(f).suffix.lower() not in (".pdf", ".docx", ".xlsx"):
            raise UsageError(translate("CliProvince", "the file “{file}” must be .pdf, .docx or .xlsx").format(
                file=f).text())

    def run(ctx):
        svc = ConsolidationService(ctx)
        report_id = svc.find(a.period, a.template)
        created = False
        if report_id is None:
            report_id = svc.create(a.period, a.template)
            created = True
        elif a.refresh:
            svc.refresh(report_id)
        cons = svc.consolidation_of(report_id)
        for f in a.files:
            svc.export(report_id, f)
        return report_id, created, cons

    report_id, created, cons = _with_ctx(cli, run)
    out = cons.to_dict() | {"report_id": report_id, "created": created, "files": list(a.files)}
    made = (translate("CliProvince", "Made the consolidated report {period} (id {id}) from {count} reports: "
                                     "{offices}.") if created else
            translate("CliProvince", "The consolidated report {period} (id {id}) exists, from {count} reports: "
                                     "{offices}."))
    cli.emit(out, lambda: "\n".join([
        made.format(period=cons.period_label, id=report_id, count=len(cons.lower_sources),
                    offices=", ".join(s.office_name for s in cons.lower_sources)).text(),
        *(f"  {ln.label}: {format_number(ln.total) if ln.total is not None else '-'} {ln.unit}"
          for ln in cons.lines if ln.key is None),
        *(translate("CliProvince", "Exported {file}.").format(file=f).text() for f in a.files)]))
    return 0
