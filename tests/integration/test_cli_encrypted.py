"""The command line on encrypted data: setup prints the recovery code once; every later command
unlocks with DNND_PASSPHRASE (or a prompt); a plain store is converted at the first command."""
from __future__ import annotations

import json

import pytest

from dnnd_desktop import cli
from dnnd_desktop.paths import DataDir
from dnnd_desktop.services.app_context import open_context
from dnnd_desktop.services.installation import setup_installation
from dnnd_desktop.services.privacy import db_key
from dnnd_desktop.services.records import RecordService
from dnnd_desktop.storage import sqlite_cipher
from tests.conftest import PASSPHRASE, make_setup_request

pytestmark = pytest.mark.sqlite_only("the SQLite file itself is what is encrypted")


@pytest.fixture
def cipher_on(monkeypatch):
    monkeypatch.setattr(db_key, "ENABLED", True)
    yield
    sqlite_cipher.forget_all()


def run(capsys, *argv: str) -> tuple[int, dict]:
    code = cli.main(["--json", *argv])
    out = capsys.readouterr().out.strip().splitlines()
    return code, json.loads(out[-1]) if out else {}


def test_setup_prints_the_recovery_code_and_commands_need_the_passphrase(tmp_path, capsys, monkeypatch, cipher_on):
    root = str(tmp_path / "data")
    monkeypatch.setenv("DNND_PASSPHRASE", PASSPHRASE)
    code, out = run(capsys, "--data-dir", root, "setup", "--level", "district", "--province", "Lào Cai",
                    "--unit", "huyện Bát Xát", "--office-name", "Ủy ban MTTQ Việt Nam huyện Bát Xát")
    assert code == 0 and len(db_key.normalise_code(out["recovery_code"])) == 24
    sqlite_cipher.forget_all()                      # a new process

    code, out = run(capsys, "--data-dir", root, "search", "nguyen")
    assert code == 0 and out["total"] == 0

    sqlite_cipher.forget_all()
    monkeypatch.setenv("DNND_PASSPHRASE", "not-the-passphrase")
    code, out = run(capsys, "--data-dir", root, "search", "nguyen")
    assert code == 1 and out["error"] == "wrong_passphrase"



def test_first_command_after_the_upgrade_converts_a_plain_store(tmp_path, capsys, monkeypatch):
    data = DataDir(tmp_path / "data")
    monkeypatch.setattr(db_key, "ENABLED", False)
    setup_installation(data, make_setup_request())
    ctx = open_context(data)
    try:
        RecordService(ctx).create("household", {"head_name": "Nguyễn Văn Chuyển"})
    finally:
        ctx.close()
    monkeypatch.setattr(db_key, "ENABLED", True)
    monkeypatch.setenv("DNND_PASSPHRASE", PASSPHRASE)
    try:
        assert cli.main(["--json", "--data-dir", str(data.root), "search", "chuyen"]) == 0
        printed = capsys.readouterr()
        assert json.loads(printed.out)["total"] == 1
        shown = [w for w in printed.err.split() if len(db_key.normalise_code(w)) == 24]
        assert len(shown) == 1              # the recovery code, once, on stderr even with --json
        sqlite_cipher.forget_all()
        db_key.recover(data, shown[0], "mat-khau-moi-2026")
        assert sqlite_cipher.is_encrypted_file(data.database)
        assert "Nguyễn Văn Chuyển".encode() not in data.database.read_bytes()
    finally:
        sqlite_cipher.forget_all()


def test_identity_passphrase_changes_what_opens_the_data_too(tmp_path, capsys, monkeypatch, cipher_on):
    """`dnnd identity passphrase` changed only the signing keys: the next command then needed the
    old passphrase to open the data. Both change together now (issue 14)."""
    data = DataDir(tmp_path / "data")
    setup_installation(data, make_setup_request())
    sqlite_cipher.forget_all()
    new = "mây trắng bến sông 1975"
    monkeypatch.setenv("DNND_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("DNND_NEW_PASSPHRASE", new)
    code, out = run(capsys, "--data-dir", str(data.root), "identity", "passphrase")
    assert code == 0 and out["changed"] is True
    sqlite_cipher.forget_all()                      # the next command, a new process
    code, out = run(capsys, "--data-dir", str(data.root), "search", "nguyen")
    assert code == 1 and out["error"] == "wrong_passphrase"
    sqlite_cipher.forget_all()
    monkeypatch.setenv("DNND_PASSPHRASE", new)
    code, out = run(capsys, "--data-dir", str(data.root), "search", "nguyen")
    assert code == 0 and out["total"] == 0
