"""The records an office logs: activities, twinning pairs, households with their overseas persons,
contributions, commendations and consents, partners, and the links between them.

Which fields are searched, sorted, personal or sensitive is not written here: `described(kind)`
reads it from the kind's description in domain/record_kinds.py, the one place a field is described.
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ...domain.record_kinds import KINDS
from ...domain.text import LONG_TEXT_SORT_PREFIX
from .base import Base, SyncedMixin, sort_key_type


def described(kind: str) -> tuple[tuple[str, ...], dict[str, str], tuple[str, ...], tuple[str, ...]]:
    """A record model's search fields, sort keys, personal and sensitive fields, as its kind's
    description says (SyncedMixin documents each)."""
    spec = KINDS[kind]
    return spec.search_fields, spec.sort_keys, spec.personal_fields, spec.sensitive_fields


# A key of at most LONG_TEXT_SORT_PREFIX characters: primary letters, tones, cases and two separators.
LONG_TEXT_SORT_KEY_LENGTH = 3 * LONG_TEXT_SORT_PREFIX + 2


def live_order(table: str, *columns: str) -> tuple[Index, ...]:
    """Index (deleted, column, id) for each sortable list column: live rows in that column's order
    with the id tie-breaker, so a header click and any page of the list read an index instead of
    sorting the table (revision 0010). Long free text (notes, descriptions) is left out: an index
    entry must stay small on PostgreSQL."""
    return tuple(Index(f"ix_{table}_live_{c}", "deleted", c, "id") for c in columns)


def live_order_covering(table: str, key: tuple[str, ...], covered: tuple[str, ...]) -> tuple[Index, Index]:
    """The list's default order, (deleted, *key): on PostgreSQL that index alone; on SQLite the same
    leading columns followed by `covered`, the columns an export of the whole list reads (its
    non-sensitive fields), so that export reads one index in order instead of reading the table and
    sorting it (revision 0026; storage/sqlite.for_whole_list). The list pages use either index in
    the same way. Not on PostgreSQL: an index entry there must stay under a third of a page, and
    `notes` has no length limit."""
    return (Index(f"ix_{table}_live_{key[0]}", "deleted", *key).ddl_if(dialect="postgresql"),
            Index(f"ix_{table}_live_{key[0]}_covering", "deleted", *key, *covered).ddl_if(dialect="sqlite"))


class Activity(SyncedMixin, Base):
    __tablename__ = "activities"
    __table_args__ = (
        # Live rows in list order with the id tie-breaker: paging needs no sort step.
        Index("ix_activities_live_start_date", "deleted", "start_date", "id"),
        Index("ix_activities_live_title_sort", "deleted", "title_sort", "id"),
        *live_order("activities", "activity_type", "country", "location", "participants_vn"),
    )
    __kind__ = "activity"
    __search_fields__, __sort_keys__, __personal_fields__, __sensitive_fields__ = described(__kind__)

    title: Mapped[str] = mapped_column(String(500))
    title_sort: Mapped[str] = mapped_column(sort_key_type(1000), default="")
    activity_type: Mapped[str] = mapped_column(String(40), index=True)
    start_date: Mapped[dt.date] = mapped_column(Date, index=True)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    location: Mapped[str | None] = mapped_column(String(500))
    commune_code: Mapped[int | None] = mapped_column(Integer, index=True)
    border_area: Mapped[bool] = mapped_column(Boolean, default=False)
    country: Mapped[str | None] = mapped_column(String(2), index=True)          # partner country (ISO)
    counterpart: Mapped[str | None] = mapped_column(String(500))               # foreign side: body, delegation
    counterpart_locality: Mapped[str | None] = mapped_column(String(300))      # e.g. "Hà Khẩu, Vân Nam"
    delegation_direction: Mapped[str | None] = mapped_column(String(10))       # in / out / none
    participants_vn: Mapped[int | None] = mapped_column(Integer)
    participants_foreign: Mapped[int | None] = mapped_column(Integer)
    overseas_participants: Mapped[int | None] = mapped_column(Integer)         # kiều bào met
    tet_meeting: Mapped[bool] = mapped_column(Boolean, default=False)          # met kiều bào home for Tết
    organisers: Mapped[str | None] = mapped_column(String(500))                # member-org codes, comma-separated
    funding_vnd: Mapped[int | None] = mapped_column(BigInteger)                # money of the activity (VND)
    funding_direction: Mapped[str | None] = mapped_column(String(20))          # received / given / tbd
    funding_source: Mapped[str | None] = mapped_column(String(40))             # whose money; tbd
    content: Mapped[str | None] = mapped_column(Text)
    result: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)


class Twinning(SyncedMixin, Base):
    __tablename__ = "twinnings"
    __table_args__ = (Index("ix_twinnings_live_local_name_sort", "deleted", "local_name_sort", "id"),
                      *live_order("twinnings", "counterpart_name", "counterpart_country", "kind", "status",
                                  "signed_date", "activity_count", "last_activity_date"))
    __kind__ = "twinning"
    __search_fields__, __sort_keys__, __personal_fields__, __sensitive_fields__ = described(__kind__)

    kind: Mapped[str] = mapped_column(String(40))
    local_name: Mapped[str] = mapped_column(String(300))                       # our village/commune/post
    local_name_sort: Mapped[str] = mapped_column(sort_key_type(600), default="")
    commune_code: Mapped[int | None] = mapped_column(Integer, index=True)
    counterpart_name: Mapped[str] = mapped_column(String(300))
    counterpart_country: Mapped[str | None] = mapped_column(String(2), index=True)
    counterpart_locality: Mapped[str | None] = mapped_column(String(300))
    signed_date: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="active", index=True)
    agreement_ref: Mapped[str | None] = mapped_column(String(200))
    notes: Mapped[str | None] = mapped_column(Text)
    # The pair's live activities (live links to live activities) and the latest one's start date,
    # kept by database triggers on every write (revision 0022): the list's "Activities", "Last
    # activity" and "Dormant" columns, sorted through their indexes. Derived, never written here.
    activity_count: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    last_activity_date: Mapped[dt.date | None] = mapped_column(Date)


class Household(SyncedMixin, Base):
    __tablename__ = "households"
    __table_args__ = (*live_order_covering("households", ("head_name_sort", "id"), (
                          "head_name", "head_birth_year", "commune_code", "village", "old_address", "phone",
                          "notes")),
                      *live_order("households", "head_birth_year", "village", "commune_code", "phone",
                                  "person_count"))
    __kind__ = "household"
    __search_fields__, __sort_keys__, __personal_fields__, __sensitive_fields__ = described(__kind__)

    head_name: Mapped[str] = mapped_column(String(200))
    head_name_sort: Mapped[str] = mapped_column(sort_key_type(400), default="")
    head_birth_year: Mapped[int | None] = mapped_column(Integer)
    commune_code: Mapped[int | None] = mapped_column(Integer, index=True)
    village: Mapped[str | None] = mapped_column(String(200))                   # thôn/bản/tổ dân phố
    old_address: Mapped[str | None] = mapped_column(String(500))               # pre-2025 address, as text
    phone: Mapped[str | None] = mapped_column(String(40))
    ethnicity: Mapped[str | None] = mapped_column(String(60))
    religion: Mapped[str | None] = mapped_column(String(60))
    id_number: Mapped[str | None] = mapped_column(String(20))
    notes: Mapped[str | None] = mapped_column(Text)
    # Live persons of this household, kept by database triggers on every write (revision 0020):
    # the list's "Relatives abroad" column, sorted through its index. Derived, never written here.
    person_count: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class OverseasPerson(SyncedMixin, Base):
    __tablename__ = "persons"
    __table_args__ = (
        Index("ix_persons_live_full_name_sort", "deleted", "full_name_sort", "id"),
        # With the id: a household's live persons, and persons in their heads' order, from the index alone.
        Index("ix_persons_household_live", "household_id", "deleted", "id"),
        # Also the report figures by country.
        *live_order("persons", "country", "birth_year", "city", "residence_status", "occupation"),
        # (the household's id and the name key: an export groups a household's persons and orders them)
        *live_order_covering("persons", ("household_head_sort", "id"), (
            "household_id", "full_name_sort", "full_name", "gender", "birth_year", "relation", "country", "city",
            "occupation", "workplace", "contact", "left_year", "notes")),
    )
    __kind__ = "person"
    __search_fields__, __sort_keys__, __personal_fields__, __sensitive_fields__ = described(__kind__)

    household_id: Mapped[str | None] = mapped_column(ForeignKey("households.id"), index=True)
    full_name: Mapped[str] = mapped_column(String(200))
    full_name_sort: Mapped[str] = mapped_column(sort_key_type(400), default="")
    gender: Mapped[str | None] = mapped_column(String(10))                     # male / female / other
    birth_year: Mapped[int | None] = mapped_column(Integer)
    relation: Mapped[str | None] = mapped_column(String(40))
    country: Mapped[str | None] = mapped_column(String(2), index=True)
    city: Mapped[str | None] = mapped_column(String(200))
    residence_status: Mapped[str | None] = mapped_column(String(40))
    occupation: Mapped[str | None] = mapped_column(String(40))
    workplace: Mapped[str | None] = mapped_column(String(300))
    contact: Mapped[str | None] = mapped_column(String(200))
    left_year: Mapped[int | None] = mapped_column(Integer)
    aspirations: Mapped[str | None] = mapped_column(Text)                      # tâm tư nguyện vọng
    id_number: Mapped[str | None] = mapped_column(String(30))
    notes: Mapped[str | None] = mapped_column(Text)
    # The household head's name sort key, copied by database triggers on every write (revision
    # 0020): the list's "Household head" column, sorted through its index. Derived, never written here.
    household_head_sort: Mapped[str | None] = mapped_column(sort_key_type(400))


class Contribution(SyncedMixin, Base):
    __tablename__ = "contributions"
    __table_args__ = live_order("contributions", "date", "purpose", "amount_vnd", "contributor_sort",
                                "description_sort")
    __kind__ = "contribution"
    __search_fields__, __sort_keys__, __personal_fields__, __sensitive_fields__ = described(__kind__)

    person_id: Mapped[str | None] = mapped_column(ForeignKey("persons.id"), index=True)
    household_id: Mapped[str | None] = mapped_column(ForeignKey("households.id"), index=True)
    date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    purpose: Mapped[str] = mapped_column(String(40), index=True)
    amount_vnd: Mapped[int | None] = mapped_column(BigInteger)
    contribution_kind: Mapped[str | None] = mapped_column(String(20))          # donation / investment / other / tbd
    description: Mapped[str | None] = mapped_column(Text)                      # in kind, project, ...
    # The Vietnamese key of the description's beginning (revision 0025; NULL without one).
    description_sort: Mapped[str | None] = mapped_column(sort_key_type(LONG_TEXT_SORT_KEY_LENGTH))
    # The contributor's name key (the person's, else the household head's), kept by database
    # triggers (revision 0022): the list's "Contributor" column sorted through its index. Derived.
    contributor_sort: Mapped[str | None] = mapped_column(sort_key_type(400))


class Commendation(SyncedMixin, Base):
    __tablename__ = "commendations"
    __table_args__ = live_order("commendations", "date", "level", "status", "decision_no", "recipient_sort")
    __kind__ = "commendation"
    __search_fields__, __sort_keys__, __personal_fields__, __sensitive_fields__ = described(__kind__)

    person_id: Mapped[str | None] = mapped_column(ForeignKey("persons.id"), index=True)
    household_id: Mapped[str | None] = mapped_column(ForeignKey("households.id"), index=True)
    date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    level: Mapped[str] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(20), default="proposed")        # proposed / awarded
    issuer: Mapped[str | None] = mapped_column(String(300))
    decision_no: Mapped[str | None] = mapped_column(String(100))
    reason: Mapped[str | None] = mapped_column(Text)
    # The recipient's name key, kept by database triggers as Contribution.contributor_sort is.
    recipient_sort: Mapped[str | None] = mapped_column(sort_key_type(400))


class Consent(SyncedMixin, Base):
    """Consent to process personal data (Law 91/2025/QH15): of a household (person_id None, covering its
    members) or of one person abroad; for the purposes listed (services/privacy/consent.py)."""

    __tablename__ = "consents"
    __table_args__ = live_order("consents", "given_date", "purposes", "method", "withdrawn_date", "scope_sort")
    __kind__ = "consent"
    __search_fields__, __sort_keys__, __personal_fields__, __sensitive_fields__ = described(__kind__)

    household_id: Mapped[str] = mapped_column(ForeignKey("households.id"), index=True)
    person_id: Mapped[str | None] = mapped_column(ForeignKey("persons.id"), index=True)   # None: household's
    given_date: Mapped[dt.date | None] = mapped_column(Date)
    purposes: Mapped[str | None] = mapped_column(String(200))   # consent_purpose codes, comma-joined
    scope: Mapped[str | None] = mapped_column(Text)
    # The Vietnamese key of the scope's beginning (revision 0025; NULL without one).
    scope_sort: Mapped[str | None] = mapped_column(sort_key_type(LONG_TEXT_SORT_KEY_LENGTH))
    method: Mapped[str | None] = mapped_column(String(200))                    # written form, verbal...
    withdrawn_date: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)


class Partner(SyncedMixin, Base):
    __tablename__ = "partners"
    __table_args__ = (Index("ix_partners_live_name_sort", "deleted", "name_sort", "id"),
                      *live_order("partners", "kind", "country", "contact_person", "phone"))
    __kind__ = "partner"
    __search_fields__, __sort_keys__, __personal_fields__, __sensitive_fields__ = described(__kind__)

    name: Mapped[str] = mapped_column(String(300))
    name_sort: Mapped[str] = mapped_column(sort_key_type(600), default="")
    kind: Mapped[str] = mapped_column(String(40), index=True)
    country: Mapped[str | None] = mapped_column(String(2), index=True)
    address: Mapped[str | None] = mapped_column(String(500))
    contact_person: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(200))
    cooperation_areas: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)


class _Link(SyncedMixin):
    """Links are records too: they travel in sync packages and are deleted as tombstones."""


class ActivityPerson(_Link, Base):
    __tablename__ = "activity_persons"
    __kind__ = "activity_person"
    activity_id: Mapped[str] = mapped_column(ForeignKey("activities.id"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("persons.id"), index=True)


class ActivityPartner(_Link, Base):
    __tablename__ = "activity_partners"
    __kind__ = "activity_partner"
    activity_id: Mapped[str] = mapped_column(ForeignKey("activities.id"), index=True)
    partner_id: Mapped[str] = mapped_column(ForeignKey("partners.id"), index=True)


class ActivityTwinning(_Link, Base):
    __tablename__ = "activity_twinnings"
    __table_args__ = (Index("ix_activity_twinnings_twinning_live", "twinning_id", "deleted", "activity_id"),)
    __kind__ = "activity_twinning"
    activity_id: Mapped[str] = mapped_column(ForeignKey("activities.id"), index=True)
    twinning_id: Mapped[str] = mapped_column(ForeignKey("twinnings.id"), index=True)


class ActivityTask(_Link, Base):
    __tablename__ = "activity_tasks"
    __kind__ = "activity_task"
    activity_id: Mapped[str] = mapped_column(ForeignKey("activities.id"), index=True)
    task_id: Mapped[str] = mapped_column(ForeignKey("tasks.id"), index=True)


class Attachment(SyncedMixin, Base):
    """A file attached to a record; the bytes live in the data folder under their SHA-256."""

    __tablename__ = "attachments"
    __kind__ = "attachment"
    __search_fields__ = ("file_name", "description")

    record_kind: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    file_name: Mapped[str] = mapped_column(String(300))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(BigInteger)
    media_type: Mapped[str | None] = mapped_column(String(100))
    description: Mapped[str | None] = mapped_column(Text)


SYNCED_MODELS = (
    Activity, Twinning, Household, OverseasPerson, Contribution, Commendation, Consent, Partner,
    ActivityPerson, ActivityPartner, ActivityTwinning, ActivityTask, Attachment,
)
