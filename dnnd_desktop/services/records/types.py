"""Plain request and result types of the record services (the GUI builds the requests and reads the
results; no ORM objects or sessions cross this boundary)."""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class ListQuery:
    """What a list page asks for.

    search: typed text (any case, with or without tone marks, NFC or NFD).
    filters: keys from the kind's `KindSpec.filters` — e.g. {"period": "2026-Q1"} or
        {"date_from": date, "date_to": date}, {"activity_type": "border_exchange"}, {"country": "LA"},
        {"commune_code": 2686}, {"border_area": True}, {"status": "active"}, {"dormant": True},
        {"person_country": "KR"}, {"household_id": id}, {"twinning_id": id}. None/"" values are ignored.
    sort: a list column name of the kind (None: the kind's default sort); descending: direction.
    """

    search: str = ""
    filters: dict[str, Any] = field(default_factory=dict)
    sort: str | None = None
    descending: bool = False


@dataclass(frozen=True)
class AuditQuery:
    """Filters of the audit page; every one optional."""

    user: str | None = None          # user name, exact
    action: str | None = None        # create / update / delete / view_sensitive / ...
    kind: str | None = None          # record kind
    record_id: str | None = None
    date_from: Any = None            # date (inclusive)
    date_to: Any = None              # date (inclusive)


@dataclass(frozen=True)
class RecordInput:
    """A record of the household form to save: the values typed, and its id when it exists already
    (only the values given are changed then)."""

    values: dict[str, Any]
    id: str | None = None


@dataclass(frozen=True)
class PersonInput(RecordInput):
    """A person of the household form, with their contributions and commendations."""

    contributions: Sequence[RecordInput] = ()
    commendations: Sequence[RecordInput] = ()


# -- results ----------------------------------------------------------------------------------------
# Frozen: a result is a snapshot of the database when it was read; a form copies `values` to edit.

@dataclass(frozen=True)
class RecordView:
    """One record as the forms show it. `values` leaves out the sensitive fields unless they were
    asked for (then named in `hidden_fields`, shown as ••• in `display`); `display` is the text of
    every field (vocabulary labels, dd/mm/yyyy dates, grouped numbers)."""

    kind: str
    id: str
    name: str
    values: dict[str, Any]
    display: dict[str, str]
    hidden_fields: tuple[str, ...]
    created_at: dt.datetime | None
    created_by: str | None
    updated_at: dt.datetime | None
    updated_by: str | None


@dataclass(frozen=True)
class SavedRecord(RecordView):
    """A record as saved: for an edit, `changed` = {field: (old, new)} of what the edit changed
    (sensitive values masked); empty for a new record."""

    changed: dict[str, tuple[Any, Any]] = field(default_factory=dict)


@dataclass(frozen=True)
class LinkedRecord:
    """A record linked to an activity, as the Links tab lists it."""

    id: str
    name: str


# {"person": [...], "partner": [...], "twinning": [...], "task": [...]}: the kinds are data
# (record_service.LINKS), every one present, live links only.
ActivityLinks = dict[str, tuple[LinkedRecord, ...]]


@dataclass(frozen=True)
class SavedActivity(SavedRecord):
    """An activity saved from its form, with its links after the save."""

    links: ActivityLinks = field(default_factory=dict)


@dataclass(frozen=True)
class PersonView(RecordView):
    """An overseas person of a household, with their contributions and commendations."""

    contributions: tuple[RecordView, ...] = ()
    commendations: tuple[RecordView, ...] = ()


@dataclass(frozen=True)
class HouseholdView:
    """A household file as one unit: the household, its persons (with their children), its
    consents, and the contributions and commendations of the household itself (no person)."""

    household: RecordView
    persons: tuple[PersonView, ...]
    consents: tuple[RecordView, ...]
    contributions: tuple[RecordView, ...]
    commendations: tuple[RecordView, ...]


@dataclass(frozen=True)
class ListRow:
    """A row of a list page: the raw value and the display text of every list column."""

    kind: str
    id: str
    name: str
    values: dict[str, Any]
    display: dict[str, str]


@dataclass(frozen=True)
class SearchHit:
    kind: str
    kind_label: str
    id: str
    name: str


@dataclass(frozen=True)
class SearchResult:
    """Hits over the kinds searched (capped at the limit asked) and how many matched in all."""

    hits: tuple[SearchHit, ...]
    total: int


@dataclass(frozen=True)
class FieldValue:
    """A field of a personal-data export: its label, raw value and display text."""

    name: str
    label: str
    value: Any
    display: str


@dataclass(frozen=True)
class HistoryEntry:
    """One audit entry of the record, as a personal-data export lists it."""

    at: str           # dd/mm/yyyy hh:mm
    user: str | None
    action: str
    field: str | None


@dataclass(frozen=True)
class PersonalDataExport:
    """Everything held about one household or person (sensitive fields included), for the PDF the GUI
    renders: its fields, the related records by kind, and its audit history."""

    kind: str
    kind_label: str
    id: str
    name: str | None
    fields: tuple[FieldValue, ...]
    related: dict[str, tuple[RecordView, ...]]
    history: tuple[HistoryEntry, ...]
    exported_at: dt.datetime
    exported_by: str


@dataclass(frozen=True)
class AuditEntryView:
    """An audit log entry as the audit page lists it (times UTC as stored; labels in the current language)."""

    id: int
    at: dt.datetime
    at_display: str
    user: str | None
    action: str
    action_label: str
    kind: str | None
    kind_label: str
    record_id: str | None
    field: str | None
    field_label: str
    old: str | None
    new: str | None
    details: str | None


@dataclass(frozen=True)
class AttachmentView:
    """A file attached to a record."""

    id: str
    record_kind: str
    record_id: str
    file_name: str
    sha256: str
    size: int
    media_type: str | None
    description: str | None
    added_at: dt.datetime
    added_at_display: str
    added_by: str | None


@dataclass(frozen=True)
class CountRow:
    """A line of a breakdown: the code (None: not given), its label, how many."""

    code: str | None
    label: str
    count: int


@dataclass(frozen=True)
class PurposeRow(CountRow):
    """Contributions of one purpose: how many and how much."""

    amount_vnd: int = 0


@dataclass(frozen=True)
class Participants:
    vn: int
    foreign: int
    overseas: int

    @property
    def total(self) -> int:
        return self.vn + self.foreign + self.overseas


@dataclass(frozen=True)
class OverviewFigures:
    """The overview page's figures for a year: activities and contributions within the year;
    households, persons and twinning pairs as they stand. Breakdowns biggest first."""

    year: int
    activities: int
    activities_by_type: tuple[CountRow, ...]
    activities_by_country: tuple[CountRow, ...]
    participants: Participants
    twinnings_active: int
    households: int
    persons: int
    persons_by_country: tuple[CountRow, ...]
    contributions_vnd: int
    contributions_by_purpose: tuple[PurposeRow, ...]
