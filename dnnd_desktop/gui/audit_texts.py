"""Names of the codes the audit log stores (actions, and the kinds of things that are not records),
as a person reads them, in the "AuditActions" / "AuditKinds" contexts of the catalogue.

The log keeps codes ("report_approve", "package"), so an entry written in one language reads in the
other. `action_name(code, "vi")` gives the Vietnamese whatever the UI language, for documents such as
the personal-data export; a code missing here would show raw, which tests/gui/test_audit_texts.py
prevents by checking every code the services write.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..domain import messages
from ..domain.record_kinds import KINDS
from .i18n import QT_TRANSLATE_NOOP

ACTIONS: dict[str, str] = {
    "create": QT_TRANSLATE_NOOP("AuditActions", "Added"),
    "update": QT_TRANSLATE_NOOP("AuditActions", "Changed"),
    "delete": QT_TRANSLATE_NOOP("AuditActions", "Deleted"),
    "merge": QT_TRANSLATE_NOOP("AuditActions", "Merged into another record"),
    "merge_duplicates": QT_TRANSLATE_NOOP("AuditActions", "Merged duplicates"),
    "anonymise": QT_TRANSLATE_NOOP("AuditActions", "Anonymised"),
    "restore": QT_TRANSLATE_NOOP("AuditActions", "Restored"),
    "view_sensitive": QT_TRANSLATE_NOOP("AuditActions", "Viewed sensitive data"),
    "export_personal": QT_TRANSLATE_NOOP("AuditActions", "Exported personal data"),
    "export_sensitive": QT_TRANSLATE_NOOP("AuditActions", "Exported sensitive data"),
    "privacy_document": QT_TRANSLATE_NOOP("AuditActions", "Wrote a personal-data protection document"),
    "print": QT_TRANSLATE_NOOP("AuditActions", "Printed"),
    "export": QT_TRANSLATE_NOOP("AuditActions", "Exported to Excel"),
    "import": QT_TRANSLATE_NOOP("AuditActions", "Imported from Excel"),
    "demo": QT_TRANSLATE_NOOP("AuditActions", "Created sample data"),
    "user_add": QT_TRANSLATE_NOOP("AuditActions", "Added a user"),
    "package_export": QT_TRANSLATE_NOOP("AuditActions", "Sent a package"),
    "package_import": QT_TRANSLATE_NOOP("AuditActions", "Received a package"),
    "sync_import": QT_TRANSLATE_NOOP("AuditActions", "Synchronised data"),
    "conflict": QT_TRANSLATE_NOOP("AuditActions", "Conflict"),
    "resolve_conflict": QT_TRANSLATE_NOOP("AuditActions", "Resolved a conflict"),
    "trust_add": QT_TRANSLATE_NOOP("AuditActions", "Trusted an office"),
    "trust_revoke": QT_TRANSLATE_NOOP("AuditActions", "Stopped trusting an office"),
    "report_create": QT_TRANSLATE_NOOP("AuditActions", "Created a report"),
    "report_recompute": QT_TRANSLATE_NOOP("AuditActions", "Recomputed report figures"),
    "report_override": QT_TRANSLATE_NOOP("AuditActions", "Corrected a report figure"),
    "report_override_clear": QT_TRANSLATE_NOOP("AuditActions", "Removed a figure correction"),
    "report_narrative": QT_TRANSLATE_NOOP("AuditActions", "Edited report text"),
    "report_document": QT_TRANSLATE_NOOP("AuditActions", "Edited document details"),
    "report_approve": QT_TRANSLATE_NOOP("AuditActions", "Approved a report"),
    "share": QT_TRANSLATE_NOOP("AuditActions", "Shared a record with another office"),
    "unshare": QT_TRANSLATE_NOOP("AuditActions", "Stopped sharing a record"),
    "passphrase_change": QT_TRANSLATE_NOOP("AuditActions", "Changed the key passphrase"),
    "recovery_code_renewed": QT_TRANSLATE_NOOP("AuditActions", "Made a new recovery code of the data"),
    "key_rotate": QT_TRANSLATE_NOOP("AuditActions", "Changed the office's keys"),
    "trust_rotate": QT_TRANSLATE_NOOP("AuditActions", "Took another office's new keys"),
    "trust_restore": QT_TRANSLATE_NOOP("AuditActions", "Trusted a revoked key again"),
    "report_reopen": QT_TRANSLATE_NOOP("AuditActions", "Reopened a report"),
    "report_revise": QT_TRANSLATE_NOOP("AuditActions", "Started a revised report"),
    "report_discard": QT_TRANSLATE_NOOP("AuditActions", "Discarded a report"),
    "report_sent": QT_TRANSLATE_NOOP("AuditActions", "Sent a report"),
    "report_answer": QT_TRANSLATE_NOOP("AuditActions", "Answered a report"),
    "report_consolidate": QT_TRANSLATE_NOOP("AuditActions", "Consolidated reports"),
    "report_export": QT_TRANSLATE_NOOP("AuditActions", "Exported a report"),
    "template_install": QT_TRANSLATE_NOOP("AuditActions", "Installed a report template"),
    "plan_save": QT_TRANSLATE_NOOP("AuditActions", "Saved a plan"),
    "plan_delete": QT_TRANSLATE_NOOP("AuditActions", "Deleted a plan"),
    "pdf_sign": QT_TRANSLATE_NOOP("AuditActions", "Signed a PDF digitally"),
    "office_update": QT_TRANSLATE_NOOP("AuditActions", "Changed the office's details"),
}

# What an entry can be about besides records (record kinds are named by their specs).
OTHER_KINDS: dict[str, str] = {
    "report": QT_TRANSLATE_NOOP("AuditKinds", "Report"),
    "report_template": QT_TRANSLATE_NOOP("AuditKinds", "Report template"),
    "plan": QT_TRANSLATE_NOOP("AuditKinds", "Plan"),
    "package": QT_TRANSLATE_NOOP("AuditKinds", "Package"),
    "office": QT_TRANSLATE_NOOP("AuditKinds", "Office"),
    "user": QT_TRANSLATE_NOOP("AuditKinds", "User"),
    "installation": QT_TRANSLATE_NOOP("AuditKinds", "Installation"),
    "task": QT_TRANSLATE_NOOP("AuditKinds", "Task"),
    "activity_person": QT_TRANSLATE_NOOP("AuditKinds", "Person taking part in an activity"),
    "activity_partner": QT_TRANSLATE_NOOP("AuditKinds", "Partner taking part in an activity"),
    "activity_twinning": QT_TRANSLATE_NOOP("AuditKinds", "Twinning pair of an activity"),
    "activity_task": QT_TRANSLATE_NOOP("AuditKinds", "Task of an activity"),
    "attachment": QT_TRANSLATE_NOOP("AuditKinds", "Attachment"),
    "document": QT_TRANSLATE_NOOP("AuditKinds", "Document"),
}


def _translated(context: str, source: str, language: str | None) -> str:
    if language is None:
        return QCoreApplication.translate(context, source)
    return messages.lookup(context, source, language)   # the same catalogue, read without Qt


def action_name(code: str, language: str | None = None) -> str:
    """The action in the UI language (or in `language`); an unknown code shows as it is."""
    return _translated("AuditActions", ACTIONS[code], language) if code in ACTIONS else code


def kind_name(kind: str | None, language: str | None = None) -> str:
    """What the entry is about: a record kind's name, or one of OTHER_KINDS."""
    if not kind:
        return ""
    if kind in OTHER_KINDS:
        return _translated("AuditKinds", OTHER_KINDS[kind], language)
    if kind in KINDS:
        return messages.render(KINDS[kind].label, language)
    return kind
