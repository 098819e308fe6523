"""Excel export of a list, with the page's current search, filters and sort.

    export_list(ctx, "households", "ho.xlsx", ListQuery(...), include_sensitive=False,
                progress=..., cancel=...) -> ExportResult
    write_kind_template(ctx, "households", "mau.xlsx") -> Path                  ("Tải mẫu")

The households list is written one row per overseas person with the household's columns repeated
(a household without persons gets one row), which is also the import layout: an exported file
imports back adding nothing. Sensitive fields (ethnicity, religion, ID numbers, residence status,
wishes) are left out unless asked for by a user with the right, with a reason (services/privacy);
people without valid consent for lists are left out and counted (services/privacy/consent_filter);
every export is written to the audit log (personal data leaving the application).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from ...domain.formatting import format_date
from ...domain.messages import render, translate
from ...domain.progress import CancelToken, ProgressCallback, no_progress
from ...domain.record_kinds import BOOL, COMMUNE, COUNTRY, DATE, INT, MONEY, VOCAB, YEAR, FieldSpec, kind_spec
from ...exchange.excel import DATE as X_DATE
from ...exchange.excel import NUMBER as X_NUMBER
from ...exchange.excel import OWNED_KINDS, ExcelColumn, SheetColumn, excel_columns, write_table, write_template
from ...exchange.excel import TEXT as X_TEXT
from ...exchange.excel import YEAR as X_YEAR
from ..audit import write_audit
from ..operation_log import logged_operation
from ..privacy.consent import LISTS, NO_CONSENT, VALID, SubjectVerdicts
from ..privacy.consent_filter import ConsentExclusions, ConsentScreen
from ..privacy.sensitive_access import sensitive_export_reason
from ..records.display import display_value
from ..records.types import ListQuery
from ..records.vocab_terms import extra_terms
from .import_reading import excel_kind
from .list_source import count_list, household_person_groups, stream_list
from .owners import owner_cells
from .query_text import describe_query

if TYPE_CHECKING:
    from ..app_context import AppContext

_SHEET_KIND = {DATE: X_DATE, INT: X_NUMBER, MONEY: X_NUMBER, YEAR: X_YEAR}


@dataclass
class ExportResult:
    path: str
    rows: int
    columns: int
    sensitive_included: bool
    excluded: ConsentExclusions | None = None   # people left out for want of consent (issue 14)

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "rows": self.rows, "columns": self.columns,
                "sensitive_included": self.sensitive_included,
                "excluded": self.excluded.to_dict() if self.excluded else None}


def export_columns(kind: str, include_sensitive: bool = False) -> list[ExcelColumn]:
    return [c for c in excel_columns(kind) if include_sensitive or not c.sensitive]


def _converter(f: FieldSpec, province_code: int | None, terms: dict[str, dict[str, str]]) -> Callable[[Any], Any]:
    """Raw stored value -> what goes into the cell (labels for codes, numbers and dates as such).
    Codes and dates repeat from row to row: each distinct one is converted once (_Labels)."""
    if f.type in (VOCAB, COUNTRY, COMMUNE, BOOL):
        # (document text: Vietnamese whatever the UI language)
        return _Labels(lambda v: display_value(f, v, province_code, terms, language="vi") or None)
    if f.type == DATE:
        return _Labels(lambda v: dt.date.fromisoformat(v[:10]) if isinstance(v, str) else v)
    return _as_is


def _as_is(v: Any) -> Any:
    """A value written as it is stored (an empty text as an empty cell)."""
    return None if v == "" else v


def title_lines(ctx: AppContext, kind: str, query: ListQuery | None) -> list[str]:
    """The export's heading: document text, so Vietnamese whatever the UI language."""
    spec = kind_spec(kind)
    inst = ctx.installation
    lines = [inst.office_name.upper() if inst.office_name else "",
             f"DANH SÁCH {render(spec.label, 'vi').upper()}",
             f"Ngày xuất: {format_date(dt.date.today())}. {describe_query(ctx, kind, query)}"]
    return [x for x in lines if x]


