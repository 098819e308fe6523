"""New record ids start with the creating computer's site, then the time (storage/record_ids.py,
issue 15): one office's records sit on neighbouring index pages in every store that receives them.
They stay valid lowercase UUID text everywhere ids are checked, unique across offices, and mix with
the uuid4 ids of records made before."""
from __future__ import annotations

import datetime as dt
import uuid

from pydantic import TypeAdapter
from sqlalchemy import select
from test_packages_sync import household, send

from dnnd_desktop.exchange.package.header_schema import LowerUuid as HeaderUuid
from dnnd_desktop.services.packages import import_package
from dnnd_desktop.services.packages.report_schema import LowerUuid as ReportUuid
from dnnd_desktop.services.record_writer import RecordWriter
from dnnd_desktop.services.records import RecordService
from dnnd_desktop.services.sync.codec import is_uuid
from dnnd_desktop.services.sync.wire_schema import LowerUuid as WireUuid
from dnnd_desktop.storage.models import Household, OverseasPerson, new_id
from dnnd_desktop.storage.record_ids import site_prefix

SITE_A = "3f2a9b1c-5d6e-4f70-8a9b-0c1d2e3f4a5b"
SITE_B = "3f2a9b1d-0000-4000-8000-000000000001"   # its prefix is A's plus one: neighbours, never mixed
SITE_C = "c0ffee00-1111-4222-8333-444455556666"
T0 = dt.datetime(2026, 3, 1, 8, 0, tzinfo=dt.UTC)


def test_an_id_is_canonical_uuid_text_of_version_8_that_every_validator_accepts():
    validators = [TypeAdapter(t) for t in (HeaderUuid, ReportUuid, WireUuid)]
    for site in (SITE_A, SITE_C, "not-hex-site", "SITE"):
        value = new_id(site)
        parsed = uuid.UUID(value)
        assert str(parsed) == value and value == value.lower() and len(value) == 36
        assert parsed.version == 8 and parsed.variant == uuid.RFC_4122
        assert is_uuid(value)
        for v in validators:
            assert v.validate_python(value) == value
    assert value.startswith(f"{site_prefix('SITE'):08x}")
    # The first group is the site id's own first group (readable: "made on this computer").
    assert new_id(SITE_A).startswith("3f2a9b1c-") and new_id(SITE_C).startswith("c0ffee00-")
    # Without a site (not a synced record): a plain uuid4, as before.
    assert uuid.UUID(new_id()).version == 4 and uuid.UUID(new_id(None)).version == 4


def test_ids_are_unique_within_one_instant_on_one_computer_and_across_computers():
    # 62 random bits: 30,000 ids made in the same 4-second unit on one computer, and on a second
    # computer whose site id begins like the first's, never repeat.
    same_moment = [new_id(SITE_A, T0) for _ in range(30_000)]
    twin_site = "3f2a9b1c-ffff-4fff-8fff-ffffffffffff"
    twins = [new_id(twin_site, T0) for _ in range(10_000)]
    assert len(set(same_moment)) == 30_000
    assert len(set(same_moment) | set(twins)) == 40_000
    # The random part really varies (not a counter that two computers could share).
    assert len({i[19:] for i in same_moment}) == 30_000


def test_ids_sort_by_site_then_by_time_whatever_order_they_were_made_in():
    # Three computers make records interleaved over months (as communes do); sorted, each
    # computer's ids form one run, in the order they were made.
    made: list[tuple[str, int, str]] = []
    for day in range(0, 120, 3):
        for n, site in enumerate((SITE_C, SITE_A, SITE_B)):
            moment = T0 + dt.timedelta(days=day, minutes=n)
            made.append((site, day, new_id(site, moment)))
    ordered = sorted(made, key=lambda m: m[2])
    sites_in_order = [m[0] for m in ordered]
    assert sites_in_order == [SITE_A] * 40 + [SITE_B] * 40 + [SITE_C] * 40
    for site in (SITE_A, SITE_B, SITE_C):
        days = [m[1] for m in ordered if m[0] == site]
        assert days == sorted(days) == list(range(0, 120, 3))
    # Within 4 seconds the order is not promised, but a later unit always sorts after.
    assert new_id(SITE_A, T0) < new_id(SITE_A, T0 + dt.timedelta(seconds=4))
    # A naive datetime is taken as UTC (the store's own times are naive UTC).
    assert new_id(SITE_A, T0.replace(tzinfo=None))[:18] == new_id(SITE_A, T0)[:18]


