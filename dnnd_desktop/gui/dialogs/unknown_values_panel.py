"""Values of an import that are not in a column's list, grouped per column with their counts.

Each has a combo: keep it as written (the default), add it to the office's list, or one of the
list's terms. A change asks the dialog to check the rows again with that choice (`choice_made`).
"""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.formatting import format_number
from ...domain.record_kinds import vocabulary_terms
from ...domain.vocab import render_label
from ...services.excel.unknown_values import ADD, KEEP


class UnknownValuesPanel(QWidget):
    # (layout column key, the value as typed, action: "keep", "add" or a term's code)
    choice_made = Signal(str, str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._values: list = []
        layout = QVBoxLayout(self)
        hint = QLabel(self.tr("These values are not in the column's list. Choose a term of the list for each, "
                              "add it to the office's list, or keep it as written."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("Column"), self.tr("Value in the file"), self.tr("Cells"),
                                              self.tr("Import as")])
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table)

    def set_values(self, values: list) -> None:
        """values: the preview's `unknown_values`."""
        self._values = list(values)
        self.table.setRowCount(len(self._values))
        for r, u in enumerate(self._values):
            self.table.setItem(r, 0, QTableWidgetItem(u.header))
            self.table.setItem(r, 1, QTableWidgetItem(u.value))
            self.table.setItem(r, 2, QTableWidgetItem(format_number(u.count)))
            combo = QComboBox()
            combo.addItem(self.tr("Keep as written"), KEEP)
            combo.addItem(self.tr("Add to the office's list"), ADD)
            for term in vocabulary_terms(u.vocabulary):
                combo.addItem(render_label(term.label), term.code)
            found = combo.findData(u.action)
            combo.setCurrentIndex(max(0, found))
            combo.currentIndexChanged.connect(lambda _i, r=r: self._changed(r))
            self.table.setCellWidget(r, 3, combo)

    def combo(self, row: int) -> QComboBox:
        widget = self.table.cellWidget(row, 3)
        assert isinstance(widget, QComboBox)
        return widget

    def _changed(self, row: int) -> None:
        u = self._values[row]
        action = self.combo(row).currentData()
        if action != u.action:
            self.choice_made.emit(u.key, u.value, action)
