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
from .base import EXIT_USAGE, Cli

# services.backups is imported inside the handlers: building the parser for any command (and
# `dnnd --help`) should not pay for loading SQLAlchemy, Alembic and libsodium.

PLAIN_SUFFIXES = (".sqlite3", ".sqlite", ".db")


def register(sub, common) -> None:
    p = sub.add_parser("backup", parents=[common], help="sao lưu dữ liệu (tệp .dnndbak: có mã hóa)")
    p.add_argument("file", nargs="?", help="tệp đích: .dnndbak (mã hóa, để chuyển máy) hoặc .sqlite3 "
                                           "(không mã hóa); bỏ trống: sao lưu vào thư mục sao lưu")
    p.add_argument("--encrypt", action="store_true", help="mã hóa bằng mật khẩu (mặc định với .dnndbak)")
    p.add_argument("--list", action="store_true", help="liệt kê các bản sao lưu")
    p.set_defaults(handler=run_backup)
    r = sub.add_parser("restore", parents=[common], help="khôi phục dữ liệu từ bản sao lưu")
    r.add_argument("file", help="tệp sao lưu (.sqlite3 hoặc .dnndbak)")
    r.add_argument("--other-office", action="store_true",
                   help="cho phép khôi phục dữ liệu của đơn vị khác (chuyển hẳn sang đơn vị đó)")
    r.add_argument("--check", action="store_true", help="chỉ kiểm tra tệp, không khôi phục")
    r.set_defaults(handler=run_restore)


def _passphrase(confirm: bool) -> str:
    value = os.environ.get("DNND_BACKUP_PASSPHRASE") or os.environ.get("DNND_PASSPHRASE")
    if value:
        return value
    if not sys.stdin or not sys.stdin.isatty():
        raise DnndError("Cần mật khẩu của bản sao lưu. Hãy đặt biến môi trường DNND_BACKUP_PASSPHRASE "
                        "hoặc chạy lệnh trong cửa sổ dòng lệnh để nhập.", code="passphrase_required")
    value = getpass.getpass("Mật khẩu của bản sao lưu: ")
    if confirm and getpass.getpass("Nhập lại để xác nhận: ") != value:
        raise DnndError("Hai lần nhập mật khẩu không khớp nhau. Hãy chạy lại lệnh.", code="passphrase_mismatch")
    return value


def _size(n: int) -> str:
    return f"{n / 2**20:.1f} MB".replace(".", ",")


def _server_backup(cli: Cli) -> int:
    from ..services.backups import server

    a = cli.args
    if a.list or a.encrypt:
        raise DnndError("Với cơ sở dữ liệu trên máy chủ, lệnh sao lưu tạo tệp pg_dump (.dump); "
                        "danh sách và mã hóa do lịch sao lưu của máy chủ đảm nhận (xem docs/server.md).",
                        code="server_backup_option")
    target = Path(a.file) if a.file else None
    if target is not None and target.exists():
        raise DnndError(f"Tệp «{target}» đã có. Hãy chọn tên khác để không ghi đè lên tệp cũ.",
                        code="file_exists")
    cli.info("Đang sao lưu cơ sở dữ liệu trên máy chủ (pg_dump)…")
    path = server.backup_server(cli.data_dir, target)
    size = path.stat().st_size
    cli.emit({"path": str(path), "encrypted": False, "size": size, "format": "pg_dump"},
             f"Đã sao lưu cơ sở dữ liệu máy chủ: {path} ({_size(size)}). Tệp KHÔNG được mã hóa; "
             "hãy cất giữ cẩn thận.")
    return 0


