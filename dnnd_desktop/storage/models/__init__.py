"""All tables. Import from here so Alembic and the services see one metadata."""
from .base import META_COLUMNS, Base, SyncedMixin, new_id, utcnow
from .journal import AuditEntry, Conflict, PackageLogEntry, PeerSyncState
from .office import Installation, Office, TrustedKey, User, VocabTerm
from .records import (
    MODEL_BY_KIND as _RECORD_MODELS,
)
from .records import (
    SYNCED_MODELS as _RECORD_SYNCED,
)
from .records import (
    Activity,
    ActivityPartner,
    ActivityPerson,
    ActivityTask,
    ActivityTwinning,
    Attachment,
    Commendation,
    Consent,
    Contribution,
    Household,
    OverseasPerson,
    Partner,
    Twinning,
)
from .work import Plan, Report, ReportTemplate, Task

SYNCED_MODELS = (*_RECORD_SYNCED, Task)
MODEL_BY_KIND = {**_RECORD_MODELS, Task.__kind__: Task}

__all__ = [
    "META_COLUMNS", "Base", "SyncedMixin", "new_id", "utcnow", "AuditEntry", "Conflict", "PackageLogEntry",
    "PeerSyncState", "Installation", "Office", "TrustedKey", "User", "VocabTerm", "Activity",
    "ActivityPartner", "ActivityPerson", "ActivityTask", "ActivityTwinning", "Attachment", "Commendation",
    "Consent", "Contribution", "Household", "OverseasPerson", "Partner", "Twinning", "Plan", "Report",
    "ReportTemplate", "Task", "SYNCED_MODELS", "MODEL_BY_KIND",
]
