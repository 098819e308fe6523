"""Personal-data rights on a household or an overseas person: export everything held about them
as a PDF (audited by the service), and anonymise (confirmed; audited)."""
from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QWidget

from ...domain import messages
from ...domain.formatting import format_stored_datetime
from ...domain.messages import render
from ...domain.record_kinds import kind_spec
from ...services.records import PersonalDataExport, RecordService
from ..audit_texts import action_name
from . import prompts

# The export is a document, and documents are Vietnamese whatever the UI language (rule 7): its
# texts are catalogue Messages rendered in Vietnamese.
DOCUMENT_LANGUAGE = "vi"


def _doc(message: messages.Message, **params) -> str:
    return message.format(**params).text(DOCUMENT_LANGUAGE)


def personal_data_html(data: PersonalDataExport) -> str:
    """The export as a simple Vietnamese document."""
    e = html.escape
    name = e(data.name or "")
    own = kind_spec(data.kind)
    parts = [f"<h2>{_doc(messages.translate('PersonalDataDocument', 'Personal data: {name}'), name=name)}</h2>",
             "<p>" + _doc(messages.translate("PersonalDataDocument", "{kind} · exported at {time} by {user}"),
                          kind=e(render(own.label, DOCUMENT_LANGUAGE)),
                          time=e(format_stored_datetime(data.exported_at)), user=e(data.exported_by or "")) + "</p>",
             "<table border='1' cellspacing='0' cellpadding='4' width='100%'>"]
    for f in data.fields:
        label = e(render(own.field(f.name).label, DOCUMENT_LANGUAGE))
        parts.append(f"<tr><td width='35%'><b>{label}</b></td><td>{e(str(f.display or ''))}</td></tr>")
    parts.append("</table>")
    for kind, records in data.related.items():
        if not records:
            continue
        spec = kind_spec(kind)
        parts.append(f"<h3>{e(render(spec.label, DOCUMENT_LANGUAGE))} ({len(records)})</h3>")
        for r in records:
            shown = "; ".join(f"{e(render(spec.field(k).label, DOCUMENT_LANGUAGE))}: {e(v)}"
                              for k, v in r.display.items() if v)
            parts.append(f"<p>• {shown}</p>")
    if data.history:
        heading = _doc(messages.translate("PersonalDataDocument", "Change history"))
        parts.append(f"<h3>{heading}</h3><table border='1' cellspacing='0' cellpadding='3' width='100%'>")
        for h in data.history:
            action = action_name(h.action, DOCUMENT_LANGUAGE)
            parts.append(f"<tr><td>{e(h.at)}</td><td>{e(h.user or '')}</td><td>{e(action)}</td>"
                         f"<td>{e(h.field or '')}</td></tr>")
        parts.append("</table>")
    return "<html><body style='font-family: \"Times New Roman\", \"Liberation Serif\", serif; font-size: 12pt'>" \
           + "".join(parts) + "</body></html>"


def write_pdf(data: PersonalDataExport, path: str) -> None:
    writer = QPdfWriter(path)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(30, 20, 15, 20), QPageLayout.Unit.Millimeter)
    writer.setTitle(_doc(messages.translate("PersonalDataDocument", "Personal data: {name}"), name=data.name or ""))
    doc = QTextDocument()
    doc.setHtml(personal_data_html(data))
    doc.print_(writer)


def export_personal_data(parent: QWidget, ctx, runner, kind: str, record_id: str, name: str, path: str | None = None):
    """Ask where to save, then export (the service writes the audit entry) and write the PDF."""
    if path is None:
        # No name in the file name: file names end up in lists, mails and recent-file menus.
        suggested = f"du-lieu-ca-nhan-{dt.date.today():%Y%m%d}.pdf"
        path = prompts.save_file(parent, QCoreApplication.translate("PersonalData", "Export this person's data"),
                                 suggested, QCoreApplication.translate("PersonalData", "PDF document (*.pdf)"))
        if not path:
            return None
    service = RecordService(ctx)

    def work(_progress, _cancel):
        return service.export_person_data(kind, record_id)

    def done(data):
        write_pdf(data, path)
        runner.notice.emit(QCoreApplication.translate("PersonalData", "Personal data saved to %1").replace("%1", path))

    return runner.run(work, title=QCoreApplication.translate("PersonalData", "Exporting personal data"), on_done=done)


def anonymise(parent: QWidget, ctx, kind: str, record_id: str, name: str) -> bool:
    title = QCoreApplication.translate("PersonalData", "Anonymise")
    text = QCoreApplication.translate(
        "PersonalData", "Wipe the personal data of “%1” (name, address, contacts, identity numbers…)? The record "
        "stays so that report figures remain right. This cannot be undone.").replace("%1", name)
    if not prompts.confirm(parent, title, text, title):
        return False
    RecordService(ctx).anonymise(kind, record_id)
    return True
