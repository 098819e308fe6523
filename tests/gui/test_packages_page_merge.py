"""Conflicts and Duplicates tabs over the merge engine's services (stand-ins with the documented
shape: ConflictService(ctx).list()/resolve(id, keep_index), DuplicateService(ctx).candidates()/
merge(keep_id, drop_id)): each value is shown with office, user and time; the picked one is kept;
merging asks first; an empty state when there is nothing (or no engine)."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QMessageBox

from dnnd_desktop.gui import message_boxes
from dnnd_desktop.gui.packages import merge_tabs


class FakeConflicts:
    def __init__(self, ctx):
        self.resolved = []
        self.items = [{
            "id": "c1", "kind_label": "Hộ thân nhân kiều bào", "record_label": "Hộ ông Nguyễn Văn Đức",
            "field_label": "Số điện thoại",
            "values": [
                {"value": "0912 345 678", "office_name": "Ủy ban MTTQ Việt Nam xã Bát Xát", "user": "Trần Thị Bình",
                 "at": dt.datetime(2026, 3, 2, 9, 15)},
                {"value": "0987 654 321", "office_name": "Ủy ban MTTQ Việt Nam xã Y Tý", "user": "Lý Thị Mai",
                 "at": "2026-03-03T14:40:00"},
            ]}]

    def list(self):
        return [c for c in self.items if c["id"] not in {r[0] for r in self.resolved}]

    def resolve(self, conflict_id, keep_index):
        self.resolved.append((conflict_id, keep_index))


class FakeDuplicates:
    def __init__(self, ctx):
        self.merged = []

    def candidates(self):
        if self.merged:
            return []
        return [{"keep": {"id": "h1", "name": "Hộ ông Lò Văn Páo", "office_name": "Xã Bát Xát"},
                 "drop": {"id": "h2", "name": "Hộ ông Lò Văn Pao", "office_name": "Xã Y Tý"}}]

    def merge(self, keep_id, drop_id):
        self.merged.append((keep_id, drop_id))


@pytest.fixture
def engine(monkeypatch):
    services = {"ConflictService": FakeConflicts, "DuplicateService": FakeDuplicates}
    monkeypatch.setattr(merge_tabs, "sync_service", lambda name: services[name])


@pytest.fixture
def page(qtbot, ctx, runner):
    from dnnd_desktop.gui.pages.packages_page import PackagesPage

    p = PackagesPage(ctx, runner)
    qtbot.addWidget(p)
    p.show()
    return p


def test_conflict_values_with_office_user_and_time_then_keep_one(engine, page):
    tab = page.conflicts_tab
    assert page.tabs.tabText(page.tabs.indexOf(tab)) == "&Conflicts (1)"
    assert tab.list.item(0).text() == "Hộ ông Nguyễn Văn Đức — Số điện thoại"
    assert "Hộ thân nhân kiều bào “Hộ ông Nguyễn Văn Đức”" in tab.heading.text()
    cells = [[tab.values.item(r, c).text() for c in range(4)] for r in range(tab.values.rowCount())]
    assert cells == [
        ["0912 345 678", "Ủy ban MTTQ Việt Nam xã Bát Xát", "Trần Thị Bình", "02/03/2026 09:15"],
        ["0987 654 321", "Ủy ban MTTQ Việt Nam xã Y Tý", "Lý Thị Mai", "03/03/2026 14:40"],
    ]
    tab.values.selectRow(1)
    tab.keep_button.click()
    assert tab.service.resolved == [("c1", 1)]
    assert tab.empty.isVisibleTo(tab) and tab.empty.text() == "No conflict to resolve."
    assert page.tabs.tabText(page.tabs.indexOf(tab)) == "&Conflicts"


def test_duplicates_merge_only_after_confirmation(engine, page, monkeypatch):
    tab = page.duplicates_tab
    assert [tab.table.item(0, c).text() for c in range(4)] == [
        "Hộ ông Lò Văn Páo", "Xã Bát Xát", "Hộ ông Lò Văn Pao", "Xã Y Tý"]
    asked = []

    def answer(reply):
        def f(parent, title, text, *a, **k):
            asked.append(text)
            return reply
        return f

    monkeypatch.setattr(message_boxes, "question", answer(QMessageBox.StandardButton.No))
    tab.merge_button.click()
    assert tab.service.merged == [] and "Hộ ông Lò Văn Pao" in asked[0]
    monkeypatch.setattr(message_boxes, "question", answer(QMessageBox.StandardButton.Yes))
    tab.merge_button.click()
    assert tab.service.merged == [("h1", "h2")]
    assert tab.empty.isVisibleTo(tab) and tab.empty.text() == "No possible duplicate found."


def test_without_the_merge_engine_the_tabs_say_so(page, monkeypatch):
    monkeypatch.setattr(merge_tabs, "sync_service", lambda name: None)
    for tab in (page.conflicts_tab, page.duplicates_tab):
        tab.service = None
        tab.refresh()
        assert tab.empty.isVisibleTo(tab) and "does not synchronise" in tab.empty.text()
        assert not tab.body.isVisibleTo(tab)


# -- with the real merge engine ------------------------------------------------------------------------


def _site(root, name, commune="Bát Xát"):
    from dnnd_desktop.paths import DataDir
    from dnnd_desktop.services.app_context import open_context
    from dnnd_desktop.services.installation import SetupRequest, setup_installation

    data = DataDir(root / name)
    setup_installation(data, SetupRequest(
        level="commune", province_code=15, unit_name=commune, unit_code=None,
        office_name=f"Ủy ban MTTQ Việt Nam xã {commune} ({name})", parent_body=None, symbol="MTTQ",
        place_name=commune, head_title="Chủ tịch", head_name="Thử", officer_name=f"Cán bộ {name}",
        officer_password=None, passphrase="mat-khau-thu-123"))
    return open_context(data)


def _write(ctx, kind, rid=None, **values):
    from dnnd_desktop.services.record_writer import RecordWriter
    from dnnd_desktop.storage.models import MODEL_BY_KIND

    with ctx.session() as s:
        writer = RecordWriter(s, ctx)
        if rid is None:
            return writer.create(MODEL_BY_KIND[kind], values).id
        writer.update(s.get(MODEL_BY_KIND[kind], rid), values)
        return rid


def _exchange(src, dst):
    from dnnd_desktop.services.sync import Changeset, apply_changeset, collect_changeset

    with src.session() as s:
        cs = Changeset.from_files(collect_changeset(s, src, None).files())
    with dst.session() as s:
        return apply_changeset(s, dst, cs, preview=False)


@pytest.fixture
def two_sites(tmp_path):
    from dnnd_desktop.services import identity

    a, b = _site(tmp_path, "a"), _site(tmp_path, "b")
    card = identity.identity_card(b)
    identity.trust_card(a, card, card.fingerprint)   # so the page can name b's office
    yield a, b
    a.close()
    b.close()


def test_a_real_conflict_is_shown_and_resolved(qtbot, two_sites, runner):
    from dnnd_desktop.gui.packages.merge_tabs import ConflictsTab
    from dnnd_desktop.services.sync.conflicts import ConflictService
    from dnnd_desktop.storage.models import MODEL_BY_KIND

    a, b = two_sites
    hid = _write(a, "household", head_name="Vàng A Sử", head_birth_year=1965, commune_code=2842)
    _exchange(a, b)
    _write(a, "household", hid, village="Bản Pho")
    _write(b, "household", hid, village="Bản Mường")
    _exchange(b, a)
    tab = ConflictsTab(a, runner)
    qtbot.addWidget(tab)
    assert len(tab.items) == 1
    assert tab.list.item(0).text().startswith("Vàng A Sử — ")
    assert "village" not in tab.list.item(0).text()                 # the field's label, not its code
    cells = {tab.values.item(r, 0).text(): [tab.values.item(r, c).text() for c in (1, 2, 3)]
             for r in range(tab.values.rowCount())}
    assert set(cells) == {"Bản Pho", "Bản Mường"}
    assert cells["Bản Mường"][0] == "Ủy ban MTTQ Việt Nam xã Bát Xát (b)"
    assert cells["Bản Mường"][1] == "Cán bộ b" and cells["Bản Mường"][2]
    row = next(r for r in range(tab.values.rowCount()) if tab.values.item(r, 0).text() == "Bản Pho")
    tab.values.selectRow(row)
    tab.keep_button.click()
    with a.session() as s:
        assert s.get(MODEL_BY_KIND["household"], hid).village == "Bản Pho"
    assert ConflictService(a).list() == [] and tab.items == []


def test_real_duplicate_candidates_are_merged(qtbot, two_sites, runner, monkeypatch):
    from dnnd_desktop.gui.packages.merge_tabs import DuplicatesTab
    from dnnd_desktop.storage.models import MODEL_BY_KIND

    a, b = two_sites
    first = _write(a, "household", head_name="Lò Văn Páo", head_birth_year=1960, commune_code=2842)
    second = _write(b, "household", head_name="LÒ VĂN PÁO", head_birth_year=1960, commune_code=2842)
    _exchange(b, a)
    tab = DuplicatesTab(a, runner)
    qtbot.addWidget(tab)
    assert tab.table.rowCount() == 1
    texts = [tab.table.item(0, c).text() for c in range(4)]
    assert "(1960)" in texts[0] and "(1960)" in texts[2]
    assert "Ủy ban MTTQ Việt Nam xã Bát Xát (b)" in (texts[1], texts[3])
    monkeypatch.setattr(message_boxes, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    tab.merge_button.click()
    with a.session() as s:
        rows = [s.get(MODEL_BY_KIND["household"], i) for i in (first, second)]
        assert sorted(r.deleted for r in rows) == [False, True]
    assert tab.items == []


def test_a_conflict_from_the_engine_names_its_field_in_the_ui_language(page, vietnamese):
    # The real ConflictService gives codes (record_kind, field), not labels: the tab names them.
    class CodesOnly(FakeConflicts):
        def __init__(self, ctx):
            super().__init__(ctx)
            del self.items[0]["kind_label"], self.items[0]["field_label"]
            self.items[0].update(record_kind="household", field="phone")

    page.conflicts_tab.service = CodesOnly(None)
    page.conflicts_tab.refresh()
    assert page.conflicts_tab.list.item(0).text() == "Hộ ông Nguyễn Văn Đức — Số điện thoại"
    from dnnd_desktop.gui import i18n

    i18n.set_language("en")
    page.conflicts_tab.refresh()
    assert page.conflicts_tab.list.item(0).text() == "Hộ ông Nguyễn Văn Đức — Phone number"
