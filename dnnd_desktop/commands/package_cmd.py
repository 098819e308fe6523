"""`dnnd package export|verify|import|log`: signed, encrypted .dnnd packages between offices."""
from __future__ import annotations

from ..services.installation import unlock_secret_keys
from ..services.packages import (
    KIND_LABELS,
    export_package,
    import_package,
    load_plan_file,
    package_log,
    verify_file,
)
from .base import Cli


def register(sub, common) -> None:
    p = sub.add_parser("package", parents=[common], help="gói dữ liệu .dnnd (ký, mã hóa) gửi giữa các đơn vị")
    verbs = p.add_subparsers(dest="verb", required=True, metavar="export|verify|import|log")
    e = verbs.add_parser("export", parents=[common], help="tạo gói gửi đơn vị khác")
    e.add_argument("--kind", required=True, choices=("report", "sync", "tasks", "identity"))
    e.add_argument("--to", required=True, metavar="OFFICE_ID", help="mã đơn vị nhận (nhiều mã cách nhau dấu phẩy)")
    e.add_argument("--report", action="append", metavar="ID", help="báo cáo cần gửi (mặc định: mọi báo cáo đã phê duyệt)")
    e.add_argument("--plan", metavar="PLAN.json", help="tệp kế hoạch (gói nhiệm vụ; xem docs/plan-format.md)")
    e.add_argument("file", help="tệp .dnnd cần tạo")
    e.set_defaults(handler=export)
    v = verbs.add_parser("verify", parents=[common], help="kiểm tra chữ ký gói mà không nhập")
    v.add_argument("file")
    v.set_defaults(handler=verify)
    i = verbs.add_parser("import", parents=[common], help="nhập gói nhận được")
    i.add_argument("file")
    i.add_argument("--dry-run", action="store_true", help="chỉ xem trước, không ghi gì")
    i.set_defaults(handler=import_)
    lg = verbs.add_parser("log", parents=[common], help="các gói đã gửi và đã nhận")
    lg.add_argument("--limit", type=int, default=50)
    lg.set_defaults(handler=log)


def _secret(cli: Cli, ctx):
    passphrase = cli.passphrase()
    with ctx.session() as s:
        return unlock_secret_keys(s, passphrase)


def export(cli: Cli) -> int:
    a = cli.args
    plan = load_plan_file(a.plan) if a.plan else None
    ctx = cli.context()
    try:
        secret = _secret(cli, ctx)
        cli.info("Đang tạo gói dữ liệu…")
        r = export_package(ctx, kind=a.kind, to=a.to, out_path=a.file, secret=secret, report_ids=a.report,
                           plan=plan)
    finally:
        ctx.close()
    what = ", ".join(f"{k}: {v}" for k, v in r.contents.items())
    cli.emit(r.to_dict(), f"Đã tạo gói {KIND_LABELS[r.kind].lower()} «{r.path}» ({r.size:,} byte)"
             + (f" — {what}" if what else "") + (f", phiên bản {r.sequence}" if r.kind == "tasks" else "") + ".")
    return 0


def verify(cli: Cli) -> int:
    ctx = cli.context()
    try:
        r = verify_file(ctx, cli.args.file)
    finally:
        ctx.close()
    cli.emit(r.to_dict(), f"Gói hợp lệ: {r.kind_label.lower()} từ «{r.sender_name}», tạo lúc "
             f"{r.created:%d/%m/%Y %H:%M} (UTC)" + ("" if r.for_me else "; gói này KHÔNG gửi cho đơn vị bạn")
             + ("; đã nhập trước đây" if r.already_imported else "") + ".")
    return 0


def import_(cli: Cli) -> int:
    ctx = cli.context()
    try:
        secret = _secret(cli, ctx)
        r = import_package(ctx, cli.args.file, secret, dry_run=cli.args.dry_run)
    finally:
        ctx.close()
    cli.emit(r.to_dict(), r.summary_text())
    return 0


def log(cli: Cli) -> int:
    ctx = cli.context()
    try:
        rows = package_log(ctx, limit=cli.args.limit)
    finally:
        ctx.close()
    cli.emit({"packages": rows}, lambda: "\n".join(
        f"{r['processed_at']:%d/%m/%Y %H:%M} {'nhận' if r['direction'] == 'in' else 'gửi'} "
        f"{KIND_LABELS.get(r['kind'], r['kind']).lower()} "
        + (f"từ {r['sender_name']}" if r['direction'] == 'in' else "tới " + ", ".join(r['recipient_names']))
        for r in rows) or "Chưa có gói nào.")
    return 0
