"""`dnnd identity show | export FILE`: this installation's identity card."""
from __future__ import annotations

from ..domain.roles import LEVEL_LABELS
from ..services import identity
from .base import Cli


def register(sub, common) -> None:
    p = sub.add_parser("identity", parents=[common], help="thẻ định danh của đơn vị")
    verbs = p.add_subparsers(dest="verb", required=True, metavar="show|export")
    verbs.add_parser("show", parents=[common], help="xem mã đơn vị và dấu vân tay").set_defaults(handler=show)
    e = verbs.add_parser("export", parents=[common], help="xuất thẻ định danh ra tệp để gửi đơn vị khác")
    e.add_argument("file", help="tệp thẻ định danh cần tạo (ví dụ the-dinh-danh.dnndid)")
    e.set_defaults(handler=export)


def _result(card) -> dict:
    return {"office_id": card.office_id, "site_id": card.site_id, "name": card.name, "level": card.level,
            "key_id": card.key_id, "fingerprint": card.fingerprint}


def _human(card) -> str:
    return (f"{card.name} ({LEVEL_LABELS.get(card.level, card.level)})\n"
            f"Mã đơn vị: {card.office_id}\nMã máy: {card.site_id}\n"
            f"Dấu vân tay (đọc qua điện thoại để đối chiếu):\n    {card.fingerprint}")


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
             _human(card) + f"\nĐã ghi thẻ định danh vào: {cli.args.file}")
    return 0
