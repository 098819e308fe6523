"""Audit page: entries written by record work appear with the right user, filtered by user,
action, kind and dates, with old → new values."""
from __future__ import annotations

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


def rows(page) -> list:
    return [page.model.row(r) for r in range(page.model.rowCount())]


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
    assert got[0].user == "Trần Thị Bình" and got[0].field_label == "Phone number"
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
    assert {r.kind for r in rows(audit_page) if r.action == "create"} == {"twinning"}
    audit_page.clear_filters()
    audit_page.kind_filter.setCurrentIndex(audit_page.kind_filter.findData("partner"))
    assert {r.user for r in rows(audit_page)} == {"Trần Thị Bình"}
    from PySide6.QtCore import QDate

    tomorrow = dt.date.today() + dt.timedelta(days=1)
    audit_page.date_from.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
    assert audit_page.model.rowCount() == 0
    audit_page.clear_filters()
    assert audit_page.model.rowCount() >= 3
