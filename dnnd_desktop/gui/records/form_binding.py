"""A record form compiled from forms/<kind>_form.ui, bound to its KindSpec.

Widgets are named after the fields (label_<name>, <name>, error_<name>); a label's text is the
field's catalogue label (same context and source as in the kind's description). The binder fills
the pickers, shows values as an officer reads them (dd/mm/yyyy, 1.234.567), gives back the typed
values for the service to validate, and puts the service's field errors under each field.
"""
from __future__ import annotations

import datetime as dt
import importlib
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from ...domain.formatting import format_date, format_money
from ...domain.record_kinds import (
    COMMUNE,
    COUNTRY,
    DATE,
    INT,
    MONEY,
    REF,
    YEAR,
    FieldSpec,
    kind_spec,
)
from ...domain.validation import parse_int
from ...services.records.display import MASKED
from ..widgets.field_error import ERROR_STYLE
from ..widgets.search_combo import SearchCombo
from .choices import commune_items, country_items, vocabulary_items
from .field_text import form_class

CODE_ROLE = Qt.ItemDataRole.UserRole + 10


def load_form(kind: str, parent: QWidget | None = None) -> tuple[QWidget, Any]:
    """A widget with the compiled Designer form of `kind` set up on it, and the Ui object (or the
    form built from the kind's description, for a kind without a Designer form)."""
    spec = kind_spec(kind)
    if spec.generated_form:
        from .generated_form import build_form

        return build_form(spec, parent)
    cls = form_class(kind)
    module = importlib.import_module(f"dnnd_desktop.gui.forms.ui_{kind}_form")
    ui = getattr(module, f"Ui_{cls}")()
    widget = QWidget(parent)
    ui.setupUi(widget)
    return widget, ui


