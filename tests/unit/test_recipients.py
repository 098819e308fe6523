"""Who receives what (issue 15, docs/sync.md): a province with three communes syncing both ways.
No package to commune A holds a record of commune B's people, and A's store holds none after
import; a record shared explicitly goes sideways; a store that already received others' people
is cleaned by the 0007 upgrade, keeping what its own records point to."""
from __future__ import annotations

import datetime as dt
import importlib.util
import json

import pytest
from sqlalchemy import select
from test_packages_world import close_world, make_office

from dnnd_desktop.exchange.package import open_package
from dnnd_desktop.paths import migrations_dir
from dnnd_desktop.services.identity import trust_lookup
from dnnd_desktop.services.packages import export_package, import_package
from dnnd_desktop.services.packages.common import SCHEMA_VERSION, effective_now
from dnnd_desktop.services.records import RecordService
from dnnd_desktop.services.sync import apply_changeset, collect_changeset
from dnnd_desktop.services.sync.sharing import share_records
from dnnd_desktop.storage.models import MODEL_BY_KIND


@pytest.fixture
def province(tmp_path):
    p = make_office(tmp_path, "tinh", level="province", office_name="Ủy ban MTTQ Việt Nam tỉnh Lào Cai",
                    parent_body="Ủy ban Trung ương MTTQ Việt Nam", place_name="Lào Cai")
    names = ("Bản Hồ", "Bản Lầu", "Bản Xèo")
    communes = [make_office(tmp_path, f"xa{i}", level="commune", unit_name=f"xã {name}",
                            office_name=f"Ủy ban MTTQ Việt Nam xã {name}", place_name=name)
                for i, name in enumerate(names)]
    for c in communes:
        c.trust(p)
        p.trust(c)
    world = {"province": p, "a": communes[0], "b": communes[1], "c": communes[2]}
    yield world
    close_world(world)


def people(office, n: int) -> list[str]:
    svc = RecordService(office.ctx)
    ids = []
    for i in range(n):
        hid = svc.create("household", {"head_name": f"Vàng Seo {office.name} {i}", "head_birth_year": 1960 + i}).id
        svc.create("person", {"household_id": hid, "full_name": f"Vàng Thị {office.name} {i}", "country": "KR"})
        ids.append(hid)
    return ids


def send(src, dst, path, **kw):
    export_package(src.ctx, kind="sync", to=dst.id, out_path=path, secret=src.secret, **kw)
    return path


def package_records(receiver, path) -> list[dict]:
    """Every record line inside a package, opened as its recipient would."""
    with receiver.ctx.session() as s:
        now = effective_now(s)
        opened = open_package(path, trust=trust_lookup(s, now), me_office_id=receiver.id,
                              my_secret=receiver.secret, max_schema_version=SCHEMA_VERSION,
                              now=now.replace(tzinfo=dt.UTC))
    out = []
    for name, data in opened.files.items():
        if name.endswith(".jsonl"):
            out += [json.loads(line) for line in data.decode().splitlines() if line.strip()]
    return out


def owners_held(office) -> dict[str, int]:
    counts: dict[str, int] = {}
    with office.ctx.session() as s:
        for model in MODEL_BY_KIND.values():
            for owner in s.scalars(select(model.origin_office_id).where(model.version != {})):
                counts[owner] = counts.get(owner, 0) + 1
    return counts


