"""The selected task: its deadline, status and progress note (saved with Ctrl+S), and the activities
linked as evidence (link one through the activity picker, remove a link after a confirmation)."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DnndError
from ...domain.formatting import format_date
from ...services import tasks as task_service
from ...services.tasks import TaskInfo
from .. import message_boxes
from ..i18n import QT_TRANSLATE_NOOP
from .activity_picker import ActivityPicker

ID_ROLE = Qt.ItemDataRole.UserRole + 1
_STATUS = {
    task_service.NOT_STARTED: QT_TRANSLATE_NOOP("TaskTexts", "Not started"),
    task_service.IN_PROGRESS: QT_TRANSLATE_NOOP("TaskTexts", "In progress"),
    task_service.DONE: QT_TRANSLATE_NOOP("TaskTexts", "Done"),
}


def status_label(status: str) -> str:
    return QCoreApplication.translate("TaskTexts", _STATUS[status]) if status in _STATUS else status


def deadline_text(task: TaskInfo, today: dt.date) -> str:
    if task.deadline is None:
        return QCoreApplication.translate("TaskTexts", "no deadline")
    text = format_date(task.deadline)
    if task.status == task_service.DONE:
        return text
    days = (task.deadline - today).days
    if days < 0:
        return text + " " + QCoreApplication.translate("TaskTexts", "(%1 days late)").replace("%1", str(-days))
    if days == 0:
        return text + " " + QCoreApplication.translate("TaskTexts", "(today)")
    return text + " " + QCoreApplication.translate("TaskTexts", "(%1 days left)").replace("%1", str(days))


class TaskDetail(QWidget):
    changed = Signal(str)   # task id, after a save or an evidence change

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.task: TaskInfo | None = None
        self.today = dt.date.today
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        self.title = QLabel()
        self.title.setObjectName("taskTitle")
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-size: 12pt; font-weight: bold;")
        layout.addWidget(self.title)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setObjectName("pageDescription")
        layout.addWidget(self.description)
        form = QFormLayout()
        self.deadline = QLabel()
        self.deadline.setObjectName("taskDeadline")
        form.addRow(self.tr("Deadline:"), self.deadline)
        self.status = QComboBox()
        self.status.setObjectName("taskStatus")
        for s in task_service.STATUSES:
            self.status.addItem(status_label(s), s)
        form.addRow(self.tr("Status:"), self.status)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Progress note:")))
        self.note = QPlainTextEdit()
        self.note.setObjectName("taskNote")
        self.note.setPlaceholderText(self.tr("What was done, what remains, difficulties…"))
        self.note.setTabChangesFocus(True)
        layout.addWidget(self.note, 1)
        save_row = QHBoxLayout()
        self.saved_label = QLabel()
        self.saved_label.setObjectName("pageDescription")
        save_row.addWidget(self.saved_label, 1)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("saveTask")
        self.save_button.setToolTip(self.tr("Save the status and the note (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        save_row.addWidget(self.save_button)
        layout.addLayout(save_row)

        box = QGroupBox(self.tr("Evidence: linked activities"))
        bl = QVBoxLayout(box)
        self.evidence = QListWidget()
        self.evidence.setObjectName("taskEvidence")
        self.evidence.setWordWrap(True)
        self.evidence.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.evidence.currentRowChanged.connect(lambda _r: self._update_buttons())
        bl.addWidget(self.evidence)
        row = QHBoxLayout()
        self.link_button = QPushButton(self.tr("Link an activity…"))
        self.link_button.setObjectName("linkActivity")
        self.link_button.clicked.connect(self.link_activity)
        self.unlink_button = QPushButton(self.tr("Remove the link"))
        self.unlink_button.setObjectName("unlinkActivity")
        self.unlink_button.clicked.connect(self.unlink_selected)
        row.addWidget(self.link_button)
        row.addWidget(self.unlink_button)
        row.addStretch(1)
        bl.addLayout(row)
        layout.addWidget(box, 1)

        self.status.currentIndexChanged.connect(lambda _i: self._mark_dirty())
        self.note.textChanged.connect(self._mark_dirty)
        # Window-wide while the detail is shown (hidden widgets' shortcuts do not fire).
        QShortcut(QKeySequence.StandardKey.Save, self, self.save, Qt.ShortcutContext.WindowShortcut)
        self.show_task(None)

    # -- showing -----------------------------------------------------------------------------------
    @property
    def dirty(self) -> bool:
        if self.task is None:
            return False
        return (self.status.currentData() != self.task.status
                or self.note.toPlainText() != (self.task.progress_note or ""))

    def show_task(self, task: TaskInfo | None) -> None:
        self.task = task
        enabled = task is not None
        for w in (self.status, self.note, self.save_button, self.link_button, self.evidence):
            w.setEnabled(enabled)
        self.status.blockSignals(True)
        self.note.blockSignals(True)
        if task is None:
            self.title.setText(self.tr("Choose a task in the list."))
            self.description.clear()
            self.deadline.clear()
            self.note.clear()
            self.evidence.clear()
        else:
            self.title.setText(f"{task.code}. {task.title}")
            self.description.setText(task.description or "")
            self.description.setVisible(bool(task.description))
            self.deadline.setText(deadline_text(task, self.today()))
            self.deadline.setStyleSheet("color: #b3261e; font-weight: bold;" if task.overdue else "")
            self.status.setCurrentIndex(self.status.findData(task.status))
            self.note.setPlainText(task.progress_note or "")
            self._fill_evidence(task)
        self.status.blockSignals(False)
        self.note.blockSignals(False)
        self.saved_label.clear()
        self._update_buttons()

    def _fill_evidence(self, task: TaskInfo) -> None:
        self.evidence.clear()
        try:
            rows = task_service.evidence(self.ctx, task.id)
        except DnndError as exc:
            self.evidence.addItem(exc.message)
            return
        for e in rows:
            item = QListWidgetItem(f"{format_date(e.start_date)} — {e.title}")
            item.setData(ID_ROLE, e.activity_id)
            self.evidence.addItem(item)
        if not rows:
            placeholder = QListWidgetItem(self.tr("No activity linked yet."))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.evidence.addItem(placeholder)

    def _mark_dirty(self) -> None:
        self.saved_label.setText(self.tr("Not saved yet") if self.dirty else "")
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.save_button.setEnabled(self.task is not None and self.dirty)
        item = self.evidence.currentItem()
        self.unlink_button.setEnabled(self.task is not None and item is not None
                                      and item.data(ID_ROLE) is not None)

    # -- writing -----------------------------------------------------------------------------------
    def save(self) -> bool:
        if self.task is None or not self.dirty:
            return True
        try:
            info = task_service.set_status(self.ctx, self.task.id, self.status.currentData(),
                                           self.note.toPlainText().strip())
        except DnndError as exc:
            message_boxes.warning(self, self.tr("Save the task"), exc.message)
            return False
        self.show_task(info)
        self.saved_label.setText(self.tr("Saved."))
        self.changed.emit(info.id)
        return True

    def link_activity(self) -> None:
        if self.task is None:
            return
        linked = {self.evidence.item(i).data(ID_ROLE) for i in range(self.evidence.count())}
        picker = ActivityPicker(self.ctx, {x for x in linked if x}, self)
        self.picker: ActivityPicker | None = picker
        try:
            chosen = picker.selected_id() if picker.exec() == QDialog.DialogCode.Accepted else None
            if not chosen:
                return
            self.link(chosen)
        finally:
            picker.deleteLater()
            self.picker = None

    def link(self, activity_id: str) -> None:
        if self.task is None:   # as save() and unlink_selected(): nothing to link to
            return
        try:
            info = task_service.link_activity(self.ctx, self.task.id, activity_id)
        except DnndError as exc:
            message_boxes.warning(self, self.tr("Link an activity"), exc.message)
            return
        self._refresh_keeping_edits(info)

    def unlink_selected(self) -> None:
        item = self.evidence.currentItem()
        if self.task is None or item is None or item.data(ID_ROLE) is None:
            return
        answer = message_boxes.question(
            self, self.tr("Remove the link"),
            self.tr("Remove “%1” from the evidence of this task? The activity itself is kept.").replace(
                "%1", item.text()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            info = task_service.unlink_activity(self.ctx, self.task.id, item.data(ID_ROLE))
        except DnndError as exc:
            message_boxes.warning(self, self.tr("Remove the link"), exc.message)
            return
        self._refresh_keeping_edits(info)

    def _refresh_keeping_edits(self, info: TaskInfo) -> None:
        """Evidence changed: show it, without losing a status or note being typed."""
        status, note, dirty = self.status.currentData(), self.note.toPlainText(), self.dirty
        self.show_task(info)
        if dirty:
            self.status.setCurrentIndex(self.status.findData(status))
            self.note.setPlainText(note)
        self.changed.emit(info.id)
