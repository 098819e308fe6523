"""Packages end to end through the public command line only: three installations (a province, two
districts) exchange identity cards, trust each other, publish a plan, send a report up, answer it,
and share one USB folder."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PASS = "mat-khau-thu-nghiem"


def dnnd(data_dir, *args, env=None, input=None):
    full_env = {**os.environ, "DNND_PASSPHRASE": PASS, "DNND_KDF_PROFILE": "fast", **(env or {})}
    return subprocess.run([sys.executable, "-m", "dnnd_desktop", "--data-dir", str(data_dir), *args],
                          capture_output=True, text=True, cwd=ROOT, env=full_env, timeout=180, input=input)


def ok(data_dir, *args, **kw) -> dict:
    r = dnnd(data_dir, "--json", *args, **kw)
    assert r.returncode == 0, (args, r.stdout, r.stderr)
    return json.loads(r.stdout)


PLAN = {
    "format": "dnnd-plan", "version": 1, "doc_number": "15/HD-MTTQ-BTT", "doc_date": "2026-01-20",
    "issuer": "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lào Cai",
    "title": "Hướng dẫn công tác đối ngoại nhân dân năm 2026", "year": 2026,
    "tasks": [{"code": "I.1", "title": "Giao lưu nhân dân biên giới", "deadline": "2026-06-30"},
              {"code": "I.2", "title": "Gặp mặt kiều bào", "deadline": "2026-02-10"}],
    "report_schedule": [{"period_kind": "half", "due": "05-15"}],
}


@pytest.fixture(scope="module")
def offices(tmp_path_factory):
    base = tmp_path_factory.mktemp("cli")
    dirs = {"p": base / "tinh", "a": base / "batxat", "b": base / "muongkhuong"}
    ok(dirs["p"], "setup", "--level", "province", "--province", "Lào Cai", "--unit", "Lào Cai",
       "--office-name", "Ủy ban MTTQ Việt Nam tỉnh Lào Cai")
    ok(dirs["a"], "setup", "--level", "district", "--province", "Lào Cai", "--unit", "huyện Bát Xát",
       "--office-name", "Ủy ban MTTQ Việt Nam huyện Bát Xát")
    ok(dirs["b"], "setup", "--level", "district", "--province", "Lào Cai", "--unit", "huyện Mường Khương",
       "--office-name", "Ủy ban MTTQ Việt Nam huyện Mường Khương")
    ids, cards = {}, {}
    for k, d in dirs.items():
        info = ok(d, "identity", "show")
        assert set(info) >= {"office_id", "site_id", "name", "level", "fingerprint"}
        ids[k] = info["office_id"]
        cards[k] = base / f"{k}.dnndid"
        exported = ok(d, "identity", "export", str(cards[k]))
        assert exported["fingerprint"] == info["fingerprint"]
        cards[k] = (cards[k], info["fingerprint"])
    return base, dirs, ids, cards


def test_trust_refuses_a_wrong_fingerprint_and_asks_when_not_given(offices):
    base, dirs, ids, cards = offices
    card, fp = cards["p"]
    wrong = fp.replace(fp[0], "9" if fp[0] != "9" else "8", 1)
    r = dnnd(dirs["a"], "trust", str(card), "--fingerprint", wrong)
    assert r.returncode == 1 and "Dấu vân tay không khớp" in r.stderr
    r = dnnd(dirs["a"], "trust", str(card))   # no terminal: refused, fingerprint shown
    assert r.returncode == 1 and fp in r.stderr
    assert ok(dirs["a"], "trust", "--list")["trusted"] == []


def test_the_whole_loop_by_command_line(offices):
    base, dirs, ids, cards = offices
    # 1. exchange cards and trust after the phone check
    for me, others in (("p", "ab"), ("a", "pb"), ("b", "pa")):
        for o in others:
            res = ok(dirs[me], "trust", str(cards[o][0]), "--fingerprint", cards[o][1])
            assert res["office_id"] == ids[o]
    assert {t["relation"] for t in ok(dirs["a"], "trust", "--list")["trusted"]} == {"parent", "peer"}

    # 2. the province publishes a plan to both districts
    plan = base / "plan.json"
    plan.write_text(json.dumps(PLAN, ensure_ascii=False), encoding="utf-8")
    pkg = base / "nhiem-vu.dnnd"
    res = ok(dirs["p"], "package", "export", "--kind", "tasks", "--to", f"{ids['a']},{ids['b']}", str(pkg),
             "--plan", str(plan))
    assert res["sequence"] == 1
    assert ok(dirs["a"], "package", "verify", str(pkg))["kind"] == "tasks"
    dry = ok(dirs["a"], "package", "import", str(pkg), "--dry-run")
    assert dry["new"] > 0 and dry["dry_run"]
    res = ok(dirs["a"], "package", "import", str(pkg))
    assert {k: res[k] for k in ("package_id", "kind")} == {"package_id": dry["package_id"], "kind": "tasks"}
    assert (res["new"], res["updated"], res["conflicts"], res["rejected"]) == (dry["new"], dry["updated"], 0, 0)
    again = ok(dirs["a"], "package", "import", str(pkg))
    assert again["new"] == again["updated"] == 0 and again["unchanged"] == res["new"] + res["updated"] + res["unchanged"]
    # a district cannot publish tasks
    r = dnnd(dirs["a"], "package", "export", "--kind", "tasks", "--to", ids["b"], str(base / "x.dnnd"),
             "--plan", str(plan))
    assert r.returncode == 1 and "cấp tỉnh" in r.stderr

    # 3. a report goes up
    rep = ok(dirs["a"], "report", "new", "--period", "2026-H1")
    r = dnnd(dirs["a"], "report", "approve", rep["id"])
    assert r.returncode == 0, r.stderr
    up = base / "bao-cao.dnnd"
    res = ok(dirs["a"], "package", "export", "--kind", "report", "--to", ids["p"], str(up))
    assert res["contents"]["reports"] == 1
    res = ok(dirs["p"], "package", "import", str(up))
    assert res["kind"] == "report" and res["per_kind"]["report"]["new"] == 1

    # 4. tampering and wrong recipients are refused with exit 1
    damaged = base / "hong.dnnd"
    data = bytearray(up.read_bytes())
    data[len(data) // 2] ^= 1
    damaged.write_bytes(bytes(data))
    r = dnnd(dirs["p"], "package", "verify", str(damaged))
    assert r.returncode == 1 and "bị thay đổi" in r.stderr
    r = dnnd(dirs["b"], "--json", "package", "import", str(up))   # a peer may not send b reports
    assert r.returncode == 1 and json.loads(r.stdout)["error"] == "signer_not_allowed"

    # 5. peer to peer: identity refresh (sync packages join once the merge engine is in)
    peer = base / "peer.dnnd"
    ok(dirs["a"], "package", "export", "--kind", "identity", "--to", ids["b"], str(peer))
    assert ok(dirs["b"], "package", "import", str(peer))["kind"] == "identity"
    r = dnnd(dirs["p"], "--json", "package", "import", str(peer))  # not addressed to the province
    assert r.returncode == 1 and json.loads(r.stdout)["error"] == "not_a_recipient"

    # 6. three offices share one USB folder
    usb = base / "usb"
    usb.mkdir()
    shutil.copy(pkg, base / "keep.dnnd")
    (usb / "DNND" / ids["b"]).mkdir(parents=True)
    shutil.copy(pkg, usb / "DNND" / ids["b"] / "1.dnnd")
    res = ok(dirs["a"], "usb-sync", str(usb))
    assert res["left_for_others"] >= 1 and not res["refused"]
    res = ok(dirs["b"], "usb-sync", str(usb))
    assert [x["kind"] for x in res["received"]] == ["tasks"] and not res["refused"]
    res = ok(dirs["p"], "usb-sync", str(usb))
    assert not res["refused"]
    assert all(p.suffix == ".dnnd" for p in usb.rglob("*") if p.is_file())
    log = ok(dirs["p"], "package", "log")["packages"]
    assert {e["direction"] for e in log} == {"in", "out"}
