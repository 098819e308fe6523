"""F1: the user guide bundled with the program (resources/help/vi, offline HTML, one page per task),
opened at the page for what the officer is looking at; and «Mở thư mục dữ liệu»."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from ..paths import resources_dir

# main window page key -> guide page
GUIDE_FOR_PAGE: dict[str, str] = {
    "overview": "ngay-dau-tien", "settings": "ngay-dau-tien",
    "activities": "ho-so", "twinning": "ho-so", "households": "ho-so", "partners": "ho-so", "tasks": "ho-so",
    "reports": "bao-cao", "packages": "goi-du-lieu", "backups": "sao-luu", "audit": "bao-mat",
    "lower_offices": "cap-tinh", "plans": "cap-tinh", "submissions": "cap-tinh", "consolidation": "cap-tinh",
}


def guide_dir() -> Path:
    return resources_dir() / "help" / "vi"   # the guide is in Vietnamese, the officers' language


def guide_page(page_key: str | None) -> Path:
    """The guide's file for a page of the main window (the table of contents for others)."""
    path = guide_dir() / f"{GUIDE_FOR_PAGE.get(page_key or '', 'index')}.html"
    return path if path.exists() else guide_dir() / "index.html"


def open_path(path: Path) -> bool:
    """Open a file or folder with the system's program (browser, file manager)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
