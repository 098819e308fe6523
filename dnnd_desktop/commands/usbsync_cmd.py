"""`dnnd usb-sync FOLDER`: receive this office's packages from a USB folder and leave ours for the others."""
from __future__ import annotations

from ..services.installation import unlock_secret_keys
from ..services.usb_sync import usb_sync
from .base import Cli


def register(sub, common) -> None:
    p = sub.add_parser("usb-sync", parents=[common], help="trao đổi gói dữ liệu qua USB (hoặc thư mục dùng chung)")
    p.add_argument("folder", help="ổ USB hoặc thư mục (gói nằm trong FOLDER/DNND/<mã đơn vị>/)")
    p.set_defaults(handler=run)


def run(cli: Cli) -> int:
    ctx = cli.context()
    try:
        passphrase = cli.passphrase()
        with ctx.session() as s:
            secret = unlock_secret_keys(s, passphrase)
        cli.info("Đang đồng bộ qua USB…")
        r = usb_sync(ctx, cli.args.folder, secret)
    finally:
        ctx.close()
    cli.emit(r.to_dict(), r.summary_text())
    return 0
