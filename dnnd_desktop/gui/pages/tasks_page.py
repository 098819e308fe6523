"""Tasks page: the plans received from the province (or published, at the province), their numbered
tasks with deadlines, each task's status and progress note, the activities linked as evidence, and
the plan's report schedule. See gui/tasks/ for the detail panel and the activity picker."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DnndError
from ...domain.formatting import format_date
from ...services import tasks as task_service
from ...services.tasks import PlanInfo, TaskInfo
from .. import message_boxes
from ..change_bridge import RefreshOnChange
from ..tasks.task_detail import TaskDetail, deadline_text, status_label

COLUMNS = 5  # code, task, deadline, status, evidence


class TasksPage(QWidget):
    def __init__(self, ctx, runner, parent=None):
        super().__init__(parent)
        self.ctx, self.runner = ctx, runner
        self.today = dt.date.today   # tests set another day
        self.plans: list[PlanInfo] = []
        self.tasks: list[TaskInfo] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        title = QLabel(self.tr("Tasks"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack, 1)

        self.empty = QLabel(self.empty_text())
        self.empty.setObjectName("comingSoon")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.empty)

        main = QWidget()
        ml = QVBoxLayout(main)
        ml.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Plan:")))
        self.plan_combo = QComboBox()
        self.plan_combo.setObjectName("planCombo")
        self.plan_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.plan_combo.setMinimumContentsLength(18)   # (30 made the page wider than a 1024 px screen)
        self.plan_combo.currentIndexChanged.connect(lambda _i: self._plan_changed())
        top.addWidget(self.plan_combo, 1)
        top.addWidget(QLabel(self.tr("Status:")))
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.addItem(self.tr("All"), None)
        for s in task_service.STATUSES:
            self.status_filter.addItem(status_label(s), s)
        self.status_filter.currentIndexChanged.connect(lambda _i: self.refresh_tasks())
        top.addWidget(self.status_filter)
        self.overdue_only = QCheckBox(self.tr("Overdue only"))
        self.overdue_only.setObjectName("overdueOnly")
        self.overdue_only.toggled.connect(lambda _on: self.refresh_tasks())
        top.addWidget(self.overdue_only)
        ml.addLayout(top)
        self.plan_info = QLabel()
        self.plan_info.setObjectName("planInfo")
        self.plan_info.setWordWrap(True)
        self.plan_info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        ml.addWidget(self.plan_info)
        self.schedule = QLabel()
        self.schedule.setObjectName("planSchedule")
        self.schedule.setWordWrap(True)
        ml.addWidget(self.schedule)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.table = QTableWidget(0, COLUMNS)
        self.table.setObjectName("taskTable")
        self.table.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Task"), self.tr("Deadline"),
                                              self.tr("Status"), self.tr("Evidence")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col in (2, 3, 4):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.currentCellChanged.connect(self._row_changed)
        splitter.addWidget(self.table)
        self.detail = TaskDetail(ctx)
        self.detail.today = lambda: self.today()
        self.detail.changed.connect(self._task_changed)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([620, 420])
        ml.addWidget(splitter, 1)
        self.stack.addWidget(main)
        # Data changed elsewhere (another page, a package, a worker) shows without a manual reload.
        self.watch = RefreshOnChange(self, ctx, ("task", "plan", "activity_task"), self.refresh)
        self.main = main
        self.refresh()

    # -- data --------------------------------------------------------------------------------------
    def empty_text(self) -> str:
        """Where a plan comes in, named with the very words of that page and its tabs (checked by
        tests/gui/test_empty_states.py)."""
        from PySide6.QtCore import QCoreApplication

        from ..page_registry import page_spec, page_title

        receive = QCoreApplication.translate("PackagesPage", "&Receive").replace("&", "")
        usb = QCoreApplication.translate("PackagesPage", "&USB").replace("&", "")
        return (self.tr("No plan received yet.\n\nPlans and their tasks come from the province in a task package: "
                        "open the package on the page «%1», tab «%2», or bring it on the USB stick (tab «%3»).")
                .replace("%1", page_title(page_spec("packages"))).replace("%2", receive).replace("%3", usb))

    def on_shown(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        self.watch.mark_fresh()
        try:
            self.plans = task_service.list_plans(self.ctx)
        except DnndError as exc:
            self.empty.setText(exc.message)
            self.stack.setCurrentWidget(self.empty)
            return
        if not self.plans:
            self.stack.setCurrentWidget(self.empty)
            return
        self.stack.setCurrentWidget(self.main)
        current = self.plan_combo.currentData()
        self.plan_combo.blockSignals(True)
        self.plan_combo.clear()
        for p in self.plans:
            number = f"{p.doc_number} — " if p.doc_number else ""
            self.plan_combo.addItem(f"{number}{p.title}", p.id)
            self.plan_combo.setItemData(self.plan_combo.count() - 1, p.title, Qt.ItemDataRole.ToolTipRole)
        index = self.plan_combo.findData(current)
        self.plan_combo.setCurrentIndex(max(index, 0))
        self.plan_combo.blockSignals(False)
        self._plan_changed()

    def current_plan(self) -> PlanInfo | None:
        plan_id = self.plan_combo.currentData()
        return next((p for p in self.plans if p.id == plan_id), None)

    def _plan_changed(self) -> None:
        plan = self.current_plan()
        if plan is None:
            return
        self._show_plan_info(plan)
        self.refresh_tasks()

    def _show_plan_info(self, plan: PlanInfo) -> None:
        parts = []
        if plan.doc_number or plan.doc_date:
            parts.append(self.tr("Document %1 of %2").replace("%1", plan.doc_number or "")
                         .replace("%2", format_date(plan.doc_date)))
        parts.append(plan.issuer or plan.issuer_name)
        if plan.year and plan.last_year:
            parts.append(self.tr("programme %1–%2 (its mid-term and final reviews: Reports, New report…)")
                         .replace("%1", str(plan.year)).replace("%2", str(plan.last_year)))
        parts.append(self.tr("version %1").replace("%1", str(plan.sequence)))
        parts.append(self.tr("%1 of %2 tasks done").replace("%1", str(plan.done_count))
                     .replace("%2", str(plan.task_count)))
        self.plan_info.setText(" · ".join(p for p in parts if p))
        lines = [s.text for s in plan.schedule]
        self.schedule.setText(self.tr("Report schedule: %1").replace("%1", "; ".join(lines)) if lines else
                              self.tr("This plan sets no report schedule."))

    def refresh_tasks(self, select_id: str | None = None) -> None:
        plan = self.current_plan()
        if plan is None:
            return
        keep = select_id or (self.detail.task.id if self.detail.task else None)
        try:
            self.tasks = task_service.list_tasks(self.ctx, plan_id=plan.id, status=self.status_filter.currentData(),
                                                 overdue_only=self.overdue_only.isChecked(), today=self.today())
        except DnndError as exc:
            message_boxes.warning(self, self.tr("Tasks"), exc.message)
            return
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.tasks))
        today = self.today()
        selected_row = -1
        for r, t in enumerate(self.tasks):
            cells = [t.code, t.title, deadline_text(t, today), status_label(t.status), str(t.evidence_count)]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 1 and t.progress_note:
                    item.setToolTip(t.progress_note)
                if t.overdue and c in (2, 3):
                    item.setForeground(Qt.GlobalColor.darkRed)
                if c == 4:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(r, c, item)
            if t.id == keep:
                selected_row = r
        self.table.resizeRowsToContents()
        self.table.blockSignals(False)
        if self.tasks:
            self.table.selectRow(max(selected_row, 0))
            self.detail.show_task(self.tasks[self.table.currentRow()])
        else:
            self.table.clearSelection()
            self.detail.show_task(None)

    def select_task(self, task_id: str) -> None:
        for r, t in enumerate(self.tasks):
            if t.id == task_id:
                self.table.selectRow(r)

    # -- interaction -------------------------------------------------------------------------------
    def _row_changed(self, row: int, _col: int, previous_row: int, _pcol: int) -> None:
        if row == previous_row:
            return
        if self.detail.dirty and not self._ask_save():
            self.table.blockSignals(True)
            self.table.selectRow(previous_row)
            self.table.blockSignals(False)
            return
        self.detail.show_task(self.tasks[row] if 0 <= row < len(self.tasks) else None)

    def _ask_save(self) -> bool:
        """The status or note of the shown task was changed: save it, drop it, or stay."""
        answer = message_boxes.question(
            self, self.tr("Unsaved changes"),
            self.tr("The status or progress note of this task was changed. Save the changes?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.detail.save()
        return answer == QMessageBox.StandardButton.Discard

    def _task_changed(self, task_id: str) -> None:
        """A task was saved or its evidence changed: counts in the plan line and the list follow."""
        keep_edits = self.detail.dirty
        status, note = self.detail.status.currentData(), self.detail.note.toPlainText()
        saved_text = self.detail.saved_label.text()
        self.plans = task_service.list_plans(self.ctx)
        plan = self.current_plan()
        if plan is not None:
            self._show_plan_info(plan)
        self.refresh_tasks(select_id=task_id)
        self.detail.saved_label.setText(saved_text)
        if keep_edits:
            self.detail.status.setCurrentIndex(self.detail.status.findData(status))
            self.detail.note.setPlainText(note)
