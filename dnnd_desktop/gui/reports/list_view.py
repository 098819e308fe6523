"""The Reports page's first view: what is due (with days left, overdue in red, done in green) and
the office's reports. Both lists are short (a few reports a year), so they are plain tables filled
from the service's lists."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.deadlines import DONE, OVERDUE, DueItem
from ...domain.formatting import format_date, format_stored_datetime
from ...domain.periods import parse_period
from ...services.reports import RETURNED, ReportSummary
from ..icons import icon
from ..widgets.readable_headers import ReadableHeaders
from . import texts

ID_ROLE = Qt.ItemDataRole.UserRole


def _item(text: str, align_right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if align_right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    return table


class ReportListView(QWidget):
    open_requested = Signal(str)          # report id
    new_requested = Signal(object)        # the DueItem to start from, or None

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.due_items: list[DueItem] = []
        self.reports: list[ReportSummary] = []
        self.comments: dict[str, str] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        due_box = QGroupBox(self.tr("What is due"))
        due_layout = QVBoxLayout(due_box)
        self.due_table = _table([self.tr("Report"), self.tr("Period"), self.tr("Due date"),
                                 self.tr("Days left"), self.tr("Status"), self.tr("Progress")])
        self.due_table.setObjectName("dueTable")
        header = self.due_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, 6):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.due_table.verticalHeader().setDefaultSectionSize(26)
        ReadableHeaders(self.due_table, 0)
        self.due_table.itemDoubleClicked.connect(lambda item: self._due_activated(item.row()))
        self.due_empty = QLabel(self.tr("No report is due in the coming three months."))
        self.due_empty.setObjectName("pageDescription")
        due_layout.addWidget(self.due_table)
        due_layout.addWidget(self.due_empty)
        hint = QLabel(self.tr("Double-click a line to open its report, or to write it if it is not started yet."))
        hint.setObjectName("pageDescription")
        due_layout.addWidget(hint)
        layout.addWidget(due_box)

        list_box = QGroupBox(self.tr("Reports of this office"))
        list_layout = QVBoxLayout(list_box)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(icon("reports"), self.tr("New report…"))
        self.new_button.setObjectName("newReport")
        self.new_button.setToolTip(self.tr("Write a new report for a period (Ctrl+N)"))
        self.new_button.clicked.connect(lambda: self.new_requested.emit(self._suggested_due()))
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setObjectName("openReport")
        self.open_button.setToolTip(self.tr("Open the selected report (Enter)"))
        self.open_button.clicked.connect(self._open_selected)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        list_layout.addLayout(buttons)
        self.table = _table([self.tr("Period"), self.tr("Report"), self.tr("Version"), self.tr("Status"),
                             self.tr("Number"), self.tr("Document date"), self.tr("Approved"),
                             self.tr("Last change")])
        self.table.setObjectName("reportTable")
        header = self.table.horizontalHeader()
        for col in range(8):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        ReadableHeaders(self.table, 1)   # the report's title keeps its header readable on a narrow screen
        self.table.itemDoubleClicked.connect(lambda _item: self._open_selected())
        self.table.itemSelectionChanged.connect(self._selection_changed)
        list_layout.addWidget(self.table, 1)
        self.empty = QLabel(self.tr("No report yet. Click “New report…” to write the first one."))
        self.empty.setObjectName("pageDescription")
        list_layout.addWidget(self.empty)
        layout.addWidget(list_box, 1)

        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(QKeySequence(key), self.table, self._open_selected,
                      Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence(QKeySequence.StandardKey.New), self,
                  lambda: self.new_requested.emit(self._suggested_due()))
        self._selection_changed()

    # -- filling -----------------------------------------------------------------------------------
    def set_data(self, due_items: list[DueItem], reports: list[ReportSummary],
                 comments: dict[str, str] | None = None) -> None:
        self.due_items, self.reports, self.comments = list(due_items), list(reports), dict(comments or {})
        self._fill_due()
        self._fill_reports()

    def _fill_due(self) -> None:
        t = self.due_table
        t.setRowCount(len(self.due_items))
        for row, item in enumerate(self.due_items):
            cells = [
                _item(item.template_title),
                _item(texts.period_text(str(item.period.message))),
                _item(format_date(item.due_date)),
                _item(texts.days_left_text(item.days_left, item.status), align_right=True),
                _item(texts.due_status_label(item.status)),
                _item(texts.status_label(item.report_status) if item.report_status else self.tr("Not started")),
            ]
            colour = texts.due_status_colour(item.status)
            for col, cell in enumerate(cells):
                cell.setData(ID_ROLE, row)
                if colour:
                    cell.setForeground(QBrush(QColor(colour)))
                if item.status == OVERDUE and col in (3, 4) or (col == 5 and not item.report_id):
                    font = cell.font()
                    font.setBold(True)
                    cell.setFont(font)
                t.setItem(row, col, cell)
        shown = min(max(len(self.due_items), 1), 5)  # the table is as tall as its lines, up to 5
        t.setFixedHeight(t.horizontalHeader().sizeHint().height() + shown * 26 + 2 * t.frameWidth() + 2)
        t.setVisible(bool(self.due_items))
        self.due_empty.setVisible(not self.due_items)

    def _fill_reports(self) -> None:
        t = self.table
        selected = self.selected_id()
        t.verticalHeader().setDefaultSectionSize(26)
        t.setRowCount(len(self.reports))
        for row, r in enumerate(self.reports):
            status = texts.status_label(r.status)
            comment = self.comments.get(r.id)
            if r.status == RETURNED and comment:
                status = f"{status}: {comment}"
            cells = [
                _item(texts.period_text(str(parse_period(r.period_code).message))),
                _item(r.template_title),
                _item(str(r.revision), align_right=True),
                _item(status),
                _item(r.number or ""),
                _item(format_date(r.doc_date)),
                _item(f"{r.approved_by} · {format_stored_datetime(r.approved_at)}" if r.approved_by else ""),
                _item(format_stored_datetime(r.updated_at)),
            ]
            if r.status == RETURNED:
                cells[3].setForeground(QBrush(QColor(texts.OVERDUE_COLOUR)))
                if comment:
                    cells[3].setToolTip(self.tr("Returned by the province: %1").replace("%1", comment))
            if r.superseded:
                for cell in cells:
                    cell.setForeground(QBrush(QColor("#7a8794")))
                cells[2].setToolTip(self.tr("A later version of this report exists."))
            for col, cell in enumerate(cells):
                cell.setData(ID_ROLE, r.id)
                t.setItem(row, col, cell)
            if r.id == selected:
                t.selectRow(row)
        self.empty.setVisible(not self.reports)
        if self.reports and t.currentRow() < 0:
            t.selectRow(0)
        self._selection_changed()

    # -- actions -----------------------------------------------------------------------------------
    def selected_id(self) -> str | None:
        row = self.table.currentRow()
        if row < 0 or row >= len(self.reports) or not self.table.selectionModel().hasSelection():
            return None
        return self.reports[row].id

    def select_report(self, report_id: str) -> None:
        for row, r in enumerate(self.reports):
            if r.id == report_id:
                self.table.selectRow(row)

    def _selection_changed(self) -> None:
        self.open_button.setEnabled(self.selected_id() is not None)

    def _open_selected(self) -> None:
        report_id = self.selected_id()
        if report_id:
            self.open_requested.emit(report_id)

    def _due_activated(self, row: int) -> None:
        item = self.due_items[row]
        if item.report_id:
            self.open_requested.emit(item.report_id)
        else:
            self.new_requested.emit(item)

    def _suggested_due(self) -> DueItem | None:
        """The next report still to write: the first open due item without a report."""
        for item in self.due_items:
            if item.status != DONE and item.report_id is None:
                return item
        return None
