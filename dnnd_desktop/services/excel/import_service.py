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

from sqlalchemy import insert

from ...domain.errors import ValidationError
from ...domain.formatting import format_number
from ...domain.progress import CancelToken, ProgressCallback, no_progress
from ...exchange.excel import DATE, NUMBER, TEXT, YEAR, write_error_workbook
from ...storage.models.records import MODEL_BY_KIND
from ..audit import write_audit
from ..record_writer import RecordWriter
from ..records.vocab_terms import extra_terms
from .import_plan import plan_import
from .import_reading import open_import
from .import_types import CANDIDATE, DUPLICATE, INVALID, NEW, ImportFile, ImportPreview, ImportResult
from .row_validation import validate_rows

_BATCH = 5000
_WRITE_ORDER = ("household", "person", "activity", "twinning", "partner")
_KIND_FOR_FIELD = {"date": DATE, "int": NUMBER, "money": NUMBER, "year": YEAR}


def backup_before_import(ctx, note: str) -> Path | None:
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
            raise ValidationError(
                f"Hai cột «{file.headers[seen[key]]}» và «{file.headers[j]}» cùng được gán cho «{col.header}». "
                "Hãy chọn mỗi trường cho một cột; cột không cần nhập thì chọn «(Bỏ qua)».", code="mapping_twice")
        seen[key] = j
    mapped = set(seen)
    person_used = any(k.startswith("person.") for k in mapped)
    missing = [c for c in file.columns if c.required and c.key not in mapped
               and (not c.key.startswith("person.") or person_used)]
    if missing:
        names = ", ".join(f"«{c.header}»" for c in missing)
        raise ValidationError(
            f"Tệp chưa có cột bắt buộc: {names}. Hãy chọn cột tương ứng trong bảng ghép cột, hoặc thêm cột "
            "đó vào tệp (xem tệp mẫu).", code="required_column_missing")


def preview_import(ctx, file: ImportFile, mapping: list[str | None] | None = None, *,
                   progress: ProgressCallback = no_progress, cancel: CancelToken | None = None) -> ImportPreview:
    cancel = cancel or CancelToken()
    mapping = list(file.mapping if mapping is None else mapping)
    mapping += [None] * (len(file.headers) - len(mapping))
    check_mapping(file, mapping)
    with ctx.session() as s:
        terms = extra_terms(s)
    rows = validate_rows(file, mapping, ctx.installation.province_code, progress, cancel, terms)
    cancel.raise_if_cancelled()
    progress(0, 0, "Đang so sánh với dữ liệu đã có…")
    with ctx.session() as s:
        plan = plan_import(s, file.kind, mapping, rows.values, rows.errors, rows.lines)
    kinds = []
    for key in mapping:
        kinds.append(_KIND_FOR_FIELD.get(file.column(key).field.type, TEXT) if key else TEXT)
    return ImportPreview(
        kind=file.kind, file_name=file.path.name, headers=list(file.headers), mapping=mapping,
        lines=rows.lines, status=plan.status, reasons=plan.reasons, raw=rows.raw, values=rows.values,
        column_kinds=kinds, notices=rows.notices, households_new=plan.households_new,
    )


def write_import_errors(preview: ImportPreview, out: Path | str, *, progress: ProgressCallback = no_progress,
                        cancel: CancelToken | None = None) -> int:
    """The invalid rows with their reasons, to correct and import again. Returns the rows written."""
    bad = [i for i, s in enumerate(preview.status) if s == INVALID]
    rows = ((preview.lines[i], preview.raw[i], preview.reasons[i]) for i in bad)
    return write_error_workbook(out, preview.headers, preview.column_kinds, rows, source_name=preview.file_name,
                                total=len(bad), progress=progress, cancel=cancel)


def summary_text(preview: ImportPreview) -> str:
    c = preview.counts
    return (f"{format_number(c['rows'])} dòng: {format_number(c['new'])} mới, {format_number(c['candidates'])} "
            f"có thể trùng, {format_number(c['duplicates'])} đã có, {format_number(c['invalid'])} lỗi.")


