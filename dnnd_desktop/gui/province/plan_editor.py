"""The plan editor: document details, numbered tasks, report schedule and templates, vocabularies.
Saves a draft through PlanService; the service's Vietnamese message lists every problem."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DnndError
from ...domain.formatting import format_date
from ...domain.periods import KINDS as SCHEDULE_KINDS
from ...services.province import (
    PlanDraft,
    PlanService,
    ScheduleEntry,
    TaskDraft,
    parse_plan_text,
)
from ...services.province.plans import vocab_code
from ..reports.texts import period_kind_labels
from ..widgets.table_cells import cell_combo, cell_text

NO_LAST_YEAR = 1999   # the last-year box at its lowest: a plan of one year

CODE, TITLE, DESCRIPTION, DEADLINE = range(4)


def _parse_day(text: str) -> dt.date | None | str:
    """dd/mm/yyyy -> date; empty -> None; anything else is returned as the bad text."""
    text = (text or "").strip()
    if not text:
        return None
    try:
        return dt.datetime.strptime(text, "%d/%m/%Y").date()
    except ValueError:
        return text


class PasteTextDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Read tasks from the plan's text"))
        self.resize(760, 520)
        layout = QVBoxLayout(self)
        hint = QLabel(self.tr("Paste the text of the plan document (copied from Word). Sections “I.”, “II.” "
                              "and items “1.”, “1.1.” become tasks coded I.1, II.3…; the report dates are read "
                              "too. Check the result before saving."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.text = QPlainTextEdit()
        self.text.setObjectName("planText")
        layout.addWidget(self.text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class PlanEditorDialog(QDialog):
    def __init__(self, service: PlanService, draft: PlanDraft, parent=None):
        super().__init__(parent)
        self.service, self.draft = service, draft
        self.saved_id: str | None = None
        self.setWindowTitle(self.tr("Plan for lower offices"))
        self.resize(1000, 640)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self._document_tab()
        self._tasks_tab()
        self._schedule_tab()
        self._vocab_tab()
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save draft"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.load(draft)

    # -- tabs ----------------------------------------------------------------------------------------
    def _document_tab(self) -> None:
        page = QWidget()
        form = QFormLayout(page)
        self.doc_number = QLineEdit()
        self.doc_number.setPlaceholderText("15/HD-MTTQ-BTT")
        self.doc_date = QDateEdit()
        self.doc_date.setDisplayFormat("dd/MM/yyyy")
        self.doc_date.setCalendarPopup(True)
        self.issuer = QLineEdit()
        self.title = QLineEdit()
        self.title.setObjectName("planTitle")
        self.title.setPlaceholderText(self.tr("Guidance on people's diplomacy work … in 2026"))
        self.year = QSpinBox()
        self.year.setRange(2000, 2200)
        # A programme over several years (2020-2025) ends in `last_year`; its lowest value stands for
        # "a plan of one year" (Qt's special value text), so nothing has to be typed for one.
        self.last_year = QSpinBox()
        self.last_year.setObjectName("planLastYear")
        self.last_year.setRange(NO_LAST_YEAR, 2200)
        self.last_year.setSpecialValueText(self.tr("one year only"))
        self.valid_days = QSpinBox()
        self.valid_days.setRange(1, 3660)
        self.valid_days.setSuffix(self.tr(" days"))
        form.addRow(self.tr("Document number:"), self.doc_number)
        form.addRow(self.tr("Document date:"), self.doc_date)
        form.addRow(self.tr("Issued by:"), self.issuer)
        form.addRow(self.tr("Title:"), self.title)
        form.addRow(self.tr("Year of the plan:"), self.year)
        form.addRow(self.tr("Programme runs until:"), self.last_year)
        form.addRow(self.tr("Trust data valid for:"), self.valid_days)
        self.tabs.addTab(page, self.tr("Document"))

    def _tasks_tab(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.tasks = QTableWidget(0, 4)
        self.tasks.setObjectName("planTasks")
        self.tasks.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Task"), self.tr("Description"),
                                              self.tr("Deadline (dd/mm/yyyy)")])
        header = self.tasks.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        self.tasks.setColumnWidth(CODE, 80)
        self.tasks.setColumnWidth(DEADLINE, 150)
        self.tasks.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        layout.addWidget(self.tasks, 1)
        row = QHBoxLayout()
        for text, slot in ((self.tr("Add task"), self.add_task), (self.tr("Remove"), self._remove_task),
                           (self.tr("Move up"), lambda: self._move(-1)), (self.tr("Move down"), lambda: self._move(1)),
                           (self.tr("Read from the plan's text…"), self._paste_text),
                           (self.tr("Open the plan's Word or PDF file…"), self.open_plan_file)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.tabs.addTab(page, self.tr("Tasks"))

    def _schedule_tab(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(
            self.tr("Report deadlines (e.g. the 6-month report on 15/5, the year report on 20/11):")))
        self.schedule = QTableWidget(0, 3)
        self.schedule.setObjectName("planSchedule")
        self.schedule.setHorizontalHeaderLabels([self.tr("Report template"), self.tr("Period"), self.tr("Due (dd/mm)")])
        self.schedule.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.schedule, 1)
        row = QHBoxLayout()
        add = QPushButton(self.tr("Add deadline"))
        add.clicked.connect(lambda: self.add_schedule(ScheduleEntry("half", "05-15")))
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(lambda: self.schedule.removeRow(self.schedule.currentRow()))
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(QLabel(self.tr("Report templates sent with the plan:")))
        self.templates = QListWidget()
        self.templates.setObjectName("planTemplates")
        self.available = self.service.templates_available()
        for info in self.available:
            item = QListWidgetItem(self.tr("%1 (%2, version %3)").replace("%1", str(info.title))
                                   .replace("%2", info.code).replace("%3", str(info.version)))
            item.setData(Qt.ItemDataRole.UserRole, info.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.templates.addItem(item)
        layout.addWidget(self.templates)
        self.tabs.addTab(page, self.tr("Report schedule and templates"))

    def _vocab_tab(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr("Terms to add to the lists of the lower offices (e.g. a new activity type):")))
        self.vocab = QTableWidget(0, 2)
        self.vocab.setObjectName("planVocabularies")
        self.vocab.setHorizontalHeaderLabels([self.tr("List"), self.tr("Term")])
        self.vocab.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.vocab.setColumnWidth(0, 240)
        layout.addWidget(self.vocab, 1)
        row = QHBoxLayout()
        add = QPushButton(self.tr("Add term"))
        add.clicked.connect(lambda: self.add_term("activity_type", ""))
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(lambda: self.vocab.removeRow(self.vocab.currentRow()))
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        layout.addLayout(row)
        self.tabs.addTab(page, self.tr("Lists"))

    # -- rows ----------------------------------------------------------------------------------------
    def add_task(self, task: TaskDraft | None = None) -> None:
        task = task if isinstance(task, TaskDraft) else TaskDraft("", "")
        r = self.tasks.rowCount()
        self.tasks.insertRow(r)
        for col, text in ((CODE, task.code), (TITLE, task.title), (DESCRIPTION, task.description or ""),
                          (DEADLINE, format_date(task.deadline) if task.deadline else "")):
            self.tasks.setItem(r, col, QTableWidgetItem(text))

    def _remove_task(self) -> None:
        if self.tasks.currentRow() >= 0:
            self.tasks.removeRow(self.tasks.currentRow())

    def _move(self, step: int) -> None:
        r = self.tasks.currentRow()
        to = r + step
        if r < 0 or not 0 <= to < self.tasks.rowCount():
            return
        for col in range(4):
            a, b = self.tasks.takeItem(r, col), self.tasks.takeItem(to, col)
            self.tasks.setItem(r, col, b)
            self.tasks.setItem(to, col, a)
        self.tasks.setCurrentCell(to, self.tasks.currentColumn())

    def add_schedule(self, entry: ScheduleEntry) -> None:
        r = self.schedule.rowCount()
        self.schedule.insertRow(r)
        template = QComboBox()
        template.addItem(self.tr("(default template)"), None)
        for info in self.available:
            template.addItem(info.title, info.code)
        template.setCurrentIndex(max(0, template.findData(entry.template)))
        kind = QComboBox()
        for code, label in period_kind_labels().items():
            if code in SCHEDULE_KINDS:   # reviews over several years are not on a yearly schedule
                kind.addItem(label, code)
        kind.setCurrentIndex(max(0, kind.findData(entry.period_kind)))
        self.schedule.setCellWidget(r, 0, template)
        self.schedule.setCellWidget(r, 1, kind)
        self.schedule.setItem(r, 2, QTableWidgetItem(entry.due_label if entry.due else ""))

    def add_term(self, vocabulary: str, label: str) -> None:
        r = self.vocab.rowCount()
        self.vocab.insertRow(r)
        combo = QComboBox()
        for name in self.service.vocabulary_names():
            combo.addItem(name, name)
        combo.setCurrentIndex(max(0, combo.findData(vocabulary)))
        self.vocab.setCellWidget(r, 0, combo)
        self.vocab.setItem(r, 1, QTableWidgetItem(label))

    def _paste_text(self) -> None:
        dialog = PasteTextDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.apply_text(dialog.text.toPlainText())

    def open_plan_file(self, path: str | None = None) -> bool:
        """Tasks and deadlines from the plan's own file (.docx, a PDF with text, or .txt), read by the
        same reader as pasted text; a file that cannot be read says why and changes nothing."""
        from ...services.province import read_plan_file

        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Open the plan document"), "",
                                                  self.tr("Plan documents (*.docx *.pdf *.txt)"))
            if not path:
                return False
        try:
            draft = read_plan_file(path)
        except DnndError as exc:
            self.error.setText(exc.message)
            return False
        self.error.clear()
        self.apply_draft(draft)
        return True

    def apply_text(self, text: str) -> None:
        """Tasks (and the fields still empty) from a pasted plan document."""
        self.apply_draft(parse_plan_text(text))

    def apply_draft(self, got: PlanDraft) -> None:
        """Tasks (and the fields still empty) from a plan document read as a draft."""
        self.tasks.setRowCount(0)
        for t in got.tasks:
            self.add_task(t)
        if not self.title.text().strip() and got.title:
            self.title.setText(got.title)
        if not self.doc_number.text().strip() and got.doc_number:
            self.doc_number.setText(got.doc_number)
        if got.doc_date:
            self.doc_date.setDate(QDate(got.doc_date.year, got.doc_date.month, got.doc_date.day))
        if got.year:
            self.year.setValue(got.year)
        self.last_year.setValue(got.last_year or NO_LAST_YEAR)
        if got.report_schedule:
            self.schedule.setRowCount(0)
            for e in got.report_schedule:
                self.add_schedule(e)
        self.tabs.setCurrentIndex(1)

    # -- load / collect / save -----------------------------------------------------------------------
    def load(self, d: PlanDraft) -> None:
        self.doc_number.setText(d.doc_number or "")
        day = d.doc_date or dt.date.today()
        self.doc_date.setDate(QDate(day.year, day.month, day.day))
        self.issuer.setText(d.issuer or "")
        self.title.setText(d.title or "")
        self.year.setValue(d.year or dt.date.today().year)
        self.last_year.setValue(d.last_year or NO_LAST_YEAR)
        self.valid_days.setValue(d.valid_days)
        self.tasks.setRowCount(0)
        for t in d.tasks:
            self.add_task(t)
        self.schedule.setRowCount(0)
        for e in d.report_schedule:
            self.add_schedule(e)
        chosen = set(d.template_codes)
        for i in range(self.templates.count()):
            item = self.templates.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in chosen
                               else Qt.CheckState.Unchecked)
        self.vocab.setRowCount(0)
        for name, terms in d.vocabularies.items():
            for _code, label in terms:
                self.add_term(name, label)

    def collect(self) -> PlanDraft:
        """The draft as typed; raises DnndError for a date or due day that is not a date."""
        problems = []
        tasks = []
        for r in range(self.tasks.rowCount()):
            text = [cell_text(self.tasks, r, c) for c in range(4)]
            deadline = _parse_day(text[DEADLINE])
            if isinstance(deadline, str):
                problems.append(self.tr("task %1: the deadline “%2” is not a date dd/mm/yyyy")
                                .replace("%1", text[CODE] or str(r + 1)).replace("%2", deadline))
                deadline = None
            tasks.append(TaskDraft(text[CODE], text[TITLE], text[DESCRIPTION] or None, deadline))
        schedule = []
        for r in range(self.schedule.rowCount()):
            due = cell_text(self.schedule, r, 2).strip()
            try:
                day, month = (int(x) for x in due.split("/")[:2])
                dt.date(2024, month, day)
            except ValueError:
                problems.append(self.tr("report deadline “%1” is not a day/month such as 15/5").replace("%1", due))
                continue
            schedule.append(ScheduleEntry(cell_combo(self.schedule, r, 1).currentData(), f"{month:02d}-{day:02d}",
                                          cell_combo(self.schedule, r, 0).currentData()))
        templates = []
        for i in range(self.templates.count()):
            item = self.templates.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                templates.append(self.service.template_body(item.data(Qt.ItemDataRole.UserRole)))
        vocab: dict[str, list[tuple[str, str]]] = {}
        for r in range(self.vocab.rowCount()):
            label = cell_text(self.vocab, r, 1).strip()
            if label:
                vocab.setdefault(cell_combo(self.vocab, r, 0).currentData(), []).append((vocab_code(label), label))
        if NO_LAST_YEAR < self.last_year.value() <= self.year.value():
            problems.append(self.tr("the programme must end after its first year %1 (or run for one year only)")
                            .replace("%1", str(self.year.value())))
        if problems:
            raise DnndError("; ".join(problems) + ".", code="plan_invalid")
        q = self.doc_date.date()
        return PlanDraft(self.title.text(), self.doc_number.text() or None, dt.date(q.year(), q.month(), q.day()),
                         self.issuer.text() or None, self.year.value(), tasks, schedule, templates, vocab,
                         self.valid_days.value(), self.draft.id, self._last_year())

    def _last_year(self) -> int | None:
        last = self.last_year.value()
        return last if last > self.year.value() else None

    def save(self) -> None:
        try:
            draft = self.collect()
            self.saved_id = self.service.save_draft(draft)
        except DnndError as exc:
            self.error.setText(exc.message)
            return
        self.draft.id = self.saved_id
        self.accept()
