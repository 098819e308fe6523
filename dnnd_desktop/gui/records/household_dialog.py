"""A household with relatives abroad, edited in one place: the household, its overseas persons,
each person's contributions and commendations and the household's consent records (all kept in
memory and saved together, in one transaction, by the service), and its attachments (files stored
by content hash, added and removed on their own tab, each its own action).

Sensitive fields (ethnicity, religion, ID numbers) show as ••• until "Show sensitive data" is
pressed; the service writes an audit entry when they are shown.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DnndError, ValidationError
from ...domain.record_kinds import kind_spec
from ...services.records import HouseholdView, PersonInput, RecordInput, RecordService
from ...services.records.display import display_value
from . import personal_data, prompts
from .attachments_panel import AttachmentsPanel
from .child_dialog import ChildDialog
from .consent_dialog import ConsentDialog
from .field_text import field_label
from .form_binding import FormBinder
from .record_dialog import error_banner, kind_noun, scroll

ERROR_COLOUR = QColor("#b3261e")
CHILD_COLUMNS = {"contribution": ("date", "purpose", "amount_vnd", "description"),
                 "commendation": ("date", "level", "status", "decision_no")}
CONSENT_COLUMNS = ("person_id", "given_date", "purposes", "scope", "method", "withdrawn_date")


class ChildTable(QGroupBox):
    """A person's contributions or commendations, edited in memory until the household is saved."""

    def __init__(self, dialog: HouseholdDialog, kind: str, title: str):
        super().__init__(title)
        self.dialog, self.kind = dialog, kind
        self.items: list[dict] = []
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, len(CHILD_COLUMNS[kind]))
        self.table.setHorizontalHeaderLabels([field_label(kind, c) for c in CHILD_COLUMNS[kind]])
        self.table.horizontalHeader().setStretchLastSection(True)
        for c, name in enumerate(CHILD_COLUMNS[kind][:-1]):
            self.table.setColumnWidth(c, 90 if name in ("date", "status") else 120)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setMinimumHeight(90)
        self.table.doubleClicked.connect(lambda i: self.edit(i.row()))
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.add_button.clicked.connect(lambda: self.edit(None))
        self.edit_button.clicked.connect(lambda: self.edit(self.table.currentRow()))
        self.remove_button.clicked.connect(self.remove_selected)
        for b in (self.add_button, self.edit_button, self.remove_button):
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)

    def set_items(self, items: list[dict]) -> None:
        self.items = items
        self.show_items()

    def show_items(self, errors: dict[int, str] | None = None) -> None:   # not render(): QWidget has one
        spec = kind_spec(self.kind)
        pc = self.dialog.ctx.installation.province_code
        self.table.setRowCount(len(self.items))
        for r, item in enumerate(self.items):
            for c, name in enumerate(CHILD_COLUMNS[self.kind]):
                value = item["values"].get(name)
                try:
                    text = display_value(spec.field(name), value, pc)
                except (TypeError, ValueError):
                    text = str(value or "")
                cell = QTableWidgetItem(text)
                if errors and r in errors:
                    cell.setForeground(QBrush(ERROR_COLOUR))
                    cell.setToolTip(errors[r])
                self.table.setItem(r, c, cell)

    def edit(self, row: int | None) -> ChildDialog | None:
        if row is not None and not 0 <= row < len(self.items):
            return None
        values = self.items[row]["values"] if row is not None else None
        dialog = ChildDialog(self.dialog.ctx, self.kind, values, parent=self)
        self.dialog.child_editor = dialog

        def accepted():
            cleaned = dialog.cleaned or {}
            if row is None:
                self.items.append({"id": None, "values": cleaned})
            else:
                self.items[row]["values"] = cleaned
            self.show_items()

        dialog.accepted.connect(accepted)
        dialog.open()
        return dialog

    def remove_selected(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.items):
            return
        item = self.items.pop(row)
        if item.get("id"):
            self.dialog.removed[self.kind].append(item["id"])
        self.show_items()


