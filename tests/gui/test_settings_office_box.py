"""Issue 19: Settings → «Đơn vị» edits the office's details after setup; each changed field is one
audit entry (field: old → new); the next document uses the new values."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from dnnd_desktop.services.office_details import update_office_details
from dnnd_desktop.services.reports import ReportService
from dnnd_desktop.services.reports.document import details_for
from dnnd_desktop.storage.models import AuditEntry, Office, Report


def _office_audit(ctx):
    with ctx.session() as s:
        return [(e.field, e.old_value, e.new_value) for e in s.scalars(
            select(AuditEntry).where(AuditEntry.action == "office_update").order_by(AuditEntry.id))]


@pytest.fixture
def page(qtbot, ctx, runner):
    from dnnd_desktop.gui.pages.settings_page import SettingsPage

    p = SettingsPage(ctx, runner)
    qtbot.addWidget(p)
    p.show()
    return p


def test_settings_edits_the_office_audited_and_the_next_document_uses_it(qtbot, ctx, page):
    box = page.office_box
    before = dict(box.values())
    assert before["office_name"] == ctx.installation.office_name
    box.fields["head_name"].field.setText("  Giàng Thị Mỷ ")
    box.fields["symbol"].field.setText("MTTQ-XBX")
    box.fields["place_name"].field.setText(before["place_name"])          # unchanged: no entry
    box.save_button.click()
    assert "Saved" in box.status.text()
    assert ctx.installation.head_name == "Giàng Thị Mỷ" and ctx.installation.symbol == "MTTQ-XBX"
    with ctx.session() as s:
        office = s.get(Office, ctx.installation.office_id)
        assert (office.head_name, office.symbol) == ("Giàng Thị Mỷ", "MTTQ-XBX")
    audit = _office_audit(ctx)
    assert [f for f, _o, _n in audit] == ["symbol", "head_name"]             # two fields changed, two entries
    assert audit[0][2] == "MTTQ-XBX" and audit[1][2] == "Giàng Thị Mỷ" and audit[1][1] != audit[1][2]
    # the next report's document header and signature use the new details
    report = ReportService(ctx).create("2026-H1")
    with ctx.session() as s:
        doc = details_for(s.get(Report, report.id), ctx.installation)
    assert doc.signer_name == "Giàng Thị Mỷ" and doc.symbol.endswith("-MTTQ-XBX")


def test_a_required_field_left_empty_is_refused_in_place_and_clears_when_fixed(qtbot, ctx, page):
    box = page.office_box
    name = ctx.installation.office_name
    box.fields["office_name"].field.setText("   ")
    box.save_button.click()
    assert box.fields["office_name"].has_error()
    assert ctx.installation.office_name == name and _office_audit(ctx) == []
    box.fields["office_name"].field.setText(name + " (mới)")
    assert not box.fields["office_name"].has_error()


def test_the_audit_page_names_the_office_fields(ctx):
    from dnnd_desktop.gui.audit_texts import action_name
    from dnnd_desktop.gui.pages.audit_page import field_text

    update_office_details(ctx, {"head_title": "Phó Chủ tịch"})
    assert _office_audit(ctx)[0][0] == "head_title"
    assert action_name("office_update") == "Changed the office's details"

    class Row:
        kind, field, field_label = "office", "head_title", None

    assert field_text(Row()) == "Signer's title"
