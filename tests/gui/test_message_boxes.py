"""Issue 16, "untrusted text is shown as plain text": every message box goes through
dnnd_desktop/gui/message_boxes.py, which shows text and informative text as typed.

A guard reads every gui module and fails on a direct QMessageBox static call or constructor; the
helpers keep the statics' buttons, defaults and return values; a confirmation that names an office
shows a name like "<b>X</b><img src=...>" literally."""
from __future__ import annotations

import ast
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox
from sqlalchemy import update

import dnnd_desktop.gui as gui_package
from dnnd_desktop.gui import message_boxes
from dnnd_desktop.storage.models import TrustedKey

GUI = Path(gui_package.__file__).parent
STATICS = {"information", "warning", "critical", "question", "about", "aboutQt"}
HOSTILE = '<b>X</b><img src="file:///etc/passwd"><a href="http://x">bấm vào</a>'


def direct_message_boxes(source: str) -> list[str]:
    """`QMessageBox.information(...)`-style calls and `QMessageBox(...)` constructions in `source`."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        f = node.func
        if isinstance(f, ast.Name) and f.id == "QMessageBox":
            found.append(f"line {node.lineno}: QMessageBox(...)")
        elif (isinstance(f, ast.Attribute) and f.attr in STATICS and isinstance(f.value, ast.Name)
              and f.value.id == "QMessageBox"):
            found.append(f"line {node.lineno}: QMessageBox.{f.attr}(...)")
    return found


def test_the_guard_sees_statics_and_constructors():
    assert direct_message_boxes("QMessageBox.question(self, 'a', b)\nx = QMessageBox(icon, t, s)\n") == [
        "line 1: QMessageBox.question(...)", "line 2: QMessageBox(...)"]
    assert direct_message_boxes("message_boxes.warning(self, t, s)\nQMessageBox.StandardButton.Yes\n") == []


def test_no_gui_module_shows_a_message_box_itself():
    offenders = {}
    for path in sorted(GUI.rglob("*.py")):
        if path.name == "message_boxes.py":
            continue
        found = direct_message_boxes(path.read_text(encoding="utf-8"))
        if found:
            offenders[str(path.relative_to(GUI))] = found
    assert offenders == {}, "use dnnd_desktop.gui.message_boxes (plain text) instead"


def _main_label(box: QMessageBox) -> QLabel:
    return box.findChild(QLabel, "qt_msgbox_label")


def test_plain_box_shows_text_and_informative_text_as_typed(qtbot):
    box = message_boxes.plain_box(QMessageBox.Icon.Warning, "Tiêu đề", HOSTILE, informative=HOSTILE)
    qtbot.addWidget(box)
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert _main_label(box).textFormat() == Qt.TextFormat.PlainText
    informative = box.findChild(QLabel, "qt_msgbox_informativelabel")
    assert informative.textFormat() == Qt.TextFormat.PlainText
    assert informative.text() == HOSTILE
    # Qt's own default would guess (AutoText) and render the tags: this is what the helper prevents.
    default = QMessageBox()
    qtbot.addWidget(default)
    assert default.textFormat() == Qt.TextFormat.AutoText


def test_statics_keep_buttons_default_and_answer(qtbot, monkeypatch):
    seen = []

    def exec_box(self):
        default = self.defaultButton()
        seen.append((self.icon(), self.textFormat(), self.text(), self.standardButtons(),
                     None if default is None else self.standardButton(default)))
        return QMessageBox.StandardButton.Discard.value

    monkeypatch.setattr(QMessageBox, "exec", exec_box)
    B = QMessageBox.StandardButton
    answer = message_boxes.question(None, "t", HOSTILE, B.Save | B.Discard | B.Cancel, B.Save)
    assert answer == B.Discard
    icon, fmt, text, buttons, default = seen[-1]
    assert (icon, fmt, text, buttons) == (QMessageBox.Icon.Question, Qt.TextFormat.PlainText, HOSTILE,
                                         B.Save | B.Discard | B.Cancel)
    assert default == B.Save
    message_boxes.question(None, "t", "câu hỏi")
    assert seen[-1][3] == B.Yes | B.No                # Qt's static default buttons
    for show, icon in ((message_boxes.information, QMessageBox.Icon.Information),
                       (message_boxes.warning, QMessageBox.Icon.Warning),
                       (message_boxes.critical, QMessageBox.Icon.Critical)):
        show(None, "t", HOSTILE)
        assert seen[-1][:4] == (icon, Qt.TextFormat.PlainText, HOSTILE, B.Ok)


def test_revoking_an_office_named_with_html_shows_the_name_literally(qtbot, ctx, runner, monkeypatch):
    """The Trust tab's "Stop trusting …?" confirmation quotes the office name from its identity card."""
    from dnnd_desktop.gui.packages.trust_tab import TrustTab
    from dnnd_desktop.services import identity

    assert identity.list_trusted(ctx) == []   # nobody trusted yet: add an office whose card names it in HTML
    _trust_hostile_office(ctx)
    tab = TrustTab(ctx, runner)
    qtbot.addWidget(tab)
    tab.refresh()
    tab.table.selectRow(0)
    shown = []

    def exec_box(self):
        label = _main_label(self)
        shown.append((label.textFormat(), label.text(), self.textFormat()))
        return QMessageBox.StandardButton.No.value

    monkeypatch.setattr(QMessageBox, "exec", exec_box)
    tab.revoke_button.click()
    assert len(shown) == 1
    label_format, text, box_format = shown[0]
    assert label_format == box_format == Qt.TextFormat.PlainText
    assert HOSTILE in text                            # every character, tags included
    assert identity.list_trusted(ctx)[0].active       # "No" kept the trust


def _trust_hostile_office(ctx) -> None:
    """Trust a second office whose identity card carries an HTML name (as a hostile card would)."""
    import tempfile

    from dnnd_desktop.paths import DataDir
    from dnnd_desktop.services import identity
    from dnnd_desktop.services.app_context import open_context
    from dnnd_desktop.services.installation import SetupRequest, setup_installation

    root = Path(tempfile.mkdtemp(prefix="hostile-")) / "data"
    setup_installation(DataDir(root), SetupRequest(
        level="province", province_code=15, unit_name="tỉnh Lào Cai", unit_code=None,
        office_name="Ủy ban MTTQ Việt Nam tỉnh Lào Cai", parent_body="Ủy ban Trung ương MTTQ Việt Nam",
        symbol="MTTQ-BTT", place_name="Lào Cai", head_title="Chủ tịch", head_name="Hoàng Văn Nam",
        officer_name="Vàng Thị Hoa", officer_password=None, passphrase="mat-khau-tinh-thu-nghiem"))
    other = open_context(DataDir(root))
    try:
        card = identity.identity_card(other)
    finally:
        other.close()
    identity.trust_card(ctx, card, card.fingerprint)
    with ctx.session() as s:
        s.execute(update(TrustedKey).values(office_name=HOSTILE))
