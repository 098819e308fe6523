"""The household editor: a household with its persons abroad, their contributions and
commendations saved as one unit; errors on a person shown next to the person's field; sensitive
data hidden until shown (audited); consent; personal-data export and anonymise; delete."""
from __future__ import annotations

import datetime as dt

import pytest

from dnnd_desktop.gui.records import prompts
from dnnd_desktop.services.records import (
    AuditQuery,
    AuditQueryService,
    ListQuery,
    PersonInput,
    RecordInput,
    RecordQueryService,
    RecordService,
)


@pytest.fixture
def page(qtbot, ctx, runner):
    from dnnd_desktop.gui.pages.households_page import HouseholdsPage

    p = HouseholdsPage(ctx, runner)
    qtbot.addWidget(p)
    p.resize(1200, 700)
    p.show()
    return p


def set_text(binder, **values):
    for name, value in values.items():
        w = binder.field_widget(name)
        if hasattr(w, "set_items"):
            w.setEditText(value)
        elif hasattr(w, "setPlainText"):
            w.setPlainText(value)
        else:
            w.setText(value)


def test_new_household_with_persons_and_a_contribution(qtbot, ctx, page):
    dialog = page.households.open_editor(None)
    set_text(dialog.household, head_name="Lò Văn Đức", head_birth_year="1962", commune_code="bat xat",
             village="Bản Pắc Mạc", phone="0912 345 678", ethnicity="Giáy",
             old_address="Thôn Pắc Mạc, xã Bản Vược, huyện Bát Xát")
    dialog.add_person()
    set_text(dialog.person, full_name="Lò Thị Mai", country="Hàn Quốc", birth_year="1990", occupation="lao dong")
    child = dialog.contributions.edit(None)
    set_text(child.binder, date="10/02/2026", purpose="Quỹ Vì người nghèo", amount_vnd="5.000.000")
    assert child.try_accept()
    dialog.add_person()
    set_text(dialog.person, full_name="Lò Văn Lực", country="nhat ban")
    assert dialog.save()
    hh = RecordQueryService(ctx).page("household", ListQuery(search="lo van duc"))
    assert len(hh) == 1 and hh[0].display["person_count"] == "2"
    data = RecordService(ctx).get_household(hh[0].id, show_sensitive=True)
    assert data.household.values["ethnicity"] == "Giáy"
    assert data.household.values["old_address"] == "Thôn Pắc Mạc, xã Bản Vược, huyện Bát Xát"
    persons = {p.name: p for p in data.persons}
    assert persons["Lò Thị Mai"].values["country"] == "KR"
    assert persons["Lò Văn Lực"].values["country"] == "JP"
    assert [c.values["amount_vnd"] for c in persons["Lò Thị Mai"].contributions] == [5_000_000]
    assert page.households.model.rowCount() == 1


def test_error_on_a_person_is_shown_next_to_that_persons_field(qtbot, ctx, page, vietnamese):
    dialog = page.households.open_editor(None)
    set_text(dialog.household, head_name="Hoàng Văn Hải")
    dialog.add_person()
    set_text(dialog.person, full_name="Hoàng Thị Vân", country="KR")
    dialog.add_person()
    set_text(dialog.person, full_name="Hoàng Văn Sơn", birth_year="1850")
    dialog.person_list.setCurrentRow(0)  # the officer looks at another person before saving
    assert not dialog.save()
    assert dialog.person_list.currentRow() == 1
    assert dialog.tabs.currentWidget() is dialog.persons_tab
    assert dialog.person.errors() == {"birth_year": f"Năm sinh phải trong khoảng 1900–{dt.date.today().year}."}
    assert dialog.banner.isVisibleTo(dialog)
    assert RecordQueryService(ctx).count("household") == 0  # nothing half-saved


