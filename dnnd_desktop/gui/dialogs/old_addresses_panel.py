"""Communes and wards of an import written with their names from before 1 July 2025.

One row per old name: the text in the file, how many cells, and a combo with the current commune
it converts to; where the old unit went to several current ones the combo starts on "Choose…" and
the rows stay refused until a person chooses (`choice_made`, then the dialog checks again).
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


class OldAddressesPanel(QWidget):
    choice_made = Signal(str, int)   # (old text, current commune code)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._uses: list = []
        layout = QVBoxLayout(self)
        hint = QLabel(self.tr("These communes and wards are written with their names from before 1 July 2025. "
                              "They are imported as the current commune shown; the old name is kept in the old "
                              "address. Where an old commune was split, choose the current one."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("Column"), self.tr("Old name in the file"), self.tr("Cells"),
                                              self.tr("Current commune or ward")])
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table)

    def set_uses(self, uses: list) -> None:
        """uses: the preview's `old_communes`."""
        self._uses = list(uses)
        self.table.setRowCount(len(self._uses))
        for r, u in enumerate(self._uses):
            self.table.setItem(r, 0, QTableWidgetItem(u.header))
            self.table.setItem(r, 1, QTableWidgetItem(u.old_text))
            self.table.setItem(r, 2, QTableWidgetItem(format_number(u.count)))
            combo = QComboBox()
            if u.chosen is None:
                combo.addItem(self.tr("Choose…"), None)
            for code, name in u.candidates:
                combo.addItem(name, code)
            combo.setCurrentIndex(max(0, combo.findData(u.chosen)) if u.chosen is not None else 0)
            combo.currentIndexChanged.connect(lambda _i, r=r: self._changed(r))
            self.table.setCellWidget(r, 3, combo)

    def combo(self, row: int) -> QComboBox:
        widget = self.table.cellWidget(row, 3)
        assert isinstance(widget, QComboBox)
        return widget

    def _changed(self, row: int) -> None:
        u = self._uses[row]
        code = self.combo(row).currentData()
        if code is not None and code != u.chosen:
            self.choice_made.emit(u.old_text, int(code))
