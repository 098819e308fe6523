"""«Nhật ký gói»: the packages this office sent and received, newest first."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DnndError
from ...domain.formatting import format_datetime
from ...services.packages import package_log
from ...services.packages.log import PackageLogRow
from . import texts


def _local(value):
    from datetime import UTC

    if value is None:
        return None
    return value.replace(tzinfo=UTC).astimezone().replace(tzinfo=None) if value.tzinfo is None else value


class LogTab(QWidget):
    def __init__(self, ctx, runner, parent=None):
        super().__init__(parent)
        self.ctx, self.runner = ctx, runner
        self.rows: list[PackageLogRow] = []
        layout = QVBoxLayout(self)
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
