"""Files attached to a record: add (copied into the data folder by the task runner), open with the
system's viewer, save a copy where the user chooses, remove (confirmed). The same file attached twice
is stored once (by the service). Where the data are encrypted, the files are sealed in the data folder:
the viewer gets a decrypted copy that the app removes when it closes (services/records/attachments.py)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DnndError
from ...domain.formatting import format_number
from ...services.records import AttachmentService
from ..widgets.table_cells import cell_item
from . import prompts

ID_ROLE = Qt.ItemDataRole.UserRole + 20


def size_text(size: int) -> str:
    if size < 1024 * 1024:
        return f"{format_number(max(1, round(size / 1024)))} KB"
    return f"{format_number(size / (1024 * 1024), 1)} MB"


class AttachmentsPanel(QWidget):
    def __init__(self, ctx, runner, kind: str, record_id: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.runner, self.kind = ctx, runner, kind
        self.record_id = record_id
        self.service = AttachmentService(ctx)
        self.last_task = None
        self.open_url = QDesktopServices.openUrl  # tests replace it
        layout = QVBoxLayout(self)
        self.note = QLabel(self.tr("Photos, minutes, signed agreements… Files are kept in the data folder; "
                                   "the same file attached twice is stored once."))
        self.note.setWordWrap(True)
        self.note.setObjectName("pageDescription")
        layout.addWidget(self.note)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("File"), self.tr("Size"), self.tr("Added")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(1, 90)
        self.table.setColumnWidth(2, 140)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Attach files…"))
        self.open_button = QPushButton(self.tr("Open"))
        self.save_button = QPushButton(self.tr("Save a copy…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.add_button.clicked.connect(self.choose_files)
        self.open_button.clicked.connect(self.open_selected)
        self.save_button.clicked.connect(self.save_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        for b in (self.add_button, self.open_button, self.save_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.set_record(record_id)

    def set_record(self, record_id: str | None) -> None:
        self.record_id = record_id
        self.add_button.setEnabled(bool(record_id))
        if not record_id:
            self.note.setText(self.tr("Save the record first, then attach files to it."))
        self.reload()

    def reload(self) -> None:
        rows = self.service.list(self.kind, self.record_id) if self.record_id else []
        self.table.setRowCount(len(rows))
        for r, a in enumerate(rows):
            name = QTableWidgetItem(a.file_name)
            name.setData(ID_ROLE, a.id)
            name.setToolTip(a.description or a.file_name)
            size = QTableWidgetItem(size_text(a.size))
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(r, 0, name)
            self.table.setItem(r, 1, size)
            self.table.setItem(r, 2, QTableWidgetItem(a.added_at_display))
        has = bool(rows)
        self.open_button.setEnabled(has)
        self.save_button.setEnabled(has)
        self.remove_button.setEnabled(has)

    def file_names(self) -> list[str]:
        return [cell_item(self.table, r, 0).text() for r in range(self.table.rowCount())]

    def _selected_id(self) -> str | None:
        row = self.table.currentRow()
        if row < 0 and self.table.rowCount():
            row = 0
        return cell_item(self.table, row, 0).data(ID_ROLE) if row >= 0 else None

    def choose_files(self) -> None:
        files = prompts.open_files(self, self.tr("Choose files to attach"))
        if files:
            self.add_files(files)

    def add_files(self, files: list[str]):
        """Copy the files in through the task runner (a big scan must not freeze the window)."""
        kind, rid, service = self.kind, self.record_id, self.service

        def work(progress, cancel):
            for i, f in enumerate(files):
                cancel.raise_if_cancelled()
                progress(i, len(files), Path(f).name)
                service.add(kind, rid, f)
            return len(files)

        self.last_task = self.runner.run(work, title=self.tr("Attaching files"), on_done=lambda _n: self.reload())
        return self.last_task

    def open_selected(self):
        """Decrypt a viewing copy in the task runner (a big scan takes a moment), then open it."""
        aid = self._selected_id()
        if not aid:
            return None
        service = self.service

        def failed(exc: BaseException) -> bool:
            if isinstance(exc, DnndError):
                prompts.warn(self, self.tr("Cannot open the file"), exc.message)
                return True
            return False

        self.last_task = self.runner.run(
            lambda _p, _c: service.viewing_copy(aid), title=self.tr("Opening the file"), writes=False,
            on_done=lambda path: self.open_url(QUrl.fromLocalFile(str(path))), on_error=failed)
        return self.last_task

    def save_selected(self, path: str | None = None):
        """Write the file's plain bytes where the user chooses (an export of the office's data)."""
        aid = self._selected_id()
        if not aid:
            return None
        name = cell_item(self.table, max(self.table.currentRow(), 0), 0).text()
        path = path or prompts.save_file(self, self.tr("Save a copy of the attached file"), name,
                                         self.tr("All files (*)"))
        if not path:
            return None
        service = self.service
        self.last_task = self.runner.run(lambda _p, _c: service.save_copy(aid, path),
                                         title=self.tr("Saving a copy of the file"), writes=False,
                                         on_done=lambda _path: None)
        return self.last_task

    def remove_selected(self) -> None:
        aid = self._selected_id()
        if not aid:
            return
        name = cell_item(self.table, max(self.table.currentRow(), 0), 0).text()
        if not prompts.confirm(self, self.tr("Remove attachment"),
                               self.tr("Remove the attached file “%1” from this record?").replace("%1", name),
                               self.tr("Remove")):
            return
        try:
            self.service.remove(aid)
        except DnndError as exc:
            prompts.warn(self, self.tr("Cannot remove the file"), exc.message)
        self.reload()
