"""File ▸ Database…: the current database shown (a password never), a server that does not answer
said in the dialog, a reachable server stored (the test PostgreSQL), and back to the local file."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLineEdit

from dnnd_desktop import database_url as du
from tests.support import postgres as pg

UNREACHABLE = "postgresql://officer:hunter2@127.0.0.1:1/dnnd"


@pytest.fixture
def dialog(main_window, qtbot, monkeypatch):
    monkeypatch.delenv(du.ENV_VAR, raising=False)

    def make():
        d = main_window.show_database_dialog()
        qtbot.waitExposed(d)
        return d
    return make


def test_menu_opens_it_and_the_local_file_is_shown(main_window, dialog):
    assert main_window.database_action in main_window.file_menu.actions()
    d = dialog()
    assert str(main_window.ctx.data_dir.database) in d.current.text()
    assert not d.local_button.isEnabled()   # already the local file
    assert d.password.echoMode() == QLineEdit.EchoMode.Password
    d.close()


def test_a_stored_server_is_shown_with_its_password_masked(main_window, dialog):
    du.store_url(main_window.ctx.data_dir.root, "postgresql://officer:hunter2@db.example:5432/dnnd")
    d = dialog()
    assert "officer:***@db.example:5432/dnnd" in d.current.text() and "hunter2" not in d.current.text()
    d.close()


def test_an_unreachable_server_is_said_and_not_stored(main_window, dialog, qtbot):
    pytest.importorskip("psycopg")
    d = dialog()
    d.address.setText(UNREACHABLE)
    assert not d.host.isEnabled()   # the pasted address is used whole
    d.address.editingFinished.emit()   # leaving the field: the password moves out of sight
    assert "hunter2" not in d.address.text() and d.password.text() == "hunter2"
    assert d.entered_url() == UNREACHABLE
    task = d.use_server()
    with qtbot.waitSignal(task.finished, timeout=30000):
        pass
    assert "127.0.0.1" in d.status.text() and "hunter2" not in d.status.text()
    assert "Check that the server is running" in d.status.text()
    assert du.stored_url(main_window.ctx.data_dir.root) is None
    assert main_window.runner.last_message is None   # said in the dialog, no extra box
    d.close()


def test_a_reachable_server_is_stored_from_its_fields(main_window, dialog, qtbot):
    if not pg.enabled():
        pytest.skip(f"needs the test PostgreSQL ({pg.TEST_URL_ENV})")
    from sqlalchemy.engine import make_url

    url = pg.create_database(pg.new_name("dialog"))
    try:
        parts = make_url(url)
        d = dialog()
        d.host.setText(parts.host or "")
        d.port.setValue(parts.port or 5432)
        d.database.setText(parts.database or "")
        d.user.setText(parts.username or "")
        d.password.setText(parts.password or "")
        task = d.use_server()
        with qtbot.waitSignal(task.finished, timeout=30000):
            pass
        assert "holds no office of this software yet" in d.status.text()
        assert "Close the software and open it again" in d.status.text()
        assert make_url(du.stored_url(main_window.ctx.data_dir.root)).database == parts.database
        assert "PostgreSQL server" in d.current.text()
        if parts.password:
            assert f":{parts.password}@" not in d.current.text()
        assert d.local_button.isEnabled()
        d.close()
    finally:
        pg.drop_database(pg.name_of(url))


def test_back_to_the_local_file_is_one_button(main_window, dialog):
    root = main_window.ctx.data_dir.root
    du.store_url(root, "postgresql://officer@db.example/dnnd")
    d = dialog()
    assert d.local_button.isEnabled()
    d.local_button.click()
    assert du.stored_url(root) is None and not (root / du.SETTING_FILE).exists()
    assert str(main_window.ctx.data_dir.database) in d.current.text()
    assert "Close the software and open it again" in d.status.text()
    d.close()


def test_an_officer_may_look_but_not_change(main_window, dialog):
    from dnnd_desktop.services.types import UserInfo

    main_window.ctx.current_user = UserInfo(id="x", name="Lò Thị Mai", roles=("officer",), has_password=False)
    d = dialog()
    assert not d.use_button.isEnabled() and not d.host.isEnabled()
    assert "Administrator" in d.status.text()
    d.close()
