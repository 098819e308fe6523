"""The two settings of services.installation that make a throwaway installation cheap (the test
suite and the selftest use them): they change the cost of a setup, never its result, and nothing
turns them on from the environment."""
from __future__ import annotations

import json
import sqlite3

from sqlalchemy import select

from dnnd_desktop.paths import DataDir
from dnnd_desktop.services import installation
from dnnd_desktop.storage.engine import make_engine, make_session_factory
from dnnd_desktop.storage.migrate import current_revision, head_revision, upgrade
from dnnd_desktop.storage.models import Installation
from tests.conftest import make_setup_request


def _schema(db) -> list[tuple[str, str]]:
    con = sqlite3.connect(db)
    try:
        return sorted(con.execute("SELECT name, COALESCE(sql, '') FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"))
    finally:
        con.close()


def _stored_kdf(data: DataDir) -> tuple[int, int]:
    engine = make_engine(data.database)
    try:
        with make_session_factory(engine)() as s:
            blob = json.loads(s.scalars(select(Installation.protected_secret)).one())
    finally:
        engine.dispose()
    return blob["opslimit"], blob["memlimit"]


def test_a_setup_from_the_migrated_template_equals_a_migrated_one(tmp_path, monkeypatch, _migrated_template):
    copied, migrated = DataDir(tmp_path / "copied"), DataDir(tmp_path / "migrated")
    installation.setup_installation(copied, make_setup_request(), migrated_template=_migrated_template)
    monkeypatch.setattr(installation, "MIGRATED_TEMPLATE", None)
    installation.setup_installation(migrated, make_setup_request())
    assert _schema(copied.database) == _schema(migrated.database)
    assert current_revision(copied.database) == current_revision(migrated.database) == head_revision()
    assert not list(copied.backups.iterdir())


def test_a_template_behind_the_head_revision_is_not_used(tmp_path):
    old = tmp_path / "old.sqlite3"
    upgrade(old, target="0001")
    data = DataDir(tmp_path / "data")
    installation.setup_installation(data, make_setup_request(), migrated_template=old)
    assert current_revision(data.database) == head_revision()
    assert not list(data.backups.iterdir())   # migrated from scratch, not upgraded from the template


def test_the_passphrase_cost_is_a_parameter_and_the_default_is_the_real_one(tmp_path, monkeypatch):
    assert installation.REAL_KDF_LIMITS == (installation.keys.DEFAULT_OPSLIMIT, installation.keys.DEFAULT_MEMLIMIT)
    monkeypatch.setattr(installation, "KDF_LIMITS", installation.REAL_KDF_LIMITS)
    monkeypatch.setenv("DNND_KDF_PROFILE", "fast")        # the old switch: read by nobody now
    assert installation.kdf_limits() == installation.REAL_KDF_LIMITS
    data = DataDir(tmp_path / "data")
    installation.setup_installation(data, make_setup_request(), kdf=installation.FAST_KDF_LIMITS)
    assert _stored_kdf(data) == installation.FAST_KDF_LIMITS
