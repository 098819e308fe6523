"""The page of the work kinds (issue 13): one tab per described kind, each list built from the
description, edited on a form generated from the kind's fields (no Designer form), with the
errors next to the fields in Vietnamese; the main window reaches the page."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from dnnd_desktop.domain.record_kinds import WORK_KINDS, kind_spec
from dnnd_desktop.services.records import ListQuery, RecordQueryService, RecordService
from tests.gui.test_records_forms import fill


@pytest.fixture
def page(qtbot, ctx, runner):
    from dnnd_desktop.gui.pages.work_page import WorkPage

    p = WorkPage(ctx, runner)
    qtbot.addWidget(p)
    p.resize(1200, 700)
    p.show()
    return p


def test_one_tab_per_kind_with_the_described_columns(page):
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == [str(k.label) for k in WORK_KINDS]
    groups = page.show_kind("border_group")
    headers = [c.header for c in groups.model.columns]
    assert headers[:2] == [str(kind_spec("border_group").field("name").label),
                           str(kind_spec("border_group").field("village").label)]


def test_add_a_border_group_on_the_generated_form(qtbot, page, ctx, vietnamese):
    groups = page.show_kind("border_group")
    groups.activateWindow()
    qtbot.waitUntil(groups.isActiveWindow)
    groups.table.setFocus()
    qtbot.keyClick(groups.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = groups.editor
    assert dialog is not None and dialog.windowTitle() == "Thêm mới: Tổ tự quản đường biên, cột mốc"
    binder = dialog.binder
    assert binder.ui.label_name.text() == "Tên tổ tự quản *"            # required fields are starred
    assert binder.field_widget("status").currentText() == "Đang hoạt động"   # the described default
    fill(qtbot, binder, name="", households="ba mươi", commune_code="bat xat")
    assert not dialog.save()
    errors = binder.errors()
    assert set(errors) == {"name", "households"}
    assert binder.error_label("name").isVisibleTo(dialog)
    fill(qtbot, binder, name="Tổ tự quản thôn Na Lốc", households="35", members="12", border_length_m="4.500",
         markers="3", country="trung quoc", established_date="01/05/2019",
         activities="Tuần tra đường biên mỗi tháng 2 lần")
    assert dialog.save()
    rows = RecordQueryService(ctx).page("border_group", ListQuery(search="na loc"))
    assert len(rows) == 1
    v = RecordService(ctx).get("border_group", rows[0].id).values
    assert (v["households"], v["border_length_m"], v["country"], v["established_date"], v["status"]) == (
        35, 4500, "CN", dt.date(2019, 5, 1), "active")
    qtbot.waitUntil(lambda: groups.model.rowCount() == 1)


def test_edit_a_propaganda_product_keeps_its_values(qtbot, page, ctx):
    rec = RecordService(ctx).create("propaganda_product", {"title": "Phóng sự giao lưu", "product_type": "broadcast",
                                                           "channel": "radio_tv", "date": "02/02/2026",
                                                           "reach": 5000})
    products = page.show_kind("propaganda_product")
    qtbot.waitUntil(lambda: products.model.rowCount() == 1)
    dialog = products.open_editor(rec.id)
    assert dialog.binder.field_widget("reach").text() == "5000"
    assert dialog.binder.field_widget("date").text() == "02/02/2026"
    fill(qtbot, dialog.binder, quantity="3")
    assert dialog.save()
    assert RecordService(ctx).get("propaganda_product", rec.id).values["quantity"] == 3


def test_the_main_window_reaches_the_page(main_window):
    page = main_window.show_page("work")
    assert page.tabs.count() == len(WORK_KINDS)
