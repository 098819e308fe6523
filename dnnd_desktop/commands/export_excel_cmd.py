"""`dnnd export-excel KIND FILE [--template] [--include-sensitive] [--search TEXT]`.

Writes the whole list of KIND (households: one row per overseas person, household columns repeated)
in the same layout the importer reads. --template writes the blank template instead ("Tải mẫu").
Sensitive fields are left out unless --include-sensitive with --reason, by a Leader or Administrator.
"""
from __future__ import annotations

from ..domain.formatting import format_number
from ..domain.messages import render, translate
from ..domain.record_kinds import WORK_KINDS
from ..services.privacy.consent import REASON_TEXTS
from .base import EXIT_OK, Cli

KINDS = ("households", "persons", "activities", "twinnings", "partners", "contributions", "commendations",
         "consents", *(k.plural for k in WORK_KINDS))


def register(sub, common) -> None:
    p = sub.add_parser("export-excel", parents=[common],
                       help=translate("CliHelp", "export a list to an Excel file (.xlsx)").text())
    p.add_argument("kind", choices=KINDS, metavar="KIND", help=" ".join(KINDS))
    p.add_argument("file", help=translate("CliHelp", "the .xlsx file to write").text())
    p.add_argument("--template", action="store_true",
                   help=translate("CliHelp", "write a blank template to fill in and import").text())
    p.add_argument("--include-sensitive", action="store_true", help=translate(
        "CliHelp", "include the sensitive fields (ethnicity, religion, ID numbers, residence status, wishes); "
                   "needs the Leader or Administrator role and --reason").text())
    p.add_argument("--reason", default="", help=translate(
        "CliHelp", "why the sensitive fields are included (written to the audit log)").text())
    p.add_argument("--search", default="",
                   help=translate("CliHelp", "only export the records matching the search words").text())
    p.set_defaults(handler=run)


def excluded_lines(excluded) -> list[str]:
    """Who was left out for want of consent, and why: names only (issue 14)."""
    if not excluded or not excluded.total:
        return []
    lines = [translate("CliMessages", "Left out for want of valid consent to print and export lists: {households} "
                                      "households, {persons} persons abroad:").format(
        households=format_number(excluded.households), persons=format_number(excluded.persons)).text()]
    lines += [f"  - {e.name}: {render(REASON_TEXTS[e.reason])}" for e in excluded.listed]
    if len(excluded.listed) < excluded.total:
        lines.append(translate("CliMessages", "  (the first {shown} are listed)").format(
            shown=len(excluded.listed)).text())
    return lines


def run(cli: Cli) -> int:
    from ..services.excel import export_list, write_kind_template
    from ..services.records import ListQuery

    a = cli.args
    ctx = cli.context()
    try:
        if a.template:
            path = write_kind_template(ctx, a.kind, a.file)
            cli.emit({"path": str(path), "template": True, "kind": a.kind},
                     translate("CliMessages", "Template written: {path}").format(path=str(path)))
            return EXIT_OK
        result = export_list(ctx, a.kind, a.file, ListQuery(search=a.search),
                             include_sensitive=a.include_sensitive, reason=a.reason)
        done = translate("CliMessages", "Exported {count} rows to {path}").format(
            count=format_number(result.rows), path=str(result.path)).text()
        cli.emit({**result.to_dict(), "kind": a.kind}, "\n".join([done, *excluded_lines(result.excluded)]))
        return EXIT_OK
    finally:
        ctx.close()
