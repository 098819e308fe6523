"""USB exchange: several offices share one folder; each takes only its own packages."""
from __future__ import annotations

import pytest
from test_packages_world import SAMPLE_PLAN, close_world, make_world

from dnnd_desktop.domain.errors import DnndError
from dnnd_desktop.services.packages import export_package, parse_plan
from dnnd_desktop.services.reports import ReportService
from dnnd_desktop.services.usb_sync import ROOT_NAME, usb_sync
from dnnd_desktop.storage.models import Report


@pytest.fixture
def world(tmp_path):
    w = make_world(tmp_path)
    yield w
    close_world(w)


def _files(stick):
    return sorted(p.relative_to(stick).as_posix() for p in stick.rglob("*") if p.is_file())


def test_three_offices_share_one_stick(world, tmp_path):
    p, a, b = world["province"], world["a"], world["b"]
    stick = tmp_path / "usb"
    stick.mkdir()
    # The province drops a tasks package for each district on the stick.
    for d in (a, b):
        (stick / ROOT_NAME / d.id).mkdir(parents=True, exist_ok=True)
        export_package(p.ctx, kind="tasks", to=d.id, out_path=stick / ROOT_NAME / d.id / "x.dnnd", secret=p.secret,
                       plan=parse_plan(SAMPLE_PLAN))
    svc = ReportService(a.ctx)
    rid = svc.create("2026-H1").id
    svc.approve(rid)

    r = usb_sync(a.ctx, stick, a.secret)
    assert [x["sender_name"] for x in r.received] == ["Ủy ban MTTQ Việt Nam tỉnh Lào Cai"]
    assert r.received[0]["per_kind"]["task"]["new"] == 3
    assert [s["kind"] for s in r.sent] == ["report"]          # sync changes wait for the merge engine
    assert r.left_for_others == 2                             # b's tasks package + a's report to the province
    files = _files(stick)
    assert not any(f.startswith(f"{ROOT_NAME}/{a.id}/") for f in files)   # ours were taken
    assert all(f.endswith(".dnnd") for f in files)                        # never a database
    assert not any("sqlite" in f or "Bát" in f or "report" in f for f in files)
    with a.ctx.session() as s:
        assert s.get(Report, rid).status == "sent"

    r = usb_sync(p.ctx, stick, p.secret)
    assert [x["per_kind"]["report"]["new"] for x in r.received] == [1]
    assert r.left_for_others == 1                              # b's package still waits for b

    r = usb_sync(b.ctx, stick, b.secret)
    assert len(r.received) == 1 and r.left_for_others == 0 and not r.refused

    # A second run with nothing new does nothing.
    r = usb_sync(a.ctx, stick, a.secret)
    assert not r.received and not r.sent and "Không có gì" in r.summary_text()


def test_a_bad_package_stays_on_the_stick_with_the_reason(world, tmp_path):
    a = world["a"]
    stick = tmp_path / "usb"
    mine = stick / ROOT_NAME / a.id
    mine.mkdir(parents=True)
    (mine / "broken.dnnd").write_bytes(b"DNNDPKG\0garbage")
    r = usb_sync(a.ctx, stick, a.secret)
    assert r.refused and r.refused[0]["file"] == "broken.dnnd" and (mine / "broken.dnnd").exists()
    assert "KHÔNG nhập" in r.summary_text()


def test_missing_folder_is_explained(world, tmp_path):
    with pytest.raises(DnndError) as e:
        usb_sync(world["a"].ctx, tmp_path / "no-usb", world["a"].secret)
    assert "cắm USB" in e.value.message
