"""Change tracking by sequence (issue 15): every synced write carries the store's transaction
number, and a package reads only rows changed since the recipient's acknowledged point: with
nothing to send it reads no row at all, through the change_seq index."""
from __future__ import annotations

from sqlalchemy import select, text

from dnnd_desktop.services.packages import export_package, import_package
from dnnd_desktop.services.records import RecordService
from dnnd_desktop.services.sync import changeset_for_peer
from dnnd_desktop.services.sync.change_points import acknowledged
from dnnd_desktop.storage.models import Household, Installation


def _sync(src, dst, path):
    export_package(src.ctx, kind="sync", to=dst.id, out_path=path, secret=src.secret)
    import_package(dst.ctx, path, dst.secret)


def test_each_transaction_stamps_its_rows_with_one_new_number(world):
    a = world["a"]
    svc = RecordService(a.ctx)
    first = svc.create("household", {"head_name": "Hộ một", "head_birth_year": 1960}).id
    second = svc.create("household", {"head_name": "Hộ hai", "head_birth_year": 1961}).id
    with a.ctx.session() as s:
        n1, n2 = (s.get(Household, i).change_seq for i in (first, second))
        top = s.get(Installation, 1).change_seq
    assert 0 < n1 < n2 == top
    svc.update("household", first, {"village": "Thôn Mới"})
    with a.ctx.session() as s:
        assert s.get(Household, first).change_seq == top + 1 == s.get(Installation, 1).change_seq
        assert s.get(Household, second).change_seq == n2          # untouched rows keep theirs


def test_nothing_to_send_reads_no_row(world, tmp_path, on_postgres):
    a, p = world["a"], world["province"]
    svc = RecordService(a.ctx)
    ids = [svc.create("household", {"head_name": f"Hộ {i}", "head_birth_year": 1960}).id for i in range(40)]
    with a.ctx.session() as s:
        first = changeset_for_peer(s, a.ctx, p.id)
    assert first.counts == {"household": 40} and first.rows_read >= 40   # never acknowledged: every row
    _sync(a, p, tmp_path / "up.dnnd")
    _sync(p, a, tmp_path / "ack.dnnd")                     # the province says what it holds
    with a.ctx.session() as s:
        assert acknowledged(s, p.id) is not None
        nothing = changeset_for_peer(s, a.ctx, p.id)
    assert nothing.counts == {} and nothing.rows_read == 0
    svc.update("household", ids[7], {"village": "Thôn Tả Phìn"})
    with a.ctx.session() as s:
        one = changeset_for_peer(s, a.ctx, p.id)
    assert one.counts == {"household": 1} and one.rows_read == 1
    if not on_postgres:
        with a.ctx.session() as s:
            plan = " ".join(str(r[-1]) for r in s.execute(text(
                "EXPLAIN QUERY PLAN SELECT id, version, origin_office_id FROM households WHERE change_seq > 5")))
        assert "ix_households_change_seq" in plan, plan


def test_bulk_writes_are_stamped_too(world, tmp_path):
    """The sync apply writes with Core executemany: its rows get the importing transaction's number."""
    a, p = world["a"], world["province"]
    for i in range(3):
        RecordService(a.ctx).create("household", {"head_name": f"Hộ {i}", "head_birth_year": 1960})
    _sync(a, p, tmp_path / "up.dnnd")
    with p.ctx.session() as s:
        numbers = set(s.scalars(select(Household.change_seq)))
        assert numbers == {s.get(Installation, 1).change_seq}
