"""The one description of every record kind: its name, its fields (label, type, rules, whether
personal, sensitive, searchable, reportable), its list columns, default sort and filters.

Everything else is derived from these specs: the models' search, sort-key, personal and sensitive
field lists (storage/models/records.py), the report templates' whitelist (report_template.py), list
column headers, Excel headers and PDF record sheets. Labels are catalogue texts (messages.py) in
the context of the kind's Designer form (forms/<kind>_form.ui), so a form label, a list column
header and an Excel header read the same in both languages. docs/architecture.md ("Adding a field
to a record kind") lists what a new field needs. Validation of values lives in `validation.py`.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import cache

from . import vocab
from .messages import Message, translate
from .text import LONG_TEXT_SORT_PREFIX
from .vocab import Term

# Field types. "ref" holds the id of another record (`ref_kind`); "vocab" a code of `vocabulary`
# (several codes joined by commas when `multi`); "commune" a GSO commune code of the office's
# province; "country" an ISO 3166 alpha-2 code; "year" a year not after this year; "money" whole VND.
TEXT, LONGTEXT, INT, MONEY, DATE, BOOL, YEAR = "text", "longtext", "int", "money", "date", "bool", "year"
VOCAB, COMMUNE, COUNTRY, PHONE, EMAIL, REF = "vocab", "commune", "country", "phone", "email", "ref"
FIELD_TYPES = (TEXT, LONGTEXT, INT, MONEY, DATE, BOOL, YEAR, VOCAB, COMMUNE, COUNTRY, PHONE, EMAIL, REF)

# Small fixed lists that records need but that are not (yet) province-extensible vocabularies.
GENDERS = (Term("male", translate("Vocabulary", "Male")), Term("female", translate("Vocabulary", "Female")),
           Term("other", translate("Vocabulary", "Other")))
COMMENDATION_STATUSES = (Term("proposed", translate("Vocabulary", "Proposed")),
                         Term("awarded", translate("Vocabulary", "Awarded")))
LOCAL_VOCABULARIES: dict[str, tuple[Term, ...]] = {
    "gender": GENDERS,
    "commendation_status": COMMENDATION_STATUSES,
    "delegation_direction": vocab.DELEGATION_DIRECTIONS,
    "funding_direction": vocab.FUNDING_DIRECTIONS,
    "funding_source": vocab.FUNDING_SOURCES,
    "contribution_kind": vocab.CONTRIBUTION_KINDS,
    "group_status": vocab.GROUP_STATUSES,
    "association_level": vocab.ASSOCIATION_LEVELS,
}


def vocabulary_terms(name: str) -> tuple[Term, ...]:
    """Built-in terms of a vocabulary used by a record field (shared or record-local)."""
    if name in LOCAL_VOCABULARIES:
        return LOCAL_VOCABULARIES[name]
    return vocab.terms(name)


def vocabulary_label(name: str, code: str | None, language: str | None = None) -> str:
    """Label of a code; several comma-joined codes give their labels joined by "; "."""
    if not code:
        return ""
    by_code = {t.code: t.label for t in vocabulary_terms(name)}
    return "; ".join(vocab.render_label(by_code.get(c, c), language) for c in code.split(",") if c)


@dataclass(frozen=True)
class FieldSpec:
    name: str
    label: Message                   # next to the form field, as a list column and an Excel header
    type: str = TEXT
    required: bool = False
    vocabulary: str | None = None    # for VOCAB (and COUNTRY: "country")
    multi: bool = False              # VOCAB: several codes, comma-joined
    ref_kind: str | None = None      # for REF
    max_len: int | None = None
    min: int | None = None
    max: int | None = None           # YEAR: None means "this year"
    pattern: str | None = None       # regular expression the cleaned text must match
    pattern_hint: Message | None = None  # an example shown when it does not
    sensitive: bool = False          # Decree 356/2025: hidden unless asked, audited when shown
    personal: bool = False           # wiped on delete / anonymise
    list_column: bool = False
    filterable: bool = False
    searchable: bool = False         # its folded text goes into the record's search_text
    sort_key: bool = False           # the model keeps a Vietnamese sort key in `<name>_sort`
    reportable: bool = False         # report templates may filter, sum or break down by it
    computed: bool = False           # list-only value computed in SQL, never in a form
    help: Message | None = None      # a hint under the form field
    default: object = None           # value a new record gets when the field is left empty

    @property
    def sortable(self) -> bool:
        return self.list_column

    @property
    def sort_column(self) -> str | None:
        return f"{self.name}_sort" if self.sort_key else None

    @property
    def sort_prefix(self) -> int | None:
        """How many leading characters of the value its sort key covers (None: all of it): long
        free text is ordered by its beginning (domain/text.py LONG_TEXT_SORT_PREFIX)."""
        return LONG_TEXT_SORT_PREFIX if self.sort_key and self.type == LONGTEXT else None


@dataclass(frozen=True)
class FilterSpec:
    """A filter a list page offers. `key` is the ListQuery.filters key; `type` says which widget:
    "period" (a Period code such as 2026-Q1, or date_from/date_to), "vocab", "country", "commune",
    "bool", "ref". A filter on a field leaves `label` None: it reads the field's label."""

    key: str
    label: Message | None
    type: str
    vocabulary: str | None = None


