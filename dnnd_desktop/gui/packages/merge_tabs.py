"""«Xung đột» and «Trùng lặp»: what a person decides after synchronisation.

Conflicts: two offices changed the same field of a record without seeing each other's change; each
value is shown with the office, user and time, and the person keeps one (the choice is an edit that
travels on like any other). Duplicates: two offices entered the same household (same folded name,
birth year and commune); the person merges them after a confirmation.

Both are built on services.sync (the merge engine). When this version of the program has no merge
engine yet, the tabs say so calmly instead of showing an error."""
from __future__ import annotations

import datetime as dt
import importlib
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DnndError
from ...domain.formatting import format_date, format_datetime
from ...domain.record_kinds import kind_spec
from ...services import identity
from .. import message_boxes
from ..records.field_text import field_label, has_field
from . import texts

DELETED = "__deleted__"   # the merge engine's "delete vs edit" register

ID_ROLE = Qt.ItemDataRole.UserRole + 1


_MODULES = {"ConflictService": "dnnd_desktop.services.sync.conflicts",
            "DuplicateService": "dnnd_desktop.services.sync.duplicates"}


def sync_service(name: str):
    """ConflictService / DuplicateService of the merge engine, or None in a build without it."""
    for module_name in (_MODULES[name], "dnnd_desktop.services.sync"):
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            continue
        if hasattr(module, name):
            return getattr(module, name)
    return None


def kind_text(kind: str) -> str:
    return texts.content_label(kind) if kind else ""


def field_text(kind: str, field: str) -> str:
    if field == DELETED:
        return QCoreApplication.translate("ConflictsTab", "Delete or keep the record")
    if has_field(kind, field):
        return field_label(kind, field)   # as the record's form names it, in the UI language
    try:
        return str(kind_spec(kind).field(field).label)
    except (DnndError, KeyError, ValueError):
        return field


def office_names(ctx) -> dict[str, str]:
    names = {t.office_id: t.office_name for t in identity.list_trusted(ctx)}
    names[ctx.installation.office_id] = ctx.installation.office_name
    return names


def get(obj: Any, *names: str, default: Any = None) -> Any:
    """A field of plain data, whether the service gives dicts or dataclasses."""
    for n in names:
        if isinstance(obj, dict) and n in obj:
            return obj[n]
        if not isinstance(obj, dict) and hasattr(obj, n):
            return getattr(obj, n)
    return default


def value_text(value: Any, field: str = "") -> str:
    if field == DELETED:
        return (QCoreApplication.translate("ConflictsTab", "Delete the record") if value else
                QCoreApplication.translate("ConflictsTab", "Keep the record (edited)"))
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return "✓" if value else "✗"
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        try:
            return format_date(dt.date.fromisoformat(value))
        except ValueError:
            pass
    return str(value)


def when_text(value: Any) -> str:
    if value is None:
        return ""
    if not hasattr(value, "strftime"):
        try:
            value = dt.datetime.fromisoformat(str(value))
        except ValueError:
            return str(value)
    if value.tzinfo is not None:   # stamps travel in UTC: show the laptop's time
        value = value.astimezone().replace(tzinfo=None)
    return format_datetime(value)


class EmptyState(QLabel):
    def __init__(self, text: str, parent=None):
        super().__init__(text, parent)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setObjectName("comingSoon")


