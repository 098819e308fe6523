"""Small shared widgets of the province pages: read-only tables, the page header, the passphrase
dialog and message boxes."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ...domain.formatting import format_date, format_number, format_stored_datetime
from .. import message_boxes
from ..packages.secret import ask_passphrase  # noqa: F401 - one passphrase dialog for every package

ID_ROLE = Qt.ItemDataRole.UserRole
RED = QColor("#b00020")
GREEN = QColor("#1b5e20")
GREY = QColor("#666666")


def cell(value, align_right: bool = False, colour: QColor | None = None, data=None) -> QTableWidgetItem:
    """A read-only cell; dates dd/mm/yyyy, numbers with Vietnamese grouping, None empty."""
    if value is None:
        text = ""
    elif isinstance(value, bool):
        text = str(value)
    elif isinstance(value, int):
        text, align_right = format_number(value), True
    elif hasattr(value, "hour"):
        text = format_stored_datetime(value)   # times come from the database: UTC, shown local
    elif hasattr(value, "year"):
        text = format_date(value)
    else:
        text = str(value)
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if align_right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if colour is not None:
        item.setForeground(QBrush(colour))
    if data is not None:
        item.setData(ID_ROLE, data)
    return item


def make_table(headers: list[str], stretch: int | None = 0, name: str = "") -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setDefaultSectionSize(26)
    header = table.horizontalHeader()
    for col in range(len(headers)):
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        from ..widgets.readable_headers import ReadableHeaders

        ReadableHeaders(table, stretch)   # never squeezed below its header on a narrow screen
    if name:
        table.setObjectName(name)
    return table


def fill_rows(table: QTableWidget, rows: list[list[QTableWidgetItem]]) -> None:
    table.setSortingEnabled(False)
    table.clearContents()
    table.setRowCount(len(rows))
    for r, items in enumerate(rows):
        for c, item in enumerate(items):
            table.setItem(r, c, item)


def selected_data(table: QTableWidget):
    rows = table.selectionModel().selectedRows() if table.selectionModel() else []
    if not rows:
        return None
    item = table.item(rows[0].row(), 0)
    return item.data(ID_ROLE) if item else None


def page_header(layout, title: str, description: str) -> tuple[QLabel, QLabel]:
    heading = QLabel(title)
    heading.setObjectName("pageTitle")
    layout.addWidget(heading)
    text = QLabel(description)
    text.setObjectName("pageDescription")
    text.setWordWrap(True)
    layout.addWidget(text)
    return heading, text


def _box(parent: QWidget, icon, title: str, text: str) -> QMessageBox:
    """A message box shown without blocking (window-modal); pages keep it as `last_message`."""
    box = message_boxes.plain_box(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def warn(parent: QWidget, title: str, text: str) -> QMessageBox:
    return _box(parent, QMessageBox.Icon.Warning, title, text)


def inform(parent: QWidget, title: str, text: str) -> QMessageBox:
    return _box(parent, QMessageBox.Icon.Information, title, text)
