"""Packages page: import preview then apply (from the page and from a double-clicked file), a tampered
file refused with the Vietnamese message and nothing changed, trust with the right / a wrong
fingerprint, revoke with a confirmation, export of a report package, USB sync through a folder."""
from __future__ import annotations

import shutil

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton

from dnnd_desktop.gui import message_boxes
from dnnd_desktop.paths import DataDir
from dnnd_desktop.services import identity
from dnnd_desktop.services import tasks as task_service
from dnnd_desktop.services.app_context import open_context
from dnnd_desktop.services.installation import SetupRequest, setup_installation, unlock_secret_keys
from dnnd_desktop.services.packages import export_package, import_package, package_log, parse_plan
from dnnd_desktop.services.reports import ReportService
from dnnd_desktop.services.usb_sync import ROOT_NAME
from tests.support.reports import mark_missing_nothing

OUR_PASSPHRASE = "mật khẩu dài"          # the GUI tests' installation (tests/gui/conftest.py)
PROVINCE_PASSPHRASE = "mat-khau-tinh-thu-nghiem"

PLAN = {
    "format": "dnnd-plan", "version": 1, "doc_number": "15/HD-MTTQ-BTT", "doc_date": "2026-01-20",
    "issuer": "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lào Cai",
    "title": "Hướng dẫn công tác đối ngoại nhân dân năm 2026", "year": 2026,
    "tasks": [
        {"code": "I.1", "title": "Tuyên truyền chủ trương về công tác đối ngoại nhân dân", "deadline": "2026-06-30"},
        {"code": "I.2", "title": "Tổ chức giao lưu nhân dân biên giới", "deadline": "2026-09-30"},
        {"code": "II.1", "title": "Gặp mặt kiều bào dịp Tết", "deadline": "2026-02-10"},
    ],
    "report_schedule": [{"template": "bao_cao_dnnd", "period_kind": "half", "due": "05-15"}],
}


def wait_tasks(qtbot, runner):
    qtbot.waitUntil(lambda: not runner.running_tasks, timeout=30000)


@pytest.fixture(scope="session")
def _province_template(tmp_path_factory, _installed_template):
    """A province office that trusts the GUI tests' commune office (same keys in every copy)."""
    root = tmp_path_factory.mktemp("province") / "data"
    setup_installation(DataDir(root), SetupRequest(
        level="province", province_code=15, unit_name="tỉnh Lào Cai", unit_code=None,
        office_name="Ủy ban MTTQ Việt Nam tỉnh Lào Cai", parent_body="Ủy ban Trung ương MTTQ Việt Nam",
        symbol="MTTQ-BTT", place_name="Lào Cai", head_title="Chủ tịch", head_name="Hoàng Văn Nam",
        officer_name="Vàng Thị Hoa", officer_password=None, passphrase=PROVINCE_PASSPHRASE))
    copy = tmp_path_factory.mktemp("commune-copy") / "data"
    shutil.copytree(_installed_template, copy)
    commune = open_context(DataDir(copy))
    province = open_context(DataDir(root))
    try:
        card = identity.identity_card(commune)
        identity.trust_card(province, card, card.fingerprint)
    finally:
        commune.close()
        province.close()
    return root


class Province:
    def __init__(self, root):
        self.ctx = open_context(DataDir(root))
        with self.ctx.session() as s:
            self.secret = unlock_secret_keys(s, PROVINCE_PASSPHRASE)

    @property
    def id(self):
        return self.ctx.installation.office_id


@pytest.fixture
def province(_province_template, tmp_path):
    root = tmp_path / "province"
    shutil.copytree(_province_template, root)
    p = Province(root)
    yield p
    p.ctx.close()


@pytest.fixture
def trusted(ctx, province):
    """Our office trusts the province (its card checked by fingerprint)."""
    card = identity.identity_card(province.ctx)
    identity.trust_card(ctx, card, card.fingerprint)
    return province


@pytest.fixture
def tasks_package(trusted, ctx, tmp_path):
    path = tmp_path / "goi-nhiem-vu.dnnd"
    export_package(trusted.ctx, kind="tasks", to=ctx.installation.office_id, out_path=path,
                   secret=trusted.secret, plan=parse_plan(PLAN))
    return path


