"""Households & relatives abroad page (placeholder until its issue is built; see gui/page_registry.py)."""
from __future__ import annotations

from .placeholder import PlaceholderPage


class HouseholdsPage(PlaceholderPage):
    def __init__(self, ctx, runner, parent=None):
        super().__init__(parent)
        self.ctx, self.runner = ctx, runner
        self.fill(self.tr("Households & relatives abroad"), self.tr(
            "Keep the households that have relatives abroad and the Vietnamese people abroad of each household: country, situation, aspirations, contributions and commendations."), "households")