@logged_operation("excel_export")
def export_list(ctx: AppContext, kind: str, path: Path | str, query: ListQuery | None = None, *,
                include_sensitive: bool = False, reason: str | None = None,
                progress: ProgressCallback = no_progress, cancel: CancelToken | None = None) -> ExportResult:
    """`include_sensitive` needs the right and a `reason` (services/privacy/sensitive_access.py),
    checked before anything is written; the reason goes into the audit entry."""
    kind = excel_kind(kind)
    if include_sensitive:
        reason = sensitive_export_reason(ctx, reason)
    spec = kind_spec(kind)
    query = query or ListQuery()
    cols = export_columns(kind, include_sensitive)
    # Computed columns are for reading (the importer ignores them); owned kinds name their owner already.
    computed = [] if kind == "household" or kind in OWNED_KINDS else [c for c in spec.computed if c.list_column]
    sheet_cols = ([SheetColumn(c.header, _SHEET_KIND.get(c.field.type, X_TEXT)) for c in cols]
                  + [SheetColumn(render(c.label, "vi"), _SHEET_KIND.get(c.type, X_TEXT)) for c in computed])
    # (the households list has a row per person: its count of households is no total to show)
    total = None if kind == "household" else count_list(ctx, kind, query)
    province = ctx.installation.province_code
    with ctx.session() as s:
        terms = extra_terms(s)
        convert = [_converter(c.field, province, terms) for c in cols]
        comp_convert = [_converter(c, province, terms) for c in computed]
        screen = ConsentScreen.open(s, LISTS)   # no one goes into a list file without consent for it
        if kind == "household":
            rows = _household_rows(ctx, s, query, cols, convert, screen)
        else:
            names = [c.name for c in cols]
            comp_names = [c.name for c in computed]

            keys = [c.key for c in cols]
            owned = kind in OWNED_KINDS
            owners_cache: dict[str, Any] = {}

            def rows_gen() -> Iterator[list[Any]]:
                for rec in stream_list(ctx, s, kind, query):
                    if not screen.keep(kind, rec):
                        continue
                    if owned:   # the household (and person) the record belongs to, by name
                        rec = {**rec, **owner_cells(s, kind, rec, owners_cache)}
                    yield ([fn(rec.get(k if owned else n)) for fn, n, k in zip(convert, names, keys, strict=True)]
                           + [fn(rec.get(n)) for fn, n in zip(comp_convert, comp_names, strict=True)])
            rows = rows_gen()
        count = write_table(path, sheet_cols, rows, sheet_title=render(spec.label, "vi"),
                            title_lines=title_lines(ctx, kind, query),
                            office=ctx.installation.office_name or "",
                            print_title=f"Danh sách {render(spec.label, 'vi').lower()}",
                            total=total, progress=progress, cancel=cancel)
    with ctx.session() as s:
        # Audit details are catalogue texts: the log reads in the language of whoever opens it.
        if include_sensitive:
            write_audit(s, ctx, "export_sensitive", kind, None, details=translate(
                "AuditDetails", "Excel export of {count} rows to «{file}» with the sensitive fields; reason: {reason}")
                .format(count=count, file=Path(path).name, reason=reason))
        else:
            write_audit(s, ctx, "export", kind, None, details=translate(
                "AuditDetails", "Excel export of {count} rows to «{file}»").format(count=count, file=Path(path).name))
    return ExportResult(str(path), count, len(sheet_cols), include_sensitive, screen.result())


def _household_rows(ctx: AppContext, s: Session, query: ListQuery, cols: list[ExcelColumn],
                    convert: list[Callable[[Any], Any]], screen: ConsentScreen) -> Iterator[list[Any]]:
    """One sheet row per person with valid consent, the household's cells repeated; a household
    with consent whose persons are all left out (or who has none) gets one row of its own.

    This loop runs for every row of a 100k-row export, so the work is done once where it can be:
    SQL returns the cells in the sheet's column order, so a row is a slice of it; only code
    columns (communes, countries, vocabularies) are converted, through a dict; consent is one dict
    look-up per household, and per person where some person has consents of their own
    (SubjectVerdicts, with the rules of ConsentBook). Empty texts are left to the writer, which
    writes them as empty cells."""
    h_names = [c.name for c in cols if c.record_kind == "household"]
    p_names = [c.name for c in cols if c.record_kind == "person"]
    if [c.record_kind for c in cols] != ["household"] * len(h_names) + ["person"] * len(p_names):
        raise AssertionError("the households layout lists the household's columns first")
    h_at, p_at, groups = household_person_groups(ctx, s, query, h_names, p_names)
    n_h, n_p = len(h_names), len(p_names)
    h_id, head_name, p_id, full_name = h_at["id"], h_at["head_name"], p_at["id"], p_at["full_name"]
    # (position in the sheet row, labels by code) of the columns holding codes, per part of the row
    coded_h = [(i, fn) for i, fn in enumerate(convert[:n_h]) if isinstance(fn, _Labels)]
    coded_p = [(n_h + i, fn) for i, fn in enumerate(convert[n_h:]) if isinstance(fn, _Labels)]
    verdicts = SubjectVerdicts.load(s, screen.out.purpose)
    households, persons = verdicts.households, verdicts.persons
    no_person = [None] * n_p

    for household, members in groups:
        hid = household[h_id]
        code = households.get(hid, NO_CONSENT)
        if code != VALID:   # left out, and its persons with it: their rows carry the household's cells
            screen.left_out("household", hid, household[head_name], code)
            continue
        # The household's cells once, the same values on each of its persons' rows.
        h_cells = list(household[:n_h])
        for i, labels in coded_h:
            h_cells[i] = labels[h_cells[i]]
        written = False
        for row in members:
            # (most offices record no person's own consent: then the household's covers everyone)
            own = persons.get(row[p_id]) if persons else None
            if own is None or own == VALID:
                cells = [*h_cells, *row[:n_p]]
                for i, labels in coded_p:
                    cells[i] = labels[cells[i]]
                yield cells
                written = True
            else:
                screen.left_out("person", row[p_id], row[full_name], own)
        if not written:
            yield h_cells + no_person


class _Labels(dict[Any, Any]):
    """A column's cell values by stored value, each made once, on first meeting it (a dict's own
    look-up for every later row, by subscript or by call); no value, no cell."""

    def __init__(self, convert: Callable[[Any], Any]):
        super().__init__({None: None, "": None})
        self._convert = convert

    def __missing__(self, code: Any) -> Any:
        value = self[code] = self._convert(code)
        return value

    __call__ = dict.__getitem__   # (a converter like the others; the dict look-up, __missing__ included)


def write_kind_template(ctx: AppContext | None, kind: str, path: Path | str) -> Path:
    """The blank template of a kind, with the communes of the office's province in its lists."""
    return write_template(path, excel_kind(kind), ctx.installation.province_code if ctx else None,
                          office=(ctx.installation.office_name or "") if ctx else "")
