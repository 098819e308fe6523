"""The main window on a data folder whose database is a PostgreSQL server (issue 20: "every page
works there"): a commune and a province office, set up through the service with demo records,
every page visited, its background reads finished, the list pages searched. Runs only with the
test PostgreSQL (`--database=postgres` or DNND_TEST_DATABASE_URL)."""
from __future__ import annotations

import pytest

from dnnd_desktop.paths import DataDir
from tests.support import postgres as pg

pytestmark = pytest.mark.skipif(not pg.enabled(), reason="runs with the test PostgreSQL (--database=postgres)")


@pytest.fixture(params=["commune", "province"])
def server_office(request, tmp_path, monkeypatch, _migrated_template):
    from dnnd_desktop import database_url
    from dnnd_desktop.domain.units import find_communes, find_province
    from dnnd_desktop.services.app_context import open_context
    from dnnd_desktop.services.demo import fill_demo
    from dnnd_desktop.services.installation import SetupRequest, setup_installation
    from tests import conftest as shared

    monkeypatch.delenv(database_url.ENV_VAR, raising=False)
    root = tmp_path / "data"
    name = pg.new_name("gui")
    pg.point_data_dir(root, pg.create_database(name, template=shared.PG_MIGRATED))
    province = find_province("Lào Cai")
    level = request.param
    commune = find_communes(province.code, "Bát Xát")[0]
    setup_installation(DataDir(root), SetupRequest(
        level=level, province_code=province.code,
        unit_name=commune.name if level == "commune" else province.name,
        unit_code=commune.code if level == "commune" else None,
        office_name=f"Ủy ban MTTQ Việt Nam {'xã Bát Xát' if level == 'commune' else 'tỉnh Lào Cai'}",
        parent_body="Ủy ban MTTQ Việt Nam tỉnh Lào Cai", symbol="MTTQ-BTT", place_name="Bát Xát",
        head_title="Chủ tịch", head_name="Nguyễn Văn An", officer_name="Trần Thị Bình",
        officer_password=None, passphrase="mật khẩu dài"))
    ctx = open_context(DataDir(root))
    assert not ctx.data_dir.uses_sqlite_file
    fill_demo(ctx, households=60, activities=20)
    from dnnd_desktop.services.records.record_service import RecordService

    for head in ("Lềnh Văn Xuyếnh", "LỀNH THỊ XUYẾNH"):   # a name the demo never makes: 2 hits by hand
        RecordService(ctx).create("household", {"head_name": head})
    yield ctx
    ctx.close()
    pg.drop_database(name)


def test_every_page_opens_on_postgresql(qtbot, server_office, monkeypatch):
    from dnnd_desktop.gui.crash_hooks import reporter
    from dnnd_desktop.gui.main_window import MainWindow

    crashes: list[str] = []
    monkeypatch.setattr(reporter(), "report", lambda exc_type, exc, tb, *a, **k: crashes.append(repr(exc)))
    window = MainWindow(server_office)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    searched = 0
    try:
        for spec in window.pages:
            page = window.show_page(spec.key)
            qtbot.waitUntil(lambda: not window.runner.running_tasks, timeout=20000)
            inner = [getattr(page, name) for name in ("households", "persons") if hasattr(page, name)]
            for list_page in [page, *inner]:
                box = getattr(list_page, "search_box", None)
                if box is None or not hasattr(list_page, "apply_search_now"):
                    continue
                before = list_page.model.rowCount()
                box.setText("xuyenh")   # typed without tone marks
                list_page.apply_search_now()
                qtbot.waitUntil(lambda: not window.runner.running_tasks, timeout=20000)
                after = list_page.model.rowCount()
                if spec.key == "households" and list_page is getattr(page, "households", None):
                    assert before >= 62 and after == 2, (before, after)
                    searched += 1
                else:
                    assert after <= before, (spec.key, before, after)
            assert not crashes, (spec.key, crashes)
            assert window.runner.last_message is None, (spec.key, window.runner.last_message.text())
        assert searched == 1   # the households list was searched on the server
    finally:
        window.runner.cancel_all()
        window.runner.wait_all(5000)
