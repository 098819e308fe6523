"""`dnnd report ...`: periodic reports from the command line (scripts and tests use it).

report new [--template CODE] --period PERIOD   figures computed from the records of the period
report list [--period P]                        this office's reports
report show ID                                  figures, overrides and text of one report
report approve ID                               approve (approver role); the report is then locked
report export ID FILE.pdf|FILE.xlsx             official document (PDF) or Excel workbook
report due [--today YYYY-MM-DD]                 reports due, overdue and done
"""
from __future__ import annotations

import datetime as dt

from ..domain.errors import ValidationError
from ..domain.formatting import format_date, format_number
from .base import Cli


def register(sub, common) -> None:
    p = sub.add_parser("report", parents=[common], help="báo cáo định kỳ: tạo, liệt kê, phê duyệt, xuất")
    rs = p.add_subparsers(dest="report_command", metavar="VIỆC", required=True)
    new = rs.add_parser("new", parents=[common], help="tạo báo cáo mới, số liệu tính từ dữ liệu của kỳ")
    new.add_argument("--period", required=True, help="kỳ báo cáo: 2026, 2026-H1, 2026-Q3, 2026-9M, 2026-05")
    new.add_argument("--template", default=None, help="mã mẫu báo cáo (mặc định: mẫu có sẵn)")
    new.set_defaults(handler=run_new)
    ls = rs.add_parser("list", parents=[common], help="liệt kê các báo cáo")
    ls.add_argument("--period", default=None, help="chỉ kỳ này")
    ls.set_defaults(handler=run_list)
    show = rs.add_parser("show", parents=[common], help="xem số liệu và nội dung một báo cáo")
    show.add_argument("id", help="mã báo cáo")
    show.set_defaults(handler=run_show)
    ap = rs.add_parser("approve", parents=[common], help="phê duyệt báo cáo (vai trò Lãnh đạo)")
    ap.add_argument("id", help="mã báo cáo")
    ap.set_defaults(handler=run_approve)
    ex = rs.add_parser("export", parents=[common], help="xuất báo cáo ra PDF (văn bản) hoặc Excel")
    ex.add_argument("id", help="mã báo cáo")
    ex.add_argument("file", help="tệp đích .pdf hoặc .xlsx")
    ex.set_defaults(handler=run_export)
    due = rs.add_parser("due", parents=[common], help="các báo cáo đến hạn, quá hạn, đã gửi")
    due.add_argument("--today", default=None, help="tính theo ngày này (YYYY-MM-DD), mặc định hôm nay")
    due.set_defaults(handler=run_due)


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
    lines = [f"{detail.summary.title}", f"Mã báo cáo: {detail.id}",
             f"Trạng thái: {detail.summary.status_label}"]
    if detail.lock_reason:
        lines.append(detail.lock_reason)
    for sec in detail.content.sections:
        for grp in sec.groups:
            lines.append(f"— {grp.title}")
            for ind in grp.indicators:
                for ln in (ind.total, *ind.breakdown):
                    value = "(chưa nhập)" if ln.value is None else format_number(ln.value)
                    mark = " [sửa tay: " + (ln.note or "") + "]" if ln.overridden else ""
                    indent = "    " if ln.key is None else "        - "
                    lines.append(f"{indent}{ln.label}: {value} {ind.unit}{mark}")
    return "\n".join(lines)


def run_new(cli: Cli) -> int:
    ctx, svc = _service(cli)
    try:
        detail = svc.create(cli.args.period, cli.args.template)
    finally:
        ctx.close()
    cli.emit(_result(detail), lambda: "Đã tạo báo cáo.\n" + _figures(detail))
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
            return "Chưa có báo cáo nào. Tạo báo cáo: dnnd report new --period 2026-H1"
        return "\n".join(f"{r.id}  {r.period_code:8}  {r.status_label:16}  {r.title}"
                         + (f" (sửa đổi lần {r.revision - 1})" if r.revision > 1 else "") for r in rows)
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


def run_approve(cli: Cli) -> int:
    ctx, svc = _service(cli)
    try:
        detail = svc.approve(cli.args.id)
    finally:
        ctx.close()
    cli.emit(_result(detail), f"Đã phê duyệt: {detail.summary.title} (người phê duyệt: {detail.summary.approved_by}).")
    return 0


def run_export(cli: Cli) -> int:
    ctx, svc = _service(cli)
    try:
        path = svc.export(cli.args.id, cli.args.file)
    finally:
        ctx.close()
    cli.emit({"id": cli.args.id, "file": str(path.resolve())}, f"Đã xuất báo cáo ra tệp {path}.")
    return 0


def run_due(cli: Cli) -> int:
    today = None
    if cli.args.today:
        try:
            today = dt.date.fromisoformat(cli.args.today)
        except ValueError:
            raise ValidationError(f"Ngày «{cli.args.today}» không hợp lệ; hãy ghi YYYY-MM-DD, ví dụ 2026-05-15.",
                                  field_errors={"today": cli.args.today}) from None
    ctx, svc = _service(cli)
    try:
        items = svc.due_reports(today)
    finally:
        ctx.close()
    result = {"items": [{"template": i.template_code, "period": i.period.code, "due_date": i.due_date,
                         "days_left": i.days_left, "status": i.status, "report_id": i.report_id,
                         "report_status": i.report_status} for i in items]}
    cli.emit(result, lambda: "\n".join(
        f"{format_date(i.due_date)}  {i.status_label:12}  {i.template_title} {i.period.label}"
        + (f" (còn {i.days_left} ngày)" if i.status == "due" else
           f" (quá {-i.days_left} ngày)" if i.status == "overdue" else "") for i in items)
        or "Không có báo cáo nào đến hạn.")
    return 0
