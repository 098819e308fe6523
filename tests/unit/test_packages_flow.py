"""Package kinds end to end through the services: tasks down, reports up, answers back, replay rules."""
from __future__ import annotations

import copy

import pytest
from sqlalchemy import select
from test_packages_world import SAMPLE_PLAN, db_digest

from dnnd_desktop.exchange.package import PackageError, Recipient, SenderIdentity, write_package
from dnnd_desktop.services.packages import (
    export_package,
    import_package,
    parse_plan,
    preview_package,
    verify_file,
)
from dnnd_desktop.services.packages.common import SCHEMA_VERSION
from dnnd_desktop.services.reports import ReportService
from dnnd_desktop.storage.models import Plan, Report, ReportTemplate, Task, VocabTerm
from tests.support.reports import mark_missing_nothing


def publish(world, tmp_path, plan=SAMPLE_PLAN, to=("a",), name="plan.dnnd"):
    p = world["province"]
    out = tmp_path / name
    r = export_package(p.ctx, kind="tasks", to=[world[k].id for k in to], out_path=out, secret=p.secret,
                       plan=parse_plan(plan))
    return out, r


def test_tasks_package_brings_plan_tasks_vocabulary_and_trust_data(world, tmp_path):
    out, r = publish(world, tmp_path, to=("a", "b"))
    assert r.sequence == 1 and r.contents["tasks"] == 3
    a = world["a"]
    preview = preview_package(a.ctx, out, a.secret)
    assert preview.dry_run and preview.new >= 5
    with a.ctx.session() as s:
        assert s.scalars(select(Plan)).first() is None  # the preview wrote nothing
    result = import_package(a.ctx, out, a.secret)
    assert (result.new, result.updated, result.rejected) == (preview.new, preview.updated, preview.rejected)
    assert result.per_kind["task"]["new"] == 3 and result.per_kind["plan"]["new"] == 1
    with a.ctx.session() as s:
        plan = s.scalars(select(Plan)).one()
        assert plan.doc_number == "15/HD-MTTQ-BTT" and plan.sequence == 1 and plan.status == "active"
        assert plan.report_schedule[0]["due"] == "05-15"
        tasks = s.scalars(select(Task).order_by(Task.position)).all()
        assert [t.code for t in tasks] == ["I.1", "I.2", "II.1"]
        assert tasks[0].origin_office_id == world["province"].id and tasks[0].status == "not_started"
        term = s.scalars(select(VocabTerm).where(VocabTerm.code == "giao_luu_thanh_nien")).one()
        assert term.source == f"plan:{plan.id}"
    # Task ids are the province's: evidence and status can be matched on both sides.
    with world["province"].ctx.session() as s:
        assert {t.id for t in s.scalars(select(Task))} == {t.id for t in tasks}


def test_same_package_twice_changes_nothing(world, tmp_path):
    out, _ = publish(world, tmp_path)
    a = world["a"]
    first = import_package(a.ctx, out, a.secret)
    before = db_digest(a.db)
    again = import_package(a.ctx, out, a.secret)
    assert again.already_imported and again.new == again.updated == 0
    assert again.unchanged == first.new + first.updated + first.unchanged
    assert db_digest(a.db) == before


def test_same_package_id_with_other_bytes_is_an_alarm(world, tmp_path):
    out, r = publish(world, tmp_path)
    a, p = world["a"], world["province"]
    import_package(a.ctx, out, a.secret)
    forged = tmp_path / "again.dnnd"
    # The province's own key, the same package id, different content (e.g. a buggy resend).
    plan = copy.deepcopy(SAMPLE_PLAN)
    write_package(forged, kind="identity", sender=SenderIdentity(p.id, p.ctx.installation.site_id, p.secret),
                  recipients=[Recipient(a.id, a.card().box_pk)], files={"card.json": p.card().encode()},
                  schema_version=SCHEMA_VERSION, package_id=r.package_id)
    before = db_digest(a.db)
    with pytest.raises(Exception) as e:
        import_package(a.ctx, forged, a.secret)
    assert e.value.code == "package_id_reused" and "CẢNH BÁO" in e.value.message
    assert db_digest(a.db) == before
    del plan


