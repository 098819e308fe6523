"""contributions.contributor_sort and commendations.recipient_sort (revision 0022) stay the sort key
of the name each row shows (its person's, else its household head's) after every write path: the
record writer (create, rename, move, anonymise, delete), sync apply, purges and the revision's fill;
and both lists sorted by that column give the rows of a Python sort with the Vietnamese key."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select
from test_list_order import _python_order, _read_all
from test_packages_world import sync_across
from test_record_fixtures import ctx, data_dir, installed_template  # noqa: F401 - fixtures

from dnnd_desktop.domain.record_kinds import kind_spec
from dnnd_desktop.domain.text import sort_key
from dnnd_desktop.services.records import ListQuery, RecordQueryService, RecordService
from dnnd_desktop.storage.models import Commendation, Contribution, Household, OverseasPerson


def stored(c) -> dict[str, str | None]:
    with c.session() as s:
        return {**dict(s.execute(select(Contribution.id, Contribution.contributor_sort)).all()),
                **dict(s.execute(select(Commendation.id, Commendation.recipient_sort)).all())}


def shown(c) -> dict[str, str | None]:
    """The key of the name the list shows for each row, worked out in Python from the rows."""
    with c.session() as s:
        persons = dict(s.execute(select(OverseasPerson.id, OverseasPerson.full_name)).all())
        heads = dict(s.execute(select(Household.id, Household.head_name)).all())
        out = {}
        for model in (Contribution, Commendation):
            for rid, pid, hid in s.execute(select(model.id, model.person_id, model.household_id)):
                name = persons.get(pid) if pid else None
                name = name if name is not None else heads.get(hid) if hid else None
                out[rid] = None if name is None else sort_key(name)
        return out


def _contribution(rs, **links) -> str:
    return rs.create("contribution", {"purpose": "poor_fund", "amount_vnd": 1_000_000, **links}).id


def _commendation(rs, **links) -> str:
    return rs.create("commendation", {"level": "province", "status": "proposed", **links}).id


def test_every_record_writer_change_keeps_the_name_keys(ctx):  # noqa: F811
    rs = RecordService(ctx)
    h = rs.create("household", {"head_name": "Vàng Seo Phủ"}).id
    h2 = rs.create("household", {"head_name": "Lò Thị Mai"}).id
    p = rs.create("person", {"household_id": h, "full_name": "Vàng Thị Mỷ"}).id
    by_person, by_household = _contribution(rs, person_id=p, household_id=h), _contribution(rs, household_id=h)
    medal = _commendation(rs, person_id=p)
    nobody = _contribution(rs)
    assert stored(ctx) == {by_person: sort_key("Vàng Thị Mỷ"), by_household: sort_key("Vàng Seo Phủ"),
                           medal: sort_key("Vàng Thị Mỷ"), nobody: None}
    rs.update("person", p, {"full_name": "Vàng Thị Mỹ"})                # renamed: its rows follow
    rs.update("household", h, {"head_name": "Đỗ Văn Dương"})
    assert stored(ctx)[by_person] == stored(ctx)[medal] == sort_key("Vàng Thị Mỹ")
    assert stored(ctx)[by_household] == sort_key("Đỗ Văn Dương")
    rs.update("contribution", by_household, {"household_id": h2})      # moved to another household
    assert stored(ctx)[by_household] == sort_key("Lò Thị Mai")
    rs.update("contribution", nobody, {"person_id": p})                 # a contributor named later
    assert stored(ctx)[nobody] == sort_key("Vàng Thị Mỹ")
    rs.anonymise("person", p)
    assert stored(ctx) == shown(ctx)
    assert stored(ctx)[medal] != sort_key("Vàng Thị Mỹ")
    rs.delete("household", h2)                                           # with its contribution
    assert stored(ctx) == shown(ctx)


def test_sync_apply_keeps_the_name_keys(world, tmp_path):
    a, b = world["a"], world["province"]
    rs = RecordService(a.ctx)
    h = rs.create("household", {"head_name": "Vàng Seo Phủ"}).id
    p = rs.create("person", {"household_id": h, "full_name": "Vàng Thị Mỷ"}).id
    rows = [_contribution(rs, person_id=p, household_id=h), _contribution(rs, household_id=h),
            _commendation(rs, person_id=p, household_id=h)]
    sync_across(a, b, tmp_path / "s1.dnnd")
    got = stored(b.ctx)
    assert got == shown(b.ctx)
    assert got[rows[0]] == sort_key("Vàng Thị Mỷ") and got[rows[1]] == sort_key("Vàng Seo Phủ")
    rs.update("person", p, {"full_name": "Giàng Thị Mỷ"})
    rs.update("household", h, {"head_name": "Lò Văn Tám"})
    sync_across(a, b, tmp_path / "s2.dnnd")
    got = stored(b.ctx)
    assert got == shown(b.ctx)
    assert got[rows[2]] == sort_key("Giàng Thị Mỷ") and got[rows[1]] == sort_key("Lò Văn Tám")


@pytest.fixture
def other(installed_template, tmp_path):  # noqa: F811
    """A second office (as test_excel_owned_kinds.py makes one)."""
    from dnnd_desktop.paths import DataDir
    from dnnd_desktop.services.app_context import open_context
    from tests.conftest import copy_installation, drop_database

    target = copy_installation(DataDir(installed_template), DataDir(tmp_path / "other"))
    c = open_context(target)
    yield c
    c.close()
    drop_database(target.root)


def test_demo_fill_and_excel_import_keep_the_name_keys(ctx, other, tmp_path):  # noqa: F811
    from dnnd_desktop.services.demo import fill_demo
    from dnnd_desktop.services.excel import export_list, import_excel
    from tests.support.consents import consent_everyone

    fill_demo(ctx, households=150, activities=0, seed=5)          # the bulk path
    consent_everyone(ctx)
    assert stored(ctx) == shown(ctx) and None not in stored(ctx).values()
    homes = tmp_path / "ho.xlsx"
    export_list(ctx, "households", homes, include_sensitive=True, reason="kiểm tra")
    import_excel(other, "households", homes)
    imported = 0
    for cli in ("contributions", "commendations"):
        out = tmp_path / f"{cli}.xlsx"
        export_list(ctx, cli, out)
        result, _preview = import_excel(other, cli, out)
        imported += result.imported
    keys = stored(other)
    assert imported == len(keys) == len(stored(ctx)) > 0
    assert keys == shown(other) and None not in keys.values()
    assert sorted(keys.values()) == sorted(stored(ctx).values())    # the same names on both sides


def test_purging_a_person_falls_back_to_the_household_head(ctx):  # noqa: F811
    from sqlalchemy import delete

    rs = RecordService(ctx)
    h = rs.create("household", {"head_name": "Vàng Seo Phủ"}).id
    p = rs.create("person", {"household_id": h, "full_name": "Vàng Thị Mỷ"}).id
    c = _contribution(rs, person_id=p, household_id=h)
    with ctx.session() as s:   # the rows as a purge leaves them: the person gone for good
        s.execute(Contribution.__table__.update().values(person_id=None))
        s.execute(delete(OverseasPerson).where(OverseasPerson.id == p))
    assert stored(ctx) == shown(ctx) == {c: sort_key("Vàng Seo Phủ")}


def test_the_revision_fills_existing_rows(ctx):  # noqa: F811
    from alembic import command

    from tests.support.migrations import own_database_config

    rs = RecordService(ctx)
    h = rs.create("household", {"head_name": "Vàng Seo Phủ"}).id
    p = rs.create("person", {"household_id": h, "full_name": "Vàng Thị Mỷ"}).id
    _contribution(rs, person_id=p)
    _contribution(rs, household_id=h)
    _commendation(rs, household_id=h)
    cfg = own_database_config(ctx)
    command.downgrade(cfg, "0021")
    command.upgrade(cfg, "head")
    assert stored(ctx) == shown(ctx) and None not in stored(ctx).values()
    rs.update("person", p, {"full_name": "Lò Thị Mai"})                # the triggers are back
    assert stored(ctx) == shown(ctx)


PURPOSES = ["poor_fund", "scholarship", "other", "disaster_relief", "sea_islands"]
LEVELS = ["province", "certificate", "medal", "central", "other"]
# Two long texts alike in their first 100 characters (LONG_TEXT_SORT_PREFIX), apart after them.
_LONG = ("Ủng hộ xây dựng nhà Đại đoàn kết cho hộ nghèo thôn Sín Chải, xã Tả Phìn; gồm xi măng, thép, "
         "tôn lợp,")
assert len(_LONG) == 100
TEXTS = ["Xây nhà Đại đoàn kết", "xây nhà đại đoàn kết", "Ủng hộ", "Ung ho", "", None, "Học bổng", "Áo ấm",
         "123/QĐ-UBND", "45/QĐ-MTTQ"]
# One for each of the 12 contributions.
DESCRIPTIONS = [*TEXTS[:9], "ủng hộ  \n mùa lũ", _LONG + "công thợ (Áo ấm)", _LONG + "áo ấm cho trẻ em"]
NAMES = ["Nguyễn Văn Đức", "Đỗ Văn Dương", "Anh", "Ánh", "Ăn", "Bùi Văn Ba", "Ơn", "Ôn", "On", "nguyễn văn đức"]


@pytest.fixture
def named(ctx):  # noqa: F811
    """Rows named by a person, by a household only, by both, by nobody; equal names; tombstones."""
    rs = RecordService(ctx)
    households = [rs.create("household", {"head_name": n}).id for n in NAMES]
    persons = [rs.create("person", {"household_id": households[(i * 3) % len(NAMES)], "full_name": n}).id
               for i, n in enumerate(reversed(NAMES))]
    for i in range(24):
        links = {}
        if i % 3 != 1:
            links["person_id"] = persons[i % len(persons)]
        if i % 4:
            links["household_id"] = households[(i * 7) % len(households)]
        day = {"date": dt.date(2025, 1 + i % 12, 1)} if i % 5 else {}
        if i % 2:
            rs.create("contribution", {**links, **day, "purpose": PURPOSES[i % len(PURPOSES)],
                                       "amount_vnd": (i * 37 % 5) * 250_000 if i % 7 else None,
                                       "description": DESCRIPTIONS[i // 2]})
        else:
            rs.create("commendation", {**links, **day, "level": LEVELS[i % len(LEVELS)],
                                       "status": ("proposed", "awarded")[i % 4 // 2],
                                       "decision_no": TEXTS[(i // 2) % len(TEXTS)]})
    rs.delete("person", persons[2])                   # with its rows (commendations 2 and 12)
    return ctx


@pytest.mark.parametrize("kind,column", [("contribution", "contributor"), ("commendation", "recipient")])
def test_sorting_by_the_name_matches_a_python_sort_with_the_vietnamese_key(named, kind, column, on_postgres):
    qs = RecordQueryService(named)
    spec = kind_spec(kind)
    everything = qs.page(kind, ListQuery(), 0, 1000)
    # 12 of each made; the deleted person took two commendations with it.
    assert len(everything) == (12 if kind == "contribution" else 10) and stored(named) == shown(named)
    assert sum(r.values[column] is None for r in everything) == (0 if kind == "contribution" else 2)
    # The name column, and every other column of the list, long free text too: a contribution's
    # description by the stored key of its first 100 characters (revision 0025; "Áo ấm" before
    # "xây nhà", not after as by code point); texts alike in those 100 characters tie and go by id,
    # as a Python sort with the Vietnamese key of the same prefix puts them.
    for sort in spec.list_columns:
        for descending in (False, True):
            want = [r.id for r in _python_order(spec, everything, sort, descending, nulls_low=not on_postgres)]
            for backwards in (False, True):
                got = [r.id for r in _read_all(qs, kind, ListQuery(sort=sort, descending=descending), backwards)]
                assert got == want, (sort, descending, backwards)
