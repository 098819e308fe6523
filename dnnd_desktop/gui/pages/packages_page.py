"""Packages page (placeholder until its issue is built; see gui/page_registry.py)."""
from __future__ import annotations

from .placeholder import PlaceholderPage


class PackagesPage(PlaceholderPage):
    def __init__(self, ctx, runner, parent=None):
        super().__init__(parent)
        self.ctx, self.runner = ctx, runner
        self.fill(self.tr("Packages"), self.tr(
            "Send signed, encrypted data packages to the office above by e-mail or USB, and open the packages you receive."), "packages")

    def open_file(self, path: str) -> None:
        """A .dnnd file given on start or sent by a second start; opened for real in a later issue."""
        self.pending_file = path
