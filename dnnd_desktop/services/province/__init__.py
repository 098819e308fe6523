"""The province office (issue 7): the other end of every package. Used by the province pages of
the GUI, the `dnnd province` command and the tests. Every call takes an AppContext and returns
plain data; errors are DnndError with a Vietnamese message.

Lower offices (offices.py)
    register_office(ctx, card, fingerprint) -> LowerOffice      after the phone check; refuses mismatches
    list_offices(ctx, include_revoked=False) -> list[LowerOffice] level, unit, last package, last report
Plans (plans.py)
    PlanService(ctx): list_plans, new_draft, get, validate, save_draft, delete_draft, publish, plan_json
    parse_plan_text(text) -> PlanDraft                           a pasted plan document -> numbered tasks
    read_plan_file(path) -> PlanDraft                            the same from a .docx, .pdf or .txt (plan_files.py)
Inbox (inbox.py)
    InboxService(ctx): reports, get, acknowledge, return_report, import_file, send_answers, unsent_answers
Submissions (submissions.py)
    SubmissionService(ctx, today): summary(period, template) -> SubmissionSummary, periods, due_date,
    export_xlsx
Consolidated report (consolidation.py)
    ConsolidationService(ctx, today): preview, create, refresh, find, regather_narratives, export
"""
from .common import ACKNOWLEDGED, RECEIVED, RECEIVED_STATUS_LABELS, RETURNED, NotProvince
from .consolidation import (
    NOT_COUNTED_LABELS,
    UPWARD,
    Consolidation,
    ConsolidationService,
    FigureLine,
    PartnerMatch,
    SourceReport,
)
from .inbox import InboxService, ReceivedReport, ReceivedReportDetail
from .offices import LowerOffice, NotALowerOffice, list_offices, lower_office_ids, register_office
from .plan_files import PLAN_FILE_SUFFIXES, PlanFileError, read_plan_file
from .plans import (
                    PERIOD_KIND_LABELS,
                    PlanDraft,
                    PlanService,
                    PlanSummary,
                    PublishResult,
                    ScheduleEntry,
                    TaskDraft,
                    parse_plan_text,
                    plan_object,
                    vocab_code,
)
from .submissions import LATE, MISSING, ON_TIME, PENDING, SubmissionRow, SubmissionService, SubmissionSummary
from .submissions import RETURNED as SUBMISSION_RETURNED
from .submissions import STATUS_LABELS as SUBMISSION_STATUS_LABELS

__all__ = [
                    "PLAN_FILE_SUFFIXES", "PlanFileError", "read_plan_file",
                    "ACKNOWLEDGED",
                    "LATE",
                    "MISSING",
                    "NOT_COUNTED_LABELS",
                    "PartnerMatch",
                    "ON_TIME",
                    "PENDING",
                    "PERIOD_KIND_LABELS",
                    "RECEIVED",
                    "RECEIVED_STATUS_LABELS",
                    "RETURNED",
                    "SUBMISSION_RETURNED",
                    "SUBMISSION_STATUS_LABELS",
                    "UPWARD",
                    "Consolidation",
                    "ConsolidationService",
                    "FigureLine",
                    "InboxService",
                    "LowerOffice",
                    "NotALowerOffice",
                    "NotProvince",
                    "PlanDraft",
                    "PlanService",
                    "PlanSummary",
                    "PublishResult",
                    "ReceivedReport",
                    "ReceivedReportDetail",
                    "ScheduleEntry",
                    "SourceReport",
                    "SubmissionRow",
                    "SubmissionService",
                    "SubmissionSummary",
                    "TaskDraft",
                    "list_offices",
                    "lower_office_ids",
                    "parse_plan_text",
                    "plan_object",
                    "register_office",
                    "vocab_code",
]
