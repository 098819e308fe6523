"""Report statuses, period kinds and due states as the UI names them (translated; the services'
Vietnamese labels are for documents and the command line)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...domain.deadlines import DONE, DUE, OVERDUE
from ...domain.periods import FINAL_REVIEW, HALF, MID_TERM, MONTH, NINE_MONTHS, QUARTER, YEAR, Period
from ...services.reports import ACKNOWLEDGED, APPROVED, DRAFT, NEW, RETURNED, SENT

OVERDUE_COLOUR = "#b3261e"
DONE_COLOUR = "#2e7d32"
OVERRIDE_COLOUR = "#9a4d00"


def status_label(status: str) -> str:
    return {
        NEW: QCoreApplication.translate("ReportTexts", "New"),
        DRAFT: QCoreApplication.translate("ReportTexts", "Draft"),
        APPROVED: QCoreApplication.translate("ReportTexts", "Approved"),
        SENT: QCoreApplication.translate("ReportTexts", "Sent"),
        ACKNOWLEDGED: QCoreApplication.translate("ReportTexts", "Acknowledged"),
        RETURNED: QCoreApplication.translate("ReportTexts", "Returned"),
    }.get(status, status)


def due_status_label(status: str) -> str:
    return {
        DUE: QCoreApplication.translate("ReportTexts", "Due"),
        OVERDUE: QCoreApplication.translate("ReportTexts", "Overdue"),
        DONE: QCoreApplication.translate("ReportTexts", "Done"),
    }.get(status, status)


def due_status_colour(status: str) -> str | None:
    return {OVERDUE: OVERDUE_COLOUR, DONE: DONE_COLOUR}.get(status)


def period_kind_labels() -> dict[str, str]:
    return {
        MONTH: QCoreApplication.translate("ReportTexts", "Month"),
        QUARTER: QCoreApplication.translate("ReportTexts", "Quarter"),
        HALF: QCoreApplication.translate("ReportTexts", "6 months"),
        NINE_MONTHS: QCoreApplication.translate("ReportTexts", "9 months"),
        YEAR: QCoreApplication.translate("ReportTexts", "Year"),
        MID_TERM: QCoreApplication.translate("ReportTexts", "Mid-term review (several years)"),
        FINAL_REVIEW: QCoreApplication.translate("ReportTexts", "Final review (several years)"),
    }


def days_left_text(days: int, status: str) -> str:
    if status == DONE:
        return QCoreApplication.translate("ReportTexts", "Sent")
    if days == 0:
        return QCoreApplication.translate("ReportTexts", "Due today")
    if days > 0:
        return QCoreApplication.translate("ReportTexts", "%1 days left").replace("%1", str(days))
    return QCoreApplication.translate("ReportTexts", "%1 days overdue").replace("%1", str(-days))


def period_text(label: str) -> str:
    """Period.label reads "6 tháng đầu năm 2026" (inside sentences); as a cell it starts upper case.
    str(): below the GUI, labels are becoming catalogue Messages (rendered in the UI language)."""
    label = str(label) if label else ""
    return label[:1].upper() + label[1:] if label else label


_FILE_KIND = {MONTH: "THANG", QUARTER: "QUY", HALF: "6T", NINE_MONTHS: "9T", YEAR: "NAM",
              MID_TERM: "SK", FINAL_REVIEW: "TK"}


def export_file_stem(period: Period, revision: int = 1) -> str:
    """A file name that says which report it is and nothing personal: "BC-6T-2026-H1"."""
    stem = f"BC-{_FILE_KIND.get(period.kind, 'KY')}-{period.code}"
    return f"{stem}-v{revision}" if revision > 1 else stem
