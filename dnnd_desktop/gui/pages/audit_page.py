"""Audit log: who did what to which record, and each field's old → new value; paged from SQL and
filtered by user, action, record kind and date range."""
from __future__ import annotations

import datetime as dt
import json
from functools import cache

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.formatting import format_number
from ...domain.record_kinds import BOOL, COMMUNE, COUNTRY, DATE, KINDS, VOCAB
from ...services.records import AuditEntryView, AuditQuery, AuditQueryService
from ...services.records.display import display_value
from ...services.reports.document import DEPUTY, HEAD
from ...services.reports.templates import builtin_templates
from ..audit_texts import ACTIONS, action_name, kind_name
from ..change_bridge import RefreshOnChange
from ..records.column_layout import ColumnLayout
from ..records.field_text import field_label, has_field
from ..records.table_model import Column, PagedTableModel
from ..reports.texts import status_label
from ..roles_text import roles_text
from ..ui_settings import UiSettings
from ..widgets.flow_layout import flow_widget

NO_DATE = QDate(2000, 1, 1)   # the date edits' "not set" value (shown blank)
MAX_VALUE_CHARS = 80


def _short(value) -> str:
    text = "" if value is None else str(value)
    return text if len(text) <= MAX_VALUE_CHARS else text[:MAX_VALUE_CHARS - 1] + "…"


def _value_text(row: AuditEntryView, value, province_code: int | None = None) -> str:
    """An old or new value as a person reads it: the log keeps codes (a vocabulary term, a country, a
    commune, a report status) and JSON for other types."""
    if value in (None, ""):
        return ""
    kind, name = row.kind, row.field
    if kind == "report" and name == "signer":
        return signer_name(str(_json(value)))
    if name == "status" and kind not in KINDS:
        return status_label(str(value))   # reports, plans and packages keep a status code
    spec = KINDS.get(kind or "")
    field = next((f for f in spec.fields if f.name == name), None) if spec else None
    if field is not None and field.type == BOOL:
        yes = str(value).strip().lower() in {"true", "1"}
        return QCoreApplication.translate("AuditPage", "Yes") if yes else QCoreApplication.translate("AuditPage", "No")
    if field is not None and field.type in (VOCAB, COUNTRY, COMMUNE, DATE):
        try:
            return _short(display_value(field, str(value).strip('"'), province_code))
        except (ValueError, TypeError):
            pass
    return _short(_plain(_json(value)))


def _document_parts() -> dict[str, str]:
    """The report document's details (Number, date, signer, Kính gửi, Nơi nhận) by their stored key."""
    return {
        "number": QCoreApplication.translate("AuditPage", "Number"),
        "doc_date": QCoreApplication.translate("AuditPage", "Document date"),
        "signer": QCoreApplication.translate("AuditPage", "Signer"),
        "signer_name": QCoreApplication.translate("AuditPage", "Signer's name"),
        "signer_title": QCoreApplication.translate("AuditPage", "Signer's title"),
        "recipients_to": QCoreApplication.translate("AuditPage", "Addressed to"),
        "copies_to": QCoreApplication.translate("AuditPage", "Copies to"),
    }


def signer_name(code: str) -> str:
    """Who signs a report's document, stored as a code ("head", "deputy")."""
    return {
        HEAD: QCoreApplication.translate("AuditPage", "the Chairman"),
        DEPUTY: QCoreApplication.translate("AuditPage", "a Vice-Chairman"),
    }.get(code, code)


def _details_text(row: AuditEntryView) -> str:
    """An entry's free text; the one part written with codes (a new user's roles: "Name: officer,admin")
    reads with the roles' names."""
    details = row.details or ""
    if row.action == "user_add" and ": " in details:
        name, _sep, codes = details.rpartition(": ")
        return f"{name}: {roles_text(c.strip() for c in codes.split(',') if c.strip())}"
    return details


