"""Fixtures shared by every test layer: a scratch data folder, and a set-up installation.

Setting up an installation runs every Alembic revision, which is most of a unit test's cost on a
slow machine. So the schema is migrated once per session (_migrated_template: every
setup_installation in the run copies it, see services.installation.MIGRATED_TEMPLATE), and the
usual district installation is set up once per session and copied per test (`installed`).

With `--database=postgres` (or DNND_TEST_DATABASE_URL set) the same fixtures run on PostgreSQL:
each data folder's database.json points at a database of its own, cloned from a migrated (or set-up)
template database (tests/support/postgres.py). Tests of SQLite files are marked `sqlite_only`.
"""
from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from dnnd_desktop.paths import DataDir  # noqa: E402
from tests.support import postgres as pg  # noqa: E402
from tests.support.run_cli import SCHEMA_TEMPLATE_ENV, apply_test_settings  # noqa: E402

# Key-passphrase hashing at its minimum cost, in this process (subprocesses: tests/support/run_cli.py).
apply_test_settings()

# A loaded machine must never fail a property test: no per-example deadline, no "too slow" health
# check. Example counts stay whatever each test asks for.
settings.register_profile("dnnd", deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                        HealthCheck.data_too_large])
settings.load_profile("dnnd")

PASSPHRASE = "mat-khau-thu-nghiem"


def pytest_addoption(parser):
    parser.addoption("--database", choices=("sqlite", "postgres"), default=None,
                     help="database of the shared fixtures (default: postgres when "
                          f"{pg.TEST_URL_ENV} is set, else sqlite)")


def pytest_configure(config):
    config.addinivalue_line("markers", "sqlite_only(reason): a test of the SQLite file itself (copies, "
                                       "WAL, pragmas); skipped when the fixtures run on PostgreSQL")
    choice = config.getoption("--database")
    url = os.environ.get(pg.TEST_URL_ENV)
    if choice == "postgres" or (choice is None and url):
        if not url:
            raise pytest.UsageError(f"--database=postgres needs {pg.TEST_URL_ENV}, for example "
                                    "postgresql://postgres@127.0.0.1:5432/postgres")
        pg.configure(url)


def pytest_collection_modifyitems(config, items):
    if not pg.enabled():
        return
    for item in items:
        mark = item.get_closest_marker("sqlite_only")
        if mark is not None:
            reason = mark.args[0] if mark.args else mark.kwargs.get("reason", "a SQLite file test")
            item.add_marker(pytest.mark.skip(reason=f"SQLite only: {reason}"))


@pytest.fixture(scope="session")
def on_postgres() -> bool:
    """True when the shared fixtures run on PostgreSQL."""
    return pg.enabled()


@pytest.fixture(autouse=True)
def _vietnamese_messages():
    """Errors and labels from below the GUI render in the product language (Vietnamese) unless a
    test chooses otherwise; the GUI tests' own fixture then follows the UI language."""
    from dnnd_desktop.domain import messages

    messages.set_language(messages.DEFAULT_LANGUAGE)
    yield
    messages.set_language(messages.DEFAULT_LANGUAGE)


def settle_database(db: Path) -> None:
    """Fold the WAL back into the database file, so copying the file alone copies everything. Call
    it only after every engine on the file has been disposed. (Nothing to do for a data folder on
    PostgreSQL: there is no file.)"""
    if not db.exists():
        return
    con = sqlite3.connect(db)
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        con.close()   # the last connection to close removes -wal and -shm
    assert not db.with_name(db.name + "-wal").exists(), f"{db} is still open somewhere"