def _revision_0007():
    spec = importlib.util.spec_from_file_location(
        "rev0007", migrations_dir() / "versions" / "0007_change_sequence_and_recipients.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_no_package_to_a_commune_holds_another_communes_people(province, tmp_path):
    p, a, b, c = province["province"], province["a"], province["b"], province["c"]
    mine = {o.name: people(o, 3) for o in (a, b, c)}
    for o in (a, b, c):                                            # up: each commune to the province
        import_package(p.ctx, send(o, p, tmp_path / f"up-{o.name}.dnnd"), p.secret)
    assert owners_held(p) == {a.id: 6, b.id: 6, c.id: 6}           # the province holds everyone
    # A province edit cannot touch a commune's record; the commune edits and syncs again.
    RecordService(a.ctx).update("household", mine["xa0"][0], {"village": "Thôn Mới"})
    import_package(p.ctx, send(a, p, tmp_path / "up-a-2.dnnd"), p.secret)

    # Down: an incremental and a full package from the province to each commune.
    for o in (a, b, c):
        for full in (False, True):
            path = tmp_path / f"down-{o.name}-{full}.dnnd"
            try:
                send(p, o, path, full=full)
            except Exception as e:                                    # nothing to send
                assert e.code == "nothing_to_send"
                continue
            lines = package_records(o, path)
            assert {r["origin_office_id"] for r in lines} <= {o.id}, o.name
            if full:
                # the full package is the commune's own 6 records back, nobody else's
                assert len(lines) == 6
            import_package(o.ctx, path, o.secret)
    for o in (a, b, c):
        assert owners_held(o) == {o.id: 6}
    assert RecordService(a.ctx).get("household", mine["xa0"][0]).values["village"] == "Thôn Mới"


def test_a_shared_record_goes_sideways_and_nothing_else(province, tmp_path):
    a, b = province["a"], province["b"]
    a.trust(b, "peer")
    b.trust(a, "peer")
    svc = RecordService(b.ctx)
    pair = svc.create("twinning", {"kind": "village_village", "local_name": "Thôn Tả Phìn",
                                   "counterpart_name": "Thôn Lão Nhai"}).id
    people(b, 2)
    path = tmp_path / "b-to-a.dnnd"
    with pytest.raises(Exception) as e:                 # not shared: a peer gets nothing
        send(b, a, path, skip_empty=True)
    assert e.value.code == "nothing_to_send"
    share_records(b.ctx, "twinning", [pair], a.id)
    lines = package_records(a, send(b, a, path))
    assert [(r["id"], r["origin_office_id"]) for r in lines] == [(pair, b.id)]
    import_package(a.ctx, path, a.secret)
    assert owners_held(a) == {b.id: 1}


def test_upgrade_removes_records_the_office_may_not_hold(province, tmp_path):
    """A commune store polluted by the old province echo: the 0007 upgrade removes the other
    communes' records (the migration's backup keeps the store as it was), and keeps a record of
    another office that one of the commune's own records points to."""
    p, a, b = province["province"], province["a"], province["b"]
    people(a, 2)
    theirs = people(b, 3)
    import_package(p.ctx, send(b, p, tmp_path / "up-b.dnnd"), p.secret)
    with p.ctx.session() as s:                          # what the province used to send: everything
        echo = collect_changeset(s, p.ctx, {}, kinds=("household", "person"))
    with a.ctx.session() as s:
        apply_changeset(s, a.ctx, echo)
    # a's own person in one of b's households (a real link the cleanup must not break)
    kept = RecordService(a.ctx).create("person", {"household_id": theirs[0], "full_name": "Lò Văn Tám"}).id
    assert owners_held(a) == {a.id: 5, b.id: 6}
    with a.ctx.session() as s:                          # the data step of revision 0007, as the upgrade runs it
        _revision_0007()._remove_records_not_entitled(s.connection())
    assert owners_held(a) == {a.id: 5, b.id: 1}        # b's household that a's person lives in
    assert RecordService(a.ctx).get("person", kept).values["household_id"] == theirs[0]


def test_a_district_no_longer_passes_its_communes_records_up(tmp_path):
    """Session 4, docs/sync.md "Records come only from their owner": in an old three-level setup the
    district's package to the province carries the district's own records, none of its commune's
    (before, it relayed them, and the province could not tell them from ones the district made up)."""
    p = make_office(tmp_path, "tinh", level="province", office_name="Ủy ban MTTQ Việt Nam tỉnh Lào Cai",
                    parent_body="Ủy ban Trung ương MTTQ Việt Nam", place_name="Lào Cai")
    d = make_office(tmp_path, "huyen")
    c = make_office(tmp_path, "xa", level="commune", unit_name="xã Bản Hồ", office_name="Ủy ban MTTQ Việt Nam "
                    "xã Bản Hồ", parent_body="Ủy ban MTTQ Việt Nam huyện Bát Xát", place_name="Bản Hồ")
    world = {"p": p, "d": d, "c": c}
    try:
        for upper, lower in ((p, d), (d, c)):
            upper.trust(lower)
            lower.trust(upper)
        communes = people(c, 2)
        ours = people(d, 1)
        send(c, d, tmp_path / "c-d.dnnd")
        import_package(d.ctx, tmp_path / "c-d.dnnd", d.secret)
        assert owners_held(d)[c.id] == 4                          # the district holds the commune's records
        sent = package_records(p, send(d, p, tmp_path / "d-p.dnnd"))
        assert {r["origin_office_id"] for r in sent} == {d.id}
        assert ours[0] in {r["id"] for r in sent} and not set(communes) & {r["id"] for r in sent}
    finally:
        close_world(world)
