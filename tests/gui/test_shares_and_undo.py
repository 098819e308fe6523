"""Packages page, issue 15: share records with another office and stop sharing (confirmed, audited),
and «Hoàn tác lần nhập này…» on the package log (confirmed, passphrase, task runner, result, then
the program closes like after a restore)."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget
from sqlalchemy import select

from dnnd_desktop.paths import DataDir
from dnnd_desktop.services import tasks as task_service
from dnnd_desktop.services.app_context import open_context
from dnnd_desktop.services.backups import daily_backup_if_due
from dnnd_desktop.services.installation import unlock_secret_keys
from dnnd_desktop.services.packages import import_package, package_log
from dnnd_desktop.services.records import RecordService
from dnnd_desktop.services.sync.sharing import list_shares
from dnnd_desktop.storage.models import AuditEntry
from tests.gui.test_packages_page import (  # noqa: F401  (fixtures)
    OUR_PASSPHRASE,
    _province_template,
    boxes,
    page,
    passphrase,
    province,
    table_rows,
    tasks_package,
    trusted,
    wait_tasks,
)


def audit_actions(ctx) -> list[tuple[str, str | None]]:
    with ctx.session() as s:
        return [(a.action, a.new_value or a.old_value) for a in s.scalars(
            select(AuditEntry).where(AuditEntry.action.in_(("share", "unshare"))).order_by(AuditEntry.id))]


def test_share_a_twinning_pair_then_stop_sharing(qtbot, ctx, page, runner, trusted, boxes, monkeypatch):  # noqa: F811
    from dnnd_desktop.gui.packages.shares_tab import ShareDialog

    svc = RecordService(ctx)
    pair = svc.create("twinning", {"kind": "village_village", "local_name": "Thôn Tả Phìn",
                                   "counterpart_name": "Thôn Lão Nhai"}).id
    svc.create("twinning", {"kind": "village_village", "local_name": "Thôn Sín Chải",
                            "counterpart_name": "Thôn Bát Xát"})
    seen = {}

    def pick(dialog):
        dialog.office.setCurrentIndex(dialog.office.findData(trusted.id))
        dialog.kind.setCurrentIndex(dialog.kind.findData("twinning"))
        seen["records"] = [dialog.records.item(i).text() for i in range(dialog.records.count())]
        seen["ok_before"] = dialog.buttons.buttons()[0].isEnabled()
        for i in range(dialog.records.count()):
            if dialog.records.item(i).data(Qt.ItemDataRole.UserRole) == pair:
                dialog.records.item(i).setCheckState(Qt.CheckState.Checked)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ShareDialog, "exec", pick)
    tab = page.shares_tab
    page.tabs.setCurrentWidget(tab)
    assert tab.empty.isVisible() and not tab.stop_button.isEnabled()
    tab.share_button.click()
    wait_tasks(qtbot, runner)
    assert seen["records"] == ["Thôn Sín Chải", "Thôn Tả Phìn"] and seen["ok_before"] is False
    assert [(r.record_id, r.office_id) for r in list_shares(ctx)] == [(pair, trusted.id)]
    assert table_rows(tab.table)[0][:3] == ["Thôn Tả Phìn", "Twinning pair", "Ủy ban MTTQ Việt Nam tỉnh Lào Cai"]
    assert boxes[-1][0] == "information" and "1 records are shared" in boxes[-1][1]
    assert audit_actions(ctx) == [("share", trusted.id)]

    tab.table.selectRow(0)
    assert tab.stop_button.isEnabled()
    tab.stop_button.click()
    wait_tasks(qtbot, runner)
    question = boxes[-1][1]
    assert "Thôn Tả Phìn" in question and "stays there" in question and "audit log" in question
    assert list_shares(ctx) == [] and table_rows(tab.table) == []
    assert audit_actions(ctx) == [("share", trusted.id), ("unshare", trusted.id)]


def test_stop_sharing_declined_keeps_the_share(qtbot, ctx, page, runner, trusted, monkeypatch):  # noqa: F811
    from PySide6.QtWidgets import QMessageBox

    from dnnd_desktop.gui import message_boxes
    from dnnd_desktop.services.sync.sharing import share_records

    pair = RecordService(ctx).create("twinning", {"kind": "village_village", "local_name": "Thôn Tả Phìn",
                                                  "counterpart_name": "Thôn Lão Nhai"}).id
    share_records(ctx, "twinning", [pair], trusted.id)
    tab = page.shares_tab
    tab.refresh()
    tab.table.selectRow(0)
    monkeypatch.setattr(message_boxes, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    tab.stop_selected()
    wait_tasks(qtbot, runner)
    assert len(list_shares(ctx)) == 1 and audit_actions(ctx) == [("share", trusted.id)]


def test_undo_an_import_from_the_package_log(qtbot, ctx, runner, tasks_package, boxes, passphrase):  # noqa: F811
    from dnnd_desktop.gui.packages.log_tab import LogTab

    assert daily_backup_if_due(ctx.data_dir, now=dt.datetime.now() - dt.timedelta(hours=1))
    with ctx.session() as s:
        secret = unlock_secret_keys(s, OUR_PASSPHRASE)
    import_package(ctx, tasks_package, secret)
    assert len(task_service.list_plans(ctx)) == 1
    window = QWidget()             # stands for the main window the tab lives in
    qtbot.addWidget(window)
    tab = LogTab(ctx, runner, window)
    window.show()
    tab.refresh()
    assert not tab.undo_button.isEnabled()            # nothing selected
    tab.table.selectRow(0)
    assert tab.undo_button.isEnabled()
    tab.undo_button.click()
    wait_tasks(qtbot, runner)
    qtbot.waitUntil(lambda: tab.undone is not None, timeout=30000)
    question = next(text for kind, text in boxes if kind == "question")
    assert "Ủy ban MTTQ Việt Nam tỉnh Lào Cai" in question and "the 0 packages received after it" in question
    assert "“received” folder" in question and "the program closes" in question
    assert len(passphrase) == 1
    final = boxes[-1]
    assert final[0] == "information" and "The import was undone" in final[1] and "0 packages were imported again" \
        in final[1] and "close" in final[1]
    qtbot.waitUntil(lambda: not window.isVisible())
    assert not tab.undo_button.isEnabled()
    check = open_context(DataDir(ctx.data_dir.root))  # the store as the next start sees it
    try:
        assert task_service.list_plans(check) == [] and package_log(check) == []
    finally:
        check.close()


def test_undo_declined_changes_nothing(qtbot, ctx, runner, tasks_package, passphrase, monkeypatch):  # noqa: F811
    from PySide6.QtWidgets import QMessageBox

    from dnnd_desktop.gui import message_boxes
    from dnnd_desktop.gui.packages.log_tab import LogTab

    with ctx.session() as s:
        secret = unlock_secret_keys(s, OUR_PASSPHRASE)
    import_package(ctx, tasks_package, secret)
    tab = LogTab(ctx, runner)
    qtbot.addWidget(tab)
    tab.table.selectRow(0)
    monkeypatch.setattr(message_boxes, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    tab.undo_selected()
    wait_tasks(qtbot, runner)
    assert tab.undone is None and passphrase == [] and len(task_service.list_plans(ctx)) == 1


def test_the_shares_tab_and_the_undo_button_in_vietnamese(qtbot, vietnamese, ctx, trusted, tasks_package,  # noqa: F811
                                                          page):  # noqa: F811
    """The words a commune officer sees (DNND_SCREENSHOTS=docs/screenshots saves the pictures)."""
    import os
    from pathlib import Path

    from dnnd_desktop.services.sync.sharing import share_records

    svc = RecordService(ctx)
    ids = [svc.create("twinning", {"kind": "village_village", "local_name": name, "counterpart_name": other}).id
           for name, other in (("Thôn Tả Phìn", "Thôn Lão Nhai"), ("Bản Sín Chải", "Bản Nà Pặc"))]
    share_records(ctx, "twinning", ids, trusted.id)
    with ctx.session() as s:
        import_package(ctx, tasks_package, unlock_secret_keys(s, OUR_PASSPHRASE))
    page.on_shown()
    page.log_tab.table.selectRow(0)
    assert page.log_tab.undo_button.isEnabled()
    page.tabs.setCurrentWidget(page.shares_tab)
    page.shares_tab.refresh()
    page.shares_tab.table.selectRow(0)
    assert page.tabs.tabText(page.tabs.indexOf(page.shares_tab)) == "&Chia sẻ"
    assert page.shares_tab.stop_button.text() == "&Bỏ chia sẻ…"
    assert page.log_tab.undo_button.text() == "&Hoàn tác lần nhập này…"
    folder = os.environ.get("DNND_SCREENSHOTS")
    if folder:
        page.grab().save(str(Path(folder) / "i15-shares-tab-vi.png"))
        page.tabs.setCurrentWidget(page.log_tab)
        page.grab().save(str(Path(folder) / "i15-package-log-undo-vi.png"))
