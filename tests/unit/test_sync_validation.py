"""Incoming rows are checked before anything is written: bad rows are rejected (counted, with a
reason) and a bad changeset header refuses the whole changeset."""
from __future__ import annotations

import json
import uuid

import pytest
import test_sync_support
from test_sync_support import apply, changes, create, dump

from dnnd_desktop.services.sync import Changeset, ChangesetError, apply_changeset
from dnnd_desktop.services.sync.changeset import HEADER_FILE

sites = test_sync_support.sites  # the three-installation fixture


def _one_household(a):
    hid = create(a, "household", head_name="Vàng Seo Chẩu", head_birth_year=1969, commune_code=2842)
    cs = changes(a)
    return hid, json.loads(cs.records["household"].splitlines()[0])


def _with(cs: Changeset, kind: str, rows: list[dict]) -> Changeset:
    header = {**cs.header, "counts": {kind: len(rows)}}
    return Changeset(header, {kind: b"\n".join(json.dumps(r, ensure_ascii=False).encode() for r in rows)})


BAD_ROWS = {
    "unknown field": lambda r: r["fields"].update(salary=1),
    "bad type": lambda r: r["fields"].update(head_birth_year="1969"),
    "bool as int": lambda r: r["fields"].update(head_birth_year=True),
    "too long": lambda r: r["fields"].update(phone="0" * 41),
    "required missing": lambda r: r["fields"].update(head_name=None),
    "id not uuid": lambda r: r.update(id="../../etc/passwd"),
    "unknown key": lambda r: r.update(extra=1),
    "empty version": lambda r: r.update(version={}),
    "origin not in version": lambda r: r.update(origin_site_id=str(uuid.uuid4())),
    "stamp beyond version": lambda r: r["stamps"].append([10**6, r["origin_site_id"], ["phone"]]),
    "stamp of unknown field": lambda r: r["stamps"].append([1, r["origin_site_id"], ["salary"]]),
    "field stamped twice": lambda r: r["stamps"].append([1, r["origin_site_id"], ["head_name"]]),
    "stamps not groups": lambda r: r.update(stamps={"head_name": [1, r["origin_site_id"]]}),
    "tombstone without stamp": lambda r: r.update(deleted=True),
    "bad siblings": lambda r: r.update(siblings={"village": [{"value": 1, "stamp": [1, r["origin_site_id"]]}]}),
}


@pytest.mark.parametrize("name", list(BAD_ROWS))
def test_bad_rows_are_rejected_and_nothing_written(sites, name):
    a, b, _ = sites
    _hid, row = _one_household(a)
    BAD_ROWS[name](row)
    before = dump(b)
    res = apply(b, _with(changes(a), "household", [row]))
    assert res.totals()["rejected"] == 1 and res.totals()["new"] == 0
    assert res.rejections[0].reason
    assert dump(b) == before


def test_bad_date_is_rejected(sites):
    a, b, _ = sites
    import datetime as dt
    create(a, "activity", title="Giao lưu biên giới", activity_type="border_exchange", start_date=dt.date(2026, 3, 1))
    row = json.loads(changes(a).records["activity"].splitlines()[0])
    row["fields"]["start_date"] = "2026-02-30"
    assert apply(b, _with(changes(a), "activity", [row])).totals()["rejected"] == 1


def test_origin_must_match_the_stored_record(sites):
    a, b, _ = sites
    _hid, row = _one_household(a)
    apply(b, changes(a))
    row["origin_office_id"] = str(uuid.uuid4())
    row["version"][row["origin_site_id"]] += 1
    res = apply(b, _with(changes(a), "household", [row]))
    assert res.totals()["rejected"] == 1 and "origin" in res.rejections[0].reason


def test_writes_claimed_for_this_installation_are_rejected(sites):
    a, b, _ = sites
    _hid, row = _one_household(a)
    row["version"][b.installation.site_id] = 999
    assert apply(b, _with(changes(a), "household", [row])).totals()["rejected"] == 1


def test_the_same_record_twice_in_one_changeset_is_rejected_once(sites):
    a, b, _ = sites
    _hid, row = _one_household(a)
    res = apply(b, _with(changes(a), "household", [row, row]))
    assert (res.totals()["new"], res.totals()["rejected"]) == (1, 1)


def test_rejections_keep_knowledge_from_advancing(sites):
    a, b, _ = sites
    _hid, row = _one_household(a)
    bad = dict(row, id=str(uuid.uuid4()), fields={**row["fields"], "head_birth_year": "x"})
    apply(b, _with(changes(a), "household", [row, bad]))
    from dnnd_desktop.services.sync.state import knowledge
    with b.session() as s:
        assert knowledge(s).get(a.installation.site_id, 0) == 0


@pytest.mark.parametrize("mutate", [
    lambda f: f.pop(HEADER_FILE),
    lambda f: f.__setitem__(HEADER_FILE, b"{not json"),
    lambda f: f.__setitem__(HEADER_FILE, json.dumps({"format": "other"}).encode()),
    lambda f: f.__setitem__("sync/salaries.jsonl", b"{}"),
    lambda f: f.__setitem__(HEADER_FILE, f[HEADER_FILE].replace(b'"format_version": 1', b'"format_version": 2')),
    lambda f: f.__setitem__(HEADER_FILE, f[HEADER_FILE].replace(b'"base": {}', b'"base": {"x": 1}')),
])
def test_bad_changeset_files_are_refused(sites, mutate):
    a, _, _ = sites
    create(a, "household", head_name="Hộ thử", head_birth_year=1950, commune_code=2842)
    files = changes(a).files()
    mutate(files)
    with pytest.raises(ChangesetError):
        Changeset.from_files(files)


def test_changeset_from_another_sender_than_the_package_signer_is_refused(sites):
    a, b, c = sites
    create(a, "household", head_name="Hộ thử", head_birth_year=1950, commune_code=2842)
    cs = changes(a)
    with b.session() as s, pytest.raises(ChangesetError):
        apply_changeset(s, b, cs, sender_office_id=c.installation.office_id)
