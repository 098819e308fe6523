"""`dnnd export-excel KIND FILE [--template] [--include-sensitive] [--search TEXT]`.

Writes the whole list of KIND (households: one row per overseas person, household columns repeated)
in the same layout the importer reads. --template writes the blank template instead ("Tải mẫu").
Sensitive fields (ethnicity, religion, ID numbers) are left out unless --include-sensitive.
"""
from __future__ import annotations

from ..domain.formatting import format_number
from ..domain.messages import translate
from .base import EXIT_OK, Cli

KINDS = ("households", "persons", "activities", "twinnings", "partners", "contributions", "commendations",
         "consents")


def register(sub, common) -> None:
    p = sub.add_parser("export-excel", parents=[common],
                       help=translate("CliHelp", "export a list to an Excel file (.xlsx)").text())
    p.add_argument("kind", choices=KINDS, metavar="KIND", help=" ".join(KINDS))
    p.add_argument("file", help=translate("CliHelp", "the .xlsx file to write").text())
    p.add_argument("--template", action="store_true",
                   help=translate("CliHelp", "write a blank template to fill in and import").text())
    p.add_argument("--include-sensitive", action="store_true", help=translate(
        "CliHelp", "include the sensitive fields (ethnicity, religion, ID numbers)").text())
    p.add_argument("--search", default="",
                   help=translate("CliHelp", "only export the records matching the search words").text())
    p.set_defaults(handler=run)


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
                             include_sensitive=a.include_sensitive)
        cli.emit({**result.to_dict(), "kind": a.kind},
                 translate("CliMessages", "Exported {count} rows to {path}").format(
                     count=format_number(result.rows), path=str(result.path)))
        return EXIT_OK
    finally:
        ctx.close()