@dataclass(frozen=True)
class KindSpec:
    kind: str
    label: Message                       # "Hộ thân nhân kiều bào"
    fields: tuple[FieldSpec, ...]
    list_columns: tuple[str, ...]        # in display order; names of fields or computed columns
    default_sort: str
    default_descending: bool = False
    name_field: str = ""                 # the field that names a record in lists and search hits
    computed: tuple[FieldSpec, ...] = ()
    filters: tuple[FilterSpec, ...] = ()
    date_field: str | None = None        # what a period / date range filter applies to
    plural: str = ""                     # its command-line name (import-excel, export-excel, search)
    # Edited on a form built from `fields` (gui/records/generated_form.py) rather than a Designer
    # form (forms/<kind>_form.ui): a new kind needs no form file.
    generated_form: bool = False
    # Fields whose equal values make an imported row a possible duplicate of a record (text folded).
    duplicate_key: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        # A filter on a field is labelled by the field: the label is written once, in the field.
        filters = tuple(fl if fl.label is not None else replace(fl, label=self.field(fl.key).label)
                        for fl in self.filters)
        object.__setattr__(self, "filters", filters)

    def field(self, name: str) -> FieldSpec:
        for f in (*self.fields, *self.computed):
            if f.name == name:
                return f
        raise KeyError(f"{self.kind}: no field {name!r}")

    def filter(self, key: str) -> FilterSpec:
        for fl in self.filters:
            if fl.key == key:
                return fl
        raise KeyError(f"{self.kind}: no filter {key!r}")

    @property
    def field_names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields)

    @property
    def columns(self) -> tuple[FieldSpec, ...]:
        return tuple(self.field(n) for n in self.list_columns)

    @property
    def sensitive_fields(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields if f.sensitive)

    @property
    def personal_fields(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields if f.personal)

    @property
    def search_fields(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields if f.searchable)

    @property
    def sort_keys(self) -> dict[str, str]:
        """field -> the column holding its Vietnamese sort key."""
        return {f.name: f.sort_column for f in self.fields if f.sort_column}

    @property
    def sort_prefixes(self) -> dict[str, int]:
        """field -> the characters its sort key covers, for the fields keyed by their beginning."""
        return {f.name: f.sort_prefix for f in self.fields if f.sort_prefix}

    @property
    def reportable_fields(self) -> tuple[FieldSpec, ...]:
        return tuple(f for f in self.fields if f.reportable)


# The field tables below read better with a one-letter constructor; FieldSpec itself keeps every
# keyword checked.
F = FieldSpec


# Citizen id (CCCD, 12 digits) or the older 9-digit identity card number.
_ID_NUMBER_PATTERN = r"^(\d{9}|\d{12})$"
_PERIOD = FilterSpec("period", translate("RecordFilters", "Period"), "period")
# Texts shared by several kinds' fields, columns and filters (not in any form: links are picked in dialogs).
_HOUSEHOLD = translate("RecordColumns", "Household")
_CONTRIBUTOR = translate("RecordColumns", "Contributor")
_RECIPIENT = translate("RecordColumns", "Recipient")
_DORMANT = translate("RecordFilters", "No activity for 12 months")