def _server_restore(cli: Cli) -> int:
    from ..services.backups import server

    path = Path(cli.args.file)
    if cli.args.check:
        raise DnndError("Với cơ sở dữ liệu trên máy chủ, hãy kiểm tra tệp bằng: pg_restore --list "
                        f"«{path}».", code="server_backup_option")
    cli.info("Đang khôi phục vào cơ sở dữ liệu trống trên máy chủ (pg_restore)…")
    site = server.restore_server(cli.data_dir, path)
    cli.emit({"path": str(path), "new_site_id": site},
             f"Đã khôi phục «{path.name}» vào cơ sở dữ liệu máy chủ. Bản cài đặt đã nhận mã trạm mới "
             "để đồng bộ đúng với các đơn vị khác.")
    return 0


def run_backup(cli: Cli) -> int:
    from ..services import backups

    a, data = cli.args, cli.data_dir
    if not data.uses_sqlite_file:
        return _server_backup(cli)
    if a.list:
        items = backups.list_backups(data)
        cli.emit({"backups": [b.to_dict() for b in items], "folder": str(data.backups)}, lambda: "\n".join(
            [f"{b.created:%d/%m/%Y %H:%M}  {b.label:<28} {_size(b.size):>9}  {b.name}" for b in items]
            or ["Chưa có bản sao lưu nào."]))
        return 0
    if not a.file:
        info = backups.make_backup(data)
        cli.emit({**info.to_dict(), "encrypted": False},
                 f"Đã sao lưu: {info.path} ({_size(info.size)}).")
        return 0
    target = Path(a.file)
    encrypted = a.encrypt or target.suffix.lower() == backups.PORTABLE_SUFFIX
    if not encrypted and target.suffix.lower() not in PLAIN_SUFFIXES:
        sys.stderr.write(f"Lỗi cú pháp lệnh: hãy đặt tên tệp có đuôi {backups.PORTABLE_SUFFIX} (có mã hóa, "
                         "để chuyển máy) hoặc .sqlite3 (không mã hóa), hoặc thêm --encrypt.\n")
        return EXIT_USAGE
    if target.exists():
        raise DnndError(f"Tệp «{target}» đã có. Hãy chọn tên khác để không ghi đè lên tệp cũ.",
                        code="file_exists")
    if encrypted:
        cli.info("Đang tạo bản sao lưu mã hóa…")
        backups.export_encrypted(data, target, _passphrase(confirm=True))
    else:
        backups.export_plain(data, target)
        cli.info("Lưu ý: tệp này KHÔNG được mã hóa và chứa dữ liệu cá nhân; hãy cất giữ cẩn thận. "
                 f"Để chép sang máy khác, hãy dùng tệp {backups.PORTABLE_SUFFIX}.")
    size = target.stat().st_size
    cli.emit({"path": str(target), "encrypted": encrypted, "size": size},
             f"Đã sao lưu{' (có mã hóa)' if encrypted else ''}: {target} ({_size(size)}).")
    return 0


def run_restore(cli: Cli) -> int:
    from ..services import backups

    a, data = cli.args, cli.data_dir
    if not data.uses_sqlite_file:
        return _server_restore(cli)
    path = Path(a.file)
    passphrase = _passphrase(confirm=False) if backups.is_encrypted(path) else None
    if a.check:
        check = backups.verify_backup(path, data, passphrase=passphrase)
        cli.emit({"ok": True, **check.to_dict()}, lambda: (
            f"Tệp sao lưu tốt: {check.office_name} (phiên bản dữ liệu {check.revision})"
            + ("; là của đơn vị KHÁC." if check.same_office is False else ".")))
        return 0
    cli.info("Đang kiểm tra và khôi phục…")
    result = backups.restore(data, path, passphrase=passphrase, allow_other_office=a.other_office)
    cli.emit(result.to_dict(), lambda: (
        f"Đã khôi phục dữ liệu của {result.office_name} từ «{path.name}».\n"
        + (f"Dữ liệu trước khi khôi phục được giữ ở: {result.safety_backup}\n" if result.safety_backup else "")
        + "Bản cài đặt đã nhận mã trạm mới để đồng bộ đúng với các đơn vị khác."))
    return 0
