"""The command line authenticates its user (issue 14, Deliver 5): a command acting as a user with a
password needs that password (DNND_PASSWORD or typed); without it only read-only commands that show
no personal data run; the audit log names the authenticated user only."""
from __future__ import annotations

import json
import os
import subprocess

import pytest

from dnnd_desktop.paths import DataDir
from dnnd_desktop.services.app_context import open_context
from dnnd_desktop.services.records.audit_queries import AuditQueryService
from dnnd_desktop.services.records.types import AuditQuery
from dnnd_desktop.services.users import UserService
from tests.support.run_cli import CLI

BASE_ENV = {k: v for k, v in os.environ.items() if k != "DNND_PASSWORD"}
BASE_ENV["DNND_PASSPHRASE"] = "mat-khau-thu-nghiem"


def dnnd(data, *args, password: str | None = None):
    env = dict(BASE_ENV)
    if password is not None:
        env["DNND_PASSWORD"] = password
    # stdin is not a terminal: no prompt can be answered, so a missing password is refused at once.
    return subprocess.run([*CLI, "--data-dir", str(data), *args], capture_output=True, text=True, env=env,
                          stdin=subprocess.DEVNULL, timeout=300, check=False)


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    data = tmp_path_factory.mktemp("auth") / "data"
    r = dnnd(data, "--json", "setup", "--level", "commune", "--province", "Lào Cai", "--unit", "Bát Xát",
             "--office-name", "Ủy ban MTTQ Việt Nam xã Bát Xát", "--officer", "Cán bộ Hà", password="hoa-ban-2026")
    assert r.returncode == 0, r.stderr
    ctx = open_context(DataDir(data))
    try:
        assert ctx.current_user and ctx.current_user.has_password
        UserService(ctx).add_user("Cán bộ Lan", ("officer",), "lan-2026")
        UserService(ctx).add_user("Khách", ("officer",), None)
    finally:
        ctx.close()
    r = dnnd(data, "--json", "demo", "--households", "5", "--activities", "1", "--seed", "3", password="hoa-ban-2026")
    assert r.returncode == 0, r.stderr
    return data


def test_personal_data_commands_need_the_password(office, tmp_path):
    r = dnnd(office, "--json", "search", "nguyen")
    assert r.returncode == 1 and json.loads(r.stdout)["error"] == "password_required"
    assert "DNND_PASSWORD" in r.stderr
    r = dnnd(office, "--json", "search", "nguyen", password="sai-mat-khau")
    assert r.returncode == 1 and json.loads(r.stdout)["error"] == "bad_password"
    r = dnnd(office, "--json", "export-excel", "households", str(tmp_path / "ho.xlsx"), "--include-sensitive")
    assert r.returncode == 1 and not (tmp_path / "ho.xlsx").exists()
    r = dnnd(office, "--json", "backup", str(tmp_path / "b.sqlite3"))
    assert r.returncode == 1 and not (tmp_path / "b.sqlite3").exists()
    r = dnnd(office, "--json", "search", "nguyen", password="hoa-ban-2026")
    assert r.returncode == 0, r.stderr


def test_another_user_needs_their_own_password(office):
    r = dnnd(office, "--json", "--user", "Cán bộ Lan", "search", "nguyen", password="hoa-ban-2026")
    assert r.returncode == 1 and json.loads(r.stdout)["error"] == "bad_password"
    r = dnnd(office, "--json", "--user", "Cán bộ Lan", "search", "nguyen", password="lan-2026")
    assert r.returncode == 0, r.stderr
    # A user without a password is let in as the login window lets them in.
    r = dnnd(office, "--json", "--user", "Khách", "search", "nguyen")
    assert r.returncode == 0, r.stderr


def test_read_only_commands_without_personal_data_run_without_password(office):
    r = dnnd(office, "--json", "identity", "show")
    assert r.returncode == 0, r.stderr
    assert set(json.loads(r.stdout)) >= {"office_id", "fingerprint"}
    r = dnnd(office, "--json", "report", "list")
    assert r.returncode == 0, r.stderr
    r = dnnd(office, "--json", "backup", "--list")
    assert r.returncode == 0, r.stderr


def test_audit_log_names_the_authenticated_user_only(office, tmp_path):
    r = dnnd(office, "--json", "--user", "Cán bộ Lan", "export-excel", "activities", str(tmp_path / "hd.xlsx"),
             password="lan-2026")
    assert r.returncode == 0, r.stderr
    r = dnnd(office, "--json", "--user", "Cán bộ Lan", "export-excel", "partners", str(tmp_path / "dt.xlsx"),
             password="wrong")
    assert r.returncode == 1
    ctx = open_context(DataDir(office))
    try:
        rows = AuditQueryService(ctx).page(AuditQuery(action="export"))
    finally:
        ctx.close()
    exports = [(e.user, e.kind) for e in rows]
    assert ("Cán bộ Lan", "activity") in exports
    assert not any(kind == "partner" for _, kind in exports)   # refused before anything was written


def test_privacy_documents_from_the_command_line(office, tmp_path):
    r = dnnd(office, "--json", "privacy", "register", str(tmp_path / "so.pdf"))
    assert r.returncode == 1 and not (tmp_path / "so.pdf").exists()   # personal data: the password first
    for doc, name in (("register", "so.pdf"), ("impact", "dgtd.docx"), ("breach", "tb.pdf")):
        r = dnnd(office, "--json", "privacy", doc, str(tmp_path / name), password="hoa-ban-2026")
        assert r.returncode == 0, r.stderr
        assert json.loads(r.stdout)["path"] == str(tmp_path / name) and (tmp_path / name).stat().st_size > 0
    r = dnnd(office, "privacy", "breach", str(tmp_path / "x.txt"), password="hoa-ban-2026")
    assert r.returncode == 1 and not (tmp_path / "x.txt").exists()
