"""The filter bar of a list page, built from the kind's FilterSpecs: period or date range,
vocabularies, country, commune (of the office's province) and yes/no filters."""
from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QWidget

from ...domain.record_kinds import KindSpec
from ..widgets.flow_layout import FlowLayout
from ..widgets.search_combo import SearchCombo
from .choices import commune_items, country_items, vocabulary_items
from .field_text import filter_label

RANGE = "range"


class FilterBar(QWidget):
    changed = Signal()

    def __init__(self, ctx, spec: KindSpec, parent: QWidget | None = None, today: dt.date | None = None):
        super().__init__(parent)
        self.spec = spec
        self.widgets: dict[str, QComboBox] = {}
        self._last: dict[str, Any] = {}
        # Wraps onto more lines on a narrow screen (issue 19: the activities' filters made the page
        # 1500 px wide at 1024).
        layout = FlowLayout(self, spacing=8)
        policy = self.sizePolicy()
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        today = today or dt.date.today()
        province = ctx.installation.province_code
        for f in spec.filters:
            if f.type == "ref":
                continue  # set by the page (a household's persons, a pair's activities), not picked
            label = filter_label(spec.kind, f.key)
            if f.type == "period":
                combo = QComboBox()
                combo.setObjectName("filter_period")
                for text, value in self._periods(today):
                    combo.addItem(text, value)
                combo.setToolTip(label)
                self.date_from, self.date_to = self._date_edit(), self._date_edit()
                self.date_from.setDate(QDate(today.year, 1, 1))
                self.date_to.setDate(QDate(today.year, today.month, today.day))
                self.range_label = QLabel("–")
                for w in (self.date_from, self.range_label, self.date_to):
                    w.hide()
                combo.currentIndexChanged.connect(self._period_changed)
                self.date_from.dateChanged.connect(self._emit_if_changed)
                self.date_to.dateChanged.connect(self._emit_if_changed)
                layout.addWidget(combo)
                layout.addWidget(self.date_from)
                layout.addWidget(self.range_label)
                layout.addWidget(self.date_to)
                self.widgets[f.key] = combo
            elif f.type == "bool":
                combo = QComboBox()
                combo.setObjectName(f"filter_{f.key}")
                combo.addItem(self.tr("%1: all").replace("%1", label), None)
                combo.addItem(self.tr("%1: yes").replace("%1", label), True)
                combo.addItem(self.tr("%1: no").replace("%1", label), False)
                combo.currentIndexChanged.connect(self._emit_if_changed)
                layout.addWidget(combo)
                self.widgets[f.key] = combo
            else:
                combo = SearchCombo()
                combo.setObjectName(f"filter_{f.key}")
                if f.type == "country":
                    combo.set_items(country_items())
                elif f.type == "commune":
                    combo.set_items(commune_items(province))
                else:
                    combo.set_items(vocabulary_items(ctx, f.vocabulary or ""))
                combo.line_edit().setPlaceholderText(label)
                combo.line_edit().setClearButtonEnabled(True)
                combo.setToolTip(label)
                combo.setMinimumWidth(150)
                combo.setMaximumWidth(240)
                combo.currentTextChanged.connect(self._emit_if_changed)
                layout.addWidget(combo)
                self.widgets[f.key] = combo
        self._add_office_filter(ctx, layout)
        self._last = self.filters()

    def _add_office_filter(self, ctx, layout) -> None:
        """At an office that holds lower offices' records (the province): which office's records."""
        from ...services.records import RecordQueryService

        offices = RecordQueryService(ctx).origin_offices()
        if not offices:
            return
        combo = SearchCombo()
        combo.setObjectName("filter_origin_office_id")
        combo.set_items([(name, office_id, ()) for office_id, name in offices])
        label = self.tr("Office")
        combo.line_edit().setPlaceholderText(label)
        combo.line_edit().setClearButtonEnabled(True)
        combo.setToolTip(self.tr("Show only the records of this office"))
        combo.setMinimumWidth(180)
        combo.setMaximumWidth(280)
        combo.currentTextChanged.connect(self._emit_if_changed)
        layout.addWidget(combo)
        self.widgets["origin_office_id"] = combo

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        return edit

    def _periods(self, today: dt.date) -> list[tuple[str, Any]]:
        y, q = today.year, (today.month - 1) // 3 + 1
        return [
            (self.tr("Any time"), None),
            (self.tr("This year (%1)").replace("%1", str(y)), str(y)),
            (self.tr("This quarter"), f"{y}-Q{q}"),
            (self.tr("This month"), f"{y}-{today.month:02d}"),
            (self.tr("First 6 months of %1").replace("%1", str(y)), f"{y}-H1"),
            (self.tr("Last year (%1)").replace("%1", str(y - 1)), str(y - 1)),
            (self.tr("Date range…"), RANGE),
        ]

    def _period_changed(self) -> None:
        is_range = self.widgets["period"].currentData() == RANGE
        for w in (self.date_from, self.range_label, self.date_to):
            w.setVisible(is_range)
        self._emit_if_changed()

    def filters(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, w in self.widgets.items():
            if key == "period":
                value = w.currentData()
                if value == RANGE:
                    out["date_from"] = self.date_from.date().toPython()
                    out["date_to"] = self.date_to.date().toPython()
                elif value:
                    out["period"] = value
            elif isinstance(w, SearchCombo):
                value = w.value()
                if value is not None:
                    out[key] = value
            else:
                value = w.currentData()
                if value is not None:
                    out[key] = value
        return out

    def set_filter(self, key: str, value: Any) -> None:
        """Pick a filter value from code (tests, links between pages)."""
        w = self.widgets[key]
        if isinstance(w, SearchCombo):
            if value is None:
                w.setCurrentIndex(-1)
                w.setEditText("")
            else:
                w.set_value(value)
        else:
            w.setCurrentIndex(0 if value is None else max(0, w.findData(value)))

    def clear(self) -> None:
        for key in self.widgets:
            self.set_filter(key, None)

    def _emit_if_changed(self, *_args) -> None:
        current = self.filters()
        if current != self._last:
            self._last = current
            self.changed.emit()
