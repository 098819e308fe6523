"""`dnnd usb-sync FOLDER`: receive this office's packages from a USB folder and leave ours for the others."""
from __future__ import annotations

from ..domain.messages import translate
from ..services.installation import unlock_secret_keys
from ..services.usb_sync import usb_sync
from .base import Cli


def register(sub, common) -> None:
    p = sub.add_parser("usb-sync", parents=[common], help=translate(
        "CliHelp", "exchange data packages by USB stick (or a shared folder)").text())
    p.add_argument("folder", help=translate(
        "CliHelp", "USB drive or folder (packages are in FOLDER/DNND/<office id>/)").text())
    p.set_defaults(handler=run)


def run(cli: Cli) -> int:
    ctx = cli.context()
    try:
        passphrase = cli.passphrase()
        with ctx.session() as s:
            secret = unlock_secret_keys(s, passphrase)
        cli.info(translate("CliMessages", "Syncing by USB…"))
        r = usb_sync(ctx, cli.args.folder, secret)
    finally:
        ctx.close()
    cli.emit(r.to_dict(), r.summary_text())
    return 0
