"""Excel import, the use case: open → (mapping confirmed) → preview → apply all-or-nothing.

    file = open_import(path, "households", progress, cancel)          # header row + proposed mapping
    preview = preview_import(ctx, file, mapping, progress, cancel)     # nothing written
    write_import_errors(preview, "loi.xlsx")                           # "Lưu danh sách lỗi…"
    result = apply_import(ctx, file, preview, skip_invalid=True, progress=..., cancel=...)

`import_excel` does all of it for the CLI. Apply refuses when rows are invalid unless
`skip_invalid`, backs the database up first, then writes every new record in one transaction
(Core bulk inserts of rows made complete by the record writer); Cancel rolls it all back.
The plan is recomputed inside the write transaction, so rows written by someone else since the
preview are not written twice.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Table, insert

from ...domain.errors import ValidationError
from ...domain.formatting import format_number
from ...domain.messages import Message, render, translate
from ...domain.progress import CancelToken, ProgressCallback, no_progress
from ...domain.record_kinds import WORK_KINDS
from ...exchange.excel import DATE, NUMBER, OWNED_KINDS, TEXT, YEAR, write_error_workbook
from ...storage.models import MODEL_BY_KIND
from ..audit import write_audit
from ..operation_log import logged_operation
from ..record_writer import RecordWriter
from ..records.vocab_terms import extra_terms
from .import_plan import plan_import
from .import_reading import open_import
from .import_types import CANDIDATE, DUPLICATE, INVALID, NEW, ImportFile, ImportPreview, ImportResult
from .owners import owner_keys, resolve_owners
from .row_validation import validate_rows
from .unknown_values import add_local_terms

if TYPE_CHECKING:
    from ..app_context import AppContext

_BATCH = 5000
_WRITE_ORDER = ("household", "person", "activity", "twinning", "partner", "contribution", "commendation", "consent",
                *(k.kind for k in WORK_KINDS))
_KIND_FOR_FIELD = {"date": DATE, "int": NUMBER, "money": NUMBER, "year": YEAR}


def backup_before_import(ctx: AppContext, note: str) -> Path | None:
    from ..backups import IMPORT, backup_before

    return backup_before(ctx.data_dir, IMPORT, note=note)


def check_mapping(file: ImportFile, mapping: list[str | None]) -> None:
    """Refuse a mapping that would lose data silently or cannot make records."""
    seen: dict[str, int] = {}
    for j, key in enumerate(mapping):
        if not key:
            continue
        if key in seen:
            col = file.column(key)
            raise ValidationError(translate(
                "ExcelErrors", "The two columns «{first}» and «{second}» are both matched to «{field}». Choose "
                "one column per field; for a column not to import, choose «(Ignore)».").format(
                    first=file.headers[seen[key]], second=file.headers[j], field=col.label), code="mapping_twice")
        seen[key] = j
    mapped = set(seen)
    person_used = any(k.startswith("person.") for k in mapped)
    missing = [c for c in file.columns if c.required and c.key not in mapped
               and (not c.key.startswith("person.") or person_used)]
    if missing:
        names = ", ".join(f"«{c.label}»" for c in missing)
        raise ValidationError(translate(
            "ExcelErrors", "The file lacks required columns: {names}. Choose the matching columns in the column "
            "matching table, or add those columns to the file (see the template file).").format(names=names),
            code="required_column_missing")


def preview_import(ctx: AppContext, file: ImportFile, mapping: list[str | None] | None = None, *,
                   progress: ProgressCallback = no_progress, cancel: CancelToken | None = None) -> ImportPreview:
    cancel = cancel or CancelToken()
    mapping = list(file.mapping if mapping is None else mapping)
    mapping += [None] * (len(file.headers) - len(mapping))
    check_mapping(file, mapping)
    with ctx.session() as s:
        terms = extra_terms(s)
    rows = validate_rows(file, mapping, ctx.installation.province_code, progress, cancel, terms)
    cancel.raise_if_cancelled()
    progress(0, 0, str(translate("ExcelProgress", "Comparing with the data already there…")))
    if file.kind in OWNED_KINDS:   # contributions, commendations, consents: whose they are
        with ctx.session() as s:
            resolve_owners(s, file.kind, rows.values, rows.errors)
        cancel.raise_if_cancelled()
        rows.extra_keys = [*rows.extra_keys, *owner_keys(file.kind)]
    with ctx.session() as s:
        plan = plan_import(s, file.kind, [*mapping, *rows.extra_keys], rows.values, rows.errors, rows.lines,
                           cancel, site_id=ctx.installation.site_id)
    kinds = []
    for key in mapping:
        kinds.append(_KIND_FOR_FIELD.get(file.column(key).field.type, TEXT) if key else TEXT)
    return ImportPreview(
        kind=file.kind, file_name=file.path.name, headers=list(file.headers), mapping=mapping,
        lines=rows.lines, status=plan.status, reasons=plan.reasons, raw=rows.raw, values=rows.values,
        column_kinds=kinds, notices=rows.notices, households_new=plan.households_new,
        ambiguous_texts=rows.ambiguous, converted_cells=rows.converted, unknown_values=rows.unknown,
        new_terms=rows.new_terms, old_communes=rows.old_communes, extra_keys=rows.extra_keys,
    )


def write_import_errors(preview: ImportPreview, out: Path | str, *, progress: ProgressCallback = no_progress,
                        cancel: CancelToken | None = None) -> int:
    """The invalid rows with their reasons, to correct and import again. Returns the rows written."""
    bad = [i for i, s in enumerate(preview.status) if s == INVALID]
    rows = ((preview.lines[i], preview.raw[i], render(preview.reasons[i])) for i in bad)
    return write_error_workbook(out, preview.headers, preview.column_kinds, rows, source_name=preview.file_name,
                                total=len(bad), progress=progress, cancel=cancel)


def summary_text(preview: ImportPreview) -> Message:
    c = preview.counts
    return translate("ExcelTexts", "{rows} rows: {new} new, {candidates} possible duplicates, {duplicates} "
                     "already there, {invalid} with errors.").format(**{
                         k: format_number(c[k]) for k in ("rows", "new", "candidates", "duplicates", "invalid")})


@logged_operation("excel_import")
def apply_import(ctx: AppContext, file: ImportFile, preview: ImportPreview, *, skip_invalid: bool = False,
                 progress: ProgressCallback = no_progress, cancel: CancelToken | None = None) -> ImportResult:
    cancel = cancel or CancelToken()
    invalid = preview.count(INVALID)
    if invalid and not skip_invalid:
        raise ValidationError(translate(
            "ExcelErrors", "{count} rows have errors, so no row was imported. {summary} Correct the rows with "
            "errors (save the list of errors to see each row's reason), or choose to import only the valid "
            "rows.").format(count=format_number(invalid), summary=summary_text(preview)), code="invalid_rows")
    # (an invalid row's reason is the text its errors were joined into: render() gives it back as it is)
    errors = [[render(r)] if s == INVALID else [] for s, r in zip(preview.status, preview.reasons, strict=True)]
    if preview.importable == 0:
        return result_of(preview, {}, None)
    progress(0, 0, str(translate("ExcelProgress", "Backing up the data before the import…")))
    backup = backup_before_import(ctx, preview.file_name)
    cancel.raise_if_cancelled()
    created: dict[str, int] = {}
    with ctx.session() as s:
        writer = RecordWriter(s, ctx)
        writer.next_counter(0)  # takes SQLite's write lock now: the plan below cannot go stale
        added = add_local_terms(s, preview.new_terms)   # values a person chose to add to the office's lists
        if added:
            created["vocabulary"] = added
        plan = plan_import(s, file.kind, [*preview.mapping, *preview.extra_keys], preview.values, errors,
                           preview.lines, cancel, site_id=ctx.installation.site_id)
        total = sum(len(v) for v in plan.creates.values())
        counter = writer.next_counter(total) if total else 0
        done = 0
        writing = str(translate("ExcelProgress", "Writing to the database…"))
        for kind in _WRITE_ORDER:
            items = plan.creates.get(kind) or []
            if not items:
                continue
            model = MODEL_BY_KIND[kind]
            table = model.__table__
            assert isinstance(table, Table)   # (typed as any selectable; every model here maps a table)
            for start in range(0, len(items), _BATCH):
                cancel.raise_if_cancelled()
                batch = []
                for record_id, values in items[start:start + _BATCH]:
                    batch.append(writer.prepare_insert(model, values, counter + done, record_id))
                    done += 1
                s.execute(insert(table), batch)
                progress(done, total, writing)
            created[kind] = len(items)
        cancel.raise_if_cancelled()
        # Audit details are catalogue texts: the log reads in the language of whoever opens it.
        details = translate("AuditDetails", "Imported from the Excel file «{file}»: {counts}").format(
            file=preview.file_name, counts=", ".join(f"{n} {k}" for k, n in created.items()))
        write_audit(s, ctx, "import", file.kind, None, details=details)
        preview.status, preview.reasons = plan.status, plan.reasons
    return result_of(preview, created, str(backup) if backup else None)   # no copy on a server


def result_of(preview: ImportPreview, created: dict[str, int], backup: str | None,
              dry_run: bool = False) -> ImportResult:
    c = preview.counts
    return ImportResult(rows=c["rows"], imported=c["new"] + c["candidates"], duplicates=c["duplicates"],
                        invalid=c["invalid"], candidates=c["candidates"], records_created=created,
                        backup=backup, dry_run=dry_run)


def import_excel(ctx: AppContext, kind: str, path: Path | str, *, dry_run: bool = False, skip_invalid: bool = False,
                 errors_out: Path | str | None = None, mapping: list[str | None] | None = None,
                 unknown: str = "keep", progress: ProgressCallback = no_progress,
                 cancel: CancelToken | None = None) -> tuple[ImportResult, ImportPreview]:
    """Everything at once (the CLI): the proposed mapping is used as is. `unknown`: what to do with
    values not in a vocabulary ("keep" as written, "add" to the office's lists, "reject" the row)."""
    file = open_import(path, kind, progress, cancel)
    file.unknown_default = unknown
    preview = preview_import(ctx, file, mapping, progress=progress, cancel=cancel)
    if errors_out is not None and preview.count(INVALID):
        write_import_errors(preview, errors_out, cancel=cancel)
    if dry_run:
        return result_of(preview, {}, None, dry_run=True), preview
    return apply_import(ctx, file, preview, skip_invalid=skip_invalid, progress=progress, cancel=cancel), preview


__all__ = ["CANDIDATE", "DUPLICATE", "INVALID", "NEW", "apply_import", "check_mapping", "import_excel",
           "open_import", "preview_import", "summary_text", "write_import_errors"]
