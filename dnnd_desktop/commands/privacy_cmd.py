"""`dnnd privacy register|impact|breach FILE`: the controller's paperwork under Law 91/2025/QH15
(services/privacy/paperwork.py), as PDF or Word by the file's extension. Needs the user's password
like every command that reads personal data (commands/cli_auth.py)."""
from __future__ import annotations

import datetime as dt

from ..domain.errors import ValidationError
from ..domain.messages import translate
from .base import Cli

DOCUMENTS = ("register", "impact", "breach")


def register(sub, common) -> None:
    p = sub.add_parser("privacy", parents=[common], help=translate(
        "CliHelp", "personal-data protection documents: processing register, impact assessment, breach notice")
        .text())
    p.add_argument("document", choices=DOCUMENTS, help=translate(
        "CliHelp", "register: the processing register; impact: the impact-assessment dossier; breach: the 72-hour "
                   "data-breach notice").text())
    p.add_argument("file", help=translate("CliHelp", "the .pdf or .docx file to write").text())
    p.add_argument("--since", help=translate(
        "CliHelp", "breach notice: read the audit log from this day (YYYY-MM-DD), default the last 30 days").text())
    p.set_defaults(handler=run)


def run(cli: Cli) -> int:
    from ..services.privacy import paperwork

    a = cli.args
    if not a.file.lower().endswith((".pdf", ".docx")):
        raise ValidationError(translate("CliMessages", "Give the file name the ending .pdf or .docx."),
                              field_errors={"file": a.file}, code="document_suffix")
    since = None
    if a.since:
        try:
            since = dt.date.fromisoformat(a.since)
        except ValueError:
            raise ValidationError(translate("CliMessages", "The date “{date}” is not valid; write YYYY-MM-DD, for "
                                                           "example 2026-05-15.").format(date=a.since),
                                  field_errors={"since": a.since}, code="invalid_date") from None
    ctx = cli.context()
    try:
        if a.document == "register":
            path = paperwork.write_register(ctx, a.file)
        elif a.document == "impact":
            path = paperwork.write_impact_assessment(ctx, a.file)
        else:
            path = paperwork.write_breach_notice(ctx, a.file, since=since)
    finally:
        ctx.close()
    cli.emit({"path": str(path), "document": a.document},
             translate("CliMessages", "Written: {path}").format(path=str(path)))
    return 0
