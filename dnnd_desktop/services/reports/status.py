"""The life of a report: new -> draft -> approved -> sent -> acknowledged | returned.

A report is editable only while new or draft. Approval locks it (an approver may reopen it until it
is sent); a sent version is never edited again: a change is a new revision.
"""
from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from ...domain.formatting import format_datetime
from ...domain.messages import Message, Text, translate

if TYPE_CHECKING:
    from ...storage.models import Report

NEW, DRAFT, APPROVED, SENT, ACKNOWLEDGED, RETURNED = "new", "draft", "approved", "sent", "acknowledged", "returned"
STATUSES = (NEW, DRAFT, APPROVED, SENT, ACKNOWLEDGED, RETURNED)
STATUS_LABELS = {
    NEW: translate("ReportStatus", "New"), DRAFT: translate("ReportStatus", "Draft"),
    APPROVED: translate("ReportStatus", "Approved"), SENT: translate("ReportStatus", "Sent"),
    ACKNOWLEDGED: translate("ReportStatus", "Received by the level above"),
    RETURNED: translate("ReportStatus", "Returned"),
}
EDITABLE = (NEW, DRAFT)
SENT_STATES = (SENT, ACKNOWLEDGED, RETURNED)   # versions that left the office: frozen for ever
DONE_STATES = (SENT, ACKNOWLEDGED)             # a deadline is met by these (a returned one is not)


def local_time(value: dt.datetime | None) -> dt.datetime | None:
    """Stored times are naive UTC; people read them in the laptop's local time."""
    if value is None:
        return None
    return value.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)


def when(value: dt.datetime | None) -> Text:
    shown = local_time(value)
    return format_datetime(shown) if shown else translate("ReportStatus", "(time unknown)")


def lock_reason(report: Report) -> Message | None:
    """Why a report cannot be edited, naming who approved it and when; None when it can."""
    if report.status in EDITABLE:
        return None
    approver = report.approved_by or translate("ReportStatus", "the leadership")
    if report.status == APPROVED:
        return translate("ReportStatus", "The report was approved by {approver} at {approved_at}, so it is "
                         "locked and cannot be edited. To change it, a person allowed to approve must reopen "
                         "the report as a draft.").format(approver=approver, approved_at=when(report.approved_at))
    return translate("ReportStatus", "The report was sent to the level above at {sent_at} (approved by "
                     "{approver} at {approved_at}). A sent version is never edited; make a revision (a new "
                     "version) to change it.").format(
                         sent_at=when(report.sent_at), approver=approver, approved_at=when(report.approved_at))
