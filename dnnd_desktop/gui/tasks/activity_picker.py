"""Pick an activity (to link as evidence of a task): type a few words, the list below shows the
matching activities (folded search: "giao luu" finds "Giao lưu"), double-click or OK to choose."""
from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DnndError
from ...services.records import ListQuery, ListRow, RecordQueryService

LIMIT = 200


class ActivityPicker(QDialog):
    def __init__(self, ctx, exclude: set[str] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.service = RecordQueryService(ctx)
        self.exclude = exclude or set()
        self.rows: list[ListRow] = []
        self.setWindowTitle(self.tr("Link an activity as evidence"))
        self.resize(760, 480)
        layout = QVBoxLayout(self)
        self.search = QLineEdit()
        self.search.setObjectName("activitySearch")
        self.search.setPlaceholderText(self.tr("Search activities: title, place, country…"))
        self.search.setClearButtonEnabled(True)
        layout.addWidget(self.search)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("activityResults")
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Activity"), self.tr("Type")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemDoubleClicked.connect(lambda _i: self._accept())
        layout.addWidget(self.table, 1)
        self.count = QLabel()
        self.count.setObjectName("pageDescription")
        layout.addWidget(self.count)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.refresh()

    def refresh(self) -> None:
        try:
            rows = self.service.page("activity", ListQuery(search=self.search.text()), 0, LIMIT)
        except DnndError as exc:
            self.count.setText(exc.message)
            return
        self.rows = [r for r in rows if r.id not in self.exclude]
        self.table.setRowCount(len(self.rows))
        for i, r in enumerate(self.rows):
            d = r.display
            for c, text in enumerate([d.get("start_date", ""), r.values.get("title") or r.name,
                                      d.get("activity_type", "")]):
                self.table.setItem(i, c, QTableWidgetItem(str(text or "")))
        if self.rows:
            self.table.selectRow(0)
        self.count.setText(self.tr("%1 activities shown").replace("%1", str(len(self.rows))) if self.rows else
                           self.tr("No activity found. Activities are entered on the Activities page."))

    def selected_id(self) -> str | None:
        row = self.table.currentRow()
        return self.rows[row].id if 0 <= row < len(self.rows) else None

    def _accept(self) -> None:
        if self.selected_id():
            self.accept()