ACTIVITY = KindSpec(
    kind="activity", label=translate("RecordKinds", "Activity"), name_field="title", date_field="start_date",
    fields=(
        F("title", translate("ActivityForm", "Activity name"), required=True, max_len=500, list_column=True,
          searchable=True, sort_key=True),
        F("activity_type", translate("ActivityForm", "Type of activity"), VOCAB, required=True,
          vocabulary="activity_type", list_column=True, filterable=True, reportable=True),
        F("start_date", translate("ActivityForm", "Start date"), DATE, required=True, list_column=True,
          filterable=True, reportable=True),
        F("end_date", translate("ActivityForm", "End date"), DATE, reportable=True),
        F("location", translate("ActivityForm", "Place"), max_len=500, list_column=True, searchable=True),
        F("commune_code", translate("ActivityForm", "Commune or ward"), COMMUNE, filterable=True, reportable=True),
        F("border_area", translate("ActivityForm", "Border area"), BOOL, filterable=True, default=False,
          reportable=True),
        F("country", translate("ActivityForm", "Partner country"), COUNTRY, vocabulary="country", list_column=True,
          filterable=True, reportable=True),
        F("counterpart", translate("ActivityForm", "Foreign counterpart"), max_len=500, searchable=True),
        F("counterpart_locality", translate("ActivityForm", "Locality across the border"), max_len=300,
          searchable=True,
          help=translate("ActivityForm", "For example: Hekou (Yunnan, China), Phongsaly (Laos).")),
        F("delegation_direction", translate("ActivityForm", "Delegation in or out"), VOCAB,
          vocabulary="delegation_direction", reportable=True),
        F("participants_vn", translate("ActivityForm", "Vietnamese participants"), INT, min=0, list_column=True,
          reportable=True),
        F("participants_foreign", translate("ActivityForm", "Foreign participants"), INT, min=0, reportable=True),
        F("overseas_participants", translate("ActivityForm", "Overseas Vietnamese participants"), INT, min=0,
          reportable=True),
        F("tet_meeting", translate("ActivityForm", "Lunar New Year meeting with overseas Vietnamese"), BOOL,
          filterable=True, default=False, reportable=True),
        F("organisers", translate("ActivityForm", "Co-organising bodies"), VOCAB, vocabulary="member_org",
          multi=True),
        F("funding_vnd", translate("ActivityForm", "Funding or value of support (VND)"), MONEY, min=0,
          reportable=True),
        F("funding_direction", translate("ActivityForm", "Money mobilised or given"), VOCAB,
          vocabulary="funding_direction", filterable=True, reportable=True),
        F("funding_source", translate("ActivityForm", "Whose money"), VOCAB, vocabulary="funding_source",
          filterable=True, reportable=True),
        F("content", translate("ActivityForm", "Content"), LONGTEXT, searchable=True),
        F("result", translate("ActivityForm", "Results"), LONGTEXT, searchable=True),
        F("notes", translate("ActivityForm", "Notes"), LONGTEXT),
    ),
    list_columns=("start_date", "title", "activity_type", "country", "location", "participants_vn"),
    default_sort="start_date", default_descending=True,
    filters=(
        _PERIOD,
        FilterSpec("activity_type", None, "vocab", "activity_type"),
        FilterSpec("country", None, "country", "country"),
        FilterSpec("commune_code", None, "commune"),
        FilterSpec("border_area", None, "bool"),
        FilterSpec("tet_meeting", None, "bool"),
        FilterSpec("funding_direction", None, "vocab", "funding_direction"),
        FilterSpec("funding_source", None, "vocab", "funding_source"),
        FilterSpec("twinning_id", translate("RecordFilters", "Twinning pair"), "ref"),
        FilterSpec("partner_id", translate("RecordFilters", "Partner"), "ref"),
        FilterSpec("person_id", translate("RecordFilters", "Vietnamese person abroad"), "ref"),
        FilterSpec("task_id", translate("RecordFilters", "Task"), "ref"),
    ),
)

TWINNING = KindSpec(
    kind="twinning", label=translate("RecordKinds", "Twinning pair"), name_field="local_name",
    date_field="signed_date",
    fields=(
        F("kind", translate("TwinningForm", "Form of twinning"), VOCAB, required=True, vocabulary="twinning_kind",
          list_column=True, filterable=True, reportable=True),
        F("local_name", translate("TwinningForm", "Vietnamese side (village, commune, border post)"), required=True,
          max_len=300, list_column=True, searchable=True, sort_key=True),
        F("commune_code", translate("TwinningForm", "Commune or ward"), COMMUNE, filterable=True, reportable=True),
        F("counterpart_name", translate("TwinningForm", "Twinned side across the border"), required=True,
          max_len=300, list_column=True, searchable=True),
        F("counterpart_country", translate("TwinningForm", "Country"), COUNTRY, vocabulary="country",
          list_column=True, filterable=True, reportable=True),
        F("counterpart_locality", translate("TwinningForm", "Locality across the border"), max_len=300,
          searchable=True),
        F("signed_date", translate("TwinningForm", "Date signed"), DATE, list_column=True, reportable=True),
        F("status", translate("TwinningForm", "Status"), VOCAB, required=True, vocabulary="twinning_status",
          list_column=True, filterable=True, default="active", reportable=True),
        F("agreement_ref", translate("TwinningForm", "Agreement number"), max_len=200),
        F("notes", translate("TwinningForm", "Notes"), LONGTEXT, searchable=True),
    ),
    computed=(
        F("activity_count", translate("RecordColumns", "Activities"), INT, list_column=True, computed=True),
        F("last_activity_date", translate("RecordColumns", "Last activity"), DATE, list_column=True,
          computed=True),
        F("dormant", _DORMANT, BOOL, list_column=True, computed=True),
    ),
    list_columns=("local_name", "counterpart_name", "counterpart_country", "kind", "status", "signed_date",
                  "activity_count", "last_activity_date", "dormant"),
    default_sort="local_name",
    filters=(
        FilterSpec("status", None, "vocab", "twinning_status"),
        FilterSpec("kind", None, "vocab", "twinning_kind"),
        FilterSpec("counterpart_country", None, "country", "country"),
        FilterSpec("commune_code", None, "commune"),
        FilterSpec("dormant", _DORMANT, "bool"),
    ),
)

