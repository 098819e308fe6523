"""Step 2 of an import: convert and validate every mapped cell, column by column.

Each column is converted from legacy encodings cell by cell (`exchange.cell_encodings`: the cell's
font where it names a legacy one, else its own text, with the column's guess as a prior; a person's
choices for ambiguous cells win), then each distinct cell value is converted (`exchange.excel.convert_cell`) and
checked by the one validator (`domain.validation.validate`) once: lists repeat the same countries,
communes, years and statuses thousands of times, so a 100,000-row file makes a few thousand
validator calls. Free-text values that cannot be refused (within the length limit, no pattern) skip
the validator call; everything else goes through it, so messages are the same as in the forms.
Cross-field rules (end date after start date, left after birth) run per row through the validator,
cached on the dates involved.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ...domain.errors import ValidationError
from ...domain.messages import translate
from ...domain.progress import CancelToken, ProgressCallback, no_progress
from ...domain.record_kinds import COMMUNE, DATE, LONGTEXT, TEXT, VOCAB, YEAR, resolve_code
from ...domain.text import fold, nfc
from ...domain.validation import validate
from ...exchange.cell_encodings import decide_column
from ...exchange.cell_values import CellValueError
from ...exchange.excel import ExcelColumn, convert_cell
from ...exchange.old_units import old_commune
from .import_types import AmbiguousText, ImportFile, OldCommuneUse
from .unknown_values import ADD, CLOSED_VOCABULARIES, KEEP, REJECT, UnknownValue, choice_for, local_code

_MISSING = object()


@dataclass
class ValidatedRows:
    lines: list[int]                       # 1-based sheet lines of the data rows
    raw: list[list[Any]]                   # the cells as read (after the household fill-down)
    values: list[dict[str, Any]]           # validated values by layout key (None when empty)
    errors: list[list[str]]                # per row: reasons in the current language (empty when valid)
    notices: list[str]
    ambiguous: list[AmbiguousText] = field(default_factory=list)
    converted: dict[str, dict[str, int]] = field(default_factory=dict)  # header -> encoding -> cells
    unknown: list[UnknownValue] = field(default_factory=list)
    new_terms: dict[tuple[str, str], str] = field(default_factory=dict)
    old_communes: list[OldCommuneUse] = field(default_factory=list)
    extra_keys: list[str] = field(default_factory=list)


def _empty(v: object) -> bool:
    return v is None or v == "" or (isinstance(v, str) and not v.strip())


class _FieldChecker:
    """Converts and validates values of one column, remembering each distinct value's outcome."""

    def __init__(self, col: ExcelColumn, province_code: int | None, required: bool | None = None,
                 extra_terms: dict[str, dict[str, str]] | None = None,
                 unknown: Callable[[str, str], str] | None = None) -> None:
        self.extra_terms = extra_terms
        # Values not in the vocabulary: what to do with each (see unknown_values.py), what was met
        # (folded -> (first spelling, cells)) and the terms to add ((vocabulary, code) -> label).
        self.unknown = (unknown if col.field.type == VOCAB and col.field.vocabulary
                        and col.field.vocabulary not in CLOSED_VOCABULARIES else None)
        self.unknown_parts: dict[tuple[type, Any], tuple[str, ...]] = {}
        # Old (pre-1/7/2025) commune names met: folded -> use; cache keys that were old names.
        self.old_choices: dict[str, int] = {}
        self.old_seen: dict[str, OldCommuneUse] = {}
        self.old_keys: set[tuple[type, Any]] = set()
        self.unknown_seen: dict[str, list[Any]] = {}
        self.new_terms: dict[tuple[str, str], str] = {}
        self.added_codes: dict[str, str] = {}
        self.col = col
        self.required = col.required if required is None else required
        self.f = col.field
        self.province_code = province_code
        self.cache: dict[tuple[type, Any], tuple[bool, Any]] = {}
        self.free_text = self.f.type in (TEXT, LONGTEXT) and not self.f.pattern

    def _validated(self, value: Any) -> tuple[bool, Any]:
        try:
            out = validate(self.col.record_kind, {self.f.name: value}, partial=True,
                           province_code=self.province_code, extra_terms=self.extra_terms)
        except ValidationError as e:
            return False, e.field_errors.get(self.f.name, e.message)
        return True, out[self.f.name]

    def check(self, raw: Any) -> tuple[bool, Any]:
        key = (raw.__class__, raw)
        hit = self.cache.get(key)
        if hit is not None:
            if self.unknown is not None:
                self._count_unknown(key)
            if key in self.old_keys:
                self.old_seen[fold(str(raw).strip())].count += 1
            return hit
        try:
            converted = convert_cell(raw, self.f, self.province_code)
        except CellValueError as e:
            result: tuple[bool, Any] = (False, e.message)
            if self.f.type == COMMUNE and e.code == "unknown_commune":
                result = self._old_commune(key, str(raw).strip(), result)
        else:
            if converted is None:
                result = self._validated(None) if self.required else (True, None)
            elif self.free_text and isinstance(converted, str) and len(converted) <= (self.f.max_len or 10**9):
                result = (True, nfc(converted))
            elif self.unknown is not None and isinstance(converted, str):
                result = self._vocabulary(key, nfc(converted) or converted)
            else:
                result = self._validated(converted)
        if len(self.cache) < 200_000:
            self.cache[key] = result
        if self.unknown is not None:
            self._count_unknown(key)
        if key in self.old_keys:
            self.old_seen[fold(str(raw).strip())].count += 1
        return result

    def _old_commune(self, key: tuple[type, Any], text: str, refused: tuple[bool, Any]) -> tuple[bool, Any]:
        """A commune written with its name from before 1/7/2025: the current one, or (split) the
        one a person chose; else the refusal, naming the current communes it went to."""
        found = old_commune(text, self.province_code)
        if found is None:
            return refused
        folded = fold(text)
        candidates = list(found.candidates)
        chosen = self.old_choices.get(folded)
        if chosen not in {c for c, _n in candidates}:
            chosen = candidates[0][0] if found.unique else None
        self.old_keys.add(key)
        self.old_seen.setdefault(folded, OldCommuneUse(self.col.key, "", text, 0, candidates, chosen))
        if chosen is None:
            return False, translate(
                "CellErrors", "“{found}” is a commune or ward from before 01/7/2025 that is now part of several: "
                "{names}. Choose the current one in the list of old addresses, or write it in the cell.").format(
                    found=text, names=", ".join(n for _c, n in candidates))
        return True, chosen
    def _vocabulary(self, key: tuple[type, Any], text: str) -> tuple[bool, Any]:
        """A vocabulary value: known parts become codes; unknown ones are mapped, added, kept as
        written or (strict) left to the validator to refuse."""
        vocabulary = self.f.vocabulary or ""
        extra = (self.extra_terms or {}).get(vocabulary)
        parts = [p.strip() for p in (text.split(",") if self.f.multi else [text]) if p.strip()]
        out: list[str] = []
        unknown: list[str] = []
        for part in parts:
            code = resolve_code(vocabulary, part, extra)
            if code is None:
                unknown.append(part)
                action = self.unknown(self.col.key, part) if self.unknown else REJECT
                if action == REJECT:
                    self.unknown_parts[key] = (part,)
                    return self._validated(text)
                if action == KEEP:
                    code = part.replace(",", " ")
                elif action == ADD:   # one term per value, however its cells are spelled ("Con", "con")
                    code = self.added_codes.setdefault(fold(part), local_code(part))
                    self.new_terms.setdefault((vocabulary, code), part)
                else:
                    code = resolve_code(vocabulary, action, extra)   # mapped to an existing term
                    if code is None:
                        return self._validated(text)
            if code not in out:
                out.append(code)
        if unknown:
            self.unknown_parts[key] = tuple(unknown)
        if not unknown:
            return self._validated(text)
        return True, ",".join(out) if out else None

    def _count_unknown(self, key: tuple[type, Any]) -> None:
        for part in self.unknown_parts.get(key, ()):
            seen = self.unknown_seen.get(fold(part))
            if seen is None:
                self.unknown_seen[fold(part)] = [part, 1]
            else:
                seen[1] += 1


