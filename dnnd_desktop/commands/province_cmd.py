"""`dnnd province ...`: the province office's work from the command line (scripts and tests).

province offices                                       lower offices, last package and last report
province register CARD --fingerprint DIGITS            register a lower office after the phone check
province plan list | plan show ID
province plan save PLAN.json                           save a plan as a draft (docs/plan-format.md)
province plan from-text DOC.txt [--out PLAN.json]      a draft plan read from a pasted plan document
province plan publish ID|PLAN.json --out-dir DIR [--to ID,ID] [--single]
                                                       tasks packages: one per office (or one for all)
province inbox [--period P] [--office ID] [--status S] reports received from lower offices
province acknowledge REPORT_ID [--comment TEXT]
province return REPORT_ID --comment TEXT
province answers --to OFFICE_ID FILE.dnnd              the answers to that office's reports, as a package
province submissions --period P [--template T] [--as-of YYYY-MM-DD] [--xlsx FILE]
province consolidate --period P [--template T] [--refresh] [FILE.pdf|FILE.xlsx ...]
"""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from ..domain.errors import ValidationError
from ..domain.formatting import format_date, format_number
from .base import Cli, UsageError


def register(sub, common) -> None:
    p = sub.add_parser("province", parents=[common], help="văn phòng tỉnh: đơn vị cấp dưới, kế hoạch, báo cáo, tổng hợp")
    vs = p.add_subparsers(dest="province_command", metavar="VIỆC", required=True)
    v = vs.add_parser("offices", parents=[common], help="các đơn vị cấp dưới đã đăng ký")
    v.add_argument("--all", action="store_true", help="cả đơn vị đã thu hồi tin cậy")
    v.set_defaults(handler=run_offices)
    v = vs.add_parser("register", parents=[common], help="đăng ký đơn vị cấp dưới từ thẻ định danh")
    v.add_argument("card", help="tệp thẻ định danh của đơn vị")
    v.add_argument("--fingerprint", required=True, help="dấu vân tay đơn vị đọc qua điện thoại (30 chữ số)")
    v.set_defaults(handler=run_register)

    plan = vs.add_parser("plan", parents=[common], help="kế hoạch, hướng dẫn gửi cấp dưới")
    ps = plan.add_subparsers(dest="plan_command", metavar="VIỆC", required=True)
    v = ps.add_parser("list", parents=[common], help="các kế hoạch đã soạn, đã gửi")
    v.set_defaults(handler=run_plan_list)
    v = ps.add_parser("show", parents=[common], help="kế hoạch dạng PLAN.json")
    v.add_argument("id")
    v.set_defaults(handler=run_plan_show)
    v = ps.add_parser("save", parents=[common], help="lưu kế hoạch (bản nháp) từ tệp PLAN.json")
    v.add_argument("file")
    v.set_defaults(handler=run_plan_save)
    v = ps.add_parser("from-text", parents=[common], help="đọc văn bản kế hoạch (tệp chữ) thành kế hoạch nháp")
    v.add_argument("file")
    v.add_argument("--out", help="ghi ra tệp PLAN.json thay vì lưu vào dữ liệu")
    v.set_defaults(handler=run_plan_from_text)
    v = ps.add_parser("publish", parents=[common], help="tạo gói nhiệm vụ gửi các đơn vị cấp dưới")
    v.add_argument("plan", help="mã kế hoạch, hoặc tệp PLAN.json")
    v.add_argument("--out-dir", required=True, help="thư mục lưu các gói")
    v.add_argument("--to", help="chỉ các đơn vị này (mã, cách nhau dấu phẩy); mặc định: mọi đơn vị cấp dưới")
    v.add_argument("--single", action="store_true", help="một gói chung cho mọi đơn vị nhận")
    v.set_defaults(handler=run_plan_publish)

    v = vs.add_parser("inbox", parents=[common], help="báo cáo nhận được từ cấp dưới")
    v.add_argument("--period")
    v.add_argument("--office")
    v.add_argument("--status", choices=("received", "acknowledged", "returned"))
    v.set_defaults(handler=run_inbox)
    v = vs.add_parser("acknowledge", parents=[common], help="tiếp nhận báo cáo của cấp dưới")
    v.add_argument("id")
    v.add_argument("--comment")
    v.set_defaults(handler=run_acknowledge)
    v = vs.add_parser("return", parents=[common], help="trả lại báo cáo để đơn vị sửa (cần ý kiến)")
    v.add_argument("id")
    v.add_argument("--comment", required=True)
    v.set_defaults(handler=run_return)
    v = vs.add_parser("answers", parents=[common], help="gói trả lời báo cáo cho một đơn vị cấp dưới")
    v.add_argument("--to", required=True, metavar="OFFICE_ID")
    v.add_argument("file")
    v.set_defaults(handler=run_answers)

    v = vs.add_parser("submissions", parents=[common], help="tình hình gửi báo cáo: đúng hạn, muộn, chưa gửi")
    v.add_argument("--period", required=True)
    v.add_argument("--template")
    v.add_argument("--as-of", help="tính đến ngày này (YYYY-MM-DD), mặc định hôm nay")
    v.add_argument("--xlsx", help="xuất ra tệp Excel")
    v.set_defaults(handler=run_submissions)
    v = vs.add_parser("consolidate", parents=[common], help="báo cáo tổng hợp của tỉnh từ báo cáo cấp dưới")
    v.add_argument("--period", required=True)
    v.add_argument("--template")
    v.add_argument("--refresh", action="store_true", help="tổng hợp lại nếu báo cáo tổng hợp đã có")
    v.add_argument("files", nargs="*", help="tệp .pdf và/hoặc .xlsx cần xuất")
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
        raise ValidationError(f"{name} «{text}» phải ghi dạng NĂM-THÁNG-NGÀY, ví dụ 2026-05-15.",
                              field_errors={name: text}) from None


