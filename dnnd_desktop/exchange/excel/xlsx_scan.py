"""What the fast reader does not tell: formulas without a stored result, and the fonts of the first
rows (old lists typed in .VnTime / VNI-Times are only recognisable for sure by their font).

calamine returns the value Excel stored with each formula; a workbook written by a script, or saved
with calculation off, has formulas with no stored value and calamine gives an empty cell, silently.
So the sheet XML is streamed once (in C: zlib and bytes.find; a regex only runs on chunks holding a
formula) and such cells are reported. Fonts are read from the first chunk only, which is cheap.
"""
from __future__ import annotations

import posixpath
import re
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from xml.etree import ElementTree

from dnnd_desktop.exchange.legacy_text import font_encoding

_CHUNK = 1 << 20
_OVERLAP = 8192
_FONT_SAMPLE_BYTES = 256 * 1024
_MAX_STYLES_BYTES = 8 * 1024 * 1024
_MAX_REPORTED = 20

_NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
       "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
       "p": "http://schemas.openxmlformats.org/package/2006/relationships"}
# A cell holding a formula and no (or an empty) cached value.
_FORMULA_NO_VALUE = re.compile(
    rb'<c\b[^>]*?\br="([A-Z]{1,3}\d+)"[^>]*>\s*<f\b[^>]*?(?:/>|>[^<]*</f>)\s*(?:<v\s*/>|<v>\s*</v>)?\s*</c>')
_STYLED_CELL = re.compile(rb'<c\b[^>]*?\br="([A-Z]{1,3})\d+"[^>]*?\bs="(\d+)"')


@dataclass
class SheetScan:
    formulas_without_value: list[str] = field(default_factory=list)  # cell references, first few
    formula_count: int = 0
    column_fonts: dict[int, str] = field(default_factory=dict)        # 0-based column -> font name
    default_font: str | None = None  # a legacy font set as the workbook's Normal style
    # Every cell in a legacy font, whole sheet: 0-based column -> {0-based row: font name}.
    cell_fonts: dict[int, dict[int, str]] = field(default_factory=dict)


def read_chunks(fh, cancel=None):
    """The bytes of an open zip member in 1 MiB chunks, checking Cancel before each (a sheet's
    XML can be hundreds of MB: it is never read whole)."""
    while True:
        if cancel is not None:
            cancel.raise_if_cancelled()
        chunk = fh.read(_CHUNK)
        if not chunk:
            return
        yield chunk


def column_index(letters: bytes | str) -> int:
    text = letters.decode() if isinstance(letters, bytes) else letters
    n = 0
    for ch in text:
        n = n * 26 + (ord(ch) - 64)
    return n - 1


def sheet_paths(z: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name -> its XML part inside the package."""
    wb = ElementTree.fromstring(z.read("xl/workbook.xml"))
    rels_name = "xl/_rels/workbook.xml.rels"
    targets = {}
    if rels_name in z.namelist():
        for rel in ElementTree.fromstring(z.read(rels_name)).findall("p:Relationship", _NS):
            target = rel.get("Target", "")
            target = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join("xl", target))
            targets[rel.get("Id")] = target
    out = {}
    for sheet in wb.findall("m:sheets/m:sheet", _NS):
        rid = sheet.get(f"{{{_NS['r']}}}id")
        if rid in targets:
            out[sheet.get("name", "")] = targets[rid]
    return out


def _style_fonts(z: zipfile.ZipFile) -> list[str | None]:
    """cellXfs index -> font name."""
    info = z.getinfo("xl/styles.xml") if "xl/styles.xml" in z.namelist() else None
    if info is None or info.file_size > _MAX_STYLES_BYTES:
        return []
    root = ElementTree.fromstring(z.read(info))
    fonts = []
    for font in root.findall("m:fonts/m:font", _NS):
        name = font.find("m:name", _NS)
        fonts.append(name.get("val") if name is not None else None)
    out = []
    for xf in root.findall("m:cellXfs/m:xf", _NS):
        try:
            out.append(fonts[int(xf.get("fontId", "0"))])
        except (ValueError, IndexError):
            out.append(None)
    return out


def scan_sheet(path, sheet_name: str, cancel=None) -> SheetScan:
    """Formulas without stored results, and legacy fonts per column in the first rows."""
    result = SheetScan()
    with zipfile.ZipFile(path) as z:
        part = sheet_paths(z).get(sheet_name)
        if part is None or part not in z.namelist():
            return result
        xf_fonts = _style_fonts(z)
        if xf_fonts and xf_fonts[0] and font_encoding(xf_fonts[0]):
            result.default_font = xf_fonts[0]
        legacy_ids = [i for i, font in enumerate(xf_fonts) if font and font_encoding(font)]
        legacy_cell = (re.compile(rb'<c\b[^>]*?\br="([A-Z]{1,3})(\d+)"[^>]*?\bs="('
                                  + b"|".join(str(i).encode() for i in legacy_ids) + rb')"')
                       if legacy_ids else None)
        tail = b""
        first = True
        with z.open(part) as fh:
            for chunk in read_chunks(fh, cancel):
                data = tail + chunk
                if first:
                    result.column_fonts = _legacy_fonts(data[:_FONT_SAMPLE_BYTES], xf_fonts)
                    first = False
                if legacy_cell is not None:
                    _collect_fonts(legacy_cell, data, len(tail), xf_fonts, result.cell_fonts)
                if b"<f" in data:
                    # Only count matches that end in the new part, so the overlap is not counted twice.
                    for m in _FORMULA_NO_VALUE.finditer(data):
                        if m.end() <= len(tail):
                            continue
                        result.formula_count += 1
                        if len(result.formulas_without_value) < _MAX_REPORTED:
                            result.formulas_without_value.append(m.group(1).decode())
                tail = data[-_OVERLAP:]
    return result


def _collect_fonts(pattern: re.Pattern[bytes], data: bytes, skip: int, xf_fonts: list[str | None],
                   out: dict[int, dict[int, str]]) -> None:
    """Record the cells of `data` styled with a legacy font (matches ending in the overlap are
    the previous chunk's)."""
    for m in pattern.finditer(data):
        if m.end() <= skip:
            continue
        font = xf_fonts[int(m.group(3))]
        if font:
            out.setdefault(column_index(m.group(1)), {})[int(m.group(2)) - 1] = font


def _legacy_fonts(data: bytes, xf_fonts: list[str | None]) -> dict[int, str]:
    """For each column, the legacy font most of its first cells use (only legacy fonts matter)."""
    if not xf_fonts:
        return {}
    per_column: dict[int, Counter] = {}
    for m in _STYLED_CELL.finditer(data):
        try:
            font = xf_fonts[int(m.group(2))]
        except IndexError:
            continue
        if font and font_encoding(font):
            per_column.setdefault(column_index(m.group(1)), Counter())[font] += 1
    return {col: counts.most_common(1)[0][0] for col, counts in per_column.items()}
