"""Look at a file before handing it to the spreadsheet reader: size, magic bytes, encryption.

A reader fed a 100 MB file, an old .xls renamed to .xlsx or a password-protected workbook either
takes minutes or fails with an English message about ZIP or XML. Here each case gets a Vietnamese
message naming the problem and the fix, and nothing is parsed.
"""
from __future__ import annotations

import zipfile
from pathlib import Path

from dnnd_desktop.domain.formatting import format_number

from .errors import ExcelFileError
from .limits import MAX_FILE_BYTES, MAX_UNCOMPRESSED_BYTES

_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# Office encrypts an .xlsx by wrapping it in an OLE container holding these streams (MS-OFFCRYPTO).
_ENCRYPTED_STREAMS = ("EncryptionInfo".encode("utf-16-le"), "EncryptedPackage".encode("utf-16-le"))
_OLE_SCAN_BYTES = 4 * 1024 * 1024  # the directory of a small OLE file sits near its start


def _mb(size: int) -> str:
    return format_number(size / (1024 * 1024), 1) if size < 10 * 1024 * 1024 else format_number(size // (1024 * 1024))


def check_xlsx_file(path: Path | str) -> Path:
    """The path, when it names an .xlsx workbook this importer can read; else ExcelFileError."""
    path = Path(path)
    if not path.is_file():
        raise ExcelFileError(f"Không tìm thấy tệp «{path}». Hãy chọn lại tệp Excel cần nhập.", code="not_found")
    size = path.stat().st_size
    if size == 0:
        raise ExcelFileError(f"Tệp «{path.name}» rỗng (0 byte). Hãy mở tệp gốc bằng Excel, kiểm tra có dữ "
                             "liệu rồi lưu lại dạng .xlsx.", code="empty_file")
    if size > MAX_FILE_BYTES:
        raise ExcelFileError(
            f"Tệp «{path.name}» quá lớn ({_mb(size)} MB; tối đa {_mb(MAX_FILE_BYTES)} MB). Danh sách của "
            "một đơn vị thường nhỏ hơn nhiều: hãy kiểm tra đúng tệp chưa, xóa các trang tính, hình ảnh "
            "không cần thiết hoặc tách thành nhiều tệp.", code="too_large")
    with path.open("rb") as fh:
        head = fh.read(len(_OLE_MAGIC))
        if head.startswith(_OLE_MAGIC):
            fh.seek(0)
            directory = fh.read(_OLE_SCAN_BYTES)
            if any(name in directory for name in _ENCRYPTED_STREAMS):
                raise ExcelFileError(
                    f"Tệp «{path.name}» được đặt mật khẩu nên không đọc được. Hãy mở bằng Excel, nhập mật "
                    "khẩu, bỏ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc → Mã hóa bằng mật khẩu, xóa "
                    "trống) rồi lưu lại và nhập tệp đó.", code="encrypted")
            raise ExcelFileError(
                f"Tệp «{path.name}» là định dạng Excel cũ (.xls, Excel 97–2003), dù tên có thể là .xlsx. "
                "Hãy mở bằng Excel và chọn Lưu thành → «Sổ làm việc Excel (*.xlsx)», rồi nhập tệp mới.",
                code="xls_format")
    if not head.startswith(_ZIP_MAGIC):
        raise ExcelFileError(
            f"Tệp «{path.name}» không phải tệp Excel .xlsx (có thể là tệp văn bản, CSV, PDF hoặc tệp "
            "đã hỏng). Hãy mở bằng Excel và lưu lại dạng «Sổ làm việc Excel (*.xlsx)».", code="not_xlsx")
    try:
        with zipfile.ZipFile(path) as z:
            names = set(z.namelist())
            total = sum(i.file_size for i in z.infolist())
    except (zipfile.BadZipFile, OSError, ValueError):
        raise ExcelFileError(f"Tệp «{path.name}» bị hỏng, không mở được. Hãy mở bằng Excel; nếu Excel sửa "
                             "được tệp thì lưu lại rồi nhập lại.", code="corrupt") from None
    if "xl/workbook.xml" not in names:
        kind = "OpenDocument (.ods)" if "content.xml" in names else (
            "Word (.docx)" if "word/document.xml" in names else "nén ZIP")
        raise ExcelFileError(
            f"Tệp «{path.name}» là tệp {kind}, không phải sổ làm việc Excel .xlsx. Hãy chọn đúng tệp "
            "danh sách, hoặc mở bằng Excel/LibreOffice và lưu lại dạng .xlsx.", code="not_xlsx")
    if total > MAX_UNCOMPRESSED_BYTES:
        raise ExcelFileError(
            f"Tệp «{path.name}» chứa quá nhiều dữ liệu khi giải nén ({_mb(total)} MB). Hãy kiểm tra "
            "đúng tệp chưa, hoặc tách thành nhiều tệp nhỏ hơn.", code="too_large")
    return path
