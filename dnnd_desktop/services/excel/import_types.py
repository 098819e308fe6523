"""Plain data passed between the import steps and to the GUI/CLI: no ORM objects, no Qt."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ...domain.messages import Text, translate
from ...exchange.excel import ExcelColumn, SheetData

# Row statuses in the preview.
NEW = "new"              # will be written
CANDIDATE = "candidate"  # will be written, but looks like a record already there (same folded name,
                         # birth year and commune): flagged for a person to merge later
DUPLICATE = "duplicate"  # identical to a record in the database or an earlier row: skipped
INVALID = "invalid"      # refused, with the reason

STATUS_LABELS = {NEW: translate("ImportStatus", "New"), CANDIDATE: translate("ImportStatus", "Possible duplicate"),
                 DUPLICATE: translate("ImportStatus", "Already there"), INVALID: translate("ImportStatus", "Error")}


@dataclass
class ImportFile:
    """A read sheet with its header row found and a proposed mapping (confirmed in the dialog)."""

    kind: str
    path: Path
    sheet: SheetData
    header_row: int                 # 0-based
    headers: list[str]              # per sheet column (legacy encodings converted)
    mapping: list[str | None]       # per sheet column: layout column key or None (ignored)
    columns: tuple[ExcelColumn, ...]
    # A person's choice of reading for ambiguous cells (see `encoding_choices.py`):
    # (0-based sheet row, sheet column) -> encoding, and sheet column -> encoding for all of them.
    encoding_choices: dict[tuple[int, int], str] = field(default_factory=dict)
    column_encoding_choices: dict[int, str] = field(default_factory=dict)
    # Values not in a vocabulary (see `unknown_values.py`): (column key, folded value) -> "keep",
    # "add", "reject" or an existing term's code; the default for those not chosen.
    unknown_choices: dict[tuple[str, str], str] = field(default_factory=dict)
    unknown_default: str = "keep"
    # Communes written with a pre-1/7/2025 name that was split: folded old text -> chosen commune code.
    old_commune_choices: dict[str, int] = field(default_factory=dict)

    @property
    def data_row_count(self) -> int:
        return sum(1 for r in self.sheet.rows[self.header_row + 1:] if r)

    def column(self, key: str) -> ExcelColumn:
        for c in self.columns:
            if c.key == key:
                return c
        raise KeyError(key)


@dataclass(frozen=True)
class AmbiguousText:
    """A cell whose text reads as Vietnamese in more than one encoding: the preview lists it."""

    line: int                       # 1-based sheet line
    column: int                     # 0-based sheet column
    header: str
    original: str                   # the text as stored in the file
    encoding: str                   # the reading used ("unicode", "tcvn3", "tcvn3_caps", "vni")
    readings: dict[str, str]        # encoding -> the text it gives (the one used and the others)

    @property
    def proposed(self) -> str:
        return self.readings[self.encoding]

    def to_dict(self) -> dict[str, Any]:
        return {"line": self.line, "column": self.column, "header": self.header, "original": self.original,
                "encoding": self.encoding, "readings": dict(self.readings)}


@dataclass
class OldCommuneUse:
    """A commune or ward written with its name from before 1/7/2025, and the current one(s)."""

    key: str                                  # layout column key ("commune_code")
    header: str
    old_text: str                             # as typed (first spelling met)
    count: int                                # cells
    candidates: list[tuple[int, str]]         # (code, name) of the current communes it went to
    chosen: int | None                        # the code used (None: split and not chosen yet)

    def to_dict(self) -> dict[str, Any]:
        return {"column": self.header, "old": self.old_text, "count": self.count,
                "candidates": [{"code": c, "name": n} for c, n in self.candidates], "chosen": self.chosen}


@dataclass
class ImportPreview:
    kind: str
    file_name: str
    headers: list[str]                       # the sheet's header texts
    mapping: list[str | None]                # as confirmed
    lines: list[int]                         # 1-based sheet line of each data row
    status: list[str]                        # per data row
    reasons: list[Text]                      # per data row ("" for a plain new row); str() to show
    raw: list[list[Any]]                     # per data row: the cells as read
    values: list[dict[str, Any]]             # per data row: validated values by layout key
    column_kinds: list[str]                  # per sheet column: writer kind for the error workbook
    notices: list[str] = field(default_factory=list)
    households_new: int = 0                  # households import: households that will be created
    ambiguous_texts: list[AmbiguousText] = field(default_factory=list)
    # header -> encoding -> cells converted from that encoding
    converted_cells: dict[str, dict[str, int]] = field(default_factory=dict)
    unknown_values: list[Any] = field(default_factory=list)        # UnknownValue, per column and value
    new_terms: dict[tuple[str, str], str] = field(default_factory=dict)   # (vocabulary, code) -> label to add
    old_communes: list[OldCommuneUse] = field(default_factory=list)
    extra_keys: list[str] = field(default_factory=list)   # fields filled beyond the mapping ("old_address")

    def count(self, status: str) -> int:
        return sum(1 for s in self.status if s == status)

    @property
    def counts(self) -> dict[str, int]:
        return {"rows": len(self.status), "new": self.count(NEW), "candidates": self.count(CANDIDATE),
                "duplicates": self.count(DUPLICATE), "invalid": self.count(INVALID)}

    @property
    def importable(self) -> int:
        return self.count(NEW) + self.count(CANDIDATE)


@dataclass
class ImportResult:
    rows: int
    imported: int            # rows written (new + candidates)
    duplicates: int          # rows skipped as already present
    invalid: int
    candidates: int          # of the imported rows, those flagged as possible duplicates
    records_created: dict[str, int] = field(default_factory=dict)  # kind -> count
    backup: str | None = None
    dry_run: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {"rows": self.rows, "imported": self.imported, "duplicates": self.duplicates,
                "invalid": self.invalid, "candidates": self.candidates,
                "records_created": self.records_created, "backup": self.backup, "dry_run": self.dry_run}
