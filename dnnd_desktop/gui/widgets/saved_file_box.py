"""After a file is written: say where, with «Mở tệp» and «Mở thư mục» (the officer otherwise had
to hunt for the file in Explorer)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from .. import message_boxes


def open_location(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def show_saved_file(parent: QWidget | None, path: str | Path, text: str) -> QMessageBox:
    """A non-blocking box: `text`, then buttons to open the file or its folder, or close."""
    path = Path(path)
    box = message_boxes.plain_box(QMessageBox.Icon.Information, box_title(), text, QMessageBox.StandardButton.Close,
                                  parent)
    box.setObjectName("savedFileBox")
    open_file = box.addButton(QCoreApplication.translate("SavedFileBox", "Open the file"),
                              QMessageBox.ButtonRole.AcceptRole)
    open_folder = box.addButton(QCoreApplication.translate("SavedFileBox", "Open the folder"),
                                QMessageBox.ButtonRole.ActionRole)
    open_file.setObjectName("openSavedFile")
    open_folder.setObjectName("openSavedFolder")
    open_file.clicked.connect(lambda: open_location(path))
    open_folder.clicked.connect(lambda: open_location(path.parent))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def box_title() -> str:
    return QCoreApplication.translate("SavedFileBox", "File saved")
