"""Twinning pairs (kết nghĩa): each pair with its number of activities and last activity date;
pairs without an activity for 12 months are flagged (icon, colour and tooltip)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QApplication, QStyle

from ...services.records import ListRow
from ..records.simple_pages import DialogListPage

DORMANT_COLOUR = QColor("#a34700")


class TwinningPage(DialogListPage):
    kind = "twinning"

    def __init__(self, ctx, runner, parent=None):
        super().__init__(ctx, runner, parent, title=self.tr("Twinning pairs"))
        self._warning = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.model.decorate = self.decorate

    def _column(self, key: str) -> int:
        return next(i for i, c in enumerate(self.model.columns) if c.key == key)

    # The pair's activity comes right after its two sides, so it is seen without scrolling.
    ORDER = ("local_name", "counterpart_name", "activity_count", "last_activity_date", "dormant",
             "counterpart_country", "status", "kind", "signed_date")

    def columns(self):
        by_key = {c.key: c for c in super().columns()}
        return [by_key[k] for k in self.ORDER if k in by_key] + [c for k, c in by_key.items() if k not in self.ORDER]

    def column_width(self, key: str) -> int:
        narrow = {"local_name": 190, "counterpart_name": 170, "counterpart_country": 100, "status": 120,
                  "kind": 150, "dormant": 150}
        header = next((c.header for c in self.model.columns if c.key == key), "")
        return max(narrow.get(key, 0) or super().column_width(key),
                   self.table.fontMetrics().horizontalAdvance(header) + 28)

    def dormant_tooltip(self, row: ListRow) -> str:
        if row.values.get("last_activity_date"):
            return self.tr("No activity with this pair for more than 12 months (last: %1). "
                           "Plan a visit or an exchange.").replace("%1", row.display.get("last_activity_date", ""))
        return self.tr("No activity has been recorded with this pair yet. Link the pair's activities "
                       "on the activity form (tab “Links”).")

    def decorate(self, row: ListRow, key: str, role: int):
        if not row.values.get("dormant"):
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(DORMANT_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.dormant_tooltip(row)
        if key == "dormant":
            if role == Qt.ItemDataRole.DecorationRole:
                return self._warning
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("Dormant")
        return None
