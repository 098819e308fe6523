"""Issue 16 item 9: a report template's texts come from the province's package; a label that looks
like HTML is shown as typed in the dialogs that put it in bold."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel

from dnnd_desktop.gui.reports.explain_dialog import ExplainDialog
from dnnd_desktop.services.reports.types import Explanation

HOSTILE = '<img src="http://x/y.png"><a href="http://x">Số lượt</a>'


def test_an_indicator_label_that_looks_like_html_is_shown_as_typed(qtbot):
    ex = Explanation(indicator="act_total", label=HOSTILE, unit="<i>lượt</i>", value=3, records=(), stated=3,
                     manual=False)
    dialog = ExplainDialog(ex)
    qtbot.addWidget(dialog)
    title = dialog.findChild(QLabel, "explainTitle")
    assert "&lt;img" in title.text() and "<img" not in title.text()
    assert "&lt;i&gt;lượt" in title.text()
