"""«Gửi gói»: make a signed, encrypted package — approved reports up to the office above, data
changes to a trusted office (sync), or a plan with its tasks down to the offices below (province
only) — then save it where the person chooses, under a name that says nothing personal."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DnndError
from ...domain.roles import PROVINCE
from ...services import identity
from ...services import tasks as task_service
from ...services.packages import ExportResult, export_package, pending_report_ids
from ...services.reports import ReportService
from ...services.sync.consent_withheld import withheld_lines
from .. import export_files, message_boxes
from . import secret as secret_mod
from . import texts

ID_ROLE = Qt.ItemDataRole.UserRole + 1
PERIOD_ROLE = Qt.ItemDataRole.UserRole + 2
RECIPIENT_RELATIONS = {"report": ("parent", "lower"), "sync": ("parent", "peer", "lower"), "tasks": ("lower",)}


class ExportTab(QWidget):
    exported = Signal(object)   # ExportResult

    def __init__(self, ctx, runner, parent=None):
        super().__init__(parent)
        self.ctx, self.runner = ctx, runner
        self.is_province = ctx.installation.level == PROVINCE
        self.last_result: ExportResult | None = None
        self.save_folder: Path | None = None   # tests set a folder; else the Documents folder

        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Make a signed, encrypted package to send by e-mail or on a USB stick. Only the offices you "
            "choose can open it."))
        intro.setWordWrap(True)
        intro.setObjectName("pageDescription")
        layout.addWidget(intro)
        form = QFormLayout()
        self.kind = QComboBox()
        self.kind.setObjectName("exportKind")
        self.kind.addItem(self.tr("Approved reports, to the office above"), "report")
        self.kind.addItem(self.tr("Data changes, to a trusted office (synchronisation)"), "sync")
        if self.is_province:
            self.kind.addItem(self.tr("A plan and its tasks, to the offices below"), "tasks")
        self.kind.currentIndexChanged.connect(self._kind_changed)
        form.addRow(self.tr("What to send:"), self.kind)
        layout.addLayout(form)

        boxes = QHBoxLayout()
        self.recipients_box = QGroupBox(self.tr("Send to"))
        rl = QVBoxLayout(self.recipients_box)
        self.recipients = QListWidget()
        self.recipients.setObjectName("exportRecipients")
        self.recipients.setWordWrap(True)
        rl.addWidget(self.recipients)
        self.recipients_hint = QLabel()
        self.recipients_hint.setWordWrap(True)
        self.recipients_hint.setObjectName("pageDescription")
        rl.addWidget(self.recipients_hint)
        boxes.addWidget(self.recipients_box, 1)
        self.content_box = QGroupBox()
        cl = QVBoxLayout(self.content_box)
        self.reports = QListWidget()
        self.reports.setObjectName("exportReports")
        self.reports.setWordWrap(True)
        self.reports.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        cl.addWidget(self.reports)
        self.plan = QComboBox()
        self.plan.setObjectName("exportPlan")
        cl.addWidget(self.plan)
        self.content_hint = QLabel()
        self.content_hint.setWordWrap(True)
        self.content_hint.setObjectName("pageDescription")
        cl.addWidget(self.content_hint)
        cl.addStretch(1)
        boxes.addWidget(self.content_box, 1)
        layout.addLayout(boxes, 1)

        row = QHBoxLayout()
        self.status = QLabel()
        self.status.setObjectName("exportStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(self.status, 1)
        self.make_button = QPushButton(self.tr("Make the package…"))
        self.make_button.setObjectName("makePackage")
        self.make_button.clicked.connect(self.make_package)
        row.addWidget(self.make_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(row)
        self.refresh()

    # -- data --------------------------------------------------------------------------------------
    def current_kind(self) -> str:
        return self.kind.currentData()

    def refresh(self) -> None:
        kind = self.current_kind()
        try:
            trusted = [t for t in identity.list_trusted(self.ctx, include_revoked=False)
                       if t.relation in RECIPIENT_RELATIONS[kind]]
        except DnndError as exc:
            self.status.setText(exc.message)
            return
        seen = set()
        self.recipients.clear()
        for t in trusted:
            if t.office_id in seen:
                continue
            seen.add(t.office_id)
            item = QListWidgetItem(f"{t.office_name} — {texts.relation_label(t.relation)}")
            item.setData(ID_ROLE, t.office_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            only_parent = kind == "report" and t.relation == "parent"
            item.setCheckState(Qt.CheckState.Checked if only_parent or len(trusted) == 1 else Qt.CheckState.Unchecked)
            self.recipients.addItem(item)
        if not trusted:
            self.recipients_hint.setText(self.tr(
                "No trusted office can receive this kind of package. Add the office on the “Trust” tab first."))
        elif kind == "sync":
            self.recipients_hint.setText(self.tr("A synchronisation package goes to one office at a time."))
        else:
            self.recipients_hint.setText("")
        self.reports.setVisible(kind == "report")
        self.plan.setVisible(kind == "tasks")
        if kind == "report":
            self.content_box.setTitle(self.tr("Approved reports not sent yet"))
            self._fill_reports()
        elif kind == "tasks":
            self.content_box.setTitle(self.tr("Plan"))
            self._fill_plans()
        else:
            self.content_box.setTitle(self.tr("Content"))
            self.content_hint.setText(self.tr(
                "Every record added, changed or deleted since the last package to that office, with attached "
                "files."))

    def _fill_reports(self) -> None:
        self.reports.clear()
        pending = set(pending_report_ids(self.ctx))
        for r in ReportService(self.ctx).list_reports():
            if r.id not in pending:
                continue
            text = r.title if r.period_label.lower() in r.title.lower() else f"{r.title} — {r.period_label}"
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, r.id)
            item.setData(PERIOD_ROLE, r.period_code)   # the file's name says the period
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.reports.addItem(item)
        self.content_hint.setText("" if self.reports.count() else self.tr(
            "No approved report waits to be sent. Approve a report on the Reports page first."))

    def _fill_plans(self) -> None:
        self.plan.clear()
        me = self.ctx.installation.office_id
        for p in task_service.list_plans(self.ctx):
            if p.issuer_office_id == me:
                number = f"{p.doc_number} — " if p.doc_number else ""
                self.plan.addItem(f"{number}{p.title}", p.id)
        self.content_hint.setText("" if self.plan.count() else self.tr(
            "No plan made by this office yet."))

    def _kind_changed(self, _index: int) -> None:
        self.status.clear()
        self.refresh()

    def checked(self, widget: QListWidget) -> list[str]:
        return [widget.item(i).data(ID_ROLE) for i in range(widget.count())
                if widget.item(i).checkState() == Qt.CheckState.Checked]

    # -- making ------------------------------------------------------------------------------------
    def make_package(self) -> None:
        kind = self.current_kind()
        to = self.checked(self.recipients)
        problem = None
        if not to:
            problem = self.tr("Tick the office(s) to send the package to.")
        elif kind == "sync" and len(to) != 1:
            problem = self.tr("A synchronisation package goes to one office at a time: tick only one.")
        elif kind == "report" and not self.checked(self.reports):
            problem = self.tr("Tick the reports to send. Only approved reports can be sent.")
        elif kind == "tasks" and self.plan.currentData() is None:
            problem = self.tr("Choose the plan to send.")
        if problem:
            message_boxes.information(self, self.tr("Send a package"), problem)
            return
        if self.save_folder is not None:   # tests choose the folder
            export_files.remember_folder(self.ctx, export_files.PACKAGES, self.save_folder)
        periods = {self.reports.item(i).data(PERIOD_ROLE) for i in range(self.reports.count())
                   if self.reports.item(i).checkState() == Qt.CheckState.Checked} if kind == "report" else set()
        name = texts.default_file_name(kind, office=export_files.office_short_name(self.ctx),
                                       period=periods.pop() if len(periods) == 1 else "")
        out = export_files.ask_save_path(self, self.ctx, self.tr("Save the package"), name,
                                         self.tr("Packages (*.dnnd)"), export_files.PACKAGES)
        if out is None:
            return
        options = {}
        if kind == "report":
            options["report_ids"] = self.checked(self.reports)
        if kind == "tasks":
            options["plan"] = self.plan.currentData()
        # Asked last, right before the work: a mistyped passphrase is asked again, nothing re-picked.
        secret_mod.run_with_passphrase(self, self.runner, self.tr("The package is signed with the office's key."),
                                       self._export, self.ctx, kind, to, out, options,
                                       title=self.tr("Making the package"), writes=True, on_done=self._done)

    @staticmethod
    def _export(progress, cancel, ctx, kind, to, out, options, passphrase):
        keys = secret_mod.unlock(ctx, passphrase)
        return export_package(ctx, kind=kind, to=to, out_path=out, secret=keys, progress=progress,
                              cancel=cancel, **options)

    def _done(self, result: ExportResult) -> None:
        self.last_result = result
        what = texts.contents_text(result.contents)
        text = self.tr("Package saved: %1").replace("%1", result.path)
        if what:
            text += "\n" + what
        for line in withheld_lines(result.withheld):   # who was left out for want of consent (issue 14)
            text += "\n" + line
        text += "\n" + self.tr("Send this file by e-mail or on a USB stick. Only the chosen offices can open it.")
        self.status.setText(text)
        self.saved_box = export_files.tell_saved(self, self.ctx, result.path, text)   # «Mở thư mục» to attach it
        self.refresh()
        self.exported.emit(result)
