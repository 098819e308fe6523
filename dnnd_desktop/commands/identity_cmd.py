"""`dnnd identity show | export FILE | passphrase | rotate --out DIR`: this installation's identity
card, the passphrase of its keys, and new keys (issue 16).

`passphrase` takes the current passphrase as every command does (DNND_PASSPHRASE or typed) and the
new one from DNND_NEW_PASSPHRASE or typed twice. `rotate` writes one identity package per trusted
office into DIR, signed with the old key: send each to its office.
"""
from __future__ import annotations

import os

from ..domain.errors import DnndError
from ..domain.messages import translate
from ..domain.roles import LEVEL_LABELS
from ..services import identity
from .base import Cli


def register(sub, common) -> None:
    p = sub.add_parser("identity", parents=[common], help=translate("CliHelp", "the office's identity card").text())
    verbs = p.add_subparsers(dest="verb", required=True, metavar="show|export|passphrase|rotate")
    verbs.add_parser("show", parents=[common], help=translate(
        "CliHelp", "see the office id and the fingerprint").text()).set_defaults(handler=show, public=True)
    e = verbs.add_parser("export", parents=[common], help=translate(
        "CliHelp", "export the identity card to a file to send to other offices").text())
    e.add_argument("file", help=translate(
        "CliHelp", "the identity card file to make (for example the-dinh-danh.dnndid)").text())
    e.set_defaults(handler=export, public=True)
    verbs.add_parser("passphrase", parents=[common], help=translate(
        "CliHelp", "change the passphrase that protects the office's keys").text()).set_defaults(handler=passphrase)
    r = verbs.add_parser("rotate", parents=[common], help=translate(
        "CliHelp", "make new keys for the office (after a laptop was lost or the passphrase leaked)").text())
    r.add_argument("--out", required=True, help=translate(
        "CliHelp", "folder for the packages announcing the new keys, one per trusted office").text())
    r.set_defaults(handler=rotate)


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


NEW_PROMPT = translate("CliMessages", "The new key passphrase: ")


def passphrase(cli: Cli) -> int:
    from ..services.privacy.office_passphrase import change_office_passphrase

    old = cli.passphrase()
    new = os.environ.get("DNND_NEW_PASSPHRASE")
    if not new:
        new = _typed_new(cli)
    ctx = cli.context()
    try:
        change_office_passphrase(ctx, old, new)   # the signing keys and the data's key together
    finally:
        ctx.close()
    cli.emit({"changed": True}, translate("CliMessages", "The key passphrase was changed. Keep the new passphrase "
                                                         "in a safe place."))
    return 0


def _typed_new(cli: Cli) -> str:
    import getpass
    import sys

    from ..domain.messages import render
    from .base import CONFIRM_PROMPT, PASSPHRASE_MISMATCH

    if not sys.stdin or not sys.stdin.isatty():
        raise DnndError(translate("CliMessages", "The new key passphrase is needed. Set the environment variable "
                                  "DNND_NEW_PASSPHRASE or run the command in a terminal window to type it."),
                        code="passphrase_required")
    value = getpass.getpass(render(NEW_PROMPT))
    if getpass.getpass(render(CONFIRM_PROMPT)) != value:
        raise DnndError(PASSPHRASE_MISMATCH, code="passphrase_mismatch")
    return value


def rotate(cli: Cli) -> int:
    from ..services.key_management import rotate_keys

    secret = cli.passphrase()
    ctx = cli.context()
    try:
        r = rotate_keys(ctx, secret, cli.args.out)
    finally:
        ctx.close()
    cli.emit({"key_id": r.key_id, "old_key_id": r.old_key_id, "fingerprint": r.fingerprint,
              "packages": r.packages},
             "\n".join([translate("CliMessages", "The office has new keys. New fingerprint: {fingerprint}").format(
                 fingerprint=r.fingerprint).text(),
                 translate("CliMessages", "Send each of these {count} packages to its office (they are signed "
                                          "with the old key, so the offices take the new one):").format(
                     count=len(r.packages)).text(), *r.packages]))
    return 0
