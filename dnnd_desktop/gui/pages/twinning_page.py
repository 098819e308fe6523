"""Twinning page (placeholder until its issue is built; see gui/page_registry.py)."""
from __future__ import annotations

from .placeholder import PlaceholderPage


class TwinningPage(PlaceholderPage):
    def __init__(self, ctx, runner, parent=None):
        super().__init__(parent)
        self.ctx, self.runner = ctx, runner
        self.fill(self.tr("Twinning"), self.tr(
            "Keep the twinning pairs with communities across the border (commune–commune, village–village, border post–village), their status and their activities."), "twinning")
