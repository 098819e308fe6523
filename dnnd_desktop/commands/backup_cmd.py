"""`dnnd backup [FILE]` and `dnnd restore FILE`.

backup              a manual backup in the data folder's backups/ (kept until deleted)
backup --list       the backups in that folder, newest first
backup FILE.dnndbak an encrypted portable backup (database and attachments) for moving to a new
                    laptop or keeping off the machine; also with --encrypt whatever the name
backup FILE.sqlite3 a plain, UNENCRYPTED copy of the database (.sqlite3, .sqlite or .db)
restore FILE        verify, back up the current database, restore; plain or encrypted (detected
                    from the file's content); --other-office to take another office's data
restore FILE --check  only verify the file

The passphrase of an encrypted backup comes from DNND_BACKUP_PASSPHRASE, else DNND_PASSPHRASE,
else a prompt without echo.

On a database server (--database-url, DNND_DATABASE_URL) `backup [FILE]` runs pg_dump -Fc and
`restore FILE` runs pg_restore into an empty database (services/backups/server.py).
"""
from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from ..domain.errors import DnndError
from ..domain.messages import translate
from .base import CONFIRM_PROMPT, EXIT_USAGE, PASSPHRASE_MISMATCH, Cli

# services.backups is imported inside the handlers: building the parser for any command (and
# `dnnd --help`) should not pay for loading SQLAlchemy, Alembic and libsodium.

PLAIN_SUFFIXES = (".sqlite3", ".sqlite", ".db")


def register(sub, common) -> None:
    p = sub.add_parser("backup", parents=[common],
                       help=translate("CliHelp", "back up the data (a .dnndbak file is encrypted)").text())
    p.add_argument("file", nargs="?", help=translate(
        "CliHelp", "target file: .dnndbak (encrypted, for moving to another computer) or .sqlite3 (not "
        "encrypted); left out: back up into the backups folder").text())
    p.add_argument("--encrypt", action="store_true",
                   help=translate("CliHelp", "encrypt with a passphrase (the default for .dnndbak)").text())
    p.add_argument("--list", action="store_true", help=translate("CliHelp", "list the backups").text())
    p.set_defaults(handler=run_backup)
    r = sub.add_parser("restore", parents=[common], help=translate("CliHelp", "restore the data from a backup").text())
    r.add_argument("file", help=translate("CliHelp", "backup file (.sqlite3 or .dnndbak)").text())
    r.add_argument("--other-office", action="store_true", help=translate(
        "CliHelp", "allow restoring another office's data (switching to that office for good)").text())
    r.add_argument("--check", action="store_true",
                   help=translate("CliHelp", "only check the file, do not restore").text())
    r.set_defaults(handler=run_restore)


def _passphrase(confirm: bool) -> str:
    value = os.environ.get("DNND_BACKUP_PASSPHRASE") or os.environ.get("DNND_PASSPHRASE")
    if value:
        return value
    if not sys.stdin or not sys.stdin.isatty():
        raise DnndError(translate(
            "CliMessages", "The backup's passphrase is needed. Set the environment variable DNND_BACKUP_PASSPHRASE "
            "or run the command in a terminal window to type it."), code="passphrase_required")
    value = getpass.getpass(translate("CliMessages", "The backup's passphrase: ").text())
    if confirm and getpass.getpass(CONFIRM_PROMPT.text()) != value:
        raise DnndError(PASSPHRASE_MISMATCH, code="passphrase_mismatch")
    return value


def _size(n: int) -> str:
    return f"{n / 2**20:.1f} MB".replace(".", ",")


def _server_backup(cli: Cli) -> int:
    from ..services.backups import server

    a = cli.args
    if a.list or a.encrypt:
        raise DnndError(translate(
            "CliMessages", "With a database on a server, the backup command makes a pg_dump file (.dump); "
                           "the list and the encryption are the business of the server's backup schedule "
                           "(see docs/server.md)."), code="server_backup_option")
    target = Path(a.file) if a.file else None
    if target is not None and target.exists():
        raise DnndError(translate("CliMessages", "The file “{path}” already exists. Choose another name so the "
                                                 "old file is not overwritten.").format(path=str(target)),
                        code="file_exists")
    cli.info(translate("CliMessages", "Backing up the database on the server (pg_dump)…"))
    path = server.backup_server(cli.data_dir, target)
    size = path.stat().st_size
    cli.emit({"path": str(path), "encrypted": False, "size": size, "format": "pg_dump"},
             translate("CliMessages", "Backed up the server's database: {path} ({size}). The file is NOT "
                                      "encrypted; keep it safe.").format(path=str(path), size=_size(size)))
    return 0