def test_records_made_through_the_services_and_the_orm_start_with_this_computers_site(ctx):
    site = ctx.installation.site_id
    svc = RecordService(ctx)
    hid = svc.create("household", {"head_name": "Vàng Seo Phủ", "head_birth_year": 1962}).id
    pid = svc.create("person", {"household_id": hid, "full_name": "Vàng Thị Mai", "country": "KR"}).id
    assert hid[:8] == pid[:8] == site[:8]
    assert uuid.UUID(hid).version == uuid.UUID(pid).version == 8
    # A synced row added through the ORM without an id takes it from its own origin_site_id.
    with ctx.session() as s:
        row = Household(head_name="Lò Văn Tám", origin_office_id=ctx.installation.office_id,
                        origin_site_id=SITE_C, version={SITE_C: 1}, field_stamps={})
        s.add(row)
        s.flush()
        assert row.id.startswith("c0ffee00-") and uuid.UUID(row.id).version == 8



def test_records_an_excel_import_makes_start_with_this_computers_site(ctx, tmp_path):
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parents[1] / "fixtures" / "excel"))
    import excel_builders as xb

    from dnnd_desktop.services.excel import import_excel

    result, _preview = import_excel(ctx, "households", xb.households_file(tmp_path / "ho.xlsx"))
    assert result.imported > 0
    with ctx.session() as s:
        ids = [*s.scalars(select(Household.id)), *s.scalars(select(OverseasPerson.id))]
    assert ids and {i[:8] for i in ids} == {ctx.installation.site_id[:8]}
    assert {uuid.UUID(i).version for i in ids} == {8}


def test_sync_between_offices_with_old_uuid4_ids_and_new_ids_mixed(world, tmp_path):
    """Records made before the change (uuid4 ids) and after it travel together, link to each other
    either way, and later edits of either kind arrive by the same ids."""
    a, prov = world["a"], world["province"]
    svc = RecordService(a.ctx)
    # An old household (uuid4) made as before the change, and an old person in a new household;
    # the writer keeps an explicit id as it is.
    old_hid = str(uuid.uuid4())
    old_pid = str(uuid.uuid4())
    with a.ctx.session() as s:
        w = RecordWriter(s, a.ctx)
        w.create(Household, {"head_name": "Hoàng Văn Cũ", "head_birth_year": 1950}, record_id=old_hid)
    new_hid = household(a, "Giàng A Mới")
    with a.ctx.session() as s:
        w = RecordWriter(s, a.ctx)
        w.create(OverseasPerson, {"household_id": new_hid, "full_name": "Giàng Thị Cũ", "country": "LA"},
                 record_id=old_pid)
    new_pid = svc.create("person", {"household_id": old_hid, "full_name": "Hoàng Thị Mới", "country": "US"}).id
    assert uuid.UUID(old_hid).version == uuid.UUID(old_pid).version == 4
    assert uuid.UUID(new_hid).version == uuid.UUID(new_pid).version == 8

    out, r = send(a, prov, tmp_path)
    assert r.contents["household"] == 2 and r.contents["person"] == 2
    res = import_package(prov.ctx, out, prov.secret)
    assert (res.new, res.rejected, res.conflicts) == (4, 0, 0)
    got = RecordService(prov.ctx)
    assert got.get("person", old_pid).values["household_id"] == new_hid     # old id -> new id
    assert got.get("person", new_pid).values["household_id"] == old_hid     # new id -> old id
    with prov.ctx.session() as s:
        ids = set(s.scalars(select(Household.id))) | set(s.scalars(select(OverseasPerson.id)))
    assert {old_hid, new_hid, old_pid, new_pid} <= ids

    # The owner edits one record of each kind; the next package carries only those, by the same ids.
    svc.update("household", old_hid, {"head_birth_year": 1951})
    svc.update("person", new_pid, {"country": "FR"})
    again, r = send(a, prov, tmp_path, name="again.dnnd")
    assert r.contents["household"] == 1 and r.contents["person"] == 1
    res = import_package(prov.ctx, again, prov.secret)
    assert (res.new, res.updated, res.rejected, res.conflicts) == (0, 2, 0, 0)
    assert got.get("household", old_hid).values["head_birth_year"] == 1951
    assert got.get("person", new_pid).values["country"] == "FR"
    # A record the province makes itself has the province computer's prefix, not the district's.
    here = got.create("household", {"head_name": "Lù Thị Tỉnh", "head_birth_year": 1970}).id
    assert here[:8] == prov.ctx.installation.site_id[:8] != a.ctx.installation.site_id[:8]
