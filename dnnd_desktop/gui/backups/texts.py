"""Backup kinds and sizes as the Backups page shows them (translated)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...domain.formatting import format_number
from ...services.backups import DAILY, IMPORT, MANUAL, MIGRATION, OTHER, RESTORE, BackupInfo

WEEKLY = "weekly"        # a daily backup kept only as its week's backup (older than the last 7 days)
KEEP_DAILY_DAYS = 7      # as services/backups/rotation.py keeps them


def kind_label(kind: str) -> str:
    return {
        DAILY: QCoreApplication.translate("BackupTexts", "Daily"),
        WEEKLY: QCoreApplication.translate("BackupTexts", "Weekly"),
        IMPORT: QCoreApplication.translate("BackupTexts", "Before an import"),
        MIGRATION: QCoreApplication.translate("BackupTexts", "Before an upgrade"),
        RESTORE: QCoreApplication.translate("BackupTexts", "Before a restore"),
        MANUAL: QCoreApplication.translate("BackupTexts", "Manual"),
        OTHER: QCoreApplication.translate("BackupTexts", "Other file"),
    }.get(kind, kind)


def shown_kinds(backups: list[BackupInfo]) -> list[str]:
    """The kind of each backup as a person reads it: daily backups beyond the 7 most recent days
    that have one are the weekly ones the rotation keeps."""
    recent_days: list = []
    out = []
    for b in sorted(backups, key=lambda b: b.created, reverse=True):
        if b.kind == DAILY and b.created.date() not in recent_days:
            recent_days.append(b.created.date())
    recent = set(recent_days[:KEEP_DAILY_DAYS])
    for b in backups:
        out.append(WEEKLY if b.kind == DAILY and b.created.date() not in recent else b.kind)
    return out


def size_text(size: int) -> str:
    """1,5 MB; 820 KB (Vietnamese decimal comma)."""
    if size >= 1024 * 1024:
        return f"{format_number(size / (1024 * 1024), 1)} MB"
    return f"{format_number(max(1, round(size / 1024)))} KB"
