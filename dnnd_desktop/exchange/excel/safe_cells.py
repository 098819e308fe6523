"""Text goes out as text: no exported value ever becomes a formula or an error code.

openpyxl turns a string that starts with "=" into a formula and "#N/A" into an error value; Excel
and LibreOffice also treat a cell edited and confirmed with a leading "+", "-", "@" (or a tab or
carriage return before any of them, or spaces before them) as a formula. A name, a note or a
reason typed by a person must come back as the same text (OWASP "CSV injection"), so every text
value is written as a string cell, and the risky ones get Excel's "quote prefix" style: Excel
shows the text as is and keeps it text when the cell is edited. The text itself is never changed
(no apostrophe added), so re-importing the export gives the same value.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.worksheet.worksheet import Worksheet

_TRIGGERS = frozenset("=+-@")
_CONTROL = frozenset("\t\r\n")
# First characters worth a closer look: the triggers, control characters and leading spaces.
_LOOK_CLOSER = _TRIGGERS | _CONTROL | frozenset(" \u00a0\u3000")
_ERROR_CODES = frozenset(("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"))
# The first characters of every text `needs_guard` may answer yes for (the error codes start with "#").
FIRST_TO_CHECK = _LOOK_CLOSER | frozenset("#")


def is_formula_like(text: str) -> bool:
    """True for text a spreadsheet could read as a formula (or that openpyxl would write as one)."""
    if not text:
        return False
    if text[0] not in _LOOK_CLOSER:
        return text in _ERROR_CODES
    if text[0] in _CONTROL:
        return True
    stripped = text.lstrip(" \u00a0\u3000\t\r\n")
    return bool(stripped) and stripped[0] in _TRIGGERS


def needs_guard(value: object) -> bool:
    """Whether `value` must be written through `text_cell` (cheap for the common case)."""
    return (value.__class__ is str and value != ""
            and value[0] in FIRST_TO_CHECK and is_formula_like(value))  # type: ignore[index]


def _force_text(cell: Cell | WriteOnlyCell, value: str) -> None:
    cell.value = value
    cell.data_type = "s"   # after the value: assigning it re-infers the type ("=" → formula)
    cell.quotePrefix = True


def text_cell(ws: Worksheet, value: str) -> WriteOnlyCell:
    """A write-only cell holding `value` as a string, shown and kept as text by Excel."""
    cell = WriteOnlyCell(ws)
    _force_text(cell, value)
    return cell


def guard_row(ws: Worksheet, row: list[Any], columns: Iterable[int]) -> None:
    """Replace the risky text values at `columns` of a row about to be appended (write-only mode)."""
    for i in columns:
        v = row[i]
        if needs_guard(v):
            row[i] = text_cell(ws, v)


def guard_worksheet(ws: Worksheet) -> None:
    """Make every text cell of a normal-mode sheet a string cell (call before saving)."""
    for row in ws.iter_rows():
        for cell in row:
            v = cell.value
            if isinstance(v, str) and (cell.data_type in ("f", "e") or is_formula_like(v)):
                _force_text(cell, v)
