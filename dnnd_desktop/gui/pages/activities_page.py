"""Activities (hoạt động đối ngoại nhân dân): the paged list with search, filters and the form."""
from __future__ import annotations

from ..records.simple_pages import DialogListPage


class ActivitiesPage(DialogListPage):
    kind = "activity"

    def __init__(self, ctx, runner, parent=None):
        super().__init__(ctx, runner, parent, title=self.tr("People's diplomacy activities"))
