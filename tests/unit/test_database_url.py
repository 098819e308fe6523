"""Which database a data folder uses: one resolution order, URLs normalised, passwords masked."""
from __future__ import annotations

from pathlib import Path

import pytest

from dnnd_desktop import database_url as du
from dnnd_desktop.paths import DataDir


def test_default_is_the_sqlite_file_of_the_data_folder(tmp_path, monkeypatch):
    monkeypatch.delenv(du.ENV_VAR, raising=False)
    d = DataDir(tmp_path)
    assert d.database_url == f"sqlite:///{tmp_path / 'dnnd.sqlite3'}"
    assert d.uses_sqlite_file and du.sqlite_path(d.database_url) == d.database


def test_option_beats_environment_beats_stored_setting(tmp_path, monkeypatch):
    du.store_url(tmp_path, "postgresql://u@stored/db")
    monkeypatch.delenv(du.ENV_VAR, raising=False)
    assert DataDir(tmp_path).database_url == "postgresql+psycopg://u@stored/db"
    monkeypatch.setenv(du.ENV_VAR, "postgres://u@env/db")
    assert DataDir(tmp_path).database_url == "postgresql+psycopg://u@env/db"
    d = DataDir(tmp_path, "postgresql+psycopg://u@option/db")
    assert d.database_url == "postgresql+psycopg://u@option/db" and not d.uses_sqlite_file
    du.store_url(tmp_path, None)
    assert du.stored_url(tmp_path) is None


def test_password_never_shown():
    url = "postgresql://officer:s3cr%40t@db.example:5432/dnnd"
    assert "s3cr" not in du.mask(url) and "officer:***@db.example" in du.mask(url)
    with pytest.raises(du.BadDatabaseUrl) as e:
        du.normalise("mysql://officer:hunter2@db/x")
    assert "hunter2" not in e.value.message and e.value.code == "database_url_invalid"


def test_unreachable_server_is_a_clear_error_without_the_password(tmp_path):
    from dnnd_desktop.services.database_setting import check_database_url, set_database_url

    pytest.importorskip("psycopg")
    with pytest.raises(du.DatabaseUnreachable) as e:
        check_database_url("postgresql://officer:hunter2@127.0.0.1:1/dnnd")
    assert "hunter2" not in e.value.message and "127.0.0.1" in e.value.message
    with pytest.raises(du.DatabaseUnreachable):
        set_database_url(DataDir(tmp_path), "postgresql://officer:hunter2@127.0.0.1:1/dnnd")
    assert not (Path(tmp_path) / du.SETTING_FILE).exists()


def test_paths_and_urls_both_name_a_database(tmp_path):
    assert du.to_url(tmp_path / "x.sqlite3") == f"sqlite:///{tmp_path / 'x.sqlite3'}"
    assert du.sqlite_path(du.to_url(tmp_path / "x.sqlite3")) == tmp_path / "x.sqlite3"
    assert du.sqlite_path("postgresql+psycopg://h/db") is None
    assert du.dialect("postgres://h/db") == du.POSTGRESQL


def test_a_reachable_server_is_stored_and_shown_masked(data_dir, on_postgres, monkeypatch):
    if not on_postgres:
        pytest.skip("runs with --database=postgres")
    from dnnd_desktop.services.database_setting import set_database_url

    monkeypatch.delenv(du.ENV_VAR, raising=False)
    url = data_dir.database_url
    if ":***@" not in du.mask(url):   # a server that trusts local users: any password shows masking
        url = url.replace("postgres@", "postgres:not-checked-by-trust@")
    password = url.split("://", 1)[1].split("@", 1)[0].split(":", 1)[1]
    setting = set_database_url(DataDir(data_dir.root), url)
    assert setting.source == "stored" and setting.kind == du.POSTGRESQL
    assert f":{password}@" not in setting.url and ":***@" in setting.url
    assert set_database_url(DataDir(data_dir.root), None).source == "default"
