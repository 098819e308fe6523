"""The Attachments tab on encrypted data (issue 14): a file is attached sealed, «Open» hands the
system viewer a decrypted copy under <data>/viewing/ (named by the id, not the file name) made in
the task runner, and that copy is gone once the app's clean-up ran."""
from __future__ import annotations

import pytest

from dnnd_desktop.gui.records import prompts
from dnnd_desktop.gui.records.attachments_panel import AttachmentsPanel
from dnnd_desktop.paths import DataDir
from dnnd_desktop.services.app_context import open_context
from dnnd_desktop.services.installation import setup_installation
from dnnd_desktop.services.privacy import db_key
from dnnd_desktop.services.privacy.attachment_files import remove_viewing_copies
from dnnd_desktop.services.records import RecordService
from dnnd_desktop.storage import sqlite_cipher
from tests.conftest import make_setup_request

SECRET = "Biên bản làm việc với bà Vàng Thị Sểnh".encode()


@pytest.fixture
def encrypted_ctx(tmp_path, monkeypatch):
    monkeypatch.setattr(db_key, "ENABLED", True)
    data = DataDir(tmp_path / "du-lieu")
    setup_installation(data, make_setup_request())
    ctx = open_context(data)
    yield ctx
    ctx.close()
    sqlite_cipher.forget_all()


def test_open_gives_the_viewer_a_decrypted_copy_that_is_removed(qtbot, encrypted_ctx, runner, tmp_path, monkeypatch):
    ctx = encrypted_ctx
    rid = RecordService(ctx).create("partner", {"name": "Hội hữu nghị Việt - Lào", "kind": "friendship_assoc"}).id
    scan = tmp_path / "biên bản Sểnh.pdf"
    scan.write_bytes(b"%PDF-1.7 " + SECRET)
    panel = AttachmentsPanel(ctx, runner, "partner", rid)
    qtbot.addWidget(panel)
    monkeypatch.setattr(prompts, "open_files", lambda *a: [str(scan)])
    panel.add_button.click()
    qtbot.waitUntil(lambda: panel.file_names() == ["biên bản Sểnh.pdf"], timeout=10000)
    stored = [p for p in ctx.data_dir.attachments.rglob("*") if p.is_file()]
    assert len(stored) == 1 and stored[0].name.endswith(".sealed") and SECRET not in stored[0].read_bytes()
    opened = []
    panel.open_url = lambda url: opened.append(url.toLocalFile())
    panel.table.selectRow(0)
    panel.open_button.click()
    qtbot.waitUntil(lambda: bool(opened), timeout=10000)
    copy = ctx.data_dir.root / "viewing"
    assert opened[0].startswith(str(copy)) and "Sểnh" not in opened[0] and opened[0].endswith(".pdf")
    with open(opened[0], "rb") as f:
        assert f.read() == b"%PDF-1.7 " + SECRET
    assert remove_viewing_copies(ctx.data_dir) == 1 and list(copy.iterdir()) == []
