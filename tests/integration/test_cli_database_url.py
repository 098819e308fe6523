"""The --database-url option and DNND_DATABASE_URL, by command line: a server that does not
answer is one clear error with the password masked; a bad URL is refused the same way."""
import json
import os
import subprocess
from pathlib import Path

from tests.support.run_cli import CLI

ROOT = Path(__file__).resolve().parents[2]
SETUP = ["setup", "--level", "commune", "--province", "Lào Cai", "--unit", "Bát Xát",
         "--office-name", "Ủy ban MTTQ Việt Nam xã Bát Xát"]


def dnnd(*args, env=None):
    inherited = {k: v for k, v in os.environ.items() if k != "DNND_DATABASE_URL"}
    full_env = {**inherited, "DNND_PASSPHRASE": "mat-khau-thu-nghiem", **(env or {})}
    return subprocess.run([*CLI, *args], capture_output=True, text=True, cwd=ROOT, env=full_env, timeout=120)


def test_unreachable_server_is_explained_without_the_password(tmp_path):
    url = "postgresql://officer:hunter2@127.0.0.1:1/dnnd"
    r = dnnd("--data-dir", str(tmp_path), "--database-url", url, "--json", *SETUP)
    assert r.returncode == 1
    err = json.loads(r.stderr.strip().splitlines()[-1]) if r.stderr.strip().startswith("{") else None
    text = r.stderr + r.stdout
    assert "hunter2" not in text and "officer:***@127.0.0.1" in text
    assert err is None or err.get("code") == "database_unreachable"
    assert not (tmp_path / "dnnd.sqlite3").exists()


def test_environment_variable_names_the_database_too(tmp_path):
    r = dnnd("--data-dir", str(tmp_path), "selftest", "--only", "server",
             env={"DNND_DATABASE_URL": "postgresql://officer:hunter2@127.0.0.1:1/dnnd"})
    assert r.returncode == 1 and "hunter2" not in r.stdout + r.stderr and "127.0.0.1" in r.stdout


def test_a_url_of_another_database_kind_is_refused(tmp_path):
    r = dnnd("--data-dir", str(tmp_path), "--database-url", "mysql://officer:hunter2@db/x", "selftest",
             "--only", "server")
    assert r.returncode == 1 and "hunter2" not in r.stdout + r.stderr