HOUSEHOLD = KindSpec(
    kind="household", label=translate("RecordKinds", "Household with relatives abroad"), name_field="head_name",
    fields=(
        F("head_name", translate("HouseholdForm", "Head of household"), required=True, max_len=200, personal=True,
          list_column=True, searchable=True, sort_key=True),
        F("head_birth_year", translate("HouseholdForm", "Head's year of birth"), YEAR, min=1900, personal=True,
          list_column=True, reportable=True),
        F("commune_code", translate("HouseholdForm", "Commune or ward"), COMMUNE, list_column=True,
          filterable=True, reportable=True),
        F("village", translate("HouseholdForm", "Village or residential group"), max_len=200, personal=True,
          list_column=True, searchable=True),
        F("old_address", translate("HouseholdForm", "Old address (before 1 July 2025)"), max_len=500,
          personal=True, searchable=True,
          help=translate("HouseholdForm", "The address as written under the old administrative units, if any.")),
        F("phone", translate("HouseholdForm", "Phone number"), PHONE, max_len=40, personal=True, list_column=True,
          searchable=True),
        F("ethnicity", translate("HouseholdForm", "Ethnicity"), max_len=60, personal=True, sensitive=True),
        F("religion", translate("HouseholdForm", "Religion"), max_len=60, personal=True, sensitive=True),
        F("id_number", translate("HouseholdForm", "Personal ID number (CCCD)"), max_len=20, personal=True,
          sensitive=True, pattern=_ID_NUMBER_PATTERN,
          pattern_hint=translate("HouseholdForm", "12 digits (CCCD) or 9 digits (old CMND)")),
        F("notes", translate("HouseholdForm", "Notes"), LONGTEXT, personal=True),
    ),
    computed=(F("person_count", translate("RecordColumns", "Relatives abroad"), INT, list_column=True,
                computed=True),),
    list_columns=("head_name", "head_birth_year", "village", "commune_code", "phone", "person_count"),
    default_sort="head_name",
    filters=(
        FilterSpec("commune_code", None, "commune"),
        FilterSpec("person_country", translate("RecordFilters", "Country of a relative"), "country", "country"),
    ),
)

PERSON = KindSpec(
    kind="person", label=translate("RecordKinds", "Vietnamese person abroad"), name_field="full_name",
    fields=(
        F("household_id", _HOUSEHOLD, REF, ref_kind="household", reportable=True),
        F("full_name", translate("PersonForm", "Full name"), required=True, max_len=200, personal=True,
          list_column=True, searchable=True, sort_key=True),
        F("gender", translate("PersonForm", "Gender"), VOCAB, vocabulary="gender", personal=True, reportable=True),
        F("birth_year", translate("PersonForm", "Year of birth"), YEAR, min=1900, personal=True, list_column=True,
          reportable=True),
        F("relation", translate("PersonForm", "Relation to the head"), VOCAB, vocabulary="relation",
          reportable=True),
        F("country", translate("PersonForm", "Country of residence"), COUNTRY, vocabulary="country",
          list_column=True, filterable=True, reportable=True),
        F("city", translate("PersonForm", "City or locality"), max_len=200, personal=True, list_column=True,
          searchable=True),
        # Sensitive (Decree 356/2025): "Cư trú không hợp pháp" exposes a person; counted anonymously in reports.
        F("residence_status", translate("PersonForm", "Residence status"), VOCAB, vocabulary="residence_status",
          personal=True, sensitive=True, reportable=True),
        F("occupation", translate("PersonForm", "Occupation"), VOCAB, vocabulary="occupation", list_column=True,
          filterable=True, reportable=True),
        F("workplace", translate("PersonForm", "Place of work or study"), max_len=300, personal=True,
          searchable=True),
        F("contact", translate("PersonForm", "Contact details"), max_len=200, personal=True),
        F("left_year", translate("PersonForm", "Year of leaving"), YEAR, min=1900, reportable=True),
        # Sensitive: wishes may hold political or religious views.
        F("aspirations", translate("PersonForm", "Wishes and aspirations"), LONGTEXT, personal=True,
          sensitive=True, searchable=True),
        F("id_number", translate("PersonForm", "Passport or ID document number"), max_len=30, personal=True,
          sensitive=True),
        F("notes", translate("PersonForm", "Notes"), LONGTEXT, personal=True),
    ),
    computed=(F("household_head", translate("RecordColumns", "Head of household"), list_column=True,
                computed=True),),
    list_columns=("full_name", "birth_year", "country", "city", "occupation", "household_head"),
    default_sort="full_name",
    filters=(
        FilterSpec("country", None, "country", "country"),
        FilterSpec("occupation", None, "vocab", "occupation"),
        FilterSpec("commune_code", translate("RecordFilters", "Household's commune or ward"), "commune"),
        FilterSpec("household_id", None, "ref"),
    ),
)

