"""`dnnd package export|verify|import|log`: signed, encrypted .dnnd packages between offices."""
from __future__ import annotations

from ..domain.messages import translate
from ..services.installation import unlock_secret_keys
from ..services.packages import (
    KIND_LABELS,
    export_package,
    import_package,
    load_plan_file,
    package_log,
    verify_file,
)
from ..services.sync.consent_withheld import withheld_lines
from .base import Cli


def register(sub, common) -> None:
    p = sub.add_parser("package", parents=[common],
                       help=translate("CliHelp", ".dnnd data packages (signed, encrypted) between offices").text())
    verbs = p.add_subparsers(dest="verb", required=True, metavar="export|verify|import|log")
    e = verbs.add_parser("export", parents=[common],
                         help=translate("CliHelp", "make a package for other offices").text())
    e.add_argument("--kind", required=True, choices=("report", "sync", "tasks", "identity"))
    e.add_argument("--to", required=True, metavar="OFFICE_ID",
                   help=translate("CliHelp", "id of the receiving office (several ids separated by commas)").text())
    e.add_argument("--report", action="append", metavar="ID",
                   help=translate("CliHelp", "report to send (default: every approved report)").text())
    e.add_argument("--plan", metavar="PLAN.json",
                   help=translate("CliHelp", "plan file (tasks package; see docs/plan-format.md)").text())
    e.add_argument("file", help=translate("CliHelp", "the .dnnd file to make").text())
    e.set_defaults(handler=export)
    v = verbs.add_parser("verify", parents=[common],
                         help=translate("CliHelp", "check a package's signature without importing it").text())
    v.add_argument("file")
    v.set_defaults(handler=verify, public=True)
    i = verbs.add_parser("import", parents=[common], help=translate("CliHelp", "import a package received").text())
    i.add_argument("file")
    i.add_argument("--dry-run", action="store_true",
                   help=translate("CliHelp", "only preview, write nothing").text())
    i.set_defaults(handler=import_)
    lg = verbs.add_parser("log", parents=[common], help=translate("CliHelp", "the packages sent and received").text())
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
        cli.info(translate("CliMessages", "Making the data package…"))
        r = export_package(ctx, kind=a.kind, to=a.to, out_path=a.file, secret=secret, report_ids=a.report,
                           plan=plan)
    finally:
        ctx.close()
    what = ", ".join(f"{k}: {v}" for k, v in r.contents.items())
    if r.kind == "tasks":
        done = (translate("CliMessages", "Created the {kind} package “{path}” ({size} bytes) — {contents}, "
                                         "version {version}.") if what else
                translate("CliMessages", "Created the {kind} package “{path}” ({size} bytes), version {version}."))
    else:
        done = (translate("CliMessages", "Created the {kind} package “{path}” ({size} bytes) — {contents}.")
                if what else translate("CliMessages", "Created the {kind} package “{path}” ({size} bytes)."))
    text = done.format(kind=KIND_LABELS[r.kind].lower(), path=str(r.path), size=f"{r.size:,}", contents=what,
                       version=r.sequence).text()
    cli.emit(r.to_dict(), "\n".join([text, *withheld_lines(r.withheld)]))
    return 0


def verify(cli: Cli) -> int:
    ctx = cli.context()
    try:
        r = verify_file(ctx, cli.args.file)
    finally:
        ctx.close()
    valid = {
        (True, False): translate("CliMessages", "Valid package: {kind} from “{sender}”, made at {created} (UTC)."),
        (True, True): translate("CliMessages", "Valid package: {kind} from “{sender}”, made at {created} (UTC); "
                                               "imported before."),
        (False, False): translate("CliMessages", "Valid package: {kind} from “{sender}”, made at {created} (UTC); "
                                                 "this package is NOT addressed to your office."),
        (False, True): translate("CliMessages", "Valid package: {kind} from “{sender}”, made at {created} (UTC); "
                                                "this package is NOT addressed to your office; imported before."),
    }[(bool(r.for_me), bool(r.already_imported))]
    cli.emit(r.to_dict(), valid.format(kind=r.kind_label.lower(), sender=r.sender_name,
                                       created=f"{r.created:%d/%m/%Y %H:%M}"))
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
    received = translate("CliMessages", "{at} received {kind} from {sender}")
    sent = translate("CliMessages", "{at} sent {kind} to {recipients}")

    def line(r) -> str:
        kind = KIND_LABELS.get(r["kind"], r["kind"]).lower()
        at = f"{r['processed_at']:%d/%m/%Y %H:%M}"
        if r["direction"] == "in":
            return received.format(at=at, kind=kind, sender=r["sender_name"]).text()
        return sent.format(at=at, kind=kind, recipients=", ".join(r["recipient_names"])).text()

    cli.emit({"packages": rows}, lambda: "\n".join(line(r) for r in rows)
             or translate("CliMessages", "No packages yet."))
    return 0
