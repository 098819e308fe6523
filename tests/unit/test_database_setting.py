"""The settings dialog's service: what a server check reports, building a URL from fields, who may
change the setting, and a check the person cancels."""
from __future__ import annotations

import sys
import threading

import pytest

from dnnd_desktop import database_url as du
from dnnd_desktop.domain.errors import Cancelled, PermissionDenied
from dnnd_desktop.domain.progress import CancelToken
from dnnd_desktop.paths import DataDir
from dnnd_desktop.services import database_setting as ds
from dnnd_desktop.services.types import UserInfo
from tests.support import postgres as pg


def test_fields_make_a_url_whose_odd_password_survives_and_is_masked():
    url = ds.server_url(" db.mttq.local ", "5433", "dnnd_laocai", "dnnd_app", "p@ss/w:rd")
    assert url.startswith("postgresql://dnnd_app:") and url.endswith("@db.mttq.local:5433/dnnd_laocai")
    from sqlalchemy.engine import make_url

    assert make_url(url).password == "p@ss/w:rd"
    assert "p%40ss" not in du.mask(url) and "dnnd_app:***@db.mttq.local" in du.mask(url)
    assert ds.server_url("h", "", "d", "u", "") == "postgresql://u@h/d"


def test_a_pasted_address_gives_up_its_password_and_gets_it_back():
    url = "postgresql://dnnd_app:p%40ss@db.mttq.vn:5432/dnnd_laocai?sslmode=require"
    bare, password = ds.split_password(url)
    assert password == "p@ss" and "p%40ss" not in bare and bare.endswith("dnnd_laocai?sslmode=require")
    assert ds.with_password(bare, password) == url
    assert ds.split_password("not a url") == ("not a url", "")
    assert ds.with_password("postgresql://u@h/d", "") == "postgresql://u@h/d"


def test_a_missing_driver_is_named_as_such(monkeypatch):
    monkeypatch.setitem(sys.modules, "psycopg", None)   # import psycopg now fails
    with pytest.raises(ds.DatabaseDriverMissing) as e:
        ds.check_database_url("postgresql://u:hunter2@127.0.0.1:1/db")
    assert "psycopg" in e.value.message and "hunter2" not in e.value.message


def test_only_an_administrator_changes_the_database(tmp_path):
    officer = UserInfo(id="1", name="Lò Thị Mai", roles=("officer",), has_password=False)
    with pytest.raises(PermissionDenied):
        ds.set_database_url(DataDir(tmp_path), None, user=officer)
    with pytest.raises(PermissionDenied):
        ds.check_and_store(DataDir(tmp_path), "postgresql://u@127.0.0.1:1/db", user=officer)
    assert not (tmp_path / du.SETTING_FILE).exists()


def test_cancel_does_not_wait_for_a_hanging_connection():
    release, token = threading.Event(), CancelToken()
    threading.Timer(0.2, token.cancel).start()
    with pytest.raises(Cancelled):
        ds._cancellable(lambda: release.wait(30), token)   # would hang 30 s without the cancel
    release.set()
    assert ds._cancellable(lambda: 42, CancelToken()) == 42


def test_local_file_is_shown_as_its_path(tmp_path, monkeypatch):
    monkeypatch.delenv(du.ENV_VAR, raising=False)
    setting = ds.current_setting(DataDir(tmp_path))
    assert setting.source == "default" and setting.location == str(tmp_path / "dnnd.sqlite3")


def test_server_states_empty_and_set_up(installed, on_postgres, monkeypatch):
    if not on_postgres:
        pytest.skip("runs with --database=postgres")
    monkeypatch.delenv(du.ENV_VAR, raising=False)
    empty = pg.create_database(pg.new_name("empty"))
    try:
        assert ds.check_database_url(empty, cancel=CancelToken()) == ds.NOT_SET_UP
    finally:
        pg.drop_database(pg.name_of(empty))
    stored = ds.check_and_store(DataDir(installed.root), du.stored_url(installed.root) or "")
    assert stored.state == ds.READY and stored.setting.source == "stored"
    assert stored.setting.location == stored.setting.url and stored.setting.kind == du.POSTGRESQL