CONTRIBUTION = KindSpec(
    kind="contribution", label=translate("RecordKinds", "Contribution"), name_field="description",
    date_field="date",
    fields=(
        F("person_id", _CONTRIBUTOR, REF, ref_kind="person", reportable=True),
        F("household_id", _HOUSEHOLD, REF, ref_kind="household", reportable=True),
        F("date", translate("ContributionForm", "Date"), DATE, list_column=True, filterable=True, reportable=True),
        F("purpose", translate("ContributionForm", "Purpose"), VOCAB, required=True,
          vocabulary="contribution_purpose", list_column=True, filterable=True, reportable=True),
        F("amount_vnd", translate("ContributionForm", "Amount (VND)"), MONEY, min=0, list_column=True,
          reportable=True),
        F("contribution_kind", translate("ContributionForm", "Kind of contribution"), VOCAB,
          vocabulary="contribution_kind", filterable=True, reportable=True),
        F("description", translate("ContributionForm", "Description (goods, works…)"), LONGTEXT,
          list_column=True, searchable=True, sort_key=True),
    ),
    computed=(F("contributor", _CONTRIBUTOR, list_column=True, computed=True),),
    list_columns=("date", "contributor", "purpose", "amount_vnd", "description"),
    default_sort="date", default_descending=True,
    filters=(
        _PERIOD,
        FilterSpec("purpose", None, "vocab", "contribution_purpose"),
        FilterSpec("contribution_kind", None, "vocab", "contribution_kind"),
        FilterSpec("person_id", None, "ref"),
        FilterSpec("household_id", None, "ref"),
    ),
)

COMMENDATION = KindSpec(
    kind="commendation", label=translate("RecordKinds", "Commendation"), name_field="reason", date_field="date",
    fields=(
        F("person_id", _RECIPIENT, REF, ref_kind="person", reportable=True),
        F("household_id", _HOUSEHOLD, REF, ref_kind="household", reportable=True),
        F("date", translate("CommendationForm", "Date"), DATE, list_column=True, filterable=True, reportable=True),
        F("level", translate("CommendationForm", "Form of commendation"), VOCAB, required=True,
          vocabulary="commendation_level", list_column=True, filterable=True, reportable=True),
        F("status", translate("CommendationForm", "Status"), VOCAB, required=True,
          vocabulary="commendation_status", list_column=True, filterable=True, default="proposed",
          reportable=True),
        F("issuer", translate("CommendationForm", "Awarding body"), max_len=300),
        F("decision_no", translate("CommendationForm", "Decision number"), max_len=100, list_column=True,
          searchable=True),
        F("reason", translate("CommendationForm", "Achievements"), LONGTEXT, searchable=True),
    ),
    computed=(F("recipient", _RECIPIENT, list_column=True, computed=True),),
    list_columns=("date", "recipient", "level", "status", "decision_no"),
    default_sort="date", default_descending=True,
    filters=(
        _PERIOD,
        FilterSpec("level", None, "vocab", "commendation_level"),
        FilterSpec("status", None, "vocab", "commendation_status"),
        FilterSpec("person_id", None, "ref"),
        FilterSpec("household_id", None, "ref"),
    ),
)

