"""After the data folder's store was replaced under the running program (a backup restored, an
import undone): say what happened, then close the program so it starts again on the new data
instead of running on with objects read from the old one. One wording for both."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QWidget

from . import message_boxes


def announce_and_close(widget: QWidget, title: str, text: str) -> None:
    message_boxes.information(widget, title, text + "\n\n" + QCoreApplication.translate(
        "RestoredData", "The program will now close so that it starts again cleanly with the restored data. "
        "Open it again to continue working."))
    QTimer.singleShot(0, lambda: _close_window(widget))


def _close_window(widget: QWidget) -> None:
    window = widget.window()
    if window is not widget:
        window.close()