@pytest.fixture
def passphrase(monkeypatch):
    """The signing passphrase dialog answered with our passphrase; the texts it showed are kept."""
    from dnnd_desktop.gui.packages import secret

    asked = []

    def ask(parent, text):
        asked.append(text)
        return OUR_PASSPHRASE

    monkeypatch.setattr(secret, "ask_passphrase", ask)
    return asked


@pytest.fixture
def boxes(monkeypatch):
    said = []

    def box(kind, reply):
        def f(parent, title, text, *a, **k):
            said.append((kind, text))
            return reply
        return f

    monkeypatch.setattr(message_boxes, "question", box("question", QMessageBox.StandardButton.Yes))
    monkeypatch.setattr(message_boxes, "warning", box("warning", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(message_boxes, "information", box("information", QMessageBox.StandardButton.Ok))
    return said


@pytest.fixture
def page(qtbot, ctx, runner):
    from dnnd_desktop.gui.pages.packages_page import PackagesPage

    p = PackagesPage(ctx, runner)
    qtbot.addWidget(p)
    p.resize(1100, 700)
    p.show()
    return p


def table_rows(table):
    return [[table.item(r, c).text() if table.item(r, c) else "" for c in range(table.columnCount())]
            for r in range(table.rowCount())]


# -- receive -------------------------------------------------------------------------------------------


def test_preview_changes_nothing_then_import_applies(qtbot, ctx, page, runner, tasks_package, passphrase):
    from dnnd_desktop.gui.packages.import_tab import IMPORTED, PREVIEWED

    tab = page.import_tab
    page.open_file(str(tasks_package))
    wait_tasks(qtbot, runner)
    qtbot.waitUntil(lambda: tab.state == PREVIEWED, timeout=10000)
    assert page.tabs.currentWidget() is tab
    assert len(passphrase) == 1 and tasks_package.name in passphrase[0]   # asked before reading the file
    assert tab.sender_value.text() == "Ủy ban MTTQ Việt Nam tỉnh Lào Cai"
    assert tab.kind_value.text().startswith("Tasks and plan")
    rows = {r[0]: r[1:] for r in table_rows(tab.table)}
    assert rows["Tasks"] == ["3", "0", "0", "0", "0"]       # new, updated, unchanged, conflicts, rejected
    assert rows["Plans"][0] == "1"
    assert "Total" in rows
    assert task_service.list_plans(ctx) == []               # the preview changed nothing
    assert tab.import_button.isEnabled()

    tab.import_button.click()
    wait_tasks(qtbot, runner)
    assert tab.state == IMPORTED
    assert "New: " in tab.status.text() and "can be undone" in tab.status.text()   # kept, not backed up
    plans = task_service.list_plans(ctx)
    assert len(plans) == 1 and plans[0].task_count == 3
    assert not tab.import_button.isEnabled()
    log = table_rows(page.log_tab.table)
    assert log[0][1] == "Received" and log[0][3] == "Ủy ban MTTQ Việt Nam tỉnh Lào Cai"


def test_cancel_after_preview_imports_nothing(qtbot, ctx, page, runner, tasks_package, passphrase):
    from dnnd_desktop.gui.packages.import_tab import IDLE, PREVIEWED

    tab = page.import_tab
    page.open_file(str(tasks_package))
    qtbot.waitUntil(lambda: tab.state == PREVIEWED, timeout=30000)
    tab.cancel_button.click()
    assert tab.state == IDLE and tab._secret is None
    assert "Nothing was changed" in tab.status.text()
    assert task_service.list_plans(ctx) == [] and package_log(ctx) == []


def test_double_clicked_file_opens_the_import_preview(qtbot, ctx, tasks_package, passphrase):
    from dnnd_desktop.gui.main_window import MainWindow
    from dnnd_desktop.gui.packages.import_tab import PREVIEWED

    window = MainWindow(ctx, open_file=str(tasks_package))
    qtbot.addWidget(window)
    try:
        assert window.current_page_key == "packages"
        page = window.page("packages")
        qtbot.waitUntil(lambda: page.import_tab.state == PREVIEWED, timeout=30000)
        assert page.import_tab.path == tasks_package
        assert window.pending_open_file is None
    finally:
        window.runner.cancel_all()
        window.runner.wait_all(5000)


def test_tampered_file_is_refused_in_vietnamese_and_nothing_changes(qtbot, ctx, page, runner, tasks_package,
                                                                    passphrase, boxes, vietnamese):
    from dnnd_desktop.gui.packages.import_tab import REFUSED

    data = bytearray(tasks_package.read_bytes())
    data[len(data) // 2] ^= 0x01
    tasks_package.write_bytes(bytes(data))
    before = tasks_package.read_bytes()
    page.open_file(str(tasks_package))
    wait_tasks(qtbot, runner)
    tab = page.import_tab
    assert tab.state == REFUSED
    warnings = [text for kind, text in boxes if kind == "warning"]
    assert len(warnings) == 1
    assert "gói" in warnings[0].lower()                      # the service's Vietnamese message
    assert warnings[0] in tab.status.text() and "Không có gì thay đổi" in tab.status.text()
    assert len(passphrase) == 1                              # asked first (issue 19), asked once
    assert not tab.import_button.isEnabled()
    assert task_service.list_plans(ctx) == [] and package_log(ctx) == []
    assert tasks_package.read_bytes() == before


def test_a_sync_package_with_more_lines_than_listed_gets_its_own_message(qtbot, ctx, page, runner, trusted, passphrase,
                                                                         boxes, vietnamese, tmp_path):
    """Issue 16: the line-count refusal reaches the user with its own message, not "content not valid"."""
    from dnnd_desktop.exchange.package import Recipient, SenderIdentity, write_package
    from dnnd_desktop.exchange.package.strict_json import dumps_canonical
    from dnnd_desktop.gui.packages.import_tab import REFUSED
    from dnnd_desktop.services.packages.common import SCHEMA_VERSION

    site = trusted.ctx.installation.site_id
    head = {"format": "dnnd-changeset", "format_version": 1, "office_id": trusted.id, "site_id": site,
            "base": {}, "upto": {}, "counts": {"household": 1}, "blobs": []}
    with ctx.session() as s:
        ours = unlock_secret_keys(s, OUR_PASSPHRASE).public.box_pk
    path = tmp_path / "dong-bo.dnnd"
    write_package(path, kind="sync", sender=SenderIdentity(trusted.id, site, trusted.secret),
                  recipients=[Recipient(ctx.installation.office_id, ours)], schema_version=SCHEMA_VERSION,
                  files={"changeset.json": dumps_canonical(head),
                         "records/household.jsonl": b'{"id":"00000000-0000-4000-8000-000000000001"}\n' * 7})
    page.open_file(str(path))
    wait_tasks(qtbot, runner)
    assert page.import_tab.state == REFUSED
    warnings = [text for kind, text in boxes if kind == "warning"]
    assert len(warnings) == 1
    assert "có 7 dòng" in warnings[0] and "ghi 1:" in warnings[0], warnings[0]
    assert "không hợp lệ" not in warnings[0]
    assert warnings[0] in page.import_tab.status.text()
    assert package_log(ctx) == []


def test_wrong_passphrase_is_explained_and_nothing_imported(qtbot, ctx, page, runner, tasks_package, boxes,
                                                            monkeypatch, vietnamese):
    from dnnd_desktop.gui.packages import secret
    from dnnd_desktop.gui.packages.import_tab import REFUSED

    monkeypatch.setattr(secret, "ask_passphrase", lambda parent, text: "sai mật khẩu")
    page.open_file(str(tasks_package))
    qtbot.waitUntil(lambda: page.import_tab.state == REFUSED, timeout=30000)
    assert "Mật khẩu khóa không đúng" in page.import_tab.status.text()
    assert task_service.list_plans(ctx) == []


def _typist(qtbot, answers):
    """Types each answer into the passphrase prompt the moment it is on screen, into whatever has the
    keyboard focus (as a person typing at once would), then presses Enter. Returns the prompts' texts."""
    from PySide6.QtCore import QEvent, Qt, QTimer
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication, QLabel

    from dnnd_desktop.gui.packages.secret import SigningPassphraseDialog

    seen = []

    def look():
        dialog = QApplication.activeModalWidget()
        focus = QApplication.focusWidget()
        # the first moment any window has the keyboard after the prompt appeared
        if not isinstance(dialog, SigningPassphraseDialog) or focus is None or not answers:
            return
        seen.append((dialog.findChild(QLabel).text(), focus is dialog.edit))
        for ch in answers.pop(0):   # key events with text (QTest's keyClicks takes ASCII only)
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(focus, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))
        qtbot.keyClick(focus, Qt.Key.Key_Return)

    timer = QTimer()
    timer.setInterval(0)
    timer.timeout.connect(look)
    timer.start()
    return seen, timer


def test_passphrase_typed_at_once_after_choosing_the_file_and_a_typo_is_asked_again(
        qtbot, ctx, page, runner, tasks_package, monkeypatch):
    from dnnd_desktop.gui.packages.import_tab import PREVIEWED

    picked = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *a, **k: picked.append(1) or (str(tasks_package), ""))
    tab = page.import_tab
    seen, timer = _typist(qtbot, ["mật khẩu dàii", OUR_PASSPHRASE])
    try:
        tab.open_button.click()
        qtbot.waitUntil(lambda: tab.state == PREVIEWED, timeout=30000)
    finally:
        timer.stop()
    assert picked == [1]                                      # the file was chosen once
    assert len(seen) == 2 and all(focused for _text, focused in seen)   # the prompt had the keyboard
    assert tasks_package.name in seen[0][0] and "tries left" not in seen[0][0]
    assert "2 tries left" in seen[1][0]
    assert tab.sender_value.text() == "Ủy ban MTTQ Việt Nam tỉnh Lào Cai"
    assert task_service.list_plans(ctx) == []


def test_three_wrong_passphrases_end_the_import_and_change_nothing(qtbot, ctx, page, runner, tasks_package, boxes,
                                                                  monkeypatch):
    from dnnd_desktop.gui.packages import secret
    from dnnd_desktop.gui.packages.import_tab import REFUSED

    asked = []
    monkeypatch.setattr(secret, "ask_passphrase", lambda parent, text: asked.append(text) or "sai mật khẩu")
    page.open_file(str(tasks_package))
    qtbot.waitUntil(lambda: page.import_tab.state == REFUSED, timeout=30000)
    assert len(asked) == 3 and "1 tries left" in asked[2]
    assert len([1 for kind, _text in boxes if kind == "warning"]) == 1   # one refusal, after the third try
    assert task_service.list_plans(ctx) == [] and package_log(ctx) == []


# -- trust ---------------------------------------------------------------------------------------------


@pytest.fixture
def province_card(province, tmp_path):
    path = tmp_path / "the-tinh.dnndid"
    identity.write_identity_card(province.ctx, path)
    return path, identity.identity_card(province.ctx).fingerprint


def test_own_fingerprint_is_shown_large_in_six_groups(page, ctx):
    from PySide6.QtWidgets import QLabel

    label = page.trust_tab.findChild(QLabel, "ownFingerprint")
    groups = label.text().split()
    assert groups == identity.identity_card(ctx).fingerprint.split()
    assert len(groups) == 6 and all(len(g) == 5 and g.isdigit() for g in groups)
    assert label.font().pointSize() >= 18


def test_trust_a_card_with_the_right_fingerprint(qtbot, ctx, page, province_card):
    path, fingerprint = province_card
    tab = page.trust_tab
    dialog = tab.add_card_file(str(path))
    assert dialog.relation.currentData() == "parent"          # a province above a commune
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.typed, fingerprint.replace(" ", ""))   # typed without spaces, as heard
    assert dialog.ok_button.isEnabled()
    dialog.ok_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    rows = table_rows(tab.table)
    assert rows[0][0] == "Ủy ban MTTQ Việt Nam tỉnh Lào Cai" and rows[0][2] == fingerprint
    assert rows[0][4] == "Trusted"
    assert [t.office_name for t in identity.list_trusted(ctx)] == ["Ủy ban MTTQ Việt Nam tỉnh Lào Cai"]
    # the new office can now receive packages
    page.export_tab.kind.setCurrentIndex(page.export_tab.kind.findData("report"))
    assert page.export_tab.recipients.count() == 1


