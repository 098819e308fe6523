"""Where an exported file goes, and what the officer is told after: one treatment for every export
(lists, reports, the province's tables, packages). The suggested name carries the office's short
name and the period or day ("BC-6T-2026-H1-bat-xat.pdf"), the save dialog starts in the folder used
last for that kind of file, and after saving a box offers «Mở tệp» and «Mở thư mục» and Tệp → Tệp gần
đây lists the file (issue 19: file names did not say which office or period, dialogs forgot their
folder, and only list exports offered to open the folder)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ..domain.text import file_slug
from .ui_settings import UiSettings
from .widgets.saved_file_box import show_saved_file

EXPORTS = "exports"     # documents and tables (lists, reports, consolidated reports)
PACKAGES = "packages"   # .dnnd packages to send


def office_short_name(ctx) -> str:
    """The office's place as a file-name word ("bat-xat"), never a person's name; "" if unknown."""
    inst = ctx.installation if ctx is not None else None
    return file_slug((inst.place_name or getattr(inst, "unit_name", None) or "") if inst is not None else "")


def file_name(ctx, *parts: str, suffix: str) -> str:
    """"BC-6T-2026-H1" + office → "BC-6T-2026-H1-bat-xat.pdf"; empty parts are left out."""
    words = [p for p in (*parts, office_short_name(ctx)) if p]
    return "-".join(words) + suffix


def start_folder(ctx, kind: str = EXPORTS) -> Path:
    """The folder used last for `kind`, else the Documents folder."""
    folder = UiSettings(ctx.data_dir).folder(kind) if ctx is not None else None
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder or documents or Path.home())


def remember_folder(ctx, kind: str, folder: str | Path) -> None:
    UiSettings(ctx.data_dir).set_folder(kind, str(folder))


def ask_save_path(parent: QWidget | None, ctx, title: str, suggested: str, file_filter: str,
                  kind: str = EXPORTS) -> Path | None:
    """Ask where to save, starting in the folder used last; remember the folder chosen. The name's
    extension is added when the person typed none. None: cancelled."""
    path, _chosen = QFileDialog.getSaveFileName(parent, title, str(start_folder(ctx, kind) / suggested), file_filter)
    if not path:
        return None
    target = Path(path)
    wanted = Path(suggested).suffix
    if wanted and target.suffix.lower() != wanted.lower():
        target = target.with_name(target.name + wanted)
    if ctx is not None:
        remember_folder(ctx, kind, target.parent)
    return target


def tell_saved(parent: QWidget | None, ctx, path: str | Path, text: str) -> QMessageBox:
    """After a file is written: Tệp gần đây lists it, and a box says where with «Mở tệp» / «Mở thư mục»."""
    if ctx is not None:
        UiSettings(ctx.data_dir).add_recent_file(str(path))
    return show_saved_file(parent, path, text)
