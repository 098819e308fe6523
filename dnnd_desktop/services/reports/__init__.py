"""Periodic reports (issue 5): templates, figures computed from records, lifecycle, deadlines and
the official PDF / Excel output. `ReportService(ctx)` is the API; the rest are its plain data."""
from ...domain.deadlines import DueItem
from .completeness import MissingItem
from .service import ReportService
from .status import ACKNOWLEDGED, APPROVED, DRAFT, NEW, RETURNED, SENT, STATUS_LABELS, STATUSES
from .templates import DEFAULT_TEMPLATE_CODE, TemplateInfo
from .types import DocumentSettings, IndicatorChange, RecomputeDiff, ReportDetail, ReportSummary

__all__ = [
    "ACKNOWLEDGED", "APPROVED", "DEFAULT_TEMPLATE_CODE", "DRAFT", "DocumentSettings", "DueItem",
    "IndicatorChange", "MissingItem", "NEW", "RETURNED", "RecomputeDiff", "ReportDetail", "ReportService",
    "ReportSummary",
    "SENT", "STATUSES", "STATUS_LABELS", "TemplateInfo",
]
