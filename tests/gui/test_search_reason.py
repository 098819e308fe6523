"""Issue 19: search says why a row matched ("dong" found persons none named Đông: the word was in a
field the list does not show)."""
from __future__ import annotations

import datetime as dt

from dnnd_desktop.services.records import RecordService
from dnnd_desktop.services.records.search_reason import matched_fields


def _activities_page(qtbot, ctx, runner):
    from dnnd_desktop.gui.pages.activities_page import ActivitiesPage

    svc = RecordService(ctx)
    day = dt.date(dt.date.today().year, 3, 2)
    svc.create("activity", {"title": "Gặp mặt kiều bào", "activity_type": "overseas_meeting", "start_date": day,
                            "content": "Trao đổi với bà con ở Đông Hưng về học tiếng Việt"})
    svc.create("activity", {"title": "Giao lưu Đông Xuân", "activity_type": "meeting", "start_date": day})
    svc.create("activity", {"title": "Tập huấn", "activity_type": "meeting", "start_date": day,
                            "location": "Hà Nội"})
    page = ActivitiesPage(ctx, runner)
    qtbot.addWidget(page)
    page.show()
    return page


def test_the_selected_row_says_which_field_matched(qtbot, ctx, runner):
    page = _activities_page(qtbot, ctx, runner)
    page.search_box.setText("dong")
    qtbot.waitUntil(lambda: page.model.query.search == "dong" and page.model.rowCount() == 2, timeout=5000)
    names = [page.model.row(r).name for r in range(page.model.rowCount())]
    for r, name in enumerate(names):
        page.table.selectRow(r)
        assert page.match_label.isVisible()
        expected = "Content" if name == "Gặp mặt kiều bào" else "Activity name"
        assert page.match_label.text() == f"Matches the search in: {expected}", name
    page.search_box.clear()
    qtbot.waitUntil(lambda: page.model.query.search == "", timeout=5000)
    page.table.selectRow(0)
    assert not page.match_label.isVisible()          # no search, no reason shown


def test_matched_fields_words_start_tone_marks_optional(ctx):
    svc = RecordService(ctx)
    rid = svc.create("activity", {"title": "Giao lưu", "activity_type": "meeting", "location": "Đồng Văn",
                                  "start_date": dt.date(2026, 3, 2),
                                  "content": "Họp với Hội người Việt"}).id
    assert matched_fields(ctx, "activity", rid, "dong") == ["location"]
    assert matched_fields(ctx, "activity", rid, "viet") == ["content"]
    assert matched_fields(ctx, "activity", rid, "ong") == []                      # not the start of a word
    assert matched_fields(ctx, "activity", rid, "  ") == []