def test_error_on_a_contribution_marks_its_row_of_that_persons_table(qtbot, ctx, page, vietnamese):
    dialog = page.households.open_editor(None)
    set_text(dialog.household, head_name="Hoàng Văn Hải")
    dialog.add_person()
    set_text(dialog.person, full_name="Hoàng Thị Vân")
    # As kept in memory by the form; the second row's amount is refused by the service on Save.
    dialog.contributions.set_items([{"id": None, "values": {"purpose": "poor_fund", "amount_vnd": 1000}},
                                    {"id": None, "values": {"purpose": "poor_fund", "amount_vnd": -5}}])
    assert not dialog.save()
    table = dialog.contributions.table
    assert not table.item(0, 0).toolTip() and "âm" in table.item(1, 0).toolTip()
    assert dialog.person.errors() == {}


def test_contribution_dialog_checks_money_at_once(qtbot, ctx, page):
    dialog = page.households.open_editor(None)
    dialog.add_person()
    child = dialog.contributions.edit(None)
    set_text(child.binder, purpose="Quỹ Vì người nghèo", amount_vnd="-500")
    assert not child.try_accept()
    assert "cannot be negative" in child.binder.errors()["amount_vnd"]   # in the UI language


def test_sensitive_fields_hidden_until_shown_and_showing_is_audited(qtbot, ctx, page):
    svc = RecordService(ctx)
    saved = svc.save_household({"head_name": "Sùng A Páo", "religion": "Tin Lành", "id_number": "012345678901"},
                               [PersonInput(values={"full_name": "Sùng Thị Chư", "id_number": "C1234567"})])
    hid = saved.household.id
    page.households.refresh()
    page.households.select_row(0)
    page.households.edit_selected()
    dialog = page.households.editor
    assert dialog.household.field_widget("religion").text() == "•••"
    assert dialog.household.field_widget("religion").isReadOnly()
    assert "religion" not in dialog.household.values()
    # An edit while hidden leaves the sensitive values alone.
    set_text(dialog.household, village="Bản Sín Chải")
    assert dialog.save()
    assert svc.get("household", hid, show_sensitive=True).values["religion"] == "Tin Lành"
    before = AuditQueryService(ctx).count(AuditQuery(action="view_sensitive"))
    dialog = page.households.open_editor(hid)
    dialog.reveal_button.click()
    assert dialog.household.field_widget("religion").text() == "Tin Lành"
    assert dialog.household.field_widget("id_number").text() == "012345678901"
    dialog.tabs.setCurrentWidget(dialog.persons_tab)
    assert dialog.person.field_widget("id_number").text() == "C1234567"
    assert AuditQueryService(ctx).count(AuditQuery(action="view_sensitive")) == before + 1
    entry = AuditQueryService(ctx).page(AuditQuery(action="view_sensitive"))[0]
    assert entry.user == "Trần Thị Bình" and entry.record_id == hid


def test_edit_person_from_the_persons_tab_and_remove_a_commendation(qtbot, ctx, page):
    svc = RecordService(ctx)
    saved = svc.save_household({"head_name": "Phàn Văn Lử"}, [
        PersonInput(values={"full_name": "Phàn Thị Mẩy", "country": "TW"},
                    commendations=[RecordInput(values={"level": "certificate", "status": "awarded",
                                                       "decision_no": "12/QĐ"})]),
        PersonInput(values={"full_name": "Phàn Văn Chử", "country": "CN"})])
    persons = page.show_persons()
    persons.search_box.setText("may")
    persons.apply_search_now()
    assert persons.model.rowCount() == 1
    persons.select_row(0)
    persons.edit_selected()
    dialog = persons.editor
    assert dialog.person.field_widget("full_name").text() == "Phàn Thị Mẩy"
    assert dialog.commendations.table.rowCount() == 1
    set_text(dialog.person, city="Đài Trung")
    dialog.commendations.table.selectRow(0)
    dialog.commendations.remove_button.click()
    assert dialog.save()
    data = svc.get_household(saved.household.id)
    mey = next(p for p in data.persons if p.name == "Phàn Thị Mẩy")
    assert mey.values["city"] == "Đài Trung" and mey.commendations == ()
    assert persons.model.row(0).display["city"] == "Đài Trung"


