"""Values of an import that are not in a column's list, grouped per column with their counts.

Each has a combo: keep it as written (the default), add it to the office's list, or one of the
list's terms. A change asks the dialog to check the rows again with that choice (`choice_made`).
"""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QWidget

from ...domain.record_kinds import vocabulary_terms
from ...domain.vocab import render_label
from ...services.excel.unknown_values import ADD, KEEP
from .choice_table_panel import ChoiceTablePanel


class UnknownValuesPanel(ChoiceTablePanel):
    # (layout column key, the value as typed, action: "keep", "add" or a term's code)
    choice_made = Signal(str, str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("These values are not in the column's list. Choose a term of the list for each, "
                    "add it to the office's list, or keep it as written."),
            [self.tr("Column"), self.tr("Value in the file"), self.tr("Cells"), self.tr("Import as")], parent)
        self._values: list = []

    def set_values(self, values: list) -> None:
        """values: the preview's `unknown_values`."""
        self._values = list(values)
        self.fill(self._values, lambda u: (u.header, u.value, u.count), self._choices)

    def _choices(self, u) -> QComboBox:
        combo = QComboBox()
        combo.addItem(self.tr("Keep as written"), KEEP)
        combo.addItem(self.tr("Add to the office's list"), ADD)
        for term in vocabulary_terms(u.vocabulary):
            combo.addItem(render_label(term.label), term.code)
        combo.setCurrentIndex(max(0, combo.findData(u.action)))
        return combo

    def changed(self, row: int) -> None:
        u = self._values[row]
        action = self.combo(row).currentData()
        if action != u.action:
            self.choice_made.emit(u.key, u.value, action)
