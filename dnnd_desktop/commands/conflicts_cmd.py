"""`dnnd conflicts list | resolve ID --keep N`: the queue "Xung đột cần xử lý" on the command line.

Values are numbered from 1 in the order the queue shows them (value 1 is the provisional one, shown
until someone decides); `resolve --keep N` keeps value N as a new local edit that travels on.
With --json, `list` gives {"conflicts": [{id, kind, record_id, record, field, values: [{index, value,
office_id, office, user, at, stamp, provisional}]}], "total"} and `resolve` the resolved conflict.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from ..domain.errors import NotFound, ValidationError
from ..domain.merge import DELETED
from ..domain.record_kinds import kind_spec
from .base import Cli


def register(sub, common) -> None:
    p = sub.add_parser("conflicts", parents=[common], help="xung đột cần xử lý (sửa đồng thời tại hai đơn vị)")
    verbs = p.add_subparsers(dest="verb", required=True, metavar="list|resolve")
    ls = verbs.add_parser("list", parents=[common], help="các xung đột đang chờ xử lý")
    ls.set_defaults(handler=list_)
    r = verbs.add_parser("resolve", parents=[common], help="chọn giá trị giữ lại cho một xung đột")
    r.add_argument("id", help="mã xung đột (xem «dnnd conflicts list»)")
    r.add_argument("--keep", required=True, type=int, metavar="VALUE_INDEX",
                   help="số thứ tự giá trị giữ lại (1, 2, … như trong danh sách)")
    r.set_defaults(handler=resolve)


def _kind_label(kind: str) -> str:
    try:
        return str(kind_spec(kind).label)
    except ValidationError:   # link tables and attachments have no form spec
        return kind


def _field_label(kind: str, field: str) -> str:
    if field == DELETED:
        return "Xóa hay giữ bản ghi"
    try:
        return str(kind_spec(kind).field(field).label)
    except (ValidationError, KeyError):
        return field


def _value_text(field: str, value: Any) -> str:
    if field == DELETED:
        return "xóa bản ghi" if value else "giữ bản ghi (đã sửa)"
    if value is None or value == "":
        return "(trống)"
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        try:
            return dt.date.fromisoformat(value).strftime("%d/%m/%Y")
        except ValueError:
            pass
    return str(value)


def _when(at: str | None) -> str:
    if not at:
        return "?"
    try:
        return dt.datetime.fromisoformat(at).strftime("%d/%m/%Y %H:%M")
    except ValueError:
        return at


def conflict_dict(c) -> dict:
    return {
        "id": c.id, "kind": c.record_kind, "record_id": c.record_id, "record": c.record_label, "field": c.field,
        "kind_label": _kind_label(c.record_kind), "field_label": _field_label(c.record_kind, c.field),
        "status": c.status,
        "values": [{"index": v.index + 1, "value": v.value, "office_id": v.office_id, "office": v.office_name,
                    "user": v.user, "at": v.at, "stamp": list(v.stamp), "provisional": v.provisional}
                   for v in c.values],
    }


def _human(c) -> str:
    d = conflict_dict(c)
    lines = [f"{d['id']}  {d['kind_label']} «{d['record']}» — {d['field_label']}:"]
    for v in d["values"]:
        mark = " (đang hiển thị)" if v["provisional"] else ""
        lines.append(f"  {v['index']}. {_value_text(c.field, v['value'])}{mark} — {v['office'] or v['office_id'] or '?'}"
                     f", {v['user'] or '?'}, {_when(v['at'])}")
    return "\n".join(lines)


def list_(cli: Cli) -> int:
    from ..services.sync.conflicts import ConflictService

    ctx = cli.context()
    try:
        items = ConflictService(ctx).list()
    finally:
        ctx.close()

    def human() -> str:
        if not items:
            return "Không có xung đột nào cần xử lý."
        return "\n".join([f"{len(items)} xung đột cần xử lý (chọn bằng «dnnd conflicts resolve MÃ --keep SỐ»):",
                          *(_human(c) for c in items)])

    cli.emit({"conflicts": [conflict_dict(c) for c in items], "total": len(items)}, human)
    return 0


def resolve(cli: Cli) -> int:
    from ..services.sync.conflicts import ConflictService

    ctx = cli.context()
    try:
        svc = ConflictService(ctx)
        try:
            current = svc.get(cli.args.id)
        except NotFound as e:
            raise NotFound(f"Không có xung đột mã «{cli.args.id}». Hãy xem danh sách bằng «dnnd conflicts list».",
                           code="conflict_not_found") from e
        n = len(current.values)
        keep = cli.args.keep
        if not 1 <= keep <= n:
            raise ValidationError(f"Xung đột này có {n} giá trị; hãy chọn --keep từ 1 đến {n}.",
                                  field_errors={"keep": str(keep)}, code="bad_choice")
        done = svc.resolve(current.id, keep - 1)
    finally:
        ctx.close()
    kept = done.values[keep - 1]
    cli.emit(conflict_dict(done) | {"kept": keep},
             f"Đã xử lý xung đột: giữ «{_value_text(done.field, kept.value)}» cho {_field_label(done.record_kind, done.field).lower()} "
             f"của {_kind_label(done.record_kind).lower()} «{done.record_label}». Lựa chọn này sẽ được gửi tới các "
             "đơn vị khác trong gói đồng bộ sau.")
    return 0