def test_consent_recorded_for_a_saved_household(qtbot, ctx, page):
    hid = RecordService(ctx).save_household({"head_name": "Giàng Seo Sử"}, []).household.id
    dialog = page.households.open_editor(hid)
    consent = dialog.edit_consent(None)
    set_text(consent.binder, given_date="01/03/2026", scope="Quản lý thông tin thân nhân kiều bào",
             method="Văn bản có chữ ký")
    assert consent.try_accept()
    assert dialog.consent_table.rowCount() == 1
    assert dialog.consent_table.item(0, 0).text() == "Whole household"       # whose consent (issue 14)
    assert dialog.consent_table.item(0, 1).text() == "01/03/2026"
    withdrawn = dialog.edit_consent(0)
    set_text(withdrawn.binder, withdrawn_date="01/01/2026")
    assert not withdrawn.try_accept()
    assert "withdrawn_date" in withdrawn.binder.errors()


def test_consent_is_saved_with_the_household_in_one_service_call(qtbot, ctx, page, monkeypatch):
    svc = RecordService(ctx)
    hid = svc.save_household({"head_name": "Giàng Seo Sử"},
                             [PersonInput(values={"full_name": "Giàng Thị Mỷ"})]).household.id
    dialog = page.households.open_editor(hid)
    consent = dialog.edit_consent(None)
    set_text(consent.binder, given_date="01/03/2026", method="Văn bản có chữ ký")
    assert consent.try_accept()
    assert svc.get_household(hid).consents == ()       # kept with the form until Save
    set_text(dialog.household, village="Bản Sín Chải")
    dialog.tabs.setCurrentWidget(dialog.persons_tab)
    set_text(dialog.person, city="Seoul")
    child = dialog.contributions.edit(None)
    set_text(child.binder, purpose="Quỹ Vì người nghèo", amount_vnd="500.000")
    assert child.try_accept()
    calls = []
    for name in ("create", "update", "delete", "save_household"):
        real = getattr(dialog.service, name)
        monkeypatch.setattr(dialog.service, name, lambda *a, _n=name, _r=real, **k: calls.append(_n) or _r(*a, **k))
    assert dialog.save()
    assert calls == ["save_household"]
    data = svc.get_household(hid)
    assert [c.display["given_date"] for c in data.consents] == ["01/03/2026"]
    assert data.household.values["village"] == "Bản Sín Chải"
    assert [c.values["amount_vnd"] for c in data.persons[0].contributions] == [500_000]
    # Withdrawing it later is an edit of the same record, written on Save.
    again = page.households.open_editor(hid)
    withdrawn = again.edit_consent(0)
    set_text(withdrawn.binder, withdrawn_date="01/06/2026")
    assert withdrawn.try_accept()
    assert again.save()
    assert [c.display["withdrawn_date"] for c in svc.get_household(hid).consents] == ["01/06/2026"]


def test_a_consent_recorded_then_cancelled_asks_and_is_not_saved(qtbot, ctx, page, monkeypatch):
    hid = RecordService(ctx).save_household({"head_name": "Giàng Seo Sử"}, []).household.id
    dialog = page.households.open_editor(hid)
    consent = dialog.edit_consent(None)
    set_text(consent.binder, given_date="01/03/2026")
    assert consent.try_accept()
    asked = []
    monkeypatch.setattr(prompts, "confirm", lambda *a, **k: asked.append(a[1]) or False)
    dialog.reject()
    assert asked == ["Discard changes"] and dialog.isVisible()
    monkeypatch.setattr(prompts, "confirm", lambda *a, **k: True)
    dialog.reject()
    assert not dialog.isVisible()
    assert RecordService(ctx).get_household(hid).consents == ()


