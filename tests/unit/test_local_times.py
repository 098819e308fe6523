"""Issue 19: times are stored in UTC and shown in the machine's zone (the audit log was 7 hours
behind Vietnam time; a package showed on two dates on the province's two tabs)."""
from __future__ import annotations

import datetime as dt
import time

import pytest

from dnnd_desktop.domain.formatting import format_stored_datetime
from dnnd_desktop.services.records.audit_queries import AuditQueryService
from dnnd_desktop.storage.models import AuditEntry


@pytest.fixture
def vietnam_time(monkeypatch):
    monkeypatch.setenv("TZ", "Asia/Ho_Chi_Minh")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_a_stored_utc_time_is_shown_in_the_machine_s_zone(vietnam_time):
    assert format_stored_datetime(dt.datetime(2026, 12, 3, 20, 30)) == "04/12/2026 03:30"   # +7: next day
    assert format_stored_datetime(dt.datetime(2026, 12, 3, 20, 30, tzinfo=dt.UTC)) == "04/12/2026 03:30"
    assert format_stored_datetime(None) == ""


def test_the_audit_log_shows_local_time(ctx, vietnam_time):
    with ctx.session() as s:
        s.add(AuditEntry(at=dt.datetime(2026, 12, 3, 1, 5), user_name="An", action="update"))
    rows = [r for r in AuditQueryService(ctx).page() if r.at == dt.datetime(2026, 12, 3, 1, 5)]
    assert [r.at_display for r in rows] == ["03/12/2026 08:05"]


def test_the_audit_date_filter_counts_local_days(ctx, vietnam_time):
    """Issue 19: the filter worked in UTC days. In Vietnam (+7), 23:30 on the 1st is 16:30 UTC on the
    1st, 00:30 on the 2nd is 17:30 UTC on the 1st and 06:30 on the 2nd is 23:30 UTC on the 1st: the
    first belongs to the 1st, the other two to the 2nd."""
    from dnnd_desktop.services.records import AuditQuery

    stored = {"late on the 1st": dt.datetime(2026, 12, 1, 16, 30),
              "just after midnight on the 2nd": dt.datetime(2026, 12, 1, 17, 30),
              "morning of the 2nd": dt.datetime(2026, 12, 1, 23, 30),
              "last minute of the 2nd": dt.datetime(2026, 12, 2, 16, 59),
              "first minute of the 3rd": dt.datetime(2026, 12, 2, 17, 0)}
    with ctx.session() as s:
        for what, at in stored.items():
            s.add(AuditEntry(at=at, user_name="An", action="local_day_probe", details=what))
    service = AuditQueryService(ctx)

    def found(first: dt.date | None, last: dt.date | None) -> set[str]:
        q = AuditQuery(action="local_day_probe", date_from=first, date_to=last)
        rows = service.page(q)
        assert service.count(q) == len(rows)
        return {r.details for r in rows}

    first, second, third = dt.date(2026, 12, 1), dt.date(2026, 12, 2), dt.date(2026, 12, 3)
    assert found(first, first) == {"late on the 1st"}
    assert found(second, second) == {"just after midnight on the 2nd", "morning of the 2nd", "last minute of the 2nd"}
    assert found(third, None) == {"first minute of the 3rd"}
    assert found(None, first) == {"late on the 1st"}
    assert len(found(None, None)) == 5