PARTNER = KindSpec(
    kind="partner", label=translate("RecordKinds", "Partner"), name_field="name",
    fields=(
        F("name", translate("PartnerForm", "Partner name"), required=True, max_len=300, list_column=True,
          searchable=True, sort_key=True),
        F("kind", translate("PartnerForm", "Type of partner"), VOCAB, required=True, vocabulary="partner_kind",
          list_column=True, filterable=True, reportable=True),
        F("country", translate("PartnerForm", "Country"), COUNTRY, vocabulary="country", list_column=True,
          filterable=True, reportable=True),
        F("address", translate("PartnerForm", "Address"), max_len=500, searchable=True),
        F("contact_person", translate("PartnerForm", "Contact person"), max_len=200, list_column=True,
          searchable=True),
        F("phone", translate("PartnerForm", "Phone number"), PHONE, max_len=40, list_column=True),
        F("email", translate("PartnerForm", "Email"), EMAIL, max_len=200),
        F("cooperation_areas", translate("PartnerForm", "Areas of cooperation"), LONGTEXT, searchable=True),
        F("notes", translate("PartnerForm", "Notes"), LONGTEXT),
    ),
    list_columns=("name", "kind", "country", "contact_person", "phone"),
    default_sort="name",
    filters=(
        FilterSpec("kind", None, "vocab", "partner_kind"),
        FilterSpec("country", None, "country", "country"),
    ),
)

CONSENT = KindSpec(
    kind="consent", label=translate("RecordKinds", "Consent to data processing"), name_field="scope",
    date_field="given_date",
    fields=(
        F("household_id", _HOUSEHOLD, REF, required=True, ref_kind="household"),
        # Empty: the household's consent, a convenience that covers the head and every member; set: the
        # consent of that person (abroad), which takes precedence over the household's (services/privacy).
        F("person_id", translate("ConsentForm", "Person abroad"), REF, ref_kind="person"),
        F("given_date", translate("ConsentForm", "Date of consent"), DATE, required=True, list_column=True),
        # Empty on consents recorded before purposes existed (revision 0011): they cover what their
        # scope text says, which the app cannot read, so they count for every purpose and are listed
        # for a person to check.
        F("purposes", translate("ConsentForm", "Purposes consented to"), VOCAB, vocabulary="consent_purpose",
          multi=True, list_column=True),
        F("scope", translate("ConsentForm", "Scope and purpose of processing"), LONGTEXT, list_column=True,
          sort_key=True,
          help=translate("ConsentForm", "For example: keeping information on relatives of overseas Vietnamese "
                                        "for outreach and commendation work.")),
        F("method", translate("ConsentForm", "How consent was given"), max_len=200, list_column=True,
          help=translate("ConsentForm", "For example: a signed paper, or consent given in person before a "
                                        "witness.")),
        F("withdrawn_date", translate("ConsentForm", "Date withdrawn"), DATE, list_column=True),
        F("notes", translate("ConsentForm", "Notes"), LONGTEXT),
    ),
    list_columns=("given_date", "purposes", "scope", "method", "withdrawn_date"),
    default_sort="given_date", default_descending=True,
    filters=(FilterSpec("household_id", None, "ref"),),
)

# -- kinds of work the seed plans ask offices to report (issue 13) ------------------------------------
# Each is only a description: its model (storage/models/outreach.py), list page, form, search,
# spreadsheet, packages and report whitelist are derived from it. Vietnamese wording of the seeds.
_STATUS_FILTER = FilterSpec("status", None, "vocab", "group_status")

BORDER_GROUP = KindSpec(
    kind="border_group", label=translate("RecordKinds", "Border self-management group"), name_field="name",
    date_field="established_date", plural="border_groups", generated_form=True,
    duplicate_key=("name", "commune_code"),
    fields=(
        F("name", translate("BorderGroupForm", "Name of the group"), required=True, max_len=300, list_column=True,
          searchable=True, sort_key=True,
          help=translate("BorderGroupForm", "For example: the border and marker self-management group of Lung Po "
                                            "village.")),
        F("commune_code", translate("BorderGroupForm", "Commune or ward"), COMMUNE, list_column=True,
          filterable=True, reportable=True),
        F("village", translate("BorderGroupForm", "Village or residential group"), max_len=200, list_column=True,
          searchable=True),
        F("country", translate("BorderGroupForm", "Neighbouring country"), COUNTRY, vocabulary="country",
          list_column=True, filterable=True, reportable=True),
        F("established_date", translate("BorderGroupForm", "Date established"), DATE, reportable=True),
        F("status", translate("BorderGroupForm", "Status"), VOCAB, required=True, vocabulary="group_status",
          list_column=True, filterable=True, default="active", reportable=True),
        F("leader", translate("BorderGroupForm", "Group leader"), max_len=200, personal=True, searchable=True),
        F("members", translate("BorderGroupForm", "Members"), INT, min=0, list_column=True, reportable=True),
        F("households", translate("BorderGroupForm", "Households enrolled"), INT, min=0, list_column=True,
          reportable=True),
        F("border_length_m", translate("BorderGroupForm", "Length of border line in charge (m)"), INT, min=0,
          list_column=True, reportable=True),
        F("markers", translate("BorderGroupForm", "Border markers in charge"), INT, min=0, list_column=True,
          reportable=True),
        F("marker_numbers", translate("BorderGroupForm", "Marker numbers"), max_len=300, searchable=True,
          help=translate("BorderGroupForm", "For example: markers 102, 103, 104/1.")),
        F("activities", translate("BorderGroupForm", "Activities (patrols, marker care, reporting)"), LONGTEXT,
          searchable=True),
        F("notes", translate("BorderGroupForm", "Notes"), LONGTEXT),
    ),
    list_columns=("name", "village", "commune_code", "country", "status", "members", "households",
                  "border_length_m", "markers"),
    default_sort="name",
    filters=(_STATUS_FILTER, FilterSpec("commune_code", None, "commune"),
             FilterSpec("country", None, "country", "country")),
)

