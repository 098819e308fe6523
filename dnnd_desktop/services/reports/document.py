"""The document details of a report: the office's defaults, and what a user chose for one report."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from enum import Enum
from typing import TYPE_CHECKING, Any, Literal

from ...domain.errors import ValidationError
from ...domain.messages import Message, render, translate
from ...domain.report_template import DocumentDetails
from ...domain.roles import PROVINCE
from ...domain.text import clean
from .status import STATUS_LABELS, when
from .types import DocumentSettings

if TYPE_CHECKING:
    from ...storage.models import Report
    from ..types import InstallationInfo

HEAD, DEPUTY = "head", "deputy"
# The wording of the official document (Decree 30) is Vietnamese whatever the UI language.
# The Front's own practice (docs/official-document.md): the Standing Board is a collective body, so
# whoever signs its documents -- the Chairman or a Vice-Chairman -- signs "TM. BAN THƯỜNG TRỰC" above
# their own title; "KT. CHỦ TỊCH" is a state agency's form and is not used. The letterhead names the
# office's Committee alone: a Front committee is not an agency of the committee above it, so there is
# no parent ("cơ quan chủ quản") line; the level above is named in "Kính gửi" instead.
BODY_MODE = "TM. BAN THƯỜNG TRỰC"
DEFAULT_DEPUTY_TITLE = "Phó Chủ tịch"
REPORT_SYMBOL_PREFIX = "BC"
_NUMBER = re.compile(r"^\d{1,6}$")
DEPUTY_NAME_MISSING = translate("ReportErrors", "A Vice-Chair signs on the Chair's behalf: type the signer's "
                                "full name.")


def default_recipients(inst: InstallationInfo) -> tuple[str, ...]:
    """Reporting upward: "Kính gửi: Ban Thường trực <parent body>". The province reports to no one here."""
    parent = clean(inst.parent_body)
    if inst.level == PROVINCE or not parent:
        return ()
    if parent.casefold().startswith("ban thường trực"):
        return (parent,)
    return (f"Ban Thường trực {parent}",)


def settings_from(report: Report) -> DocumentSettings:
    d = report.document or {}
    return DocumentSettings(
        number=report.number, doc_date=report.doc_date, signer=d.get("signer", HEAD),
        signer_name=d.get("signer_name"), signer_title=d.get("signer_title"),
        recipients_to=tuple(d["recipients_to"]) if d.get("recipients_to") is not None else None,
        copies_to=tuple(d["copies_to"]) if d.get("copies_to") is not None else None)


def details_for(report: Report, inst: InstallationInfo) -> DocumentDetails:
    st = settings_from(report)
    recipients = st.recipients_to if st.recipients_to is not None else default_recipients(inst)
    copies = st.copies_to if st.copies_to is not None else (("Như trên",) if recipients else ())
    if st.signer == DEPUTY:
        mode = BODY_MODE
        title = st.signer_title or DEFAULT_DEPUTY_TITLE
        name = st.signer_name or ""
    else:
        mode, title = BODY_MODE, st.signer_title or inst.head_title or "Chủ tịch"
        name = st.signer_name or inst.head_name
    symbol = f"{REPORT_SYMBOL_PREFIX}-{inst.symbol}" if inst.symbol else REPORT_SYMBOL_PREFIX
    return DocumentDetails(
        issuing_body=inst.office_name, parent_body=None, number=report.number,
        symbol=symbol, place=inst.place_name, date=report.doc_date, recipients_to=tuple(recipients),
        sign_mode=mode, signer_title=title.upper(), signer_name=name or "", copies_to=tuple(copies),
        status_label=render(STATUS_LABELS.get(report.status, report.status), "vi"), approved_by=report.approved_by,
        approved_at=render(when(report.approved_at), "vi") if report.approved_at else None,
        revision=report.revision)


class _Unset(Enum):
    """An argument left out (None means something: the office's default)."""

    UNSET = "unset"


_UNSET: Literal[_Unset.UNSET] = _Unset.UNSET


def validated_changes(number: str | None | _Unset = _UNSET, doc_date: dt.date | None | _Unset = _UNSET,
                      signer: str | _Unset = _UNSET, signer_name: str | None | _Unset = _UNSET,
                      signer_title: str | None | _Unset = _UNSET, recipients_to: Iterable[str] | None | _Unset = _UNSET,
                      copies_to: Iterable[str] | None | _Unset = _UNSET) -> tuple[dict[str, Any], dict[str, Any]]:
    """(report column changes, document JSON changes) from what the user typed; raises with field
    errors. Arguments left out are not changed; None restores the office's default."""
    errors: dict[str, Message] = {}
    columns: dict[str, Any] = {}
    doc: dict[str, Any] = {}
    if number is not _UNSET:
        num = clean(number) if number is not None else None
        if num and not _NUMBER.match(num):
            errors["number"] = translate("ReportErrors", "The document number «{number}» is digits only (for "
                                         "example 5 or 05); the symbol BC-… is added by itself.").format(number=num)
        columns["number"] = num or None
    if doc_date is not _UNSET:
        if doc_date is not None and not isinstance(doc_date, dt.date):
            errors["doc_date"] = translate("ReportErrors", "The document date is not valid; pick a day on the "
                                           "calendar.")
        columns["doc_date"] = doc_date
    if signer is not _UNSET:
        if signer not in (HEAD, DEPUTY):
            errors["signer"] = translate("ReportErrors", "Choose who signs: the Chair (head) or a Vice-Chair "
                                         "signing on the Chair's behalf (deputy).")
        doc["signer"] = signer
    for key, value in (("signer_name", signer_name), ("signer_title", signer_title)):
        if value is not _UNSET:
            doc[key] = clean(value) or None
        elif signer is not _UNSET:
            doc[key] = None   # another signer: the previous one's name and title no longer apply
    for key, lines in (("recipients_to", recipients_to), ("copies_to", copies_to)):
        if lines is not _UNSET:
            doc[key] = None if lines is None else [v for v in (clean(x) for x in lines) if v]
    if doc.get("signer") == DEPUTY and "signer_name" in doc and not doc["signer_name"]:
        errors["signer_name"] = DEPUTY_NAME_MISSING
    if errors:
        # The field errors are joined in the language of the moment: the refusal is shown at once.
        raise ValidationError(translate("ReportErrors", "The document details are not right: {problems}").format(
            problems=" ".join(map(str, errors.values()))), field_errors=errors, code="bad_document_details")
    return columns, doc