def test_older_plan_sequence_never_overwrites_a_newer_one(world, tmp_path):
    old, r1 = publish(world, tmp_path, name="v1.dnnd")
    changed = copy.deepcopy(SAMPLE_PLAN)
    changed["tasks"][0]["title"] = "Tuyên truyền (sửa đổi)"
    new, r2 = publish(world, tmp_path, plan=changed, name="v2.dnnd")
    assert (r1.sequence, r2.sequence) == (1, 2)
    _, r3 = publish(world, tmp_path, plan=changed, name="v2b.dnnd")
    assert r3.sequence == 2  # nothing changed: no new version
    a = world["a"]
    import_package(a.ctx, new, a.secret)
    result = import_package(a.ctx, old, a.secret)
    assert result.per_kind["plan"]["rejected"] == 1 and "cũ hơn" in " ".join(result.messages)
    with a.ctx.session() as s:
        assert s.scalars(select(Plan)).one().sequence == 2
        assert s.scalars(select(Task).where(Task.code == "I.1")).one().title == "Tuyên truyền (sửa đổi)"


def test_plan_update_keeps_local_status_and_notes(world, tmp_path):
    from dnnd_desktop.services import tasks as tasks_service

    a = world["a"]
    out, _ = publish(world, tmp_path, name="v1.dnnd")
    import_package(a.ctx, out, a.secret)
    t = tasks_service.list_tasks(a.ctx)[0]
    tasks_service.set_status(a.ctx, t.id, "in_progress", "Đã xây dựng kế hoạch")
    changed = copy.deepcopy(SAMPLE_PLAN)
    changed["tasks"][0]["deadline"] = "2026-07-31"
    out2, _ = publish(world, tmp_path, plan=changed, name="v2.dnnd")
    res = import_package(a.ctx, out2, a.secret)
    assert res.per_kind["task"]["updated"] == 1
    t2 = tasks_service.get_task(a.ctx, t.id)
    assert t2.status == "in_progress" and t2.progress_note == "Đã xây dựng kế hoạch"
    assert str(t2.deadline) == "2026-07-31"


def test_a_district_key_signing_a_tasks_package_is_refused(world, tmp_path):
    a, b = world["a"], world["b"]
    out = tmp_path / "fake-tasks.dnnd"
    write_package(out, kind="tasks", sender=SenderIdentity(b.id, b.ctx.installation.site_id, b.secret),
                  recipients=[Recipient(a.id, a.card().box_pk)], files={"plan.json": b"{}"},
                  schema_version=SCHEMA_VERSION, sequence=99)
    before = db_digest(a.db)
    with pytest.raises(PackageError) as e:
        import_package(a.ctx, out, a.secret)
    assert e.value.code == "signer_not_allowed"
    with pytest.raises(PackageError):
        verify_file(a.ctx, out)
    assert db_digest(a.db) == before
    # and the service itself refuses to make one
    with pytest.raises(Exception) as e2:
        export_package(b.ctx, kind="tasks", to=a.id, out_path=tmp_path / "x.dnnd", secret=b.secret,
                       plan=parse_plan(SAMPLE_PLAN))
    assert e2.value.code == "not_province"


def answer(province, report_id, status, comment):
    """The province's answer to a received report (its service is issue 7's; the columns are shared)."""
    from dnnd_desktop.storage.models import utcnow

    with province.ctx.session() as s:
        rep = s.get(Report, report_id)
        rep.status, rep.answer_comment, rep.answered_at = status, comment, utcnow()


def _approved_report(office, period="2026-H1"):
    svc = ReportService(office.ctx)
    rid = svc.create(period).id
    mark_missing_nothing(svc, rid)
    svc.approve(rid)
    return rid


