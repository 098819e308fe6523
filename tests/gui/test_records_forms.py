"""Add, edit and delete activities, twinning pairs and partners through their pages and Designer
forms; Vietnamese errors next to the fields; activity links; attachments."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from dnnd_desktop.gui.records import prompts
from dnnd_desktop.services.records import (
    AttachmentService,
    AuditQuery,
    AuditQueryService,
    ListQuery,
    PersonInput,
    RecordQueryService,
    RecordService,
)


def _page(qtbot, ctx, runner, name):
    import importlib

    module = importlib.import_module(f"dnnd_desktop.gui.pages.{name}_page")
    cls = {"activities": "ActivitiesPage", "twinning": "TwinningPage", "partners": "PartnersPage"}[name]
    page = getattr(module, cls)(ctx, runner)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    return page


def fill(qtbot, binder, **values):
    for name, value in values.items():
        w = binder.field_widget(name)
        if hasattr(w, "set_items"):  # a picker: type the label, as an officer would
            w.setEditText(value)
        elif hasattr(w, "setChecked"):
            w.setChecked(value)
        elif hasattr(w, "setPlainText"):
            w.setPlainText(value)
        else:
            w.clear()
            if value.isascii():
                qtbot.keyClicks(w, value)
            else:  # QTest types ASCII only
                w.insert(value)


def test_add_activity_through_the_form(qtbot, ctx, runner):
    page = _page(qtbot, ctx, runner, "activities")
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = page.editor
    assert dialog is not None and dialog.windowTitle() == "New activity"
    fill(qtbot, dialog.binder, title="Giao lưu văn nghệ biên giới", activity_type="giao luu bien gioi",
         start_date="15/5/2026", country="trung quoc", commune_code="bat xat", participants_vn="120",
         funding_vnd="15000000", border_area=True, content="Văn nghệ, bóng chuyền")
    assert dialog.save()
    rows = RecordQueryService(ctx).page("activity", ListQuery(search="van nghe bien gioi"))
    assert len(rows) == 1
    record = RecordService(ctx).get("activity", rows[0].id)
    v = record.values
    assert (v["activity_type"], v["country"], v["start_date"], v["participants_vn"], v["funding_vnd"],
            v["border_area"]) == ("border_exchange", "CN", dt.date(2026, 5, 15), 120, 15_000_000, True)
    assert record.display["commune_code"] == "Xã Bát Xát"
    assert page.model.rowCount() == 1 and page.count_label.text() == "1 records"


def test_errors_appear_next_to_the_fields_and_nothing_is_saved(qtbot, ctx, runner, vietnamese):
    page = _page(qtbot, ctx, runner, "activities")
    dialog = page.open_editor(None)
    fill(qtbot, dialog.binder, title="Hội đàm", start_date="20/05/2026", end_date="10/05/2026",
         participants_vn="-3", funding_vnd="mười triệu")
    assert not dialog.save()
    errors = dialog.binder.errors()
    assert errors["activity_type"] == "Hãy chọn loại hoạt động."
    assert errors["end_date"] == "Ngày kết thúc phải sau hoặc bằng ngày bắt đầu."
    assert "không được là số âm" in errors["participants_vn"]
    assert "5.000.000" in errors["funding_vnd"]
    assert dialog.binder.error_label("end_date").isVisibleTo(dialog)
    assert not dialog.binder.error_label("title").isVisibleTo(dialog)
    assert dialog.isVisible()
    assert RecordQueryService(ctx).count("activity") == 0
    # Correcting the mistakes clears their messages.
    fill(qtbot, dialog.binder, activity_type="Hội đàm, gặp gỡ, làm việc", end_date="21/05/2026",
         participants_vn="3", funding_vnd="10.000.000")
    assert dialog.save()
    assert RecordQueryService(ctx).count("activity") == 1


def test_bad_phone_and_unknown_vocabulary_are_explained(qtbot, ctx, runner):
    page = _page(qtbot, ctx, runner, "partners")
    dialog = page.open_editor(None)
    fill(qtbot, dialog.binder, name="Hội Hữu nghị Việt - Lào", kind="hội gì đó", phone="12345")
    assert not dialog.save()
    errors = dialog.binder.errors()
    assert "is not in the list" in errors["kind"]   # the service's text, in the UI language
    assert "0912 345 678" in errors["phone"]


def test_edit_partner_with_enter_and_audit_names_the_user(qtbot, ctx, runner):
    rid = RecordService(ctx).create("partner", {"name": "Tổ chức Hỗ trợ Phát triển", "kind": "foreign_ngo"}).id
    page = _page(qtbot, ctx, runner, "partners")
    page.select_row(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dialog = page.editor
    assert dialog.binder.field_widget("name").text() == "Tổ chức Hỗ trợ Phát triển"
    fill(qtbot, dialog.binder, country="Hàn Quốc", contact_person="Kim Min-jun")
    assert dialog.save()
    assert RecordService(ctx).get("partner", rid).values["country"] == "KR"
    assert page.model.row(0).display["contact_person"] == "Kim Min-jun"
    entries = AuditQueryService(ctx).page(AuditQuery(record_id=rid, action="update"))
    assert {e.field for e in entries} == {"country", "contact_person"}
    assert {e.user for e in entries} == {"Trần Thị Bình"}


def test_double_click_opens_and_cancel_with_changes_asks(qtbot, ctx, runner, monkeypatch):
    RecordService(ctx).create("twinning", {"kind": "commune_commune", "local_name": "Xã Bát Xát",
                                           "counterpart_name": "Trấn Bá Sái", "counterpart_country": "CN"})
    page = _page(qtbot, ctx, runner, "twinning")
    rect = page.table.visualRect(page.model.index(0, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = page.editor
    assert dialog.isVisible()
    fill(qtbot, dialog.binder, agreement_ref="01/TTKN")
    asked = []
    monkeypatch.setattr(prompts, "confirm", lambda *a, **k: asked.append(1) or False)
    dialog.reject()
    assert asked and dialog.isVisible()  # kept open: the officer said no
    monkeypatch.setattr(prompts, "confirm", lambda *a, **k: True)
    dialog.reject()
    assert not dialog.isVisible()


def test_delete_twinning_through_the_page(qtbot, ctx, runner, monkeypatch):
    rid = RecordService(ctx).create("twinning", {"kind": "commune_commune", "local_name": "Xã Y Tý",
                                                 "counterpart_name": "Trấn Lão Mãnh"}).id
    page = _page(qtbot, ctx, runner, "twinning")
    monkeypatch.setattr(prompts, "confirm", lambda *a, **k: True)
    page.select_row(0)
    page.delete_button.click()
    assert page.model.rowCount() == 0
    assert AuditQueryService(ctx).page(AuditQuery(record_id=rid, action="delete"))


def test_activity_links_to_pair_partner_and_person_met(qtbot, ctx, runner):
    svc = RecordService(ctx)
    pair = svc.create("twinning", {"kind": "village_village", "local_name": "Bản Pắc Mạc",
                                   "counterpart_name": "Bản Nậm Sơn"})
    partner = svc.create("partner", {"name": "Hội Phụ nữ châu Hồng Hà", "kind": "cross_border_org"})
    household = svc.save_household({"head_name": "Vàng Seo Páo"},
                                   [PersonInput(values={"full_name": "Vàng Thị Dung", "country": "KR"})])
    person_id = household.persons[0].id
    page = _page(qtbot, ctx, runner, "activities")
    dialog = page.open_editor(None)
    fill(qtbot, dialog.binder, title="Gặp mặt kiều bào", activity_type="overseas_meeting", start_date="02/02/2026")
    for kind, typed in (("twinning", "pac mac"), ("partner", "hong ha"), ("person", "vang thi dung")):
        picker = dialog.links.sections[kind].picker
        picker.setText(typed)
        picker.search_now()
        assert picker.results.rowCount() == 1, kind
        picker.pick_row(0)
    assert dialog.save()
    links = svc.links(dialog.record_id)
    assert [x.id for x in links["twinning"]] == [pair.id]
    assert [x.id for x in links["partner"]] == [partner.id]
    assert [x.id for x in links["person"]] == [person_id]
    # Removing a link in the editor unlinks on save.
    again = page.open_editor(dialog.record_id)
    assert again.links.sections["partner"].ids() == {partner.id: "Hội Phụ nữ châu Hồng Hà"}
    again.links.sections["partner"].list.setCurrentRow(0)
    again.links.sections["partner"].remove_button.click()
    assert again.save()
    assert svc.links(dialog.record_id)["partner"] == ()


def _pick(dialog, kind, typed):
    picker = dialog.links.sections[kind].picker
    picker.setText(typed)
    picker.search_now()
    picker.pick_row(0)


def test_saving_an_activity_with_links_is_one_service_action(qtbot, ctx, runner, monkeypatch):
    svc = RecordService(ctx)
    partner = svc.create("partner", {"name": "Hội Phụ nữ châu Hồng Hà", "kind": "cross_border_org"})
    svc.create("twinning", {"kind": "village_village", "local_name": "Bản Pắc Mạc", "counterpart_name": "Bản Nậm Sơn"})
    page = _page(qtbot, ctx, runner, "activities")
    dialog = page.open_editor(None)
    fill(qtbot, dialog.binder, title="Giao lưu", activity_type="border_exchange", start_date="02/02/2026")
    _pick(dialog, "partner", "hong ha")
    _pick(dialog, "twinning", "pac mac")
    calls = []
    for name in ("create", "update", "link", "unlink", "save_activity"):
        real = getattr(dialog.service, name)
        monkeypatch.setattr(dialog.service, name, lambda *a, _n=name, _r=real, **k: calls.append(_n) or _r(*a, **k))
    assert dialog.save()
    assert calls == ["save_activity"]
    # Editing: a removed and an added link go in the same single call.
    again = page.open_editor(dialog.record_id)
    again.links.sections["partner"].list.setCurrentRow(0)
    again.links.sections["partner"].remove_button.click()
    assert again.links.changes() == ({}, {"partner": [partner.id]})
    monkeypatch.setattr(again.service, "save_activity",
                        lambda *a, _r=again.service.save_activity, **k: calls.append("save_activity") or _r(*a, **k))
    assert again.save()
    assert calls == ["save_activity", "save_activity"]
    assert svc.links(dialog.record_id)["partner"] == () and len(svc.links(dialog.record_id)["twinning"]) == 1


def test_a_refused_link_leaves_a_new_activity_unsaved_and_the_form_open(qtbot, ctx, runner):
    svc = RecordService(ctx)
    partner = svc.create("partner", {"name": "Hội Phụ nữ châu Hồng Hà", "kind": "cross_border_org"})
    svc.create("twinning", {"kind": "village_village", "local_name": "Bản Pắc Mạc", "counterpart_name": "Bản Nậm Sơn"})
    page = _page(qtbot, ctx, runner, "activities")
    dialog = page.open_editor(None)
    fill(qtbot, dialog.binder, title="Giao lưu", activity_type="border_exchange", start_date="02/02/2026")
    _pick(dialog, "twinning", "pac mac")
    _pick(dialog, "partner", "hong ha")
    svc.delete("partner", partner.id)          # deleted while the form was open
    assert not dialog.save()
    assert dialog.banner.isVisibleTo(dialog) and dialog.record_id is None
    assert RecordQueryService(ctx).count("activity") == 0        # not half-saved without its links
    dialog.links.sections["partner"].list.setCurrentRow(0)
    dialog.links.sections["partner"].remove_button.click()
    assert dialog.save()                                          # saving again creates it once
    assert RecordQueryService(ctx).count("activity") == 1
    assert len(svc.links(dialog.record_id)["twinning"]) == 1


def test_attachments_added_once_opened_and_removed(qtbot, ctx, runner, tmp_path, monkeypatch):
    rid = RecordService(ctx).create("partner", {"name": "Doanh nghiệp kiều bào ABC", "kind": "overseas_business"}).id
    photo = tmp_path / "ảnh hội đàm.jpg"
    photo.write_bytes(b"\xff\xd8 fake jpeg" * 100)
    copy = tmp_path / "ban sao.jpg"
    copy.write_bytes(photo.read_bytes())
    page = _page(qtbot, ctx, runner, "partners")
    dialog = page.open_editor(rid)
    panel = dialog.attachments
    monkeypatch.setattr(prompts, "open_files", lambda *a: [str(photo), str(copy)])
    panel.add_button.click()
    qtbot.waitUntil(lambda: len(panel.file_names()) == 2, timeout=5000)
    stored = [p for p in (ctx.data_dir.attachments).rglob("*") if p.is_file()]
    assert len(stored) == 1  # the same content is stored once
    opened = []
    panel.open_url = lambda url: opened.append(url.toLocalFile())
    panel.table.selectRow(0)
    panel.open_button.click()                 # in the task runner (a sealed file is decrypted first)
    qtbot.waitUntil(lambda: bool(opened), timeout=5000)
    assert opened[0] == str(stored[0])        # a plain folder (the suite's default): the file itself
    saved = tmp_path / "luu" / "anh.jpg"
    saved.parent.mkdir()
    monkeypatch.setattr(prompts, "save_file", lambda *a: str(saved))
    panel.save_button.click()
    qtbot.waitUntil(saved.exists, timeout=5000)
    assert saved.read_bytes() == photo.read_bytes()
    monkeypatch.setattr(prompts, "confirm", lambda *a, **k: True)
    panel.table.selectRow(0)
    panel.remove_button.click()
    panel.table.selectRow(0)
    panel.remove_button.click()
    assert panel.file_names() == []
    assert AttachmentService(ctx).list("partner", rid) == []
    assert not stored[0].exists()


def test_new_record_cannot_take_attachments_before_saving(qtbot, ctx, runner):
    page = _page(qtbot, ctx, runner, "partners")
    dialog = page.open_editor(None)
    assert not dialog.attachments.add_button.isEnabled()


@pytest.mark.parametrize("name", ["activities", "twinning", "partners"])
def test_excel_and_print_buttons_are_there(qtbot, ctx, runner, name):
    page = _page(qtbot, ctx, runner, name)
    for b in (page.export_button, page.import_button, page.print_list_button):
        assert b.isVisible() and b.isEnabled()
    assert not page.print_sheet_button.isEnabled()  # nothing selected yet


def test_toolbar_buttons_call_the_excel_actions_with_the_lists_query(qtbot, ctx, runner, monkeypatch):
    from dnnd_desktop.gui.dialogs import excel_actions

    rid = RecordService(ctx).create("partner", {"name": "Hội Hữu nghị Việt - Lào", "kind": "friendship_assoc"}).id
    calls = []
    monkeypatch.setattr(excel_actions, "export_list_to_excel", lambda *a: calls.append(("export", a[3], a[4])))
    monkeypatch.setattr(excel_actions, "print_list_pdf", lambda *a: calls.append(("print", a[3], a[4])))
    monkeypatch.setattr(excel_actions, "print_record_sheet", lambda *a: calls.append(("sheet", a[3], a[4])))
    page = _page(qtbot, ctx, runner, "partners")
    page.search_box.setText("huu nghi")
    page.apply_search_now()
    page.export_button.click()
    page.print_list_button.click()
    page.select_row(0)
    page.print_sheet_button.click()
    assert [c[0] for c in calls] == ["export", "print", "sheet"]
    assert calls[0][1] == "partner" and calls[0][2].search == "huu nghi"
    assert calls[2][2] == rid


def test_import_button_opens_the_import_dialog_and_refreshes_after(qtbot, ctx, runner):
    page = _page(qtbot, ctx, runner, "partners")
    dialog = page.import_excel()
    assert dialog is not None and dialog.isVisible()
    RecordService(ctx).create("partner", {"name": "Đối tác nhập từ Excel", "kind": "other"})
    dialog.accept()
    assert page.model.rowCount() == 1
    dialog.close()
