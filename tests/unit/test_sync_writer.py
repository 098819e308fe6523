"""RecordWriter pieces the merge engine relies on: a tombstone stamps every personal field (empty
ones too), forced updates, restore as an edit that travels, a forced re-delete that settles fields."""
from __future__ import annotations

import json

import test_sync_support
from sqlalchemy import select
from sqlalchemy import update as update_stmt
from test_sync_support import create, delete, dump, exchange, get, open_conflicts, update

from dnnd_desktop.domain.merge import pack_stamps, unpack_stamps
from dnnd_desktop.services.record_writer import RecordWriter
from dnnd_desktop.storage.models import AuditEntry, Household

sites = test_sync_support.sites  # the three-installation fixture


def test_a_tombstone_stamps_every_personal_field_even_empty_ones(sites):
    a, _, _ = sites
    hid = create(a, "household", head_name="Lý Seo Chư", commune_code=2842)
    delete(a, "household", hid)
    h = get(a, "household", hid)
    delete_stamp = unpack_stamps(h.field_stamps)["__deleted__"]
    for f in Household.__personal_fields__:
        assert unpack_stamps(h.field_stamps)[f] == delete_stamp, f
    assert unpack_stamps(h.field_stamps)["commune_code"] != delete_stamp      # not personal: untouched


def test_a_concurrent_edit_of_a_field_empty_at_delete_time_does_not_survive_on_the_tombstone(sites):
    a, b, _ = sites
    hid = create(a, "household", head_name="Lý Seo Chư", commune_code=2842)
    exchange(a, b)
    delete(a, "household", hid)
    update(b, "household", hid, phone="0911222333")
    exchange(a, b)
    exchange(b, a)
    for x in (a, b):
        h = get(x, "household", hid)
        assert h.deleted and h.phone is None, x.installation.office_name
    assert ("household", hid, "phone") in open_conflicts(a)   # kept (hidden) for a restore
    assert dump(a) == dump(b)


def test_forced_update_stamps_an_unchanged_value(sites):
    a, _, _ = sites
    hid = create(a, "household", head_name="Lò Văn Pao", village="Bản Lầu")
    with a.session() as s:
        w = RecordWriter(s, a)
        h = s.get(Household, hid)
        assert w.update(h, {"village": "Bản Lầu"}) == {}
        before = list(unpack_stamps(h.field_stamps)["village"])
        assert w.update(h, {"village": "Bản Lầu"}, force=True, action="resolve_conflict") == {
            "village": ("Bản Lầu", "Bản Lầu")}
        assert unpack_stamps(h.field_stamps)["village"][0] > before[0]
        assert h.version[a.installation.site_id] == unpack_stamps(h.field_stamps)["village"][0]
        assert s.scalars(select(AuditEntry.action).where(AuditEntry.record_id == hid)).all()[-1] == "resolve_conflict"


def test_restore_is_an_edit_that_travels(sites):
    a, b, _ = sites
    hid = create(a, "household", head_name="Vàng A Dình", commune_code=2842)
    delete(a, "household", hid)
    exchange(a, b)
    assert get(b, "household", hid).deleted
    with a.session() as s:
        w = RecordWriter(s, a)
        h = s.get(Household, hid)
        assert w.restore(h) is True and w.restore(h) is False
        assert not h.deleted and unpack_stamps(h.field_stamps)["__deleted__"][0] == h.version[a.installation.site_id]
        assert s.scalars(select(AuditEntry.action).where(AuditEntry.record_id == hid)).all()[-1] == "restore"
    exchange(a, b)
    assert not get(b, "household", hid).deleted
    assert dump(a) == dump(b) and open_conflicts(b) == []


def test_a_forced_delete_on_a_tombstone_writes_a_new_delete_and_settles_fields(sites):
    a, _, _ = sites
    hid = create(a, "household", head_name="Sùng A Tủa", commune_code=2842)
    delete(a, "household", hid)
    with a.session() as s:
        w = RecordWriter(s, a)
        h = s.get(Household, hid)
        old = list(unpack_stamps(h.field_stamps)["__deleted__"])
        w.delete(h)                                   # already deleted: nothing
        assert unpack_stamps(h.field_stamps)["__deleted__"] == old
        w.delete(h, force=True, settle=["commune_code"])
        new = unpack_stamps(h.field_stamps)["__deleted__"]
        assert new[0] > old[0] and unpack_stamps(h.field_stamps)["commune_code"] == new and h.deleted


# -- compact stored stamps ---------------------------------------------------------------------------

def test_stamps_are_stored_compactly_and_read_back_exactly(sites):
    a, _, _ = sites
    site = a.installation.site_id
    hid = create(a, "household", head_name="Giàng A Páo", head_birth_year=1970, village="Bản Phố", phone="0912")
    update(a, "household", hid, village="Bản Mới")
    h = get(a, "household", hid)
    assert h.field_stamps == [[site], [1, 0, "head_birth_year", "head_name", "phone"], [2, 0, "village"]]
    assert unpack_stamps(h.field_stamps) == {"head_name": [1, site], "head_birth_year": [1, site],
                                             "phone": [1, site], "village": [2, site]}
    assert len(json.dumps(h.field_stamps)) < len(json.dumps(unpack_stamps(h.field_stamps))) / 2


def test_pack_and_unpack_round_trip_with_several_sites():
    stamps = {"a": [3, "s2"], "b": [1, "s1"], "c": [3, "s2"], "__deleted__": [4, "s1"], "d": [3, "s1"]}
    packed = pack_stamps(stamps)
    assert packed[0] == ["s2", "s1"] and unpack_stamps(packed) == stamps
    assert pack_stamps({}) == {} and unpack_stamps({}) == {} and unpack_stamps(None) == {}
    assert unpack_stamps(stamps) == stamps          # the per-field form of older rows reads as it is


def test_rows_written_in_the_old_form_still_merge_and_are_rewritten_compact_on_their_next_write(sites):
    a, b, _ = sites
    site = a.installation.site_id
    hid = create(a, "household", head_name="Vừ A Dính", village="Bản Cũ")
    exchange(a, b)
    for ctx in (a, b):   # as an older version of the application stored them
        with ctx.session() as s:
            s.execute(update_stmt(Household).where(Household.id == hid).values(
                field_stamps={"head_name": [1, site], "village": [1, site]}))
    before = dump(a)
    update(b, "household", hid, village="Bản Mới")
    update(a, "household", hid, head_name="Vừ A Dính (con)")
    exchange(b, a)
    exchange(a, b)
    for ctx in (a, b):
        h = get(ctx, "household", hid)
        assert (h.village, h.head_name) == ("Bản Mới", "Vừ A Dính (con)")
        assert isinstance(h.field_stamps, list)
    assert open_conflicts(a) == [] and dump(a) == dump(b) != before