def _household_fill_down(file: ImportFile, rows: list[list[Any]], notices: list[str]) -> None:
    """A person row whose household cells are all blank belongs to the household above it (lists
    often write the household once, on its first person's row)."""
    hh_cols = [j for j, k in enumerate(file.mapping) if k and not k.startswith("person.")]
    person_cols = [j for j, k in enumerate(file.mapping) if k and k.startswith("person.")]
    if not hh_cols or not person_cols:
        return
    filled = 0
    previous = None
    def blank(row: list[Any], cols: list[int]) -> bool:
        return all(_empty(row[j]) if j < len(row) else True for j in cols)

    for row in rows:
        if blank(row, hh_cols):
            if previous is not None and not blank(row, person_cols):
                if len(row) <= max(hh_cols):
                    row.extend([""] * (max(hh_cols) + 1 - len(row)))
                for j in hh_cols:
                    row[j] = previous[j] if j < len(previous) else ""
                filled += 1
        else:
            previous = row
    if filled:
        # Rendered now: notices travel as plain text (the CLI's --json prints them).
        notices.append(str(translate("ExcelTexts", "{count} rows without household details were counted in the "
                                     "household on the row above.").format(count=filled)))


_CANCEL_EVERY = 2047   # rows between two looks at the Cancel button (a power of two, minus one)


