"""`dnnd import-excel KIND FILE [--dry-run] [--skip-invalid] [--errors OUT.xlsx]
[--add-unknown | --strict-vocabulary]`.

Values not in a vocabulary (a relation "con nuôi", a residence status "đi theo diện bảo lãnh
hôn phu") are kept as written by default and listed in --json as "unknown_values" (column, value,
cells); --add-unknown adds them to the office's lists; --strict-vocabulary refuses such rows.

Imports only when every row is valid, else exits 1 with a summary and writes nothing;
--skip-invalid imports the valid rows; --dry-run writes nothing; --errors writes the error workbook
(the refused rows with a reason column). With --json the result is one object:
{"rows", "imported", "duplicates", "invalid", "candidates", "records_created", "backup", ...};
a refusal for invalid rows adds "error" and "message" to the same counts.
"""
from __future__ import annotations

import json
import sys

from ..domain.formatting import format_number
from ..domain.messages import translate
from ..domain.record_kinds import WORK_KINDS
from .base import EXIT_OK, EXIT_REJECTED, Cli, write_error

KINDS = ("households", "persons", "activities", "twinnings", "partners", "contributions", "commendations",
         "consents", *(k.plural for k in WORK_KINDS))
_SHOWN_REASONS = 20


def register(sub, common) -> None:
    p = sub.add_parser("import-excel", parents=[common],
                       help=translate("CliHelp", "import a list from an Excel file (.xlsx)").text())
    p.add_argument("kind", choices=KINDS, metavar="KIND", help=" ".join(KINDS))
    p.add_argument("file", help=translate("CliHelp", ".xlsx file").text())
    p.add_argument("--dry-run", action="store_true", help=translate("CliHelp", "only check, write nothing").text())
    p.add_argument("--skip-invalid", action="store_true",
                   help=translate("CliHelp", "skip the rows with errors, import the valid rows").text())
    p.add_argument("--errors", metavar="OUT.xlsx",
                   help=translate("CliHelp", "write the rows with errors and the reasons to this file").text())
    unknown = p.add_mutually_exclusive_group()
    unknown.add_argument("--add-unknown", action="store_true",
                         help=translate("CliHelp", "add values not in a list (relation, residence status…) to the "
                                        "office's lists; by default they are kept as written").text())
    unknown.add_argument("--strict-vocabulary", action="store_true",
                         help=translate("CliHelp", "refuse rows with values not in a list").text())
    p.set_defaults(handler=run)


def run(cli: Cli) -> int:
    from ..services.excel import (
        INVALID,
        apply_import,
        open_import,
        preview_import,
        summary_text,
        write_import_errors,
    )
    from ..services.excel.import_service import result_of
    from ..services.excel.unknown_values import ADD, KEEP, REJECT

    a = cli.args
    ctx = cli.context()
    try:
        file = open_import(a.file, a.kind)
        file.unknown_default = ADD if a.add_unknown else REJECT if a.strict_vocabulary else KEEP
        preview = preview_import(ctx, file)
        bad = [(line, reason) for line, status, reason
               in zip(preview.lines, preview.status, preview.reasons, strict=False) if status == INVALID]
        if a.errors and bad:
            write_import_errors(preview, a.errors)
        for notice in preview.notices:
            cli.info(notice)
        # The reasons go to stderr even with --json: stdout stays one object, the person still sees why.
        for line, reason in bad[:_SHOWN_REASONS]:
            sys.stderr.write(translate("CliMessages", "  Row {row}: {reason}").format(row=line, reason=reason).text()
                             + "\n")
        if len(bad) > _SHOWN_REASONS:
            sys.stderr.write(translate("CliMessages", "  … and {count} more rows with errors.").format(
                count=format_number(len(bad) - _SHOWN_REASONS)).text() + "\n")
        extra = {"file": str(a.file), "kind": a.kind, "notices": preview.notices,
                 "unknown_values": [u.to_dict() for u in preview.unknown_values],
                 "old_addresses": [u.to_dict() for u in preview.old_communes]}
        if a.errors and bad:
            extra["errors_file"] = a.errors
        if bad and not a.skip_invalid and not a.dry_run:
            message = (translate(
                "CliMessages", "{count} rows have errors, so no row was imported. {summary} The rows with errors and "
                "the reasons were written to “{file}”. Correct them and import again, or use --skip-invalid to "
                "import only the valid rows.") if a.errors else translate(
                "CliMessages", "{count} rows have errors, so no row was imported. {summary} Use --errors LOI.xlsx to "
                "write the rows with errors and the reasons. Correct them and import again, or use --skip-invalid "
                "to import only the valid rows.")).format(count=format_number(len(bad)),
                                                          summary=summary_text(preview), file=a.errors or "")
            counts = {**result_of(preview, {}, None).to_dict(), "imported": 0, **extra}
            if cli.json:
                sys.stdout.write(json.dumps({**counts, "error": "invalid_rows", "message": message.text(),
                                             "params": {"count": len(bad)}}, ensure_ascii=False) + "\n")
            write_error(message)
            return EXIT_REJECTED
        if a.dry_run:
            result = result_of(preview, {}, None, dry_run=True)
        else:
            result = apply_import(ctx, file, preview, skip_invalid=a.skip_invalid)
        if a.dry_run:
            done = translate("CliMessages", "Would import {count} rows (a trial run, nothing written).")
        elif result.backup:
            done = translate("CliMessages", "Imported {count} rows. The backup from before the import: {backup}")
        else:
            done = translate("CliMessages", "Imported {count} rows.")
        cli.emit({**result.to_dict(), **extra}, lambda: "\n".join([
            str(summary_text(preview)),
            done.format(count=format_number(result.imported), backup=str(result.backup or "")).text()]))
        return EXIT_OK
    finally:
        ctx.close()
