"""Border self-management groups, relatives' associations, training courses and propaganda
products (issue 13): one tab per kind, each a list page built from the kind's description (its
columns, filters, search, Excel and print), edited on a form generated from its fields.

One navigation entry for the four, so the sidebar stays short; only the shown tab answers the
list shortcuts (Ctrl+N, Ctrl+F, F5), as Qt skips hidden widgets.
"""
from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from ...domain.record_kinds import WORK_KINDS
from ..records.simple_pages import DialogListPage


class WorkKindListPage(DialogListPage):
    """The list page of one described kind (the kind is given, not a class attribute)."""

    def __init__(self, ctx, runner, kind: str, parent: QWidget | None = None) -> None:
        self.kind = kind
        super().__init__(ctx, runner, parent)


class WorkPage(QWidget):
    def __init__(self, ctx, runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 4)
        heading = QLabel(self.tr("Border groups, associations, training and propaganda"))
        heading.setObjectName("pageTitle")
        heading.setWordWrap(True)   # the Vietnamese title alone is wider than 1024 px leaves beside the sidebar
        layout.addWidget(heading)
        self.tabs = QTabWidget()
        self.lists: dict[str, WorkKindListPage] = {}
        for spec in WORK_KINDS:
            page = WorkKindListPage(ctx, runner, spec.kind)
            self.lists[spec.kind] = page
            index = self.tabs.addTab(page, str(spec.label))
            self.tabs.setTabToolTip(index, str(spec.label))
        self.tabs.currentChanged.connect(lambda _i: self.on_shown())
        layout.addWidget(self.tabs, 1)

    def show_kind(self, kind: str) -> WorkKindListPage:
        page = self.lists[kind]
        self.tabs.setCurrentWidget(page)
        return page

    def on_shown(self) -> None:
        current = self.tabs.currentWidget()
        if isinstance(current, WorkKindListPage):
            current.on_shown()
