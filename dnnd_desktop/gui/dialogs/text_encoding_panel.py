"""The cells of an import whose text reads as Vietnamese in more than one old encoding.

One row per ambiguous cell: its line and column, the text as stored in the file, and a combo with
each reading's text (the proposal selected). Choosing another reading, or "Use for the whole
column", asks the dialog to check the rows again with that choice (`choice_made`).
"""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

_SHOWN_MAX = 2000   # a table of combos is slow beyond this; the rest are chosen per column


class TextEncodingPanel(QWidget):
    # (1-based line or 0 for the whole column, 0-based sheet column, encoding)
    choice_made = Signal(int, int, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cells: list = []
        layout = QVBoxLayout(self)
        self.hint = QLabel(self.tr("These cells read as Vietnamese in more than one old font encoding. Check the "
                                   "proposed text and choose another reading where it is wrong."))
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("Line"), self.tr("Column"), self.tr("Text in the file"),
                                              self.tr("Reading")])
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.column_button = QPushButton(self.tr("Use this reading for the whole column"))
        self.column_button.clicked.connect(self._whole_column)
        row.addWidget(self.column_button)
        row.addStretch(1)
        layout.addLayout(row)

    def set_cells(self, cells: list) -> None:
        """cells: the preview's `ambiguous_texts`."""
        self._cells = cells[:_SHOWN_MAX]
        self.table.setRowCount(len(self._cells))
        for r, cell in enumerate(self._cells):
            self.table.setItem(r, 0, QTableWidgetItem(str(cell.line)))
            self.table.setItem(r, 1, QTableWidgetItem(cell.header))
            self.table.setItem(r, 2, QTableWidgetItem(cell.original))
            combo = QComboBox()
            for encoding, text in cell.readings.items():
                combo.addItem(text, encoding)
            combo.setCurrentIndex(max(0, combo.findData(cell.encoding)))
            combo.currentIndexChanged.connect(lambda _i, r=r: self._cell_changed(r))
            self.table.setCellWidget(r, 3, combo)
        self.column_button.setEnabled(bool(self._cells))

    def combo(self, row: int) -> QComboBox:
        widget = self.table.cellWidget(row, 3)
        assert isinstance(widget, QComboBox)
        return widget

    def _cell_changed(self, row: int) -> None:
        cell = self._cells[row]
        encoding = self.combo(row).currentData()
        if encoding != cell.encoding:
            self.choice_made.emit(cell.line, cell.column, encoding)

    def _whole_column(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self._cells):
            row = 0
        if self._cells:
            cell = self._cells[row]
            self.choice_made.emit(0, cell.column, self.combo(row).currentData())