def test_report_goes_up_and_the_answer_comes_back(world, tmp_path):
    a, p = world["a"], world["province"]
    rid = _approved_report(a)
    up = tmp_path / "report.dnnd"
    r = export_package(a.ctx, kind="report", to=p.id, out_path=up, secret=a.secret)
    assert r.contents["reports"] == 1
    with a.ctx.session() as s:
        assert s.get(Report, rid).status == "sent"
    res = import_package(p.ctx, up, p.secret)
    assert res.per_kind["report"]["new"] == 1
    with p.ctx.session() as s:
        rep = s.get(Report, rid)
        assert rep.status == "received" and rep.office_id == a.id and rep.indicators
        assert s.scalars(select(ReportTemplate).where(ReportTemplate.code == rep.template_code)).first()
    answer(p, rid, "returned", "Bổ sung số liệu kiều bào.")
    # The answer travels in the next package to that office: here the next tasks package.
    down, _ = publish(world, tmp_path, name="tasks.dnnd")
    res = import_package(a.ctx, down, a.secret)
    assert res.per_kind["answer"]["updated"] == 1
    assert any("Bổ sung số liệu kiều bào" in m for m in res.messages)
    with a.ctx.session() as s:
        rep = s.get(Report, rid)
        assert rep.status == "returned" and rep.answer_comment == "Bổ sung số liệu kiều bào."
    # or on its own, as a report package going down
    ans = tmp_path / "answers.dnnd"
    export_package(p.ctx, kind="report", to=a.id, out_path=ans, secret=p.secret)
    assert import_package(a.ctx, ans, a.secret).per_kind["answer"]["unchanged"] == 1


def test_reports_only_go_to_the_parent_and_only_when_approved(world, tmp_path):
    a, b = world["a"], world["b"]
    with pytest.raises(Exception) as e:
        export_package(a.ctx, kind="report", to=world["province"].id, out_path=tmp_path / "r.dnnd", secret=a.secret)
    assert e.value.code == "nothing_to_send"
    _approved_report(a)
    with pytest.raises(Exception) as e:
        export_package(a.ctx, kind="report", to=b.id, out_path=tmp_path / "r.dnnd", secret=a.secret)
    assert e.value.code == "wrong_recipient"
    assert not (tmp_path / "r.dnnd").exists()


def test_a_peer_cannot_send_reports_to_be_received(world, tmp_path):
    """b is a trusted peer of a: its report packages pass the role check only as a lower office would."""
    a, b = world["a"], world["b"]
    out = tmp_path / "peer-report.dnnd"
    write_package(out, kind="report", sender=SenderIdentity(b.id, b.ctx.installation.site_id, b.secret),
                  recipients=[Recipient(a.id, a.card().box_pk)], files={"answers.json": b'{"answers":[]}'},
                  schema_version=SCHEMA_VERSION)
    with pytest.raises(PackageError) as e:
        import_package(a.ctx, out, a.secret)
    assert e.value.code == "signer_not_allowed"


def test_the_documented_sample_plan_is_valid():
    from pathlib import Path

    from dnnd_desktop.services.packages import load_plan_file

    spec = load_plan_file(Path(__file__).resolve().parents[2] / "docs" / "plan-sample.json")
    assert spec.doc_number == "15/HD-MTTQ-BTT" and len(spec.tasks) == 4 and spec.report_schedule


def test_plan_file_problems_are_listed_in_vietnamese():
    from dnnd_desktop.services.packages import PlanInvalid

    bad = dict(SAMPLE_PLAN, tasks=[{"code": "I.1", "title": "A"}, {"code": "i.1", "title": "B", "deadline": "15/5"}],
               colour="red")
    with pytest.raises(PlanInvalid) as e:
        parse_plan(bad)
    assert "colour" in e.value.message and "bị trùng" in e.value.message and "NĂM-THÁNG-NGÀY" in e.value.message