class ConflictsTab(QWidget):
    changed = Signal()

    def __init__(self, ctx, runner, parent=None):
        super().__init__(parent)
        self.ctx, self.runner = ctx, runner
        cls = sync_service("ConflictService")
        self.service = cls(ctx) if cls else None
        self.items: list = []
        layout = QVBoxLayout(self)
        self.empty = EmptyState("")
        layout.addWidget(self.empty, 1)
        self.body = QSplitter(Qt.Orientation.Horizontal)
        self.list = QListWidget()
        self.list.setObjectName("conflicts")
        self.list.currentRowChanged.connect(self._show)
        self.body.addWidget(self.list)
        right = QWidget()
        rl = QVBoxLayout(right)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-weight: bold;")
        rl.addWidget(self.heading)
        self.values = QTableWidget(0, 4)
        self.values.setObjectName("conflictValues")
        self.values.setHorizontalHeaderLabels([self.tr("Value"), self.tr("Office"), self.tr("User"), self.tr("Time")])
        self.values.verticalHeader().hide()
        self.values.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.values.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.values.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.values.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.values.itemDoubleClicked.connect(lambda _i: self.keep_selected())
        rl.addWidget(self.values, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.keep_button = QPushButton(self.tr("Keep the selected value"))
        self.keep_button.setObjectName("keepValue")
        self.keep_button.clicked.connect(self.keep_selected)
        row.addWidget(self.keep_button)
        rl.addLayout(row)
        self.body.addWidget(right)
        self.body.setSizes([320, 640])
        layout.addWidget(self.body, 1)
        self.refresh()

    def refresh(self) -> None:
        if self.service is None:
            self._empty(self.tr("Conflicts appear here when two offices changed the same information and the "
                                "program cannot know which is right. This version of the program does not "
                                "synchronise records between offices yet, so there is nothing to decide."))
            return
        try:
            self.items = list(self.service.list())
        except DnndError as exc:
            self._empty(exc.message)
            return
        if not self.items:
            self._empty(self.tr("No conflict to resolve."))
            return
        self.empty.hide()
        self.body.show()
        self.list.clear()
        for c in self.items:
            record = get(c, "record_label", "record_name", "record", default="")
            item = QListWidgetItem(f"{record} — {self._field(c)}")
            item.setData(ID_ROLE, get(c, "id", "conflict_id"))
            self.list.addItem(item)
        self.list.setCurrentRow(0)

    def _empty(self, text: str) -> None:
        self.items = []
        self.empty.setText(text)
        self.empty.show()
        self.body.hide()

    def _show(self, row: int) -> None:
        self.values.setRowCount(0)
        if not 0 <= row < len(self.items):
            self.heading.clear()
            return
        c = self.items[row]
        kind = get(c, "kind_label", default=None) or kind_text(get(c, "record_kind", "kind", default=""))
        record = get(c, "record_label", "record_name", "record", default="")
        field = self._field(c)
        raw_field = get(c, "field", default="")
        self.heading.setText(self.tr("%1 “%2”: the field “%3” was changed differently by two offices. "
                                     "Choose the value to keep.").replace("%1", str(kind))
                             .replace("%2", str(record)).replace("%3", str(field)))
        values = list(get(c, "values", "entries", default=[]) or [])
        self.values.setRowCount(len(values))
        for r, v in enumerate(values):
            office = get(v, "office_name", "office", default=None) or get(v, "office_id", default="") or ""
            cells = [value_text(get(v, "display", "value"), raw_field), str(office),
                     str(get(v, "user", "user_name", default="") or ""), when_text(get(v, "at", "time", "when"))]
            for col, text in enumerate(cells):
                self.values.setItem(r, col, QTableWidgetItem(text))
        if values:
            self.values.selectRow(0)

    @staticmethod
    def _field(c) -> str:
        label = get(c, "field_label", default=None)
        return label or field_text(get(c, "record_kind", "kind", default=""), get(c, "field", default=""))

    def keep_selected(self) -> None:
        row = self.list.currentRow()
        index = self.values.currentRow()
        if self.service is None or not 0 <= row < len(self.items) or index < 0:
            return
        try:
            self.service.resolve(get(self.items[row], "id", "conflict_id"), index)
        except DnndError as exc:
            message_boxes.warning(self, self.tr("Resolve a conflict"), exc.message)
            return
        self.refresh()
        self.changed.emit()


def duplicate_pairs(candidates) -> list[tuple[str, Any, Any]]:
    """(kind, keep, drop) rows: a group of look-alike records gives one row per record after the
    first (which is offered as the one to keep); a candidate given as a pair stays a pair."""
    out = []
    for d in candidates:
        kind = get(d, "kind", default="")
        records = get(d, "records", default=None)
        if records:
            out += [(kind, records[0], other) for other in records[1:]]
        else:
            out.append((kind, get(d, "keep", "first", "a"), get(d, "drop", "second", "b")))
    return out


def record_text(kind: str, record) -> str:
    name = get(record, "name", "label", default="") or ""
    year = get(record, "birth_year", default=None)
    text = f"{name} ({year})" if year else name
    return f"{kind_text(kind)}: {text}" if kind else text


def record_office(record, offices: dict[str, str]) -> str:
    office = get(record, "office_name", "office", default=None)
    if office:
        return office
    oid = get(record, "origin_office_id", default=None)
    return offices.get(oid, oid or "")


class DuplicatesTab(QWidget):
    changed = Signal()

    def __init__(self, ctx, runner, parent=None):
        super().__init__(parent)
        self.ctx, self.runner = ctx, runner
        cls = sync_service("DuplicateService")
        self.service = cls(ctx) if cls else None
        self.items: list = []
        layout = QVBoxLayout(self)
        self.empty = EmptyState("")
        layout.addWidget(self.empty, 1)
        self.body = QWidget()
        bl = QVBoxLayout(self.body)
        bl.setContentsMargins(0, 0, 0, 0)
        hint = QLabel(self.tr("These records look like the same household or person entered by two offices (same "
                              "name, birth year and commune). Check them, then merge: links move to the kept record "
                              "and the other one is removed."))
        hint.setWordWrap(True)
        hint.setObjectName("pageDescription")
        bl.addWidget(hint)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("duplicates")
        self.table.setHorizontalHeaderLabels([self.tr("Keep"), self.tr("Entered by"), self.tr("Merge into it"),
                                              self.tr("Entered by")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for col in (0, 2):
            self.table.horizontalHeader().setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        bl.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.merge_button = QPushButton(self.tr("Merge…"))
        self.merge_button.setObjectName("mergeDuplicates")
        self.merge_button.clicked.connect(self.merge_selected)
        row.addWidget(self.merge_button)
        bl.addLayout(row)
        layout.addWidget(self.body, 1)
        self.refresh()

    def refresh(self) -> None:
        if self.service is None:
            self._empty(self.tr("Possible duplicates appear here when two offices entered the same household. "
                                "This version of the program does not synchronise records between offices yet, "
                                "so there is nothing to merge."))
            return
        try:
            self.items = list(self.service.candidates())
        except DnndError as exc:
            self._empty(exc.message)
            return
        self.items = duplicate_pairs(self.items)
        if not self.items:
            self._empty(self.tr("No possible duplicate found."))
            return
        self.empty.hide()
        self.body.show()
        offices = office_names(self.ctx)
        self.table.setRowCount(len(self.items))
        for r, (kind, keep, drop) in enumerate(self.items):
            cells = [record_text(kind, keep), record_office(keep, offices), record_text(kind, drop),
                     record_office(drop, offices)]
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(str(text or "")))
        self.table.resizeColumnsToContents()
        for col in (0, 2):
            self.table.horizontalHeader().setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        self.table.selectRow(0)

    def _empty(self, text: str) -> None:
        self.items = []
        self.empty.setText(text)
        self.empty.show()
        self.body.hide()

    def merge_selected(self) -> None:
        row = self.table.currentRow()
        if self.service is None or not 0 <= row < len(self.items):
            return
        _kind, keep, drop = self.items[row]
        answer = message_boxes.question(
            self, self.tr("Merge duplicates"),
            self.tr("Merge “%2” into “%1”?\n\nThe links of the second record move to the first, and the second is "
                    "removed. The merge is recorded in the audit log and sent to the other offices.")
            .replace("%1", str(get(keep, "name", "label", default=""))).replace("%2", str(get(drop, "name", "label",
                                                                                               default=""))),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.service.merge(get(keep, "id"), get(drop, "id"))
        except DnndError as exc:
            message_boxes.warning(self, self.tr("Merge duplicates"), exc.message)
            return
        self.refresh()
        self.changed.emit()
