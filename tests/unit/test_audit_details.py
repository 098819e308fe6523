"""Audit details written as catalogue texts read in the language of whoever opens the log; details
of older entries (plain text) are shown as they were written."""
from __future__ import annotations

from dnnd_desktop.domain import messages
from dnnd_desktop.domain.messages import translate
from dnnd_desktop.services.audit import shown_details, stored_details, write_audit
from dnnd_desktop.services.records.audit_queries import AuditQueryService
from dnnd_desktop.storage.models import AuditEntry


def test_details_follow_the_readers_language(ctx):
    with ctx.session() as s:
        write_audit(s, ctx, "print", "household", None,
                    details=translate("AuditDetails", "Printed a list of {count} records «{file}»").format(
                        count=12, file="ds.pdf"))
        s.add(AuditEntry(user_name="x", action="old", details="Ghi chép cũ bằng chữ"))
    svc = AuditQueryService(ctx)
    messages.set_language("vi")
    texts = {row.action: row.details for row in svc.page()}
    assert texts["print"] == "In danh sách 12 bản ghi «ds.pdf»"
    assert texts["old"] == "Ghi chép cũ bằng chữ"
    messages.set_language("en")
    texts = {row.action: row.details for row in svc.page()}
    assert texts["print"] == "Printed a list of 12 records «ds.pdf»"
    assert texts["old"] == "Ghi chép cũ bằng chữ"


def test_stored_form_round_trips_and_plain_text_passes():
    m = translate("AuditDetails", "{count} figures changed").format(count=3)
    stored = stored_details(m)
    assert stored is not None and stored.startswith("\x1e")
    assert shown_details(stored) == m.text()
    assert stored_details("thuần") == "thuần" and shown_details("thuần") == "thuần" and shown_details(None) is None