RELATIVES_ASSOCIATION = KindSpec(
    kind="relatives_association", label=translate("RecordKinds", "Association of overseas Vietnamese's relatives"),
    name_field="name", date_field="established_date", plural="relatives_associations", generated_form=True,
    duplicate_key=("name", "commune_code"),
    fields=(
        F("name", translate("RelativesAssociationForm", "Name of the association or branch"), required=True,
          max_len=300, list_column=True, searchable=True, sort_key=True),
        F("level", translate("RelativesAssociationForm", "Association or branch"), VOCAB, required=True,
          vocabulary="association_level", list_column=True, filterable=True, default="branch", reportable=True),
        F("commune_code", translate("RelativesAssociationForm", "Commune or ward"), COMMUNE, list_column=True,
          filterable=True, reportable=True),
        F("established_date", translate("RelativesAssociationForm", "Date established"), DATE, reportable=True),
        F("status", translate("RelativesAssociationForm", "Status"), VOCAB, required=True,
          vocabulary="group_status", list_column=True, filterable=True, default="active", reportable=True),
        F("chair", translate("RelativesAssociationForm", "Chair"), max_len=200, personal=True, searchable=True),
        F("members", translate("RelativesAssociationForm", "Members"), INT, min=0, list_column=True,
          reportable=True),
        F("branches", translate("RelativesAssociationForm", "Branches"), INT, min=0, list_column=True,
          reportable=True,
          help=translate("RelativesAssociationForm", "For an association: the branches under it that have no "
                                                     "record of their own.")),
        F("meetings", translate("RelativesAssociationForm", "Meetings held this year"), INT, min=0,
          list_column=True, reportable=True),
        F("last_meeting_date", translate("RelativesAssociationForm", "Last meeting"), DATE, list_column=True),
        F("notes", translate("RelativesAssociationForm", "Notes"), LONGTEXT, searchable=True),
    ),
    list_columns=("name", "level", "commune_code", "status", "members", "branches", "meetings",
                  "last_meeting_date"),
    default_sort="name",
    filters=(FilterSpec("level", None, "vocab", "association_level"), _STATUS_FILTER,
             FilterSpec("commune_code", None, "commune")),
)

TRAINING_COURSE = KindSpec(
    kind="training_course", label=translate("RecordKinds", "Training course"), name_field="title",
    date_field="start_date", plural="training_courses", generated_form=True,
    duplicate_key=("title", "start_date"),
    fields=(
        F("title", translate("TrainingCourseForm", "Name of the course"), required=True, max_len=500,
          list_column=True, searchable=True, sort_key=True),
        F("topic", translate("TrainingCourseForm", "Topic"), max_len=500, list_column=True, searchable=True,
          help=translate("TrainingCourseForm", "For example: people's diplomacy skills, protocol, border outreach.")),
        F("start_date", translate("TrainingCourseForm", "Start date"), DATE, required=True, list_column=True,
          filterable=True, reportable=True),
        F("end_date", translate("TrainingCourseForm", "End date"), DATE, reportable=True),
        F("location", translate("TrainingCourseForm", "Place"), max_len=500, list_column=True, searchable=True),
        F("organiser", translate("TrainingCourseForm", "Organised by"), max_len=300, searchable=True),
        F("audience", translate("TrainingCourseForm", "Participants (who)"), max_len=500, searchable=True,
          help=translate("TrainingCourseForm", "For example: commune Front officers, heads of border villages.")),
        F("participants", translate("TrainingCourseForm", "Number of participants"), INT, min=0,
          list_column=True, reportable=True),
        F("notes", translate("TrainingCourseForm", "Notes"), LONGTEXT),
    ),
    list_columns=("start_date", "title", "topic", "location", "participants"),
    default_sort="start_date", default_descending=True,
    filters=(_PERIOD,),
)

