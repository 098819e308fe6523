"""What a filtered sync package claims (issue 15, docs/sync.md "What a filtered package claims"):
a package to a commune carries only what that commune may receive, and its `upto` claims no write
it withheld, so the commune never reports, passes on or is credited with writes it does not hold.
A share added after several syncs makes the shared record go in the next package; a share removed
stops later edits going, and the copy the office holds stays as it was."""
from __future__ import annotations

import json

from sqlalchemy import select
from test_packages_world import Office
from test_recipients import package_records, people, province, send  # noqa: F401  (province: fixture)

from dnnd_desktop.exchange.package import open_package
from dnnd_desktop.services.identity import trust_lookup
from dnnd_desktop.services.packages import export_package, import_package
from dnnd_desktop.services.packages.common import SCHEMA_VERSION, effective_now
from dnnd_desktop.services.records import RecordService
from dnnd_desktop.services.sync.sharing import remove_share, share_records
from dnnd_desktop.storage.models import Household


def site(office: Office) -> str:
    return office.ctx.installation.site_id


def header(receiver: Office, path) -> dict:
    import datetime as dt

    with receiver.ctx.session() as s:
        now = effective_now(s)
        opened = open_package(path, trust=trust_lookup(s, now), me_office_id=receiver.id,
                              my_secret=receiver.secret, max_schema_version=SCHEMA_VERSION,
                              now=now.replace(tzinfo=dt.UTC))
    return json.loads(opened.files["changeset.json"])


def sync(src: Office, dst: Office, path, **kw):
    export_package(src.ctx, kind="sync", to=dst.id, out_path=path, secret=src.secret, **kw)
    return import_package(dst.ctx, path, dst.secret)


def live(office: Office, hid: str) -> bool | None:
    with office.ctx.session() as s:
        row = s.get(Household, hid)
        return None if row is None else not row.deleted


def test_a_package_to_a_commune_claims_only_the_writes_it_may_hold(province, tmp_path):  # noqa: F811
    p, a, b, c = province["province"], province["a"], province["b"], province["c"]
    for o in (a, b, c):
        people(o, 2 + len(o.name))
        sync(o, p, tmp_path / f"up-{o.name}.dnnd")
    RecordService(p.ctx).create("activity", {"title": "Hội nghị tỉnh", "activity_type": "conference",
                                             "start_date": "2026-03-02"})
    for full in (True, False):
        path = send(p, a, tmp_path / f"down-{full}.dnnd", full=full)
        upto = header(a, path)["upto"]
        # b's and c's writes and the province's own are withheld from a: not claimed
        assert {s_ for s_, n in upto.items() if n} == {site(a)}, full
        import_package(a.ctx, path, a.secret)
    # so a's own word back to the province claims nothing of b's
    path = send(a, p, tmp_path / "back.dnnd")
    assert header(p, path)["upto"].get(site(b), 0) == 0


def test_a_twin_is_not_credited_with_a_deletion_it_never_got(province, tmp_path):  # noqa: F811
    """c shares a household with its twin a and deletes it later. The province, which holds c's
    records, must not tell a that it holds c's writes: a would pass that on to c, c would take the
    deletion for acknowledged, purge the tombstone and never send it, and a would keep c's person."""
    p, a, c = province["province"], province["a"], province["c"]
    a.trust(c, "peer")
    c.trust(a, "peer")
    hid = people(c, 1)[0]
    share_records(c.ctx, "household", [hid], a.id)
    sync(c, a, tmp_path / "c-a-1.dnnd")
    assert live(a, hid) is True
    people(a, 1)
    sync(a, p, tmp_path / "a-p.dnnd")
    sync(c, p, tmp_path / "c-p-1.dnnd")
    RecordService(c.ctx).delete("household", hid)
    sync(c, p, tmp_path / "c-p-2.dnnd")                         # the province holds the tombstone
    sync(p, a, tmp_path / "p-a.dnnd", full=True)                # a's own records back, no claim on c's
    twin = RecordService(a.ctx).create("twinning", {"kind": "village_village", "local_name": "Thôn Tả Phìn",
                                                    "counterpart_name": "Thôn Lão Nhai"}).id
    share_records(a.ctx, "twinning", [twin], c.id)
    sync(a, c, tmp_path / "a-c.dnnd")                           # a's word reaches c
    assert live(c, hid) is False                                # c keeps the tombstone for a
    sync(c, a, tmp_path / "c-a-2.dnnd")
    assert live(a, hid) is False                                # and a gets the deletion


def test_a_share_added_after_several_syncs_goes_next_and_a_removed_one_stops(province, tmp_path):  # noqa: F811
    """Twin communes a and b sync directly; b shares one of its households with a after several
    acknowledged rounds (the record's change number is long below a's acknowledged point)."""
    a, b = province["a"], province["b"]
    a.trust(b, "peer")
    b.trust(a, "peer")
    theirs = people(b, 3)
    for i in range(3):                                          # several rounds, each acknowledged
        RecordService(b.ctx).update("household", theirs[1], {"village": f"Thôn {i}"})
        assert sync(b, a, tmp_path / f"b-a-{i}.dnnd").new == 0  # nothing of b's is a's to hold
        sync(a, b, tmp_path / f"a-b-{i}.dnnd")
    assert live(a, theirs[0]) is None
    share_records(b.ctx, "household", [theirs[0]], a.id)
    path = send(b, a, tmp_path / "shared.dnnd")
    assert [r["id"] for r in package_records(a, path)] == [theirs[0]]
    import_package(a.ctx, path, a.secret)
    assert live(a, theirs[0]) is True
    sync(a, b, tmp_path / "ack.dnnd")

    # Stop sharing: b's later edit does not go to a, a keeps the copy it had.
    assert remove_share(b.ctx, theirs[0], a.id)
    RecordService(b.ctx).update("household", theirs[0], {"village": "Thôn Mới"})
    path = send(b, a, tmp_path / "after.dnnd")
    assert package_records(a, path) == []
    with b.ctx.session() as s:
        edit = s.get(Household, theirs[0]).version[site(b)]
    assert header(a, path)["upto"].get(site(b), 0) < edit          # b's edit is not claimed
    import_package(a.ctx, path, a.secret)
    with a.ctx.session() as s:
        kept = s.get(Household, theirs[0])
        assert kept is not None and not kept.deleted and kept.village != "Thôn Mới"
    # Sharing it again brings the edit.
    share_records(b.ctx, "household", [theirs[0]], a.id)
    sync(b, a, tmp_path / "again.dnnd")
    with a.ctx.session() as s:
        assert s.scalars(select(Household.village).where(Household.id == theirs[0])).one() == "Thôn Mới"
