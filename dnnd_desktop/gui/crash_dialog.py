"""The dialog shown when something unexpected goes wrong: the program continues, the details (type,
code locations, version, log file; never the error's message, which can quote personal data) can be
copied for whoever supports the software, and the log folder is one click away.

It answers `icon()`, `text()` and `detailedText()` like the QMessageBox it replaces, so code that
keeps the last error box (the task runner) treats both alike.
"""
from __future__ import annotations

import platform
import sys
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..logging_setup import current_log_file, mask_numbers

MAX_ERRORS_SHOWN = 5   # a burst of errors (one per repaint) must not grow the details forever


def details_text(traceback_text: str, log_file: Path | None = None) -> str:
    """What "Copy details" puts on the clipboard: version, platform, log file, then the traceback
    written by logging_setup.safe_traceback (types and code locations only)."""
    log_file = log_file or current_log_file()
    head = [f"dnnd_desktop {__version__} (Python {platform.python_version()}, {platform.platform(terse=True)}"
            f"{', frozen' if getattr(sys, 'frozen', False) else ''})"]
    if log_file is not None:
        head.append(f"Log: {log_file}")
    return mask_numbers("\n".join(head) + "\n\n" + traceback_text.rstrip("\n") + "\n")


def open_folder(folder: Path) -> bool:
    """Open `folder` in the file manager (tests replace this)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class CrashDialog(QDialog):
    def __init__(self, details: str, title: str = "", parent: QWidget | None = None,
                 log_file: Path | None = None):
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(title or self.tr("Something went wrong"))
        self.setMinimumWidth(560)
        self.log_file = log_file or current_log_file()
        self._details = [details]
        self._extra = 0

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(40, 40))
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        self.message = QLabel(self.tr(
            "Something unexpected went wrong. The program goes on working; what you were doing may not "
            "have finished, and nothing was half-saved. If it happens again, copy the details and send "
            "them, with the log file, to the person who supports the software."))
        self.message.setWordWrap(True)
        top.addWidget(self.message, 1)
        layout.addLayout(top)

        self.more_label = QLabel()
        self.more_label.setObjectName("moreErrors")
        self.more_label.hide()
        layout.addWidget(self.more_label)

        self.details_view = QPlainTextEdit()
        self.details_view.setObjectName("details")
        self.details_view.setReadOnly(True)
        self.details_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details_view.setMinimumHeight(160)
        layout.addWidget(self.details_view, 1)

        self.log_label = QLabel()
        self.log_label.setObjectName("logFile")
        self.log_label.setWordWrap(True)
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if self.log_file is not None:
            self.log_label.setText(self.tr("Log file: %1").replace("%1", str(self.log_file)))
        else:
            self.log_label.setText(self.tr("No log file is being written."))
        layout.addWidget(self.log_label)

        buttons = QDialogButtonBox()
        self.copy_button = QPushButton(self.tr("Copy details"))
        self.copy_button.setObjectName("copyDetails")
        self.copy_button.clicked.connect(self.copy_details)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.folder_button = QPushButton(self.tr("Open log folder"))
        self.folder_button.setObjectName("openLogFolder")
        self.folder_button.setEnabled(self.log_file is not None)
        self.folder_button.clicked.connect(self.open_log_folder)
        buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._show_details()

    # -- the QMessageBox-like surface ------------------------------------------------------------
    def icon(self) -> QMessageBox.Icon:
        return QMessageBox.Icon.Critical

    def text(self) -> str:
        return self.message.text()

    def detailedText(self) -> str:  # noqa: N802 - QMessageBox's name
        return self.details_view.toPlainText()

    # -- behaviour ---------------------------------------------------------------------------------
    def add_error(self, details: str) -> None:
        """Another unexpected error while this dialog is open: one dialog, the new details added."""
        if len(self._details) < MAX_ERRORS_SHOWN:
            self._details.append(details)
        else:
            self._extra += 1
        self.more_label.setText(self.tr("%1 errors happened while this message was open.")
                                .replace("%1", str(len(self._details) + self._extra)))
        self.more_label.show()
        self._show_details()

    def _show_details(self) -> None:
        self.details_view.setPlainText(("\n" + "-" * 60 + "\n\n").join(self._details))

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.detailedText())
        self.copy_button.setText(self.tr("Copied"))

    def open_log_folder(self) -> None:
        if self.log_file is not None:
            open_folder(self.log_file.parent)
