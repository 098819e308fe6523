"""Names of the province pages' codes as the UI shows them (translated; the services' Vietnamese
labels are for documents and the command line): submission statuses, answers to a received report,
plan statuses. Levels are named by gui/roles_text.py, period kinds by gui/reports/texts.py."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...services.province.common import ACKNOWLEDGED, RECEIVED
from ...services.province.common import RETURNED as ANSWER_RETURNED
from ...services.province.plans import DRAFT, MODIFIED, PUBLISHED
from ...services.province.submissions import LATE, MISSING, ON_TIME, PENDING, RETURNED
from ..i18n import QT_TRANSLATE_NOOP

_SUBMISSION = {
    ON_TIME: QT_TRANSLATE_NOOP("ProvinceTexts", "On time"),
    LATE: QT_TRANSLATE_NOOP("ProvinceTexts", "Late"),
    RETURNED: QT_TRANSLATE_NOOP("ProvinceTexts", "Returned"),
    MISSING: QT_TRANSLATE_NOOP("ProvinceTexts", "Not sent (overdue)"),
    PENDING: QT_TRANSLATE_NOOP("ProvinceTexts", "Not sent (not yet due)"),
}
_ANSWER = {
    RECEIVED: QT_TRANSLATE_NOOP("ProvinceTexts", "Received, to be reviewed"),
    ACKNOWLEDGED: QT_TRANSLATE_NOOP("ProvinceTexts", "Acknowledged"),
    ANSWER_RETURNED: QT_TRANSLATE_NOOP("ProvinceTexts", "Returned"),
}
_PLAN = {
    DRAFT: QT_TRANSLATE_NOOP("ProvinceTexts", "Draft"),
    PUBLISHED: QT_TRANSLATE_NOOP("ProvinceTexts", "Sent"),
    MODIFIED: QT_TRANSLATE_NOOP("ProvinceTexts", "Changed since sent"),
}


def _name(table: dict[str, str], code: str | None) -> str:
    if not code:
        return ""
    return QCoreApplication.translate("ProvinceTexts", table[code]) if code in table else code


def submission_status(code: str) -> str:
    return _name(_SUBMISSION, code)


def answer_status(code: str | None) -> str:
    """What the province did with a report it received."""
    return _name(_ANSWER, code)


def plan_status(code: str) -> str:
    return _name(_PLAN, code)


def all_codes() -> dict[str, tuple[str, ...]]:
    """Every code named here (tests compare them with the services' own lists)."""
    return {"submission": tuple(_SUBMISSION), "answer": tuple(_ANSWER), "plan": tuple(_PLAN)}
