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