def test_new_household_has_no_consent_or_personal_data_actions_yet(qtbot, page):
    dialog = page.households.open_editor(None)
    assert not dialog.add_consent_button.isEnabled()
    assert not dialog.export_button.isEnabled() and not dialog.anonymise_button.isEnabled()


def test_export_personal_data_pdf_is_audited(qtbot, ctx, page, tmp_path):
    hid = RecordService(ctx).save_household({"head_name": "Đặng Thị Ánh", "religion": "Phật giáo"},
                                            []).household.id
    dialog = page.households.open_editor(hid)
    from dnnd_desktop.gui.records import personal_data

    target = tmp_path / "du-lieu.pdf"
    task = personal_data.export_personal_data(dialog, ctx, dialog.runner, "household", hid, "Đặng Thị Ánh",
                                              str(target))
    qtbot.waitUntil(lambda: target.exists() and target.stat().st_size > 1000, timeout=10000)
    assert target.read_bytes().startswith(b"%PDF")
    assert task is not None
    assert AuditQueryService(ctx).page(AuditQuery(action="export_personal", record_id=hid))


def test_anonymise_household_after_confirmation(qtbot, ctx, page, monkeypatch):
    hid = RecordService(ctx).save_household({"head_name": "Vũ Văn Thắng", "phone": "0987654321"},
                                            []).household.id
    dialog = page.households.open_editor(hid)
    monkeypatch.setattr(prompts, "confirm", lambda *a, **k: False)
    dialog.anonymise_button.click()
    assert RecordService(ctx).get("household", hid).values["phone"] == "0987654321"
    monkeypatch.setattr(prompts, "confirm", lambda *a, **k: True)
    dialog.anonymise_button.click()
    values = RecordService(ctx).get("household", hid).values
    assert values["phone"] in (None, "") and values["head_name"] != "Vũ Văn Thắng"
    assert AuditQueryService(ctx).page(AuditQuery(action="anonymise", record_id=hid))


def test_delete_household_wipes_it_from_both_lists(qtbot, ctx, page, monkeypatch):
    RecordService(ctx).save_household({"head_name": "Tẩn Văn Lợi"}, [PersonInput(values={"full_name": "Tẩn Thị Sể"})])
    page.households.refresh()
    monkeypatch.setattr(prompts, "confirm", lambda *a, **k: True)
    page.households.select_row(0)
    page.households.delete_selected()
    assert page.households.model.rowCount() == 0
    persons = page.show_persons()
    assert persons.model.rowCount() == 0


def test_residence_status_and_wishes_are_masked_until_shown(qtbot, ctx, page):
    """Issue 14: a picker (residence status) and a text area (wishes) are masked like a line edit,
    an edit while hidden keeps their values, and showing them is audited."""
    svc = RecordService(ctx)
    saved = svc.save_household({"head_name": "Giàng A Sử"}, [PersonInput(values={
        "full_name": "Giàng Thị Mỷ", "residence_status": "undocumented", "aspirations": "Muốn về quê sinh sống"})])
    hid = saved.household.id
    dialog = page.households.open_editor(hid)
    dialog.tabs.setCurrentWidget(dialog.persons_tab)
    status, wishes = dialog.person.field_widget("residence_status"), dialog.person.field_widget("aspirations")
    assert status.currentText() == "•••" and not status.isEnabled()
    assert wishes.toPlainText() == "•••" and wishes.isReadOnly()
    assert "residence_status" not in dialog.person.values() and "aspirations" not in dialog.person.values()
    set_text(dialog.household, village="Bản Mường Hum")
    assert dialog.save()
    person = RecordService(ctx).get_household(hid, show_sensitive=True).persons[0]
    assert person.values["residence_status"] == "undocumented"
    assert person.values["aspirations"] == "Muốn về quê sinh sống"
    dialog = page.households.open_editor(hid)
    dialog.reveal_button.click()
    dialog.tabs.setCurrentWidget(dialog.persons_tab)
    assert dialog.person.field_widget("residence_status").isEnabled()
    assert dialog.person.field_widget("aspirations").toPlainText() == "Muốn về quê sinh sống"


