"""Reports received page (province only). Tab 1, who reported: for a period and template, every
lower office on time / late / missing / returned with the date received (overdue in red), the
reporting rates, export to Excel. Tab 2, received reports: read one, acknowledge it or return it with
a comment, and make the answers package for an office."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DnndError
from ...domain.formatting import format_date, format_number
from ...domain.periods import parse_period
from ...services.province import LATE, MISSING, ON_TIME, InboxService, SubmissionService
from ...services.province.common import ACKNOWLEDGED, RETURNED, unlock
from .. import export_files
from ..packages.secret import run_with_passphrase
from ..province.answer_dialog import AnswerDialog
from ..province.common import (
    GREEN,
    GREY,
    RED,
    cell,
    fill_rows,
    inform,
    make_table,
    page_header,
    selected_data,
    warn,
)
from ..province.texts import answer_status, submission_status
from ..roles_text import level_name

STATUS_COLOURS = {ON_TIME: GREEN, LATE: RED, MISSING: RED, "returned": RED}


class SubmissionsPage(QWidget):
    def __init__(self, ctx, runner, parent=None):
        super().__init__(parent)
        self.ctx, self.runner = ctx, runner
        self.today = dt.date.today   # tests set another day
        self.submissions = SubmissionService(ctx, lambda: self.today())
        self.inbox = InboxService(ctx)
        self.summary = None
        self.received = []
        self.dialog: AnswerDialog | None = None
        self.last_message = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        page_header(layout, self.tr("Reports received"), self.tr(
            "Which lower offices reported for a period, on time or late, and the reports themselves: "
            "acknowledge them or return them with a comment."))
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self._who_tab()
        self._inbox_tab()
        self.refresh()

    # -- who reported --------------------------------------------------------------------------------
    def _who_tab(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Template:")))
        self.template = QComboBox()
        self.template.setObjectName("submissionTemplate")
        for info in self.submissions_templates():
            self.template.addItem(info.title, info.code)
        row.addWidget(self.template, 1)
        row.addWidget(QLabel(self.tr("Period:")))
        self.period = QComboBox()
        self.period.setObjectName("submissionPeriod")
        self.period.setMinimumWidth(200)
        row.addWidget(self.period)
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.export_button.clicked.connect(self.choose_export)
        row.addWidget(self.export_button)
        layout.addLayout(row)
        self.facts = QLabel()
        self.facts.setObjectName("submissionFacts")
        self.facts.setWordWrap(True)
        layout.addWidget(self.facts)
        self.table = make_table([self.tr("Office"), self.tr("Level"), self.tr("Status"), self.tr("Received"),
                                 self.tr("Days late"), self.tr("Version"), self.tr("Comment of the province")],
                                stretch=0, name="submissionsTable")
        layout.addWidget(self.table, 1)
        self.template.currentIndexChanged.connect(lambda _i: self._fill_periods())
        self.period.currentIndexChanged.connect(lambda _i: self.refresh_summary())
        self.tabs.addTab(page, self.tr("Who reported"))

    def submissions_templates(self):
        from ...services.reports import ReportService

        return ReportService(self.ctx).templates()

    def _fill_periods(self) -> None:
        self.period.blockSignals(True)
        self.period.clear()
        today = self.today()
        for per in self.submissions.periods(self.template.currentData(), today):
            self.period.addItem(str(per.message), per.code)
        # The most recent period already due, else the first.
        index = 0
        for i in range(self.period.count()):
            due, _src = self.submissions.due_date(self.period.itemData(i), self.template.currentData())
            if due is not None and due <= today:
                index = i
                break
        self.period.setCurrentIndex(index)
        self.period.blockSignals(False)
        self.refresh_summary()

    def show_period(self, period_code: str) -> None:
        i = self.period.findData(period_code)
        if i < 0:

            self.period.addItem(str(parse_period(period_code).message), period_code)
            i = self.period.count() - 1
        self.period.setCurrentIndex(i)
        self.refresh_summary()

    def refresh_summary(self) -> None:
        code = self.period.currentData()
        if not code:
            self.summary = None
            fill_rows(self.table, [])
            self.facts.setText(self.tr("No report period yet."))
            return
        try:
            s = self.submissions.summary(code, self.template.currentData(), self.today())
        except DnndError as exc:
            self.facts.setText(exc.message)
            return
        self.summary = s
        due = format_date(s.due_date) if s.due_date else self.tr("no due date")
        rate = "—" if s.reporting_rate is None else f"{format_number(round(s.reporting_rate))}%"
        timely = "—" if s.on_time_rate is None else f"{format_number(round(s.on_time_rate))}%"
        self.facts.setText(self.tr("Due %1 · %2 of %3 offices reported (%4), %5 on time (%6) · late %7 · returned "
                                   "%8 · missing %9").replace("%1", due).replace("%2", str(s.actual))
                           .replace("%3", str(s.expected)).replace("%4", rate).replace("%5", str(s.count(ON_TIME)))
                           .replace("%6", timely).replace("%7", str(s.count(LATE)))
                           .replace("%8", str(s.count("returned"))).replace("%9", str(s.count(MISSING))))
        rows = []
        for r in s.rows:
            colour = STATUS_COLOURS.get(r.status, GREY)
            rows.append([cell(r.office_name, colour=RED if r.overdue else None, data=r.office_id),
                         cell(level_name(r.level)), cell(submission_status(r.status), colour=colour),
                         cell(r.received_date),
                         cell(r.days_late, colour=RED if r.overdue else None),
                         cell((r.revision - 1) if r.revision and r.revision > 1 else None),
                         cell(r.answer_comment or "")])
        fill_rows(self.table, rows)

    def choose_export(self) -> None:
        if self.summary is None:
            return
        path = export_files.ask_save_path(
            self, self.ctx, self.tr("Export to Excel"),
            export_files.file_name(self.ctx, "nop-bao-cao", self.summary.period_code, suffix=".xlsx"),
            self.tr("Excel workbooks (*.xlsx)"))
        if path:
            self.export(str(path))

    def export(self, path: str):
        summary, svc = self.summary, self.submissions
        return self.runner.run(lambda progress, cancel: svc.export_xlsx(summary, path), writes=False,
                               title=self.tr("Writing the Excel file"), on_done=self._saved)

    def _saved(self, path) -> None:
        text = self.tr("Saved %1").replace("%1", str(path))
        self._notice(text)
        self.saved_box = export_files.tell_saved(self, self.ctx, path, text)

    def _notice(self, text: str) -> None:
        self.runner.notice.emit(text)

    # -- received reports ----------------------------------------------------------------------------
    def _inbox_tab(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        row = QHBoxLayout()
        self.ack_button = QPushButton(self.tr("Acknowledge…"))
        self.ack_button.clicked.connect(lambda: self.answer_selected(False))
        self.return_button = QPushButton(self.tr("Return with a comment…"))
        self.return_button.clicked.connect(lambda: self.answer_selected(True))
        self.answers_button = QPushButton(self.tr("Send answers to this office…"))
        self.answers_button.setToolTip(self.tr("Make a package with the answers to the selected office's reports"))
        self.answers_button.clicked.connect(self.choose_answers_file)
        for b in (self.ack_button, self.return_button, self.answers_button):
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        split = QSplitter(Qt.Orientation.Vertical)
        self.reports_table = make_table([self.tr("Office"), self.tr("Report"), self.tr("Period"), self.tr("Version"),
                                         self.tr("Status"), self.tr("Received"), self.tr("Answered"),
                                         self.tr("Comment")], stretch=1, name="receivedTable")
        self.reports_table.itemSelectionChanged.connect(self.show_selected)
        split.addWidget(self.reports_table)
        box = QGroupBox(self.tr("The report as the office stated it"))
        box_layout = QVBoxLayout(box)
        self.detail = QPlainTextEdit()
        self.detail.setObjectName("receivedDetail")
        self.detail.setReadOnly(True)
        box_layout.addWidget(self.detail)
        split.addWidget(box)
        split.setSizes([300, 260])
        layout.addWidget(split, 1)
        self.tabs.addTab(page, self.tr("Received reports"))

    def refresh_inbox(self) -> None:
        self.received = self.inbox.reports()
        rows = []
        for r in self.received:
            colour = {RETURNED: RED, ACKNOWLEDGED: GREEN}.get(r.status)
            version = self.tr("correction %1").replace("%1", str(r.revision - 1)) if r.revision > 1 else ""
            period = str(parse_period(r.period_code).message)
            rows.append([cell(r.office_name, data=r.id), cell(r.title), cell(period), cell(version),
                         cell(answer_status(r.status) + (self.tr(" (replaced)") if r.superseded else ""),
                              colour=colour),
                         cell(r.received_at), cell(r.answered_at), cell(r.answer_comment or "")])
        fill_rows(self.reports_table, rows)
        self.detail.clear()

    def show_selected(self) -> None:
        report_id = selected_data(self.reports_table)
        if not report_id:
            self.detail.clear()
            return
        d = self.inbox.get(report_id)
        lines = [d.report.title, ""]
        for sec in d.content.sections:
            lines.append(sec.title.upper())
            if sec.text:
                lines.append(sec.text)
            for grp in sec.groups:
                for ind in grp.indicators:
                    for ln in (ind.total, *ind.breakdown):
                        value = "—" if ln.value is None else format_number(ln.value)
                        lines.append(f"   {'   - ' if ln.key is not None else ''}{ln.label}: {value} {ind.unit}"
                                     + (" *" if ln.overridden else ""))
            lines.append("")
        self.detail.setPlainText("\n".join(lines))

    def answer_selected(self, returning: bool) -> AnswerDialog | None:
        report_id = selected_data(self.reports_table)
        report = next((r for r in self.received if r.id == report_id), None)
        if report is None:
            self.last_message = inform(self, self.tr("Reports received"), self.tr("Select a report first."))
            return None
        self.dialog = AnswerDialog(report, returning, self)
        self.dialog.accepted.connect(lambda: self.answer(report.id, returning, self.dialog.text()))
        self.dialog.open()
        return self.dialog

    def answer(self, report_id: str, returning: bool, comment: str) -> None:
        try:
            if returning:
                self.inbox.return_report(report_id, comment)
            else:
                self.inbox.acknowledge(report_id, comment)
        except DnndError as exc:
            self.last_message = warn(self, self.tr("Reports received"), exc.message)
            return
        self.refresh()
        self._notice(self.tr("The answer goes to the office with the next package you make for it."))

    def choose_answers_file(self) -> None:
        report_id = selected_data(self.reports_table)
        report = next((r for r in self.received if r.id == report_id), None)
        if report is None:
            self.last_message = inform(self, self.tr("Reports received"),
                                       self.tr("Select a report of the office first."))
            return
        path = export_files.ask_save_path(
            self, self.ctx, self.tr("Save the answers package"),
            export_files.file_name(self.ctx, "tra-loi-bao-cao", report.period_code, suffix=".dnnd"),
            self.tr("Packages (*.dnnd)"), export_files.PACKAGES)
        if path:
            self.send_answers(report.office_id, str(path))

    def send_answers(self, office_id: str, path: str):
        ctx = self.ctx

        def work(progress, cancel, passphrase):
            return InboxService(ctx).send_answers(office_id, path, unlock(ctx, passphrase))

        return run_with_passphrase(self, self.runner, self.tr("Signing the package needs the office's key."), work,
                                   title=self.tr("Making the answers package"), writes=True,
                                   on_done=lambda r: self._saved(r.path))

    # -- page ----------------------------------------------------------------------------------------
    def on_shown(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        if self.period.count() == 0:
            self._fill_periods()
        else:
            self.refresh_summary()
        self.refresh_inbox()
