"""Sync between three real installations: any import order gives the same state, field merges,
conflicts, delete vs edit, idempotent re-import, placeholders for out-of-order links."""
from __future__ import annotations

import itertools

import pytest
import test_sync_support
from test_sync_support import (
    apply,
    changes,
    create,
    delete,
    dump,
    exchange,
    get,
    make_site,
    open_conflicts,
    update,
)

from dnnd_desktop.domain.merge import unpack_stamps
from dnnd_desktop.paths import DataDir
from dnnd_desktop.services.app_context import open_context
from dnnd_desktop.services.sync import collect_changeset
from tests.conftest import copy_installation

sites = test_sync_support.sites  # the three-installation fixture


def _scenario(a, b, c):
    """Four changesets from three sites with every kind of overlap."""
    h1 = create(a, "household", head_name="Nguyễn Văn Đức", head_birth_year=1958, commune_code=2842)
    h2 = create(a, "household", head_name="Lò Thị Mai", head_birth_year=1970, commune_code=2842,
                phone="0912345678")
    p1 = create(a, "person", household_id=h1, full_name="Nguyễn Thị Hoa", country="FR", city="Lyon")
    act = create(a, "activity", title="Gặp mặt kiều bào Tết", activity_type="overseas_meeting",
                 start_date=__import__("datetime").date(2026, 1, 20))
    create(a, "activity_person", activity_id=act, person_id=p1)
    cs1 = changes(a)
    apply(b, cs1)
    apply(c, cs1)
    base = cs1.upto
    # b: different field of h1, same field of p1 as c, deletes h2, a new contribution and person
    update(b, "household", h1, village="Thôn Trung")
    update(b, "person", p1, city="Paris")
    delete(b, "household", h2)
    p2 = create(b, "person", household_id=h1, full_name="Nguyễn Văn Nam", country="DE")
    create(b, "contribution", person_id=p2, purpose="poor_fund", amount_vnd=5_000_000)
    cs2 = changes(b, base)
    # c: another field of h1, same field of p1, edits h2 (delete vs edit)
    update(c, "household", h1, phone="0987654321")
    update(c, "person", p1, city="Marseille")
    update(c, "household", h2, village="Bản Mới")
    cs3 = changes(c, base)
    # a again: edits after its first package
    update(a, "activity", act, result="Đã tổ chức, 45 kiều bào dự")
    update(a, "household", h1, notes="Gia đình tiêu biểu")
    cs4 = changes(a, base)
    return [cs1, cs2, cs3, cs4], {"h1": h1, "h2": h2, "p1": p1, "p2": p2, "act": act}


@pytest.fixture
def blank(tmp_path):
    """A set-up installation with no records, closed so it can be copied for every order."""
    ctx = make_site(tmp_path, "blank", commune="Trịnh Tường")
    ctx.close()
    return tmp_path / "blank"


def _fresh(blank, tmp_path, name):
    copy_installation(DataDir(blank), DataDir(tmp_path / name))
    return open_context(DataDir(tmp_path / name))


def test_every_import_order_of_four_changesets_twice_gives_the_same_state(sites, blank, tmp_path):
    a, b, c = sites
    css, ids = _scenario(a, b, c)
    reference = None
    for n, order in enumerate(itertools.permutations(range(4))):
        d = _fresh(blank, tmp_path, f"order{n}")
        try:
            for i in (*order, *order):
                apply(d, css[i])
            state = dump(d)
        finally:
            d.close()
        if reference is None:
            reference = state
        assert state == reference, f"order {order} diverged"
    # the expected outcome, whatever the order
    assert reference["household"][ids["h1"]]["fields"]["village"] == "Thôn Trung"
    assert reference["household"][ids["h1"]]["fields"]["phone"] == "0987654321"
    assert reference["household"][ids["h1"]]["fields"]["notes"] == "Gia đình tiêu biểu"
    assert reference["household"][ids["h2"]]["deleted"] is True
    assert reference["household"][ids["h2"]]["fields"]["phone"] is None      # personal data wiped
    assert reference["person"][ids["p2"]]["fields"]["household_id"] == ids["h1"]
    opened = set(reference["conflicts"])
    # c's village edit of h2 (empty when b deleted it) conflicts with the delete's wipe: kept, hidden
    assert opened == {("person", ids["p1"], "city"), ("household", ids["h2"], "__deleted__"),
                      ("household", ids["h2"], "village")}
    assert reference["household"][ids["h2"]]["fields"]["village"] is None
    # and the three sites reach that same state once everyone has everything
    for _ in range(2):
        for x, y in itertools.permutations(sites, 2):
            exchange(x, y)
    for x in sites:
        assert dump(x) == reference


def test_different_fields_merge_same_field_conflicts(sites):
    a, b, _ = sites
    hid = create(a, "household", head_name="Vàng A Sử", head_birth_year=1965, commune_code=2842)
    exchange(a, b)
    update(a, "household", hid, village="Bản Lếch")
    update(b, "household", hid, phone="0900000001")
    exchange(a, b)
    exchange(b, a)
    for x in (a, b):
        h = get(x, "household", hid)
        assert (h.village, h.phone) == ("Bản Lếch", "0900000001")
        assert open_conflicts(x) == []
    update(a, "household", hid, village="Bản Pho")
    update(b, "household", hid, village="Bản Mường")
    r1, r2 = exchange(a, b), exchange(b, a)
    assert r1.totals()["conflicts"] == 1 and r2.totals()["conflicts"] == 1
    assert open_conflicts(a) == open_conflicts(b) == [("household", hid, "village")]
    assert get(a, "household", hid).village == get(b, "household", hid).village   # same provisional winner


