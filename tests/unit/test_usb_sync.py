"""USB exchange: several offices share one folder; each takes only its own packages."""
from __future__ import annotations

import pytest
from test_packages_world import SAMPLE_PLAN

from dnnd_desktop.domain.errors import DnndError
from dnnd_desktop.services.packages import export_package, parse_plan
from dnnd_desktop.services.records import RecordService
from dnnd_desktop.services.reports import ReportService
from dnnd_desktop.services.sync.sharing import share_records
from dnnd_desktop.services.usb_sync import ROOT_NAME, usb_sync
from dnnd_desktop.storage.models import Report
from tests.support.reports import mark_missing_nothing


def _files(stick):
    return sorted(p.relative_to(stick).as_posix() for p in stick.rglob("*") if p.is_file())


def _sent(r):
    return sorted((s["office_name"], s["kind"]) for s in r.sent)


def test_three_offices_share_one_stick(world, tmp_path):
    p, a, b = world["province"], world["a"], world["b"]
    P, A, B = (o.ctx.installation.office_name for o in (p, a, b))
    stick = tmp_path / "usb"
    stick.mkdir()
    # The province drops a tasks package for each district on the stick.
    for d in (a, b):
        (stick / ROOT_NAME / d.id).mkdir(parents=True, exist_ok=True)
        export_package(p.ctx, kind="tasks", to=d.id, out_path=stick / ROOT_NAME / d.id / "x.dnnd", secret=p.secret,
                       plan=parse_plan(SAMPLE_PLAN))
    svc = ReportService(a.ctx)
    rid = svc.create("2026-H1").id
    mark_missing_nothing(svc, rid)
    svc.approve(rid)
    hid = RecordService(a.ctx).create("household", {"head_name": "Vàng Seo Phủ", "head_birth_year": 1962}).id

    r = usb_sync(a.ctx, stick, a.secret)
    assert [x["sender_name"] for x in r.received] == [P]
    assert r.received[0]["per_kind"]["task"]["new"] == 3
    # the report goes up; the household goes in a sync package to the parent only: a peer gets
    # only what is shared with it (issue 15; until then it went to b too). The plan's tasks are
    # each office's own and never travel in sync packages.
    assert _sent(r) == sorted([(P, "report"), (P, "sync")])
    assert all(s["contents"] == {"household": 1} for s in r.sent if s["kind"] == "sync")
    assert r.left_for_others == 3                             # b's tasks + a's report and sync package
    files = _files(stick)
    assert not any(f.startswith(f"{ROOT_NAME}/{a.id}/") for f in files)   # ours were taken
    assert all(f.endswith(".dnnd") for f in files)                        # never a database
    assert not any("sqlite" in f or "Bát" in f or "report" in f or "sync" in f for f in files)
    with a.ctx.session() as s:
        assert s.get(Report, rid).status == "sent"

    r = usb_sync(p.ctx, stick, p.secret)
    got = {x["kind"]: x["per_kind"] for x in r.received}
    assert got["report"]["report"]["new"] == 1 and got["sync"]["household"]["new"] == 1
    # the province never passes a's people on to b (before issue 15 it did)
    assert _sent(r) == []
    assert r.left_for_others == 1                              # b's tasks wait for b

    r = usb_sync(b.ctx, stick, b.secret)
    assert [x["kind"] for x in r.received] == ["tasks"] and not r.refused
    with pytest.raises(DnndError):
        RecordService(b.ctx).get("household", hid)

    # A second run of a with nothing new does nothing.
    r = usb_sync(a.ctx, stick, a.secret)
    assert not r.received and not r.sent and "Không có gì" in r.summary_text()

    # Shared explicitly (a pair both offices run), the record goes sideways to b, and only that one.
    share_records(a.ctx, "household", [hid], b.id)
    r = usb_sync(a.ctx, stick, a.secret)
    assert _sent(r) == [(B, "sync")] and r.sent[0]["contents"] == {"household": 1}
    usb_sync(b.ctx, stick, b.secret)
    assert RecordService(b.ctx).get("household", hid).values["head_name"] == "Vàng Seo Phủ"
    # An edit at b goes back to a, its owner (not to the province: a sends its own records up).
    RecordService(b.ctx).update("household", hid, {"village": "Thôn Tả Phìn"})
    r = usb_sync(b.ctx, stick, b.secret)
    assert _sent(r) == [(A, "sync")] and r.sent[0]["contents"] == {"household": 1}
    r = usb_sync(a.ctx, stick, a.secret)
    assert [(x["kind"], x["updated"]) for x in r.received] == [("sync", 1)]
    assert RecordService(a.ctx).get("household", hid).values["village"] == "Thôn Tả Phìn"
    # nothing is echoed back to b (its package said what it holds); the edit goes up to the province
    assert _sent(r) == [(P, "sync")]


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


def test_a_batch_of_imports_leaves_the_search_merges_to_the_end_of_the_sync(world, tmp_path):
    """Imports turn FTS5 incremental merging off (issue 15: it made an import grow with the store);
    the USB sync merges once its batch is in, so the search indexes stay under the bound."""
    from sqlalchemy import text

    from dnnd_desktop.storage import dialect, sqlite

    p, a = world["province"], world["a"]
    with p.ctx.session() as s:
        if dialect.name_of(s) != "sqlite":
            pytest.skip("FTS5 segments exist only on SQLite")
    stick = tmp_path / "usb"
    inbox = stick / ROOT_NAME / p.id
    inbox.mkdir(parents=True)
    names = [f"Giàng A Páo {i}" for i in range(12)]
    for i, head in enumerate(names):   # twelve packages, each one more household
        RecordService(a.ctx).create("household", {"head_name": head})
        export_package(a.ctx, kind="sync", to=p.id, out_path=inbox / f"{i:02d}.dnnd", secret=a.secret)
    # Without the merge at the end, each import would have left its own segment (12 > 8).
    r = usb_sync(p.ctx, stick, p.secret)
    assert len(r.received) == 12 and not r.refused
    with p.ctx.session() as s:
        assert s.execute(text("SELECT v FROM households_words_config WHERE k = 'automerge'")).scalar() == 0
        counts = sqlite.search_segment_counts(s)
    assert max(counts.values()) <= sqlite.SEGMENT_BOUND
    from dnnd_desktop.services.records import ListQuery, RecordQueryService

    found = RecordQueryService(p.ctx).page("household", ListQuery(search="giang a pao"), limit=50)
    assert sorted(row.values["head_name"] for row in found) == sorted(names)
