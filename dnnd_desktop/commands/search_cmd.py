"""`dnnd search TEXT`: find records by name or main text, ignoring tone marks, case and đ/Đ."""
from __future__ import annotations

from ..domain.messages import translate
from ..domain.record_kinds import SEARCHABLE_KINDS, WORK_KINDS, kind_spec
from ..services.records import RecordQueryService
from .base import Cli

_KIND_CHOICES = (*SEARCHABLE_KINDS, "households", "persons", "activities", "twinnings", "partners",
                 *(k.plural for k in WORK_KINDS))


def register(sub, common) -> None:
    p = sub.add_parser("search", parents=[common],
                       help=translate("CliHelp", "find records (no need to type tone marks)").text())
    p.add_argument("text", nargs="+", help=translate("CliHelp", "what to find, for example: nguyen van duc").text())
    p.add_argument("--kind", choices=_KIND_CHOICES, default=None,
                   help=translate("CliHelp", "only search one kind of record").text())
    p.add_argument("--limit", type=int, default=20,
                   help=translate("CliHelp", "largest number of results (default 20)").text())
    p.set_defaults(handler=run)


def run(cli: Cli) -> int:
    a = cli.args
    text = " ".join(a.text)
    kinds = [kind_spec(a.kind).kind] if a.kind else None
    ctx = cli.context()
    try:
        result = RecordQueryService(ctx).search(text, kinds=kinds, limit=max(0, a.limit))
    finally:
        ctx.close()
    # --json keeps the keys it always had: kind, id and name of each hit (not the kind's label).
    hits = [{"kind": h.kind, "id": h.id, "name": h.name} for h in result.hits]

    def human() -> str:
        if not result.total:
            return translate("CliMessages", "No record matches “{text}”.").format(text=text).text()
        lines = [f"{h.kind_label}: {h.name}  [{h.id}]" for h in result.hits]
        more = result.total - len(hits)
        if more > 0:
            lines.append(translate("CliMessages", "… and {count} more results (use --limit to see more).")
                         .format(count=more).text())
        found = translate("CliMessages", "Found {count} results for “{text}”:").format(count=result.total, text=text)
        return "\n".join([found.text(), *lines])

    cli.emit({"hits": hits, "total": result.total}, human)
    return 0
