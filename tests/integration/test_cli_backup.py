"""`dnnd backup` / `dnnd restore` end to end in a real process."""
import json
import os
import sqlite3
import subprocess
from pathlib import Path

from tests.support.run_cli import CLI

ROOT = Path(__file__).resolve().parents[2]
SETUP = ["setup", "--level", "commune", "--province", "Lào Cai", "--unit", "Bát Xát",
         "--office-name", "Ủy ban MTTQ Việt Nam xã Bát Xát", "--officer", "Nguyễn Thị Hoa"]


def dnnd(*args, data_dir, env=None):
    full_env = {**os.environ, "DNND_PASSPHRASE": "mat-khau-thu-nghiem",
                **(env or {})}
    return subprocess.run([*CLI, "--data-dir", str(data_dir), *args], check=False,
                          capture_output=True, text=True, cwd=ROOT, env=full_env, timeout=120)


def _site(data_dir):
    con = sqlite3.connect(Path(data_dir) / "dnnd.sqlite3")
    try:
        return con.execute("SELECT site_id FROM installation").fetchone()[0]
    finally:
        con.close()


def test_backup_list_and_restore_with_json(tmp_path):
    data = tmp_path / "data"
    assert dnnd(*SETUP, data_dir=data).returncode == 0
    r = dnnd("backup", "--json", data_dir=data)
    assert r.returncode == 0, r.stderr
    made = json.loads(r.stdout)
    assert made["kind"] == "manual" and Path(made["path"]).exists()
    listed = json.loads(dnnd("backup", "--list", "--json", data_dir=data).stdout)["backups"]
    assert made["path"] in {b["path"] for b in listed}

    site = _site(data)
    r = dnnd("restore", made["path"], "--json", data_dir=data)
    assert r.returncode == 0, r.stderr
    result = json.loads(r.stdout)
    assert result["previous_site_id"] == site and result["new_site_id"] == _site(data) != site
    assert Path(result["safety_backup"]).exists()


def test_encrypted_backup_moves_to_a_new_data_folder(tmp_path):
    data, laptop = tmp_path / "data", tmp_path / "laptop"
    assert dnnd(*SETUP, data_dir=data).returncode == 0
    env = {"DNND_BACKUP_PASSPHRASE": "mật khẩu chuyển máy"}
    r = dnnd("backup", str(tmp_path / "chuyen.dnndbak"), data_dir=data, env=env)
    assert r.returncode == 0 and "có mã hóa" in r.stdout, r.stderr
    r = dnnd("restore", str(tmp_path / "chuyen.dnndbak"), "--check", "--json", data_dir=laptop, env=env)
    assert r.returncode == 0 and json.loads(r.stdout)["encrypted"] is True, r.stderr
    r = dnnd("restore", str(tmp_path / "chuyen.dnndbak"), data_dir=laptop, env={"DNND_BACKUP_PASSPHRASE": "sai rồi!!"})
    assert r.returncode == 1 and "Mật khẩu của bản sao lưu không đúng" in r.stderr
    assert not (laptop / "dnnd.sqlite3").exists()
    r = dnnd("restore", str(tmp_path / "chuyen.dnndbak"), "--json", data_dir=laptop, env=env)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["new_site_id"] == _site(laptop) != _site(data)


def test_plain_backup_needs_a_known_extension_and_never_overwrites(tmp_path):
    data = tmp_path / "data"
    assert dnnd(*SETUP, data_dir=data).returncode == 0
    r = dnnd("backup", str(tmp_path / "sao-luu.zip"), data_dir=data)
    assert r.returncode == 2 and ".dnndbak" in r.stderr
    r = dnnd("backup", str(tmp_path / "sao-luu.sqlite3"), data_dir=data)
    assert r.returncode == 0 and "KHÔNG được mã hóa" in r.stderr
    r = dnnd("backup", str(tmp_path / "sao-luu.sqlite3"), "--json", data_dir=data)
    assert r.returncode == 1 and json.loads(r.stdout)["error"] == "file_exists"


def test_restore_of_a_foreign_file_is_rejected_with_exit_1(tmp_path):
    data = tmp_path / "data"
    assert dnnd(*SETUP, data_dir=data).returncode == 0
    junk = tmp_path / "rac.sqlite3"
    junk.write_bytes(b"not a database at all" * 100)
    before = (data / "dnnd.sqlite3").read_bytes()
    r = dnnd("restore", str(junk), "--json", data_dir=data)
    assert r.returncode == 1 and json.loads(r.stdout)["error"] == "backup_invalid"
    assert "không phải bản sao lưu" in r.stderr
    assert (data / "dnnd.sqlite3").read_bytes() == before