# -- offices ---------------------------------------------------------------------------------------
def run_offices(cli: Cli) -> int:
    from ..services.province import list_offices

    rows = _with_ctx(cli, lambda ctx: list_offices(ctx, include_revoked=cli.args.all))
    cli.emit({"offices": [o.to_dict() for o in rows]}, lambda: "\n".join(
        f"{o.name} ({o.level_label}) — gói cuối: "
        f"{o.last_package_at.strftime('%d/%m/%Y %H:%M') if o.last_package_at else 'chưa có'} — báo cáo cuối: "
        + (f"{o.last_report_period} ({o.last_report_status_label})" if o.last_report_id else "chưa có")
        + ("" if o.active else " [đã thu hồi]") for o in rows) or "Chưa đăng ký đơn vị cấp dưới nào.")
    return 0


def run_register(cli: Cli) -> int:
    from ..services.province import register_office

    o = _with_ctx(cli, lambda ctx: register_office(ctx, cli.args.card, cli.args.fingerprint))
    cli.emit(o.to_dict(), f"Đã đăng ký đơn vị cấp dưới: {o.name} ({o.level_label}), mã {o.office_id}.")
    return 0


# -- plans -----------------------------------------------------------------------------------------
def run_plan_list(cli: Cli) -> int:
    from ..services.province import PlanService

    rows = _with_ctx(cli, lambda ctx: PlanService(ctx).list_plans())
    cli.emit({"plans": [r.__dict__ for r in rows]}, lambda: "\n".join(
        f"{r.id}  {r.doc_number or '(chưa số)'}  {r.title} — {r.task_count} nhiệm vụ — {r.status_label}"
        + (f" (phiên bản {r.sequence})" if r.sequence else "") for r in rows) or "Chưa có kế hoạch nào.")
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
    cli.emit({"id": plan_id}, f"Đã lưu kế hoạch (bản nháp), mã {plan_id}.")
    return 0