def test_consent_of_one_person_abroad_chosen_in_the_editor_then_withdrawn(qtbot, ctx, page, monkeypatch):
    """The consent editor names whose consent it is (issue 14): the household's or one person abroad's,
    with its purposes; her own consent decides for her, and withdrawing it (through the consent
    service, at once, audited) leaves her out while her brother stays covered by the household's."""
    from PySide6.QtCore import Qt

    from dnnd_desktop.services.privacy.consent import LISTS, NO_CONSENT, SHARING, WITHDRAWN, has_valid_consent
    from dnnd_desktop.storage.models import AuditEntry

    svc = RecordService(ctx)
    saved = svc.save_household({"head_name": "Sần Văn Páo"}, [PersonInput(values={"full_name": "Sần Thị Mẩy"}),
                                                           PersonInput(values={"full_name": "Sần Văn Lìn"})])
    hid = saved.household.id
    may, lin = (p.id for p in saved.persons)
    dialog = page.households.open_editor(hid)
    household_consent = dialog.edit_consent(None)
    assert [household_consent.subject.itemText(i) for i in range(household_consent.subject.count())] == [
        "The whole household (covers every member)", "Sần Thị Mẩy", "Sần Văn Lìn"]
    set_text(household_consent.binder, given_date="01/02/2026", method="Văn bản có chữ ký")
    purposes = household_consent.binder.field_widget("purposes")
    purposes.item(1).setCheckState(Qt.CheckState.Checked)                 # lists only
    assert household_consent.try_accept()
    own = dialog.edit_consent(None)
    own.subject.setCurrentIndex(own.subject.findData(may))
    set_text(own.binder, given_date="15/02/2026", method="Đồng ý trực tiếp qua điện thoại, có người làm chứng")
    purposes = own.binder.field_widget("purposes")
    for i in range(purposes.count()):                                     # keeping, lists, sharing
        purposes.item(i).setCheckState(Qt.CheckState.Checked)
    assert own.try_accept()
    assert [dialog.consent_table.item(r, 0).text() for r in range(2)] == ["Whole household", "Sần Thị Mẩy"]
    assert dialog.save()
    consents = {c.values.get("person_id"): c for c in svc.get_household(hid).consents}
    assert set(consents) == {None, may} and consents[may].values["purposes"] == "keeping,lists,sharing"
    assert has_valid_consent(ctx, "person", may, SHARING)                 # her own consent
    assert has_valid_consent(ctx, "person", lin, LISTS)                   # the household's
    assert has_valid_consent(ctx, "person", lin, SHARING).reason != NO_CONSENT and not has_valid_consent(
        ctx, "person", lin, SHARING)
    # withdrawn from the editor: at once, without Save, through the consent service
    again = page.households.open_editor(hid)
    table = again.consent_table
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "Sần Thị Mẩy")
    monkeypatch.setattr(prompts, "confirm", lambda *a, **k: True)
    told = []
    monkeypatch.setattr(prompts, "inform", lambda _p, _t, text: told.append(text))
    again.consent_table.selectRow(row)
    again.withdraw_consent_button.click()
    assert again.consent_table.item(row, 5).text() == dt.date.today().strftime("%d/%m/%Y")
    assert has_valid_consent(ctx, "person", may, LISTS).reason == WITHDRAWN
    assert has_valid_consent(ctx, "person", lin, LISTS)                   # not touched
    with ctx.session() as s:
        audited = s.query(AuditEntry).filter(AuditEntry.record_id == consents[may].id,
                                             AuditEntry.field == "withdrawn_date").count()
    assert audited == 1
    assert not again.withdraw_consent(row) and told == ["This consent was already withdrawn."]   # not redone

