"""«Nhật ký gói»: the packages this office sent and received, newest first, and «Hoàn tác lần nhập
này…» for a received one (services/packages/import_log.undo_import: the newest backup before it is
restored and the packages received between that backup and it are imported again). Like a restore,
the program closes afterwards: the open pages still hold the data as it was."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DnndError
from ...domain.formatting import format_datetime
from ...services.packages import package_log
from ...services.packages.import_log import UndoResult, undo_import
from ...services.packages.log import PackageLogRow
from .. import message_boxes
from ..restored_data import announce_and_close
from . import texts
from .secret import run_with_passphrase


def _local(value):
    from datetime import UTC

    if value is None:
        return None
    return value.replace(tzinfo=UTC).astimezone().replace(tzinfo=None) if value.tzinfo is None else value


class LogTab(QWidget):
    restart_required = Signal()

    def __init__(self, ctx, runner, parent=None):
        super().__init__(parent)
        self.ctx, self.runner = ctx, runner
        self.rows: list[PackageLogRow] = []
        self.undone: UndoResult | None = None
        layout = QVBoxLayout(self)
        buttons = QHBoxLayout()
        self.undo_button = QPushButton(self.tr("&Undo this import…"))
        self.undo_button.setObjectName("undoImport")
        self.undo_button.setToolTip(self.tr("Go back to the data as it was before the selected package was imported"))
        self.undo_button.clicked.connect(self.undo_selected)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("packageLog")
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("Sent / received"), self.tr("Kind"),
                                              self.tr("Office"), self.tr("Result")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        for col in range(4):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table, 1)
        self.empty = QLabel(self.tr("No package sent or received yet."))
        self.empty.setObjectName("pageDescription")
        layout.addWidget(self.empty)
        self.refresh()

    def refresh(self) -> None:
        try:
            self.rows = package_log(self.ctx, limit=500)
        except DnndError as exc:
            self.empty.setText(exc.message)
            return
        self.table.setRowCount(len(self.rows))
        for r, e in enumerate(self.rows):
            incoming = e["direction"] == "in"
            office = e["sender_name"] if incoming else ", ".join(e["recipient_names"])
            summary = e["summary"] or {}
            if incoming:
                result = ", ".join(f"{texts.outcome_label(o).lower()} {summary.get(o, 0)}"
                                   for o in texts.OUTCOMES if summary.get(o))
            else:
                result = texts.contents_text(summary.get("contents") or {})
            cells = [format_datetime(_local(e["processed_at"])),
                     self.tr("Received") if incoming else self.tr("Sent"),
                     texts.kind_label(e["kind"]), office, result]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 4:
                    item.setToolTip(e["file_name"] or "")
                self.table.setItem(r, c, item)
            self.table.item(r, 0).setData(Qt.ItemDataRole.UserRole, e["package_id"])
        self.empty.setVisible(not self.rows)
        self._selection_changed()

    def selected(self) -> PackageLogRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows and rows[0].row() < len(self.rows) else None

    def _selection_changed(self) -> None:
        e = self.selected()
        self.undo_button.setEnabled(e is not None and e["direction"] == "in" and self.undone is None)

    def undo_selected(self) -> None:
        e = self.selected()
        if e is None or e["direction"] != "in" or self.undone is not None:
            return
        later = sum(1 for o in self.rows if o["direction"] == "in" and o["processed_at"] > e["processed_at"])
        text = self.tr(
            "Undo the import of the package from “%1” received on %2?\n\n"
            "The program restores the newest backup made before that import, then imports again, from their "
            "kept copies, the packages received between that backup and it. This package and the %3 packages "
            "received after it are not imported again; their copies stay in the “received” folder of the data "
            "folder, so they can be imported again by hand once the sending office has been asked.\n\n"
            "Before restoring, the program backs up the current data (kind “Before a restore”): what was "
            "entered since that backup is kept there.\n\n"
            "When it is done the program closes; open it again to continue working.") \
            .replace("%1", e["sender_name"] or "").replace("%2", format_datetime(_local(e["processed_at"]))) \
            .replace("%3", str(later))
        answer = message_boxes.question(self, self.tr("Undo an import"), text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        data_dir = self.ctx.data_dir

        def work(progress, cancel, package_id: str, passphrase: str) -> UndoResult:
            return undo_import(data_dir, package_id, passphrase, progress=progress, cancel=cancel)

        run_with_passphrase(self, self.runner, self.tr("Undoing an import imports the kept packages again."), work,
                            e["package_id"], title=self.tr("Undoing the import"), on_done=self._undone)

    def _undone(self, result: UndoResult) -> None:
        self.undone = result
        self.undo_button.setEnabled(False)
        text = self.tr("The import was undone: the backup “%1” was restored and %2 packages were imported again.") \
            .replace("%1", Path(result.backup).name).replace("%2", str(len(result.replayed)))
        if result.failed:
            text += "\n\n" + self.tr("%1 packages could not be imported again; import them by hand from the "
                                      "“received” folder.").replace("%1", str(len(result.failed)))
        announce_and_close(self, self.tr("Undo an import"), text)
        self.restart_required.emit()
