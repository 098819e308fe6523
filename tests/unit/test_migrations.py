"""Schema upgrades never lose a user's data, always back it up first, and refuse a newer database."""
import sqlite3

import pytest
from alembic.script import ScriptDirectory

from dnnd_desktop.storage.migrate import (
    DatabaseTooNew, alembic_config, current_revision, head_revision, upgrade,
)


def _revisions(db):
    script = ScriptDirectory.from_config(alembic_config(db))
    return [r.revision for r in reversed(list(script.walk_revisions()))]


def test_one_head_only(tmp_path):
    assert len(ScriptDirectory.from_config(alembic_config(tmp_path / "x")).get_heads()) == 1


def test_database_from_the_first_revision_upgrades_with_data_intact(tmp_path):
    db, backups = tmp_path / "dnnd.sqlite3", tmp_path / "backups"
    revisions = _revisions(db)
    assert len(revisions) >= 2, "needs a revision after the first to exercise an upgrade"
    upgrade(db, backups, target=revisions[0])
    con = sqlite3.connect(db)
    con.execute(
        "INSERT INTO households (id, head_name, head_name_sort, commune_code, version, field_stamps, deleted,"
        " created_at, updated_at, search_text) VALUES ('h-1', 'Nguyễn Văn Đức', 'x', 2683, '{}', '{}', 0,"
        " '2026-01-01 00:00:00', '2026-01-01 00:00:00', 'nguyen van duc')")
    con.commit()
    con.close()
    backup = upgrade(db, backups)
    assert current_revision(db) == head_revision()
    assert backup is not None and backup.exists() and backup.parent == backups
    con = sqlite3.connect(db)
    assert con.execute("SELECT head_name, commune_code FROM households").fetchall() == [("Nguyễn Văn Đức", 2683)]
    con.close()
    old = sqlite3.connect(backup)
    assert old.execute("SELECT version_num FROM alembic_version").fetchone()[0] == revisions[0]
    old.close()


def test_database_newer_than_the_app_is_refused_untouched(tmp_path):
    db = tmp_path / "dnnd.sqlite3"
    upgrade(db, tmp_path)
    con = sqlite3.connect(db)
    con.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    con.commit()
    con.close()
    before = db.read_bytes()
    with pytest.raises(DatabaseTooNew) as err:
        upgrade(db, tmp_path)
    assert "phiên bản" in err.value.message
    assert db.read_bytes() == before


def test_up_to_date_database_is_not_backed_up_again(tmp_path):
    db = tmp_path / "dnnd.sqlite3"
    assert upgrade(db, tmp_path / "b") is None      # a new file needs no backup
    assert upgrade(db, tmp_path / "b") is None
    assert not (tmp_path / "b").exists() or not any((tmp_path / "b").iterdir())


def test_sqlite_runs_in_wal_mode_with_foreign_keys(ctx):
    from sqlalchemy import text
    with ctx.session() as s:
        assert s.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert s.execute(text("PRAGMA foreign_keys")).scalar() == 1
