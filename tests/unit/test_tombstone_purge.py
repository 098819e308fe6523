"""Tombstones are purged once every office that can hold the record has acknowledged the deletion
(issue 15), and a late package from an office that never saw the deletion cannot bring it back."""
from __future__ import annotations

from sqlalchemy import select

from dnnd_desktop.services.packages import export_package, import_package
from dnnd_desktop.services.record_writer import RecordWriter
from dnnd_desktop.services.records import RecordService
from dnnd_desktop.services.sync.sharing import share_records
from dnnd_desktop.storage.models import Household, OverseasPerson, PurgedRecord


def send(src, dst, path):
    export_package(src.ctx, kind="sync", to=dst.id, out_path=path, secret=src.secret)
    return path


def held(office, rid) -> tuple[bool, bool]:
    """(row present, id in the deletion register)"""
    with office.ctx.session() as s:
        return s.get(Household, rid) is not None, s.get(PurgedRecord, rid) is not None


def test_purged_once_every_holder_acknowledged_and_a_late_package_cannot_resurrect(world, tmp_path):
    p, a, b = world["province"], world["a"], world["b"]
    svc = RecordService(a.ctx)
    hid = svc.create("household", {"head_name": "Lò Văn Tám", "head_birth_year": 1958}).id
    kept = svc.create("household", {"head_name": "Vàng Seo Phủ", "head_birth_year": 1962}).id
    share_records(a.ctx, "household", [hid], b.id)            # b may hold it too
    early = send(a, p, tmp_path / "early.dnnd")                # the record alive: a package that will be late
    import_package(b.ctx, send(a, b, tmp_path / "to-b-1.dnnd"), b.secret)
    svc.delete("household", hid)

    # The province gets the deletion; its only holders are a (who made it) and itself: purged there.
    import_package(p.ctx, send(a, p, tmp_path / "del.dnnd"), p.secret)
    assert held(p, hid) == (False, True)
    # The late package made before the deletion arrives: the record does not come back.
    late = import_package(p.ctx, early, p.secret)
    assert late.new == 1 and held(p, hid) == (False, True)     # only `kept` is new; hid counted unchanged
    assert held(p, kept) == (True, False)                      # a live record is never purged

    # At a, the province's word is not enough: b may hold the record and has not acknowledged.
    _ack(p, a, tmp_path, "p")
    assert held(a, hid) == (True, False)
    import_package(b.ctx, send(a, b, tmp_path / "to-b-2.dnnd"), b.secret)   # b gets the deletion
    _ack(b, a, tmp_path, "b")                                  # and says so
    assert held(a, hid) == (False, True)


def _ack(src, dst, tmp_path, name) -> None:
    """src's package tells dst what src knows (written even if it carries no record)."""
    path = tmp_path / f"ack-{name}-{len(list(tmp_path.iterdir()))}.dnnd"
    export_package(src.ctx, kind="sync", to=dst.id, out_path=path, secret=src.secret)
    import_package(dst.ctx, path, dst.secret)


def test_a_tombstone_still_pointed_to_is_kept(world, tmp_path):
    p, a = world["province"], world["a"]
    svc = RecordService(a.ctx)
    hid = svc.create("household", {"head_name": "Lò Văn Tám", "head_birth_year": 1958}).id
    pid = svc.create("person", {"household_id": hid, "full_name": "Lò Thị Hoa", "country": "KR"}).id
    with a.ctx.session() as s:                                 # the household alone (no cascade): the
        RecordWriter(s, a.ctx).delete(s.get(Household, hid))   # live person still points to it
    import_package(p.ctx, send(a, p, tmp_path / "del.dnnd"), p.secret)
    assert held(p, hid) == (True, False)
    with p.ctx.session() as s:
        assert s.scalars(select(OverseasPerson.household_id).where(OverseasPerson.id == pid)).one() == hid
