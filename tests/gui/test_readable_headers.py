"""Issue 19: headers were cut in the reports' nested tables (the report editor's figures sit in a
tab inside the editor inside the page): at 1024×600 «Chỉ tiêu» was squeezed to 42 px, and the page
scrolled sideways. Every header of every table on the reports page reads whole at 1366×768 and at
1024×600, in Vietnamese."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from dnnd_desktop.services.reports import ReportService
from tests.gui.test_reports_page import add_activity

READ_WHOLE = 8   # a header's padding: narrower than its text + this, Qt cuts it with "…"


def cut_headers(page) -> list[str]:
    out = []
    for view in page.findChildren(QTableView):
        if not view.isVisible():
            continue
        header = view.horizontalHeader()
        for col in range(header.count()):
            if header.isSectionHidden(col):
                continue
            text = str(view.model().headerData(col, Qt.Orientation.Horizontal) or "")
            need = header.fontMetrics().horizontalAdvance(text) + READ_WHOLE
            if header.sectionSize(col) < need:
                out.append(f"{view.objectName()}: «{text}» {header.sectionSize(col)} px < {need} px")
    return out


@pytest.mark.parametrize("size", [(1366, 768), (1024, 600)])
def test_report_tables_headers_read_whole(qtbot, ctx, vietnamese, size):
    from dnnd_desktop.gui.main_window import MainWindow

    for day in range(1, 6):
        add_activity(ctx, dt.date(2026, 2, day), country=("CN", "LA", "KH")[day % 3])
    rid = ReportService(ctx).create("2026-H1").id
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.resize(*size)
    qtbot.waitExposed(window)
    page = window.show_page("reports")
    assert not cut_headers(page), cut_headers(page)                       # the list of reports
    page.open_report(rid)
    qtbot.waitUntil(lambda: page.editor.isVisible() and page.editor.table.rowCount() > 0)
    for tab in range(page.editor.tabs.count()):
        page.editor.tabs.setCurrentIndex(tab)
        qtbot.waitUntil(lambda tab=tab: page.editor.tabs.currentWidget().isVisible())
        assert not cut_headers(page), (tab, cut_headers(page))
        assert window.page_scroll.horizontalScrollBar().maximum() == 0, tab   # no sideways scrolling
    # the indicator's label, the column a person reads, keeps a fair share of the width
    table = page.editor.table
    from dnnd_desktop.gui.reports.editor import COL_LABEL

    page.editor.tabs.setCurrentIndex(0)
    qtbot.waitUntil(lambda: table.isVisible())
    assert table.horizontalHeader().sectionSize(COL_LABEL) >= 0.3 * table.viewport().width()


def test_a_stretching_column_stops_at_its_header_and_stretches_again(qtbot):
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QHeaderView

    from dnnd_desktop.gui.widgets.readable_headers import ReadableHeaders, header_width

    model = QStandardItemModel(1, 3)
    model.setHorizontalHeaderLabels(["Mã số rất dài", "Chỉ tiêu của báo cáo", "Ghi chú"])
    view = QTableView()
    view.setModel(model)
    header = view.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
    header.resizeSection(0, 300)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
    qtbot.addWidget(view)
    ReadableHeaders(view, 1)
    view.resize(260, 200)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: header.sectionSize(1) >= header_width(view, 1))
    assert header.sectionSize(0) >= header_width(view, 0)            # gave way, not below its header
    assert header.sectionSize(0) < 300
    view.resize(1200, 200)
    qtbot.waitUntil(lambda: header.sectionResizeMode(1) == QHeaderView.ResizeMode.Stretch)
