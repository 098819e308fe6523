"""Per-peer bookkeeping: incremental changesets per peer, a lost package sent again after the peer
reports what it knows, attachment hashes for the packager, task rows waiting for their plan.
(Since issue 15 a peer receives only records shared with it: these tests share them.)"""
from __future__ import annotations

import test_sync_support
from test_sync_support import apply, changes, create, get, update

from dnnd_desktop.services.sync import Changeset, apply_changeset, changeset_for_peer, mark_sent
from dnnd_desktop.services.sync.sharing import share_records
from dnnd_desktop.services.sync.state import peer_base, reset_peer

sites = test_sync_support.sites  # the three-installation fixture


def _for_peer(src, peer_ctx) -> Changeset:
    with src.session() as s:
        cs = changeset_for_peer(s, src, peer_ctx.installation.office_id)
        mark_sent(s, peer_ctx.installation.office_id, cs)
    return Changeset.from_files(cs.files())


def _receive(dst, cs):
    with dst.session() as s:
        return apply_changeset(s, dst, cs, sender_office_id=cs.header["office_id"])


def test_second_package_to_a_peer_is_incremental(sites):
    a, b, _ = sites
    ids = [create(a, "household", head_name=f"Hộ {i}", head_birth_year=1960, commune_code=2842) for i in range(5)]
    share_records(a, "household", ids, b.installation.office_id)
    first = _for_peer(a, b)
    assert first.counts == {"household": 5}
    _receive(b, first)
    update(a, "household", ids[0], village="Thôn A")
    second = _for_peer(a, b)
    assert second.counts == {"household": 1} and second.base == first.upto
    assert _receive(b, second).totals()["updated"] == 1
    nothing = _for_peer(a, b)
    assert nothing.counts == {}


def test_a_lost_package_is_sent_again_once_the_peer_reports(sites):
    a, b, _ = sites
    hid = create(a, "household", head_name="Hộ thất lạc", head_birth_year=1960, commune_code=2842)
    share_records(a, "household", [hid], b.installation.office_id)
    _for_peer(a, b)                         # written to a USB stick that is lost
    assert _for_peer(a, b).counts == {}     # a assumes b has it
    _receive(a, _for_peer(b, a))            # b's package tells a what b knows
    again = _for_peer(a, b)
    assert again.counts == {"household": 1}
    _receive(b, again)
    assert get(b, "household", hid).head_name == "Hộ thất lạc"


def test_reset_peer_sends_everything(sites):
    a, b, _ = sites
    hid = create(a, "household", head_name="Hộ", head_birth_year=1960, commune_code=2842)
    share_records(a, "household", [hid], b.installation.office_id)
    _receive(b, _for_peer(a, b))
    with a.session() as s:
        reset_peer(s, b.installation.office_id)
        assert peer_base(s, b.installation.office_id) == {}
    assert _for_peer(a, b).counts == {"household": 1}


def test_attachment_hashes_are_listed_for_the_packager(sites):
    a, _b, _ = sites
    hid = create(a, "household", head_name="Hộ", head_birth_year=1960, commune_code=2842)
    create(a, "attachment", record_kind="household", record_id=hid, file_name="a.pdf", sha256="cd" * 32, size=10)
    gone = create(a, "attachment", record_kind="household", record_id=hid, file_name="b.pdf", sha256="ef" * 32,
                  size=10)
    from test_sync_support import delete
    delete(a, "attachment", gone)
    cs = changes(a)
    assert cs.blob_hashes == ["cd" * 32]
    assert cs.counts["attachment"] == 2     # the tombstone travels, its bytes do not


def test_tasks_without_their_plan_wait(sites):
    a, b, _ = sites
    from dnnd_desktop.storage.models import Plan
    with a.session() as s:
        s.add(Plan(id="11111111-1111-4111-8111-111111111111", issuer_office_id=a.installation.office_id,
                   title="Kế hoạch công tác đối ngoại nhân dân năm 2026"))
    tid = create(a, "task", plan_id="11111111-1111-4111-8111-111111111111", code="I.1",
                 title="Tổ chức gặp mặt kiều bào")
    cs = changes(a)
    res = apply(b, cs)
    assert res.kinds["task"].rejected == 1 and "plans" in res.rejections[0].reason
    with b.session() as s:
        s.add(Plan(id="11111111-1111-4111-8111-111111111111", issuer_office_id=a.installation.office_id,
                   title="Kế hoạch công tác đối ngoại nhân dân năm 2026"))
    assert apply(b, cs).kinds["task"].new == 1
    assert get(b, "task", tid).code == "I.1"
