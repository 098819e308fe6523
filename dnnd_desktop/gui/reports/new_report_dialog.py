""""New report": a template and a period (kind, year, month/quarter/half, or the first and last
year of a review over several years), by default the period of the next report that is due; a review
starts from the span of the plans' multi-year programmes."""
from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.deadlines import DueItem
from ...domain.periods import HALF, KINDS, MONTH, QUARTER, REVIEW_KINDS, Period, template_allows
from ...services.reports import TemplateInfo
from . import texts

_ROMAN = ("I", "II", "III", "IV")


class NewReportDialog(QDialog):
    def __init__(self, templates: list[TemplateInfo], suggestion: DueItem | None = None,
                 today: dt.date | None = None, parent: QWidget | None = None,
                 programme_spans: list[tuple[int, int]] | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New report"))
        self.setMinimumWidth(560)
        self.templates = list(templates)
        today = today or dt.date.today()
        # The years of the plans' multi-year programmes (seed 004: 2020-2025), the newest first.
        self.programme_spans = sorted(programme_spans or [], reverse=True)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("The figures are computed from the records of the period you choose. "
                               "You can correct them and write the text afterwards."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.template = QComboBox()
        self.template.setObjectName("template")
        for info in self.templates:
            self.template.addItem(info.title, info.code)
        form.addRow(self.tr("Template:"), self.template)

        period_row = QHBoxLayout()
        self.kind = QComboBox()
        self.kind.setObjectName("periodKind")
        self.year = QSpinBox()
        self.year.setObjectName("periodYear")
        self.year.setRange(2000, 2100)
        self.year.setValue(today.year)
        self.index = QComboBox()
        self.index.setObjectName("periodIndex")
        period_row.addWidget(self.kind, 2)
        period_row.addWidget(self.index, 2)
        period_row.addWidget(self.year, 1)
        # A review runs from `year` to `last_year`; the dash and the second year show only for it.
        self.to_label = QLabel("–")
        self.last_year = QSpinBox()
        self.last_year.setObjectName("periodLastYear")
        self.last_year.setRange(2000, 2100)
        self.last_year.setValue(today.year)
        period_row.addWidget(self.to_label)
        period_row.addWidget(self.last_year, 1)
        form.addRow(self.tr("Period:"), period_row)
        self.preview = QLabel()
        self.preview.setObjectName("periodPreview")
        form.addRow("", self.preview)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create report"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self.template.currentIndexChanged.connect(self._template_changed)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.index.currentIndexChanged.connect(self._update_preview)
        self.year.valueChanged.connect(self._update_preview)
        self.last_year.valueChanged.connect(self._update_preview)

        start = suggestion.period if suggestion else Period(today.year, HALF, 1 if today.month <= 6 else 2)
        if suggestion:
            found = self.template.findData(suggestion.template_code)
            if found >= 0:
                self.template.setCurrentIndex(found)
        self._template_changed()
        self.set_period(start)

    # -- period ------------------------------------------------------------------------------------
    def _allowed_kinds(self) -> tuple[str, ...]:
        row = self.template.currentIndex()
        if 0 <= row < len(self.templates):
            periods = self.templates[row].periods
            return tuple(k for k in KINDS + REVIEW_KINDS if template_allows(periods, Period(2000, k, 1, 2001)))
        return KINDS + REVIEW_KINDS

    def _template_changed(self) -> None:
        current = self.kind.currentData()
        self.kind.blockSignals(True)
        self.kind.clear()
        labels = texts.period_kind_labels()
        for kind in self._allowed_kinds():
            self.kind.addItem(labels[kind], kind)
        found = self.kind.findData(current)
        self.kind.setCurrentIndex(max(found, 0))
        self.kind.blockSignals(False)
        self._kind_changed()

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        self.index.blockSignals(True)
        self.index.clear()
        if kind == MONTH:
            for m in range(1, 13):
                self.index.addItem(self.tr("Month %1").replace("%1", str(m)), m)
        elif kind == QUARTER:
            for q in range(1, 5):
                self.index.addItem(self.tr("Quarter %1").replace("%1", _ROMAN[q - 1]), q)
        elif kind == HALF:
            self.index.addItem(self.tr("First half"), 1)
            self.index.addItem(self.tr("Second half"), 2)
        self.index.setVisible(self.index.count() > 0)
        self.index.blockSignals(False)
        review = kind in REVIEW_KINDS
        self.to_label.setVisible(review)
        self.last_year.setVisible(review)
        if review and self.programme_spans:   # choosing a review starts from the programme's years
            self._set_span(kind, *self.programme_spans[0])
        self._update_preview()

    def _set_span(self, kind: str, first: int, last: int) -> None:
        """A final review covers the programme; a mid-term one its first half (2020-2025 -> 2020-2022)."""
        if kind == REVIEW_KINDS[0]:
            last = max(first + 1, first + (last - first + 1) // 2 - 1)
        self.year.setValue(first)
        self.last_year.setValue(last)

    def set_period(self, period: Period) -> None:
        found = self.kind.findData(period.kind)
        if found >= 0:
            self.kind.setCurrentIndex(found)
        self.year.setValue(period.year)
        if period.is_review:
            self.last_year.setValue(period.last_year)
        found = self.index.findData(period.index)
        if found >= 0:
            self.index.setCurrentIndex(found)
        self._update_preview()

    def period(self) -> Period | None:
        kind = self.kind.currentData()
        if kind is None:
            return None
        if kind in REVIEW_KINDS:
            first, last = self.year.value(), self.last_year.value()
            return Period(first, kind, 1, last) if first < last else None
        index = self.index.currentData() if self.index.count() else 1
        return Period(self.year.value(), kind, int(index or 1))

    def template_code(self) -> str | None:
        return self.template.currentData()

    def _update_preview(self) -> None:
        period = self.period()
        ok = period is not None and self.template_code() is not None
        if period is not None and period.is_review:   # "Final review (several years), the period 2020-2025"
            self.preview.setText(self.tr("Report for: %1, %2").replace("%1", self.kind.currentText())
                                 .replace("%2", str(period.message)))
        else:
            self.preview.setText(self.tr("Report for: %1").replace("%1", str(period.message)) if period else "")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
