"""`dnnd trust FILE [--fingerprint DIGITS] [--relation R] [--yes]`: trust another office's card.

Without --fingerprint the card's fingerprint is shown and confirmed interactively; without a
terminal that is refused unless --yes says the fingerprint was checked another way.
Also `dnnd trust --list` and `dnnd trust --revoke KEY`. A revoked key is trusted again only with
`--restore-revoked` (audited as trust_restore), never by receiving its card again.
"""
from __future__ import annotations

import sys

from ..domain.errors import DnndError
from ..domain.messages import translate
from ..domain.roles import LEVEL_LABELS
from ..services import identity
from .base import Cli, UsageError


def register(sub, common) -> None:
    p = sub.add_parser("trust", parents=[common],
                       help=translate("CliHelp", "trust another office's identity card").text())
    p.add_argument("file", nargs="?", help=translate("CliHelp", "the identity card file received").text())
    p.add_argument("--fingerprint", help=translate(
        "CliHelp", "the fingerprint the other office read out by telephone (30 digits)").text())
    p.add_argument("--relation", choices=identity.RELATIONS, help=translate(
        "CliHelp", "relation: parent, lower, peer (default: by level)").text())
    p.add_argument("--yes", action="store_true",
                   help=translate("CliHelp", "the fingerprint was compared, do not ask again").text())
    p.add_argument("--restore-revoked", action="store_true", help=translate(
        "CliHelp", "trust a revoked key again (only after calling the office; recorded in the audit log)").text())
    p.add_argument("--list", action="store_true", help=translate("CliHelp", "list the offices trusted").text())
    p.add_argument("--revoke", metavar="KEY",
                   help=translate("CliHelp", "stop trusting (office id or key id)").text())
    p.set_defaults(handler=run)


def _row(t) -> dict:
    return t.to_dict()


def _trusted_line(t) -> str:
    line = f"{t.office_name} — {t.relation_label} — {t.fingerprint}"
    return line if t.active else translate("CliMessages", "{line} (revoked)").format(line=line).text()


def run(cli: Cli) -> int:
    a = cli.args
    if a.list:
        ctx = cli.context()
        try:
            rows = identity.list_trusted(ctx)
        finally:
            ctx.close()
        cli.emit({"trusted": [_row(t) for t in rows]}, lambda: "\n".join(_trusted_line(t) for t in rows)
                 or translate("CliMessages", "No office is trusted yet."))
        return 0
    if a.revoke:
        ctx = cli.context()
        try:
            t = identity.revoke(ctx, a.revoke)
        finally:
            ctx.close()
        cli.emit(_row(t), translate("CliMessages", "Stopped trusting: {office} (key {key}).").format(
            office=t.office_name, key=t.key_id))
        return 0
    if not a.file:
        raise UsageError(translate("CliMessages", "an identity card file is needed (dnnd trust FILE --fingerprint "
                                                  "DIGITS)").text())
    card = identity.read_identity_card(a.file)
    given = a.fingerprint
    if given is None:
        shown = "\n".join([
            translate("CliMessages", "Identity card of: {name} ({level})").format(
                name=card.name, level=LEVEL_LABELS.get(card.level, card.level)).text(),
            translate("CliMessages", "Office id: {id}").format(id=card.office_id).text(),
            translate("CliMessages", "Fingerprint:").text(),
            f"    {card.fingerprint}",
            translate("CliMessages", "Call this office and ask them to read out their fingerprint.").text()])
        if a.yes:
            given = card.fingerprint
        elif sys.stdin is not None and sys.stdin.isatty():
            sys.stderr.write(shown + "\n" + translate(
                "CliMessages", "Does the fingerprint match digit for digit? Type “co” to trust: ").text())
            sys.stderr.flush()
            answer = sys.stdin.readline().strip().lower()
            if answer not in ("co", "có", "c", "y", "yes"):  # Vietnamese and English yes, with or without marks
                raise DnndError(translate("CliMessages", "The identity card is not trusted (the fingerprint was not "
                                                         "confirmed)."), code="not_confirmed")
            given = card.fingerprint
        else:
            raise DnndError(translate(
                "CliMessages", "The fingerprint must be compared before trusting. Run again with --fingerprint "
                "“the digits the other office reads out by telephone”. The fingerprint on the card: {fingerprint}"
                ).format(fingerprint=card.fingerprint),
                code="fingerprint_required", details={"fingerprint": card.fingerprint})
    ctx = cli.context()
    try:
        t = identity.trust_card(ctx, card, given, a.relation, restore_revoked=a.restore_revoked)
    finally:
        ctx.close()
    cli.emit(_row(t), "\n".join([
        translate("CliMessages", "Trusted: {office} — {relation}.").format(
            office=t.office_name, relation=t.relation_label).text(),
        translate("CliMessages", "Fingerprint: {fingerprint}").format(fingerprint=t.fingerprint).text()]))
    return 0