def apply_import(ctx, file: ImportFile, preview: ImportPreview, *, skip_invalid: bool = False,
                 progress: ProgressCallback = no_progress, cancel: CancelToken | None = None) -> ImportResult:
    cancel = cancel or CancelToken()
    invalid = preview.count(INVALID)
    if invalid and not skip_invalid:
        raise ValidationError(
            f"Có {format_number(invalid)} dòng lỗi nên chưa nhập dòng nào. {summary_text(preview)} Hãy sửa các "
            "dòng lỗi (lưu danh sách lỗi để xem lý do từng dòng), hoặc chọn chỉ nhập các dòng hợp lệ.",
            code="invalid_rows")
    errors = [[r] if s == INVALID else [] for s, r in zip(preview.status, preview.reasons)]
    if preview.importable == 0:
        return result_of(preview, {}, None)
    progress(0, 0, "Đang sao lưu dữ liệu trước khi nhập…")
    backup = backup_before_import(ctx, preview.file_name)
    cancel.raise_if_cancelled()
    created: dict[str, int] = {}
    with ctx.session() as s:
        writer = RecordWriter(s, ctx)
        writer.next_counter(0)  # takes SQLite's write lock now: the plan below cannot go stale
        plan = plan_import(s, file.kind, preview.mapping, preview.values, errors, preview.lines)
        total = sum(len(v) for v in plan.creates.values())
        counter = writer.next_counter(total) if total else 0
        done = 0
        for kind in _WRITE_ORDER:
            items = plan.creates.get(kind) or []
            if not items:
                continue
            model = MODEL_BY_KIND[kind]
            table = model.__table__
            for start in range(0, len(items), _BATCH):
                cancel.raise_if_cancelled()
                batch = []
                for record_id, values in items[start:start + _BATCH]:
                    batch.append(writer.prepare_insert(model, values, counter + done, record_id))
                    done += 1
                s.execute(insert(table), batch)
                progress(done, total, "Đang ghi vào cơ sở dữ liệu…")
            created[kind] = len(items)
        cancel.raise_if_cancelled()
        details = (f"Nhập từ tệp Excel «{preview.file_name}»: "
                   + ", ".join(f"{n} {k}" for k, n in created.items()))
        write_audit(s, ctx, "import", file.kind, None, details=details)
        preview.status, preview.reasons = plan.status, plan.reasons
    return result_of(preview, created, str(backup) if backup else None)   # no copy on a server


def result_of(preview: ImportPreview, created: dict[str, int], backup: str | None, dry_run: bool = False) -> ImportResult:
    c = preview.counts
    return ImportResult(rows=c["rows"], imported=c["new"] + c["candidates"], duplicates=c["duplicates"],
                        invalid=c["invalid"], candidates=c["candidates"], records_created=created,
                        backup=backup, dry_run=dry_run)


def import_excel(ctx, kind: str, path: Path | str, *, dry_run: bool = False, skip_invalid: bool = False,
                 errors_out: Path | str | None = None, mapping: list[str | None] | None = None,
                 progress: ProgressCallback = no_progress, cancel: CancelToken | None = None
                 ) -> tuple[ImportResult, ImportPreview]:
    """Everything at once (the CLI): the proposed mapping is used as is."""
    file = open_import(path, kind, progress, cancel)
    preview = preview_import(ctx, file, mapping, progress=progress, cancel=cancel)
    if errors_out is not None and preview.count(INVALID):
        write_import_errors(preview, errors_out, cancel=cancel)
    if dry_run:
        return result_of(preview, {}, None, dry_run=True), preview
    return apply_import(ctx, file, preview, skip_invalid=skip_invalid, progress=progress, cancel=cancel), preview


__all__ = ["CANDIDATE", "DUPLICATE", "INVALID", "NEW", "apply_import", "check_mapping", "import_excel",
           "open_import", "preview_import", "summary_text", "write_import_errors"]
