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
    "work": "ho-so",
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


def demo_command(root: Path) -> tuple[str, list[str]]:
    """The program and arguments that start this program on the demo office's folder (a separate
    process: the open real data is never touched)."""
    import sys

    args = ["--data-dir", str(root), "gui"]
    if getattr(sys, "frozen", False):   # the installed program
        return sys.executable, args
    return sys.executable, ["-m", "dnnd_desktop", *args]


def start_demo(root: Path) -> bool:
    from PySide6.QtCore import QProcess

    program, args = demo_command(root)
    ok, _pid = QProcess.startDetached(program, args)
    return bool(ok)
