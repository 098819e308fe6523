"""The report editor's "Tasks" tab: the plans' tasks with their progress as the report lists them
(taken with the figures; "Compute again" takes them again), read-only here -- the Tasks page is
where a task's status, note and evidence are changed."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.formatting import format_date
from ...domain.task_progress import TaskProgressLine
from ..tasks.task_detail import status_label
from ..widgets.readable_headers import ReadableHeaders, header_width


class TaskProgressTable(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.hint = QLabel()
        self.hint.setObjectName("pageDescription")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("reportTasks")
        self.table.setHorizontalHeaderLabels([self.tr("Task"), self.tr("Deadline"), self.tr("Status"),
                                              self.tr("Progress note"), self.tr("Evidence (activities)"),
                                              self.tr("Files")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        # The task stretches; the note and evidence start wide but give way down to their headers,
        # never below (issue 19: three stretching columns squeezed «Minh chứng (hoạt động)» at 1024 px).
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 5):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        for col in (3, 4):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, max(header_width(self.table, col), 220))
        self.readable_headers = ReadableHeaders(self.table, 0, share=0.3)
        layout.addWidget(self.table, 1)

    def fill(self, lines: tuple[TaskProgressLine, ...]) -> None:
        self.hint.setText(
            self.tr("The tasks of the plans for this period, as the Tasks page had them when the figures were "
                    "computed. They are printed at the end of the first section; change a task on the Tasks "
                    "page, then compute the figures again.") if lines else
            self.tr("No plan with tasks covers this period, so the report lists no task progress."))
        self.table.setRowCount(len(lines))
        for row, t in enumerate(lines):
            values = [f"{t.code}. {t.title}" if t.code else t.title, format_date(t.deadline) if t.deadline else "",
                      status_label(t.status), t.note, "; ".join(t.evidence), str(t.attachments)]
            for col, value in enumerate(values):
                self.table.setItem(row, col, QTableWidgetItem(value))
        self.table.resizeRowsToContents()
