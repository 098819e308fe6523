"""Collecting a changeset: the one-pass full path and the incremental path give the same records, and
the wire form of a stored row parses back to the row's merge state."""
from __future__ import annotations

import datetime as dt
import json

import test_sync_support
from sqlalchemy import select
from test_sync_support import apply, changes, create, delete, exchange, update

from dnnd_desktop.domain import merge as m
from dnnd_desktop.services.sync import collect_changeset
from dnnd_desktop.services.sync.codec import KIND_ORDER, parse_wire, row_mapping, row_state, to_wire
from dnnd_desktop.storage.models import MODEL_BY_KIND, Conflict

sites = test_sync_support.sites  # the three-installation fixture

OTHER_SITE = "00000000-0000-4000-8000-000000000000"


def _scenario(a, b):
    hid = create(a, "household", head_name="Hầu A Lềnh", head_birth_year=1966, commune_code=2842)
    pid = create(a, "person", household_id=hid, full_name="Hầu Thị Dợ", country="KR")
    act = create(a, "activity", title="Giao lưu biên giới", activity_type="overseas_meeting",
                 start_date=dt.date(2026, 3, 8))
    create(a, "activity_person", activity_id=act, person_id=pid)
    gone = create(a, "household", head_name="Thào A Chứ", commune_code=2842)
    exchange(a, b)
    delete(a, "household", gone)
    update(a, "person", pid, city="Seoul")
    update(b, "person", pid, city="Busan")          # a conflict: siblings travel
    exchange(b, a)
    return hid, pid


def test_full_and_incremental_paths_collect_the_same_lines(sites):
    a, b, _ = sites
    _scenario(a, b)
    with a.session() as s:
        full = collect_changeset(s, a)                       # one pass per table
        forced = collect_changeset(s, a, {OTHER_SITE: 1})    # version scan + chunks, nothing covered
    assert full.counts == forced.counts and full.blob_hashes == forced.blob_hashes
    for kind in full.records:
        assert sorted(full.lines(kind)) == sorted(forced.lines(kind))
    assert any(b'"siblings"' in line for line in full.lines("person"))


def test_placeholders_never_travel(sites):
    a, b, _ = sites
    hid = create(a, "household", head_name="Hộ", commune_code=2842)
    create(a, "person", household_id=hid, full_name="Người", country="LA")
    cs = changes(a)
    cs.records.pop("household")        # the person arrives before its household: a placeholder
    cs.header["counts"].pop("household")
    apply(b, cs)
    assert changes(b).counts == {"person": 1}


def test_wire_form_parses_back_to_the_stored_state(sites):
    a, b, _ = sites
    _scenario(a, b)
    with a.session() as s:
        n = 0
        for kind in KIND_ORDER:
            model = MODEL_BY_KIND[kind]
            for obj in s.scalars(select(model)):
                sib = {c.field: c.values for c in s.scalars(select(Conflict).where(
                    Conflict.record_id == obj.id, Conflict.status.in_(("open", "same"))))}
                row = row_mapping(obj)
                wire = json.loads(json.dumps(to_wire(model, row, sib)))
                got = parse_wire(model, wire).state
                assert m.canonical(got) == m.canonical(row_state(model, row, sib)), (kind, obj.id)
                n += 1
    assert n == 5
