"""Duplicate households/persons after sync: found by folded name + birth year + commune, merged with
every link moved, the other record a tombstone pointing to the kept one, travelling like any edit."""
from __future__ import annotations

import pytest
import test_sync_support
from sqlalchemy import select
from test_sync_support import create, dump, exchange, get

from dnnd_desktop.domain.errors import DnndError, ValidationError
from dnnd_desktop.services.sync.duplicates import DuplicateService
from dnnd_desktop.storage.models import AuditEntry

sites = test_sync_support.sites  # the three-installation fixture


def _two_offices_enter_the_same_family(a, b):
    h_a = create(a, "household", head_name="Nguyễn Văn Đức", head_birth_year=1958, commune_code=2842,
                 village="Thôn Trung")
    p_a = create(a, "person", household_id=h_a, full_name="Nguyễn Thị Hoa", birth_year=1985, country="FR")
    h_b = create(b, "household", head_name="NGUYEN VAN  DUC", head_birth_year=1958, commune_code=2842,
                 phone="0912000111")
    p_b = create(b, "person", household_id=h_b, full_name="nguyễn thị hoa", birth_year=1985, country="FR",
                 city="Lyon")
    con = create(b, "contribution", household_id=h_b, person_id=p_b, purpose="poor_fund", amount_vnd=2_000_000)
    com = create(b, "commendation", person_id=p_b, level="province", reason="Ủng hộ quê hương")
    cst = create(b, "consent", household_id=h_b, method="Văn bản")
    act = create(b, "activity", title="Gặp mặt kiều bào", activity_type="overseas_meeting",
                 start_date=__import__("datetime").date(2026, 2, 1))
    link = create(b, "activity_person", activity_id=act, person_id=p_b)
    att = create(b, "attachment", record_kind="household", record_id=h_b, file_name="giay-xac-nhan.pdf",
                 sha256="ab" * 32, size=1234)
    # a different person of the same name but another birth year is no candidate
    create(b, "person", household_id=h_b, full_name="Nguyễn Thị Hoa", birth_year=1990, country="FR")
    exchange(a, b)
    exchange(b, a)
    return {"h_a": h_a, "h_b": h_b, "p_a": p_a, "p_b": p_b, "con": con, "com": com, "cst": cst,
            "link": link, "att": att}


def test_candidates_after_sync_fold_names(sites):
    a, b, _ = sites
    ids = _two_offices_enter_the_same_family(a, b)
    groups = DuplicateService(a).candidates()
    by_kind = {g.kind: g for g in groups}
    assert set(by_kind) == {"household", "person"}
    assert {r.id for r in by_kind["household"].records} == {ids["h_a"], ids["h_b"]}
    assert by_kind["household"].key == ("nguyen van duc", 1958, 2842)
    # the person born in 1990 is not one of them
    assert {r.id for r in by_kind["person"].records} == {ids["p_a"], ids["p_b"]}


def test_merge_moves_links_and_travels(sites):
    a, b, c = sites
    ids = _two_offices_enter_the_same_family(a, b)
    moved = DuplicateService(a).merge(ids["h_a"], ids["h_b"])
    assert moved == {"person": 2, "contribution": 1, "consent": 1, "attachment": 1}
    drop = get(a, "household", ids["h_b"])
    assert drop.deleted and drop.merged_into_id == ids["h_a"]
    keep = get(a, "household", ids["h_a"])
    assert keep.phone == "0912000111"             # empty fields filled from the merged record
    assert get(a, "person", ids["p_b"]).household_id == ids["h_a"]
    assert get(a, "consent", ids["cst"]).household_id == ids["h_a"]
    assert get(a, "attachment", ids["att"]).record_id == ids["h_a"]
    [pg] = DuplicateService(a).candidates("person")
    assert {r.id for r in pg.records} == {ids["p_a"], ids["p_b"]}
    moved = DuplicateService(a).merge(ids["p_a"], ids["p_b"])
    assert moved == {"contribution": 1, "commendation": 1, "activity_person": 1}
    assert get(a, "activity_person", ids["link"]).person_id == ids["p_a"]
    assert get(a, "person", ids["p_b"]).full_name == "(đã ẩn danh)"
    assert DuplicateService(a).candidates() == []
    with a.session() as s:
        assert len(s.scalars(select(AuditEntry).where(AuditEntry.action == "merge_duplicates")).all()) == 2
    exchange(a, c)
    exchange(a, b)
    assert dump(a) == dump(b) == dump(c)
    assert get(c, "household", ids["h_b"]).merged_into_id == ids["h_a"]
    assert DuplicateService(b).candidates() == []


def test_merge_refuses_bad_requests(sites):
    a, b, _ = sites
    ids = _two_offices_enter_the_same_family(a, b)
    with pytest.raises(ValidationError):
        DuplicateService(a).merge(ids["h_a"], ids["h_a"])
    with pytest.raises(DnndError):
        DuplicateService(a).merge(ids["h_a"], ids["p_a"])
    DuplicateService(a).merge(ids["h_a"], ids["h_b"])
    with pytest.raises(DnndError):
        DuplicateService(a).merge(ids["h_a"], ids["h_b"])
