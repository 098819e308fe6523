"""Links of an activity: the twinning pairs, partners, tasks and overseas persons it concerns.

Each section lists the linked records and has a picker that searches as you type (the services'
folded search, so "duc" finds "Nguyễn Văn Đức"). Changes are saved with the activity, in the same
transaction (RecordService.save_activity).
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCompleter,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.text import fold
from ...services import tasks as task_service
from ...services.records import RecordQueryService, RecordService

ID_ROLE = Qt.ItemDataRole.UserRole + 30
PICK_LIMIT = 20
LINK_KINDS = ("twinning", "partner", "task", "person")


def section_title(kind: str) -> str:
    return {
        "twinning": QCoreApplication.translate("LinksEditor", "Twinning pairs"),
        "partner": QCoreApplication.translate("LinksEditor", "Partners"),
        "task": QCoreApplication.translate("LinksEditor", "Tasks of the province's plan"),
        "person": QCoreApplication.translate("LinksEditor", "Overseas Vietnamese met"),
    }[kind]


class RecordPicker(QLineEdit):
    """Type a few letters, pick a record from the list that appears. `source(text)` gives
    [(id, name)]; `picked(id, name)` fires on a choice."""

    picked = Signal(str, str)

    def __init__(self, source: Callable[[str], list[tuple[str, str]]], parent: QWidget | None = None):
        super().__init__(parent)
        self.source = source
        self.setClearButtonEnabled(True)
        self.results = QStandardItemModel(self)
        self._completer = QCompleter(self.results, self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setWidget(self)
        # the QModelIndex overload; PySide6's stubs give SignalInstance no __getitem__ to select it
        self._completer.activated[QModelIndex].connect(self._activated)  # type: ignore[index]
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.search_now)
        self.textEdited.connect(lambda _t: self._timer.start())

    def search_now(self) -> None:
        self._timer.stop()
        self.results.clear()
        text = self.text().strip()
        if not text:
            return
        for rid, name in self.source(text):
            item = QStandardItem(name)
            item.setData(rid, ID_ROLE)
            self.results.appendRow(item)
        if self.results.rowCount() and self.isVisible():
            self._completer.complete()

    def pick_row(self, row: int) -> None:
        self._activated(self.results.index(row, 0))

    def _activated(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        self.picked.emit(index.data(ID_ROLE), index.data(Qt.ItemDataRole.DisplayRole))
        QTimer.singleShot(0, self.clear)


class LinkSection(QGroupBox):
    def __init__(self, kind: str, source, parent: QWidget | None = None):
        super().__init__(section_title(kind), parent)
        self.kind = kind
        layout = QVBoxLayout(self)
        self.list = QListWidget()
        self.list.setMinimumHeight(70)
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.picker = RecordPicker(source)
        self.picker.setPlaceholderText(self.tr("Type to find and add…"))
        self.picker.picked.connect(self.add)
        self.remove_button = QPushButton(self.tr("Remove link"))
        self.remove_button.clicked.connect(self.remove_selected)
        row.addWidget(self.picker, 1)
        row.addWidget(self.remove_button)
        layout.addLayout(row)

    def add(self, rid: str, name: str) -> None:
        if rid in self.ids():
            return
        item = QListWidgetItem(name)
        item.setData(ID_ROLE, rid)
        self.list.addItem(item)

    def remove_selected(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)

    def ids(self) -> dict[str, str]:
        return {self.list.item(i).data(ID_ROLE): self.list.item(i).text() for i in range(self.list.count())}


class LinksEditor(QWidget):
    def __init__(self, ctx, activity_id: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.records = RecordService(ctx)
        self.queries = RecordQueryService(ctx)
        self._tasks: list[tuple[str, str]] | None = None
        grid = QGridLayout(self)
        self.sections: dict[str, LinkSection] = {}
        for i, kind in enumerate(LINK_KINDS):
            section = LinkSection(kind, self._source(kind))
            self.sections[kind] = section
            grid.addWidget(section, i // 2, i % 2)
        self.original: dict[str, dict[str, str]] = {k: {} for k in LINK_KINDS}
        if activity_id:
            links = self.records.links(activity_id)
            for kind in LINK_KINDS:
                for link in links.get(kind, ()):
                    self.sections[kind].add(link.id, link.name)
                self.original[kind] = self.sections[kind].ids()

    def _source(self, kind: str):
        if kind == "task":
            return self._find_tasks

        def find(text: str) -> list[tuple[str, str]]:
            hits = self.queries.search(text, kinds=[kind], limit=PICK_LIMIT).hits
            return [(h.id, h.name) for h in hits]
        return find

    def _find_tasks(self, text: str) -> list[tuple[str, str]]:
        if self._tasks is None:  # a plan has tens of tasks: read once, match folded
            self._tasks = [(t.id, f"{t.code}. {t.title}") for t in task_service.list_tasks(self.ctx)]
        wanted = fold(text)
        return [t for t in self._tasks if wanted in fold(t[1])][:PICK_LIMIT]

    def changes(self) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
        """(added, removed) since the links were loaded or last saved, {kind: [record id]}, for the
        service to apply together with the activity in one transaction."""
        added: dict[str, list[str]] = {}
        removed: dict[str, list[str]] = {}
        for kind, section in self.sections.items():
            now = section.ids()
            if new := [rid for rid in now if rid not in self.original[kind]]:
                added[kind] = new
            if gone := [rid for rid in self.original[kind] if rid not in now]:
                removed[kind] = gone
        return added, removed

    def mark_saved(self) -> None:
        """The changes were saved: what the sections show is now the stored state."""
        for kind, section in self.sections.items():
            self.original[kind] = section.ids()
