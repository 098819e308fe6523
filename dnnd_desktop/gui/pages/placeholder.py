"""A page whose function comes in a later version: it says so plainly instead of staying blank."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ..icons import icon


def coming_soon_text() -> str:
    return QCoreApplication.translate("PlaceholderPage", "This function will be available in the next version.")


class PlaceholderPage(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)

    def fill(self, heading: str, description: str, icon_name: str) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        title = QLabel(heading)
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        layout.addStretch(1)
        picture = QLabel()
        picture.setPixmap(icon(icon_name).pixmap(72, 72))
        picture.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(picture)
        layout.addSpacing(12)
        self.notice = QLabel(coming_soon_text())
        self.notice.setObjectName("comingSoon")
        self.notice.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.notice)
        text = QLabel(description)
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        text.setObjectName("pageDescription")
        # A centred word-wrapped label gets its one-line size hint from the layout and is cut:
        # give it a width and the height that width needs.
        text.setFixedWidth(560)
        text.setMinimumHeight(text.heightForWidth(560))
        layout.addWidget(text, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
