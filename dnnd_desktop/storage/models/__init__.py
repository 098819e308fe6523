"""All tables. Import from here so Alembic and the services see one metadata."""
from .base import META_COLUMNS, Base, SyncedMixin, new_id, utcnow
from .journal import AuditEntry, Conflict, PackageLogEntry, PeerSyncState, PurgedRecord, RecordShare, SyncWithheld
from .office import Installation, Office, TrustedKey, User, VocabTerm
from .outreach import OUTREACH_MODELS, BorderGroup, PropagandaProduct, RelativesAssociation, TrainingCourse
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

SYNCED_MODELS = (*_RECORD_SYNCED, *OUTREACH_MODELS, Task)
# The one kind -> model map (record kinds, links, attachments, tasks): everything else imports it.
MODEL_BY_KIND = {m.__kind__: m for m in SYNCED_MODELS}

__all__ = [
    "META_COLUMNS", "Base", "SyncedMixin", "new_id", "utcnow", "AuditEntry", "Conflict", "PackageLogEntry",
    "PeerSyncState", "PurgedRecord", "RecordShare", "SyncWithheld", "Installation", "Office", "TrustedKey", "User",
    "VocabTerm",
    "Activity",
    "ActivityPartner", "ActivityPerson", "ActivityTask", "ActivityTwinning", "Attachment", "Commendation",
    "Consent", "Contribution", "Household", "OverseasPerson", "Partner", "Twinning", "Plan", "Report",
    "ReportTemplate", "Task", "SYNCED_MODELS", "MODEL_BY_KIND",
    "BorderGroup", "PropagandaProduct", "RelativesAssociation", "TrainingCourse",
]
