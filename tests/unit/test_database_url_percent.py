"""Issue 19: a "%" in the data folder's path ("100% data", "%20") crashed setup: SQLAlchemy decodes
the URL's database part, so another (missing) file was opened."""
from __future__ import annotations

from pathlib import Path

import pytest

from dnnd_desktop.database_url import sqlite_path, sqlite_url, to_url
from dnnd_desktop.paths import DataDir
from dnnd_desktop.services.app_context import open_context
from dnnd_desktop.services.installation import setup_installation
from tests.conftest import make_setup_request


def test_a_percent_in_the_path_survives_the_url():
    path = Path("/tmp/Dữ liệu 100%/a%20b/dnnd.sqlite3")
    assert sqlite_path(sqlite_url(path)) == path
    assert sqlite_path(to_url(path)) == path


@pytest.mark.sqlite_only("a SQLite file in a folder whose name has percent signs")
def test_setup_and_open_in_a_folder_with_percent_signs(tmp_path):
    data = DataDir(tmp_path / "MTTQ 100%" / "a%20b")
    setup_installation(data, make_setup_request())
    assert (data.root / "dnnd.sqlite3").exists() and not (tmp_path / "MTTQ 100%" / "a b").exists()
    ctx = open_context(data)
    try:
        assert ctx.installation.office_name == "Ủy ban MTTQ Việt Nam huyện Bát Xát"
    finally:
        ctx.close()