PROPAGANDA_PRODUCT = KindSpec(
    kind="propaganda_product", label=translate("RecordKinds", "Propaganda product"), name_field="title",
    date_field="date", plural="propaganda_products", generated_form=True,
    duplicate_key=("title", "date"),
    fields=(
        F("title", translate("PropagandaProductForm", "Title"), required=True, max_len=500, list_column=True,
          searchable=True, sort_key=True),
        F("product_type", translate("PropagandaProductForm", "Type of product"), VOCAB, required=True,
          vocabulary="propaganda_type", list_column=True, filterable=True, reportable=True),
        F("channel", translate("PropagandaProductForm", "Channel"), VOCAB, vocabulary="propaganda_channel",
          list_column=True, filterable=True, reportable=True),
        F("date", translate("PropagandaProductForm", "Date published"), DATE, required=True, list_column=True,
          filterable=True, reportable=True),
        F("quantity", translate("PropagandaProductForm", "Number (items, copies, broadcasts)"), INT, min=0,
          list_column=True, reportable=True, default=1),
        F("reach", translate("PropagandaProductForm", "Reach (readers, listeners, viewers)"), INT, min=0,
          list_column=True, reportable=True),
        F("topic", translate("PropagandaProductForm", "Topic"), max_len=500, searchable=True),
        F("link", translate("PropagandaProductForm", "Where to find it (link, newspaper issue)"), max_len=500),
        F("notes", translate("PropagandaProductForm", "Notes"), LONGTEXT),
    ),
    list_columns=("date", "title", "product_type", "channel", "quantity", "reach"),
    default_sort="date", default_descending=True,
    filters=(_PERIOD, FilterSpec("product_type", None, "vocab", "propaganda_type"),
             FilterSpec("channel", None, "vocab", "propaganda_channel")),
)

# The kinds above: everything about them is read from their description.
WORK_KINDS = (BORDER_GROUP, RELATIVES_ASSOCIATION, TRAINING_COURSE, PROPAGANDA_PRODUCT)

KINDS: dict[str, KindSpec] = {k.kind: k for k in (
    ACTIVITY, TWINNING, HOUSEHOLD, PERSON, CONTRIBUTION, COMMENDATION, PARTNER, CONSENT, *WORK_KINDS)}

# The kinds with their own list page and full-text search.
SEARCHABLE_KINDS = ("household", "person", "activity", "twinning", "partner", *(k.kind for k in WORK_KINDS))

# Plural names used on the command line (import-excel KIND, search --kind) -> kind.
KIND_ALIASES = {
    "activities": "activity", "twinnings": "twinning", "households": "household", "persons": "person",
    "people": "person", "contributions": "contribution", "commendations": "commendation",
    "partners": "partner", "consents": "consent",
    **{k.plural: k.kind for k in KINDS.values() if k.plural},
}


def kind_spec(kind: str) -> KindSpec:
    from .errors import ValidationError

    name = KIND_ALIASES.get(kind, kind)
    try:
        return KINDS[name]
    except KeyError:
        raise ValidationError(
            translate("RecordErrors", "There is no record kind «{kind}». The kinds are: {kinds}.")
            .format(kind=kind, kinds=", ".join(KINDS)), code="unknown_kind"
        ) from None


@cache
def _code_lookup(vocabulary: str) -> dict[str, str]:
    """Folded code and folded label (Vietnamese and English) -> code, so imports may use either
    ("Lào", "Laos", "la", "LA")."""
    from .text import fold

    out: dict[str, str] = {}
    for t in (vocab.countries() if vocabulary == "country" else vocabulary_terms(vocabulary)):
        for text in vocab.label_texts(t.label):   # a label is recognised in every language
            out.setdefault(fold(text), t.code)
        out[fold(t.code)] = t.code
    for word, code in vocab.aliases(vocabulary).items():   # everyday words: "con dâu", "XKLĐ"
        out.setdefault(fold(word), code)
    return out


def resolve_code(vocabulary: str, value: str, extra: Mapping[str, str] | None = None) -> str | None:
    """The code a typed value stands for (a code or a label, any case, with or without tone
    marks), among built-in terms and `extra` ({code: label}); None when unknown."""
    from .text import fold

    key = fold(value)
    found = _code_lookup(vocabulary).get(key)
    if found is not None:
        return found
    for code, lbl in (extra or {}).items():
        if key in (fold(code), fold(lbl)):
            return code
    return None
