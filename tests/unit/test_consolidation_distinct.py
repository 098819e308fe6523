"""Distinct things are counted once at consolidation (issue 13, item 3): 12 partners in one district
and 12 in another, 10 of them the same organisations, are 14 partners for the province; matched by
folded name and country; a person may say two are different, and that decision is kept."""
from __future__ import annotations

import pytest
from sqlalchemy.orm.attributes import flag_modified

from dnnd_desktop.services.record_writer import RecordWriter
from dnnd_desktop.services.reports import ReportService
from dnnd_desktop.services.reports.compute import identity_key
from dnnd_desktop.storage.models import Partner, Report
from tests.conftest import copy_installation
from tests.unit.test_province_offices import PERIOD, build_world

SHARED = [("Tổ chức Tầm nhìn Thế giới", "US"), ("Plan International", "GB"), ("Quỹ Hòa bình Nhật Bản", "JP"),
          ("Hội hữu nghị Việt - Pháp", "FR"), ("Oxfam", "GB"), ("Care International", "US"),
          ("Save the Children", "GB"), ("Quỹ Châu Á", "US"), ("Hội Chữ thập đỏ Vân Nam", "CN"),
          ("Tổ chức Thiện chí Hàn Quốc", "KR")]
ONLY_A = [("Công ty Hà Khẩu", "CN"), ("Hội hữu nghị Lào - Việt", "LA")]
ONLY_B = [("Quỹ Đài Loan", "TW"), ("Tổ chức ActionAid", "DK")]


def _items(pairs, spelled=lambda name: name):
    return [[identity_key(spelled(name), country), "foreign_ngo", spelled(name)] for name, country in pairs]


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    return build_world(tmp_path_factory.mktemp("distinct"))


@pytest.fixture
def pctx(world, tmp_path):
    """The province with a's and b's received reports listing their partners (as their compute
    lists them: tests/unit/test_report_money.py checks that), 12 each, 10 shared — b writes the
    shared names in capitals and without marks, as another officer would."""
    from dnnd_desktop.paths import DataDir
    from dnnd_desktop.services.app_context import open_context

    copy_installation(world.dirs["p"], DataDir(tmp_path / "p"))
    ctx = open_context(DataDir(tmp_path / "p"))
    with ctx.session() as s:
        for k, items in (("a", _items(SHARED + ONLY_A)),
                         ("b", _items(SHARED, spelled=lambda n: n.upper()) + _items(ONLY_B))):
            r = s.get(Report, world.reports[k])
            figures = dict(r.indicators)
            figures["partners_total"] = {"value": 12, "breakdown": {"foreign_ngo": 12}, "items": items}
            r.indicators = figures
            flag_modified(r, "indicators")
    yield ctx
    ctx.close()


def test_twelve_and_twelve_with_ten_shared_are_fourteen(pctx):
    from dnnd_desktop.services.province import ConsolidationService

    cons = ConsolidationService(pctx).preview(PERIOD)
    assert cons.total("partners_total") == 14 and cons.total("partners_total/foreign_ngo") == 14
    line = next(ln for ln in cons.lines if ln.target == "partners_total")
    assert sorted(v for v in line.by_office.values() if v) == [12, 12]     # each office's own figure stays
    assert len(cons.matches) == 10 and all(m.same and len(m.offices) == 2 for m in cons.matches)


def test_the_provinces_own_partner_known_by_a_district_is_not_counted_again(pctx):
    from dnnd_desktop.services.province import ConsolidationService

    with pctx.session() as s:
        w = RecordWriter(s, pctx)
        w.create(Partner, dict(name="OXFAM", kind="foreign_ngo", country="GB"))      # shared with a and b
        w.create(Partner, dict(name="Quỹ Ford", kind="foreign_ngo", country="US"))   # the province's alone
    assert ConsolidationService(pctx).preview(PERIOD).total("partners_total") == 15


def test_a_person_may_say_two_are_different_and_the_decision_is_kept(pctx):
    from dnnd_desktop.services.province import ConsolidationService

    svc = ConsolidationService(pctx)
    cid = svc.create(PERIOD)
    key = identity_key("Oxfam", "GB")
    cons = svc.decide_partner(cid, key, same=False)
    assert cons.total("partners_total") == 15
    assert next(m for m in cons.matches if m.key == key).same is False
    assert ReportService(pctx).get(cid).indicator_values()["partners_total"] == 15
    again = svc.refresh(cid)                                   # summing again keeps the decision
    assert again.total("partners_total") == 15
    assert svc.decide_partner(cid, key, same=True).total("partners_total") == 14


def test_an_office_report_lists_the_partners_it_counted(ctx):
    with ctx.session() as s:
        w = RecordWriter(s, ctx)
        w.create(Partner, dict(name="Tổ chức  Tầm nhìn Thế giới.", kind="foreign_ngo", country="US"))
        w.create(Partner, dict(name="Công ty Hà Khẩu", kind="fdi_business", country="CN"))
        w.delete(w.create(Partner, dict(name="Đã xóa", kind="foreign_ngo", country="US")))
    svc = ReportService(ctx)
    got = svc.payload(svc.create("2026-H1").id)["indicators"]["partners_total"]
    assert got["value"] == 2
    assert sorted(got["items"]) == sorted([
        [identity_key("to chuc tam nhin the gioi", "us"), "foreign_ngo", "Tổ chức Tầm nhìn Thế giới."],
        [identity_key("Công ty Hà Khẩu", "CN"), "fdi_business", "Công ty Hà Khẩu"]])
    assert identity_key("Tổ chức  Tầm nhìn Thế giới.", "US") == "to chuc tam nhin the gioi|US"
