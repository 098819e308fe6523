"""Issue 19: lists choose their column widths from what they show (header and first rows, capped,
once), and a list's toolbar and filters wrap instead of scrolling sideways at 1024×600."""
from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QWidget

from dnnd_desktop.services.records import RecordService

LONG_NAME = "Hội hữu nghị Việt Nam – Lào tỉnh Lào Cai và các huyện biên giới giáp Phông Xa Lỳ, Luông Nậm Tha"


def _partners(qtbot, ctx, runner):
    from dnnd_desktop.gui.pages.partners_page import PartnersPage

    page = PartnersPage(ctx, runner)
    qtbot.addWidget(page)
    page.resize(1300, 600)
    page.show()
    return page


def _column(page, key: str) -> int:
    return [c.key for c in page.model.columns].index(key)


def test_columns_take_their_width_from_header_and_rows_capped_and_do_not_grow(qtbot, ctx, runner):
    from dnnd_desktop.gui.records.column_layout import HEADER_ROOM, MAX_WIDTH, MIN_WIDTH

    svc = RecordService(ctx)
    svc.create("partner", {"name": LONG_NAME, "kind": "friendship_assoc"})
    svc.create("partner", {"name": "Hội A", "kind": "other", "country": "LA"})
    page = _partners(qtbot, ctx, runner)
    header = page.table.horizontalHeader()
    name = _column(page, "name")
    # the long name would need far more than the cap: the column stops at the cap
    assert page.table.fontMetrics().horizontalAdvance(LONG_NAME) > MAX_WIDTH
    assert header.sectionSize(name) == MAX_WIDTH
    widths = [header.sectionSize(c) for c in range(header.count() - 1)]   # the last one stretches
    for col, width in enumerate(widths):
        title = page.model.headerData(col, 1)
        # every header reads whole, no column is wider than the cap, none narrower than the floor
        assert width >= header.fontMetrics().horizontalAdvance(title) + HEADER_ROOM or width == MAX_WIDTH, title
        assert MIN_WIDTH <= width <= max(MAX_WIDTH, header.fontMetrics().horizontalAdvance(title) + HEADER_ROOM)
    # a short column (country "Lào") is narrower than the old fixed 130/190 px when its header is short
    assert min(widths) < 130

    # not growing by itself: a longer value typed later does not widen the columns of the open list
    svc.create("partner", {"name": "Hội B", "kind": "other", "address": LONG_NAME})
    page.refresh()
    assert [header.sectionSize(c) for c in range(header.count() - 1)] == widths


def test_the_officer_s_widths_win_over_the_content(qtbot, ctx, runner):
    RecordService(ctx).create("partner", {"name": LONG_NAME, "kind": "friendship_assoc"})
    page = _partners(qtbot, ctx, runner)
    name = _column(page, "name")
    page.table.horizontalHeader().resizeSection(name, 150)
    page.column_layout.save()
    again = _partners(qtbot, ctx, runner)
    assert again.table.horizontalHeader().sectionSize(name) == 150


def test_widths_are_chosen_when_the_first_rows_arrive(qtbot, ctx, runner):
    from dnnd_desktop.gui.records.column_layout import MAX_WIDTH

    page = _partners(qtbot, ctx, runner)          # an empty list: the default widths
    name = _column(page, "name")
    assert page.model.rowCount() == 0
    RecordService(ctx).create("partner", {"name": LONG_NAME, "kind": "friendship_assoc"})
    page.refresh()
    assert page.table.horizontalHeader().sectionSize(name) == MAX_WIDTH


def _inside(widget: QWidget, holder: QWidget) -> bool:
    rect = widget.geometry()
    return rect.left() >= 0 and rect.right() < holder.width() and rect.bottom() < holder.height()


def test_list_toolbars_and_filters_fit_1024_by_600(qtbot, ctx, vietnamese):
    """In Vietnamese (the longer labels), every list page at 1024×600: the toolbar's size hint fits the
    page, the page does not scroll sideways, and every button is inside the toolbar (wrapped, not cut)."""
    from dnnd_desktop.gui.main_window import MainWindow
    from dnnd_desktop.gui.records.list_page import RecordListPage

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.resize(1024, 600)
    qtbot.waitExposed(window)
    checked = []
    for spec in window.pages:
        page = window.show_page(spec.key)
        lists = [page] if isinstance(page, RecordListPage) else page.findChildren(RecordListPage)
        for lp in [lp for lp in lists if lp.isVisible()]:
            qtbot.waitUntil(lambda lp=lp: lp.toolbar.height() > 0)
            available = window.page_scroll.viewport().width()
            assert lp.toolbar.sizeHint().width() <= lp.toolbar.width() <= available, spec.key
            assert lp.filter_bar.minimumSizeHint().width() <= lp.filter_bar.width(), spec.key
            for button in lp.toolbar.findChildren(QAbstractButton):
                if button.isVisibleTo(lp.toolbar):
                    assert _inside(button, lp.toolbar), (spec.key, button.text())
            assert _inside(lp.search_box, lp.toolbar)
            checked.append(spec.key)
        if spec.key == "audit":
            assert page.filters_row.sizeHint().width() <= page.filters_row.width()
            checked.append(spec.key)
        if checked and checked[-1] == spec.key:
            assert window.page_scroll.horizontalScrollBar().maximum() == 0, spec.key
    assert {"activities", "twinning", "households", "partners", "audit"} <= set(checked)
    # at 1366 the toolbar is one line again
    window.resize(1366, 768)
    lp = window.show_page("partners")
    qtbot.waitUntil(lambda: lp.toolbar.width() > 1000)
    rows = {w.geometry().top() for w in [lp.search_box, *lp.toolbar.findChildren(QAbstractButton)]
            if w.isVisibleTo(lp.toolbar)}
    assert max(rows) - min(rows) < lp.search_box.height(), rows   # one line (heights differ by a pixel by style)