def test_delete_vs_edit_is_a_conflict_and_keeps_personal_data_wiped(sites):
    a, b, _ = sites
    hid = create(a, "household", head_name="Giàng Seo Phử", head_birth_year=1950, commune_code=2842,
                 phone="0911111111")
    exchange(a, b)
    delete(a, "household", hid)
    update(b, "household", hid, phone="0922222222", village="Bản Sín Chải")
    exchange(a, b)
    exchange(b, a)
    for x in (a, b):
        h = get(x, "household", hid)
        assert h.deleted and h.phone is None and h.head_name == "(đã ẩn danh)"
        assert ("household", hid, "__deleted__") in open_conflicts(x)
    assert dump(a) == dump(b)


def test_edit_after_seeing_the_delete_is_no_conflict(sites):
    a, b, _ = sites
    hid = create(a, "household", head_name="Thào A Dơ", head_birth_year=1972, commune_code=2842)
    exchange(a, b)
    update(b, "household", hid, village="Bản Xèo")
    exchange(b, a)
    delete(a, "household", hid)
    exchange(a, b)
    assert get(b, "household", hid).deleted and open_conflicts(b) == []


def test_importing_twice_changes_nothing_and_preview_writes_nothing(sites):
    a, b, _ = sites
    create(a, "household", head_name="Hoàng Văn Tài", head_birth_year=1961, commune_code=2842)
    create(a, "partner", name="Hội Hữu nghị Việt - Pháp", kind="friendship_association", country="FR")
    cs = changes(a)
    before = dump(b)
    pre = apply(b, cs, preview=True)
    assert pre.totals()["new"] == 2 and dump(b) == before
    first = apply(b, cs)
    after = dump(b)
    second = apply(b, cs)
    assert first.totals()["new"] == 2
    assert second.totals() == {"new": 0, "updated": 0, "unchanged": 2, "conflicts": 0, "rejected": 0}
    assert dump(b) == after


def test_incremental_changeset_carries_only_what_changed(sites):
    a, b, _ = sites
    ids = [create(a, "household", head_name=f"Hộ {i}", head_birth_year=1950 + i, commune_code=2842)
           for i in range(30)]
    full = changes(a)
    apply(b, full)
    update(a, "household", ids[3], village="Thôn 3")
    inc = changes(a, full.upto)
    assert inc.counts == {"household": 1}
    assert apply(b, inc).totals()["updated"] == 1


def test_a_record_arriving_before_what_it_points_to_gets_a_placeholder(sites):
    a, b, _ = sites
    hid = create(a, "household", head_name="Lý Văn Pao", head_birth_year=1966, commune_code=2842)
    cs1 = changes(a)
    pid = create(a, "person", household_id=hid, full_name="Lý Thị Dung", country="CN")
    cs2 = changes(a, cs1.upto)
    assert cs2.counts == {"person": 1}
    assert apply(b, cs2).totals()["new"] == 1          # the household is not here yet
    placeholder = get(b, "household", hid)
    assert placeholder.deleted and placeholder.version == {}
    assert hid not in dump(b)["household"]
    assert apply(b, cs1).totals()["new"] == 1
    assert get(b, "household", hid).head_name == "Lý Văn Pao" and not get(b, "household", hid).deleted
    assert get(b, "person", pid).household_id == hid
    assert dump(a) == dump(b)


def test_counters_move_past_remote_ones(sites):
    a, b, _ = sites
    hid = create(a, "household", head_name="Sùng A Lử", head_birth_year=1980, commune_code=2842)
    for i in range(20):
        update(a, "household", hid, notes=f"ghi chú {i}")
    exchange(a, b)
    update(b, "household", hid, village="Bản Mới")
    stamp = unpack_stamps(get(b, "household", hid).field_stamps)["village"]
    assert stamp[0] > max(get(a, "household", hid).version.values())


def test_knowledge_advances_only_without_gaps(sites):
    a, b, _ = sites
    create(a, "household", head_name="Hộ một", head_birth_year=1950, commune_code=2842)
    cs1 = changes(a)
    create(a, "household", head_name="Hộ hai", head_birth_year=1951, commune_code=2842)
    cs2 = changes(a, cs1.upto)
    site_a = a.installation.site_id
    apply(b, cs2)
    with b.session() as s:
        from dnnd_desktop.services.sync.state import knowledge
        assert knowledge(s).get(site_a, 0) == 0      # cs1 is missing: b does not claim a's writes
    apply(b, cs1)
    with b.session() as s:
        assert knowledge(s)[site_a] == cs2.upto[site_a]
        # what b sends on to c includes a's records
        cs = collect_changeset(s, b, {})
    assert cs.counts["household"] == 2
