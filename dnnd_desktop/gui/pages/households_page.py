"""Households with relatives abroad and the overseas persons of each: two paged lists on tabs
(households; persons), both opening the household editor where a household, its persons, their
contributions and commendations are edited in one place."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from ...services.records import ListRow
from ..records.household_dialog import HouseholdDialog
from ..records.list_page import RecordListPage


class _HouseholdEditing(RecordListPage):
    """Both lists open the household editor."""

    def _open_household(self, household_id: str | None, person_id: str | None = None) -> HouseholdDialog:
        dialog = HouseholdDialog(self.ctx, self.runner, household_id, person_id, self)
        dialog.accepted.connect(self.editor_saved)
        dialog.setModal(True)
        self.editor = dialog
        dialog.open()
        return dialog


class HouseholdListPage(_HouseholdEditing):
    kind = "household"

    def open_editor(self, record_id, row=None):
        return self._open_household(record_id)

    def delete_prompt(self, row: ListRow) -> str:
        return self.tr("Delete the household of “%1” with its relatives abroad, their contributions, "
                       "commendations and consent records? Personal data is wiped; the audit log keeps a "
                       "trace.").replace("%1", row.name)


class PersonListPage(_HouseholdEditing):
    kind = "person"
    printable = False

    def open_editor(self, record_id, row=None):
        if record_id is None:  # a person is added within a household
            return self._open_household(None)
        return self._open_household(row.values.get("household_id") if row else None, record_id)

    def delete_prompt(self, row: ListRow) -> str:
        return self.tr("Delete “%1” with their contributions and commendations? Personal data is wiped; "
                       "the audit log keeps a trace.").replace("%1", row.name)


class HouseholdsPage(QWidget):
    def __init__(self, ctx, runner, parent=None):
        super().__init__(parent)
        self.ctx, self.runner = ctx, runner
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        title = QLabel(self.tr("Households with relatives abroad"))
        title.setObjectName("pageTitle")
        title.setContentsMargins(20, 0, 20, 0)
        layout.addWidget(title)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.households = HouseholdListPage(ctx, runner, self)
        self.persons = None  # made on first visit of its tab (start-up stays fast)
        self.tabs.addTab(self.households, self.tr("Households"))
        self._persons_holder = QWidget()
        self.tabs.addTab(self._persons_holder, self.tr("Vietnamese people abroad"))
        self.tabs.currentChanged.connect(self._tab_changed)
        layout.addWidget(self.tabs, 1)

    def persons_page(self) -> PersonListPage:
        if self.persons is None:
            self.persons = PersonListPage(self.ctx, self.runner, self)
            index = self.tabs.indexOf(self._persons_holder)
            self.tabs.blockSignals(True)
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, self.persons, self.tr("Vietnamese people abroad"))
            self.tabs.blockSignals(False)
            self._persons_holder.deleteLater()
        return self.persons

    def show_persons(self) -> PersonListPage:
        page = self.persons_page()
        self.tabs.setCurrentWidget(page)
        return page

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self._persons_holder:
            self.show_persons()
        elif self.tabs.widget(index) is not None and hasattr(self.tabs.widget(index), "on_shown"):
            self.tabs.widget(index).on_shown()

    def on_shown(self) -> None:
        current = self.tabs.currentWidget()
        if hasattr(current, "on_shown"):
            current.on_shown()
