"""GUI test fixtures. Tests run with QT_QPA_PLATFORM=offscreen (set here if the caller did not)."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from tests.conftest import settle_database  # noqa: E402


@pytest.fixture(autouse=True)
def _english_after_each_test(qapp, _vietnamese_messages):
    """Tests see the English source strings unless they ask for Vietnamese (app.run() switches to
    the saved language, Vietnamese by default), so one test's language never leaks into the next.
    Catalogue texts from below the GUI (errors, labels) follow the UI language, as in the app."""
    from dnnd_desktop.domain import messages

    messages.set_language(i18n_language())
    yield
    from dnnd_desktop.gui import i18n

    if i18n.current_language() != "en":
        i18n.set_language("en")


def i18n_language() -> str:
    from dnnd_desktop.gui import i18n

    return i18n.current_language()


@pytest.fixture
def runner(qtbot):
    from dnnd_desktop.gui.task_runner import TaskRunner

    r = TaskRunner()
    yield r
    r.cancel_all()
    r.wait_all(5000)
    if r.last_message is not None:
        r.last_message.close()


@pytest.fixture
def vietnamese(qapp):
    """The UI in Vietnamese (the default), restored to English source strings afterwards."""
    from dnnd_desktop.gui import i18n

    assert i18n.set_language("vi")
    yield
    i18n.set_language("en")


@pytest.fixture(scope="session")
def _installed_template(tmp_path_factory, _migrated_template):
    """One installation made through the service (commune Bát Xát, Lào Cai), copied per test."""
    from dnnd_desktop.domain.units import find_communes, find_province
    from dnnd_desktop.paths import DataDir
    from dnnd_desktop.services.installation import SetupRequest, setup_installation

    root = tmp_path_factory.mktemp("template") / "data"
    province = find_province("Lào Cai")
    commune = find_communes(province.code, "Bát Xát")[0]
    setup_installation(DataDir(root), SetupRequest(
        level="commune", province_code=province.code, unit_name=commune.name, unit_code=commune.code,
        office_name="Ủy ban MTTQ Việt Nam xã Bát Xát", parent_body="Ủy ban MTTQ Việt Nam tỉnh Lào Cai",
        symbol="MTTQ-BTT", place_name="Bát Xát", head_title="Chủ tịch", head_name="Nguyễn Văn An",
        officer_name="Trần Thị Bình", officer_password=None, passphrase="mật khẩu dài",
    ))
    settle_database(DataDir(root).database)
    return root


@pytest.fixture
def data_dir(_installed_template, tmp_path):
    import shutil

    from dnnd_desktop.paths import DataDir

    root = tmp_path / "data"
    shutil.copytree(_installed_template, root)
    return DataDir(root)


@pytest.fixture
def ctx(data_dir):
    from dnnd_desktop.services.app_context import open_context

    context = open_context(data_dir)
    yield context
    context.close()


@pytest.fixture
def main_window(qtbot, ctx):
    from dnnd_desktop.gui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.runner.cancel_all()
    window.runner.wait_all(5000)
