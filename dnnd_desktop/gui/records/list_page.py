"""A list page of one record kind: search as you type, filters, count, sortable paged table,
and the actions on records (new, edit, delete, Excel, print).

Keys: Ctrl+N new, Enter or double-click edit, Delete delete (confirmed), Ctrl+F search,
Esc clears the search, F5 reloads. A change committed elsewhere (another page, an import, a package)
reloads the list by itself, keeping the selected record selected.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DnndError
from ...domain.formatting import format_number
from ...domain.record_kinds import BOOL, COMMUNE, COUNTRY, DATE, INT, MONEY, VOCAB, YEAR, kind_spec
from ...services.records import ListQuery, ListRow, RecordQueryService, RecordService
from ..change_bridge import RefreshOnChange
from ..ui_settings import UiSettings
from ..widgets.flow_layout import flow_widget
from . import excel_bridge, prompts
from .column_layout import ColumnLayout
from .field_text import field_label
from .filters import FilterBar
from .live_search import LiveSearch
from .table_model import Column, PagedTableModel

# Kinds whose changes show in another kind's list (a household row counts its persons).
RELATED_KINDS = {"household": ("person",), "person": ("household",)}


def column_width(kind: str, name: str) -> int:
    f = kind_spec(kind).field(name)
    if name == kind_spec(kind).name_field:
        return 250
    return {DATE: 105, INT: 105, MONEY: 130, YEAR: 90, BOOL: 90, COUNTRY: 130, COMMUNE: 160,
            VOCAB: 190}.get(f.type, 190)


def record_columns(kind: str) -> list[Column]:
    spec = kind_spec(kind)
    return [Column(c.name, field_label(spec.kind, c.name), align_right=c.type in (INT, MONEY))
            for c in spec.columns]


class _TableKeys(QObject):
    """Enter edits, Delete deletes, on the table."""

    def __init__(self, page: RecordListPage):
        super().__init__(page)
        self.page = page

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.page.edit_selected()
                return True
            if event.key() == Qt.Key.Key_Delete:
                self.page.delete_selected()
                return True
        return False


class _SearchKeys(QObject):
    """Esc clears the search; Down goes to the table."""

    def __init__(self, page: RecordListPage):
        super().__init__(page)
        self.page = page

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Escape and obj.text():
                obj.clear()
                self.page.apply_search_now()
                return True
            if event.key() == Qt.Key.Key_Down:
                self.page.table.setFocus()
                if not self.page.table.currentIndex().isValid() and self.page.model.rowCount():
                    self.page.table.selectRow(0)
                return True
        return False


class RecordListPage(QWidget):
    """Subclasses give the kind and open their editor (open_editor)."""

    kind = ""
    printable = True      # has a record sheet to print
    importable = True

    def __init__(self, ctx, runner, parent: QWidget | None = None, title: str | None = None,
                 fixed_filters: dict[str, Any] | None = None):
        super().__init__(parent)
        self.ctx, self.runner = ctx, runner
        self.spec = kind_spec(self.kind)
        self.queries = RecordQueryService(ctx)
        self.records = RecordService(ctx)
        self.fixed_filters = dict(fixed_filters or {})
        self.editor: QDialog | None = None  # the last editor dialog opened (tests drive it)
        self.watch = RefreshOnChange(self, ctx, (self.kind, *RELATED_KINDS.get(self.kind, ())),
                                     self._refresh_after_change)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(8)
        if title:
            heading = QLabel(title)
            heading.setObjectName("pageTitle")
            layout.addWidget(heading)

        # The toolbar wraps onto a second line on a narrow screen instead of scrolling sideways.
        self.toolbar, bar = flow_widget("listToolbar")
        self.search_box = QLineEdit()
        self.search_box.setObjectName("search")
        self.search_box.setPlaceholderText(self.tr("Search (Ctrl+F), tone marks optional"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setMinimumWidth(300)
        bar.addWidget(self.search_box)
        self.new_button = self._button(self.tr("New"), self.tr("Add a record (Ctrl+N)"), self.new_record)
        self.edit_button = self._button(self.tr("Edit"), self.tr("Open the selected record (Enter)"),
                                        self.edit_selected)
        self.delete_button = self._button(self.tr("Delete"), self.tr("Delete the selected record (Delete)"),
                                          self.delete_selected)
        for b in (self.new_button, self.edit_button, self.delete_button):
            bar.addWidget(b)
        self.export_button = self._button(self.tr("Export to Excel"),
                                          self.tr("Save this list, as filtered and sorted, as an Excel file"),
                                          self.export_excel)
        self.import_button = self._button(self.tr("Import from Excel"),
                                          self.tr("Add records from an Excel list"), self.import_excel)
        self.print_list_button = self._button(self.tr("Print list"),
                                              self.tr("Print this list (PDF)"), self.print_list)
        self.print_sheet_button = self._button(self.tr("Print sheet"),
                                               self.tr("Print the selected record (PDF)"), self.print_sheet)
        for b in (self.export_button, self.import_button, self.print_list_button, self.print_sheet_button):
            bar.addWidget(b)
        self.import_button.setVisible(self.importable)
        self.print_sheet_button.setVisible(self.printable)
        layout.addWidget(self.toolbar)

        filter_row = QHBoxLayout()
        self.filter_bar = FilterBar(ctx, self.spec, self)
        filter_row.addWidget(self.filter_bar, 1)
        self.count_label = QLabel()
        self.count_label.setObjectName("count")
        self.count_label.setStyleSheet("font-weight: bold; color: #1f4e79;")
        filter_row.addWidget(self.count_label)
        layout.addLayout(filter_row)

        self.table = QTableView()
        self.table.setObjectName("records")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSortIndicatorShown(True)
        self.table.installEventFilter(_TableKeys(self))
        self.table.doubleClicked.connect(lambda index: self.edit_row(index.row()))
        layout.addWidget(self.table, 1)

        # Why the selected row matched the search (a field the list may not show).
        self.match_label = QLabel()
        self.match_label.setObjectName("matchReason")
        self.match_label.setStyleSheet("color: #5a6b7d;")
        self.match_label.hide()
        layout.addWidget(self.match_label)

        self.empty_label = QLabel()
        self.empty_label.setObjectName("pageDescription")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.hide()
        layout.addWidget(self.empty_label)

        # The first query: default sort, no search.
        query = ListQuery(filters=dict(self.fixed_filters), sort=self.spec.default_sort,
                          descending=self.spec.default_descending)
        self.model = PagedTableModel(self.columns(), self._fetch, self._count, None, self,
                                     first=self._first_block)
        self.model.reset_done.connect(self._show_count)
        self.model.set_query(query)
        self.table.setModel(self.model)
        for i, col in enumerate(self.model.columns):
            self.table.setColumnWidth(i, self.column_width(col.key))
        sort_col = next((i for i, c in enumerate(self.model.columns) if c.key == self.spec.default_sort), 0)
        self.table.horizontalHeader().setSortIndicator(
            sort_col, Qt.SortOrder.DescendingOrder if self.spec.default_descending else Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        # Reorder, resize, hide columns; remembered per list (after the default widths above).
        self.column_layout = ColumnLayout(self.table, UiSettings(ctx.data_dir), f"list_{self.kind}")
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.selectionModel().selectionChanged.connect(self._show_match_reason)
        self._update_buttons()

        # Typing: each keystroke's query at once, off the UI thread, newest result only.
        self.live_search = LiveSearch(self.model, self.current_query, self._run, self)
        self.search_box.textChanged.connect(self._search_typed)
        self.search_box.installEventFilter(_SearchKeys(self))
        self.search_box.returnPressed.connect(self.apply_search_now)
        self.filter_bar.changed.connect(self.apply_search_now)

        self._shortcut("Ctrl+N", self.new_record)
        self._shortcut("Ctrl+F", self.focus_search)
        self._shortcut("F5", self.refresh)

    # -- construction helpers --------------------------------------------------------------------
    def columns(self) -> list[Column]:
        return record_columns(self.kind)

    def column_width(self, key: str) -> int:
        header = next((c.header for c in self.model.columns if c.key == key), "")
        # Wide enough for the header text and the sort arrow, so no header is cut.
        return max(column_width(self.kind, key), self.table.fontMetrics().horizontalAdvance(header) + 28)

    def _button(self, text: str, tip: str, slot) -> QPushButton:
        b = QPushButton(text)
        b.setToolTip(tip)
        b.clicked.connect(slot)
        return b

    def _shortcut(self, keys: str, slot) -> QShortcut:
        sc = QShortcut(QKeySequence(keys), self)
        # The whole window, not only when the focus is inside the list: after moving by the sidebar
        # or Ctrl+2 the focus is elsewhere. Qt skips hidden widgets, so only the shown page answers.
        sc.setContext(Qt.ShortcutContext.WindowShortcut)
        sc.activated.connect(slot)
        return sc

    # -- querying -----------------------------------------------------------------------------------
    def _fetch(self, query: ListQuery, offset: int, limit: int) -> list[ListRow]:
        # A later block is read for the query the model shows, whose count it knows: the service
        # then reads pages past the middle from the end without counting again.
        total = self.model.rowCount() if offset and query is self.model.query else None
        return self.queries.page(self.kind, query, offset, limit, total=total)

    def _first_block(self, query: ListQuery, limit: int) -> tuple[int, list[ListRow]]:
        # Count and first block in one read: the search is matched once for both.
        return self.queries.first_page(self.kind, query, limit)

    def _count(self, query: ListQuery) -> int:
        return self.queries.count(self.kind, query)

    def current_query(self) -> ListQuery:
        q = self.model.query
        return replace(q, search=self.search_box.text(), filters={**self.filter_bar.filters(), **self.fixed_filters})

    def _search_typed(self, _text: str) -> None:
        query = self.current_query()
        if query != self.model.query or self.live_search.busy():
            self.live_search.request(query)

    def apply_search_now(self) -> None:
        """Run the typed search and the chosen filters now, on the UI thread (Enter, a filter)."""
        query = self.current_query()
        if query != self.model.query or self.live_search.busy():
            self._run(query)

    def _run(self, query: ListQuery) -> None:
        self.live_search.invalidate()   # a typed query still in flight must not overwrite this one
        try:
            self.model.set_query(query)
        except DnndError as exc:
            prompts.warn(self, self.tr("Cannot show the list"), exc.message)
        self._update_buttons()

    def refresh(self) -> None:
        self.watch.mark_fresh()
        self._run(self.current_query())

    def _refresh_after_change(self) -> None:
        selected = self.selected_id()
        self.refresh()
        if selected is None:
            return
        for row in range(min(self.model.rowCount(), self.model.loaded_rows())):   # no extra query
            if self.model.row_id(row) == selected:
                self.select_row(row)
                break

    def set_fixed_filters(self, filters: dict[str, Any]) -> None:
        self.fixed_filters = dict(filters)
        self.refresh()

    def focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def _show_count(self, n: int) -> None:
        self.count_label.setText(self.tr("%1 records").replace("%1", format_number(n)))
        searching = bool(self.search_box.text().strip() or self.filter_bar.filters())
        self.empty_label.setText(
            self.tr("Nothing matches the search or filters. Try fewer words or clear the filters.") if searching
            else self.tr("No records yet. Press “New” (Ctrl+N) to add the first one."))
        self.empty_label.setVisible(n == 0)

    def on_shown(self) -> None:
        self.refresh()

    # -- selection and actions ---------------------------------------------------------------------
    def _show_match_reason(self, *_args) -> None:
        from ...services.records.search_reason import matched_fields

        text, row = self.search_box.text().strip(), self.selected_row()
        record = self.model.row(row) if text and row is not None else None
        names = matched_fields(self.ctx, self.kind, record.id, text) if record is not None else []
        self.match_label.setText(self.tr("Matches the search in: %1").replace(
            "%1", ", ".join(field_label(self.kind, n) for n in names)) if names else "")
        self.match_label.setVisible(bool(names))

    def selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return rows[0].row() if rows else None

    def selected_id(self) -> str | None:
        row = self.selected_row()
        return self.model.row_id(row) if row is not None else None

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))

    def _update_buttons(self, *_args) -> None:
        has = self.selected_row() is not None
        for b in (self.edit_button, self.delete_button, self.print_sheet_button):
            b.setEnabled(has)

    def new_record(self) -> None:
        self.open_editor(None)

    def edit_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.edit_row(row)

    def edit_row(self, row: int) -> None:
        record = self.model.row(row)
        if record is not None:
            self.open_editor(record.id, record)

    def open_editor(self, record_id: str | None, row: ListRow | None = None) -> QDialog:
        raise NotImplementedError

    def editor_saved(self, _result=None) -> None:
        self.refresh()

    def delete_prompt(self, row: ListRow) -> str:
        return self.tr("Delete “%1”? It disappears from lists and reports; the audit log keeps a trace.") \
            .replace("%1", row.name)

    def delete_selected(self) -> None:
        row_no = self.selected_row()
        row = self.model.row(row_no) if row_no is not None else None
        if row_no is None or row is None:
            return
        if not prompts.confirm(self, self.tr("Delete record"), self.delete_prompt(row), self.tr("Delete")):
            return
        try:
            self.records.delete(self.kind, row.id)
        except DnndError as exc:
            prompts.warn(self, self.tr("Cannot delete"), exc.message)
        self.refresh()
        if self.model.rowCount():
            self.select_row(min(row_no, self.model.rowCount() - 1))

    def export_excel(self) -> None:
        excel_bridge.export_list(self, self.ctx, self.runner, self.kind, self.current_query())

    def import_excel(self):
        dialog = excel_bridge.import_excel(self, self.ctx, self.runner, self.kind)
        if dialog is not None and hasattr(dialog, "accepted"):
            dialog.accepted.connect(self.refresh)  # the imported rows show at once
        return dialog

    def print_list(self) -> None:
        excel_bridge.print_list(self, self.ctx, self.runner, self.kind, self.current_query())

    def print_sheet(self) -> None:
        rid = self.selected_id()
        if rid:
            excel_bridge.print_sheet(self, self.ctx, self.runner, self.kind, rid)
