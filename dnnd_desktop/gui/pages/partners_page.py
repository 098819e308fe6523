"""Partners (đối tác): foreign NGOs, businesses, friendship associations, organisations across the border."""
from __future__ import annotations

from ..records.simple_pages import DialogListPage


class PartnersPage(DialogListPage):
    kind = "partner"

    def __init__(self, ctx, runner, parent=None):
        super().__init__(ctx, runner, parent, title=self.tr("Partners"))