def _server_restore(cli: Cli) -> int:
    from ..services.backups import server

    path = Path(cli.args.file)
    if cli.args.check:
        raise DnndError(translate("CliMessages", "With a database on a server, check the file with: "
                                                 "pg_restore --list “{path}”.").format(path=str(path)),
                        code="server_backup_option")
    cli.info(translate("CliMessages", "Restoring into an empty database on the server (pg_restore)…"))
    site = server.restore_server(cli.data_dir, path)
    cli.emit({"path": str(path), "new_site_id": site},
             translate("CliMessages", "Restored “{file}” into the server's database. The installation got a "
                                      "new site id, so it syncs correctly with the other offices.").format(
                                          file=path.name))
    return 0


def run_backup(cli: Cli) -> int:
    from ..services import backups

    a, data = cli.args, cli.data_dir
    if not a.list:   # the list shows names of backup files and sizes only
        cli.require_user()
    if not data.uses_sqlite_file:
        return _server_backup(cli)
    if a.list:
        items = backups.list_backups(data)
        cli.emit({"backups": [b.to_dict() for b in items], "folder": str(data.backups)}, lambda: "\n".join(
            [f"{b.created:%d/%m/%Y %H:%M}  {b.label:<28} {_size(b.size):>9}  {b.name}" for b in items]
            or [translate("CliMessages", "No backups yet.").text()]))
        return 0
    if not a.file:
        info = backups.make_backup(data)
        cli.emit({**info.to_dict(), "encrypted": False},
                 translate("CliMessages", "Backed up: {path} ({size}).").format(path=str(info.path),
                                                                                size=_size(info.size)))
        return 0
    target = Path(a.file)
    encrypted = a.encrypt or target.suffix.lower() == backups.PORTABLE_SUFFIX
    if not encrypted and target.suffix.lower() not in PLAIN_SUFFIXES:
        sys.stderr.write(translate(
            "CliMessages", "Command syntax error: give the file name the ending {suffix} (encrypted, for moving to "
            "another computer) or .sqlite3 (not encrypted), or add --encrypt.").format(
                suffix=backups.PORTABLE_SUFFIX).text() + "\n")
        return EXIT_USAGE
    if target.exists():
        raise DnndError(translate("CliMessages", "The file “{path}” already exists. Choose another name so the "
                                                 "old file is not overwritten.").format(path=str(target)),
                        code="file_exists")
    if encrypted:
        cli.info(translate("CliMessages", "Making the encrypted backup…"))
        backups.export_encrypted(data, target, _passphrase(confirm=True))
    else:
        backups.export_plain(data, target)
        cli.info(translate("CliMessages", "Note: this file is NOT encrypted and holds personal data; keep it safe. "
                                          "To copy to another computer, use a {suffix} file.").format(
                                              suffix=backups.PORTABLE_SUFFIX))
    size = target.stat().st_size
    cli.emit({"path": str(target), "encrypted": encrypted, "size": size},
             (translate("CliMessages", "Backed up (encrypted): {path} ({size}).") if encrypted else
              translate("CliMessages", "Backed up: {path} ({size}).")).format(path=str(target), size=_size(size)))
    return 0


def run_restore(cli: Cli) -> int:
    from ..services import backups

    a, data = cli.args, cli.data_dir
    if not a.check:   # replacing the data is an act of the authenticated user
        cli.require_user()
    if not data.uses_sqlite_file:
        return _server_restore(cli)
    path = Path(a.file)
    passphrase = _passphrase(confirm=False) if backups.is_encrypted(path) else None
    if a.check:
        check = backups.verify_backup(path, data, passphrase=passphrase)
        cli.emit({"ok": True, **check.to_dict()}, lambda: (
            translate("CliMessages", "The backup file is sound: {office} (data version {revision}); it belongs to "
                                     "ANOTHER office.") if check.same_office is False else
            translate("CliMessages", "The backup file is sound: {office} (data version {revision}).")).format(
                office=check.office_name, revision=check.revision))
        return 0
    cli.info(translate("CliMessages", "Checking and restoring…"))
    result = backups.restore(data, path, passphrase=passphrase, allow_other_office=a.other_office)
    cli.emit(result.to_dict(), lambda: "\n".join([
        translate("CliMessages", "Restored the data of {office} from “{file}”.").format(
            office=result.office_name, file=path.name).text(),
        *([translate("CliMessages", "The data from before the restore is kept in: {path}").format(
            path=str(result.safety_backup)).text()] if result.safety_backup else []),
        translate("CliMessages", "The installation got a new site id, so it syncs correctly with the other "
                                 "offices.").text()]))
    return 0
