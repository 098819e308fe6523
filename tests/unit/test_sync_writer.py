"""RecordWriter pieces the merge engine relies on: a tombstone stamps every personal field (empty
ones too), forced updates, restore as an edit that travels, a forced re-delete that settles fields."""
from __future__ import annotations

import test_sync_support
from sqlalchemy import select
from test_sync_support import create, delete, dump, exchange, get, open_conflicts, update

from dnnd_desktop.services.record_writer import RecordWriter
from dnnd_desktop.storage.models import AuditEntry, Household

sites = test_sync_support.sites  # the three-installation fixture


def test_a_tombstone_stamps_every_personal_field_even_empty_ones(sites):
    a, _, _ = sites
    hid = create(a, "household", head_name="Lý Seo Chư", commune_code=2842)
    delete(a, "household", hid)
    h = get(a, "household", hid)
    delete_stamp = h.field_stamps["__deleted__"]
    for f in Household.__personal_fields__:
        assert h.field_stamps[f] == delete_stamp, f
    assert h.field_stamps["commune_code"] != delete_stamp      # not personal: untouched


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
        before = list(h.field_stamps["village"])
        assert w.update(h, {"village": "Bản Lầu"}, force=True, action="resolve_conflict") == {
            "village": ("Bản Lầu", "Bản Lầu")}
        assert h.field_stamps["village"][0] > before[0]
        assert h.version[a.installation.site_id] == h.field_stamps["village"][0]
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
        assert not h.deleted and h.field_stamps["__deleted__"][0] == h.version[a.installation.site_id]
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
        old = list(h.field_stamps["__deleted__"])
        w.delete(h)                                   # already deleted: nothing
        assert h.field_stamps["__deleted__"] == old
        w.delete(h, force=True, settle=["commune_code"])
        new = h.field_stamps["__deleted__"]
        assert new[0] > old[0] and h.field_stamps["commune_code"] == new and h.deleted
