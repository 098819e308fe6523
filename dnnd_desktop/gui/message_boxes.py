"""Every message box of the app, shown as plain text (issue 16, "untrusted text is shown as plain
text").

Qt's message boxes guess "rich text" when a text looks like HTML (Qt.AutoText). Many of our texts
quote something that came from outside: an office name from an identity card or a package, a file
name, a record's name. An office named "<b>X</b><img src=...>" must be shown as typed, not
rendered. So no widget calls QMessageBox.information/warning/critical/question or builds a
QMessageBox itself (tests/gui/test_message_boxes.py fails if one does): they call the functions
here, which keep the statics' buttons, defaults and return values and set Qt.PlainText on the text
and the informative text. A per-box setting rather than an application-wide event filter, which
would run Python for every event of the app.

Call them through the module (`message_boxes.question(...)`), so that tests can replace them.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

Button = QMessageBox.StandardButton
Icon = QMessageBox.Icon
Role = QMessageBox.ButtonRole

_INFORMATIVE_LABEL = "qt_msgbox_informativelabel"   # Qt's object name for the informative text's label


def plain_box(icon: QMessageBox.Icon, title: str, text: str,
              buttons: QMessageBox.StandardButton = Button.NoButton,
              parent: QWidget | None = None, informative: str = "") -> QMessageBox:
    """A QMessageBox whose text and informative text are shown as typed. For boxes that need more
    than the statics below (own button texts, detailed text, open() instead of exec())."""
    box = QMessageBox(icon, title, "", buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    if informative:
        set_informative_text(box, informative)
    return box


def set_informative_text(box: QMessageBox, text: str) -> None:
    """The informative text, as typed: Qt creates its label lazily, with AutoText."""
    box.setInformativeText(text)
    label = box.findChild(QLabel, _INFORMATIVE_LABEL)
    if label is not None:
        label.setTextFormat(Qt.TextFormat.PlainText)


def own_rich_box(parent: QWidget | None, title: str, html: str) -> QMessageBox:
    """Rich text that the app itself wrote (the About box) and that quotes nothing from outside."""
    box = QMessageBox(parent)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(html)
    return box


def _run(icon: QMessageBox.Icon, parent: QWidget | None, title: str, text: str,
         buttons: QMessageBox.StandardButton, default: QMessageBox.StandardButton) -> QMessageBox.StandardButton:
    box = plain_box(icon, title, text, buttons, parent)
    if default != Button.NoButton:
        box.setDefaultButton(default)
    answer = box.exec()
    try:
        return Button(answer)
    except ValueError:
        return Button.NoButton


def information(parent: QWidget | None, title: str, text: str, buttons: QMessageBox.StandardButton = Button.Ok,
                default: QMessageBox.StandardButton = Button.NoButton) -> QMessageBox.StandardButton:
    return _run(Icon.Information, parent, title, text, buttons, default)


def warning(parent: QWidget | None, title: str, text: str, buttons: QMessageBox.StandardButton = Button.Ok,
            default: QMessageBox.StandardButton = Button.NoButton) -> QMessageBox.StandardButton:
    return _run(Icon.Warning, parent, title, text, buttons, default)


def critical(parent: QWidget | None, title: str, text: str, buttons: QMessageBox.StandardButton = Button.Ok,
             default: QMessageBox.StandardButton = Button.NoButton) -> QMessageBox.StandardButton:
    return _run(Icon.Critical, parent, title, text, buttons, default)


def question(parent: QWidget | None, title: str, text: str,
             buttons: QMessageBox.StandardButton = Button.Yes | Button.No,
             default: QMessageBox.StandardButton = Button.NoButton) -> QMessageBox.StandardButton:
    return _run(Icon.Question, parent, title, text, buttons, default)
