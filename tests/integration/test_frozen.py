"""The frozen one-folder bundle (PyInstaller) works: its selftest passes and its command line sets
up, backs up and restores in a temporary folder.

The frozen tests run only when DNND_FROZEN_BUNDLE names a built bundle folder (CI sets it after
`installer/build_bundle.py`); otherwise every test here is skipped. Opt-in rather than "whatever is
in dist/", so a stale or half-rebuilt bundle on a developer's machine never fails the suite.
"""
from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

BUNDLE = Path(os.environ["DNND_FROZEN_BUNDLE"]) if os.environ.get("DNND_FROZEN_BUNDLE") else None
EXE = (BUNDLE / ("dnnd.exe" if os.name == "nt" else "dnnd")) if BUNDLE else None

needs_bundle = pytest.mark.skipif(EXE is None or not EXE.exists(),
                                reason="no frozen bundle (set DNND_FROZEN_BUNDLE=dist/dnnd_desktop after building)")


def frozen(*args, data_dir=None, **env):
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
                "DNND_PASSPHRASE": "mat-khau-dong-goi", "PYTHONIOENCODING": "utf-8", **env}
    cmd = [str(EXE)] + (["--data-dir", str(data_dir)] if data_dir else []) + list(args)
    return subprocess.run(cmd, check=False, capture_output=True, text=True, encoding="utf-8", env=full_env, timeout=600)


@needs_bundle
def test_frozen_selftest_passes_without_touching_the_data_folder(tmp_path):
    untouched = tmp_path / "user-data"
    r = frozen("selftest", "--json", DNND_DATA_DIR=str(untouched))
    result = json.loads(r.stdout)
    failed = [c for c in result["checks"] if not c["ok"]]
    assert r.returncode == 0 and result["ok"], failed or r.stderr
    assert {c["check"] for c in result["checks"]} >= {
        "resources", "database", "units", "pdf", "excel", "package", "backup", "gui"}
    assert not untouched.exists()


@needs_bundle
def test_frozen_setup_backup_restore(tmp_path):
    data = tmp_path / "data"
    r = frozen("setup", "--level", "commune", "--province", "Lào Cai", "--unit", "Bát Xát",
               "--office-name", "Ủy ban MTTQ Việt Nam xã Bát Xát", data_dir=data)
    assert r.returncode == 0, r.stderr
    portable = tmp_path / "chuyen-may.dnndbak"
    assert frozen("backup", str(portable), data_dir=data).returncode == 0
    r = frozen("restore", str(portable), "--json", data_dir=tmp_path / "may-moi")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["office_name"] == "Ủy ban MTTQ Việt Nam xã Bát Xát"


def test_selftest_exits_1_and_names_the_check_when_one_fails(monkeypatch, capsys):
    """(From source.) One failing check makes the exit code 1; the other checks still run."""
    from types import SimpleNamespace

    from dnnd_desktop.commands import selftest_cmd
    from dnnd_desktop.commands.base import Cli

    def broken(_tmp):
        raise RuntimeError("thiếu phông chữ")

    monkeypatch.setattr(selftest_cmd, "CHECKS", [("resources", selftest_cmd._resources), ("broken", broken)])
    cli = Cli(SimpleNamespace(json=True, data_dir=None, only=None, measure_startup=False))
    assert selftest_cmd.run(cli) == 1
    result = json.loads(capsys.readouterr().out)
    assert result["ok"] is False
    assert [(c["check"], c["ok"]) for c in result["checks"]] == [("resources", True), ("broken", False)]
    assert result["checks"][1]["detail"] == "thiếu phông chữ"