def validate_rows(file: ImportFile, mapping: list[str | None], province_code: int | None,
                  progress: ProgressCallback = no_progress, cancel: CancelToken | None = None,
                  extra_terms: dict[str, dict[str, str]] | None = None) -> ValidatedRows:
    cancel = cancel or CancelToken()
    lines: list[int] = []
    raw: list[list[Any]] = []
    for i in range(file.header_row + 1, len(file.sheet.rows)):
        row = file.sheet.rows[i]
        if row and not all(_empty(v) for v in row):
            lines.append(i + 1)
            raw.append(list(row))
    notices = list(file.sheet.notices)
    if file.kind == "household":
        file_for_fill = ImportFile(file.kind, file.path, file.sheet, file.header_row, file.headers, mapping,
                                   file.columns)
        _household_fill_down(file_for_fill, raw, notices)
    n = len(raw)
    values: list[dict[str, Any]] = [{} for _ in range(n)]
    errors: list[list[str]] = [[] for _ in range(n)]
    mapped = [(j, file.column(k)) for j, k in enumerate(mapping) if k]
    ambiguous: list[AmbiguousText] = []
    converted: dict[str, dict[str, int]] = {}
    unknown: list[UnknownValue] = []
    new_terms: dict[tuple[str, str], str] = {}
    old_communes: list[OldCommuneUse] = []
    old_rows: list[tuple[int, str, str]] = []
    for done, (j, col) in enumerate(mapped):
        cancel.raise_if_cancelled()
        progress(done, len(mapped) + 1, str(translate("ExcelProgress", "Checking the column «{column}»…").format(
            column=file.headers[j] or col.header)))
        cells = [row[j] if j < len(row) else "" for row in raw]
        header = file.headers[j] or col.header
        if any(isinstance(v, str) for v in cells):
            cells = _convert_encodings(file, j, header, cells, lines, ambiguous, converted, cancel)
        # In a households file a row may hold a household only: person fields are required only on
        # rows that have a person (checked below).
        in_person = file.kind == "household" and col.key.startswith("person.")
        checker = _FieldChecker(col, province_code, required=False if in_person else None,
                                extra_terms=extra_terms, unknown=lambda k, v: choice_for(file, k, v))
        checker.old_choices = file.old_commune_choices
        check: Callable[[Any], tuple[bool, Any]] = checker.check
        key = col.key
        for r, cell in enumerate(cells):
            if not r & _CANCEL_EVERY:   # a column of 100,000 cells takes seconds: Cancel within it
                cancel.raise_if_cancelled()
            ok, value = check(cell)
            if ok:
                values[r][key] = value
            else:
                errors[r].append(f"{header}: {value}")
            if checker.old_keys and (cell.__class__, cell) in checker.old_keys:
                old_rows.append((r, key, str(cell).strip()))
        for use in checker.old_seen.values():
            use.header = header
            old_communes.append(use)
        for text, count in checker.unknown_seen.values():
            unknown.append(UnknownValue(col.key, j, header, col.field.vocabulary or "", text, count,
                                        choice_for(file, col.key, text)))
        new_terms.update(checker.new_terms)
    if file.kind == "household":
        _person_required(file, mapped, values, errors, province_code)
    _cross_field(file, mapped, values, errors, province_code, extra_terms)
    notices.extend(encoding_notices(converted, ambiguous))
    notices.extend(unknown_notices(unknown))
    extra_keys = _keep_old_addresses(file, mapping, values, old_rows)
    if old_communes:
        notices.append(str(translate("ExcelNotices", "{count} communes or wards were written with their names from "
                                     "before 01/7/2025 and converted to the current ones (the old name is kept in "
                                     "«Địa chỉ cũ»); check them in the list of old addresses.").format(
                                         count=sum(u.count for u in old_communes))))
    progress(len(mapped) + 1, len(mapped) + 1, str(translate("ExcelProgress", "Check finished.")))
    return ValidatedRows(lines, raw, values, errors, notices, ambiguous, converted, unknown, new_terms,
                         old_communes, extra_keys)


def _keep_old_addresses(file: ImportFile, mapping: list[str | None], values: list[dict[str, Any]],
                        old_rows: list[tuple[int, str, str]]) -> list[str]:
    """A household whose commune was written with an old name keeps that text in its old address
    (unless the file gives one). Returns the keys filled beyond the mapping."""
    keys = {c.key for c in file.columns}
    filled: list[str] = []
    for r, key, text in old_rows:
        target = "person.old_address" if key.startswith("person.") else "old_address"
        if target not in keys:
            continue
        if values[r].get(target) in (None, ""):
            values[r][target] = text
            if target not in mapping and target not in filled:
                filled.append(target)
    return filled


_ENCODING_NAMES = {"tcvn3": "TCVN3 (.VnTime)", "tcvn3_caps": "TCVN3 (.VnTimeH)", "vni": "VNI (VNI-Times)"}


