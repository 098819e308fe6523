"""Plans page (province only): the plans this office writes for its lower offices - drafts, sent,
changed since sent - with the editor and "send" (tasks packages for all or chosen offices)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from ...domain.errors import DnndError
from ...services.province import PlanService, list_offices
from ...services.province.common import unlock
from ...services.province.plans import DRAFT, MODIFIED
from .. import message_boxes
from ..icons import icon
from ..packages.secret import run_with_passphrase
from ..province.common import (
    GREEN,
    ID_ROLE,
    RED,
    cell,
    fill_rows,
    inform,
    make_table,
    page_header,
    selected_data,
    warn,
)
from ..province.plan_editor import PlanEditorDialog
from ..province.publish_dialog import PublishDialog
from ..province.texts import plan_status


class PlansPage(QWidget):
    def __init__(self, ctx, runner, parent=None):
        super().__init__(parent)
        self.ctx, self.runner = ctx, runner
        self.service = PlanService(ctx)
        self.plans = []
        self.editor: PlanEditorDialog | None = None
        self.publish_dialog: PublishDialog | None = None
        self.last_message = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        page_header(layout, self.tr("Plans for lower offices"), self.tr(
            "Write the plan or guidance with its numbered tasks, deadlines and report schedule, keep it as a "
            "draft, then send it to all or some lower offices as signed task packages."))
        row = QHBoxLayout()
        self.new_button = QPushButton(icon("plans"), self.tr("New plan…"))
        self.new_button.clicked.connect(self.new_plan)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.publish_button = QPushButton(icon("packages"), self.tr("Send to lower offices…"))
        self.publish_button.clicked.connect(self.publish_selected)
        self.delete_button = QPushButton(self.tr("Delete draft"))
        self.delete_button.clicked.connect(self.delete_selected)
        for b in (self.new_button, self.edit_button, self.publish_button, self.delete_button):
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        self.table = make_table([self.tr("Number"), self.tr("Date"), self.tr("Title"), self.tr("Tasks"),
                                 self.tr("Report schedule"), self.tr("Status"), self.tr("Version sent")],
                                stretch=2, name="plansTable")
        self.table.itemDoubleClicked.connect(lambda _i: self.edit_selected())
        layout.addWidget(self.table, 1)
        self.empty = QLabel(self.tr("No plan yet. Click “New plan…” to write one, or paste the text of a plan "
                                    "document in the editor to read its tasks."))
        self.empty.setObjectName("pageDescription")
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        self.refresh()

    def on_shown(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        self.plans = self.service.list_plans()
        rows = []
        for p in self.plans:
            colour = RED if p.status == MODIFIED else (None if p.status == DRAFT else GREEN)
            rows.append([cell(p.doc_number or "—", data=p.id), cell(p.doc_date), cell(p.title), cell(p.task_count),
                         cell(p.schedule_text), cell(plan_status(p.status), colour=colour),
                         cell(p.sequence or None)])
        fill_rows(self.table, rows)
        self.empty.setVisible(not self.plans)

    def select_plan(self, plan_id: str) -> None:
        for r in range(self.table.rowCount()):
            if self.table.item(r, 0).data(ID_ROLE) == plan_id:
                self.table.selectRow(r)

    # -- editing -------------------------------------------------------------------------------------
    def new_plan(self) -> PlanEditorDialog:
        return self._open_editor(self.service.new_draft())

    def edit_selected(self) -> PlanEditorDialog | None:
        plan_id = selected_data(self.table)
        if not plan_id:
            return None
        return self._open_editor(self.service.get(plan_id))

    def _open_editor(self, draft) -> PlanEditorDialog:
        self.editor = PlanEditorDialog(self.service, draft, self)
        self.editor.accepted.connect(self._saved)
        self.editor.open()
        return self.editor

    def _saved(self) -> None:
        self.refresh()
        if self.editor and self.editor.saved_id:
            self.select_plan(self.editor.saved_id)

    def delete_selected(self) -> None:
        plan_id = selected_data(self.table)
        if not plan_id:
            return
        answer = message_boxes.question(self, self.tr("Delete draft"), self.tr("Delete this draft plan?"))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.service.delete_draft(plan_id)
        except DnndError as exc:
            self.last_message = warn(self, self.tr("Plans"), exc.message)
        self.refresh()

    # -- publishing ----------------------------------------------------------------------------------
    def publish_selected(self) -> PublishDialog | None:
        plan_id = selected_data(self.table)
        if not plan_id:
            self.last_message = inform(self, self.tr("Plans"), self.tr("Select the plan to send first."))
            return None
        offices = list_offices(self.ctx)
        if not offices:
            self.last_message = warn(self, self.tr("Plans"), self.tr(
                "No lower office is registered yet. Register them on the Lower offices page first."))
            return None
        title = next(p.title for p in self.plans if p.id == plan_id)
        self.publish_dialog = PublishDialog(title, offices, str(Path.home()), self)
        self.publish_dialog.accepted.connect(lambda: self.publish(plan_id, self.publish_dialog.chosen(),
                                                                  self.publish_dialog.folder.text(),
                                                                  self.publish_dialog.per_office.isChecked()))
        self.publish_dialog.open()
        return self.publish_dialog

    def publish(self, plan_id: str, office_ids: list[str], folder: str, per_office: bool = True):
        if not office_ids:
            self.last_message = warn(self, self.tr("Plans"), self.tr("Choose at least one office."))
            return None
        ctx = self.ctx

        def work(progress, cancel, passphrase):
            return PlanService(ctx).publish(plan_id, unlock(ctx, passphrase), folder, office_ids, per_office)

        # A mistyped passphrase is asked again (three tries); the plan and offices stay chosen.
        return run_with_passphrase(self, self.runner, self.tr("Signing the task packages needs the office's key."),
                                   work, title=self.tr("Making the task packages"), writes=True,
                                   on_done=self._published)

    def _published(self, result) -> None:
        self.refresh()
        self.last_message = inform(self, self.tr("Plans"), self.tr(
            "%1 package(s) made (version %2). Send each file to its office by e-mail or USB:\n%3")
            .replace("%1", str(len(result.packages))).replace("%2", str(result.sequence))
            .replace("%3", "\n".join(result.paths)))
