"""At start the encrypted data are opened with the office's key passphrase, or the printed recovery
code and a new passphrase; a plain store from an older version is encrypted first, with progress."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from dnnd_desktop.gui.privacy.recovery_code_dialog import RecoveryCodeDialog
from dnnd_desktop.gui.privacy.unlock_dialog import UnlockDialog
from dnnd_desktop.services.privacy import convert_store, db_key
from dnnd_desktop.storage import sqlite_cipher

PASSPHRASE = "mật khẩu dài"   # the GUI template installation's


@pytest.fixture
def cipher_on(monkeypatch):
    monkeypatch.setattr(db_key, "ENABLED", True)
    yield
    sqlite_cipher.forget_all()


def ok_button(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_plain_store_is_encrypted_then_opened_with_the_passphrase(qtbot, data_dir, cipher_on, vietnamese):
    assert convert_store.needs_conversion(data_dir)
    dialog = UnlockDialog(data_dir, convert=True)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.passphrase.setText("sai mật khẩu")
    ok_button(dialog).click()
    qtbot.waitUntil(lambda: dialog.passphrase_field.error.text() != "", timeout=30000)
    assert dialog.isVisible() and sqlite_cipher.has_plain_header(data_dir.database)
    dialog.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted, timeout=60000):
        ok_button(dialog).click()
    assert dialog.recovery_code and sqlite_cipher.is_encrypted_file(data_dir.database)
    code = dialog.recovery_code

    shown = RecoveryCodeDialog(code, "Ủy ban MTTQ Việt Nam xã Bát Xát")
    qtbot.addWidget(shown)
    assert shown.code_label.text() == code
    assert code in shown.document().toPlainText()

    # The next start: locked; a wrong passphrase is refused in the field, the right one opens.
    sqlite_cipher.forget_all()
    assert db_key.needs_unlock(data_dir)
    again = UnlockDialog(data_dir, convert=False)
    qtbot.addWidget(again)
    again.show()
    again.passphrase.setText("sai")
    ok_button(again).click()
    assert again.isVisible() and again.passphrase_field.error.text() != ""
    assert db_key.needs_unlock(data_dir)
    again.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(again.accepted, timeout=10000):
        ok_button(again).click()
    assert not db_key.needs_unlock(data_dir)

    # Passphrase lost: the recovery code and a new passphrase.
    sqlite_cipher.forget_all()
    lost = UnlockDialog(data_dir, convert=False)
    qtbot.addWidget(lost)
    lost.show()
    lost.lost_button.click()
    assert lost.pages.currentIndex() == 1
    lost.back_button.click()
    assert lost.pages.currentIndex() == 0
    lost.lost_button.click()
    lost.code.setText("0000-0000-0000-0000-0000-0000")
    lost.new_passphrase.setText("mat-khau-moi-2026")
    lost.again.setText("mat-khau-moi-2026")
    ok_button(lost).click()
    assert lost.isVisible() and lost.code_field.error.text() != ""
    lost.code.setText(code)
    with qtbot.waitSignal(lost.accepted, timeout=10000):
        ok_button(lost).click()
    sqlite_cipher.forget_all()
    db_key.unlock(data_dir, "mat-khau-moi-2026")


def test_a_scripted_start_unlocks_with_the_environment_variable(qtbot, tmp_path, cipher_on, monkeypatch):
    from dnnd_desktop.gui.privacy.unlock_dialog import unlock_at_start
    from dnnd_desktop.paths import DataDir
    from dnnd_desktop.services.installation import setup_installation
    from tests.conftest import make_setup_request

    data = DataDir(tmp_path / "data")
    setup_installation(data, make_setup_request(passphrase="mat-khau-kich-ban"))
    sqlite_cipher.forget_all()
    monkeypatch.setenv("DNND_PASSPHRASE", "mat-khau-kich-ban")
    assert unlock_at_start(data)                     # no window: it would wait for a person
    assert not db_key.needs_unlock(data)
