"""A small dialog for one contribution, commendation or consent record on its Designer form.
Values are checked with the shared domain validation, so mistakes show next to the field at once.
It writes nothing: the household form saves the record with the rest, in one transaction."""
from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from ...domain.errors import ValidationError
from ...domain.validation import validate
from .choices import extra_terms
from .form_binding import FormBinder
from .record_dialog import error_banner, kind_noun


class ChildDialog(QDialog):
    """OK checks the values; the cleaned ones are in `cleaned`, errors stay in the dialog."""

    def __init__(self, ctx, kind: str, values: dict[str, Any] | None = None, parent: QWidget | None = None,
                 fixed: dict[str, Any] | None = None):
        super().__init__(parent)
        self.ctx, self.kind = ctx, kind
        self.fixed = dict(fixed or {})  # values the form does not show (the household of a consent)
        self.result_values: dict[str, Any] | None = None
        self.cleaned: dict[str, Any] | None = None
        new_title, edit_title = kind_noun(kind)
        self.setWindowTitle(edit_title if values else new_title)
        self.box_layout = layout = QVBoxLayout(self)   # subclasses add above the form (consent_dialog)
        self.banner = error_banner()
        layout.addWidget(self.banner)
        self.binder = FormBinder(ctx, kind)
        layout.addWidget(self.binder.widget, 1)
        if values:
            self.binder.set_values(values)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("OK"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 100)

    def try_accept(self) -> bool:
        values = {**self.binder.values(), **self.fixed}
        self.banner.hide()
        try:
            self.cleaned = validate(self.kind, values, province_code=self.ctx.installation.province_code,
                                    extra_terms=extra_terms(self.ctx))
        except ValidationError as exc:
            if not self.binder.set_errors(exc.field_errors):
                self.banner.setText(exc.message)
                self.banner.show()
            return False
        self.result_values = values
        self.accept()
        return True
