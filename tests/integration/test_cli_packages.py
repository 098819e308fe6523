"""Packages end to end through the public command line only: three installations (a province, two
districts) exchange identity cards, trust each other, publish a plan, send a report up, answer it,
and share one USB folder."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.support.run_cli import CLI

ROOT = Path(__file__).resolve().parents[2]
PASS = "mat-khau-thu-nghiem"


def dnnd(data_dir, *args, env=None, input=None):
    full_env = {**os.environ, "DNND_PASSPHRASE": PASS, **(env or {})}
    return subprocess.run([*CLI, "--data-dir", str(data_dir), *args],
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
    assert again["new"] == again["updated"] == 0
    assert again["unchanged"] == res["new"] + res["updated"] + res["unchanged"]
    # a district cannot publish tasks
    r = dnnd(dirs["a"], "package", "export", "--kind", "tasks", "--to", ids["b"], str(base / "x.dnnd"),
             "--plan", str(plan))
    assert r.returncode == 1 and "cấp tỉnh" in r.stderr

    # 3. a report goes up
    rep = ok(dirs["a"], "report", "new", "--period", "2026-H1")
    ok(dirs["a"], "report", "nothing", rep["id"], "border_patrols", "border_violations_reported",
       "section:shortcomings",
       "section:directions", "section:proposals")
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

    # 5. peer to peer: identity refresh (sync packages: test_sync_between_districts_and_a_conflict_resolved_by_cli)
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


def _ensure_trust(offices):
    base, dirs, ids, cards = offices
    for me, others in (("p", "ab"), ("a", "pb"), ("b", "pa")):
        have = {t["office_id"] for t in ok(dirs[me], "trust", "--list")["trusted"]}
        for o in others:
            if ids[o] not in have:
                ok(dirs[me], "trust", str(cards[o][0]), "--fingerprint", cards[o][1])


def _a_household(data_dir) -> tuple[str, str]:
    from sqlalchemy import select

    from dnnd_desktop.paths import DataDir
    from dnnd_desktop.services.app_context import open_context
    from dnnd_desktop.storage.models import Household

    ctx = open_context(DataDir(data_dir))
    try:
        with ctx.session() as s:
            h = s.scalars(select(Household).where(Household.deleted.is_(False)).order_by(Household.id)).first()
            return h.id, h.head_name
    finally:
        ctx.close()


def _edit(data_dir, kind, rid, **changes):
    """A local edit at one office (no CLI command edits records; the GUI does it through this service)."""
    from dnnd_desktop.paths import DataDir
    from dnnd_desktop.services.app_context import open_context
    from dnnd_desktop.services.records import RecordService

    ctx = open_context(DataDir(data_dir))
    try:
        RecordService(ctx).update(kind, rid, changes)
    finally:
        ctx.close()


def test_sync_between_districts_and_a_conflict_resolved_by_cli(offices):
    base, dirs, ids, _cards = offices
    _ensure_trust(offices)
    a, b = dirs["a"], dirs["b"]
    # 1. a enters data; a full sync package goes to b, previewed then imported, twice = no change
    ok(a, "demo", "--households", "4", "--activities", "2", "--seed", "11")
    # two peer districts exchange only what they share explicitly (issue 15)
    for kind in ("household", "person"):
        ok(a, "share", "--to", ids["b"], "--kind", kind)
    first = base / "dong-bo-1.dnnd"
    res = ok(a, "package", "export", "--kind", "sync", "--to", ids["b"], str(first))
    assert res["contents"]["household"] == 4 and res["contents"]["person"] >= 4
    dry = ok(b, "package", "import", str(first), "--dry-run")
    assert dry["dry_run"] and dry["per_kind"]["household"]["new"] == 4
    res = ok(b, "package", "import", str(first))
    assert res["kind"] == "sync" and (res["new"], res["conflicts"], res["rejected"]) == (dry["new"], 0, 0)
    assert ok(b, "package", "import", str(first))["new"] == 0
    hid, name = _a_household(a)
    assert hid in {h["id"] for h in ok(b, "search", name, "--kind", "household")["hits"]}   # found at b
    # b answers (it has nothing new: the package only tells a what b holds)
    back = base / "dong-bo-2.dnnd"
    res = ok(b, "package", "export", "--kind", "sync", "--to", ids["a"], str(back))
    assert not any(res["contents"].values())
    ok(a, "package", "import", str(back))

    # 2. both edit the same field of one household before they sync again: a conflict on both sides
    _edit(a, "household", hid, village="Thôn Tả Phìn")
    _edit(b, "household", hid, village="Thôn Bản Vền")
    to_b, to_a = base / "dong-bo-3.dnnd", base / "dong-bo-4.dnnd"
    assert ok(a, "package", "export", "--kind", "sync", "--to", ids["b"], str(to_b))["contents"] == {"household": 1}
    assert ok(b, "package", "export", "--kind", "sync", "--to", ids["a"], str(to_a))["contents"] == {"household": 1}
    assert ok(b, "package", "import", str(to_b))["conflicts"] == 1
    assert ok(a, "package", "import", str(to_a))["conflicts"] == 1

    listed = ok(a, "conflicts", "list")
    assert listed["total"] == 1
    [c] = listed["conflicts"]
    assert (c["kind"], c["record_id"], c["field"]) == ("household", hid, "village")
    by_value = {v["value"]: v for v in c["values"]}
    assert set(by_value) == {"Thôn Tả Phìn", "Thôn Bản Vền"}
    assert by_value["Thôn Bản Vền"]["office_id"] == ids["b"] and by_value["Thôn Tả Phìn"]["office_id"] == ids["a"]
    assert all(v["user"] and v["at"] for v in c["values"]) and [v["index"] for v in c["values"]] == [1, 2]
    human = dnnd(a, "conflicts", "list")
    assert human.returncode == 0 and "Thôn Bản Vền" in human.stdout and "1 xung đột" in human.stdout

    # 3. wrong id or index: exit 1, a Vietnamese reason, nothing changed
    r = dnnd(a, "conflicts", "resolve", "khong-co", "--keep", "1")
    assert r.returncode == 1 and "Không có xung đột" in r.stderr
    r = dnnd(a, "--json", "conflicts", "resolve", c["id"], "--keep", "3")
    assert r.returncode == 1 and "từ 1 đến 2" in r.stderr and json.loads(r.stdout)["error"] == "bad_choice"
    assert ok(a, "conflicts", "list")["total"] == 1

    # 4. a keeps b's value; the resolution travels and closes the conflict at b too
    keep = by_value["Thôn Bản Vền"]["index"]
    done = ok(a, "conflicts", "resolve", c["id"], "--keep", str(keep))
    assert done["status"] == "resolved" and done["kept"] == keep
    assert ok(a, "conflicts", "list")["total"] == 0
    r = dnnd(a, "conflicts", "resolve", c["id"], "--keep", "1")
    assert r.returncode == 1 and "đã được xử lý" in r.stderr
    settle = base / "dong-bo-5.dnnd"
    assert ok(a, "package", "export", "--kind", "sync", "--to", ids["b"], str(settle))["contents"] == {"household": 1}
    res = ok(b, "package", "import", str(settle))
    assert res["updated"] == 1 and res["conflicts"] == 0
    assert ok(b, "conflicts", "list")["total"] == 0
