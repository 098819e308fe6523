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
WRONG = "Mật khẩu khóa không đúng. Hãy chú ý chữ hoa, chữ thường và bộ gõ tiếng Việt."


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
    # The Argon2id runs on the dialog's runner thread: the answer arrives through the event loop.
    qtbot.waitUntil(lambda: again.passphrase_field.error.text() != "", timeout=30000)
    assert again.isVisible() and again.passphrase_field.error.text() == WRONG
    assert db_key.needs_unlock(data_dir) and ok_button(again).isEnabled()
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


@pytest.fixture
def locked(tmp_path, cipher_on):
    """An encrypted, set-up folder whose key this process has not unlocked."""
    from dnnd_desktop.paths import DataDir
    from dnnd_desktop.services.installation import setup_installation
    from tests.conftest import make_setup_request

    data = DataDir(tmp_path / "data")
    setup_installation(data, make_setup_request(passphrase="mat-khau-kich-ban"))
    sqlite_cipher.forget_all()
    assert db_key.needs_unlock(data)
    return data


def test_the_unlock_begun_ahead_opens_the_data_and_the_warm_up_runs_once(qtbot, locked, monkeypatch):
    """cli.run_gui starts the scripted passphrase's Argon2id on its own thread before the imports;
    the start's warm-up runs while it hashes, once, and no dialog is shown."""
    from dnnd_desktop.gui.privacy import unlock_dialog
    from dnnd_desktop.services.privacy import unlock_ahead

    monkeypatch.setattr(unlock_dialog.UnlockDialog, "exec", lambda self: pytest.fail("no dialog when unlocked"))
    pending = unlock_ahead.start_scripted(locked, {"DNND_PASSPHRASE": "mat-khau-kich-ban"})
    assert pending is not None
    warmed = []
    assert unlock_dialog.unlock_at_start(locked, unlocking=pending, warm_up=warmed.append)
    assert len(warmed) == 1 and not db_key.needs_unlock(locked)
    assert warmed[0]() is False        # asked after the unlock: no longer waiting
    # Nothing to do ahead once unlocked, without a passphrase, or for a plain store.
    assert unlock_ahead.start_scripted(locked, {"DNND_PASSPHRASE": "mat-khau-kich-ban"}) is None
    sqlite_cipher.forget_all()
    assert unlock_ahead.start_scripted(locked, {}) is None


def test_a_wrong_passphrase_begun_ahead_asks_in_the_dialog_and_nothing_opens(qtbot, locked, monkeypatch, vietnamese):
    """A wrong scripted passphrase fails on the worker thread; the start then asks, in Vietnamese, and
    when the officer gives up nothing is opened (the key stays locked). The warm-up still runs once."""
    from dnnd_desktop.gui.privacy import unlock_dialog
    from dnnd_desktop.services.privacy import unlock_ahead

    asked = []

    def type_wrong_then_cancel(dialog):
        dialog.show()
        dialog.passphrase.setText("sai-mat-khau")
        ok_button(dialog).click()
        qtbot.waitUntil(lambda: dialog.passphrase_field.error.text() != "", timeout=30000)
        asked.append(dialog.passphrase_field.error.text())
        return unlock_dialog.QDialog.DialogCode.Rejected

    monkeypatch.setattr(unlock_dialog.UnlockDialog, "exec", type_wrong_then_cancel)
    pending = unlock_ahead.start_scripted(locked, {"DNND_PASSPHRASE": "khong-phai-mat-khau"})
    warmed = []
    assert not unlock_dialog.unlock_at_start(locked, unlocking=pending, warm_up=warmed.append)
    assert asked == [WRONG] and len(warmed) == 1
    assert db_key.needs_unlock(locked)


def test_the_dialog_hashes_off_the_ui_thread_and_warms_up_meanwhile(qtbot, locked):
    """After OK the dialog keeps running its event loop while the Argon2id hashes; the warm-up runs
    on the UI thread before the answer arrives, and only at the first try."""
    import threading

    seen = []

    def warm_up(still_waiting):
        seen.append((threading.current_thread() is threading.main_thread(), db_key.needs_unlock(locked)))

    dialog = UnlockDialog(locked, convert=False, warm_up=warm_up)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.passphrase.setText("sai-mat-khau")
    ok_button(dialog).click()
    assert not ok_button(dialog).isEnabled()          # busy until the answer comes
    qtbot.waitUntil(lambda: ok_button(dialog).isEnabled(), timeout=30000)
    dialog.passphrase.setText("mat-khau-kich-ban")
    with qtbot.waitSignal(dialog.accepted, timeout=30000):
        ok_button(dialog).click()
    assert seen == [(True, True)] and not db_key.needs_unlock(locked)


def test_the_warm_up_imports_what_comes_next_only_while_the_argon2id_still_runs(monkeypatch):
    """The start's warm-up renders the icons, then imports the window's and the Overview's modules
    one by one while the derivation still runs, and stops as soon as it has finished: it uses the
    wait and never makes it longer. It no longer sets up the mappers: SQLAlchemy loads after the
    window shows (issue 17)."""
    import importlib

    from dnnd_desktop.gui import app as gui_app

    imported, answers = [], iter([True, False, True])
    monkeypatch.setattr(importlib, "import_module", lambda name, package=None: imported.append(name))
    gui_app._warm_up(lambda: next(answers))
    assert imported == list(gui_app.WHILE_WAITING[:1])
    assert not any("sqlalchemy" in name or "services" in name for name in gui_app.WHILE_WAITING)
    imported.clear()
    gui_app._warm_up(lambda: False)      # the derivation done before the warm-up
    assert imported == []
