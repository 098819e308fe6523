"""The conflict queue: values with office and user, resolution as a new edit that travels and closes
the conflict at the other offices, delete-vs-edit resolved either way."""
from __future__ import annotations

import pytest
import test_sync_support
from sqlalchemy import select
from test_sync_support import create, delete, dump, exchange, get, open_conflicts, update

from dnnd_desktop.domain.errors import DnndError, ValidationError
from dnnd_desktop.domain.merge import unpack_stamps
from dnnd_desktop.services.sync.conflicts import ConflictService
from dnnd_desktop.storage.models import AuditEntry, Conflict

sites = test_sync_support.sites  # the three-installation fixture


def _conflict(a, b, c=None):
    hid = create(a, "household", head_name="Hà Văn Sinh", head_birth_year=1962, commune_code=2842)
    exchange(a, b)
    if c:
        exchange(a, c)
    update(a, "household", hid, village="Thôn Pho")
    update(b, "household", hid, village="Thôn Mới")
    exchange(a, b)
    exchange(b, a)
    return hid


def test_list_shows_both_values_with_office_and_user(sites):
    a, b, _ = sites
    hid = _conflict(a, b)
    [info] = ConflictService(a).list()
    assert (info.record_kind, info.record_id, info.field) == ("household", hid, "village")
    assert info.record_label == "Hà Văn Sinh"
    assert {v.value for v in info.values} == {"Thôn Pho", "Thôn Mới"}
    by_value = {v.value: v for v in info.values}
    assert by_value["Thôn Pho"].office_id == a.installation.office_id
    assert by_value["Thôn Mới"].office_id == b.installation.office_id
    assert by_value["Thôn Pho"].office_name == a.installation.office_name
    assert by_value["Thôn Mới"].user == "Cán bộ b"
    assert [v.provisional for v in info.values] == [True, False]
    assert get(a, "household", hid).village == info.values[0].value


def test_resolution_is_a_new_edit_that_travels_and_closes_the_conflict_elsewhere(sites):
    a, b, c = sites
    hid = _conflict(a, b, c)
    exchange(b, c)
    [info] = ConflictService(a).list()
    loser = info.values[1]
    done = ConflictService(a).resolve(info.id, 1)
    assert done.status == "resolved" and done.resolution == 1 and done.resolved_by == "Cán bộ a"
    assert len(done.values) == 2                        # both values are kept on the record of it
    h = get(a, "household", hid)
    assert h.village == loser.value
    assert tuple(unpack_stamps(h.field_stamps)["village"]) > max(v.stamp for v in info.values)
    assert ConflictService(a).list() == []
    exchange(a, b)
    exchange(b, c)
    for x in (b, c):
        assert get(x, "household", hid).village == loser.value
        assert open_conflicts(x) == []
        with x.session() as s:
            closed = s.scalars(select(Conflict).where(Conflict.record_id == hid,
                                                      Conflict.field == "village")).all()
            assert closed and all(k.status == "resolved" for k in closed)
    assert dump(a) == dump(b) == dump(c)
    with a.session() as s:
        assert s.scalars(select(AuditEntry).where(AuditEntry.action == "resolve_conflict")).first()


def test_keeping_the_provisional_value_still_dominates(sites):
    a, b, _ = sites
    hid = _conflict(a, b)
    [info] = ConflictService(b).list()
    ConflictService(b).resolve(info.id, 0)
    exchange(b, a)
    assert open_conflicts(a) == [] and get(a, "household", hid).village == info.values[0].value


def test_bad_choice_and_double_resolution_are_refused(sites):
    a, b, _ = sites
    _conflict(a, b)
    [info] = ConflictService(a).list()
    with pytest.raises(ValidationError):
        ConflictService(a).resolve(info.id, 2)
    ConflictService(a).resolve(info.id, 0)
    with pytest.raises(DnndError):
        ConflictService(a).resolve(info.id, 1)


def test_a_later_local_edit_takes_the_conflict_off_the_queue(sites):
    a, b, _ = sites
    hid = _conflict(a, b)
    update(a, "household", hid, village="Thôn Hợp")
    assert ConflictService(a).list() == []
    exchange(a, b)
    assert open_conflicts(b) == [] and get(b, "household", hid).village == "Thôn Hợp"


def _delete_vs_edit(a, b):
    hid = create(a, "household", head_name="Giàng Thị Sua", head_birth_year=1975, commune_code=2842,
                 phone="0933333333")
    exchange(a, b)
    delete(a, "household", hid)
    update(b, "household", hid, phone="0944444444", village="Bản Phìn")
    exchange(a, b)
    exchange(b, a)
    return hid


def test_restore_after_delete_vs_edit_travels(sites):
    a, b, _ = sites
    hid = _delete_vs_edit(a, b)
    infos = [i for i in ConflictService(a).list() if i.field == "__deleted__"]
    assert len(infos) == 1 and len(ConflictService(a).list()) == 1   # field conflicts of a tombstone wait
    keep = next(v.index for v in infos[0].values if v.value is False)
    ConflictService(a).resolve(infos[0].id, keep)
    h = get(a, "household", hid)
    assert not h.deleted
    exchange(a, b)
    assert not get(b, "household", hid).deleted
    # the phone and the village (wiped by the delete, even the empty village, and edited at b) are now
    # plain field conflicts for a person to pick; each shows its provisional value meanwhile
    listed = {i.field: i for i in ConflictService(b).list()}
    assert sorted(listed) == ["phone", "village"]
    assert {v.value for v in listed["village"].values} == {None, "Bản Phìn"}
    assert h.village == listed["village"].values[0].value == get(b, "household", hid).village
    assert dump(a) == dump(b)


def test_confirming_the_delete_settles_everything_of_the_record(sites):
    a, b, _ = sites
    hid = _delete_vs_edit(a, b)
    [info] = [i for i in ConflictService(b).list() if i.field == "__deleted__"]
    ConflictService(b).resolve(info.id, next(v.index for v in info.values if v.value is True))
    exchange(b, a)
    for x in (a, b):
        h = get(x, "household", hid)
        assert h.deleted and h.phone is None
        assert open_conflicts(x) == []
    assert dump(a) == dump(b)
