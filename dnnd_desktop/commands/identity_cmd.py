"""`dnnd identity show | export FILE`: this installation's identity card."""
from __future__ import annotations

from ..domain.messages import translate
from ..domain.roles import LEVEL_LABELS
from ..services import identity
from .base import Cli


def register(sub, common) -> None:
    p = sub.add_parser("identity", parents=[common], help=translate("CliHelp", "the office's identity card").text())
    verbs = p.add_subparsers(dest="verb", required=True, metavar="show|export")
    verbs.add_parser("show", parents=[common], help=translate(
        "CliHelp", "see the office id and the fingerprint").text()).set_defaults(handler=show, public=True)
    e = verbs.add_parser("export", parents=[common], help=translate(
        "CliHelp", "export the identity card to a file to send to other offices").text())
    e.add_argument("file", help=translate(
        "CliHelp", "the identity card file to make (for example the-dinh-danh.dnndid)").text())
    e.set_defaults(handler=export, public=True)


def _result(card) -> dict:
    return {"office_id": card.office_id, "site_id": card.site_id, "name": card.name, "level": card.level,
            "key_id": card.key_id, "fingerprint": card.fingerprint}


def _human(card) -> str:
    return "\n".join([
        f"{card.name} ({LEVEL_LABELS.get(card.level, card.level)})",
        translate("CliMessages", "Office id: {id}").format(id=card.office_id).text(),
        translate("CliMessages", "Computer id: {id}").format(id=card.site_id).text(),
        translate("CliMessages", "Fingerprint (read it out by telephone to compare):").text(),
        f"    {card.fingerprint}"])


def show(cli: Cli) -> int:
    ctx = cli.context()
    try:
        card = identity.identity_card(ctx)
    finally:
        ctx.close()
    cli.emit(_result(card), _human(card))
    return 0


def export(cli: Cli) -> int:
    ctx = cli.context()
    try:
        card = identity.write_identity_card(ctx, cli.args.file)
    finally:
        ctx.close()
    cli.emit({**_result(card), "file": cli.args.file},
             _human(card) + "\n" + translate("CliMessages", "Identity card written to: {path}").format(
                 path=cli.args.file).text())
    return 0
