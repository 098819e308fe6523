"""`dnnd trust FILE [--fingerprint DIGITS] [--relation R] [--yes]`: trust another office's card.

Without --fingerprint the card's fingerprint is shown and confirmed interactively; without a
terminal that is refused unless --yes says the fingerprint was checked another way.
Also `dnnd trust --list` and `dnnd trust --revoke KEY`.
"""
from __future__ import annotations

import sys

from ..domain.errors import DnndError
from ..domain.roles import LEVEL_LABELS
from ..services import identity
from .base import Cli, UsageError


def register(sub, common) -> None:
    p = sub.add_parser("trust", parents=[common], help="tin cậy thẻ định danh của đơn vị khác")
    p.add_argument("file", nargs="?", help="tệp thẻ định danh nhận được")
    p.add_argument("--fingerprint", help="dấu vân tay đơn vị kia đọc qua điện thoại (30 chữ số)")
    p.add_argument("--relation", choices=identity.RELATIONS, help="quan hệ: parent, lower, peer (mặc định theo cấp)")
    p.add_argument("--yes", action="store_true", help="đã đối chiếu dấu vân tay, không hỏi lại")
    p.add_argument("--list", action="store_true", help="liệt kê các đơn vị đã tin cậy")
    p.add_argument("--revoke", metavar="KEY", help="thu hồi tin cậy (mã đơn vị hoặc mã khóa)")
    p.set_defaults(handler=run)


def _row(t) -> dict:
    return t.to_dict()


def run(cli: Cli) -> int:
    a = cli.args
    if a.list:
        ctx = cli.context()
        try:
            rows = identity.list_trusted(ctx)
        finally:
            ctx.close()
        cli.emit({"trusted": [_row(t) for t in rows]}, lambda: "\n".join(
            f"{t.office_name} — {t.relation_label} — {t.fingerprint}"
            + ("" if t.active else " (đã thu hồi)") for t in rows) or "Chưa tin cậy đơn vị nào.")
        return 0
    if a.revoke:
        ctx = cli.context()
        try:
            t = identity.revoke(ctx, a.revoke)
        finally:
            ctx.close()
        cli.emit(_row(t), f"Đã thu hồi tin cậy: {t.office_name} (khóa {t.key_id}).")
        return 0
    if not a.file:
        raise UsageError("cần tệp thẻ định danh (dnnd trust FILE --fingerprint DIGITS)")
    card = identity.read_identity_card(a.file)
    given = a.fingerprint
    if given is None:
        shown = (f"Thẻ định danh của: {card.name} ({LEVEL_LABELS.get(card.level, card.level)})\n"
                 f"Mã đơn vị: {card.office_id}\nDấu vân tay:\n    {card.fingerprint}\n"
                 "Hãy gọi điện cho đơn vị này và nhờ họ đọc dấu vân tay của họ.")
        if a.yes:
            given = card.fingerprint
        elif sys.stdin is not None and sys.stdin.isatty():
            sys.stderr.write(shown + "\nDấu vân tay có khớp từng chữ số không? Gõ «co» để tin cậy: ")
            sys.stderr.flush()
            answer = sys.stdin.readline().strip().lower()
            if answer not in ("co", "có", "c", "y", "yes"):
                raise DnndError("Chưa tin cậy thẻ định danh (chưa xác nhận dấu vân tay).", code="not_confirmed")
            given = card.fingerprint
        else:
            raise DnndError("Cần đối chiếu dấu vân tay trước khi tin cậy. Hãy chạy lại với --fingerprint "
                            f"«các chữ số đơn vị kia đọc qua điện thoại». Dấu vân tay trên thẻ: {card.fingerprint}",
                            code="fingerprint_required", details={"fingerprint": card.fingerprint})
    ctx = cli.context()
    try:
        t = identity.trust_card(ctx, card, given, a.relation)
    finally:
        ctx.close()
    cli.emit(_row(t), f"Đã tin cậy: {t.office_name} — {t.relation_label}.\nDấu vân tay: {t.fingerprint}")
    return 0
