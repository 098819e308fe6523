"""List pages driven through their widgets: typing in the search box (folded: tone marks, case,
đ/Đ, NFD), picking filters, sorting by header, the count, tombstones, paging and keyboard."""
from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import replace

import pytest
from PySide6.QtCore import QPoint, Qt

from dnnd_desktop.gui.records import prompts, table_model
from dnnd_desktop.services.records import PersonInput, RecordService


def _household(ctx, name, **values):
    return RecordService(ctx).save_household({"head_name": name, **values}, []).household.id


@pytest.fixture
def households_page(qtbot, ctx, runner):
    from dnnd_desktop.gui.pages.households_page import HouseholdsPage

    svc = RecordService(ctx)
    svc.save_household({"head_name": "Nguyễn Văn Đức", "village": "Thôn Tân Bảo"},
                       [PersonInput(values={"full_name": "Nguyễn Thị Hương", "country": "KR"})])
    svc.save_household({"head_name": "ĐỖ VĂN DƯƠNG", "village": "Bản Lếch Mông"},
                       [PersonInput(values={"full_name": "Đỗ Minh Khải", "country": "JP"})])
    svc.save_household({"head_name": "Dương Thị Lan", "village": "Thôn Trung Đô"}, [])
    page = HouseholdsPage(ctx, runner)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    return page


def names(page) -> list[str]:
    return [page.model.row(r).name for r in range(page.model.rowCount())]


def type_search(qtbot, page, text: str) -> None:
    page.search_box.clear()
    qtbot.keyClicks(page.search_box, text)
    qtbot.waitUntil(lambda: page.model.query.search == page.search_box.text(), timeout=3000)


@pytest.mark.parametrize("typed, expected", [
    ("duc", ["Nguyễn Văn Đức"]),
    ("do van duong", ["ĐỖ VĂN DƯƠNG"]),
    ("DUONG", ["Dương Thị Lan", "ĐỖ VĂN DƯƠNG"]),
    ("lech mong", ["ĐỖ VĂN DƯƠNG"]),
])
def test_search_as_you_type_ignores_tone_marks_case_and_d(qtbot, households_page, typed, expected):
    page = households_page.households
    type_search(qtbot, page, typed)
    assert sorted(names(page)) == sorted(expected)
    assert page.count_label.text() == f"{len(expected)} records"


def test_nfd_typed_query_finds_nfc_data(qtbot, households_page):
    page = households_page.households
    decomposed = unicodedata.normalize("NFD", "Đức")
    assert decomposed != "Đức"
    page.search_box.setText(decomposed)
    page.apply_search_now()
    assert names(page) == ["Nguyễn Văn Đức"]


def test_nfd_stored_name_is_found_by_nfc_query(qtbot, ctx, households_page):
    _household(ctx, unicodedata.normalize("NFD", "Phạm Thị Thủy"))
    page = households_page.households
    page.search_box.setText("Thủy")
    page.apply_search_now()
    assert names(page) == ["Phạm Thị Thủy"]


def test_typing_searches_at_once_off_the_ui_thread_and_shows_only_the_newest_text(qtbot, households_page):
    """No fixed delay (issue 17): the first keystroke's query starts at once on a worker thread;
    keystrokes typed while it runs are coalesced into one query, and the first result, stale by
    then, never reaches the table."""
    import threading

    page = households_page.households
    release = threading.Event()
    loads, on_ui_thread, applied = [], [], []
    load, apply = page.model.load, page.model.apply

    def slow_load(q):
        loads.append(q.search)
        on_ui_thread.append(threading.current_thread() is threading.main_thread())
        if len(loads) == 1:
            release.wait(10)     # the first query is still running while the rest is typed
        return load(q)

    page.model.load = slow_load
    page.model.apply = lambda q, *rows: (applied.append(q.search), apply(q, *rows))
    qtbot.keyClicks(page.search_box, "d")
    qtbot.waitUntil(lambda: loads == ["d"])
    qtbot.keyClicks(page.search_box, "uc")
    release.set()
    qtbot.waitUntil(lambda: not page.live_search.busy())
    assert loads == ["d", "duc"]            # "du" was coalesced away
    assert applied == ["duc"]               # the result for "d" was dropped
    assert on_ui_thread == [False, False]
    assert names(page) == ["Nguyễn Văn Đức"]