def _convert_encodings(file: ImportFile, j: int, header: str, cells: list[Any], lines: list[int],
                       ambiguous: list[AmbiguousText], converted: dict[str, dict[str, int]],
                       cancel: CancelToken | None = None) -> list[Any]:
    """One column's cells in Unicode, each read in its own encoding (font, text, then choices)."""
    sheet_fonts = file.sheet.cell_fonts(j)
    fonts = {r: sheet_fonts[line - 1] for r, line in enumerate(lines) if line - 1 in sheet_fonts}
    column_font = file.sheet.scan.default_font if sheet_fonts else file.sheet.font_of(j)
    choices = {r: file.encoding_choices[(line - 1, j)] for r, line in enumerate(lines)
               if (line - 1, j) in file.encoding_choices} if file.encoding_choices else {}
    decided = decide_column(cells, fonts, column_font, choices, file.column_encoding_choices.get(j), cancel)
    if decided.converted:
        converted[header] = dict(decided.converted)
    ambiguous.extend(AmbiguousText(lines[a.index], j, header, a.original, a.encoding, a.readings)
                     for a in decided.ambiguous)
    return decided.values


def unknown_notices(unknown: list[UnknownValue]) -> list[str]:
    """Per column: how many values are not in its list, and in how many cells."""
    per_column: dict[str, list[int]] = {}
    for u in unknown:
        counts = per_column.setdefault(u.header, [0, 0])
        counts[0] += 1
        counts[1] += u.count
    return [str(translate("ExcelNotices", "Column «{column}»: {count} values are not in the list ({cells} cells); "
                          "choose for each a term of the list, to add it to the list, or to keep it as written.")
                .format(column=header, count=values, cells=cells)) for header, (values, cells) in per_column.items()]


def encoding_notices(converted: dict[str, dict[str, int]], ambiguous: list[AmbiguousText]) -> list[str]:
    """How many cells of which encoding were converted in which column, and the ambiguous ones."""
    out = []
    for header, counts in converted.items():
        for encoding, count in sorted(counts.items()):
            out.append(str(translate("ExcelNotices", "Column «{column}»: {count} cells typed in {encoding} were "
                                     "converted to Unicode.").format(column=header, count=count,
                                                                     encoding=_ENCODING_NAMES[encoding])))
    per_column: dict[str, int] = {}
    for a in ambiguous:
        per_column[a.header] = per_column.get(a.header, 0) + 1
    for header, count in per_column.items():
        out.append(str(translate("ExcelNotices", "Column «{column}»: {count} cells read as Vietnamese in more than "
                                 "one encoding; check the proposed text in the list of such cells.").format(
                                     column=header, count=count)))
    return out


def _person_required(file: ImportFile, mapped: list[tuple[int, ExcelColumn]], values: list[dict[str, Any]],
                     errors: list[list[str]], province_code: int | None) -> None:
    person_cols = [c for _j, c in mapped if c.key.startswith("person.")]
    required = [c for c in person_cols if c.required]
    if not person_cols:
        return
    messages = {c.key: _FieldChecker(c, province_code, required=True)._validated(None)[1] for c in required}
    headers = {c.key: file.headers[j] or c.header for j, c in mapped}
    for r, row in enumerate(values):
        if any(row.get(c.key) is not None for c in person_cols):
            for c in required:
                if row.get(c.key) is None and c.key in row:
                    errors[r].append(f"{headers[c.key]}: {messages[c.key]}")


def _cross_field(file: ImportFile, mapped: list[tuple[int, ExcelColumn]], values: list[dict[str, Any]],
                 errors: list[list[str]], province_code: int | None,
                 extra_terms: dict[str, dict[str, str]] | None = None) -> None:
    """Rules between fields of one record (dates and years), through the validator."""
    by_kind: dict[str, list[ExcelColumn]] = {}
    for _j, col in mapped:
        if col.field.type in (DATE, YEAR):
            by_kind.setdefault(col.record_kind, []).append(col)
    cache: dict[tuple[str, tuple[tuple[str, Any], ...]], str | None] = {}
    for kind, cols in by_kind.items():
        if len(cols) < 2:
            continue
        headers = {c.field.name: c.header for c in cols}
        for r, row in enumerate(values):
            pairs = tuple((c.field.name, row.get(c.key)) for c in cols if row.get(c.key) is not None)
            if len(pairs) < 2:
                continue
            key = (kind, pairs)
            if key not in cache:
                try:
                    validate(kind, dict(pairs), partial=True, province_code=province_code,
                             extra_terms=extra_terms)
                    cache[key] = None
                except ValidationError as e:
                    cache[key] = "; ".join(f"{headers.get(f, f)}: {m}" for f, m in e.field_errors.items())
            problem = cache[key]
            if problem:
                errors[r].append(problem)
