"""Plain request types of the record services (the GUI builds them; no ORM objects involved)."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class ListQuery:
    """What a list page asks for.

    search: typed text (any case, with or without tone marks, NFC or NFD).
    filters: keys from the kind's `KindSpec.filters` — e.g. {"period": "2026-Q1"} or
        {"date_from": date, "date_to": date}, {"activity_type": "border_exchange"}, {"country": "LA"},
        {"commune_code": 2686}, {"border_area": True}, {"status": "active"}, {"dormant": True},
        {"person_country": "KR"}, {"household_id": id}, {"twinning_id": id}. None/"" values are ignored.
    sort: a list column name of the kind (None: the kind's default sort); descending: direction.
    """

    search: str = ""
    filters: dict[str, Any] = field(default_factory=dict)
    sort: str | None = None
    descending: bool = False


@dataclass(frozen=True)
class AuditQuery:
    """Filters of the audit page; every one optional."""

    user: str | None = None          # user name, exact
    action: str | None = None        # create / update / delete / view_sensitive / ...
    kind: str | None = None          # record kind
    record_id: str | None = None
    date_from: Any = None            # date (inclusive)
    date_to: Any = None              # date (inclusive)
