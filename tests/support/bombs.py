"""Test-only: files that are small on disk and huge once read (issue 16 item 5), written directly
as XML inside a ZIP so that building them is fast and takes little memory.

    xlsx_with_rows(path, rows)          one value per row, `rows` rows (the row-limit bomb)
    xlsx_with_merges(path, rows, merges) `merges` merged ranges, each covering the whole data area
    xlsx_wide(path, rows)               each row also has a value in the sheet's last column (XFD)
"""
from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '</Types>')
_ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'officeDocument" Target="xl/workbook.xml"/></Relationships>')
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="Danh sach" sheetId="1" r:id="rId1"/></sheets></workbook>')
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
_SHEET_HEAD = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
               '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
_HEADER_ROW = ('<row r="1"><c r="A1" t="inlineStr"><is><t>Họ và tên chủ hộ</t></is></c>'
               '<c r="B1" t="inlineStr"><is><t>Năm sinh</t></is></c></row>')


def _write(path: Path, sheet_parts: Iterator[str]) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", _CONTENT_TYPES)
        z.writestr("_rels/.rels", _ROOT_RELS)
        z.writestr("xl/workbook.xml", _WORKBOOK)
        z.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as f:
            batch: list[str] = []
            for part in sheet_parts:
                batch.append(part)
                if len(batch) >= 10_000:
                    f.write("".join(batch).encode())
                    batch.clear()
            f.write("".join(batch).encode())
    return path


def xlsx_with_rows(path: Path, rows: int) -> Path:
    def parts() -> Iterator[str]:
        yield _SHEET_HEAD + _HEADER_ROW
        for r in range(2, rows + 2):
            yield f'<row r="{r}"><c r="A{r}" t="inlineStr"><is><t>Hộ {r}</t></is></c><c r="B{r}"><v>1960</v></c></row>'
        yield "</sheetData></worksheet>"
    return _write(path, parts())


def xlsx_with_merges(path: Path, rows: int, merges: int) -> Path:
    def parts() -> Iterator[str]:
        yield _SHEET_HEAD + _HEADER_ROW
        for r in range(2, rows + 2):
            yield f'<row r="{r}"><c r="A{r}" t="inlineStr"><is><t>Hộ {r}</t></is></c><c r="B{r}"><v>1960</v></c></row>'
        yield "</sheetData>"
        # Every range covers the whole data area (overlapping merges: Excel never writes them).
        yield f'<mergeCells count="{merges}">'
        for _ in range(merges):
            yield f'<mergeCell ref="A2:B{rows + 1}"/>'
        yield "</mergeCells></worksheet>"
    return _write(path, parts())


def xlsx_wide(path: Path, rows: int) -> Path:
    def parts() -> Iterator[str]:
        yield _SHEET_HEAD + _HEADER_ROW
        for r in range(2, rows + 2):
            yield (f'<row r="{r}"><c r="A{r}" t="inlineStr"><is><t>Hộ {r}</t></is></c><c r="B{r}"><v>1960</v></c>'
                   f'<c r="XFD{r}"><v>1</v></c></row>')
        yield "</sheetData></worksheet>"
    return _write(path, parts())


def xlsx_rows_without_refs(path: Path, rows: int) -> Path:
    """The same row again and again, no r="" on rows or cells (allowed; the reader counts them):
    compresses about 1000 to 1."""
    def parts() -> Iterator[str]:
        yield _SHEET_HEAD + _HEADER_ROW
        for _ in range(rows // 100):
            yield '<row><c t="inlineStr"><is><t>Hộ</t></is></c><c><v>1960</v></c></row>' * 100
        yield "</sheetData></worksheet>"
    return _write(path, parts())
