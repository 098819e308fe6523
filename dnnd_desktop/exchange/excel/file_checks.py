"""Look at a file before handing it to the spreadsheet reader: size, magic bytes, encryption.

A reader fed a 100 MB file, an old .xls renamed to .xlsx or a password-protected workbook either
takes minutes or fails with an English message about ZIP or XML. Here each case gets a catalogue
message naming the problem and the fix, and nothing is parsed.
"""
from __future__ import annotations

import zipfile
from pathlib import Path

from dnnd_desktop.domain.formatting import format_number
from dnnd_desktop.domain.messages import translate

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
        raise ExcelFileError(translate("ExcelErrors", "File “{path}” not found. Choose the Excel file to import again.")
                             .format(path=str(path)), code="not_found")
    size = path.stat().st_size
    if size == 0:
        raise ExcelFileError(translate(
            "ExcelErrors", "File “{name}” is empty (0 bytes). Open the original file in Excel, check that it holds "
            "data, then save it again as .xlsx.").format(name=path.name), code="empty_file")
    if size > MAX_FILE_BYTES:
        raise ExcelFileError(translate(
            "ExcelErrors", "File “{name}” is too large ({size} MB; at most {maximum} MB). An office's list is "
            "usually much smaller: check that it is the right file, delete unneeded sheets and pictures, or "
            "split it into several files.").format(name=path.name, size=_mb(size), maximum=_mb(MAX_FILE_BYTES)),
            code="too_large")
    with path.open("rb") as fh:
        head = fh.read(len(_OLE_MAGIC))
        if head.startswith(_OLE_MAGIC):
            fh.seek(0)
            directory = fh.read(_OLE_SCAN_BYTES)
            if any(name in directory for name in _ENCRYPTED_STREAMS):
                raise ExcelFileError(translate(
                    "ExcelErrors", "File “{name}” is protected by a password, so it cannot be read. Open it in "
                    "Excel, type the password, remove the password (File → Info → Protect Workbook → Encrypt "
                    "with Password, clear it), then save and import that file.").format(name=path.name),
                    code="encrypted")
            raise ExcelFileError(translate(
                "ExcelErrors", "File “{name}” is in the old Excel format (.xls, Excel 97–2003), even if its name "
                "may end in .xlsx. Open it in Excel and choose Save As → “Excel Workbook (*.xlsx)”, then import "
                "the new file.").format(name=path.name), code="xls_format")
    if not head.startswith(_ZIP_MAGIC):
        raise ExcelFileError(translate(
            "ExcelErrors", "File “{name}” is not an Excel .xlsx file (it may be a text, CSV or PDF file, or a "
            "damaged file). Open it in Excel and save it again as “Excel Workbook (*.xlsx)”.").format(
                name=path.name), code="not_xlsx")
    try:
        with zipfile.ZipFile(path) as z:
            names = set(z.namelist())
            total = sum(i.file_size for i in z.infolist())
    except (zipfile.BadZipFile, OSError, ValueError):
        raise ExcelFileError(translate(
            "ExcelErrors", "File “{name}” is damaged and cannot be opened. Open it in Excel; if Excel repairs it, "
            "save it and import it again.").format(name=path.name), code="corrupt") from None
    if "xl/workbook.xml" not in names:
        kind = "OpenDocument (.ods)" if "content.xml" in names else (
            "Word (.docx)" if "word/document.xml" in names else translate("ExcelErrors", "ZIP archive"))
        raise ExcelFileError(translate(
            "ExcelErrors", "File “{name}” is a {kind} file, not an Excel .xlsx workbook. Choose the right list "
            "file, or open it in Excel/LibreOffice and save it again as .xlsx.").format(name=path.name, kind=kind),
            code="not_xlsx")
    if total > MAX_UNCOMPRESSED_BYTES:
        raise ExcelFileError(translate(
            "ExcelErrors", "File “{name}” holds too much data once unpacked ({size} MB). Check that it is the "
            "right file, or split it into several smaller files.").format(name=path.name, size=_mb(total)),
            code="too_large")
    return path