def test_a_wrong_fingerprint_is_refused_and_nothing_trusted(qtbot, ctx, page, province_card, vietnamese):
    path, fingerprint = province_card
    dialog = page.trust_tab.add_card_file(str(path))
    wrong = fingerprint[:-1] + ("0" if fingerprint[-1] != "0" else "1")
    qtbot.keyClicks(dialog.typed, wrong)
    dialog.ok_button.click()
    assert dialog.isVisible()
    assert dialog.error.isVisible() and "Dấu vân tay không khớp" in dialog.error.text()
    assert identity.list_trusted(ctx) == []
    assert page.trust_tab.table.rowCount() == 0
    dialog.reject()


def test_revoke_asks_first(qtbot, ctx, page, trusted, boxes, monkeypatch):
    tab = page.trust_tab
    tab.refresh()
    tab.table.selectRow(0)
    assert tab.revoke_button.isEnabled()
    monkeypatch.setattr(message_boxes, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    tab.revoke_button.click()
    assert identity.list_trusted(ctx)[0].active
    monkeypatch.setattr(message_boxes, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    tab.revoke_button.click()
    assert not identity.list_trusted(ctx)[0].active
    assert table_rows(tab.table)[0][4].startswith("Revoked on")
    assert not tab.revoke_button.isEnabled()


# -- send ----------------------------------------------------------------------------------------------


def test_export_a_report_package_the_province_can_import(qtbot, ctx, page, runner, trusted, passphrase,
                                                         tmp_path, monkeypatch):
    svc = ReportService(ctx)
    rid = svc.create("2026-H1").id
    mark_missing_nothing(svc, rid)
    svc.approve(rid)
    tab = page.export_tab
    tab.kind.setCurrentIndex(tab.kind.findData("report"))
    tab.refresh()
    assert tab.checked(tab.recipients) == [trusted.id]
    assert tab.checked(tab.reports) == [rid]
    offered = []

    def save(parent, title, default, filters):
        offered.append(default)
        return str(tmp_path / "out" / "goi"), filters

    (tmp_path / "out").mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)
    tab.make_button.click()
    wait_tasks(qtbot, runner)
    out = tmp_path / "out" / "goi.dnnd"
    assert out.exists() and tab.last_result.path == str(out)
    assert "Package saved" in tab.status.text()
    # the default name says nothing personal: the kind, the office's place and the reports' period
    # (issue 19); the box offers «Mở tệp» / «Mở thư mục» and the next package starts in this folder
    name = offered[0].replace("\\", "/").rsplit("/", 1)[-1]
    assert name == "goi-bao-cao-bat-xat-2026-H1.dnnd", name
    assert tab.saved_box.findChild(QPushButton, "openSavedFolder") is not None
    from dnnd_desktop.gui import export_files

    assert export_files.start_folder(ctx, export_files.PACKAGES) == tmp_path / "out"
    assert svc.get(rid).status == "sent"
    assert tab.reports.count() == 0                          # nothing left to send
    assert table_rows(page.log_tab.table)[0][1] == "Sent"
    r = import_package(trusted.ctx, out, trusted.secret)
    assert r.per_kind["report"]["new"] == 1


def test_export_needs_a_recipient(qtbot, page, boxes, passphrase):
    tab = page.export_tab
    tab.kind.setCurrentIndex(tab.kind.findData("report"))
    tab.make_button.click()
    assert boxes and "Tick the office" in boxes[0][1]
    assert passphrase == []


def test_tasks_kind_only_at_a_province(page, province, qtbot, runner):
    from dnnd_desktop.gui.pages.packages_page import PackagesPage

    assert page.export_tab.kind.findData("tasks") == -1
    province_page = PackagesPage(province.ctx, runner)
    qtbot.addWidget(province_page)
    assert province_page.export_tab.kind.findData("tasks") >= 0


# -- USB -----------------------------------------------------------------------------------------------


def test_usb_sync_with_a_folder(qtbot, ctx, page, runner, trusted, passphrase, tmp_path):
    stick = tmp_path / "usb"
    me = ctx.installation.office_id
    (stick / ROOT_NAME / me).mkdir(parents=True)
    export_package(trusted.ctx, kind="tasks", to=me, out_path=stick / ROOT_NAME / me / "a.dnnd",
                   secret=trusted.secret, plan=parse_plan(PLAN))
    svc = ReportService(ctx)
    rid = svc.create("2026-H1").id
    mark_missing_nothing(svc, rid)
    svc.approve(rid)
    tab = page.usb_tab
    assert not tab.run_button.isEnabled()
    tab.folder.setText(str(stick))
    assert "1 package" in tab.incoming.text()
    outgoing = [tab.outgoing.item(i).text() for i in range(tab.outgoing.count())]
    assert any("Ủy ban MTTQ Việt Nam tỉnh Lào Cai — Reports" == t for t in outgoing)
    tab.run_button.click()
    wait_tasks(qtbot, runner)
    summary = tab.summary.toPlainText()
    assert "Received from Ủy ban MTTQ Việt Nam tỉnh Lào Cai" in summary      # the summary follows the UI
    assert "Package report written" in summary
    assert len(task_service.list_plans(ctx)) == 1
    assert svc.get(rid).status == "sent"
    assert not any((stick / ROOT_NAME / me).glob("*.dnnd"))      # ours were taken off the stick
    assert len(list((stick / ROOT_NAME / trusted.id).glob("*.dnnd"))) == 1
    assert "No package" in tab.incoming.text()


def test_usb_folder_that_does_not_exist(page, tmp_path):
    tab = page.usb_tab
    tab.folder.setText(str(tmp_path / "khong-co"))
    assert not tab.run_button.isEnabled()
    assert "does not exist" in tab.incoming.text()


# -- conflicts, duplicates -----------------------------------------------------------------------------


def test_conflicts_and_duplicates_tabs_have_a_calm_state(page):
    for tab in (page.conflicts_tab, page.duplicates_tab):
        assert tab.empty.isVisibleTo(page) or tab.empty.text()
        assert tab.empty.text()
        assert tab.items == []


def test_a_package_for_another_office_is_not_opened(qtbot, ctx, page, runner, trusted, passphrase, boxes, tmp_path):
    from dnnd_desktop.gui.packages.import_tab import REFUSED

    other_dir = DataDir(tmp_path / "other")
    setup_installation(other_dir, SetupRequest(
        level="commune", province_code=15, unit_name="xã Y Tý", unit_code=None,
        office_name="Ủy ban MTTQ Việt Nam xã Y Tý", parent_body="Ủy ban MTTQ Việt Nam tỉnh Lào Cai",
        symbol="MTTQ", place_name="Y Tý", head_title="Chủ tịch", head_name="Lý Seo Chứ",
        officer_name="Lý Thị Mai", officer_password=None, passphrase="mat-khau-y-ty"))
    other = open_context(other_dir)
    try:
        card = identity.identity_card(other)
        identity.trust_card(trusted.ctx, card, card.fingerprint)
        path = tmp_path / "cho-xa-khac.dnnd"
        export_package(trusted.ctx, kind="tasks", to=other.installation.office_id, out_path=path,
                       secret=trusted.secret, plan=parse_plan(PLAN))
    finally:
        other.close()
    page.open_file(str(path))
    wait_tasks(qtbot, runner)
    assert page.import_tab.state == REFUSED
    assert "addressed to another office" in page.import_tab.status.text()
    assert len(passphrase) == 1 and task_service.list_plans(ctx) == []


# -- the office's own keys (issue 16) ------------------------------------------------------------------


def test_change_the_key_passphrase(qtbot, ctx, page, runner, boxes):
    dialog = page.trust_tab.change_passphrase()
    dialog.old.setText(OUR_PASSPHRASE)
    dialog.new.setText("mật khẩu mới dài hơn")
    dialog.again.setText("mật khẩu mới khác")
    dialog.check()
    assert dialog.error.isVisible() and dialog.isVisible()      # the two new ones differ: asked again
    dialog.again.setText("mật khẩu mới dài hơn")
    dialog.check()
    wait_tasks(qtbot, runner)
    with ctx.session() as s:
        unlock_secret_keys(s, "mật khẩu mới dài hơn")          # the new passphrase opens the key
    assert boxes and boxes[-1][0] == "information"


def test_change_the_office_keys(qtbot, ctx, page, runner, trusted, boxes, passphrase, tmp_path, monkeypatch):
    tab = page.trust_tab
    old = identity.identity_card(ctx)
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    tab.rotate_button.click()
    wait_tasks(qtbot, runner)
    new = identity.identity_card(ctx)
    assert new.fingerprint != old.fingerprint
    assert tab.own_fingerprint.text().replace(" ", "").replace("\n", "") == new.fingerprint.replace(" ", "")
    assert len(list(tmp_path.glob("doi-khoa-*.dnnd"))) == 1     # one package for the one trusted office


def test_a_revoked_key_is_trusted_again_only_after_confirming(qtbot, ctx, page, trusted, province_card,
                                                              monkeypatch):
    path, fingerprint = province_card
    identity.revoke(ctx, trusted.id)
    answers, asked = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes], []

    def exec_box(box):
        asked.append(box.text())
        return answers.pop(0)
    monkeypatch.setattr(QMessageBox, "exec", exec_box)
    dialog = page.trust_tab.add_card_file(str(path))
    qtbot.keyClicks(dialog.typed, fingerprint)
    dialog.ok_button.click()                    # "No": still revoked, the reason is shown
    assert dialog.isVisible() and dialog.error.isVisible()
    assert not identity.list_trusted(ctx)[0].active
    dialog.ok_button.click()                    # "Yes": trusted again, audited as a restore
    assert dialog.result() == dialog.DialogCode.Accepted
    assert identity.list_trusted(ctx)[0].active and len(asked) == 2


