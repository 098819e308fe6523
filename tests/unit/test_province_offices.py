"""Province: lower offices registered from identity cards after the fingerprint check, listed with
level, unit, last package and last report. Also the small in-process "world" (a province, two
districts that report, a third that never does) the other province tests build on."""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from unittest import mock

import pytest
from sqlalchemy import func, select

from dnnd_desktop.domain.errors import DnndError
from dnnd_desktop.paths import DataDir
from tests.conftest import PASSPHRASE, make_setup_request
from tests.support.reports import mark_missing_nothing

PERIOD = "2027-H1"
PLAN = {
    "format": "dnnd-plan", "version": 1, "doc_number": "12/HD-MTTQ-BTT", "doc_date": "2027-01-15",
    "issuer": "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lào Cai",
    "title": "Hướng dẫn công tác đối ngoại nhân dân và công tác đối với người Việt Nam ở nước ngoài năm 2027",
    "year": 2027,
    "tasks": [{"code": "I.1", "title": "Giao lưu nhân dân biên giới", "deadline": "2027-11-15"},
              {"code": "II.1", "title": "Gặp mặt kiều bào dịp Tết", "deadline": "2027-02-05"}],
    "report_schedule": [{"period_kind": "half", "due": "05-15"}, {"period_kind": "year", "due": "11-20"}],
}
DISTRICTS = {"a": "huyện Bát Xát", "b": "huyện Mường Khương", "c": "huyện Si Ma Cai"}


@dataclass
class World:
    base: Path
    dirs: dict[str, DataDir]
    ids: dict[str, str] = field(default_factory=dict)
    cards: dict = field(default_factory=dict)
    reports: dict[str, str] = field(default_factory=dict)      # district -> its report id
    stated: dict[str, dict] = field(default_factory=dict)      # district -> target -> value
    plan_id: str | None = None

    def ctx(self, key: str):
        from dnnd_desktop.services.app_context import open_context

        return open_context(self.dirs[key])


def secret_of(ctx):
    from dnnd_desktop.services.province.common import unlock

    return unlock(ctx, PASSPHRASE)


def import_on(ctx, path, day: dt.datetime):
    """Import a package as if on `day` (the import clock and the receive time pinned)."""
    from dnnd_desktop.services.packages import contents
    from dnnd_desktop.services.province import InboxService

    with mock.patch.object(contents, "utcnow", lambda: day):
        return InboxService(ctx).import_file(path, secret_of(ctx), now=day)


def make_offices(base: Path) -> World:
    from dnnd_desktop.services.identity import identity_card
    from dnnd_desktop.services.installation import setup_installation

    dirs = {"p": DataDir(base / "tinh")}
    setup_installation(dirs["p"], make_setup_request(
        level="province", unit_name="Lào Cai", office_name="Ủy ban MTTQ Việt Nam tỉnh Lào Cai", parent_body=None,
        place_name="Lào Cai", symbol="MTTQ-BTT"))
    for k, unit in DISTRICTS.items():
        dirs[k] = DataDir(base / k)
        setup_installation(dirs[k], make_setup_request(unit_name=unit, office_name=f"Ủy ban MTTQ Việt Nam {unit}"))
    world = World(base, dirs)
    for k in dirs:
        ctx = world.ctx(k)
        try:
            world.cards[k] = identity_card(ctx)
            world.ids[k] = world.cards[k].office_id
        finally:
            ctx.close()
    return world


