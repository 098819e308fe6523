"""Reports page (placeholder until its issue is built; see gui/page_registry.py)."""
from __future__ import annotations

from .placeholder import PlaceholderPage


class ReportsPage(PlaceholderPage):
    def __init__(self, ctx, runner, parent=None):
        super().__init__(parent)
        self.ctx, self.runner = ctx, runner
        self.fill(self.tr("Reports"), self.tr(
            "Write periodic reports with figures computed from your records, have them approved and print them as official documents."), "reports")
