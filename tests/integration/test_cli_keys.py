"""Issue 16 item 3 by command line: a revoked key is trusted again only with --restore-revoked, the
key passphrase is changed, and new keys reach the other office in a package signed by the old key."""
from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

from tests.support.run_cli import CLI

ROOT = Path(__file__).resolve().parents[2]
PASS = "mat-khau-thu-nghiem"
NEW_PASS = "mat-khau-moi-sau-khi-mat-may"


def dnnd(data_dir, *args, passphrase=PASS, env=None):
    full_env = {**os.environ, "DNND_PASSPHRASE": passphrase, **(env or {})}
    return subprocess.run([*CLI, "--data-dir", str(data_dir), *args],
                          capture_output=True, text=True, cwd=ROOT, env=full_env, timeout=180)


def ok(data_dir, *args, **kw) -> dict:
    r = dnnd(data_dir, "--json", *args, **kw)
    assert r.returncode == 0, (args, r.stdout, r.stderr)
    return json.loads(r.stdout)


def test_revoke_restore_passphrase_and_rotation(tmp_path):
    p, a = tmp_path / "tinh", tmp_path / "batxat"
    ok(p, "setup", "--level", "province", "--province", "Lào Cai", "--unit", "Lào Cai",
       "--office-name", "Ủy ban MTTQ Việt Nam tỉnh Lào Cai")
    ok(a, "setup", "--level", "district", "--province", "Lào Cai", "--unit", "huyện Bát Xát",
       "--office-name", "Ủy ban MTTQ Việt Nam huyện Bát Xát")
    cards = {}
    for k, d in (("p", p), ("a", a)):
        cards[k] = (tmp_path / f"{k}.dnndid", ok(d, "identity", "show")["fingerprint"])
        ok(d, "identity", "export", str(cards[k][0]))
    ok(p, "trust", str(cards["a"][0]), "--fingerprint", cards["a"][1])
    ok(a, "trust", str(cards["p"][0]), "--fingerprint", cards["p"][1])

    # revocation is not undone by trusting the card again, only by the explicit restore
    ok(a, "trust", "--revoke", ok(p, "identity", "show")["office_id"])
    r = dnnd(a, "trust", str(cards["p"][0]), "--fingerprint", cards["p"][1])
    assert r.returncode == 1 and "đã bị thu hồi" in r.stderr
    assert not any(t["active"] for t in ok(a, "trust", "--list")["trusted"])
    ok(a, "trust", str(cards["p"][0]), "--fingerprint", cards["p"][1], "--restore-revoked")
    assert any(t["active"] for t in ok(a, "trust", "--list")["trusted"])

    # passphrase change: the old one no longer unlocks the keys
    assert ok(p, "identity", "passphrase", env={"DNND_NEW_PASSPHRASE": NEW_PASS})["changed"] is True
    out = tmp_path / "rotation"
    out.mkdir()
    r = dnnd(p, "--json", "identity", "rotate", "--out", str(out))
    assert r.returncode == 1   # the old passphrase no longer unlocks the keys

    # rotation with the new passphrase: one package for the district, signed with the old key
    rot = ok(p, "identity", "rotate", "--out", str(out), passphrase=NEW_PASS)
    assert len(rot["packages"]) == 1 and rot["fingerprint"] != cards["p"][1]
    res = ok(a, "package", "import", rot["packages"][0])
    assert res["per_kind"]["identity"]["updated"] == 1
    rows = ok(a, "trust", "--list")["trusted"]
    assert {(t["fingerprint"], t["active"]) for t in rows} == {(cards["p"][1], False), (rot["fingerprint"], True)}
