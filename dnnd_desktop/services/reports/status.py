"""The life of a report: new -> draft -> approved -> sent -> acknowledged | returned.

A report is editable only while new or draft. Approval locks it (an approver may reopen it until it
is sent); a sent version is never edited again: a change is a new revision.
"""
from __future__ import annotations

import datetime as dt

from ...domain.formatting import format_datetime

NEW, DRAFT, APPROVED, SENT, ACKNOWLEDGED, RETURNED = "new", "draft", "approved", "sent", "acknowledged", "returned"
STATUSES = (NEW, DRAFT, APPROVED, SENT, ACKNOWLEDGED, RETURNED)
STATUS_LABELS = {
    NEW: "Mới tạo", DRAFT: "Bản nháp", APPROVED: "Đã phê duyệt", SENT: "Đã gửi",
    ACKNOWLEDGED: "Cấp trên đã nhận", RETURNED: "Bị trả lại",
}
EDITABLE = (NEW, DRAFT)
SENT_STATES = (SENT, ACKNOWLEDGED, RETURNED)   # versions that left the office: frozen for ever
DONE_STATES = (SENT, ACKNOWLEDGED)             # a deadline is met by these (a returned one is not)


def local_time(value: dt.datetime | None) -> dt.datetime | None:
    """Stored times are naive UTC; people read them in the laptop's local time."""
    if value is None:
        return None
    return value.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)


def when(value: dt.datetime | None) -> str:
    shown = local_time(value)
    return format_datetime(shown) if shown else "(không rõ thời điểm)"


def lock_reason(report) -> str | None:
    """Why a report cannot be edited, naming who approved it and when; None when it can."""
    if report.status in EDITABLE:
        return None
    approved = f"{report.approved_by or 'lãnh đạo'} phê duyệt lúc {when(report.approved_at)}"
    if report.status == APPROVED:
        return (f"Báo cáo đã được {approved} nên đã khóa, không sửa được. Nếu cần sửa, người có quyền "
                "phê duyệt hãy mở lại báo cáo thành bản nháp.")
    return (f"Báo cáo đã gửi cấp trên lúc {when(report.sent_at)} (do {approved}). Bản đã gửi không bao "
            "giờ được sửa; hãy tạo bản sửa đổi (phiên bản mới) để sửa.")
