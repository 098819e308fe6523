"""One consent record of a household, on the consent form, with whose consent it is (issue 14): the
household's (a convenience that covers the head and every member) or one named person abroad, whose
own consent then decides for them (services/privacy/consent.py). Purposes (keeping, lists, sharing),
date, how it was given and the withdrawal date are the form's fields."""
from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from .child_dialog import ChildDialog

HOUSEHOLD = None   # the combo's data for the household's own consent


class ConsentDialog(ChildDialog):
    def __init__(self, ctx, persons: list[tuple[str, str]], values: dict[str, Any] | None = None,
                 parent: QWidget | None = None, fixed: dict[str, Any] | None = None):
        """`persons`: (id, name) of the household's saved persons abroad."""
        super().__init__(ctx, "consent", values, parent=parent, fixed=fixed)
        self.subject = QComboBox()
        self.subject.setObjectName("consentSubject")
        self.subject.addItem(self.tr("The whole household (covers every member)"), HOUSEHOLD)
        for pid, name in persons:
            self.subject.addItem(name or self.tr("(no name yet)"), pid)
        chosen = (values or {}).get("person_id")
        index = self.subject.findData(chosen) if chosen else 0
        if chosen and index < 0:   # a person no longer listed (removed in this form): keep the choice
            self.subject.addItem(self.tr("A person removed from this household"), chosen)
            index = self.subject.count() - 1
        self.subject.setCurrentIndex(max(index, 0))
        box = QWidget()
        form = QFormLayout(box)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Whose consent"), self.subject)
        hint = QLabel(self.tr("A person's own consent decides for that person, also when the household's says "
                              "otherwise. Members added to the household are listed once it is saved."))
        hint.setObjectName("pageDescription")
        hint.setWordWrap(True)
        form.addRow("", hint)
        self.box_layout.insertWidget(1, box)   # under the error banner, above the form

    def person_id(self) -> str | None:
        return self.subject.currentData()

    def try_accept(self) -> bool:
        self.fixed["person_id"] = self.person_id()
        return super().try_accept()
