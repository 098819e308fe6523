"""Overview: who this installation is (office, unit, level, key fingerprint) and a welcome."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QVBoxLayout, QWidget

from ..roles_text import level_name


class OverviewPage(QWidget):
    def __init__(self, ctx, runner, parent=None):
        super().__init__(parent)
        self.ctx, self.runner = ctx, runner
        info = ctx.installation
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        user = ctx.current_user.name if ctx.current_user else ""
        self.welcome = QLabel(self.tr("Hello, %1").replace("%1", user) if user else self.tr("Hello"))
        self.welcome.setObjectName("pageTitle")
        layout.addWidget(self.welcome)
        intro = QLabel(self.tr(
            "Use the list on the left to record activities, twinning pairs, households with relatives "
            "abroad and partners, and to prepare and send reports."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addSpacing(12)

        card = QFrame()
        card.setObjectName("card")
        form = QFormLayout(card)
        form.setContentsMargins(20, 16, 20, 16)
        form.setVerticalSpacing(8)
        self.values: dict[str, QLabel] = {}

        def row(key: str, label: str, value: str) -> QLabel:
            value_label = QLabel(value)
            value_label.setObjectName(key)
            value_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value_label.setWordWrap(True)
            self.values[key] = value_label
            form.addRow(QLabel(label), value_label)
            return value_label

        office = row("office_name", self.tr("Office:"), info.office_name)
        office.setStyleSheet("font-weight: bold;")
        if info.parent_body:
            row("parent_body", self.tr("Body above:"), info.parent_body)
        row("level", self.tr("Level:"), level_name(info.level))
        row("unit", self.tr("Unit:"), info.unit_name)
        if info.province_name:
            row("province", self.tr("Province or city:"), info.province_name)
        row("symbol", self.tr("Document symbol:"), info.symbol)
        if info.head_name or info.head_title:
            row("head", self.tr("Head:"), f"{info.head_title} {info.head_name}".strip())
        fp = row("fingerprint", self.tr("Key fingerprint:"), info.fingerprint)
        fp.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        layout.addWidget(card)
        note = QLabel(self.tr(
            "The key fingerprint identifies this office. When another office adds you to its trusted "
            "list, read it out to them by phone so they can check it."))
        note.setWordWrap(True)
        note.setObjectName("pageDescription")
        layout.addWidget(note)
        layout.addStretch(1)
