"""Reading a QTableWidget's cells with their real types: Qt returns None for an empty cell and a
plain QWidget for a cell widget, so each reader says what the table holds there."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QTableWidget, QTableWidgetItem


def cell_text(table: QTableWidget, row: int, column: int) -> str:
    """The cell's text; "" for a cell never filled."""
    item = table.item(row, column)
    return item.text() if item is not None else ""


def cell_item(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    """The item of a cell the table always fills."""
    item = table.item(row, column)
    if item is None:
        raise LookupError(f"{table.objectName() or 'table'}: no item at ({row}, {column})")
    return item


def cell_combo(table: QTableWidget, row: int, column: int) -> QComboBox:
    """The combo box set as the cell's widget."""
    widget = table.cellWidget(row, column)
    if not isinstance(widget, QComboBox):
        raise LookupError(f"{table.objectName() or 'table'}: no combo box at ({row}, {column})")
    return widget
