"""What the list pages' Excel and print buttons do (called through gui/records/excel_bridge.py):

    export_list_to_excel(parent, ctx, runner, kind, query, path=None, include_sensitive=None, reason=None)
    print_list_pdf(parent, ctx, runner, kind, query, path=None, include_sensitive=None, reason=None)
    print_record_sheet(parent, ctx, runner, kind, record_id, path=None, show_sensitive=False) -> Task | None
    download_template(parent, ctx, runner, kind, path=None) -> Task | None          "Tải mẫu"
    import_from_excel(parent, ctx, runner, kind) -> ExcelImportDialog

Each asks where to save (unless `path` is given: tests and scripts), then runs the service in the
task runner with progress and Cancel, and tells the status bar when done. None: the person
cancelled the file chooser (or the runner refused a second writing task).
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from ...domain.formatting import format_number
from ...domain.messages import render
from ...domain.record_kinds import kind_spec
from ...domain.text import fold
from ...services.privacy.consent import REASON_TEXTS
from .. import message_boxes
from ..records.field_text import field_label

# Written as translate("ExcelActions", "...") at each use: pyside6-lupdate only collects literals it
# sees inside the call, so a one-argument helper would leave every text here untranslated.
translate = QCoreApplication.translate
_SHOWN_EXCLUDED = 30


def _suggested(kind: str, suffix: str, prefix: str = "danh-sach", ctx=None) -> str:
    # The files are Vietnamese documents whatever the UI language, so is their name; it says which
    # office made it (its place name, never a person's) and the day.
    label = fold(render(kind_spec(kind).label, "vi")).replace(" ", "-")
    from ..export_files import office_short_name

    short = office_short_name(ctx)
    office = f"-{short}" if short else ""
    return f"{prefix}-{label}{office}-{dt.date.today():%Y%m%d}{suffix}"


def _ask_path(parent, title: str, suggested: str, file_filter: str, ctx=None) -> str | None:
    """Asked in the folder used last for exports (kept per installation)."""
    from ..ui_settings import UiSettings

    settings = UiSettings(ctx.data_dir) if ctx is not None else None
    folder = settings.folder("exports") if settings is not None else None
    path, chosen = QFileDialog.getSaveFileName(parent, title, str(Path(folder) / suggested) if folder else suggested,
                                               file_filter)
    if not path:
        return None
    if settings is not None:
        settings.set_folder("exports", str(Path(path).parent))
    # A name typed without an extension takes the one of the format chosen in the dialog.
    if Path(path).suffix.lower() not in (".pdf", ".docx", ".xlsx"):
        path += ".docx" if "*.docx" in chosen else ".xlsx" if "*.xlsx" in chosen else ".pdf"
    return path


def _excel_filter() -> str:
    return translate("ExcelActions", "Excel workbooks (*.xlsx)")


def _pdf_filter() -> str:
    """Printouts are official documents: PDF to sign, or Word for the clerk to edit."""
    return (translate("ExcelActions", "PDF files (*.pdf)") + ";;"
            + translate("ExcelActions", "Word documents (*.docx)"))


def excluded_text(excluded) -> str:
    """Who was left out of a list for want of consent, and why (names and reasons only), or ""."""
    if excluded is None or not excluded.total:
        return ""
    head = (translate("ExcelActions", "%1 households and %2 persons abroad were left out: they have no valid consent "
                                      "to printing and exporting lists.")
            .replace("%1", format_number(excluded.households)).replace("%2", format_number(excluded.persons)))
    shown = [f"{e.name} ({render(REASON_TEXTS[e.reason])})" for e in excluded.listed[:_SHOWN_EXCLUDED]]
    more = excluded.total - len(shown)
    tail = [translate("ExcelActions", "… and %1 more.").replace("%1", format_number(more))] if more > 0 else []
    return "\n".join([head, "", *shown, *tail])


def show_excluded(parent, excluded) -> None:
    text = excluded_text(excluded)
    if text:
        message_boxes.information(parent, translate("ExcelActions", "Left out for want of consent"), text)


def _ask_sensitive(parent, ctx, kind: str) -> tuple[bool, str | None] | None:
    """Whether to add the sensitive fields, and the reason (issue 14): asked only of a user who may
    (services/privacy/sensitive_access.py); None when the person cancelled the reason."""
    from ...services.privacy.sensitive_access import may_export_sensitive

    spec = kind_spec(kind)
    # named as the forms name them, in the UI language
    sensitive = [field_label(spec.kind, f.name) for f in spec.fields if f.sensitive]
    if spec.kind == "household":
        sensitive += [field_label("person", f.name) for f in kind_spec("person").fields if f.sensitive]
    if not sensitive or not may_export_sensitive(ctx):
        return False, None
    answer = message_boxes.question(
        parent, translate("ExcelActions", "Sensitive information"),
        translate("ExcelActions", "Also put the sensitive fields (%1) into the file? Only do so if the file will be "
                                  "kept safe; you will be asked for the reason, which is written to the audit log.")
        .replace("%1", ", ".join(sensitive)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
    if answer != QMessageBox.StandardButton.Yes:
        return False, None
    reason, ok = QInputDialog.getText(parent, translate("ExcelActions", "Reason"),
                                      translate("ExcelActions", "Why are the sensitive fields needed in this file?"))
    if not ok or not reason.strip():
        return None
    return True, reason


def _saved(parent, runner, path, text: str, ctx=None):
    """The status bar says it, a box offers to open the file or its folder, and Tệp → Tệp gần đây
    lists it."""
    from ..ui_settings import UiSettings
    from ..widgets.saved_file_box import show_saved_file

    runner.notice.emit(text)
    if ctx is not None:
        UiSettings(ctx.data_dir).add_recent_file(str(path))
    return show_saved_file(parent, path, text)


def _sensitive_choice(parent, ctx, kind: str, path: str | None, include_sensitive: bool | None,
                      reason: str | None) -> tuple[bool, str | None] | None:
    """(include the sensitive fields?, reason) for a list going out to `path`, asked when the caller
    did not say; None when there is no path or the person cancelled."""
    if not path:
        return None
    if include_sensitive is not None:
        return include_sensitive, reason
    return _ask_sensitive(parent, ctx, kind)


def export_list_to_excel(parent, ctx, runner, kind, query, path: str | None = None,
                         include_sensitive: bool | None = None, reason: str | None = None):
    from ...services.excel import export_list

    spec = kind_spec(kind)
    path = path or _ask_path(parent, translate("ExcelActions", "Export to Excel"),
                             _suggested(spec.kind, ".xlsx", ctx=ctx), _excel_filter(), ctx)
    choice = _sensitive_choice(parent, ctx, spec.kind, path, include_sensitive, reason)
    if choice is None:
        return None
    include_sensitive, reason = choice

    def done(r) -> None:
        show_excluded(parent, r.excluded)
        _saved(parent, runner, r.path, ctx=ctx, text=translate("ExcelActions", "Exported %1 rows to %2")
               .replace("%1", format_number(r.rows)).replace("%2", r.path))

    return runner.run_service(
        export_list, ctx, spec.kind, path, query, include_sensitive=include_sensitive, reason=reason,
        title=translate("ExcelActions", "Exporting to Excel"), writes=True, on_done=done)


def print_list_pdf(parent, ctx, runner, kind, query, path: str | None = None,
                   include_sensitive: bool | None = None, reason: str | None = None):
    from ...services.printouts import print_list

    spec = kind_spec(kind)
    path = path or _ask_path(parent, translate("ExcelActions", "Print list (PDF)"),
                             _suggested(spec.kind, ".pdf", ctx=ctx), _pdf_filter(), ctx)
    choice = _sensitive_choice(parent, ctx, spec.kind, path, include_sensitive, reason)
    if choice is None:
        return None
    include_sensitive, reason = choice

    def done(r) -> None:
        show_excluded(parent, r.excluded)
        _saved(parent, runner, r.path, ctx=ctx, text=translate("ExcelActions", "Saved the list to %1")
               .replace("%1", r.path))

    return runner.run_service(
        print_list, ctx, spec.kind, path, query, include_sensitive=include_sensitive, reason=reason,
        title=translate("ExcelActions", "Preparing the PDF list"), writes=True, on_done=done)


def print_record_sheet(parent, ctx, runner, kind, record_id, path: str | None = None, show_sensitive: bool = False):
    from ...services.printouts import print_record_sheet as service

    spec = kind_spec(kind)
    path = path or _ask_path(parent, translate("ExcelActions", "Print record sheet (PDF)"),
                             _suggested(spec.kind, ".pdf", "phieu", ctx), _pdf_filter(), ctx)
    if not path:
        return None
    def done(r) -> None:
        show_excluded(parent, r.excluded)   # members of the household left out of its sheet
        _saved(parent, runner, r.path, ctx=ctx, text=translate(
            "ExcelActions", "Saved the record sheet to %1").replace("%1", r.path))

    return runner.run_service(
        service, ctx, spec.kind, record_id, path, show_sensitive=show_sensitive,
        title=translate("ExcelActions", "Preparing the record sheet"), writes=True, on_done=done)


def download_template(parent, ctx, runner, kind, path: str | None = None):
    from ...services.excel import write_kind_template

    spec = kind_spec(kind)
    path = path or _ask_path(parent, translate("ExcelActions", "Save the Excel template"),
                             _suggested(spec.kind, ".xlsx", "mau", ctx), _excel_filter(), ctx)
    if not path:
        return None
    return runner.run(
        lambda _p, _c: write_kind_template(ctx, spec.kind, path),
        title=translate("ExcelActions", "Saving the template"), writes=False,
        on_done=lambda p: runner.notice.emit(
            translate("ExcelActions", "Saved the template to %1").replace("%1", str(p))))


def import_from_excel(parent, ctx, runner, kind, path: str | Path | None = None):
    from .excel_import_dialog import ExcelImportDialog

    dialog = ExcelImportDialog(ctx, runner, kind, parent, path=path)
    dialog.open()
    return dialog
