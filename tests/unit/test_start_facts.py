"""The start's facts (issue 17): what the main window shows before the data open, read without
SQLAlchemy, are the AppContext's own values; anything unusual answers None (the start then opens
the data first, as before)."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from dnnd_desktop.services.start_facts import read_start_facts

ROOT = Path(__file__).resolve().parents[2]


def test_the_facts_are_the_contexts_own_values(ctx, on_postgres):
    facts = read_start_facts(ctx.data_dir)
    if on_postgres:   # a server database: the start opens it first, as before
        assert facts is None
        return
    assert facts is not None
    assert facts.installation == ctx.installation           # every field, the fingerprint included
    assert facts.current_user == ctx.current_user and facts.data_dir is ctx.data_dir


@pytest.mark.sqlite_only("a SQLite store's file")
def test_the_users_are_the_active_ones_oldest_first_as_the_login_sees_them(ctx):
    from dnnd_desktop.services.users import UserService

    users = UserService(ctx)
    second = users.add_user("Lò Văn Sáng", ("officer",), "mat-khau-rat-dai")
    gone = users.add_user("Giàng A Pao", ("officer",), None)
    with ctx.session() as s:
        from dnnd_desktop.storage.models import User

        s.get_one(User, gone.id).active = False
    facts = read_start_facts(ctx.data_dir)
    assert facts is not None and list(facts.users) == users.list_users()
    assert [u.id for u in facts.users][1:] == [second.id] and facts.users[1].has_password


@pytest.mark.sqlite_only("a SQLite store's file")
def test_no_facts_for_a_folder_not_set_up_a_schema_to_upgrade_or_a_damaged_file(ctx, tmp_path):
    from dnnd_desktop.paths import DataDir
    from dnnd_desktop.storage import sqlite_cipher

    assert read_start_facts(DataDir(tmp_path / "empty")) is None            # no database at all
    copy = DataDir(tmp_path / "copy")
    copy.root.mkdir()
    shutil.copy2(ctx.data_dir.database, copy.database)
    assert read_start_facts(copy) is not None
    con = sqlite_cipher.connect(copy.database)
    con.execute("UPDATE alembic_version SET version_num = '0001'")        # older: an upgrade is due
    con.commit()
    con.close()
    assert read_start_facts(copy) is None
    damaged = DataDir(tmp_path / "damaged")
    damaged.root.mkdir()
    damaged.database.write_bytes(b"SQLite format 3\x00" + b"\x00" * 4000)
    assert read_start_facts(damaged) is None


def test_reading_the_facts_imports_no_sqlalchemy():
    code = ("import sys\nfrom dnnd_desktop.services.start_facts import read_start_facts\n"
            "print('sqlalchemy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.sqlite_only("a SQLite store's file")
def test_the_login_before_the_data_open_follows_the_user_services_rules(ctx, tmp_path):
    """authenticate_at_start: the right password passes, a wrong or missing one is refused with the
    UserService's code, an inactive or unknown user is not found, and a store that cannot be read
    refuses rather than letting the login pass."""
    import dataclasses

    from dnnd_desktop.domain.errors import DnndError
    from dnnd_desktop.paths import DataDir
    from dnnd_desktop.services.start_facts import authenticate_at_start
    from dnnd_desktop.services.users import UserService

    users = UserService(ctx)
    officer = users.add_user("Lò Văn Sáng", ("officer",), "mat-khau-rat-dai")
    facts = read_start_facts(ctx.data_dir)
    assert facts is not None
    assert authenticate_at_start(facts, officer.id, "mat-khau-rat-dai") == users.authenticate(officer.id,
                                                                                               "mat-khau-rat-dai")
    for wrong in ("mat-khau-sai", None):
        with pytest.raises(DnndError) as refused:
            authenticate_at_start(facts, officer.id, wrong)
        assert refused.value.code == "bad_password"
    first = facts.users[0]   # no password: passes with none
    assert authenticate_at_start(facts, first.id, None) == first
    with pytest.raises(DnndError) as unknown:
        authenticate_at_start(facts, "no-such-user", None)
    assert unknown.value.code == "unknown_user"
    with ctx.session() as s:   # made inactive after the start's facts were read
        from dnnd_desktop.storage.models import User

        s.get_one(User, officer.id).active = False
    with pytest.raises(DnndError) as inactive:
        authenticate_at_start(facts, officer.id, "mat-khau-rat-dai")
    assert inactive.value.code == "unknown_user"
    gone = dataclasses.replace(facts, data_dir=DataDir(tmp_path / "gone"))   # the file is no longer there
    with pytest.raises(DnndError) as unread:
        authenticate_at_start(gone, officer.id, "mat-khau-rat-dai")
    assert unread.value.code == "start_read_failed"
