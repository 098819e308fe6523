"""Backups and restore (issue 8). The public API for the GUI's Backups page, the CLI and the
import/sync services:

    list_backups(data_dir) -> list[BackupInfo]                      newest first: kind, label, created, size
    make_backup(data_dir, note="", progress, cancel) -> BackupInfo  "Sao lưu ngay" (kept until deleted)
    backup_before(data_dir, reason, note="", progress, cancel) -> Path   reason: import / migration / restore
    daily_backup_if_due(data_dir, now=None) -> Path | None          call at app start
    verify_backup(path, data_dir=None, passphrase=None, ...) -> BackupCheck
    restore(data_dir, path, *, passphrase=None, allow_other_office=False, progress, cancel) -> RestoreResult
    export_encrypted(data_dir, target, passphrase, progress, cancel) -> Path   portable .dnndbak
    export_plain(data_dir, target, progress, cancel) -> Path        unencrypted .sqlite3 copy
    is_encrypted(path) -> bool;  delete_backup(data_dir, path);  rotate(data_dir) -> list[Path]
"""
from .naming import DAILY, IMPORT, LABELS, MANUAL, MIGRATION, OTHER, RESTORE
from .portable import BackupFileInvalid, WrongBackupPassphrase
from .service import (
    BackupCheck,
    BackupError,
    BackupInfo,
    BackupInvalid,
    NothingToBackUp,
    OtherOfficeBackup,
    RestoreResult,
    backup_before,
    daily_backup_if_due,
    delete_backup,
    export_encrypted,
    export_plain,
    is_encrypted,
    list_backups,
    make_backup,
    restore,
    rotate,
    verify_backup,
)

PORTABLE_SUFFIX = ".dnndbak"

__all__ = [
    "DAILY", "IMPORT", "LABELS", "MANUAL", "MIGRATION", "OTHER", "PORTABLE_SUFFIX", "RESTORE",
    "BackupCheck", "BackupError", "BackupFileInvalid", "BackupInfo", "BackupInvalid", "NothingToBackUp",
    "OtherOfficeBackup", "RestoreResult", "WrongBackupPassphrase",
    "backup_before", "daily_backup_if_due", "delete_backup", "export_encrypted", "export_plain", "is_encrypted",
    "list_backups", "make_backup", "restore", "rotate", "verify_backup",
]
