"""Activities page (placeholder until its issue is built; see gui/page_registry.py)."""
from __future__ import annotations

from .placeholder import PlaceholderPage


class ActivitiesPage(PlaceholderPage):
    def __init__(self, ctx, runner, parent=None):
        super().__init__(parent)
        self.ctx, self.runner = ctx, runner
        self.fill(self.tr("Activities"), self.tr(
            "Record people's diplomacy activities: border exchanges, delegations in and out, meetings, cultural and sports exchanges, aid, and meetings with Vietnamese people abroad."), "activities")
