"""`dnnd share --to OFFICE_ID --kind KIND [ID ...]`: share records with another office, so that
they also go to it in sync packages (docs/sync.md, "Who receives what"). Without ids, every live
record of that kind this office owns is shared. With --json: {"kind", "to", "shared"}."""
from __future__ import annotations

from ..domain.messages import translate
from .base import Cli


def register(sub, common) -> None:
    p = sub.add_parser("share", parents=[common], help=translate(
        "CliHelp", "share records with another office (they then go to it in sync packages)").text())
    p.add_argument("--to", required=True, metavar="OFFICE_ID",
                   help=translate("CliHelp", "id of the office to share with (see “dnnd trust list”)").text())
    p.add_argument("--kind", required=True, help=translate("CliHelp", "record kind, e.g. twinning").text())
    p.add_argument("ids", nargs="*", help=translate(
        "CliHelp", "ids of the records (none: every record of this kind your office owns)").text())
    p.set_defaults(handler=share)


def share(cli: Cli) -> int:
    from ..services.sync.sharing import share_own_records, share_records

    ctx = cli.context()
    try:
        if cli.args.ids:
            n = share_records(ctx, cli.args.kind, list(cli.args.ids), cli.args.to)
        else:
            n = share_own_records(ctx, cli.args.kind, cli.args.to)
    finally:
        ctx.close()
    cli.emit({"kind": cli.args.kind, "to": cli.args.to, "shared": n},
             translate("CliMessages", "{count} records shared; they go in the next sync package to that office.")
             .format(count=n))
    return 0