def run_plan_from_text(cli: Cli) -> int:
    from ..services.province import PlanService, parse_plan_text, plan_object

    path = Path(cli.args.file)
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        raise ValidationError(f"Không tìm thấy tệp «{path}».", field_errors={"file": str(path)}) from None
    except UnicodeDecodeError:
        raise ValidationError(f"Tệp «{path.name}» không phải văn bản UTF-8. Hãy lưu lại dạng UTF-8.",
                              field_errors={"file": str(path)}) from None
    draft = parse_plan_text(text)
    if cli.args.out:
        obj = plan_object(draft)
        Path(cli.args.out).write_text(json.dumps(obj, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        cli.emit({"tasks": len(draft.tasks), "file": cli.args.out},
                 f"Đã ghi {cli.args.out}: {len(draft.tasks)} nhiệm vụ. Hãy kiểm tra và sửa trước khi gửi.")
        return 0

    def save(ctx):
        defaults = PlanService(ctx).new_draft()
        draft.issuer = draft.issuer or defaults.issuer
        draft.title = draft.title or "Kế hoạch (cần đặt tên)"
        return PlanService(ctx).save_draft(draft)

    plan_id = _with_ctx(cli, save)
    cli.emit({"id": plan_id, "tasks": len(draft.tasks)},
             f"Đã lưu kế hoạch nháp {plan_id}: {len(draft.tasks)} nhiệm vụ. Hãy kiểm tra trước khi gửi.")
    return 0


def run_plan_publish(cli: Cli) -> int:
    from ..services.province import PlanService

    a = cli.args

    def publish(ctx):
        plan_id = _save_file(ctx, a.plan) if a.plan.lower().endswith(".json") else a.plan
        to = [t.strip() for t in a.to.split(",") if t.strip()] if a.to else None
        return PlanService(ctx).publish(plan_id, _secret(cli, ctx), a.out_dir, to, per_office=not a.single)

    r = _with_ctx(cli, publish)
    cli.emit(r.to_dict(), f"Đã tạo {len(r.packages)} gói nhiệm vụ (phiên bản {r.sequence}):\n"
             + "\n".join(f"  {p.path}" for p in r.packages))
    return 0


# -- inbox -----------------------------------------------------------------------------------------
def _report_dict(r) -> dict:
    return dict(r.__dict__)


def run_inbox(cli: Cli) -> int:
    from ..services.province import InboxService

    a = cli.args
    rows = _with_ctx(cli, lambda ctx: InboxService(ctx).reports(office_id=a.office, period=a.period, status=a.status))
    cli.emit({"reports": [_report_dict(r) for r in rows]}, lambda: "\n".join(
        f"{r.id}  {r.office_name} — {r.period_label}"
        + (f" (sửa đổi lần {r.revision - 1})" if r.revision > 1 else "")
        + f" — {r.status_label}" + (f": {r.answer_comment}" if r.answer_comment else "") for r in rows)
        or "Chưa nhận báo cáo nào.")
    return 0


def run_acknowledge(cli: Cli) -> int:
    from ..services.province import InboxService

    r = _with_ctx(cli, lambda ctx: InboxService(ctx).acknowledge(cli.args.id, cli.args.comment))
    cli.emit(_report_dict(r), f"Đã tiếp nhận báo cáo {r.period_label} của {r.office_name}. Trả lời sẽ đi trong "
             "gói gửi đơn vị này lần tới.")
    return 0


def run_return(cli: Cli) -> int:
    from ..services.province import InboxService

    r = _with_ctx(cli, lambda ctx: InboxService(ctx).return_report(cli.args.id, cli.args.comment))
    cli.emit(_report_dict(r), f"Đã trả lại báo cáo {r.period_label} của {r.office_name}. Ý kiến sẽ đi trong gói "
             "gửi đơn vị này lần tới.")
    return 0


def run_answers(cli: Cli) -> int:
    from ..services.province import InboxService

    r = _with_ctx(cli, lambda ctx: InboxService(ctx).send_answers(cli.args.to, cli.args.file, _secret(cli, ctx)))
    cli.emit(r.to_dict(), f"Đã tạo gói trả lời báo cáo «{r.path}» ({r.contents.get('answers', 0)} trả lời).")
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
        head = (f"{s.template_title} — {s.period_label}; hạn gửi "
                f"{format_date(s.due_date) if s.due_date else '(không có)'}; tính đến {format_date(s.today)}.\n"
                f"Đã gửi {s.actual}/{s.expected} đơn vị, đúng hạn {s.count('on_time')}.")
        lines = [f"  {r.status_label:<24} {r.office_name}"
                 + (f" — nhận {format_date(r.received_date)}" if r.received_date else "")
                 + (f" ({r.days_late} ngày)" if r.days_late else "") for r in s.rows]
        return "\n".join([head, *lines]) + (f"\nĐã xuất {a.xlsx}." if a.xlsx else "")

    cli.emit(s.to_dict(), human)
    return 0


def run_consolidate(cli: Cli) -> int:
    from ..services.province import ConsolidationService

    a = cli.args
    for f in a.files:
        if Path(f).suffix.lower() not in (".pdf", ".xlsx"):
            raise UsageError(f"tệp «{f}» phải là .pdf hoặc .xlsx")

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
    cli.emit(out, lambda: (
        f"{'Đã lập' if created else 'Đã có'} báo cáo tổng hợp {cons.period_label} (mã {report_id}) từ "
        f"{len(cons.sources)} báo cáo: " + ", ".join(s.office_name for s in cons.sources) + "."
        + "".join(f"\n  {ln.label}: {format_number(ln.total) if ln.total is not None else '-'} {ln.unit}"
                  for ln in cons.lines if ln.key is None)
        + "".join(f"\nĐã xuất {f}." for f in a.files)))
    return 0
