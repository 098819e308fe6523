"""English source labels of record fields, translated in the context of the kind's form.

The same labels are the texts of the labels in forms/<kind>_form.ui (Qt Designer), so a list column
header and the form field it shows read the same in both languages. Columns computed in SQL (counts,
last activity, household head) are not in a form and have their own context.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

# kind -> Qt Designer form class (the translation context of its labels)
FORM_CLASS = {
    "activity": "ActivityForm", "twinning": "TwinningForm", "household": "HouseholdForm",
    "person": "PersonForm", "contribution": "ContributionForm", "commendation": "CommendationForm",
    "partner": "PartnerForm", "consent": "ConsentForm",
}

FIELD_LABELS: dict[str, dict[str, str]] = {
    "activity": {
        "title": "Activity name", "activity_type": "Type of activity", "start_date": "Start date",
        "end_date": "End date", "location": "Place", "commune_code": "Commune or ward",
        "border_area": "Border area", "country": "Partner country", "counterpart": "Foreign counterpart",
        "counterpart_locality": "Locality across the border", "delegation_direction": "Delegation in or out",
        "participants_vn": "Vietnamese participants", "participants_foreign": "Foreign participants",
        "overseas_participants": "Overseas Vietnamese participants", "organisers": "Co-organising bodies",
        "funding_vnd": "Funding or value of support (VND)", "content": "Content", "result": "Results",
        "notes": "Notes",
    },
    "twinning": {
        "kind": "Form of twinning", "local_name": "Vietnamese side (village, commune, border post)",
        "commune_code": "Commune or ward", "counterpart_name": "Twinned side across the border",
        "counterpart_country": "Country", "counterpart_locality": "Locality across the border",
        "signed_date": "Date signed", "status": "Status", "agreement_ref": "Agreement number",
        "notes": "Notes",
    },
    "household": {
        "head_name": "Head of household", "head_birth_year": "Head's year of birth",
        "commune_code": "Commune or ward", "village": "Village or residential group",
        "old_address": "Old address (before 1 July 2025)", "phone": "Phone number", "ethnicity": "Ethnicity",
        "religion": "Religion", "id_number": "Personal ID number (CCCD)", "notes": "Notes",
    },
    "person": {
        "full_name": "Full name", "gender": "Gender", "birth_year": "Year of birth",
        "relation": "Relation to the head", "country": "Country of residence", "city": "City or locality",
        "residence_status": "Residence status", "occupation": "Occupation",
        "workplace": "Place of work or study", "contact": "Contact details", "left_year": "Year of leaving",
        "aspirations": "Wishes and aspirations", "id_number": "Passport or ID document number", "notes": "Notes",
    },
    "contribution": {
        "date": "Date", "purpose": "Purpose", "amount_vnd": "Amount (VND)",
        "description": "Description (goods, works…)",
    },
    "commendation": {
        "date": "Date", "level": "Form of commendation", "status": "Status", "issuer": "Awarding body",
        "decision_no": "Decision number", "reason": "Achievements",
    },
    "partner": {
        "name": "Partner name", "kind": "Type of partner", "country": "Country", "address": "Address",
        "contact_person": "Contact person", "phone": "Phone number", "email": "Email",
        "cooperation_areas": "Areas of cooperation", "notes": "Notes",
    },
    "consent": {
        "given_date": "Date of consent", "scope": "Scope and purpose of processing",
        "method": "How consent was given", "withdrawn_date": "Date withdrawn", "notes": "Notes",
    },
}

COMPUTED_CONTEXT = "RecordColumns"
COMPUTED_LABELS = {
    "activity_count": QT_TRANSLATE_NOOP("RecordColumns", "Activities"),
    "last_activity_date": QT_TRANSLATE_NOOP("RecordColumns", "Last activity"),
    "dormant": QT_TRANSLATE_NOOP("RecordColumns", "Dormant"),
    "person_count": QT_TRANSLATE_NOOP("RecordColumns", "Relatives abroad"),
    "household_head": QT_TRANSLATE_NOOP("RecordColumns", "Head of household"),
    "contributor": QT_TRANSLATE_NOOP("RecordColumns", "Contributor"),
    "recipient": QT_TRANSLATE_NOOP("RecordColumns", "Recipient"),
}

FILTER_CONTEXT = "RecordFilters"
FILTER_LABELS = {
    "period": QT_TRANSLATE_NOOP("RecordFilters", "Period"),
    "person_country": QT_TRANSLATE_NOOP("RecordFilters", "Country of a relative"),
    "dormant": QT_TRANSLATE_NOOP("RecordFilters", "No activity for 12 months"),
    "person.commune_code": QT_TRANSLATE_NOOP("RecordFilters", "Household's commune or ward"),
}


def field_label(kind: str, name: str) -> str:
    """The translated label of a field or list column of `kind`."""
    if name in COMPUTED_LABELS and name not in FIELD_LABELS.get(kind, {}):
        return QCoreApplication.translate(COMPUTED_CONTEXT, COMPUTED_LABELS[name])
    return QCoreApplication.translate(FORM_CLASS[kind], FIELD_LABELS[kind][name])


def filter_label(kind: str, key: str) -> str:
    if f"{kind}.{key}" in FILTER_LABELS:
        return QCoreApplication.translate(FILTER_CONTEXT, FILTER_LABELS[f"{kind}.{key}"])
    if key in FILTER_LABELS:
        return QCoreApplication.translate(FILTER_CONTEXT, FILTER_LABELS[key])
    return field_label(kind, key)
