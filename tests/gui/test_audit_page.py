"""Audit page: entries written by record work appear with the right user, filtered by user,
action, kind and dates, with old → new values."""
from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from dnnd_desktop.services.records import RecordService


@pytest.fixture
def audit_page(qtbot, ctx, runner):
    from dnnd_desktop.gui.pages.audit_page import AuditPage

    page = AuditPage(ctx, runner)
    qtbot.addWidget(page)
    page.resize(1200, 600)
    page.show()
    return page


def rows(page) -> list[dict]:
    """Each entry's fields with the texts the table shows for its named columns."""
    out = []
    for r in range(page.model.rowCount()):
        entry = page.model.row(r)
        row = dataclasses.asdict(entry)
        row.update({key: page.cell_text(entry, key) for key in ("action_label", "kind_label", "field_label", "change")})
        out.append(row)
    return out


def test_edit_through_the_partners_page_shows_with_old_and_new(qtbot, ctx, runner, audit_page):
    from dnnd_desktop.gui.pages.partners_page import PartnersPage

    rid = RecordService(ctx).create("partner", {"name": "Hội Hữu nghị", "kind": "friendship_assoc",
                                                "phone": "0912345678"}).id
    partners = PartnersPage(ctx, runner)
    qtbot.addWidget(partners)
    dialog = partners.open_editor(rid)
    dialog.binder.field_widget("phone").setText("0987 654 321")
    assert dialog.save()
    audit_page.refresh()
    audit_page.action_filter.setCurrentIndex(audit_page.action_filter.findData("update"))
    got = rows(audit_page)
    assert len(got) == 1
    # The field is named in the UI language (English here), not by the Vietnamese label of documents.
    assert got[0]["user"] == "Trần Thị Bình" and got[0]["field_label"] == "Phone number"
    assert got[0]["action_label"] == "Changed" and got[0]["kind_label"] != "partner"
    col = [c.key for c in audit_page.model.columns].index("change")
    assert audit_page.model.index(0, col).data() == "0912345678 → 0987 654 321"
    assert audit_page.count_label.text() == "1 entries"


def test_filter_by_user_kind_and_dates(qtbot, ctx, audit_page):
    from dnnd_desktop.services.users import UserService

    svc = RecordService(ctx)
    svc.create("partner", {"name": "Đối tác A", "kind": "other"})
    users = UserService(ctx)
    other = users.add_user("Vàng Thị Dung", ("officer",), None)
    users.set_current(other)
    svc.create("twinning", {"kind": "other", "local_name": "Bản C", "counterpart_name": "Bản D"})
    audit_page.refresh()
    names = [audit_page.user_filter.itemText(i) for i in range(audit_page.user_filter.count())]
    assert "Vàng Thị Dung" in names and "Trần Thị Bình" in names
    audit_page.user_filter.setCurrentIndex(audit_page.user_filter.findData("Vàng Thị Dung"))
    assert {r["kind"] for r in rows(audit_page) if r["action"] == "create"} == {"twinning"}
    audit_page.clear_filters()
    audit_page.kind_filter.setCurrentIndex(audit_page.kind_filter.findData("partner"))
    assert {r["user"] for r in rows(audit_page)} == {"Trần Thị Bình"}
    from PySide6.QtCore import QDate

    tomorrow = dt.date.today() + dt.timedelta(days=1)
    audit_page.date_from.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
    assert audit_page.model.rowCount() == 0
    audit_page.clear_filters()
    assert audit_page.model.rowCount() >= 3


def test_codes_read_as_names_in_vietnamese(qtbot, ctx, runner, vietnamese):
    """Actions, kinds and report statuses are stored as codes and shown through the catalogue."""
    from dnnd_desktop.gui.pages.audit_page import AuditPage
    from dnnd_desktop.services.records import RecordService

    RecordService(ctx).create("partner", {"name": "Hội Hữu nghị", "kind": "friendship_assoc"})
    from dnnd_desktop.services.audit import write_audit

    with ctx.session() as s:   # as the reports service writes an approval
        write_audit(s, ctx, "report_approve", "report", "r1", field="status", old="draft", new="approved")
    page = AuditPage(ctx, runner)
    qtbot.addWidget(page)
    got = {r["action"]: r for r in rows(page)}
    approve = got["report_approve"]
    assert (approve["action_label"], approve["kind_label"], approve["field_label"]) == (
        "Duyệt báo cáo", "Báo cáo", "Trạng thái")
    assert approve["change"] == "Bản nháp → Đã duyệt"
    assert got["create"]["action_label"] == "Thêm mới"
    actions = [page.action_filter.itemText(i) for i in range(page.action_filter.count())]
    assert "Duyệt báo cáo" in actions and "report_approve" not in actions


