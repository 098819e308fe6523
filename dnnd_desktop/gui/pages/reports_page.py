"""Reports page: what is due, the office's reports, and the report editor (figures, text, document
details, compute again, approve, export). See gui/reports/ for its parts."""
from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from ...domain.errors import DnndError
from ...services.reports import RETURNED, ReportDetail, ReportService
from ..change_bridge import RefreshOnChange
from ..reports.editor import ReportEditor
from ..reports.list_view import ReportListView
from ..reports.new_report_dialog import NewReportDialog


class ReportsPage(QWidget):
    def __init__(self, ctx, runner, parent=None):
        super().__init__(parent)
        self.ctx, self.runner = ctx, runner
        self.service = ReportService(ctx)
        self.today = dt.date.today  # tests set another day
        self.new_dialog: NewReportDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        self.heading = QLabel(self.tr("Reports"))
        self.heading.setObjectName("pageTitle")
        layout.addWidget(self.heading)
        self.stack = QStackedWidget()
        self.list_view = ReportListView()
        self.editor = ReportEditor(self.service, runner)
        self.stack.addWidget(self.list_view)
        self.stack.addWidget(self.editor)
        layout.addWidget(self.stack, 1)

        self.list_view.open_requested.connect(self.open_report)
        self.list_view.new_requested.connect(self.new_report)
        self.editor.back_requested.connect(self.show_list)
        # Data changed elsewhere (another page, a package, a worker) shows without a manual reload.
        self.watch = RefreshOnChange(self, ctx, ("report", "report_template", "plan"), self.refresh)
        self.editor.changed.connect(lambda _id: self.refresh())
        self.refresh()

    # -- navigation --------------------------------------------------------------------------------
    def on_shown(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        self.watch.mark_fresh()
        try:
            due = self.service.due_reports(self.today())
            reports = self.service.list_reports()
            comments = {r.id: self.service.get(r.id).answer_comment or ""
                        for r in reports if r.status == RETURNED}
        except DnndError as exc:
            self.editor._warn(exc.message)
            return
        self.list_view.set_data(due, reports, comments)

    def show_list(self) -> None:
        self.refresh()
        if self.editor.detail:
            self.list_view.select_report(self.editor.detail.id)
        self.stack.setCurrentWidget(self.list_view)
        self.list_view.table.setFocus()

    def open_report(self, report_id: str) -> None:
        try:
            self.editor.load(report_id)
        except DnndError as exc:
            self.editor._warn(exc.message)
            self.refresh()
            return
        self.stack.setCurrentWidget(self.editor)
        self.editor.tabs.setFocus()

    @property
    def editing(self) -> bool:
        return self.stack.currentWidget() is self.editor

    # -- new report --------------------------------------------------------------------------------
    def new_report(self, suggestion=None) -> NewReportDialog:
        dialog = NewReportDialog(self.service.templates(), suggestion, self.today(), self,
                                 programme_spans=self.service.programme_spans())
        self.new_dialog = dialog
        dialog.accepted.connect(lambda: self._create(dialog.template_code(), dialog.period()))
        dialog.open()
        return dialog

    def _create(self, template_code: str | None, period) -> None:
        self.runner.run_service(
            self.service.create, period, template_code,
            title=self.tr("Computing the figures for %1").replace("%1", str(period.message)),
            writes=True, on_done=self._created, on_error=self._create_failed)

    def _created(self, detail: ReportDetail) -> None:
        self.refresh()
        self.list_view.select_report(detail.id)
        self.editor.show_detail(detail)
        self.stack.setCurrentWidget(self.editor)

    def _create_failed(self, exc: BaseException) -> bool:
        """A report for that period already exists: open it instead of only saying so."""
        if isinstance(exc, DnndError) and exc.code == "report_exists" and exc.details.get("report_id"):
            self.editor._warn(exc.message)
            self.open_report(exc.details["report_id"])
            return True
        return False