def test_an_office_name_from_a_card_file_is_shown_as_typed_not_as_html(qtbot, ctx, page, province_card):
    """Issue 16 item 9: untrusted text (an identity file's office name) is plain text in Qt."""
    import dataclasses

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel

    from dnnd_desktop.gui.packages.trust_tab import TrustCardDialog

    path, _fingerprint = province_card
    card = identity.read_identity_card(path)
    html = '<b>Tỉnh</b><img src="http://x/y.png"><a href="http://x">bấm</a>'
    dialog = TrustCardDialog(ctx, dataclasses.replace(card, name=html), page)
    qtbot.addWidget(dialog)
    shown = [lab for lab in dialog.findChildren(QLabel) if lab.text() == html]
    assert len(shown) == 1 and shown[0].textFormat() == Qt.TextFormat.PlainText


def test_error_messages_are_shown_as_plain_text(qtbot, runner):
    from PySide6.QtCore import Qt

    from dnnd_desktop.domain.errors import DnndError

    def work(progress, cancel):
        raise DnndError("Gói của «<b>Tỉnh</b>» bị từ chối.", code="x")

    task = runner.run(work, title="t")
    with qtbot.waitSignal(task.failed, timeout=5000):
        pass
    assert runner.last_message.textFormat() == Qt.TextFormat.PlainText


def test_a_sync_package_says_who_was_left_out_for_want_of_consent(qtbot, ctx, page, runner, trusted, passphrase,
                                                                   tmp_path, monkeypatch):
    """Issue 14: the names of the people left out of a sync package are shown after it is made."""
    from dnnd_desktop.services.records import RecordService
    from dnnd_desktop.services.sync import consent_withheld

    monkeypatch.setattr(consent_withheld, "ENABLED", True)
    RecordService(ctx).create("household", {"head_name": "Thào Seo Chúng"})
    tab = page.export_tab
    tab.kind.setCurrentIndex(tab.kind.findData("sync"))
    tab.refresh()
    assert tab.checked(tab.recipients) == [trusted.id]
    (tmp_path / "out").mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(tmp_path / "out" / "dongbo"), a[-1]))
    tab.make_button.click()
    wait_tasks(qtbot, runner)
    assert tab.last_result is not None and tab.last_result.withheld.households == 1
    text = tab.status.text()
    assert "Not sent for want of valid consent" in text and "Thào Seo Chúng: no consent recorded" in text