def build_world(base: Path, report: str = "ab", received=None) -> World:
    """Province + three districts; a and b trust the province, import its plan, record their half
    year and report; the province imports a's report on 10/5/2027 and b's on 20/5/2027."""
    from dnnd_desktop.services.identity import trust_card
    from dnnd_desktop.services.packages import export_package, import_package
    from dnnd_desktop.services.province import PlanService, register_office
    from dnnd_desktop.services.province.plans import PlanDraft, ScheduleEntry, TaskDraft
    from dnnd_desktop.services.records import PersonInput, RecordService
    from dnnd_desktop.services.reports import ReportService

    received = received or {"a": dt.datetime(2027, 5, 10, 2), "b": dt.datetime(2027, 5, 20, 2)}
    world = make_offices(base)
    out = base / "out"
    out.mkdir()
    p = world.ctx("p")
    try:
        for k in DISTRICTS:
            register_office(p, world.cards[k], world.cards[k].fingerprint)
        draft = PlanDraft(PLAN["title"], PLAN["doc_number"], dt.date(2027, 1, 15), PLAN["issuer"], 2027,
                          [TaskDraft(t["code"], t["title"], None, dt.date.fromisoformat(t["deadline"]))
                           for t in PLAN["tasks"]],
                          [ScheduleEntry.from_dict(e) for e in PLAN["report_schedule"]])
        svc = PlanService(p)
        world.plan_id = svc.save_draft(draft)
        published = svc.publish(world.plan_id, secret_of(p), out)
    finally:
        p.close()
    paths = {r.recipients[0]: r.path for r in published.packages}
    work = {"a": ([("2027-01-10", "border_exchange", "CN"), ("2027-02-20", "border_exchange", "CN"),
                   ("2027-03-05", "delegation_in", "LA")], ["KR", "KR", "JP"]),
            "b": ([("2027-01-25", "border_exchange", "CN"), ("2027-05-02", "overseas_meeting", "KR")], ["KR", "US"])}
    for k in report:
        ctx = world.ctx(k)
        try:
            trust_card(ctx, world.cards["p"], world.cards["p"].fingerprint)
            import_package(ctx, paths[world.ids[k]], secret_of(ctx))
            rs = RecordService(ctx)
            acts, persons = work[k]
            for i, (day, kind, country) in enumerate(acts):
                rs.create("activity", {"title": f"Hoạt động {i}", "activity_type": kind, "start_date": day,
                                       "country": country, "participants_vn": 10 * (i + 1)})
            for i, country in enumerate(persons):
                rs.save_household({"head_name": f"Chủ hộ {k}{i}"},
                                  [PersonInput(values={"full_name": f"Kiều bào {k}{i}", "country": country})])
            reports = ReportService(ctx, today=lambda: dt.date(2027, 5, 5))
            rep = reports.create(PERIOD)
            if k == "b":
                reports.set_override(rep.id, "border_patrols", 3, None)
                reports.set_override(rep.id, "act_total/CN", 5, "theo sổ theo dõi của huyện")
            reports.set_narrative(rep.id, "results", f"Kết quả của {DISTRICTS[k]}.")
            mark_missing_nothing(reports, rep.id)
            reports.approve(rep.id)
            world.stated[k] = reports.get(rep.id).indicator_values()
            world.reports[k] = rep.id
            export_package(ctx, kind="report", to=world.ids["p"], out_path=out / f"bc-{k}.dnnd", secret=secret_of(ctx))
        finally:
            ctx.close()
    p = world.ctx("p")
    try:
        for k in report:
            import_on(p, out / f"bc-{k}.dnnd", received[k])
    finally:
        p.close()
    return world


@pytest.fixture(scope="module")
def world(tmp_path_factory) -> World:
    return build_world(tmp_path_factory.mktemp("world"))


# ------------------------------------------------------------------------------------------- tests


