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
from ..domain.messages import Text, translate
from ..domain.record_kinds import kind_spec
from .base import Cli


def register(sub, common) -> None:
    p = sub.add_parser("conflicts", parents=[common], help=translate(
        "CliHelp", "conflicts to settle (the same record changed at two offices)").text())
    verbs = p.add_subparsers(dest="verb", required=True, metavar="list|resolve")
    ls = verbs.add_parser("list", parents=[common], help=translate("CliHelp", "the conflicts waiting").text())
    ls.set_defaults(handler=list_)
    r = verbs.add_parser("resolve", parents=[common],
                         help=translate("CliHelp", "choose the value to keep for one conflict").text())
    r.add_argument("id", help=translate("CliHelp", "conflict id (see “dnnd conflicts list”)").text())
    r.add_argument("--keep", required=True, type=int, metavar="VALUE_INDEX",
                   help=translate("CliHelp", "number of the value to keep (1, 2, … as in the list)").text())
    r.set_defaults(handler=resolve)


def _kind_label(kind: str) -> str:
    try:
        return str(kind_spec(kind).label)
    except ValidationError:   # link tables and attachments have no form spec
        return kind


def _field_label(kind: str, field: str) -> Text:
    if field == DELETED:
        return translate("CliMessages", "Delete or keep the record")
    try:
        return str(kind_spec(kind).field(field).label)
    except (ValidationError, KeyError):
        return field


def _value_text(field: str, value: Any) -> str:
    if field == DELETED:
        chosen = (translate("CliMessages", "delete the record") if value
                  else translate("CliMessages", "keep the record (edited)"))
        return chosen.text()
    if value is None or value == "":
        return translate("CliMessages", "(empty)").text()
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
    shown = translate("CliMessages", "{value} (shown now)")
    for v in d["values"]:
        value = _value_text(c.field, v["value"])
        if v["provisional"]:
            value = shown.format(value=value).text()
        lines.append(f"  {v['index']}. {value} — {v['office'] or v['office_id'] or '?'}"
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
            return translate("CliMessages", "No conflicts to settle.").text()
        return "\n".join([translate("CliMessages", "{count} conflicts to settle (choose with “dnnd conflicts resolve "
                                                   "ID --keep NUMBER”):").format(count=len(items)).text(),
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
            raise NotFound(translate("CliMessages", "There is no conflict with the id “{id}”. See the list with "
                                                    "“dnnd conflicts list”.").format(id=cli.args.id),
                           code="conflict_not_found") from e
        n = len(current.values)
        keep = cli.args.keep
        if not 1 <= keep <= n:
            raise ValidationError(translate("CliMessages", "This conflict has {count} values; choose --keep from 1 "
                                                           "to {count}.").format(count=n),
                                  field_errors={"keep": str(keep)}, code="bad_choice")
        done = svc.resolve(current.id, keep - 1)
    finally:
        ctx.close()
    kept = done.values[keep - 1]
    cli.emit(conflict_dict(done) | {"kept": keep}, translate(
        "CliMessages", "Conflict settled: kept “{value}” for the {field} of the {kind} “{record}”. This choice will "
        "be sent to the other offices in the next sync package.").format(
            value=_value_text(done.field, kept.value), field=_field_label(done.record_kind, done.field).lower(),
            kind=_kind_label(done.record_kind).lower(), record=done.record_label))
    return 0