class FormBinder:
    def __init__(self, ctx, kind: str, parent: QWidget | None = None):
        self.ctx = ctx
        self.spec = kind_spec(kind)
        self.kind = self.spec.kind
        self.widget, self.ui = load_form(self.kind, parent)
        self.fields: dict[str, FieldSpec] = {f.name: f for f in self.spec.fields if f.type != REF}
        self.hidden: set[str] = set()   # sensitive fields shown masked (not revealed)
        self._setup()

    # -- widgets ----------------------------------------------------------------------------------
    def field_widget(self, name: str) -> QWidget:
        return getattr(self.ui, name)

    def line_edit(self, name: str) -> QLineEdit:
        """The widget of a field that is neither a picker, a list, a check box nor a text area (a
        sensitive field is one): a QLineEdit in every form."""
        w = self.field_widget(name)
        if not isinstance(w, QLineEdit):
            raise TypeError(f"{name} is a {type(w).__name__}, not a QLineEdit")
        return w

    def error_label(self, name: str) -> QLabel:
        return getattr(self.ui, f"error_{name}")

    def _setup(self) -> None:
        province = self.ctx.installation.province_code
        for name, f in self.fields.items():
            w = self.field_widget(name)
            err = self.error_label(name)
            err.setStyleSheet(ERROR_STYLE)
            err.hide()
            label = getattr(self.ui, f"label_{name}", None)
            if f.required and label is not None:
                label.setText(label.text() + " *")
            if f.help:
                w.setToolTip(str(f.help))
            if isinstance(w, SearchCombo):
                if f.type == COUNTRY:
                    w.set_items(country_items())
                elif f.type == COMMUNE:
                    w.set_items(commune_items(province))
                else:
                    w.set_items(vocabulary_items(self.ctx, f.vocabulary or ""))
            elif isinstance(w, QListWidget):
                for text, code, *_aliases in vocabulary_items(self.ctx, f.vocabulary or ""):
                    item = QListWidgetItem(text)
                    item.setData(CODE_ROLE, code)
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(Qt.CheckState.Unchecked)
                    w.addItem(item)
            elif isinstance(w, QLineEdit) and f.type == MONEY:
                w.setAlignment(Qt.AlignmentFlag.AlignRight)
                w.editingFinished.connect(lambda w=w: self._regroup(w))
            if f.default is not None:
                self._set(f, w, f.default)

    @staticmethod
    def _regroup(w: QLineEdit) -> None:
        try:
            w.setText(format_money(parse_int(w.text())))
        except ValueError:
            pass  # the service says what is wrong when saving

    # -- values -------------------------------------------------------------------------------------
    def set_values(self, values: dict[str, Any], hidden_fields: tuple[str, ...] | list[str] = ()) -> None:
        """Show a record's values ("values" of RecordService.get); sensitive fields listed in
        `hidden_fields` show as ••• and stay read-only until revealed."""
        self.hidden = set(hidden_fields)
        for name, f in self.fields.items():
            w = self.field_widget(name)
            if name in self.hidden:
                self._mask(w)
                continue
            self._unmask(w)
            self._set(f, w, values.get(name))

    @staticmethod
    def _mask(w: QWidget) -> None:
        """••• in place of a sensitive value: a line, a picker (residence status) or a text area (wishes)."""
        if isinstance(w, SearchCombo):
            w.setCurrentIndex(-1)
            w.setEditText(MASKED)
            w.setEnabled(False)
        elif isinstance(w, QPlainTextEdit):
            w.setPlainText(MASKED)
            w.setReadOnly(True)
        elif isinstance(w, QLineEdit):
            w.setText(MASKED)
            w.setReadOnly(True)
        else:
            raise TypeError(f"a {type(w).__name__} cannot show a masked value")

    @staticmethod
    def _unmask(w: QWidget) -> None:
        if isinstance(w, SearchCombo):
            w.setEnabled(True)
        elif isinstance(w, (QLineEdit, QPlainTextEdit)):
            w.setReadOnly(False)

    def reveal(self, values: dict[str, Any]) -> None:
        """Show the sensitive fields' real values (after the service audited the viewing)."""
        for name in list(self.hidden):
            self.hidden.discard(name)
            w = self.field_widget(name)
            self._unmask(w)
            self._set(self.fields[name], w, values.get(name))

    def _set(self, f: FieldSpec, w: QWidget, value: Any) -> None:
        if isinstance(w, SearchCombo):
            if value in (None, ""):
                w.setCurrentIndex(-1)
                w.setEditText("")
            else:
                w.set_value(value)
        elif isinstance(w, QListWidget):
            codes = set(str(value or "").split(","))
            for i in range(w.count()):
                item = w.item(i)
                item.setCheckState(Qt.CheckState.Checked if item.data(CODE_ROLE) in codes
                                   else Qt.CheckState.Unchecked)
        elif isinstance(w, QCheckBox):
            w.setChecked(bool(value))
        elif isinstance(w, QPlainTextEdit):
            w.setPlainText("" if value is None else str(value))
        elif isinstance(w, QLineEdit):
            w.setText(self.text_of(f, value))

    @staticmethod
    def text_of(f: FieldSpec, value: Any) -> str:
        if value is None or value == "":
            return ""
        if f.type == DATE:
            if isinstance(value, str):
                try:
                    value = dt.date.fromisoformat(value[:10])
                except ValueError:
                    return value
            return format_date(value)
        if f.type == MONEY:
            return format_money(value)
        if f.type in (INT, YEAR):
            return str(value)
        return str(value)

    def values(self) -> dict[str, Any]:
        """What the officer typed, field by field, for the service to validate (sensitive fields
        still masked are left out, so an edit never overwrites them)."""
        out: dict[str, Any] = {}
        for name in self.fields:
            if name in self.hidden:
                continue
            w = self.field_widget(name)
            if isinstance(w, SearchCombo):
                value = w.value()
                typed = w.currentText().strip()
                # Typed text that names no item goes to the service, which says so next to the field.
                out[name] = value if value is not None else (typed or None)
            elif isinstance(w, QListWidget):
                out[name] = ",".join(w.item(i).data(CODE_ROLE) for i in range(w.count())
                                     if w.item(i).checkState() == Qt.CheckState.Checked) or None
            elif isinstance(w, QCheckBox):
                out[name] = w.isChecked()
            elif isinstance(w, QPlainTextEdit):
                out[name] = w.toPlainText()
            else:
                out[name] = self.line_edit(name).text()
        return out

    def set_value(self, name: str, value: Any) -> None:
        self._set(self.fields[name], self.field_widget(name), value)

    # -- errors -------------------------------------------------------------------------------------
    def clear_errors(self) -> None:
        for name in self.fields:
            self._show_error(name, None)

    def set_errors(self, field_errors: dict[str, str]) -> list[str]:
        """Show the errors of this form's fields (by field name); returns the fields shown."""
        self.clear_errors()
        shown = []
        for name, message in field_errors.items():
            if name in self.fields:
                self._show_error(name, message)
                shown.append(name)
        if shown:
            self.field_widget(shown[0]).setFocus()
        return shown

    def _show_error(self, name: str, message: str | None) -> None:
        err = self.error_label(name)
        err.setText(message or "")
        err.setVisible(bool(message))
        w = self.field_widget(name)
        w.setProperty("invalid", bool(message))
        w.style().unpolish(w)
        w.style().polish(w)

    def errors(self) -> dict[str, str]:
        return {n: self.error_label(n).text() for n in self.fields if not self.error_label(n).isHidden()}

