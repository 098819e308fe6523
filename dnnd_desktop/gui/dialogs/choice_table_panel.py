"""The import preview's tables of "this text in the file → what to import it as": one row per
distinct text with its column and count, and a combo of choices in the last column. Old commune
names and values outside a list both use it (old_addresses_panel.py, unknown_values_panel.py)."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

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

CHOICE_COLUMN = 3


class ChoiceTablePanel(QWidget):
    """Subclasses give the translated hint and headers (tr() must stay in their own class for the
    catalogue), fill rows with `fill` and react to a changed combo in `changed(row)`."""

    def __init__(self, hint: str, headers: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        label = QLabel(hint)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.table = QTableWidget(0, CHOICE_COLUMN + 1, self)
        self.table.setHorizontalHeaderLabels(list(headers))
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table)

    def fill(self, rows: Sequence, texts: Callable[[Any], tuple[str, str, int]],
             choices: Callable[[Any], QComboBox]) -> None:
        """One table row per item of `rows`: `texts(item)` gives (column, text in the file, cells),
        `choices(item)` the combo, already on the current choice."""
        self.table.setRowCount(len(rows))
        for r, item in enumerate(rows):
            column, text, count = texts(item)
            self.table.setItem(r, 0, QTableWidgetItem(column))
            self.table.setItem(r, 1, QTableWidgetItem(text))
            self.table.setItem(r, 2, QTableWidgetItem(format_number(count)))
            combo = choices(item)
            combo.currentIndexChanged.connect(lambda _i, r=r: self.changed(r))
            self.table.setCellWidget(r, CHOICE_COLUMN, combo)

    def combo(self, row: int) -> QComboBox:
        widget = self.table.cellWidget(row, CHOICE_COLUMN)
        assert isinstance(widget, QComboBox)
        return widget

    def changed(self, row: int) -> None:
        raise NotImplementedError
