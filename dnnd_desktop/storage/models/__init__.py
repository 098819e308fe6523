"""All tables. Import from here so Alembic and the services see one metadata."""
from typing import cast

from sqlalchemy import Index, Table

from .base import META_COLUMNS, Base, SyncedMixin, new_id, utcnow
from .journal import (
    AuditEntry,
    Conflict,
    OwnerSiteCounter,
    PackageLogEntry,
    PeerSyncState,
    PurgedRecord,
    RecordShare,
    SyncWithheld,
)
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


def _owner_change_index(table: Table) -> Index:
    """The rows one owner changed after a change number: a sync package to a commune reads only the
    rows it may receive (services/sync/changeset.py). Declared here for every synced model, so a new
    record kind gets it too (its revision must create `ix_<table>_owner_change`)."""
    return Index(f"ix_{table.name}_owner_change", table.c.origin_office_id, table.c.change_seq)


OWNER_CHANGE_INDEXES = tuple(_owner_change_index(cast(Table, m.__table__)) for m in SYNCED_MODELS)


def declared_for(obj: object, dialect_name: str) -> bool:
    """Whether a declared schema object exists on that database: an index made for one dialect only
    (`Index.ddl_if(dialect=...)`, records.live_order_covering) is not there on the other."""
    condition = getattr(obj, "_ddl_if", None)
    return condition is None or condition.dialect is None or condition.dialect == dialect_name


def declared_on(dialect_name: str):
    """Alembic's `include_object` for comparing the models with a database of that dialect
    (db/env.py and the tests): Alembic does not know `ddl_if` by itself, so an index declared for
    the other database only would look missing."""
    return lambda obj, _name, _type, reflected, _compare_to: reflected or declared_for(obj, dialect_name)


__all__ = [
    "META_COLUMNS", "Base", "SyncedMixin", "new_id", "utcnow", "AuditEntry", "Conflict", "OwnerSiteCounter",
    "PackageLogEntry",
    "PeerSyncState", "PurgedRecord", "RecordShare", "SyncWithheld", "Installation", "Office", "TrustedKey", "User",
    "VocabTerm",
    "Activity",
    "ActivityPartner", "ActivityPerson", "ActivityTask", "ActivityTwinning", "Attachment", "Commendation",
    "Consent", "Contribution", "Household", "OverseasPerson", "Partner", "Twinning", "Plan", "Report",
    "ReportTemplate", "Task", "SYNCED_MODELS", "MODEL_BY_KIND", "OWNER_CHANGE_INDEXES", "declared_for", "declared_on",
    "BorderGroup", "PropagandaProduct", "RelativesAssociation", "TrainingCourse",
]
