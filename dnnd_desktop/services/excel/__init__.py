"""Excel import/export and list printouts' data, for the GUI list pages and the CLI.

Import (one sheet, one kind; households: one row per overseas person, household columns repeated):
    open_import(path, kind, progress, cancel) -> ImportFile            header row + proposed mapping
    preview_import(ctx, file, mapping=None, progress=, cancel=) -> ImportPreview   nothing written
    write_import_errors(preview, out, progress=, cancel=) -> int       error workbook ("Lưu danh sách lỗi…")
    apply_import(ctx, file, preview, skip_invalid=False, progress=, cancel=) -> ImportResult
    import_excel(ctx, kind, path, dry_run=, skip_invalid=, errors_out=) -> (ImportResult, ImportPreview)
    choose_cell_encoding(file, line, column, enc) / choose_column_encoding(file, column, enc)
                                    a reading for ambiguous cells (preview.ambiguous_texts), then preview again
Export:
    export_list(ctx, kind, path, query=None, include_sensitive=False, progress=, cancel=) -> ExportResult
    write_kind_template(ctx, kind, path) -> Path                        "Tải mẫu"
"""
from .encoding_choices import choose_cell_encoding, choose_column_encoding, choose_old_commune
from .export_service import ExportResult, export_columns, export_list, write_kind_template
from .import_reading import CLI_KINDS, excel_kind, open_import
from .import_service import (
    apply_import,
    check_mapping,
    import_excel,
    preview_import,
    summary_text,
    write_import_errors,
)
from .import_types import (
    CANDIDATE,
    DUPLICATE,
    INVALID,
    NEW,
    STATUS_LABELS,
    AmbiguousText,
    ImportFile,
    ImportPreview,
    ImportResult,
)

__all__ = [
    "AmbiguousText", "choose_cell_encoding", "choose_column_encoding", "choose_old_commune",
    "CANDIDATE", "CLI_KINDS", "DUPLICATE", "INVALID", "NEW", "STATUS_LABELS", "ExportResult", "ImportFile",
    "ImportPreview", "ImportResult", "apply_import", "check_mapping", "excel_kind", "export_columns",
    "export_list", "import_excel", "open_import", "preview_import", "summary_text", "write_import_errors",
    "write_kind_template",
]
