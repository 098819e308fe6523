"""The first-run wizard, filled page by page like an officer would, creates the installation."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWizard

from dnnd_desktop.domain.roles import COMMUNE, DISTRICT, PROVINCE
from dnnd_desktop.domain.units import find_province
from dnnd_desktop.gui import office_naming
from dnnd_desktop.gui.setup_wizard import SetupWizard
from dnnd_desktop.paths import DataDir


@pytest.fixture
def wizard(qtbot, tmp_path):
    w = SetupWizard(DataDir(tmp_path / "data"))
    qtbot.addWidget(w)
    w.show()
    return w


def _fill_to_summary(wizard, level=COMMUNE, commune_typed="bat xat", district="Bát Xát"):
    wizard.next()  # welcome
    wizard.level_page.set_level(level)
    wizard.next()
    wizard.unit_page.province_combo.setEditText("lao cai")  # typed without tone marks
    if level == COMMUNE:
        wizard.unit_page.commune_combo.setEditText(commune_typed)
    elif level == DISTRICT:
        wizard.unit_page.district_edit.setText(district)
    wizard.next()
    assert wizard.currentPage() is wizard.office_page
    wizard.office_page.edits["head_name"].setText("Nguyễn Văn An")
    wizard.next()
    wizard.user_page.name_edit.setText("Trần Thị Bình")
    wizard.next()
    wizard.key_page.passphrase_edit.setText("mật khẩu dài")
    wizard.key_page.confirm_edit.setText("mật khẩu dài")
    wizard.next()
    assert wizard.currentPage() is wizard.summary_page


def test_wizard_end_to_end_creates_the_installation(qtbot, wizard):
    from dnnd_desktop.services.installation import is_set_up

    _fill_to_summary(wizard)
    summary = wizard.summary_page.summary.text()
    assert "Ủy ban MTTQ Việt Nam xã Bát Xát" in summary and "Trần Thị Bình" in summary
    with qtbot.waitSignal(wizard.accepted, timeout=30000):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    info = wizard.installation
    assert info.office_name == "Ủy ban MTTQ Việt Nam xã Bát Xát"
    assert info.unit_name == "Xã Bát Xát"
    assert info.place_name == "Bát Xát"
    assert info.parent_body == "Ủy ban MTTQ Việt Nam tỉnh Lào Cai"
    assert info.symbol == "MTTQ-BTT"
    assert info.head_name == "Nguyễn Văn An"
    assert is_set_up(wizard.data_dir)


def test_district_level_prefills_from_the_typed_district(wizard):
    _fill_to_summary(wizard, level=DISTRICT, district="Bát Xát")
    req = wizard.request()
    assert req.unit_name == "huyện Bát Xát" and req.unit_code is None
    assert req.office_name == "Ủy ban MTTQ Việt Nam huyện Bát Xát"
    assert req.place_name == "Bát Xát"


def test_province_level_uses_the_province_itself(wizard):
    _fill_to_summary(wizard, level=PROVINCE)
    req = wizard.request()
    assert req.unit_name == "Tỉnh Lào Cai"
    assert req.office_name == "Ủy ban MTTQ Việt Nam tỉnh Lào Cai"
    assert req.parent_body == office_naming.CENTRAL_BODY


def test_each_page_refuses_next_with_a_message_under_the_field(wizard):
    wizard.next()
    wizard.next()  # level page has a default
    assert wizard.currentPage() is wizard.unit_page
    wizard.next()
    assert wizard.currentPage() is wizard.unit_page
    assert wizard.unit_page.fields["province_code"].has_error()
    wizard.unit_page.province_combo.setEditText("Lào Cai")
    wizard.unit_page.commune_combo.setEditText("no such commune")
    wizard.next()
    assert wizard.currentPage() is wizard.unit_page
    assert not wizard.unit_page.fields["province_code"].has_error()
    assert wizard.unit_page.fields["unit_name"].has_error()
    wizard.unit_page.commune_combo.setEditText("Xã Bát Xát")
    wizard.next()
    wizard.office_page.edits["office_name"].clear()
    wizard.next()
    assert wizard.office_page.fields["office_name"].has_error()
    wizard.office_page.edits["office_name"].setText("Ủy ban MTTQ Việt Nam xã Bát Xát")
    wizard.next()
    wizard.next()
    assert wizard.user_page.fields["officer_name"].has_error()
    wizard.user_page.name_edit.setText("An")
    wizard.user_page.password_edit.setText("abcd")
    wizard.user_page.confirm_edit.setText("abce")
    wizard.next()
    assert wizard.user_page.fields["officer_password_again"].has_error()
    wizard.user_page.confirm_edit.setText("abcd")
    wizard.next()
    wizard.key_page.passphrase_edit.setText("short")
    wizard.next()
    assert wizard.currentPage() is wizard.key_page
    assert wizard.key_page.fields["passphrase"].has_error()
    wizard.key_page.passphrase_edit.setText("12345678")   # long enough, but guessed at once (zxcvbn)
    wizard.key_page.confirm_edit.setText("12345678")
    wizard.next()
    assert wizard.currentPage() is wizard.key_page
    from dnnd_desktop.exchange.passphrase_strength import weakness

    assert wizard.key_page.fields["passphrase"].error.text() == weakness("12345678").text()
    wizard.key_page.passphrase_edit.setText("mây trắng bến sông")
    wizard.key_page.confirm_edit.setText("mây trắng bến sônG")
    wizard.next()
    assert wizard.key_page.fields["passphrase_again"].has_error()


def test_edited_office_name_survives_going_back_but_untouched_fields_follow_the_unit(wizard):
    _fill_to_summary(wizard)
    wizard.go_to(wizard.page_ids[wizard.office_page])
    wizard.office_page.edits["office_name"].setText("Ban Thường trực Ủy ban MTTQ xã Bát Xát")
    wizard.go_to(wizard.page_ids[wizard.unit_page])
    wizard.unit_page.commune_combo.setEditText("Xã Bản Xèo")
    wizard.next()
    assert wizard.office_page.edits["office_name"].text() == "Ban Thường trực Ủy ban MTTQ xã Bát Xát"
    assert wizard.office_page.edits["place_name"].text() == "Bản Xèo"


def test_service_field_errors_are_shown_on_their_page(qtbot, wizard, monkeypatch):
    from dnnd_desktop.domain.errors import ValidationError
    from dnnd_desktop.gui import setup_wizard

    def refuse(data_dir, req, progress=None, cancel=None):
        raise ValidationError("x", field_errors={"symbol": "Ký hiệu không hợp lệ."})

    monkeypatch.setattr(setup_wizard, "setup_installation", refuse)
    _fill_to_summary(wizard)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.office_page, timeout=5000)
    assert wizard.office_page.fields["symbol"].error.text() == "Ký hiệu không hợp lệ."
    assert wizard.installation is None and wizard.isVisible()
    # Issue 19: the red error goes as soon as the field is corrected, not at the next «Tiếp».
    symbol = wizard.office_page.fields["symbol"]
    assert symbol.has_error()
    symbol.field.setText(symbol.field.text() + "X")
    assert not symbol.has_error() and symbol.error.isHidden()


def test_office_naming_defaults():
    lao_cai = find_province("Lào Cai")
    assert office_naming.office_name(COMMUNE, lao_cai, "Phường Cam Đường") == \
        "Ủy ban MTTQ Việt Nam phường Cam Đường"
    assert office_naming.place_name(COMMUNE, lao_cai, "Phường Cam Đường") == "Cam Đường"
    assert office_naming.district_unit_name("Huyện Bát Xát") == "huyện Bát Xát"
    assert office_naming.district_unit_name("thị xã Sa Pa") == "thị xã Sa Pa"
    hanoi = find_province("Hà Nội")
    assert office_naming.parent_body(COMMUNE, hanoi) == "Ủy ban MTTQ Việt Nam thành phố Hà Nội"


def test_the_recovery_code_is_made_in_the_worker_not_the_window(qtbot, wizard, monkeypatch):
    """Issue 19 (under a window manager): after «Hoàn tất 100%» the window froze while the recovery
    code's key was derived on the UI thread. Now the worker makes it; the window only shows it."""
    import threading

    from dnnd_desktop.gui.privacy.recovery_code_dialog import RecoveryCodeDialog
    from dnnd_desktop.services.privacy import db_key

    made_on, shown = [], []

    def issue(data_dir, passphrase, *a, **k):   # (the test store is plain: the derivation is stood in for)
        made_on.append(threading.current_thread())
        return "ABCD-EFGH"

    monkeypatch.setattr(db_key, "issue_recovery_code", issue)
    monkeypatch.setattr(db_key, "is_encrypted", lambda data_dir: True)
    monkeypatch.setattr(RecoveryCodeDialog, "exec", lambda self: shown.append(self.code) or 1)
    _fill_to_summary(wizard)
    with qtbot.waitSignal(wizard.accepted, timeout=30000):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    assert len(made_on) == 1 and made_on[0] is not threading.main_thread()
    assert shown == ["ABCD-EFGH"]
