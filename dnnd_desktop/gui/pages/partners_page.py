"""Partners page (placeholder until its issue is built; see gui/page_registry.py)."""
from __future__ import annotations

from .placeholder import PlaceholderPage


class PartnersPage(PlaceholderPage):
    def __init__(self, ctx, runner, parent=None):
        super().__init__(parent)
        self.ctx, self.runner = ctx, runner
        self.fill(self.tr("Partners"), self.tr(
            "Keep the foreign NGOs, businesses, friendship associations and partner organisations across the border that your office works with."), "partners")
