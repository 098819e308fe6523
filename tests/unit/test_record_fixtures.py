"""Shared fixtures of the record tests: a set-up installation (Lào Cai, commune Bát Xát), made once
per run and copied for each test so every test starts from the same clean database (on PostgreSQL
too: tests/conftest.py)."""
from __future__ import annotations

import pytest

from dnnd_desktop.paths import DataDir
from tests.conftest import copy_installation, drop_database, fresh_database

LAO_CAI = 15


@pytest.fixture(scope="session")
def installed_template(tmp_path_factory, _migrated_template):
    from dnnd_desktop.services.installation import SetupRequest, setup_installation

    root = tmp_path_factory.mktemp("template") / "data"
    fresh_database(root)
    setup_installation(DataDir(root), SetupRequest(
        level="commune", province_code=LAO_CAI, unit_name="Bát Xát", unit_code=None,
        office_name="Ủy ban MTTQ Việt Nam xã Bát Xát", parent_body=None, symbol="MTTQ-BTT",
        place_name="Bát Xát", head_title="Chủ tịch", head_name="Lò Văn Chủ", officer_name="Cán bộ Hà",
        officer_password=None, passphrase="mat-khau-thu-nghiem"))
    return root


@pytest.fixture
def data_dir(installed_template, tmp_path) -> DataDir:
    target = copy_installation(DataDir(installed_template), DataDir(tmp_path / "data"))
    yield target
    drop_database(target.root)


@pytest.fixture
def ctx(data_dir):
    from dnnd_desktop.services.app_context import open_context

    c = open_context(data_dir)
    yield c
    c.close()


def test_fixture_installation_is_set_up(ctx):
    assert ctx.installation.province_code == LAO_CAI
    assert ctx.user_name == "Cán bộ Hà"
