"""Confirm or correct which field each column of a spreadsheet holds.

One row per column of the file: its header as found (legacy encodings already converted), a few
sample values, and a combo with the kind's fields ("(Ignore)" for columns not to import). The
proposal comes from the header matcher; required fields not chosen yet are named under the table.
`HeaderMappingWidget` is embedded in the import dialog.
"""
from __future__ import annotations

import datetime as dt

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

from ...domain.formatting import format_date
from ...exchange.excel import ExcelColumn, column_letter
from ..records.field_text import field_label, has_field

_SAMPLES = 3


def _sample_text(value: object) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, dt.date):   # datetime too; a cell read from Excel is one or the other
        return format_date(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    text = str(value)
    return text if len(text) <= 40 else text[:39] + "…"


def column_name(kind: str, column: ExcelColumn) -> str:
    """A field to import into, named as its form names it in the UI language (the column's header
    is the Vietnamese one of the file; a person's field in a households file is a person's field)."""
    owner, _, name = column.key.rpartition(".")
    owner = owner or kind
    if has_field(owner, name):
        return field_label(owner, name)
    return column.header


class HeaderMappingWidget(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.columns: tuple[ExcelColumn, ...] = ()
        self.kind = ""
        self.combos: list[QComboBox] = []
        layout = QVBoxLayout(self)
        self.intro = QLabel(self.tr("Check which information each column of the file holds. "
                                    "Columns set to “(Ignore)” are not imported."))
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Column in the file"), self.tr("First values"),
                                              self.tr("Import as")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setVisible(False)
        layout.addWidget(self.table)
        self.missing = QLabel()
        self.missing.setWordWrap(True)
        self.missing.setStyleSheet("color: #b00020;")
        layout.addWidget(self.missing)

    def set_file(self, file) -> None:
        """file: services.excel.ImportFile."""
        self.columns = file.columns
        self.kind = file.kind
        rows = file.sheet.rows
        data = [r for r in rows[file.header_row + 1:] if r][:_SAMPLES]
        self.table.setRowCount(len(file.headers))
        self.combos = []
        for j, header in enumerate(file.headers):
            shown = header or self.tr("(no header)")
            self.table.setItem(j, 0, QTableWidgetItem(f"{column_letter(j)}: {shown}"))
            samples = "; ".join(t for t in (_sample_text(r[j]) if j < len(r) else "" for r in data) if t)
            self.table.setItem(j, 1, QTableWidgetItem(samples))
            combo = QComboBox()
            combo.addItem(self.tr("(Ignore)"), None)
            for c in file.columns:
                combo.addItem(c.label + (" *" if c.required else ""), c.key)
            key = file.mapping[j] if j < len(file.mapping) else None
            combo.setCurrentIndex(max(0, combo.findData(key)) if key else 0)
            combo.currentIndexChanged.connect(self._on_change)
            self.table.setCellWidget(j, 2, combo)
            self.combos.append(combo)
        self._on_change()

    def mapping(self) -> list[str | None]:
        return [c.currentData() for c in self.combos]

    def set_choice(self, column: int, key: str | None) -> None:
        combo = self.combos[column]
        combo.setCurrentIndex(max(0, combo.findData(key)) if key else 0)

    def missing_required(self) -> list[ExcelColumn]:
        chosen = set(k for k in self.mapping() if k)
        person_used = any(k.startswith("person.") for k in chosen)
        return [c for c in self.columns if c.required and c.key not in chosen
                and (not c.key.startswith("person.") or person_used)]

    def _on_change(self, *_args) -> None:
        missing = self.missing_required()
        self.missing.setText(self.tr("Required fields without a column: %1").replace(
            "%1", ", ".join(c.label for c in missing)) if missing else "")
        self.changed.emit()
