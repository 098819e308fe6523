"""Consolidated report page (province only): for a period and template, the figures summed over
the lower offices' reports, office by office; make the province's own report from them (its text,
document details and approval are then on the Reports page), sum again, export PDF and Excel."""
from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...domain.errors import DnndError
from ...services.province import NOT_COUNTED_LABELS, ConsolidationService, SubmissionService
from ...services.reports import ReportService
from .. import export_files
from ..province.common import GREY, cell, fill_rows, inform, make_table, page_header, warn

_PREFIXES = ("ủy ban mttq việt nam ", "ủy ban mặt trận tổ quốc việt nam ", "ban thường trực ")


def short_name(name: str) -> str:
    """ "Ủy ban MTTQ Việt Nam huyện Bát Xát" -> "huyện Bát Xát" for a narrow column header."""
    low = name.casefold()
    for prefix in _PREFIXES:
        if low.startswith(prefix):
            return name[len(prefix):]
    return name


class ConsolidationPage(QWidget):
    def __init__(self, ctx, runner, parent=None):
        super().__init__(parent)
        self.ctx, self.runner = ctx, runner
        self.today = dt.date.today   # tests set another day
        self.service = ConsolidationService(ctx, lambda: self.today())
        self.submissions = SubmissionService(ctx, lambda: self.today())
        self.consolidation = None
        self.report_id: str | None = None
        self.last_message = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        page_header(layout, self.tr("Consolidated report"), self.tr(
            "The province's report for a period: its figures are the sums of the lower offices' reports "
            "(received and not returned), their texts gathered for you to edit on the Reports page."))
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Template:")))
        self.template = QComboBox()
        for info in ReportService(ctx).templates():
            self.template.addItem(info.title, info.code)
        row.addWidget(self.template, 1)
        row.addWidget(QLabel(self.tr("Period:")))
        self.period = QComboBox()
        self.period.setObjectName("consolidationPeriod")
        self.period.setMinimumWidth(200)
        row.addWidget(self.period)
        layout.addLayout(row)
        buttons = QHBoxLayout()
        self.make_button = QPushButton(self.tr("Make the consolidated report"))
        self.make_button.setObjectName("makeConsolidated")
        self.make_button.clicked.connect(self.make)
        self.text_button = QPushButton(self.tr("Gather the offices' text again"))
        self.text_button.clicked.connect(self.regather)
        self.pdf_button = QPushButton(self.tr("Export PDF…"))
        self.pdf_button.clicked.connect(lambda: self.choose_export(".pdf"))
        self.docx_button = QPushButton(self.tr("Export Word…"))
        self.docx_button.clicked.connect(lambda: self.choose_export(".docx"))
        self.xlsx_button = QPushButton(self.tr("Export Excel…"))
        self.xlsx_button.clicked.connect(lambda: self.choose_export(".xlsx"))
        for b in (self.make_button, self.text_button, self.pdf_button, self.docx_button, self.xlsx_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.facts = QLabel()
        self.facts.setObjectName("consolidationFacts")
        self.facts.setWordWrap(True)
        layout.addWidget(self.facts)
        self.table = make_table([self.tr("Figure"), self.tr("Unit"), self.tr("Total")], stretch=None,
                                name="consolidationTable")
        self.table.setColumnWidth(0, 420)
        layout.addWidget(self.table, 1)
        # Partners and twinned sides across the border known at several offices are counted once
        # (issue 13); a person may say otherwise.
        self.matches_label = QLabel(self.tr("Partners and twinned localities across the border known at several "
                                            "offices (counted once unless you say they are different):"))
        self.matches_label.setWordWrap(True)
        layout.addWidget(self.matches_label)
        self.matches = make_table([self.tr("Partner"), self.tr("Offices"), self.tr("Counted")], stretch=None,
                                  name="partnerMatches")
        self.matches.setColumnWidth(0, 320)
        self.matches.setMaximumHeight(160)
        layout.addWidget(self.matches)
        match_row = QHBoxLayout()
        self.same_button = QPushButton(self.tr("The same organisation"))
        self.same_button.setObjectName("partnerSame")
        self.same_button.clicked.connect(lambda: self.decide_partner(True))
        self.different_button = QPushButton(self.tr("Different organisations"))
        self.different_button.setObjectName("partnerDifferent")
        self.different_button.clicked.connect(lambda: self.decide_partner(False))
        match_row.addWidget(self.same_button)
        match_row.addWidget(self.different_button)
        match_row.addStretch(1)
        layout.addLayout(match_row)
        for widget in (self.matches_label, self.matches, self.same_button, self.different_button):
            widget.hide()
        self.template.currentIndexChanged.connect(lambda _i: self._fill_periods())
        self.period.currentIndexChanged.connect(lambda _i: self.refresh_view())
        self._fill_periods()

    def on_shown(self) -> None:
        self.refresh_view()

    def _fill_periods(self) -> None:
        self.period.blockSignals(True)
        self.period.clear()
        for per in self.submissions.periods(self.template.currentData(), self.today()):
            self.period.addItem(str(per.message), per.code)
        self.period.blockSignals(False)
        self.refresh_view()

    def show_period(self, period_code: str) -> None:
        i = self.period.findData(period_code)
        if i >= 0:
            self.period.setCurrentIndex(i)
        self.refresh_view()

    def refresh_view(self) -> None:
        code, template = self.period.currentData(), self.template.currentData()
        self.consolidation, self.report_id = None, None
        if not code:
            self.facts.setText(self.tr("No report period yet."))
            fill_rows(self.table, [])
            self._buttons()
            return
        try:
            self.report_id = self.service.find(code, template)
            if self.report_id:
                try:
                    cons = self.service.consolidation_of(self.report_id)
                except DnndError:
                    cons = self.service.preview(code, template)   # the office's own, not consolidated
                    self.report_id = None
            else:
                cons = self.service.preview(code, template)
        except DnndError as exc:
            self.facts.setText(exc.message)
            return
        self.consolidation = cons
        offices = ", ".join(self._source_name(s) for s in cons.sources) or self.tr("none")
        missing = "; ".join(f"{n} ({NOT_COUNTED_LABELS.get(why, why)})" for n, why in cons.not_counted)
        state = (self.tr("The consolidated report exists: edit its text, document details and approval on the "
                         "Reports page.") if self.report_id else
                 self.tr("Not made yet: the figures below are a preview."))
        self.facts.setText(self.tr("Counted: %1.").replace("%1", offices)
                           + (" " + self.tr("Not counted: %1.").replace("%1", missing) if missing else "")
                           + "\n" + state)
        headers = [self.tr("Figure"), self.tr("Unit"), self.tr("Total")] + [
            self.tr("Own records") if s.own else short_name(s.office_name) for s in cons.sources]
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        for col, s in enumerate(cons.sources, start=3):
            self.table.horizontalHeaderItem(col).setToolTip(s.office_name)
        bold = QFont(self.font())
        bold.setBold(True)
        rows = []
        for ln in cons.lines:
            label = ("      - " + ln.label) if ln.key is not None else ln.label
            first = cell(label, colour=GREY if ln.key is not None else None)
            total = cell(ln.total if ln.total is not None else "—", align_right=True)
            if ln.key is None:
                first.setFont(bold)
                total.setFont(bold)
            rows.append([first, cell(ln.unit), total,
                         *[cell(ln.by_office.get(s.office_id), align_right=True) for s in cons.sources]])
        fill_rows(self.table, rows)
        fill_rows(self.matches, [[cell(self._match_name(m)), cell(", ".join(short_name(o) for o in m.offices)),
                                  cell(self.tr("once") if m.same else self.tr("once per office"))]
                                 for m in cons.matches])
        for widget in (self.matches_label, self.matches, self.same_button, self.different_button):
            widget.setVisible(bool(cons.matches))
        self._buttons()

    def _match_name(self, match) -> str:
        names = " / ".join(match.names)
        return self.tr("%1 (twinned locality)").replace("%1", names) if match.kind == "twinning" else names

    def _source_name(self, source) -> str:
        """The province's own records are one of the sources: the name says so."""
        return self.tr("the province's own records") if source.own else source.office_name

    def decide_partner(self, same: bool) -> None:
        row = self.matches.currentRow()
        if self.report_id is None or self.consolidation is None or not 0 <= row < len(self.consolidation.matches):
            return
        try:
            self.service.decide_partner(self.report_id, self.consolidation.matches[row].key, same)
        except DnndError as exc:
            self.last_message = warn(self, self.tr("Consolidated report"), exc.message)
            return
        self.refresh_view()

    def _buttons(self) -> None:
        exists = self.report_id is not None
        self.make_button.setText(self.tr("Consolidate again") if exists else self.tr("Make the consolidated report"))
        self.make_button.setEnabled(self.consolidation is not None and bool(self.consolidation.lower_sources))
        for b in (self.text_button, self.pdf_button, self.xlsx_button, self.same_button, self.different_button):
            b.setEnabled(exists)

    # -- actions -------------------------------------------------------------------------------------
    def make(self) -> None:
        code, template = self.period.currentData(), self.template.currentData()
        try:
            if self.report_id:
                self.service.refresh(self.report_id)
            else:
                self.service.create(code, template)
        except DnndError as exc:
            self.last_message = warn(self, self.tr("Consolidated report"), exc.message)
        self.refresh_view()

    def regather(self) -> None:
        if not self.report_id:
            return
        try:
            self.service.regather_narratives(self.report_id)
        except DnndError as exc:
            self.last_message = warn(self, self.tr("Consolidated report"), exc.message)
            return
        self.last_message = inform(self, self.tr("Consolidated report"), self.tr(
            "The offices' texts were gathered again into the report. Edit them on the Reports page."))

    def choose_export(self, suffix: str) -> None:
        if not self.report_id:
            return
        name = export_files.file_name(self.ctx, "bao-cao-tong-hop", str(self.period.currentData() or ""),
                                      suffix=suffix)
        filters = {".pdf": self.tr("PDF documents (*.pdf)"), ".docx": self.tr("Word documents (*.docx)")}.get(
            suffix, self.tr("Excel workbooks (*.xlsx)"))
        path = export_files.ask_save_path(self, self.ctx, self.tr("Export the consolidated report"), name, filters)
        if path:
            self.export(str(path))

    def export(self, path: str):
        svc, report_id = self.service, self.report_id
        return self.runner.run(lambda progress, cancel: svc.export(report_id, path, progress, cancel),
                               title=self.tr("Writing the consolidated report"), writes=False,
                               on_done=self._saved)

    def _saved(self, path) -> None:
        text = self.tr("Saved %1").replace("%1", str(path))
        self.runner.notice.emit(text)
        self.saved_box = export_files.tell_saved(self, self.ctx, path, text)
