"""A combo box you can type into to find an item, ignoring tone marks and case.

Officers often type without diacritics ("bat xat"); a plain QCompleter would not find "Xã Bát Xát".
The completer matches against a folded copy of each name (FOLD_ROLE) and inserts the real name.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QWidget

from ...domain.text import fold, nfc

FOLD_ROLE = Qt.ItemDataRole.UserRole + 1
VALUE_ROLE = Qt.ItemDataRole.UserRole + 2
ALIASES_ROLE = Qt.ItemDataRole.UserRole + 3  # folded short names: "lao cai" for "Tỉnh Lào Cai"


class FoldingCompleter(QCompleter):
    def __init__(self, model, parent=None):
        super().__init__(model, parent)
        self.setCompletionRole(FOLD_ROLE)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setMaxVisibleItems(12)

    def splitPath(self, path: str) -> list[str]:  # noqa: N802 - Qt override
        return [fold(path)]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:  # noqa: N802 - Qt override
        return index.data(Qt.ItemDataRole.DisplayRole)


class SearchCombo(QComboBox):
    """Items are (text, value) or (text, value, aliases). `value()` is the chosen item's value, or
    None when the typed text names no item (or more than one). Typed text matches an item's text or
    one of its aliases, ignoring tone marks and case; leaving the field shows the item's full text."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        self._model = QStandardItemModel(self)
        self.setModel(self._model)
        completer = FoldingCompleter(self._model, self)
        self.setCompleter(completer)
        # the QModelIndex overload; PySide6's stubs give SignalInstance no __getitem__ to select it
        completer.activated[QModelIndex].connect(self._on_completed)  # type: ignore[index]

    def line_edit(self) -> QLineEdit:
        """The text field (a SearchCombo is always editable, so it has one)."""
        edit = self.lineEdit()
        if edit is None:
            raise RuntimeError("a SearchCombo is editable")
        return edit

    def set_items(self, items: Iterable[tuple]) -> None:
        self._model.clear()
        for text, value, *rest in items:
            item = QStandardItem(text)
            item.setData(fold(text), FOLD_ROLE)
            item.setData(value, VALUE_ROLE)
            item.setData(tuple(fold(a) for a in (rest[0] if rest else ())), ALIASES_ROLE)
            self._model.appendRow(item)
        self.setCurrentIndex(-1)
        self.setEditText("")

    def matching_row(self) -> int:
        text = nfc(self.currentText().strip()) or ""
        if not text:
            return -1
        row = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if row >= 0:
            return row
        # Typed without marks or without the kind ("bat xat"): accept exactly one match.
        wanted = fold(text)
        rows = [r for r in range(self._model.rowCount())
                if self._model.item(r).data(FOLD_ROLE) == wanted
                or wanted in (self._model.item(r).data(ALIASES_ROLE) or ())]
        return rows[0] if len(rows) == 1 else -1

    def value(self) -> Any:
        row = self.matching_row()
        return self._model.item(row).data(VALUE_ROLE) if row >= 0 else None

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().focusOutEvent(event)
        row = self.matching_row()
        if row >= 0 and self.currentText() != self.itemText(row):
            self.setCurrentIndex(row)

    def set_value(self, value: Any) -> None:
        for r in range(self._model.rowCount()):
            if self._model.item(r).data(VALUE_ROLE) == value:
                self.setCurrentIndex(r)
                return

    def _on_completed(self, index: QModelIndex) -> None:
        row = self.findText(index.data(Qt.ItemDataRole.DisplayRole), Qt.MatchFlag.MatchFixedString)
        if row >= 0:
            self.setCurrentIndex(row)
