"""Backups of a server database: pg_dump out, pg_restore into an empty database only, a new site
id after a restore, and a clear message when the tools are missing. PostgreSQL only."""
from __future__ import annotations

import pytest

from dnnd_desktop.paths import DataDir
from dnnd_desktop.services.app_context import open_context
from dnnd_desktop.services.backups import backup_before, daily_backup_if_due
from dnnd_desktop.storage import postgres_files
from tests.support import postgres as pg


@pytest.fixture
def server(installed, on_postgres):
    if not on_postgres:
        pytest.skip("runs with --database=postgres")
    return installed


def test_dump_then_restore_into_an_empty_database_only(server, tmp_path):
    from dnnd_desktop.services.backups.server import RestoreTargetNotEmpty, backup_server, restore_server

    dump = backup_server(server, tmp_path / "tinh.dump")
    assert postgres_files.is_dump(dump)
    with pytest.raises(RestoreTargetNotEmpty) as e:
        restore_server(server, dump)
    assert e.value.code == "restore_target_not_empty"
    empty = pg.new_name("restore")
    target = DataDir(tmp_path / "moi", pg.create_database(empty))
    try:
        ctx = open_context(server)
        old_site, office = ctx.installation.site_id, ctx.installation.office_id
        ctx.close()
        new_site = restore_server(target, dump)
        ctx = open_context(target)
        try:
            assert ctx.installation.office_id == office
            assert ctx.installation.site_id == new_site != old_site
        finally:
            ctx.close()
    finally:
        pg.drop_database(empty)


def test_missing_tools_say_what_to_run_without_the_password(server, tmp_path, monkeypatch):
    from dnnd_desktop.services.backups.server import ServerToolsMissing, backup_server

    monkeypatch.setattr(postgres_files, "find_tool", lambda name: None)
    secret = DataDir(server.root, server.database_url.replace("postgres@", "postgres:hunter2@"))
    with pytest.raises(ServerToolsMissing) as e:
        backup_server(secret, tmp_path / "x.dump")
    assert "pg_dump -Fc" in e.value.message and "hunter2" not in e.value.message


def test_no_automatic_file_copies_on_a_server(server):
    assert backup_before(server, "import") is None
    assert daily_backup_if_due(server) is None
    assert not list(server.backups.glob("*.sqlite3"))


def test_a_server_restore_reapplies_the_erasure_journal(server, tmp_path):
    """A household erased after the dump is erased again in the restored database (docs/privacy.md)."""
    from sqlalchemy import select

    from dnnd_desktop.services.backups.server import backup_server, restore_server
    from dnnd_desktop.services.records import RecordService
    from dnnd_desktop.storage.models import Household

    ctx = open_context(server)
    try:
        gone = RecordService(ctx).create("household", {"head_name": "Hờ A Xóa"}).id
        RecordService(ctx).create("household", {"head_name": "Giàng A Giữ"})
    finally:
        ctx.close()
    dump = backup_server(server, tmp_path / "tinh.dump")
    ctx = open_context(server)
    try:
        RecordService(ctx).delete("household", gone)
    finally:
        ctx.close()
    empty = pg.new_name("restore")
    target = DataDir(server.root, pg.create_database(empty))   # the same office, a new database
    try:
        restore_server(target, dump)
        ctx = open_context(target)
        try:
            with ctx.session() as s:
                names = set(s.scalars(select(Household.head_name)))
        finally:
            ctx.close()
        assert "Hờ A Xóa" not in names and "Giàng A Giữ" in names
    finally:
        pg.drop_database(empty)
