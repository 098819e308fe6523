"""Conflicts and Duplicates tabs over the merge engine's services (stand-ins with the documented
shape: ConflictService(ctx).list()/resolve(id, keep_index), DuplicateService(ctx).candidates()/
merge(keep_id, drop_id)): each value is shown with office, user and time; the picked one is kept;
merging asks first; an empty state when there is nothing (or no engine)."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QMessageBox

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

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    tab.merge_button.click()
    assert tab.service.merged == [] and "Hộ ông Lò Văn Pao" in asked[0]
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
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
