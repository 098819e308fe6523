"""Settings ▸ Security (issue 14): change the office's key passphrase, which also opens the encrypted
data, with zxcvbn's verdict as it is typed, in the task runner; and a new recovery code shown once
to print. The data folder here is encrypted (the suite's default is plain)."""
from __future__ import annotations

import pytest

from dnnd_desktop.exchange.keys import WrongPassphrase
from dnnd_desktop.gui import message_boxes
from dnnd_desktop.gui.packages import secret
from dnnd_desktop.gui.privacy.recovery_code_dialog import RecoveryCodeDialog
from dnnd_desktop.paths import DataDir
from dnnd_desktop.services.app_context import open_context
from dnnd_desktop.services.installation import setup_installation, unlock_secret
from dnnd_desktop.services.privacy import db_key
from dnnd_desktop.storage import sqlite_cipher
from tests.conftest import PASSPHRASE, make_setup_request

NEW = "mây trắng bến sông 1975"


@pytest.fixture
def encrypted_ctx(tmp_path, monkeypatch):
    monkeypatch.setattr(db_key, "ENABLED", True)
    data = DataDir(tmp_path / "du-lieu")
    setup_installation(data, make_setup_request())
    ctx = open_context(data)
    yield ctx
    ctx.close()
    sqlite_cipher.forget_all()


@pytest.fixture
def boxes(monkeypatch):
    said = []
    monkeypatch.setattr(message_boxes, "information", lambda _p, _t, text, *a, **k: said.append(("information", text)))
    monkeypatch.setattr(message_boxes, "warning", lambda _p, _t, text, *a, **k: said.append(("warning", text)))
    return said


@pytest.fixture
def box(qtbot, encrypted_ctx, runner):
    from dnnd_desktop.gui.pages.settings_page import SettingsPage

    page = SettingsPage(encrypted_ctx, runner)
    qtbot.addWidget(page)
    page.show()
    return page.security_box


def wait_tasks(qtbot, runner):
    qtbot.waitUntil(lambda: not runner.running_tasks, timeout=30000)


def test_change_the_passphrase_of_the_encrypted_data(qtbot, box, encrypted_ctx, runner, boxes):
    assert box.code_button.isVisible()
    dialog = box.change_passphrase()
    assert dialog.new_code.isVisible()
    dialog.old.setText(PASSPHRASE)
    dialog.new.setText("12345678")
    assert dialog.strength.text() and dialog.strength.text() != "Strong enough."   # zxcvbn: too easy
    dialog.again.setText("12345678")
    dialog.check()
    assert dialog.error.isVisible() and dialog.isVisible()                         # refused in place
    dialog.new.setText(NEW)
    assert dialog.strength.text() == "Strong enough."
    dialog.again.setText(NEW)
    dialog.new_code.setChecked(True)
    dialog.check()
    wait_tasks(qtbot, runner)
    assert boxes and boxes[-1][0] == "information"
    code_dialog = box.findChild(RecoveryCodeDialog, "recoveryCodeDialog")
    assert code_dialog is not None and code_dialog.isVisible()
    code = code_dialog.code
    assert code_dialog.code_label.text() == code and code in code_dialog.document().toPlainText()
    # the keys and, at the next start, the data open with the new passphrase only
    assert unlock_secret(encrypted_ctx, NEW)
    data = encrypted_ctx.data_dir
    sqlite_cipher.forget_all()
    with pytest.raises(WrongPassphrase):
        db_key.unlock(data, PASSPHRASE)
    db_key.recover(data, code, "mat-khau-sau-khi-mat-2027")                      # the new code works


def test_wrong_current_passphrase_changes_nothing(qtbot, box, encrypted_ctx, runner, boxes):
    dialog = box.change_passphrase()
    dialog.old.setText("khong-phai-mat-khau")
    dialog.new.setText(NEW)
    dialog.again.setText(NEW)
    dialog.check()
    wait_tasks(qtbot, runner)
    assert not any(kind == "information" for kind, _ in boxes)
    sqlite_cipher.forget_all()
    db_key.unlock(encrypted_ctx.data_dir, PASSPHRASE)


def test_print_a_new_recovery_code(qtbot, box, encrypted_ctx, runner, monkeypatch):
    monkeypatch.setattr(secret, "ask_passphrase", lambda *_a: PASSPHRASE)
    box.code_button.click()
    wait_tasks(qtbot, runner)
    shown = box.findChild(RecoveryCodeDialog, "recoveryCodeDialog")
    assert shown is not None and shown.isVisible()
    assert shown.code in shown.document().toPlainText()                           # on the printed page
    sqlite_cipher.forget_all()
    db_key.recover(encrypted_ctx.data_dir, shown.code, NEW)
