"""Words shown for package kinds, import outcomes, content kinds, relations and fingerprints."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from ...domain.errors import DnndError
from ...domain.record_kinds import kind_spec
from ...services.import_outcomes import OUTCOMES  # noqa: F401 - the preview columns, in this order
from ..i18n import QT_TRANSLATE_NOOP

CONTEXT = "PackageTexts"

_KINDS = {
    "report": QT_TRANSLATE_NOOP("PackageTexts", "Reports"),
    "sync": QT_TRANSLATE_NOOP("PackageTexts", "Data synchronisation"),
    "tasks": QT_TRANSLATE_NOOP("PackageTexts", "Tasks and plan"),
    "identity": QT_TRANSLATE_NOOP("PackageTexts", "Identity card"),
}
_OUTCOMES = {
    "new": QT_TRANSLATE_NOOP("PackageTexts", "New"),
    "updated": QT_TRANSLATE_NOOP("PackageTexts", "Updated"),
    "unchanged": QT_TRANSLATE_NOOP("PackageTexts", "Unchanged"),
    "conflicts": QT_TRANSLATE_NOOP("PackageTexts", "Conflicts"),
    "rejected": QT_TRANSLATE_NOOP("PackageTexts", "Rejected"),
}
_CONTENTS = {
    "report": QT_TRANSLATE_NOOP("PackageTexts", "Reports"),
    "reports": QT_TRANSLATE_NOOP("PackageTexts", "Reports"),
    "answer": QT_TRANSLATE_NOOP("PackageTexts", "Answers to reports"),
    "answers": QT_TRANSLATE_NOOP("PackageTexts", "Answers to reports"),
    "plan": QT_TRANSLATE_NOOP("PackageTexts", "Plans"),
    "task": QT_TRANSLATE_NOOP("PackageTexts", "Tasks"),
    "tasks": QT_TRANSLATE_NOOP("PackageTexts", "Tasks"),
    "template": QT_TRANSLATE_NOOP("PackageTexts", "Report templates"),
    "vocabulary": QT_TRANSLATE_NOOP("PackageTexts", "Reference lists"),
    "trust": QT_TRANSLATE_NOOP("PackageTexts", "Trust data of the province"),
    "identity": QT_TRANSLATE_NOOP("PackageTexts", "Identity card"),
    "attachment": QT_TRANSLATE_NOOP("PackageTexts", "Attached files"),
    "records": QT_TRANSLATE_NOOP("PackageTexts", "Records"),
}
_RELATIONS = {
    "parent": QT_TRANSLATE_NOOP("PackageTexts", "Office above"),
    "lower": QT_TRANSLATE_NOOP("PackageTexts", "Office below"),
    "peer": QT_TRANSLATE_NOOP("PackageTexts", "Office at the same level"),
}
_LEVELS = {
    "province": QT_TRANSLATE_NOOP("PackageTexts", "Province"),
    "district": QT_TRANSLATE_NOOP("PackageTexts", "District"),
    "commune": QT_TRANSLATE_NOOP("PackageTexts", "Commune"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def kind_label(kind: str) -> str:
    return tr(_KINDS[kind]) if kind in _KINDS else kind


def outcome_label(outcome: str) -> str:
    return tr(_OUTCOMES[outcome])


def content_label(kind: str) -> str:
    """A content kind counted by an import or an export: "task", "household", "answers"…"""
    if kind in _CONTENTS:
        return tr(_CONTENTS[kind])
    try:
        return str(kind_spec(kind).label)   # record kinds: their name
    except DnndError:
        return kind


def relation_label(relation: str) -> str:
    return tr(_RELATIONS[relation]) if relation in _RELATIONS else relation


def level_label(level: str) -> str:
    return tr(_LEVELS[level]) if level in _LEVELS else level


def fingerprint_groups(fingerprint: str) -> list[str]:
    digits = "".join(ch for ch in fingerprint if ch.isdigit())
    return [digits[i:i + 5] for i in range(0, len(digits), 5)]


def fingerprint_large(fingerprint: str) -> str:
    """Six groups of five digits on two lines of three, easy to read aloud over the phone."""
    groups = fingerprint_groups(fingerprint)
    return "   ".join(groups[:3]) + "\n" + "   ".join(groups[3:])


def contents_text(counts: dict[str, int]) -> str:
    return ", ".join(f"{content_label(k)}: {v}" for k, v in counts.items() if v)


def default_file_name(kind: str, today: dt.date | None = None, office: str = "", period: str = "") -> str:
    """A file name that says nothing personal: the kind, the sending office's short name (a place)
    and the period of the reports it carries, else the day: "goi-bao-cao-bat-xat-2026-H1.dnnd"."""
    words = {"report": "bao-cao", "sync": "dong-bo", "tasks": "nhiem-vu", "identity": "the-dinh-danh"}
    day = today or dt.date.today()
    parts = ["goi", words.get(kind, kind), office, period or f"{day:%Y%m%d}"]
    return "-".join(p for p in parts if p) + ".dnnd"
