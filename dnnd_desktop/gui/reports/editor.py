"""One report: its figures (computed, corrected by hand with a note), its text sections, its
document details; compute again, approve, export. Approved or sent reports are shown locked, with
a banner saying who approved them and what to do to change them."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DnndError
from ...domain.formatting import format_stored_datetime
from ...domain.periods import parse_period
from ...domain.report_template import NOTHING_CELL, IndicatorLine, ValueLine
from ...services.reports import APPROVED, RETURNED, RecomputeDiff, ReportDetail, ReportService
from ...services.reports.document import DEFAULT_DEPUTY_TITLE
from ...services.reports.types import Explanation
from .. import message_boxes
from ..office_naming import DEFAULT_HEAD_TITLE
from ..widgets.field_error import FieldWithError
from ..widgets.readable_headers import ReadableHeaders
from . import texts
from .dialogs import OverrideDialog, RecomputeDialog, number_text
from .explain_dialog import ExplainDialog
from .task_progress_table import TaskProgressTable

HEAD, DEPUTY = "head", "deputy"
COL_CODE, COL_LABEL, COL_UNIT, COL_COMPUTED, COL_VALUE, COL_NOTE = range(6)
BANNER_STYLE = ("QFrame#lockBanner { background: #fff4e5; border: 1px solid #f0c36d; border-radius: 6px; }"
                "QFrame#lockBanner QLabel { color: #5c3c00; }")
RETURNED_STYLE = ("QFrame#lockBanner { background: #fdecea; border: 1px solid #e6a19b; border-radius: 6px; }"
                  "QFrame#lockBanner QLabel { color: #6b1a14; }")


def _cell(text: str, right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _lines(text: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in text.splitlines() if x.strip())


class _FocusOutSaver(QObject):
    """Saves a narrative editor when the cursor leaves it."""

    def __init__(self, callback, parent: QObject):
        super().__init__(parent)
        self._callback = callback

    def eventFilter(self, obj, event) -> bool:  # Qt override
        if event.type() == QEvent.Type.FocusOut:
            self._callback(obj)
        return False


class ReportEditor(QWidget):
    back_requested = Signal()
    changed = Signal(str)        # a report was changed, created or removed: the list refreshes
    open_requested = Signal(str)  # show another report (a new version)

    def __init__(self, service: ReportService, runner, parent: QWidget | None = None):
        super().__init__(parent)
        self.service, self.runner = service, runner
        self.detail: ReportDetail | None = None
        self.rows: list[tuple[ValueLine, IndicatorLine] | None] = []
        self.section_editors: dict[str, QPlainTextEdit] = {}
        self.section_codes: list[str] = []
        self.recompute_dialog: RecomputeDialog | None = None
        self.explain_dialog: ExplainDialog | None = None
        self.last_export: Path | None = None
        self._export_dir: str | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.back_button = QPushButton(self.tr("← All reports"))
        self.back_button.setObjectName("backToList")
        self.back_button.setToolTip(self.tr("Back to the list of reports (Alt+Left)"))
        self.back_button.clicked.connect(self.go_back)
        top.addWidget(self.back_button)
        self.title = QLabel()
        self.title.setObjectName("reportTitle")
        self.title.setWordWrap(True)
        title_font = self.title.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.15)
        title_font.setBold(True)
        self.title.setFont(title_font)
        top.addWidget(self.title, 1)
        layout.addLayout(top)
        self.status_line = QLabel()
        self.status_line.setObjectName("pageDescription")
        self.status_line.setWordWrap(True)
        layout.addWidget(self.status_line)

        self.banner = QFrame()
        self.banner.setObjectName("lockBanner")
        banner_layout = QHBoxLayout(self.banner)
        self.banner_text = QLabel()
        self.banner_text.setObjectName("bannerText")
        self.banner_text.setWordWrap(True)
        banner_layout.addWidget(self.banner_text, 1)
        self.revise_button = QPushButton(self.tr("Create a new version"))
        self.revise_button.setObjectName("reviseReport")
        self.revise_button.clicked.connect(self.revise)
        self.reopen_button = QPushButton(self.tr("Reopen as draft"))
        self.reopen_button.setObjectName("reopenReport")
        self.reopen_button.clicked.connect(self.reopen)
        banner_layout.addWidget(self.revise_button)
        banner_layout.addWidget(self.reopen_button)
        self.banner.hide()
        layout.addWidget(self.banner)

        actions = QHBoxLayout()
        self.recompute_button = QPushButton(self.tr("Compute again"))
        self.recompute_button.setObjectName("recompute")
        self.recompute_button.setToolTip(self.tr(
            "Count the figures again from the records and see what changes before applying it (F5)"))
        self.recompute_button.clicked.connect(self.recompute)
        self.approve_button = QPushButton(self.tr("Approve"))
        self.approve_button.setObjectName("approve")
        self.approve_button.clicked.connect(self.approve)
        self.pdf_button = QPushButton(self.tr("Export PDF…"))
        self.pdf_button.setObjectName("exportPdf")
        self.pdf_button.setToolTip(self.tr("The official document, ready to print and sign (Ctrl+P)"))
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.docx_button = QPushButton(self.tr("Export Word…"))
        self.docx_button.setObjectName("exportWord")
        self.docx_button.setToolTip(self.tr("The same document as a Word file, for the leader to edit the wording"))
        self.docx_button.clicked.connect(lambda: self.export("docx"))
        self.xlsx_button = QPushButton(self.tr("Export Excel…"))
        self.xlsx_button.setObjectName("exportExcel")
        self.xlsx_button.setToolTip(self.tr("The figures and the text as an Excel workbook (Ctrl+E)"))
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        self.sign_button = QPushButton(self.tr("Sign PDF…"))
        self.sign_button.setObjectName("signPdf")
        self.sign_button.setToolTip(self.tr("Sign the exported PDF with the office's digital certificate"))
        self.sign_button.clicked.connect(self.sign_pdf)
        for button in (self.recompute_button, self.approve_button, self.pdf_button, self.docx_button,
                       self.xlsx_button, self.sign_button):
            actions.addWidget(button)
        actions.addStretch(1)
        layout.addLayout(actions)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("reportTabs")
        self.tabs.addTab(self._build_figures(), self.tr("Figures"))
        self.tabs.addTab(self._build_text(), self.tr("Text"))
        self.tabs.addTab(self._build_document(), self.tr("Document details"))
        self.task_progress = TaskProgressTable()
        self.tabs.addTab(self.task_progress, self.tr("Tasks"))
        layout.addWidget(self.tabs, 1)

        # Window-wide, yet only while the editor is visible (Qt ignores shortcuts of hidden widgets).
        ctx = Qt.ShortcutContext.WindowShortcut
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save_all, ctx)
        QShortcut(QKeySequence("F5"), self, self.recompute, ctx)
        QShortcut(QKeySequence("Ctrl+P"), self, lambda: self.export("pdf"), ctx)
        QShortcut(QKeySequence("Ctrl+E"), self, lambda: self.export("xlsx"), ctx)
        QShortcut(QKeySequence("Alt+Left"), self, self.go_back, ctx)

    # -- building ----------------------------------------------------------------------------------
    def _build_figures(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("indicators")
        self.table.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Indicator"), self.tr("Unit"),
                                              self.tr("Computed"), self.tr("In the report"), self.tr("Note")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        # Fixed, not fitted to contents: the spanning group titles sit in this column.
        header.setSectionResizeMode(COL_CODE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(COL_CODE, 120)
        header.setSectionResizeMode(COL_LABEL, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_UNIT, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_COMPUTED, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_VALUE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NOTE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(COL_NOTE, 180)
        self.readable_headers = ReadableHeaders(self.table, COL_LABEL, share=0.35)   # «Chỉ tiêu» was cut
        self.table.itemDoubleClicked.connect(lambda _item: self.edit_selected_figure())
        # A click on a figure shows the records behind it (issue 13: every figure can be explained).
        self.table.itemClicked.connect(
            lambda item: self.explain_selected_figure() if item.column() == COL_VALUE else None)
        self.table.itemSelectionChanged.connect(self._figure_selection_changed)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, self.edit_selected_figure,
                  Qt.ShortcutContext.WidgetShortcut)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.override_button = QPushButton(self.tr("Correct the figure…"))
        self.override_button.setObjectName("overrideFigure")
        self.override_button.setToolTip(self.tr("State the selected figure by hand, with a note (Enter)"))
        self.override_button.clicked.connect(self.edit_selected_figure)
        row.addWidget(self.override_button)
        self.explain_button = QPushButton(self.tr("Records behind the figure…"))
        self.explain_button.setObjectName("explainFigure")
        self.explain_button.setToolTip(self.tr("See the records the selected figure counts or adds up "
                                               "(or click the figure)"))
        self.explain_button.clicked.connect(self.explain_selected_figure)
        row.addWidget(self.explain_button)
        legend = QLabel(self.tr("Figures corrected by hand are shown in bold brown; point at one to read "
                                "its note."))
        legend.setObjectName("pageDescription")
        legend.setWordWrap(True)   # (unwrapped, it made the page wider than a 1024 px screen)
        row.addWidget(legend, 1)
        layout.addLayout(row)
        return box

    def _build_text(self) -> QWidget:
        splitter = QSplitter()
        self.section_list = QListWidget()
        self.section_list.setObjectName("sections")
        self.section_list.setMaximumWidth(300)
        self.section_list.setWordWrap(True)
        self.section_list.setStyleSheet("QListWidget#sections::item { padding: 6px 4px; }")
        self.section_list.currentRowChanged.connect(self._section_changed)
        splitter.addWidget(self.section_list)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        self.section_hint = QLabel()
        self.section_hint.setObjectName("pageDescription")
        self.section_hint.setWordWrap(True)
        right_layout.addWidget(self.section_hint)
        self.section_stack = QStackedWidget()
        right_layout.addWidget(self.section_stack, 1)
        bottom = QHBoxLayout()
        self.text_state = QLabel()
        self.text_state.setObjectName("textState")
        bottom.addWidget(self.text_state, 1)
        self.save_text_button = QPushButton(self.tr("Save"))
        self.save_text_button.setObjectName("saveText")
        self.save_text_button.setToolTip(self.tr("Save the text (Ctrl+S). The text is also saved when you "
                                                 "go to another section."))
        self.save_text_button.clicked.connect(self.save_narrative)
        self.nothing_text_button = QPushButton(self.tr("Nothing to report"))
        self.nothing_text_button.setObjectName("sectionNothing")
        self.nothing_text_button.setToolTip(self.tr("Nothing of this kind arose in the period: the section "
                                                    "says so in the printed report"))
        self.nothing_text_button.clicked.connect(self.mark_section_nothing)
        bottom.addWidget(self.nothing_text_button)
        bottom.addWidget(self.save_text_button)
        right_layout.addLayout(bottom)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        self._saver = _FocusOutSaver(self._save_editor, self)
        return splitter

    def _build_document(self) -> QWidget:
        box = QWidget()
        outer = QVBoxLayout(box)
        form = QFormLayout()
        # On a narrow screen a field goes under its label rather than making the page scroll sideways.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.doc_number = QLineEdit()
        self.doc_number.setObjectName("docNumber")
        self.doc_number.setMaximumWidth(140)
        self.doc_number_field = FieldWithError(self.doc_number)
        self.doc_symbol = QLabel()
        number_row = QHBoxLayout()
        number_row.addWidget(self.doc_number_field)
        number_row.addWidget(self.doc_symbol, 1)
        form.addRow(self.tr("Number:"), number_row)
        date_row = QHBoxLayout()
        self.doc_date = QDateEdit()
        self.doc_date.setObjectName("docDate")
        self.doc_date.setDisplayFormat("dd/MM/yyyy")
        self.doc_date.setCalendarPopup(True)
        self.doc_no_date = QCheckBox(self.tr("Not dated yet (the day of approval is used)"))
        self.doc_no_date.setObjectName("docNoDate")
        self.doc_no_date.toggled.connect(lambda on: self.doc_date.setEnabled(not on and self._editable()))
        date_row.addWidget(self.doc_date)
        date_row.addWidget(self.doc_no_date, 1)
        form.addRow(self.tr("Date:"), date_row)
        self.doc_signer = QComboBox()
        self.doc_signer.setObjectName("docSigner")
        self.doc_signer.addItem(self.tr("The chairman signs for the standing board (TM.)"), HEAD)
        self.doc_signer.addItem(self.tr("A vice-chairman signs for the standing board (TM.)"), DEPUTY)
        self.doc_signer.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.doc_signer.setMinimumContentsLength(24)
        self.doc_signer.currentIndexChanged.connect(lambda _i: self._signer_placeholders())
        form.addRow(self.tr("Signed as:"), self.doc_signer)
        self.doc_signer_name = QLineEdit()
        self.doc_signer_name.setObjectName("docSignerName")
        self.doc_signer_name_field = FieldWithError(self.doc_signer_name)
        form.addRow(self.tr("Signer's name:"), self.doc_signer_name_field)
        self.doc_signer_title = QLineEdit()
        self.doc_signer_title.setObjectName("docSignerTitle")
        form.addRow(self.tr("Signer's title:"), self.doc_signer_title)
        self.doc_to = QPlainTextEdit()
        self.doc_to.setObjectName("docRecipients")
        self.doc_to.setFixedHeight(64)
        form.addRow(self.tr("Recipients, one per line:"), self.doc_to)
        self.doc_copies = QPlainTextEdit()
        self.doc_copies.setObjectName("docCopies")
        self.doc_copies.setFixedHeight(84)
        form.addRow(self.tr("Copies to, one per line:"), self.doc_copies)
        outer.addLayout(form)
        hint = QLabel(self.tr("Leave a field empty to use the office's usual value (shown in grey). "
                              "The office's own file copy is added to the copies automatically."))
        hint.setObjectName("pageDescription")
        hint.setWordWrap(True)
        outer.addWidget(hint)
        row = QHBoxLayout()
        row.addStretch(1)
        self.save_doc_button = QPushButton(self.tr("Save document details"))
        self.save_doc_button.setObjectName("saveDocument")
        self.save_doc_button.setToolTip(self.tr("Ctrl+S"))
        self.save_doc_button.clicked.connect(self.save_document)
        row.addWidget(self.save_doc_button)
        outer.addLayout(row)
        outer.addStretch(1)
        return box

    # -- loading -----------------------------------------------------------------------------------
    def load(self, report_id: str) -> None:
        self.show_detail(self.service.get(report_id))

    def show_detail(self, detail: ReportDetail) -> None:
        keep_row = self.table.currentRow()
        keep_section = self.section_list.currentRow()
        same = self.detail is not None and self.detail.id == detail.id
        self.detail = detail
        s = detail.summary
        self.title.setText(s.title)
        parts = [self.tr("Status: %1").replace("%1", texts.status_label(s.status)),
                 self.tr("Version %1").replace("%1", str(s.revision))]
        if detail.computed_at:
            parts.append(self.tr("Figures computed %1").replace("%1", format_stored_datetime(detail.computed_at)))
        if detail.created_by:
            parts.append(self.tr("Written by %1").replace("%1", detail.created_by))
        self.status_line.setText("  ·  ".join(parts))
        self._fill_banner(detail)
        self._fill_figures(detail)
        self._fill_text(detail)
        self._fill_document(detail)
        self.task_progress.fill(detail.content.tasks)
        self._apply_editable()
        if same and 0 <= keep_row < self.table.rowCount():
            self.table.selectRow(keep_row)
        if same and 0 <= keep_section < self.section_list.count():
            self.section_list.setCurrentRow(keep_section)

    def _editable(self) -> bool:
        return bool(self.detail and self.detail.editable)

    def _shown(self) -> ReportDetail:
        """The report on screen: the actions that call this exist only while one is shown."""
        if self.detail is None:
            raise RuntimeError("no report is shown")
        return self.detail

    def _fill_banner(self, d: ReportDetail) -> None:
        s = d.summary
        if d.editable:
            self.banner.hide()
            return
        who = s.approved_by or self.tr("the head of the office")
        when = format_stored_datetime(s.approved_at) if s.approved_at else self.tr("(time unknown)")
        text = self.tr("This report was approved by %1 on %2; it cannot be edited.") \
            .replace("%1", who).replace("%2", when)
        if s.status == APPROVED:
            text += " " + (self.tr("To change it, reopen it as a draft.") if d.can_reopen else self.tr(
                "To change it, ask an approver to reopen it as a draft."))
        else:
            if s.sent_at:
                sent = format_stored_datetime(s.sent_at)
                text += " " + self.tr("It was sent to the province on %1.").replace("%1", sent)
            if s.status == RETURNED and d.answer_comment:
                text += " " + self.tr("The province returned it: “%1”.").replace("%1", d.answer_comment)
            if d.superseded_by_id:
                text += " " + self.tr("A newer version exists; open it from the list.")
            else:
                text += " " + self.tr("To change it, create a new version.")
        self.banner_text.setText(text)
        self.banner.setStyleSheet(RETURNED_STYLE if s.status == RETURNED else BANNER_STYLE)
        self.revise_button.setVisible(d.can_revise)
        self.reopen_button.setVisible(d.can_reopen)
        self.banner.show()

    def _fill_figures(self, d: ReportDetail) -> None:
        t = self.table
        t.clearSpans()
        self.rows = []
        group_font = QFont(t.font())
        group_font.setBold(True)
        entries: list[str | tuple[ValueLine, IndicatorLine]] = []   # a group's title, or a figure
        for section in d.content.sections:
            for group in section.groups:
                entries.append(group.title)
                for ind in group.indicators:
                    entries.append((ind.total, ind))
                    for row in ind.breakdown:
                        entries.append((row, ind))
        t.setRowCount(len(entries))
        for r, entry in enumerate(entries):
            if isinstance(entry, str):
                cell = _cell(entry)
                cell.setFont(group_font)
                cell.setBackground(QBrush(QColor("#eef2f7")))
                cell.setFlags(Qt.ItemFlag.ItemIsEnabled)
                t.setItem(r, 0, cell)
                t.setSpan(r, 0, 1, 6)
                self.rows.append(None)
                continue
            line, ind = entry
            self.rows.append((line, ind))
            is_total = line.key is None
            label = line.label if is_total else "        " + line.label
            computed = "" if ind.manual else number_text(line.computed)
            cells = [_cell(line.code if is_total else ""), _cell(label), _cell(line.unit if is_total else ""),
                     _cell(computed, right=True),
                     _cell(NOTHING_CELL if line.nothing else number_text(line.value), right=True),
                     _cell(line.note or "")]
            if ind.manual and is_total:
                cells[COL_COMPUTED].setText(self.tr("by hand"))
                cells[COL_COMPUTED].setForeground(QBrush(QColor("#7a8794")))
            if not is_total:
                for c in cells:
                    c.setForeground(QBrush(QColor("#3d4a57")))
            cells[COL_LABEL].setToolTip(f"{line.label}\n{ind.help}" if ind.help and is_total else line.label)
            if line.overridden and not ind.manual:
                tip = self.tr("Corrected by hand: %1 — %2").replace("%1", line.note or "") \
                    .replace("%2", line.override_by or "")
                for c in cells:
                    font = QFont(t.font())
                    font.setBold(True)
                    c.setFont(font)
                    c.setForeground(QBrush(QColor(texts.OVERRIDE_COLOUR)))
                    c.setToolTip(tip)
            for col, c in enumerate(cells):
                t.setItem(r, col, c)
        codes = [e[0].code for e in self.rows if e]
        if codes:  # wide enough for the longest code (the group titles span and must not count)
            widest = max(t.fontMetrics().horizontalAdvance(c) for c in codes)
            t.horizontalHeader().resizeSection(COL_CODE, min(widest + 18, 180))
        self.readable_headers.fit()
        self._figure_selection_changed()

    def _fill_text(self, d: ReportDetail) -> None:
        current = self.section_list.currentRow()
        self.section_list.blockSignals(True)
        self.section_list.clear()
        while (w := self.section_stack.widget(0)) is not None:   # None once the stack is empty
            self.section_stack.removeWidget(w)
            w.deleteLater()
        self.section_editors = {}
        self.section_codes = []
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF(), 9.0) * 1.2)
        for i, section in enumerate(d.content.sections):
            self.section_list.addItem(f"{i + 1}. {section.title}")
            editor = QPlainTextEdit()
            editor.setObjectName(f"section_{section.code}")
            editor.setFont(font)
            editor.setTabChangesFocus(True)
            editor.setPlaceholderText(section.hint)
            editor.setPlainText(section.text)
            editor.document().setModified(False)
            editor.document().modificationChanged.connect(lambda _m: self._update_text_state())
            editor.installEventFilter(self._saver)
            editor.setProperty("section", section.code)
            self.section_stack.addWidget(editor)
            self.section_editors[section.code] = editor
            self.section_codes.append(section.code)
        self.section_list.blockSignals(False)
        row = current if 0 <= current < self.section_list.count() else 0
        self.section_list.setCurrentRow(row)
        self._section_changed(row)
        self._update_text_state()

    def _fill_document(self, d: ReportDetail) -> None:
        st, doc = d.settings, d.document
        self.doc_number.setText(st.number or "")
        self.doc_number.setPlaceholderText(self.tr("e.g. 05"))
        self.doc_symbol.setText(f"/{doc.symbol}")
        self.doc_no_date.setChecked(st.doc_date is None)
        day = st.doc_date or dt.date.today()
        self.doc_date.setDate(QDate(day.year, day.month, day.day))
        self.doc_signer.setCurrentIndex(max(0, self.doc_signer.findData(st.signer)))
        self.doc_signer_name.setText(st.signer_name or "")
        self.doc_signer_title.setText(st.signer_title or "")
        self._signer_placeholders()
        self.doc_to.setPlainText("\n".join(st.recipients_to) if st.recipients_to is not None else "")
        self.doc_to.setPlaceholderText("\n".join(doc.recipients_to))
        self.doc_copies.setPlainText("\n".join(st.copies_to) if st.copies_to is not None else "")
        self.doc_copies.setPlaceholderText("\n".join(doc.copies_to))
        self.doc_number_field.set_error(None)
        self.doc_signer_name_field.set_error(None)

    def _signer_placeholders(self) -> None:
        """Grey hints for the signer: the office's head, or a vice-chairman whose name must be typed. The
        titles are the values the document gets when the field is left empty, so they stay Vietnamese."""
        inst = self.service.ctx.installation
        if self.doc_signer.currentData() == DEPUTY:
            self.doc_signer_name.setPlaceholderText(self.tr("name of the vice-chairman who signs"))
            self.doc_signer_title.setPlaceholderText(DEFAULT_DEPUTY_TITLE)
        else:
            self.doc_signer_name.setPlaceholderText(inst.head_name or "")
            self.doc_signer_title.setPlaceholderText(inst.head_title or DEFAULT_HEAD_TITLE)

    def _apply_editable(self) -> None:
        d = self.detail
        editable = self._editable()
        self.recompute_button.setEnabled(editable)
        self.override_button.setEnabled(editable and self._selected_line() is not None)
        for editor in self.section_editors.values():
            editor.setReadOnly(not editable)
        self.save_text_button.setEnabled(editable)
        self.nothing_text_button.setEnabled(editable)
        for w in (self.doc_number, self.doc_no_date, self.doc_signer, self.doc_signer_name,
                  self.doc_signer_title, self.doc_to, self.doc_copies, self.save_doc_button):
            w.setEnabled(editable)
        self.doc_date.setEnabled(editable and not self.doc_no_date.isChecked())
        can_approve = bool(d and d.can_approve)
        self.approve_button.setEnabled(can_approve)
        if can_approve:
            self.approve_button.setToolTip(self.tr("Approve the report; it is then locked"))
        elif d and d.editable:
            self.approve_button.setToolTip(self.tr("Only a user with the Approver role can approve reports."))
        else:
            self.approve_button.setToolTip(self.tr("This report is already approved."))
        has = d is not None
        self.pdf_button.setEnabled(has)
        self.xlsx_button.setEnabled(has)

    # -- figures -----------------------------------------------------------------------------------
    def _selected_line(self) -> tuple[ValueLine, IndicatorLine] | None:
        row = self.table.currentRow()
        if 0 <= row < len(self.rows) and self.table.selectionModel().hasSelection():
            return self.rows[row]
        return None

    def _figure_selection_changed(self) -> None:
        self.override_button.setEnabled(self._editable() and self._selected_line() is not None)
        self.explain_button.setEnabled(self._selected_line() is not None)

    def select_target(self, target: str) -> None:
        for row, entry in enumerate(self.rows):
            if entry and entry[0].target == target:
                self.table.selectRow(row)
                return
        raise KeyError(target)

    def edit_selected_figure(self) -> OverrideDialog | None:
        entry = self._selected_line()
        if entry is None or not self._editable():
            return None
        line, ind = entry
        dialog = OverrideDialog(line, ind.manual, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda code: self._override_done(dialog, line, code))
        self.override_dialog = dialog
        dialog.open()
        return dialog

    def explain_selected_figure(self) -> None:
        """In the task runner: a standing count (every person abroad) lists a hundred thousand records."""
        entry = self._selected_line()
        if entry is None or self.detail is None:
            return
        self.runner.run_service(self.service.explain, self.detail.id, entry[0].target,
                                title=self.tr("Finding the records behind the figure"), writes=False,
                                on_done=self._show_explanation)

    def _show_explanation(self, ex: Explanation) -> ExplainDialog:
        dialog = ExplainDialog(ex, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.explain_dialog = dialog
        dialog.open()
        return dialog

    def _override_done(self, dialog: OverrideDialog, line: ValueLine, code: int) -> None:
        if code == OverrideDialog.CLEAR:
            self._call(self.service.clear_override, self._shown().id, line.target)
        elif code == OverrideDialog.NOTHING:
            self._call(self.service.mark_nothing, self._shown().id, line.target)
        elif code == OverrideDialog.DialogCode.Accepted:
            self._call(self.service.set_override, self._shown().id, line.target, dialog.parsed_value(),
                       dialog.note.text())

    # -- text --------------------------------------------------------------------------------------
    def _section_changed(self, row: int) -> None:
        previous = self.section_stack.currentWidget()
        if isinstance(previous, QPlainTextEdit):
            self._save_editor(previous)
        if 0 <= row < len(self.section_codes):
            self.section_stack.setCurrentIndex(row)
            section = self.detail.content.sections[row] if self.detail else None
            self.section_hint.setText(section.hint if section else "")

    def mark_section_nothing(self) -> None:
        row = self.section_list.currentRow()
        if not self._editable() or not 0 <= row < len(self.section_codes) or not self.save_narrative():
            return
        self._call(self.service.mark_nothing, self._shown().id, "section:" + self.section_codes[row])

    def _update_text_state(self) -> None:
        unsaved = any(e.document().isModified() for e in self.section_editors.values())
        self.text_state.setText(self.tr("Not saved yet") if unsaved else self.tr("All text is saved"))

    def _save_editor(self, editor) -> bool:
        if not isinstance(editor, QPlainTextEdit) or not self._editable() or not editor.document().isModified():
            return True
        code = editor.property("section")
        try:
            detail = self.service.set_narrative(self._shown().id, code, editor.toPlainText())
        except DnndError as exc:
            self._warn(exc.message)
            return False
        editor.document().setModified(False)
        first = self._shown().status != detail.status
        self.detail = detail
        if first:  # new -> draft: the status line and list change
            self.show_detail(detail)
        self._update_text_state()
        self.changed.emit(detail.id)
        return True

    def save_narrative(self) -> bool:
        results = [self._save_editor(e) for e in list(self.section_editors.values())]  # save every one
        return all(results)

    def has_unsaved_text(self) -> bool:
        return any(e.document().isModified() for e in self.section_editors.values())

    # -- document ----------------------------------------------------------------------------------
    def save_document(self) -> bool:
        if not self._editable():
            return True
        raw_number = self.doc_number.text().strip()
        changes = {
            "number": raw_number or None,
            "doc_date": None if self.doc_no_date.isChecked() else self.doc_date.date().toPython(),
            "signer": self.doc_signer.currentData(),
            "signer_name": self.doc_signer_name.text().strip() or None,
            "signer_title": self.doc_signer_title.text().strip() or None,
            "recipients_to": _lines(self.doc_to.toPlainText()) or None,
            "copies_to": _lines(self.doc_copies.toPlainText()) or None,
        }
        try:
            detail = self.service.set_document(self._shown().id, **changes)
        except DnndError as exc:
            errors = getattr(exc, "field_errors", None) or {}
            self.doc_number_field.set_error(errors.get("number"))
            self.doc_signer_name_field.set_error(
                self.tr("Write the name of the vice-chairman who signs.") if "signer_name" in errors else None)
            self._warn(exc.message)
            return False
        self.show_detail(detail)
        self.changed.emit(detail.id)
        return True

    def save_all(self) -> bool:
        ok = self.save_narrative()
        if self.tabs.currentIndex() == 2:
            ok = self.save_document() and ok
        return ok

    # -- lifecycle ---------------------------------------------------------------------------------
    def _call(self, fn, *args) -> ReportDetail | None:
        try:
            detail = fn(*args)
        except DnndError as exc:
            self._warn(exc.message)
            return None
        self.show_detail(detail)
        self.changed.emit(detail.id)
        return detail

    def _warn(self, text: str) -> None:
        message_boxes.warning(self, self.tr("Reports"), text)

    def approve(self) -> None:
        if not self.detail:
            return
        if not self.detail.can_approve:
            self._warn(self.tr("Only a user with the Approver role can approve reports. Ask the head of the "
                               "office to log in and approve it."))
            return
        if not self.save_narrative():
            return
        try:
            missing = self.service.get(self.detail.id).missing
        except DnndError as exc:
            self._warn(exc.message)
            return
        if missing:
            # The approver sees each item; approval itself also refuses (service), this just says it first.
            message_boxes.warning(self, self.tr("The report is not complete"), self.tr(
                "The report cannot be approved yet. Still missing:\n\n%1\n\nFill each in, or mark it "
                "«Nothing to report» (figures: «Correct the figure…»; sections: on the Text tab).")
                .replace("%1", "\n".join(f"• {m.label}" for m in missing)))
            return
        answer = message_boxes.question(
            self, self.tr("Approve the report"),
            self.tr("Approve “%1”?\n\nAfter approval the report is locked: its figures, text and document "
                    "details cannot be changed unless an approver reopens it.")
            .replace("%1", self.detail.summary.title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self._call(self.service.approve, self.detail.id)

    def reopen(self) -> None:
        answer = message_boxes.question(
            self, self.tr("Reopen the report"),
            self.tr("Reopen this report as a draft? It will need to be approved again."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self._call(self.service.reopen, self._shown().id)

    def revise(self) -> None:
        try:
            detail = self.service.revise(self._shown().id)
        except DnndError as exc:
            self._warn(exc.message)
            return
        self.changed.emit(detail.id)
        self.show_detail(detail)

    def recompute(self) -> None:
        if not self._editable() or not self.save_narrative():
            return
        self.runner.run_service(self.service.recompute, self._shown().id, apply=False,
                                title=self.tr("Computing the figures"), writes=False, on_done=self._show_diff)

    def _show_diff(self, diff: RecomputeDiff) -> None:
        if not diff.changed:
            message_boxes.information(self, self.tr("Compute again"),
                                    self.tr("The figures are up to date: nothing changed in the records."))
            return
        dialog = RecomputeDialog(diff, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._apply_recompute(diff.report_id))
        self.recompute_dialog = dialog
        dialog.open()

    def _apply_recompute(self, report_id: str) -> None:
        self.runner.run_service(self.service.recompute, report_id, apply=True,
                                title=self.tr("Applying the new figures"), writes=True,
                                on_done=lambda _diff: self._reload(report_id))

    def _reload(self, report_id: str) -> None:
        if self.detail and self.detail.id == report_id:
            self.load(report_id)
        self.changed.emit(report_id)

    def export(self, kind: str) -> None:
        if not self.detail:
            return
        if self._editable() and not self.save_narrative():
            return
        from .. import export_files

        s = self.detail.summary
        stem = texts.export_file_stem(parse_period(s.period_code), s.revision)
        if kind == "pdf":
            caption, filters = self.tr("Export the report as PDF"), self.tr("PDF document (*.pdf)")
        elif kind == "docx":
            caption, filters = self.tr("Export the report as Word"), self.tr("Word document (*.docx)")
        else:
            caption, filters = self.tr("Export the report as Excel"), self.tr("Excel workbook (*.xlsx)")
        ctx = self.service.ctx
        if self._export_dir:   # tests and scripts choose the folder
            export_files.remember_folder(ctx, export_files.EXPORTS, self._export_dir)
        target = export_files.ask_save_path(self, ctx, caption, export_files.file_name(ctx, stem, suffix=f".{kind}"),
                                            filters)
        if target is None:
            return
        self._export_dir = str(target.parent)
        self.runner.run_service(self.service.export, self.detail.id, target,
                                title=self.tr("Writing %1").replace("%1", target.name),
                                writes=True, on_done=self._exported)

    def sign_pdf(self) -> None:
        """Sign the last exported PDF (or one the officer picks) with the office's certificate."""
        from ..dialogs.signature_dialogs import SignPdfDialog

        last = self.last_export if self.last_export and self.last_export.suffix.lower() == ".pdf" else None
        self.sign_dialog = SignPdfDialog(self.service.ctx, self.runner, last, self)
        self.sign_dialog.accepted.connect(self._signed)
        self.sign_dialog.open()

    def _signed(self) -> None:
        infos = self.sign_dialog.result_infos
        window = self.window()
        if infos and hasattr(window, "statusBar"):
            window.statusBar().showMessage(str(infos[-1].summary), 10000)

    def _exported(self, path) -> None:
        from ..export_files import tell_saved

        self.last_export = Path(path)
        text = self.tr("Saved %1").replace("%1", str(path))
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(text, 8000)
        # «Mở tệp» / «Mở thư mục», and Tệp → Tệp gần đây (the file was opened by itself before)
        self.saved_box = tell_saved(self, self.service.ctx, path, text)

    def hideEvent(self, event) -> None:  # Qt override
        # Another page, the list, or closing the window: typed text is never left unsaved.
        if self._editable() and self.has_unsaved_text():
            self.save_narrative()
        super().hideEvent(event)

    def go_back(self) -> None:
        if self._editable() and not self.save_narrative():
            return
        self.back_requested.emit()