def test_changed_values_read_as_names_not_codes(qtbot, ctx, runner, vietnamese):
    from dnnd_desktop.domain.vocab import label as vocab_label
    from dnnd_desktop.gui.pages.audit_page import AuditPage

    svc = RecordService(ctx)
    rid = svc.create("partner", {"name": "Hội Hữu nghị", "kind": "friendship_assoc", "country": "CN"}).id
    svc.update("partner", rid, {"kind": "other", "country": "LA"})
    page = AuditPage(ctx, runner)
    qtbot.addWidget(page)
    changes = {r["field"]: r["change"] for r in rows(page) if r["action"] == "update"}
    old, new = vocab_label("partner_kind", "friendship_assoc"), vocab_label("partner_kind", "other")
    assert changes["kind"] == f"{old} → {new}"
    assert changes["country"] == f"{vocab_label('country', 'CN')} → {vocab_label('country', 'LA')}"
    assert "friendship_assoc" not in changes["kind"]


def test_changed_yes_no_and_dates_read_as_words_and_dd_mm_yyyy(qtbot, ctx, runner, vietnamese):
    from dnnd_desktop.gui.pages.audit_page import AuditPage

    svc = RecordService(ctx)
    rid = svc.create("activity", {"title": "Giao lưu", "activity_type": "border_exchange",
                                  "start_date": "2026-03-05", "border_area": False}).id
    svc.update("activity", rid, {"border_area": True, "start_date": "2026-03-06"})
    page = AuditPage(ctx, runner)
    qtbot.addWidget(page)
    changes = {r["field"]: r["change"] for r in rows(page) if r["action"] == "update"}
    assert changes["border_area"] == "Không → Có"
    assert changes["start_date"] == "05/03/2026 → 06/03/2026"


def test_document_details_read_field_by_field_not_as_json():
    """Issue 19: the log showed `{} → {"signer": …}`; each detail now reads "name: old → new"."""
    from types import SimpleNamespace

    from dnnd_desktop.gui.pages.audit_page import change_text, field_text

    row = SimpleNamespace(kind="report", field="document", action="report_document", details=None,
                          field_label="", old="{}", new='{"signer": "deputy", "signer_name": "Lò Văn Sáng", '
                                                        '"recipients_to": ["Ban Thường trực", "Lưu VT"]}')
    text = change_text(row)
    assert "{" not in text and '"' not in text
    assert text.split("; ") == ["Signer: ∅ → a Vice-Chairman", "Signer's name: ∅ → Lò Văn Sáng",
                                "Addressed to: ∅ → Ban Thường trực, Lưu VT"]
    number = SimpleNamespace(kind="report", field="number", action="report_document", details=None,
                             field_label="", old=None, new='"12/BC-MTTQ"')
    assert field_text(number) == "Number" and change_text(number) == "∅ → 12/BC-MTTQ"


def test_signer_roles_and_offices_read_as_names_not_codes(qtbot, ctx, runner, vietnamese):
    """Issue 19: a report's signer ("deputy"), a new user's roles ("officer,admin") and the office a
    record is shared with (its id) showed as codes."""
    from dnnd_desktop.gui.pages.audit_page import AuditPage
    from dnnd_desktop.services.audit import write_audit

    with ctx.session() as s:
        write_audit(s, ctx, "report_document", "report", "r1", field="signer", old='"head"', new='"deputy"')
        write_audit(s, ctx, "report_document", "report", "r1", field="document", old="{}",
                    new='{"signer": "head", "number": "12/BC-MTTQ"}')
        write_audit(s, ctx, "user_add", "user", "u1", details="Lò Thị Mai: officer,approver")
        write_audit(s, ctx, "share", "household", "h1", field="office", new="office-that-is-not-trusted")
    page = AuditPage(ctx, runner)
    qtbot.addWidget(page)
    got = rows(page)
    changes = [r["change"] for r in got]
    signer = next(r for r in got if r["field"] == "signer")
    assert (signer["field_label"], signer["change"]) == ("Người ký", "Chủ tịch → Phó Chủ tịch")
    document = next(r for r in got if r["field"] == "document")
    assert document["change"] == "Người ký: ∅ → Chủ tịch; Số văn bản: ∅ → 12/BC-MTTQ", document["change"]
    for text in changes:
        assert "deputy" not in text and "head" not in text and "officer" not in text and "approver" not in text
    user = next(r for r in got if r["action"] == "user_add")
    assert user["change"] == "Lò Thị Mai: Cán bộ, Lãnh đạo", user["change"]
    share = next(r for r in got if r["action"] == "share")
    assert share["field_label"] != "office" and share["change"] == "∅ → office-that-is-not-trusted"
