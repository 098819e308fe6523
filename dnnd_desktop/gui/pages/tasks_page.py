"""Tasks page (placeholder until its issue is built; see gui/page_registry.py)."""
from __future__ import annotations

from .placeholder import PlaceholderPage


class TasksPage(PlaceholderPage):
    def __init__(self, ctx, runner, parent=None):
        super().__init__(parent)
        self.ctx, self.runner = ctx, runner
        self.fill(self.tr("Tasks"), self.tr(
            "See the plans and tasks received from the office above, their deadlines and the report schedule."), "tasks")
