"""Small dialogs of the report editor: correcting a figure by hand, and what a recompute changes."""
from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.formatting import format_number
from ...domain.report_template import ValueLine
from ...services.reports import RecomputeDiff
from ..widgets.field_error import FieldWithError

MAX_VALUE = 2_000_000_000_000  # VND sums go beyond 32-bit; QSpinBox is int32, so a line edit is used


def number_text(value: int | None) -> str:
    return "—" if value is None else format_number(value)


class OverrideDialog(QDialog):
    """State a figure by hand with a note saying why; or go back to the computed figure."""

    CLEAR = 2  # done() code: use the computed figure again
    NOTHING = 3  # done() code: a hand-entered figure is marked «không phát sinh» (nothing arose)

    def __init__(self, line: ValueLine, manual: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Correct a figure"))
        self.setMinimumWidth(520)
        self.manual = manual
        layout = QVBoxLayout(self)
        title = QLabel(f"<b>{escape(line.label)}</b>" + (f" ({escape(line.unit)})" if line.unit else ""))
        title.setWordWrap(True)
        layout.addWidget(title)
        form = QFormLayout()
        if not manual:
            form.addRow(self.tr("Computed from the records:"), QLabel(number_text(line.computed)))
        self.value = QLineEdit("" if line.value is None else str(line.value))
        self.value.setObjectName("overrideValue")
        self.value.setPlaceholderText(self.tr("a whole number, e.g. 12"))
        self.value_field = FieldWithError(self.value)
        form.addRow(self.tr("Figure in the report:"), self.value_field)
        self.note = QLineEdit(line.note or "")
        self.note.setObjectName("overrideNote")
        self.note.setPlaceholderText(self.tr("e.g. according to the commune's register"))
        self.note_field = FieldWithError(self.note, None if manual else self.tr(
            "Say why the figure differs from the records; the note is kept with the report."))
        form.addRow(self.tr("Note:"), self.note_field)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save"))
        if line.overridden:
            self.clear_button = QPushButton(self.tr("Use the computed figure"))
            self.clear_button.setObjectName("clearOverride")
            buttons.addButton(self.clear_button, QDialogButtonBox.ButtonRole.ResetRole)
            self.clear_button.clicked.connect(lambda: self.done(self.CLEAR))
        if manual and line.key is None:
            # Approval refuses a blank hand-entered figure: "nothing arose" must be said, not left blank.
            self.nothing_button = QPushButton(self.tr("Nothing to report"))
            self.nothing_button.setObjectName("markNothing")
            self.nothing_button.setToolTip(self.tr("Nothing of this kind arose in the period: the printed "
                                                   "report says so"))
            buttons.addButton(self.nothing_button, QDialogButtonBox.ButtonRole.ActionRole)
            self.nothing_button.clicked.connect(lambda: self.done(self.NOTHING))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.value.selectAll()

    def parsed_value(self) -> int | None:
        raw = self.value.text().strip().replace(".", "").replace(" ", "")
        if raw == "":
            return None
        return int(raw)

    def _accept(self) -> None:
        ok = True
        try:
            value = self.parsed_value()
            if value is not None and not 0 <= value <= MAX_VALUE:
                raise ValueError
            self.value_field.set_error(None)
        except ValueError:
            self.value_field.set_error(self.tr("Type a whole number that is not negative."))
            ok = False
        if not self.manual and not self.note.text().strip():
            self.note_field.set_error(self.tr("Write why the figure is corrected."))
            ok = False
        else:
            self.note_field.set_error(None)
        if ok:
            self.accept()


class RecomputeDialog(QDialog):
    """What computing the figures again would change, before it is applied."""

    def __init__(self, diff: RecomputeDiff, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Compute the figures again"))
        self.resize(720, 420)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "The records have changed since the figures were computed. These figures would change:")))
        self.table = QTableWidget(len(diff.changes), 3)
        self.table.setObjectName("recomputeChanges")
        self.table.setHorizontalHeaderLabels([self.tr("Indicator"), self.tr("Now"), self.tr("After")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        kept = False
        self.targets = [change.target for change in diff.changes]
        for row, change in enumerate(diff.changes):
            label = change.label
            if change.overridden:
                label += "  " + self.tr("(corrected by hand: the report keeps its figure)")
                kept = True
            cells = [QTableWidgetItem(label), QTableWidgetItem(number_text(change.old)),
                     QTableWidgetItem(number_text(change.new))]
            for col, cell in enumerate(cells):
                if col:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, cell)
        layout.addWidget(self.table, 1)
        if kept:
            note = QLabel(self.tr("Figures corrected by hand stay as you wrote them; only their computed "
                                  "value is updated."))
            note.setWordWrap(True)
            note.setObjectName("pageDescription")
            layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_button.setText(self.tr("Apply the new figures"))
        self.apply_button.setDefault(True)
        self.apply_button.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
