"""«Chia sẻ»: records this office also sends sideways to another office (a twinning pair two communes
run together). Without a share a record goes only to its owner and up (docs/sync.md, "Who receives
what"). Sharing and stopping are one user action each, audited by the service (sharing.py); stopping
is confirmed first and says what happens to the copy the other office already holds."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DnndError
from ...domain.formatting import format_datetime
from ...services.identity import list_trusted
from ...services.sync import sharing
from .. import message_boxes
from . import texts


def _local(utc_naive: dt.datetime) -> dt.datetime:
    """Stored times are UTC; the person reads the computer's local time."""
    return utc_naive.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)


class ShareDialog(QDialog):
    """Pick the office, the kind and the records (this office's own) to share."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Share records with an office"))
        self.setMinimumSize(560, 480)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "The chosen records also go to the chosen office in its sync packages, with their later changes. "
            "Share only what the two offices really keep together (for example a twinning pair); only records "
            "your office owns can be shared."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.office = QComboBox()
        self.office.setObjectName("shareOffice")
        for o in list_trusted(ctx, include_revoked=False):
            if o.office_id != ctx.installation.office_id:
                self.office.addItem(f"{o.office_name} ({texts.relation_label(o.relation)})", o.office_id)
        form.addRow(self.tr("&Office:"), self.office)
        self.kind = QComboBox()
        self.kind.setObjectName("shareKind")
        for kind in sharing.SHAREABLE_KINDS:
            self.kind.addItem(texts.content_label(kind), kind)
        form.addRow(self.tr("&Kind of record:"), self.kind)
        layout.addLayout(form)
        self.records = QListWidget()
        self.records.setObjectName("shareRecords")
        layout.addWidget(self.records, 1)
        row = QHBoxLayout()
        self.all_button = QPushButton(self.tr("Select &all"))
        self.all_button.clicked.connect(lambda: self._check_all(True))
        self.none_button = QPushButton(self.tr("Select &none"))
        self.none_button.clicked.connect(lambda: self._check_all(False))
        row.addWidget(self.all_button)
        row.addWidget(self.none_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Share"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.kind.currentIndexChanged.connect(self._load_records)
        self.records.itemChanged.connect(self._update_ok)
        self._load_records()

    def _load_records(self) -> None:
        self.records.blockSignals(True)
        self.records.clear()
        kind = self.kind.currentData()
        for rid, name in sharing.shareable_records(self.ctx, kind) if kind else []:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, rid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.records.addItem(item)
        self.records.blockSignals(False)
        self._update_ok()

    def _check_all(self, on: bool) -> None:
        self.records.blockSignals(True)
        for i in range(self.records.count()):
            self.records.item(i).setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.records.blockSignals(False)
        self._update_ok()

    def _update_ok(self, *_args) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            bool(self.chosen_ids()) and self.office.currentData() is not None)

    def chosen_ids(self) -> list[str]:
        return [self.records.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.records.count())
                if self.records.item(i).checkState() == Qt.CheckState.Checked]


class SharesTab(QWidget):
    changed = Signal()

    def __init__(self, ctx, runner, parent=None):
        super().__init__(parent)
        self.ctx, self.runner = ctx, runner
        self.rows: list[sharing.ShareRow] = []
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "A record goes to the office that owns it and to the offices above it. A record shared here also "
            "goes to the office named, with its later changes, in the sync packages to that office."))
        intro.setWordWrap(True)
        intro.setObjectName("pageDescription")
        layout.addWidget(intro)
        buttons = QHBoxLayout()
        self.share_button = QPushButton(self.tr("Share &records…"))
        self.share_button.setObjectName("shareRecords")
        self.share_button.clicked.connect(self.share)
        self.stop_button = QPushButton(self.tr("S&top sharing…"))
        self.stop_button.setObjectName("stopSharing")
        self.stop_button.clicked.connect(self.stop_selected)
        buttons.addWidget(self.share_button)
        buttons.addWidget(self.stop_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("shareList")
        self.table.setHorizontalHeaderLabels([self.tr("Record"), self.tr("Kind"), self.tr("Shared with"),
                                              self.tr("Since")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table, 1)
        self.empty = QLabel(self.tr("No record is shared with another office."))
        self.empty.setObjectName("pageDescription")
        layout.addWidget(self.empty)
        self.refresh()

    def refresh(self) -> None:
        try:
            self.rows = sharing.list_shares(self.ctx)
        except DnndError as exc:
            self.empty.setText(exc.message)
            return
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            cells = [row.record_label, texts.content_label(row.record_kind), row.office_name,
                     format_datetime(_local(row.created_at))]
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.empty.setVisible(not self.rows)
        self._selection_changed()

    def selected(self) -> sharing.ShareRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows and rows[0].row() < len(self.rows) else None

    def _selection_changed(self) -> None:
        self.stop_button.setEnabled(self.selected() is not None)

    def share(self) -> None:
        dialog = ShareDialog(self.ctx, self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            office, kind, ids = dialog.office.currentData(), dialog.kind.currentData(), dialog.chosen_ids()
            office_name = dialog.office.currentText()
        finally:
            dialog.deleteLater()
        self.runner.run(lambda _progress, _cancel: sharing.share_records(self.ctx, kind, ids, office),
                        title=self.tr("Sharing the records"), writes=True, cancellable=False,
                        on_done=lambda n: self._shared(n, office_name))

    def _shared(self, count: int, office_name: str) -> None:
        self.refresh()
        self.changed.emit()
        message_boxes.information(self, self.tr("Share records with an office"), self.tr(
            "%1 records are shared with “%2”. They go in the next sync package to that office.")
            .replace("%1", str(count)).replace("%2", office_name))

    def stop_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        answer = message_boxes.question(
            self, self.tr("Stop sharing"),
            self.tr("Stop sharing “%1” with “%2”?\n\nLater changes of this record, and its deletion, no longer go "
                    "to that office. The copy that office already holds stays there as it is; ask that office "
                    "if it should delete it. The change is recorded in the audit log.")
            .replace("%1", row.record_label).replace("%2", row.office_name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.runner.run(lambda _progress, _cancel: sharing.remove_share(self.ctx, row.record_id, row.office_id),
                        title=self.tr("Stopping the share"), writes=True, cancellable=False,
                        on_done=lambda _r: self._stopped())

    def _stopped(self) -> None:
        self.refresh()
        self.changed.emit()
