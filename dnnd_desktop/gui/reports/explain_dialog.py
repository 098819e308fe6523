"""The records behind one figure of a report (issue 13): what was counted or summed, so an officer
or the province can check a figure against the data; a hand-entered figure shows who typed it and
why. Opened by clicking a figure in the report editor."""
from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.messages import render
from ...domain.record_kinds import KINDS
from ...services.reports.types import Explanation
from .dialogs import number_text


class ExplainDialog(QDialog):
    def __init__(self, ex: Explanation, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Records behind the figure"))
        self.resize(760, 460)
        layout = QVBoxLayout(self)
        title = QLabel(f"<b>{escape(ex.label)}</b>: {number_text(ex.value)} {escape(ex.unit or '')}")
        title.setObjectName("explainTitle")
        title.setWordWrap(True)
        layout.addWidget(title)
        self.hand = QLabel()
        self.hand.setObjectName("explainHand")
        self.hand.setWordWrap(True)
        if ex.hand_entered:
            self.hand.setText(self.tr("The report states %1, entered by hand by %2 at %3. Why: %4")
                              .replace("%1", number_text(ex.stated)).replace("%2", ex.entered_by or "?")
                              .replace("%3", ex.entered_at or "?").replace("%4", ex.note or "—"))
        elif ex.manual:
            self.hand.setText(self.tr("This figure is entered by hand; no records are counted for it."))
        self.hand.setVisible(bool(self.hand.text()))
        layout.addWidget(self.hand)
        self.table = QTableWidget(len(ex.records), 3)
        self.table.setObjectName("explainRecords")
        self.table.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("Name"), self.tr("Amount")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        for row, rec in enumerate(ex.records):
            kind = (self.tr("Report of an office") if rec.kind == "report"
                    else render(KINDS[rec.kind].label) if rec.kind in KINDS else rec.kind)
            amount = QTableWidgetItem("" if rec.amount is None else number_text(rec.amount))
            amount.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for col, cell in enumerate((QTableWidgetItem(kind), QTableWidgetItem(rec.name), amount)):
                self.table.setItem(row, col, cell)
        layout.addWidget(self.table, 1)
        count = QLabel(self.tr("Records: %1").replace("%1", number_text(len(ex.records))))
        count.setObjectName("pageDescription")
        layout.addWidget(count)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