@pytest.fixture(scope="session", autouse=True)
def _migrated_template(tmp_path_factory) -> Path:
    """An empty database at the head revision, made once; every setup in the run copies it."""
    from dnnd_desktop.services import installation
    from dnnd_desktop.storage.migrate import upgrade

    template = tmp_path_factory.mktemp("schema") / "migrated.sqlite3"
    upgrade(template)
    settle_database(template)
    previous = installation.MIGRATED_TEMPLATE
    apply_test_settings(template)
    os.environ[SCHEMA_TEMPLATE_ENV] = str(template)   # for `dnnd setup` in subprocesses
    if pg.enabled():
        global PG_MIGRATED
        PG_MIGRATED = pg.new_name("migrated")
        upgrade(pg.create_database(PG_MIGRATED))
    yield template
    installation.MIGRATED_TEMPLATE = previous
    os.environ.pop(SCHEMA_TEMPLATE_ENV, None)
    if pg.enabled():
        pg.drop_all_of_this_run()


PG_MIGRATED: str | None = None
"""On PostgreSQL: the database at the head revision that every test database is cloned from."""


def fresh_database(root: Path) -> None:
    """On PostgreSQL, point the data folder `root` at a new empty database at the head revision
    (nothing to do on SQLite: setup makes the file)."""
    if pg.enabled():
        pg.point_data_dir(Path(root), pg.create_database(pg.new_name(), template=PG_MIGRATED))


def drop_database(root: Path) -> None:
    """On PostgreSQL, drop the database the data folder `root` points at (after its test)."""
    name = pg.database_of(Path(root)) if pg.enabled() else None
    if name:
        pg.drop_database(name)


@pytest.fixture
def data_dir(tmp_path) -> DataDir:
    """A scratch data folder, not set up. On PostgreSQL its database.json names an empty database
    of its own at the head revision, dropped after the test."""
    d = DataDir(tmp_path / "data")
    fresh_database(d.root)
    yield d
    drop_database(d.root)


def make_setup_request(**overrides):
    from dnnd_desktop.services.installation import SetupRequest

    values = dict(
        level="district", province_code=15, unit_name="huyện Bát Xát", unit_code=None,
        office_name="Ủy ban MTTQ Việt Nam huyện Bát Xát", parent_body="Ủy ban MTTQ Việt Nam tỉnh Lào Cai",
        symbol="MTTQ-BTT", place_name="Bát Xát", head_title="Chủ tịch", head_name="Nguyễn Văn Hùng",
        officer_name="Lò Thị Mai", officer_password=None, passphrase=PASSPHRASE,
    )
    values.update(overrides)
    return SetupRequest(**values)


def copy_installation(template: DataDir, target: DataDir) -> DataDir:
    """A copy of a set-up (and settled) data folder: the whole folder, database included (on
    PostgreSQL: a database cloned from the template's, replacing the target's own)."""
    if not pg.enabled() or pg.database_of(template.root) is None:   # a SQLite folder: copy the file
        shutil.copytree(template.root, target.root)
        return target
    from dnnd_desktop.database_url import SETTING_FILE

    shutil.copytree(template.root, target.root, dirs_exist_ok=True, ignore=shutil.ignore_patterns(SETTING_FILE))
    old, source = pg.database_of(target.root), pg.database_of(template.root)
    name = old or pg.new_name()
    pg.point_data_dir(target.root, pg.create_database(name, template=source))
    return target


@pytest.fixture(scope="session")
def _installed_template(tmp_path_factory, _migrated_template) -> DataDir:
    """The district office of `installed`, set up once through the service."""
    from dnnd_desktop.services.installation import setup_installation

    template = DataDir(tmp_path_factory.mktemp("installed") / "data")
    if pg.enabled():
        pg.point_data_dir(template.root, pg.create_database(pg.new_name("installed"), template=PG_MIGRATED))
    setup_installation(template, make_setup_request())
    settle_database(template.database)
    return template


@pytest.fixture
def installed(data_dir, _installed_template) -> DataDir:
    """A data folder set up as a district office in Lào Cai (a copy of one set up for the session)."""
    return copy_installation(_installed_template, data_dir)


@pytest.fixture
def ctx(installed):
    """An open AppContext on the set-up installation, closed after the test."""
    from dnnd_desktop.services.app_context import open_context

    context = open_context(installed)
    yield context
    context.close()
