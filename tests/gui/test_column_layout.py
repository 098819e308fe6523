"""Issue 19: list columns can be hidden, resized and reordered, and the list remembers them."""
from __future__ import annotations

from dnnd_desktop.services.records import RecordService


def _page(qtbot, ctx, runner):
    from dnnd_desktop.gui.pages.partners_page import PartnersPage

    page = PartnersPage(ctx, runner)
    qtbot.addWidget(page)
    page.show()
    return page


def test_hidden_resized_and_moved_columns_are_remembered(qtbot, ctx, runner):
    RecordService(ctx).create("partner", {"name": "Hội hữu nghị Việt - Lào", "kind": "foreign_ngo"})
    page = _page(qtbot, ctx, runner)
    header = page.table.horizontalHeader()
    count = header.count()
    assert count >= 3
    menu = page.column_layout.menu()
    assert [a.text() for a in menu.actions()] == [c.header for c in page.model.columns]
    menu.actions()[1].setChecked(False)                     # hide the second column
    header.resizeSection(0, 333)
    header.moveSection(2, 0)                                 # the third column first
    page.column_layout.save()
    hidden = [c for c in range(count) if header.isSectionHidden(c)]
    order = [header.logicalIndex(v) for v in range(count)]
    assert hidden == [1] and order[0] == 2

    again = _page(qtbot, ctx, runner)                        # the next time the list is opened
    h2 = again.table.horizontalHeader()
    assert [c for c in range(count) if h2.isSectionHidden(c)] == [1]
    assert [h2.logicalIndex(v) for v in range(count)] == order
    assert h2.sectionSize(0) == 333


def test_the_last_visible_column_cannot_be_hidden(qtbot, ctx, runner):
    page = _page(qtbot, ctx, runner)
    layout = page.column_layout
    for col in range(1, page.table.horizontalHeader().count()):
        layout.set_visible(col, False)
    actions = layout.menu().actions()
    assert actions[0].isChecked() and not actions[0].isEnabled()
