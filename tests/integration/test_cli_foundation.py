"""The public command line end to end, as scripts use it: a real process, a temporary data folder."""
import json
import os
import subprocess
from pathlib import Path

from tests.support.run_cli import CLI

ROOT = Path(__file__).resolve().parents[2]


def dnnd(*args, env=None, data_dir=None):
    full_env = {**os.environ, "DNND_PASSPHRASE": "mat-khau-thu-nghiem", **(env or {})}
    cmd = [*CLI]
    if data_dir:
        cmd += ["--data-dir", str(data_dir)]
    return subprocess.run([*cmd, *args], capture_output=True, text=True, cwd=ROOT, env=full_env, timeout=120)


SETUP = ["setup", "--level", "commune", "--province", "Lào Cai", "--unit", "Bát Xát",
         "--office-name", "Ủy ban MTTQ Việt Nam xã Bát Xát", "--officer", "Nguyễn Thị Hoa"]


def test_setup_then_selftest_with_json(tmp_path):
    r = dnnd("--json", *SETUP, data_dir=tmp_path)
    assert r.returncode == 0, r.stderr
    info = json.loads(r.stdout)
    assert info["unit_name"] == "Xã Bát Xát" and info["level"] == "commune"
    assert len(info["fingerprint"].split()) == 6
    r = dnnd("selftest", "--json", data_dir=tmp_path)
    assert r.returncode == 0, r.stdout + r.stderr
    result = json.loads(r.stdout)
    assert result["ok"] is True and {c["check"] for c in result["checks"]} >= {"database", "resources"}


def test_second_setup_is_rejected_with_exit_1(tmp_path):
    assert dnnd(*SETUP, data_dir=tmp_path).returncode == 0
    r = dnnd("--json", *SETUP, data_dir=tmp_path)
    assert r.returncode == 1
    assert json.loads(r.stdout)["error"] == "already_set_up"
    assert "đã được thiết lập" in r.stderr


def test_bad_province_is_rejected_in_vietnamese(tmp_path):
    r = dnnd("setup", "--level", "commune", "--province", "Atlantis", "--unit", "X", "--office-name", "Y",
             data_dir=tmp_path)
    assert r.returncode == 1 and "Không tìm thấy tỉnh" in r.stderr
    assert not (tmp_path / "dnnd.sqlite3").exists()


def test_usage_errors_exit_2(tmp_path):
    r = dnnd("no-such-command", data_dir=tmp_path)
    assert r.returncode == 2 and "Lỗi cú pháp lệnh" in r.stderr
    r = dnnd("setup", "--level", "galaxy", data_dir=tmp_path)
    assert r.returncode == 2


def test_missing_passphrase_without_a_terminal_is_explained(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "DNND_PASSPHRASE"}
    r = subprocess.run([*CLI, "--data-dir", str(tmp_path), *SETUP],
                       capture_output=True, text=True, cwd=ROOT, env=env,
                       stdin=subprocess.DEVNULL, timeout=60)
    assert r.returncode == 1 and "DNND_PASSPHRASE" in r.stderr


def test_routing_to_the_gui_by_default_and_for_a_package_path():
    from dnnd_desktop.cli import _route_default

    commands = {"gui", "setup", "package"}
    assert _route_default(["--data-dir", "/x"], commands) == ["--data-dir", "/x"]
    assert _route_default(["--data-dir", "/x", "C:/thu/goi.dnnd"], commands) == [
        "--data-dir", "/x", "gui", "C:/thu/goi.dnnd"]
    assert _route_default(["package", "import", "a.dnnd"], commands) == ["package", "import", "a.dnnd"]


def test_no_command_starts_the_gui(monkeypatch, tmp_path):
    from dnnd_desktop import cli

    seen = {}
    monkeypatch.setattr(cli, "run_gui", lambda c: seen.setdefault("dir", c.data_dir.root) and 0)
    assert cli.main(["--data-dir", str(tmp_path)]) == 0
    assert seen["dir"] == tmp_path


def test_starting_the_gui_does_not_import_the_command_modules(monkeypatch, tmp_path):
    import sys as _sys

    from dnnd_desktop import cli

    monkeypatch.setattr(cli, "run_gui", lambda c: 0)
    for name in [m for m in _sys.modules if m.startswith("dnnd_desktop.commands.") and m.endswith("_cmd")]:
        monkeypatch.delitem(_sys.modules, name)
    assert cli.main(["--data-dir", str(tmp_path)]) == 0
    assert not [m for m in _sys.modules if m.startswith("dnnd_desktop.commands.") and m.endswith("_cmd")]
    assert cli._wants_gui(["--data-dir", "x", "goi.dnnd"]) and not cli._wants_gui(["--json", "search", "a"])


def test_a_province_office_reports_up_to_the_central_committee(tmp_path):
    r = dnnd("--json", "setup", "--level", "province", "--province", "15", "--unit", "Lào Cai",
             "--office-name", "Ủy ban MTTQ Việt Nam tỉnh Lào Cai", data_dir=tmp_path)
    assert r.returncode == 0, r.stderr
    info = json.loads(r.stdout)
    assert info["parent_body"] == "Ủy ban Trung ương MTTQ Việt Nam" and info["unit_name"] == "Tỉnh Lào Cai"


def test_selftest_leaves_the_data_folder_untouched(tmp_path):
    """The self-test works in a folder of its own: no data, no log where it was pointed."""
    untouched = tmp_path / "user-data"
    r = dnnd("selftest", "--json", env={"DNND_DATA_DIR": str(untouched)})
    assert r.returncode == 0, r.stdout + r.stderr
    assert not untouched.exists()