def _plain(value) -> str:
    """A JSON value as words: text without quotes, lists joined, nothing for empty."""
    if value is None or value == "" or value == [] or value == {}:
        return ""
    if isinstance(value, list):
        return ", ".join(_plain(v) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{k}: {_plain(v)}" for k, v in value.items())
    return str(value)


def _json(value):
    try:
        return json.loads(value) if isinstance(value, str) else value
    except ValueError:
        return value


def _dict_change_text(row: AuditEntryView) -> str | None:
    """Several details stored together as one JSON object (a report's document details): one
    "field: old → new" per detail that changed, instead of raw JSON."""
    old, new = _json(row.old), _json(row.new)
    if not isinstance(old, dict | None) or not isinstance(new, dict | None) or (old is None and new is None):
        return None
    old, new = old or {}, new or {}
    names = _document_parts()

    def shown(key: str, value) -> str:
        if key == "signer" and isinstance(value, str):
            return signer_name(value)
        return _short(_plain(value))

    parts = [f"{names.get(k, k)}: {shown(k, old.get(k)) or '∅'} → {shown(k, new.get(k)) or '∅'}"
             for k in list(dict.fromkeys([*old, *new])) if old.get(k) != new.get(k)]
    return "; ".join(parts)


def change_text(row: AuditEntryView, province_code: int | None = None,
                offices: dict[str, str] | None = None) -> str:
    if row.field == "office" and row.action in ("share", "unshare"):
        # the office a record is shared with is stored by its id: show the office's name
        old, new = ((offices or {}).get(str(_json(v)), str(_json(v))) if v else "" for v in (row.old, row.new))
        return f"{old or '∅'} → {new or '∅'}"
    if row.field and (text := _dict_change_text(row)) is not None:
        return text
    if row.field:
        old, new = (_value_text(row, v, province_code) for v in (row.old, row.new))
        return f"{old or '∅'} → {new or '∅'}"
    return _details_text(row)


def cell_text(row: AuditEntryView, key: str, province_code: int | None = None,
              offices: dict[str, str] | None = None) -> str:
    """The table's text of a column: codes named through the catalogue, values as a person reads them."""
    if key == "change":
        return change_text(row, province_code, offices)
    if key == "action_label":
        return action_name(row.action)
    if key == "kind_label":
        return kind_name(row.kind)
    if key == "field_label":
        return field_text(row)
    return str(getattr(row, key) or "")


def field_text(row: AuditEntryView) -> str:
    """The field an entry changed, named through the catalogue rather than by its code."""
    kind, name = row.kind, row.field
    if not name:
        return ""
    if kind and has_field(kind, name):
        return field_label(kind, name)
    if name == "status":
        return QCoreApplication.translate("AuditPage", "Status")
    if name == "document":
        return QCoreApplication.translate("AuditPage", "Document details")
    if name == "office" and row.action in ("share", "unshare"):
        return QCoreApplication.translate("AuditPage", "Shared with office")
    if kind == "report" and name in _document_parts():
        return _document_parts()[name]
    if kind == "report":
        return _report_parts().get(name.split("/")[0], name)
    if kind == "office":
        from ..settings_office_box import field_names

        return field_names().get(name, row.field_label or name)
    return row.field_label or name


@cache
def _report_parts() -> dict[str, str]:
    """Report entries name an indicator (corrections) or a section (text) by its template code: show
    the template's own label, as the report editor does."""
    parts: dict[str, str] = {}
    for template in builtin_templates():
        parts.update({ind.code: str(ind.label) for ind in template.indicators})
        parts.update({sec.code: str(sec.title) for sec in template.sections})
    return parts


class AuditPage(QWidget):
    def __init__(self, ctx, runner, parent=None):
        super().__init__(parent)
        self.ctx, self.runner = ctx, runner
        self.service = AuditQueryService(ctx)
        self._office_names: dict[str, str] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        title = QLabel(self.tr("Audit log"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        note = QLabel(self.tr("Every addition, change and deletion of a record, with who made it and when; "
                              "also views of sensitive data and personal-data exports."))
        note.setObjectName("pageDescription")
        note.setWordWrap(True)
        layout.addWidget(note)

        # The filters wrap onto a second line on a narrow screen (the page was 1060 px wide at 1024).
        self.filters_row, bar = flow_widget("auditFilters")
        self.user_filter = QComboBox()
        self.user_filter.setObjectName("filter_user")
        self.action_filter = QComboBox()
        self.action_filter.setObjectName("filter_action")
        self.action_filter.addItem(self.tr("All actions"), None)
        for code in ACTIONS:
            self.action_filter.addItem(action_name(code), code)
        self.kind_filter = QComboBox()
        self.kind_filter.setObjectName("filter_kind")
        self.kind_filter.addItem(self.tr("All kinds of record"), None)
        for kind in KINDS:
            self.kind_filter.addItem(kind_name(kind), kind)
        self.date_from, self.date_to = self._date_edit(), self._date_edit()
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.clicked.connect(self.clear_filters)
        bar.addWidget(self.user_filter)
        bar.addWidget(self.action_filter)
        bar.addWidget(self.kind_filter)
        dates = QWidget()   # "From [date] to [date]" stays on one line
        dates_row = QHBoxLayout(dates)
        dates_row.setContentsMargins(0, 0, 0, 0)
        dates_row.addWidget(QLabel(self.tr("From")))
        dates_row.addWidget(self.date_from)
        dates_row.addWidget(QLabel(self.tr("to")))
        dates_row.addWidget(self.date_to)
        bar.addWidget(dates)
        bar.addWidget(self.clear_button)
        self.count_label = QLabel()
        self.count_label.setStyleSheet("font-weight: bold; color: #1f4e79;")
        bar.addWidget(self.count_label)
        layout.addWidget(self.filters_row)

        columns = [Column("at_display", self.tr("Time"), sortable=False),
                   Column("user", self.tr("User"), sortable=False),
                   Column("action_label", self.tr("Action"), sortable=False),
                   Column("kind_label", self.tr("Record"), sortable=False),
                   Column("field_label", self.tr("Field"), sortable=False),
                   Column("change", self.tr("Old → new"), sortable=False)]
        self.model = PagedTableModel(columns, self.service.page, self.service.count, AuditQuery(), self,
                                     text=self.cell_text)
        self.model.reset_done.connect(
            lambda n: self.count_label.setText(self.tr("%1 entries").replace("%1", format_number(n))))
        self.table = QTableView()
        self.table.setObjectName("audit")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        for i, w in enumerate((130, 150, 150, 170, 180)):
            self.table.setColumnWidth(i, w)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        layout.addWidget(self.table, 1)
        # widths from the entries shown, then as the officer arranges them (remembered)
        self.column_layout = ColumnLayout(self.table, UiSettings(ctx.data_dir), "list_audit")

        self._fill_users()
        for combo in (self.user_filter, self.action_filter, self.kind_filter):
            combo.currentIndexChanged.connect(self.apply_filters)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self.apply_filters)
        sc = QShortcut(QKeySequence("F5"), self)
        sc.setContext(Qt.ShortcutContext.WindowShortcut)   # wherever the focus is, while the page is shown
        sc.activated.connect(self.refresh)
        # Data changed elsewhere (another page, a package, a worker) shows without a manual reload.
        self.watch = RefreshOnChange(self, ctx, ("audit",), self.refresh)
        self.model.set_query(AuditQuery())
        self.column_layout.fit_when_filled()

    def cell_text(self, row: AuditEntryView, key: str) -> str:
        return cell_text(row, key, self.ctx.installation.province_code, self._offices())

    def _offices(self) -> dict[str, str]:
        """Names of the offices this one knows (trusted keys), by office id; read once per refresh."""
        if self._office_names is None:
            from ...services.identity import list_trusted

            self._office_names = {t.office_id: t.office_name for t in list_trusted(self.ctx)}
        return self._office_names

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(" ")  # the minimum date reads as "not set"
        edit.setDate(NO_DATE)
        return edit

    def _fill_users(self) -> None:
        current = self.user_filter.currentData()
        self.user_filter.blockSignals(True)
        self.user_filter.clear()
        self.user_filter.addItem(self.tr("All users"), None)
        for name in self.service.users():
            self.user_filter.addItem(name, name)
        index = self.user_filter.findData(current) if current else 0
        self.user_filter.setCurrentIndex(max(0, index))
        self.user_filter.blockSignals(False)

    @staticmethod
    def _date(edit: QDateEdit) -> dt.date | None:
        q = edit.date()
        return None if q == NO_DATE else dt.date(q.year(), q.month(), q.day())

    def query(self) -> AuditQuery:
        return AuditQuery(user=self.user_filter.currentData(), action=self.action_filter.currentData(),
                          kind=self.kind_filter.currentData(), date_from=self._date(self.date_from),
                          date_to=self._date(self.date_to))

    def apply_filters(self, *_args) -> None:
        self.model.set_query(self.query())

    def clear_filters(self) -> None:
        for combo in (self.user_filter, self.action_filter, self.kind_filter):
            combo.setCurrentIndex(0)
        self.date_from.setDate(NO_DATE)
        self.date_to.setDate(NO_DATE)

    def refresh(self) -> None:
        self.watch.mark_fresh()
        self._office_names = None
        self._fill_users()
        self.apply_filters()

    def on_shown(self) -> None:
        self.refresh()
