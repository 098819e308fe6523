"""`dnnd demo` and `dnnd search` end to end, as scripts use them (--json parsed)."""
from __future__ import annotations

import json
import os
import subprocess

import pytest

from tests.support.run_cli import CLI

ENV = {**os.environ, "DNND_PASSPHRASE": "mat-khau-thu-nghiem"}


def dnnd(data, *args):
    return subprocess.run([*CLI, "--data-dir", str(data), *args],
                          capture_output=True, text=True, env=ENV, timeout=300, check=False)


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory):
    data = tmp_path_factory.mktemp("cli") / "data"
    r = dnnd(data, "--json", "setup", "--level", "commune", "--province", "Lào Cai", "--unit", "Bát Xát",
             "--office-name", "Ủy ban MTTQ Việt Nam xã Bát Xát", "--officer", "Cán bộ Hà")
    assert r.returncode == 0, r.stderr
    r = dnnd(data, "--json", "demo", "--households", "500", "--activities", "80", "--seed", "5")
    assert r.returncode == 0, r.stderr
    counts = json.loads(r.stdout)
    assert counts["households"] == 500 and counts["activities"] == 80 and counts["persons"] > 500
    return data


def test_search_json_hits_and_total(demo_dir):
    r = dnnd(demo_dir, "--json", "search", "nguyen", "--limit", "5")
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert out["total"] > 5 and len(out["hits"]) == 5
    assert all(set(h) == {"kind", "id", "name"} for h in out["hits"])
    assert all("nguyễn" in h["name"].lower() for h in out["hits"][:3])


def test_search_kind_filter_and_folding(demo_dir):
    r = dnnd(demo_dir, "--json", "search", "HA KHAU", "--kind", "activities")
    out = json.loads(r.stdout)
    assert out["total"] >= 1 and {h["kind"] for h in out["hits"]} == {"activity"}
    r2 = dnnd(demo_dir, "--json", "search", "Hà Khẩu", "--kind", "activity")
    assert json.loads(r2.stdout)["total"] == out["total"]


def test_search_human_output_and_no_hits(demo_dir):
    r = dnnd(demo_dir, "search", "giao", "lưu", "--limit", "2")
    assert r.returncode == 0 and r.stdout.startswith("Tìm thấy") and "Hoạt động:" in r.stdout
    r = dnnd(demo_dir, "search", "khongcogi")
    assert "Không tìm thấy" in r.stdout
    assert json.loads(dnnd(demo_dir, "--json", "search", "khongcogi").stdout) == {"hits": [], "total": 0}


def test_demo_same_seed_twice_is_rejected_with_exit_1(demo_dir):
    r = dnnd(demo_dir, "demo", "--households", "10", "--activities", "0", "--seed", "5")
    assert r.returncode == 1 and "--seed khác" in r.stderr


def test_usage_error_exit_2(demo_dir):
    assert dnnd(demo_dir, "search", "x", "--kind", "planets").returncode == 2