def test_a_sort_clicked_while_a_search_runs_is_kept(qtbot, households_page):
    page = households_page.households
    qtbot.keyClicks(page.search_box, "d")
    page.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: not page.live_search.busy() and page.model.query.search == "d")
    assert page.model.query.descending and page.model.query.sort == "head_name"


def test_escape_clears_the_search_and_ctrl_f_focuses_it(qtbot, households_page):
    page = households_page.households
    page.activateWindow()
    type_search(qtbot, page, "duc")
    assert page.model.rowCount() == 1
    qtbot.keyClick(page.search_box, Qt.Key.Key_Escape)
    assert page.search_box.text() == "" and page.model.rowCount() == 3
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search_box.hasFocus()


def test_names_sort_in_vietnamese_order_and_header_click_reverses(qtbot, households_page):
    page = households_page.households
    assert names(page) == ["Dương Thị Lan", "ĐỖ VĂN DƯƠNG", "Nguyễn Văn Đức"]  # d before đ
    header = page.table.horizontalHeader()
    section = next(i for i, c in enumerate(page.model.columns) if c.key == "head_name")
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(section) + 20, 10))
    assert page.model.query.sort == "head_name" and page.model.query.descending
    assert names(page) == ["Nguyễn Văn Đức", "ĐỖ VĂN DƯƠNG", "Dương Thị Lan"]


def test_persons_tab_filters_by_country(qtbot, households_page):
    persons = households_page.show_persons()
    assert persons.count_label.text() == "2 records"
    persons.filter_bar.set_filter("country", "JP")
    assert names(persons) == ["Đỗ Minh Khải"]
    assert persons.model.row(0).display["household_head"] == "ĐỖ VĂN DƯƠNG"
    persons.filter_bar.set_filter("country", None)
    assert persons.model.rowCount() == 2


def test_household_filter_by_country_of_a_relative_typed_without_marks(qtbot, households_page):
    page = households_page.households
    combo = page.filter_bar.widgets["person_country"]
    combo.setEditText("han quoc")  # typed without tone marks: "Hàn Quốc"
    assert page.filter_bar.filters() == {"person_country": "KR"}
    qtbot.waitUntil(lambda: names(page) == ["Nguyễn Văn Đức"], timeout=3000)


