"""The few blocking questions and file choosers of the record pages, in one place so that tests
replace them (a modal box would stop a test) and every page asks the same way."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from .. import message_boxes


def confirm(parent: QWidget | None, title: str, text: str, yes_text: str | None = None) -> bool:
    box = message_boxes.plain_box(QMessageBox.Icon.Question, title, text, parent=parent)
    yes = box.addButton(yes_text or QCoreApplication.translate("Prompts", "Yes"), QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(QCoreApplication.translate("Prompts", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no)  # a stray Enter never deletes anything
    box.exec()
    return box.clickedButton() is yes


def inform(parent: QWidget | None, title: str, text: str) -> None:
    message_boxes.information(parent, title, text)


def warn(parent: QWidget | None, title: str, text: str) -> None:
    message_boxes.warning(parent, title, text)


def open_files(parent: QWidget | None, title: str) -> list[str]:
    files, _ = QFileDialog.getOpenFileNames(parent, title)
    return files


def save_file(parent: QWidget | None, title: str, suggested: str, file_filter: str) -> str:
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, file_filter)
    return path