class HouseholdDialog(QDialog):
    def __init__(self, ctx, runner, household_id: str | None = None, select_person_id: str | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.runner = ctx, runner
        self.household_id = household_id
        self.service = RecordService(ctx)
        self.persons: list[dict[str, Any]] = []
        self.removed: dict[str, list[str]] = {"person": [], "contribution": [], "commendation": []}
        self.current = -1
        self.saved: HouseholdView | None = None
        self.child_editor: ChildDialog | None = None
        self.consent_editor: ChildDialog | None = None
        self.sensitive_shown = False

        layout = QVBoxLayout(self)
        self.banner = error_banner()
        layout.addWidget(self.banner)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)

        # Tab 1: the household.
        self.household = FormBinder(ctx, "household")
        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addWidget(scroll(self.household.widget), 1)
        actions = QHBoxLayout()
        self.reveal_button = QPushButton(self.tr("Show sensitive data"))
        self.reveal_button.setToolTip(self.tr("Ethnicity, religion and ID numbers are hidden. Showing them is "
                                              "recorded in the audit log."))
        self.reveal_button.clicked.connect(self.reveal_sensitive)
        self.export_button = QPushButton(self.tr("Export this household's data (PDF)…"))
        self.export_button.clicked.connect(lambda: self.export_data("household"))
        self.anonymise_button = QPushButton(self.tr("Anonymise household…"))
        self.anonymise_button.clicked.connect(lambda: self.anonymise("household"))
        for b in (self.reveal_button, self.export_button, self.anonymise_button):
            actions.addWidget(b)
        actions.addStretch(1)
        page_layout.addLayout(actions)
        self.tabs.addTab(page, self.tr("Household"))

        # Tab 2: relatives abroad.
        split = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.person_list = QListWidget()
        self.person_list.currentRowChanged.connect(self._person_selected)
        left_layout.addWidget(self.person_list, 1)
        self.add_person_button = QPushButton(self.tr("Add a person"))
        self.remove_person_button = QPushButton(self.tr("Remove person"))
        self.add_person_button.clicked.connect(self.add_person)
        self.remove_person_button.clicked.connect(self.remove_person)
        left_layout.addWidget(self.add_person_button)
        left_layout.addWidget(self.remove_person_button)
        split.addWidget(left)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(12, 0, 0, 0)
        self.person = FormBinder(ctx, "person")
        right_layout.addWidget(self.person.widget)
        children = QHBoxLayout()
        self.contributions = ChildTable(self, "contribution", self.tr("Contributions"))
        self.commendations = ChildTable(self, "commendation", self.tr("Commendations"))
        children.addWidget(self.contributions)
        children.addWidget(self.commendations)
        right_layout.addLayout(children)
        person_actions = QHBoxLayout()
        self.export_person_button = QPushButton(self.tr("Export this person's data (PDF)…"))
        self.export_person_button.clicked.connect(lambda: self.export_data("person"))
        self.anonymise_person_button = QPushButton(self.tr("Anonymise person…"))
        self.anonymise_person_button.clicked.connect(lambda: self.anonymise("person"))
        person_actions.addWidget(self.export_person_button)
        person_actions.addWidget(self.anonymise_person_button)
        person_actions.addStretch(1)
        right_layout.addLayout(person_actions)
        split.addWidget(scroll(right))
        split.setSizes([220, 900])
        self.persons_tab = split
        self.tabs.addTab(split, self.tr("Relatives abroad"))

        # Tab 3: consent; tab 4: attachments.
        consent_page = QWidget()
        consent_layout = QVBoxLayout(consent_page)
        note = QLabel(self.tr("Consent to the processing of personal data (Decree 356/2025), of the whole "
                              "household or of one person abroad: when it was given, for what, how; and when "
                              "it was withdrawn."))
        note.setWordWrap(True)
        note.setObjectName("pageDescription")
        consent_layout.addWidget(note)
        self.consent_table = QTableWidget(0, len(CONSENT_COLUMNS))
        self.consent_table.setHorizontalHeaderLabels(
            [self.tr("Whose consent") if c == "person_id" else field_label("consent", c) for c in CONSENT_COLUMNS])
        consent_header = self.consent_table.horizontalHeader()
        for col, name in enumerate(CONSENT_COLUMNS):
            consent_header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch if name in ("scope", "purposes")
                                                else QHeaderView.ResizeMode.ResizeToContents)
        self.consent_table.verticalHeader().hide()
        self.consent_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.consent_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.consent_table.doubleClicked.connect(lambda i: self.edit_consent(i.row()))
        consent_layout.addWidget(self.consent_table, 1)
        consent_buttons = QHBoxLayout()
        self.add_consent_button = QPushButton(self.tr("Record consent…"))
        self.add_consent_button.clicked.connect(lambda: self.edit_consent(None))
        self.edit_consent_button = QPushButton(self.tr("Edit…"))
        self.edit_consent_button.clicked.connect(lambda: self.edit_consent(self.consent_table.currentRow()))
        self.withdraw_consent_button = QPushButton(self.tr("Withdraw…"))
        self.withdraw_consent_button.setToolTip(self.tr("The person withdrew this consent today: from now on "
                                                        "they are left out of lists, printouts and packages"))
        self.withdraw_consent_button.clicked.connect(lambda: self.withdraw_consent(self.consent_table.currentRow()))
        consent_buttons.addWidget(self.add_consent_button)
        consent_buttons.addWidget(self.edit_consent_button)
        consent_buttons.addWidget(self.withdraw_consent_button)
        consent_buttons.addStretch(1)
        consent_layout.addLayout(consent_buttons)
        self.tabs.addTab(consent_page, self.tr("Consent"))
        self.consent_page = consent_page
        self.consents: list[dict] = []   # {"id", "values", "edited"}: only edited ones are sent on Save
        self.attachments = AttachmentsPanel(ctx, runner, "household", household_id)
        self.tabs.addTab(self.attachments, self.tr("Attachments"))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save)

        if household_id:
            self._load(self.service.get_household(household_id))
            if select_person_id:
                for i, p in enumerate(self.persons):
                    if p["id"] == select_person_id:
                        self.tabs.setCurrentWidget(self.persons_tab)
                        self.person_list.setCurrentRow(i)
        else:
            self.setWindowTitle(kind_noun("household")[0])
            self._render_persons()
        self._update_actions()
        self.resize(1080, 680)

    # -- loading ----------------------------------------------------------------------------------
    def _load(self, data: HouseholdView) -> None:
        # The form edits copies: the service's result is a snapshot and stays as read.
        h = data.household
        self.household_id = h.id
        self.setWindowTitle(f"{kind_noun('household')[1]}: {h.name}")
        self.household.set_values(h.values, h.hidden_fields)
        self.persons = [{"id": p.id, "values": dict(p.values), "hidden": list(p.hidden_fields),
                         "contributions": [{"id": c.id, "values": dict(c.values)} for c in p.contributions],
                         "commendations": [{"id": c.id, "values": dict(c.values)} for c in p.commendations]}
                        for p in data.persons]
        self.removed = {"person": [], "contribution": [], "commendation": []}
        self.consents = [{"id": c.id, "values": dict(c.values), "edited": False} for c in data.consents]
        self.current = -1
        self._render_persons()
        self._render_consents()
        self.attachments.set_record(self.household_id)

    def _render_persons(self, error_rows: set[int] | None = None) -> None:
        self.person_list.blockSignals(True)
        self.person_list.clear()
        for i, p in enumerate(self.persons):
            item = QListWidgetItem(p["values"].get("full_name") or self.tr("(new person)"))
            if error_rows and i in error_rows:
                item.setForeground(QBrush(ERROR_COLOUR))
            self.person_list.addItem(item)
        self.person_list.blockSignals(False)
        self.current = -1
        if self.persons:
            self.person_list.setCurrentRow(0)
        else:
            self._show_person(None)

    def _render_consents(self) -> None:
        spec = kind_spec("consent")
        pc = self.ctx.installation.province_code
        self.consent_table.setRowCount(len(self.consents))
        names = self._person_names()
        for r, c in enumerate(self.consents):
            for col, name in enumerate(CONSENT_COLUMNS):
                if name == "person_id":   # whose consent: a named person abroad, or the whole household
                    pid = c["values"].get("person_id")
                    text = names.get(pid, "?") if pid else self.tr("Whole household")
                else:
                    text = display_value(spec.field(name), c["values"].get(name), pc)
                self.consent_table.setItem(r, col, QTableWidgetItem(text))

    def _person_names(self) -> dict[str, str]:
        return {p["id"]: p["values"].get("full_name") or "" for p in self.persons if p["id"]}

    def _update_actions(self) -> None:
        saved = bool(self.household_id)
        for b in (self.export_button, self.anonymise_button, self.add_consent_button, self.edit_consent_button,
                  self.withdraw_consent_button):
            b.setEnabled(saved)
        self.reveal_button.setEnabled(bool(saved and (self.household.hidden or any(p["hidden"] for p in self.persons))))
        person = self.persons[self.current] if 0 <= self.current < len(self.persons) else None
        for b in (self.export_person_button, self.anonymise_person_button):
            b.setEnabled(bool(person and person["id"]))
        self.remove_person_button.setEnabled(person is not None)

    # -- persons ----------------------------------------------------------------------------------
    def _store_current(self) -> None:
        if 0 <= self.current < len(self.persons):
            p = self.persons[self.current]
            p["values"].update(self.person.values())
            p["hidden"] = sorted(self.person.hidden)
            p["contributions"] = self.contributions.items
            p["commendations"] = self.commendations.items
            item = self.person_list.item(self.current)
            if item is not None:
                item.setText(p["values"].get("full_name") or self.tr("(new person)"))

    def _person_selected(self, row: int) -> None:
        self._store_current()
        self.current = row
        self._show_person(self.persons[row] if 0 <= row < len(self.persons) else None)

    def _show_person(self, p: dict | None) -> None:
        self.person.widget.setEnabled(p is not None)
        self.contributions.setEnabled(p is not None)
        self.commendations.setEnabled(p is not None)
        self.person.set_values(p["values"] if p else {}, p["hidden"] if p else ())
        self.person.clear_errors()
        self.contributions.set_items(p["contributions"] if p else [])
        self.commendations.set_items(p["commendations"] if p else [])
        self._update_actions()

    def add_person(self) -> None:
        self._store_current()
        self.persons.append({"id": None, "values": {}, "hidden": [], "contributions": [], "commendations": []})
        self.person_list.addItem(QListWidgetItem(self.tr("(new person)")))
        self.current = -1
        self.tabs.setCurrentWidget(self.persons_tab)
        self.person_list.setCurrentRow(len(self.persons) - 1)
        self.person.field_widget("full_name").setFocus()

    def remove_person(self) -> None:
        row = self.current
        if not 0 <= row < len(self.persons):
            return
        p = self.persons[row]
        name = p["values"].get("full_name") or ""
        if p["id"] and not prompts.confirm(
                self, self.tr("Remove person"),
                self.tr("Remove “%1” and their contributions and commendations from this household? "
                        "This happens when you save.").replace("%1", name), self.tr("Remove")):
            return
        if p["id"]:
            self.removed["person"].append(p["id"])
        self.persons.pop(row)
        self.current = -1
        self._render_persons()

    # -- sensitive data and personal-data rights -------------------------------------------------------
    def reveal_sensitive(self) -> None:
        if not self.household_id:
            return
        self._store_current()
        data = self.service.get_household(self.household_id, show_sensitive=True)  # audited
        self.household.reveal(data.household.values)
        by_id = {p.id: p for p in data.persons}
        for p in self.persons:
            full = by_id.get(p["id"])
            if full:
                for name in p["hidden"]:
                    p["values"][name] = full.values.get(name)
                p["hidden"] = []
        if 0 <= self.current < len(self.persons):
            self.person.reveal(self.persons[self.current]["values"])
        self.sensitive_shown = True
        self._update_actions()

    def export_data(self, kind: str):
        if kind == "household":
            rid, name = self.household_id, self.household.values().get("head_name") or ""
        else:
            p = self.persons[self.current]
            rid, name = p["id"], p["values"].get("full_name") or ""
        if rid:
            return personal_data.export_personal_data(self, self.ctx, self.runner, kind, rid, name)
        return None

    def anonymise(self, kind: str) -> None:
        if kind == "household":
            rid, name = self.household_id, self.household.values().get("head_name") or ""
        else:
            p = self.persons[self.current]
            rid, name = p["id"], p["values"].get("full_name") or ""
        if rid and personal_data.anonymise(self, self.ctx, kind, rid, name) and self.household_id:  # saved: has an id
            self._load(self.service.get_household(self.household_id))
            self._update_actions()

    # -- consent ------------------------------------------------------------------------------------
    def edit_consent(self, row: int | None) -> ChildDialog | None:
        """Add or edit a consent record in memory; the household's Save writes it with the rest."""
        if not self.household_id or (row is not None and not 0 <= row < len(self.consents)):
            return None
        existing = self.consents[row] if row is not None else None
        persons = [(pid, name) for pid, name in self._person_names().items()]
        dialog = ConsentDialog(self.ctx, persons, existing["values"] if existing else None, parent=self,
                               fixed={"household_id": self.household_id})

        def accepted():
            cleaned = _consent_values(dialog.cleaned or {})
            if existing is None:
                self.consents.append({"id": None, "values": cleaned, "edited": True})
            else:
                existing.update(values=cleaned, edited=True)
            self._render_consents()

        dialog.accepted.connect(accepted)
        self.consent_editor = dialog
        dialog.open()
        return dialog

    def withdraw_consent(self, row: int) -> bool:
        """Withdraw a saved consent at once through the consent service (audited, effective today),
        not on Save: a withdrawal must not wait for the rest of the form."""
        if not 0 <= row < len(self.consents):
            return False
        c = self.consents[row]
        if not c["id"] or c["edited"]:
            prompts.inform(self, self.tr("Withdraw consent"), self.tr(
                "Save the household first; then withdraw the consent."))
            return False
        if c["values"].get("withdrawn_date"):
            prompts.inform(self, self.tr("Withdraw consent"), self.tr("This consent was already withdrawn."))
            return False
        if not prompts.confirm(self, self.tr("Withdraw consent"), self.tr(
                "Record that this consent was withdrawn today? From now on the person (or the household) is left "
                "out of lists, printouts and packages that need it."), self.tr("Withdraw")):
            return False
        from ...services.privacy.consent import withdraw_consent

        try:
            withdraw_consent(self.ctx, c["id"])
            c["values"] = dict(self.service.get("consent", c["id"]).values)
        except DnndError as exc:
            prompts.warn(self, self.tr("Withdraw consent"), exc.message)
            return False
        self._render_consents()
        return True

    # -- saving ---------------------------------------------------------------------------------------
    def payload(self) -> tuple[dict, list[PersonInput]]:
        self._store_current()
        persons = []
        for p in self.persons:
            values = {k: v for k, v in p["values"].items() if k not in p["hidden"] and k in self.person.fields}
            persons.append(PersonInput(id=p["id"], values=values,
                                       contributions=tuple(_child(c) for c in p["contributions"]),
                                       commendations=tuple(_child(c) for c in p["commendations"])))
        return self.household.values(), persons

    def consent_payload(self) -> list[RecordInput]:
        """The consents added or edited: an old consent left alone is not checked again on Save."""
        return [RecordInput(id=c["id"], values=_consent_values(c["values"])) for c in self.consents if c["edited"]]

    def save(self) -> bool:
        household, persons = self.payload()
        self.banner.hide()
        try:
            result = self.service.save_household(
                household, persons, household_id=self.household_id,
                removed_person_ids=tuple(self.removed["person"]),
                removed_contribution_ids=tuple(self.removed["contribution"]),
                removed_commendation_ids=tuple(self.removed["commendation"]), consents=self.consent_payload())
        except ValidationError as exc:
            self.show_errors(exc)
            return False
        except DnndError as exc:
            self.banner.setText(exc.message)
            self.banner.show()
            return False
        self.saved = result
        self.household_id = result.household.id
        self.accept()
        return True

    def reject(self) -> None:
        # A consent is kept with the form until Save (it used to be written on its own OK), so
        # closing the form without saving asks first instead of dropping it silently.
        if any(c["edited"] for c in self.consents) and not prompts.confirm(
                self, QCoreApplication.translate("RecordDialog", "Discard changes"),
                QCoreApplication.translate("RecordDialog", "Close without saving your changes?"),
                QCoreApplication.translate("RecordDialog", "Close without saving")):
            return
        super().reject()

    def show_errors(self, exc: ValidationError) -> None:
        # Each error names its place: (), field for the household; ("persons", i), field for a person;
        # ("persons", i, "contributions", j), field for a row of a person's table; ("consents", i), field.
        errors = exc.path_errors
        shown = self.household.set_errors(exc.errors_at())
        person_rows = sorted({int(p.parents[1]) for p in errors if p.parents[:1] == ("persons",)})
        if shown:
            self.tabs.setCurrentIndex(0)
        if person_rows:
            first = person_rows[0]
            self._render_persons(set(person_rows))
            self.person_list.setCurrentRow(first)
            self.person.set_errors(exc.errors_at("persons", first))
            for table, key in ((self.contributions, "contributions"), (self.commendations, "commendations")):
                rows = {int(p.parents[3]): message for p, message in errors.items()
                        if p.parents[:3] == ("persons", first, key)}
                table.show_items(rows)
            if not shown:
                self.tabs.setCurrentWidget(self.persons_tab)
        elif not shown and any(p.parents[:1] == ("consents",) for p in errors):
            self.tabs.setCurrentWidget(self.consent_page)
        self.banner.setText(exc.message)
        self.banner.show()


def _child(item: dict) -> RecordInput:
    return RecordInput(id=item["id"], values=_plain(item["values"]))


def _consent_values(values: dict) -> dict:
    """A consent keeps whose it is (person_id); the household is the form's."""
    return {k: v for k, v in values.items() if k != "household_id"}


def _plain(values: dict) -> dict:
    return {k: v for k, v in values.items() if k not in ("person_id", "household_id")}