def test_deleted_record_disappears_after_confirmation(qtbot, households_page, monkeypatch):
    page = households_page.households
    asked = []
    monkeypatch.setattr(prompts, "confirm", lambda *a, **k: asked.append(a[2]) or False)
    page.select_row(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert len(asked) == 1 and "Dương Thị Lan" in asked[0]
    assert page.model.rowCount() == 3  # refused: nothing deleted
    monkeypatch.setattr(prompts, "confirm", lambda *a, **k: True)
    page.select_row(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert names(page) == ["ĐỖ VĂN DƯƠNG", "Nguyễn Văn Đức"]
    assert page.count_label.text() == "2 records"
    type_search(qtbot, page, "lan")
    assert names(page) == []
    assert page.empty_label.isVisibleTo(page)


def test_big_list_loads_only_the_blocks_it_shows(qtbot, ctx, runner, monkeypatch):
    from dnnd_desktop.gui.pages.partners_page import PartnersPage

    monkeypatch.setattr(table_model, "BLOCK_ROWS", 10)
    monkeypatch.setattr(table_model, "MAX_BLOCKS", 3)
    svc = RecordService(ctx)
    for i in range(75):
        svc.create("partner", {"name": f"Đối tác số {i:03d}", "kind": "foreign_ngo"})
    page = PartnersPage(ctx, runner)
    qtbot.addWidget(page)
    page.resize(900, 400)
    page.show()
    assert page.model.rowCount() == 75 and page.count_label.text() == "75 records"
    assert page.model.loaded_rows() <= 30
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.row(74) is not None)
    assert page.model.row(74).name == "Đối tác số 074"
    assert page.model.loaded_rows() <= 30  # never the whole table


def test_activity_filters_period_type_and_border(qtbot, ctx, runner):
    from dnnd_desktop.gui.pages.activities_page import ActivitiesPage

    svc = RecordService(ctx)
    year = dt.date.today().year
    svc.create("activity", {"title": "Giao lưu biên giới Bát Xát - Hà Khẩu", "activity_type": "border_exchange",
                            "start_date": dt.date(year, 3, 2), "border_area": True, "country": "CN"})
    svc.create("activity", {"title": "Gặp mặt kiều bào dịp Tết", "activity_type": "overseas_meeting",
                            "start_date": dt.date(year - 1, 1, 20)})
    page = ActivitiesPage(ctx, runner)
    qtbot.addWidget(page)
    assert page.model.rowCount() == 2
    page.filter_bar.set_filter("period", str(year))
    assert names(page) == ["Giao lưu biên giới Bát Xát - Hà Khẩu"]
    page.filter_bar.set_filter("period", None)
    page.filter_bar.set_filter("activity_type", "overseas_meeting")
    assert names(page) == ["Gặp mặt kiều bào dịp Tết"]
    page.filter_bar.set_filter("activity_type", None)
    page.filter_bar.set_filter("border_area", True)
    assert names(page) == ["Giao lưu biên giới Bát Xát - Hà Khẩu"]
    assert page.model.row(0).display["start_date"] == f"02/03/{year}"


def test_date_range_filter(qtbot, ctx, runner):
    from PySide6.QtCore import QDate

    from dnnd_desktop.gui.pages.activities_page import ActivitiesPage
    from dnnd_desktop.gui.records.filters import RANGE

    svc = RecordService(ctx)
    for day in (5, 15, 25):
        svc.create("activity", {"title": f"Hoạt động ngày {day}", "activity_type": "meeting",
                                "start_date": dt.date(2025, 6, day)})
    page = ActivitiesPage(ctx, runner)
    qtbot.addWidget(page)
    page.filter_bar.set_filter("period", RANGE)
    assert page.filter_bar.date_from.isVisibleTo(page.filter_bar)
    page.filter_bar.date_from.setDate(QDate(2025, 6, 10))
    page.filter_bar.date_to.setDate(QDate(2025, 6, 20))
    assert names(page) == ["Hoạt động ngày 15"]


def test_twinning_page_flags_dormant_pairs(qtbot, ctx, runner):
    from dnnd_desktop.gui.pages.twinning_page import TwinningPage

    svc = RecordService(ctx)
    live = svc.create("twinning", {"kind": "village_village", "local_name": "Bản Lếch Mông",
                                   "counterpart_name": "Bản Kiều Đầu", "counterpart_country": "CN"})
    svc.create("twinning", {"kind": "village_village", "local_name": "Thôn Tân Bảo",
                            "counterpart_name": "Bản Huội Hốc", "counterpart_country": "LA"})
    act = svc.create("activity", {"title": "Giao lưu văn nghệ", "activity_type": "culture_sports",
                                  "start_date": dt.date.today() - dt.timedelta(days=30)})
    svc.link(act.id, "twinning", live.id)
    page = TwinningPage(ctx, runner)
    qtbot.addWidget(page)
    rows = {page.model.row(r).name: r for r in range(page.model.rowCount())}
    col = {c.key: i for i, c in enumerate(page.model.columns)}
    active, dormant = rows["Bản Lếch Mông"], rows["Thôn Tân Bảo"]
    assert page.model.index(active, col["activity_count"]).data() == "1"
    assert page.model.index(active, col["dormant"]).data() == ""
    assert page.model.index(dormant, col["dormant"]).data() == "Dormant"
    assert page.model.index(dormant, col["dormant"]).data(Qt.ItemDataRole.DecorationRole) is not None
    assert "12 months" in page.model.index(dormant, 0).data(Qt.ItemDataRole.ToolTipRole) or \
        "No activity" in page.model.index(dormant, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert page.model.index(dormant, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert page.model.index(active, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    page.filter_bar.set_filter("dormant", True)
    assert names(page) == ["Thôn Tân Bảo"]


def test_a_later_block_passes_the_known_count_so_the_service_does_not_count_again(households_page):
    page = households_page.households
    seen = []
    page.queries.page = lambda kind, query, offset, limit, total=None: seen.append((offset, total)) or []
    page._fetch(page.model.query, 0, 100)
    page._fetch(page.model.query, 200, 100)
    page._fetch(replace(page.model.query, search="x"), 200, 100)   # not the shown query: no count known
    assert seen == [(0, None), (200, page.model.rowCount()), (200, None)]
