"""A record form built from its kind's description, for the kinds that have no Designer form
(`KindSpec.generated_form`): a new kind then needs no .ui file.

It offers what FormBinder reads from a compiled Designer form: for each field a widget named after
it, a `label_<name>` (check boxes carry their own text) and an `error_<name>` label under it. The
widget follows the field's type the way the Designer forms do: a searchable picker for vocabulary,
country and commune fields, a list of check boxes for multi-valued vocabulary, a text area for long
text, a check box for yes/no, a line for everything else (dates dd/mm/yyyy, numbers with dots).
"""
from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.record_kinds import BOOL, COMMUNE, COUNTRY, DATE, LONGTEXT, REF, VOCAB, FieldSpec, KindSpec
from ..widgets.search_combo import SearchCombo


def _widget(f: FieldSpec) -> QWidget:
    if f.type in (COUNTRY, COMMUNE) or (f.type == VOCAB and not f.multi):
        return SearchCombo()
    if f.type == VOCAB:
        choices = QListWidget()
        choices.setMaximumHeight(110)
        return choices
    if f.type == LONGTEXT:
        text = QPlainTextEdit()
        text.setMaximumHeight(90)
        text.setTabChangesFocus(True)
        return text
    if f.type == BOOL:
        return QCheckBox(str(f.label))
    line = QLineEdit()
    if f.type == DATE:
        line.setPlaceholderText(QCoreApplication.translate("GeneratedForm", "dd/mm/yyyy"))
        line.setMaximumWidth(160)
    if f.max_len:
        line.setMaxLength(f.max_len)
    return line


def build_form(spec: KindSpec, parent: QWidget | None = None) -> tuple[QWidget, SimpleNamespace]:
    """(the form widget, an object with the Designer names: <field>, label_<field>, error_<field>)."""
    widget = QWidget(parent)
    widget.setObjectName(f"{spec.kind}_form")
    form = QFormLayout(widget)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    ui = SimpleNamespace()
    for f in spec.fields:
        if f.type == REF:
            continue   # links are picked in the dialogs that hold them, never typed
        field = _widget(f)
        field.setObjectName(f.name)
        error = QLabel()
        error.setObjectName(f"error_{f.name}")
        error.setWordWrap(True)
        cell = QWidget()
        box = QVBoxLayout(cell)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(field)
        box.addWidget(error)
        if f.help:
            hint = QLabel(str(f.help))
            hint.setObjectName(f"hint_{f.name}")
            hint.setWordWrap(True)
            hint.setStyleSheet("color: #555;")
            box.addWidget(hint)
        setattr(ui, f.name, field)
        setattr(ui, f"error_{f.name}", error)
        if f.type == BOOL:
            form.addRow("", cell)
        else:
            label = QLabel(str(f.label))
            label.setObjectName(f"label_{f.name}")
            label.setBuddy(field)
            setattr(ui, f"label_{f.name}", label)
            form.addRow(label, cell)
    return widget, ui
