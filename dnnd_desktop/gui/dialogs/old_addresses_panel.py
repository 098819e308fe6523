"""Communes and wards of an import written with their names from before 1 July 2025.

One row per old name: the text in the file, how many cells, and a combo with the current commune
it converts to; where the old unit went to several current ones the combo starts on "Choose…" and
the rows stay refused until a person chooses (`choice_made`, then the dialog checks again).
"""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QWidget

from .choice_table_panel import ChoiceTablePanel


class OldAddressesPanel(ChoiceTablePanel):
    choice_made = Signal(str, int)   # (old text, current commune code)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("These communes and wards are written with their names from before 1 July 2025. "
                    "They are imported as the current commune shown; the old name is kept in the old "
                    "address. Where an old commune was split, choose the current one."),
            [self.tr("Column"), self.tr("Old name in the file"), self.tr("Cells"),
             self.tr("Current commune or ward")], parent)
        self._uses: list = []

    def set_uses(self, uses: list) -> None:
        """uses: the preview's `old_communes`."""
        self._uses = list(uses)
        self.fill(self._uses, lambda u: (u.header, u.old_text, u.count), self._choices)

    def _choices(self, u) -> QComboBox:
        combo = QComboBox()
        if u.chosen is None:
            combo.addItem(self.tr("Choose…"), None)
        for code, name in u.candidates:
            combo.addItem(name, code)
        combo.setCurrentIndex(max(0, combo.findData(u.chosen)) if u.chosen is not None else 0)
        return combo

    def changed(self, row: int) -> None:
        u = self._uses[row]
        code = self.combo(row).currentData()
        if code is not None and code != u.chosen:
            self.choice_made.emit(u.old_text, int(code))
