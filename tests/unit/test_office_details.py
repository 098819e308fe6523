"""The office's details after setup (issue 19): one transaction, one audit entry per changed field,
the open context updated; administrators only; required fields refused empty."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from dnnd_desktop.domain.errors import PermissionDenied, ValidationError
from dnnd_desktop.services.app_context import open_context
from dnnd_desktop.services.office_details import office_details, update_office_details
from dnnd_desktop.services.types import UserInfo
from dnnd_desktop.storage.models import AuditEntry


def _entries(ctx):
    with ctx.session() as s:
        return [(e.field, e.old_value, e.new_value, e.user_name) for e in s.scalars(
            select(AuditEntry).where(AuditEntry.action == "office_update").order_by(AuditEntry.id))]


def test_changed_fields_are_saved_audited_and_kept_after_reopening(ctx, installed):
    old = office_details(ctx)
    info = update_office_details(ctx, {**old, "head_title": "Phó Chủ tịch", "parent_body": "  ",
                                       "place_name": old["place_name"] + " "})   # spaces only: unchanged
    assert info.head_title == "Phó Chủ tịch" and ctx.installation is info
    entries = _entries(ctx)
    expected = 2 if old["parent_body"] else 1             # parent_body emptied counts only if it had a value
    assert len(entries) == expected
    assert entries[-1][0] == "head_title" and entries[-1][2] == "Phó Chủ tịch"
    assert entries[-1][3] == ctx.current_user.name
    again = open_context(installed)
    try:
        assert again.installation.head_title == "Phó Chủ tịch"
    finally:
        again.close()


def test_only_an_administrator_and_no_empty_required_field(ctx):
    ctx.current_user = UserInfo("x", "Cán bộ", ("officer",), False)
    with pytest.raises(PermissionDenied):
        update_office_details(ctx, {"head_name": "Ai đó"})
    ctx.current_user = UserInfo("y", "Quản trị", ("admin",), False)
    with pytest.raises(ValidationError) as err:
        update_office_details(ctx, {"symbol": " ", "office_name": ""})
    assert set(err.value.field_errors) == {"symbol", "office_name"}
    assert _entries(ctx) == []