def test_register_refuses_a_wrong_fingerprint_and_writes_nothing(tmp_path):
    from dnnd_desktop.services.province import list_offices, register_office
    from dnnd_desktop.storage.models import Office, TrustedKey

    w = make_offices(tmp_path)
    ctx = w.ctx("p")
    try:
        card = w.cards["a"]
        wrong = card.fingerprint.replace(card.fingerprint[0], "9" if card.fingerprint[0] != "9" else "8", 1)
        with pytest.raises(DnndError) as exc:
            register_office(ctx, card, wrong)
        assert exc.value.code == "fingerprint_mismatch"
        with ctx.session() as s:
            assert s.scalar(select(func.count()).select_from(TrustedKey)) == 0
            assert s.scalar(select(func.count()).select_from(Office).where(Office.relation == "lower")) == 0
        # from the card file, with the digits as read out (any spacing)
        path = tmp_path / "a.dnndid"
        path.write_bytes(card.encode())
        office = register_office(ctx, path, card.fingerprint.replace(" ", ""))
        assert (office.name, office.level, office.level_label, office.unit_name) == (
            "Ủy ban MTTQ Việt Nam huyện Bát Xát", "district", "Cấp huyện", "huyện Bát Xát")
        assert office.active and office.last_package_at is None and office.last_report_id is None
        assert [o.office_id for o in list_offices(ctx)] == [card.office_id]
    finally:
        ctx.close()


def test_register_refuses_an_office_that_is_not_below(tmp_path):
    from dnnd_desktop.services.identity import identity_card
    from dnnd_desktop.services.installation import setup_installation
    from dnnd_desktop.services.province import NotALowerOffice, NotProvince, register_office

    w = make_offices(tmp_path)
    other = DataDir(tmp_path / "yenbai")
    setup_installation(other, make_setup_request(level="province", unit_name="Yên Bái", province_code=15,
                                                 office_name="Ủy ban MTTQ Việt Nam tỉnh Yên Bái", parent_body=None))
    from dnnd_desktop.services.app_context import open_context

    octx = open_context(other)
    card = identity_card(octx)
    octx.close()
    ctx = w.ctx("p")
    try:
        with pytest.raises(NotALowerOffice):
            register_office(ctx, card, card.fingerprint)
    finally:
        ctx.close()
    ctx = w.ctx("a")   # a district cannot register lower offices here
    try:
        with pytest.raises(NotProvince):
            register_office(ctx, w.cards["c"], w.cards["c"].fingerprint)
    finally:
        ctx.close()


def test_list_shows_last_package_and_last_report(world):
    from dnnd_desktop.services.province import list_offices

    ctx = world.ctx("p")
    try:
        rows = {o.office_id: o for o in list_offices(ctx)}
    finally:
        ctx.close()
    assert set(rows) == {world.ids[k] for k in "abc"}
    a, c = rows[world.ids["a"]], rows[world.ids["c"]]
    assert a.packages_received == 1 and a.last_package_kind == "report" and a.last_package_at is not None
    assert a.last_report_id == world.reports["a"] and a.last_report_period == "6 tháng đầu năm 2027"
    assert a.last_report_status == "received" and a.last_report_received_at.date() == dt.date(2027, 5, 10)
    assert c.last_package_at is None and c.last_report_id is None and c.packages_received == 0


def test_revoked_office_leaves_the_list_unless_asked(tmp_path):
    from dnnd_desktop.services.identity import revoke
    from dnnd_desktop.services.province import list_offices, register_office

    w = make_offices(tmp_path)
    ctx = w.ctx("p")
    try:
        for k in "ab":
            register_office(ctx, w.cards[k], w.cards[k].fingerprint)
        revoke(ctx, w.ids["b"])
        assert [o.office_id for o in list_offices(ctx)] == [w.ids["a"]]
        every = list_offices(ctx, include_revoked=True)
        assert [(o.office_id, o.active) for o in every] == [(w.ids["a"], True), (w.ids["b"], False)]
    finally:
        ctx.close()


def test_plan_json_roundtrip_matches_documented_format(world):
    from dnnd_desktop.services.packages import parse_plan
    from dnnd_desktop.services.province import PlanService

    ctx = world.ctx("p")
    try:
        obj = PlanService(ctx).plan_json(world.plan_id)
    finally:
        ctx.close()
    spec = parse_plan(json.loads(json.dumps(obj)))
    assert [t.code for t in spec.tasks] == ["I.1", "II.1"] and spec.id == world.plan_id
