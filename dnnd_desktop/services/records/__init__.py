"""Record use cases for the list pages, forms, search and overview (issue 3).

    RecordService(ctx)        create / update / delete / get, household as one unit, activity links,
                              export_person_data / anonymise
    RecordQueryService(ctx)   page / count of a list (filter, search, sort in SQL), search over kinds
    AttachmentService(ctx)    files attached to records, stored once by content hash
    AuditQueryService(ctx)    the audit log, filtered and paged
    OverviewService(ctx)      this year's figures for the overview page

All return plain frozen data (types.py: RecordView, HouseholdView, ListRow, SearchResult, ...); none
hands an ORM object or a session to the caller.
"""
from typing import TYPE_CHECKING, Any

from .attachments import AttachmentService
from .audit_queries import ACTION_LABELS, AuditQueryService
from .list_service import RecordQueryService, search_words
from .record_service import RecordService
from .types import (
    ActivityLinks,
    AttachmentView,
    AuditEntryView,
    AuditQuery,
    CountRow,
    FieldValue,
    HistoryEntry,
    HouseholdView,
    LinkedRecord,
    ListQuery,
    ListRow,
    OverviewFigures,
    Participants,
    PersonalDataExport,
    PersonInput,
    PersonView,
    PurposeRow,
    RecordInput,
    RecordView,
    SavedActivity,
    SavedRecord,
    SearchHit,
    SearchResult,
)

__all__ = ["ACTION_LABELS", "ActivityLinks", "AttachmentService", "AttachmentView", "AuditEntryView", "AuditQuery",
           "AuditQueryService", "CountRow", "FieldValue", "HistoryEntry", "HouseholdView", "LinkedRecord",
           "ListQuery", "ListRow", "OverviewFigures", "OverviewService", "Participants", "PersonInput", "PersonView",
           "PersonalDataExport", "PurposeRow", "RecordInput", "RecordQueryService", "RecordService", "RecordView",
           "SavedActivity", "SavedRecord", "SearchHit", "SearchResult", "search_words"]

if TYPE_CHECKING:
    from .overview import OverviewService


def __getattr__(name: str) -> Any:
    # OverviewService brings the report engine and the report template's pydantic schemas: imported
    # on first use (the Overview reads it in a worker after the main window shows, issue 17).
    if name == "OverviewService":
        from .overview import OverviewService

        return OverviewService
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
