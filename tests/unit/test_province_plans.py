"""Province plan editor service: drafts, validation, publish to all or chosen offices, versions,
vocabularies and templates reaching the lower office, and real plan documents read as drafts."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from dnnd_desktop.domain.errors import DnndError
from tests.unit.test_province_offices import make_offices, secret_of

SEEDS = sorted(Path("/work/shared/seeds").glob("*.txt"))


@pytest.fixture
def offices(tmp_path):
    from dnnd_desktop.services.province import register_office

    w = make_offices(tmp_path)
    ctx = w.ctx("p")
    for k in "ab":
        register_office(ctx, w.cards[k], w.cards[k].fingerprint)
    ctx.close()
    return w


def _draft(**kw):
    from dnnd_desktop.services.province import PlanDraft, ScheduleEntry, TaskDraft

    values = {"title": "Hướng dẫn công tác đối ngoại nhân dân năm 2027", "doc_number": "12/HD-MTTQ-BTT",
              "doc_date": dt.date(2027, 1, 15), "issuer": "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lào Cai",
              "year": 2027,
              "tasks": [TaskDraft("I.1", "Giao lưu biên giới", "Phối hợp Bộ đội Biên phòng", dt.date(2027, 11, 15)),
                        TaskDraft("II.3", "Gặp mặt kiều bào", None, None)],
              "report_schedule": [ScheduleEntry("half", "05-15"), ScheduleEntry("year", "11-20")]}
    values.update(kw)
    return PlanDraft(**values)


def test_draft_is_saved_not_sent_and_problems_are_listed(offices):
    from dnnd_desktop.services.province import PlanService, TaskDraft
    from dnnd_desktop.storage.models import PackageLogEntry, Plan

    ctx = offices.ctx("p")
    try:
        svc = PlanService(ctx)
        bad = _draft(title="", tasks=[TaskDraft("I.1", "A"), TaskDraft("i.1", "B"), TaskDraft("mã có dấu", "C")])
        with pytest.raises(DnndError) as exc:
            svc.save_draft(bad)
        problems = exc.value.details["problems"]
        assert any("title" in p for p in problems) and any("bị trùng" in p for p in problems)
        assert any("mã có dấu" in p for p in problems)
        draft = _draft()
        draft.tasks.append(TaskDraft("", "", None, None))     # an empty row left in the editor
        plan_id = svc.save_draft(draft)
        assert draft.id == plan_id
        [summary] = svc.list_plans()
        assert (summary.status, summary.status_label, summary.sequence, summary.task_count) == (
            "draft", "Bản nháp", 0, 2)
        assert summary.schedule_text == "6 tháng: 15/5; Năm: 20/11"
        back = svc.get(plan_id)
        assert [(t.code, t.deadline) for t in back.tasks] == [("I.1", dt.date(2027, 11, 15)), ("II.3", None)]
        with ctx.session() as s:
            assert s.get(Plan, plan_id).status == "draft"
            assert s.query(PackageLogEntry).count() == 0
        # Saving the same draft again (no document number needed) keeps the same plan.
        back.doc_number = None
        assert svc.save_draft(back) == plan_id and len(svc.list_plans()) == 1
        svc.delete_draft(plan_id)
        assert svc.list_plans() == []
    finally:
        ctx.close()


def test_publish_versions_and_chosen_offices(offices, tmp_path):
    from dnnd_desktop.services.packages import import_package
    from dnnd_desktop.services.province import PlanService

    out = tmp_path / "out"
    out.mkdir()
    ctx = offices.ctx("p")
    try:
        svc = PlanService(ctx)
        draft = _draft(vocabularies={"activity_type": [("giao_luu_thanh_nien", "Giao lưu thanh niên biên giới")]},
                       templates=[svc.template_body("bao_cao_dnnd")])
        plan_id = svc.save_draft(draft)
        first = svc.publish(plan_id, secret_of(ctx), out)
        assert first.sequence == 1 and len(first.packages) == 2
        assert {p.recipients[0] for p in first.packages} == {offices.ids["a"], offices.ids["b"]}
        assert svc.list_plans()[0].status == "published"
        with pytest.raises(DnndError) as exc:
            svc.delete_draft(plan_id)
        assert exc.value.code == "plan_published"
        draft = svc.get(plan_id)
        draft.tasks[1].deadline = dt.date(2027, 2, 5)
        svc.save_draft(draft)
        assert svc.list_plans()[0].status == "modified"
        second = svc.publish(plan_id, secret_of(ctx), out, office_ids=[offices.ids["a"]])
        assert second.sequence == 2 and [p.recipients for p in second.packages] == [[offices.ids["a"]]]
        assert svc.list_plans()[0].status == "published"
        single = svc.publish(plan_id, secret_of(ctx), out, per_office=False)
        assert single.sequence == 2 and sorted(single.packages[0].recipients) == sorted(
            [offices.ids["a"], offices.ids["b"]])
        with pytest.raises(DnndError) as exc:
            svc.publish(plan_id, secret_of(ctx), out, office_ids=[offices.ids["c"]])
        assert exc.value.code == "recipient_not_trusted"
    finally:
        ctx.close()
    # The lower office gets the tasks, the schedule and the added term.
    from dnnd_desktop.services.identity import trust_card
    from dnnd_desktop.storage.models import Task, VocabTerm

    a = offices.ctx("a")
    try:
        trust_card(a, offices.cards["p"], offices.cards["p"].fingerprint)
        res = import_package(a, second.packages[0].path, secret_of(a))
        assert res.per_kind["plan"]["new"] == 1 and res.sequence == 2
        with a.session() as s:
            assert {t.code: t.deadline for t in s.query(Task)} == {"I.1": dt.date(2027, 11, 15),
                                                                   "II.3": dt.date(2027, 2, 5)}
            term = s.query(VocabTerm).filter_by(code="giao_luu_thanh_nien").one()
            assert term.label == "Giao lưu thanh niên biên giới"
    finally:
        a.close()


def test_publish_needs_a_province_and_registered_offices(tmp_path):
    from dnnd_desktop.services.province import NotProvince, PlanService

    w = make_offices(tmp_path)
    ctx = w.ctx("p")
    try:
        svc = PlanService(ctx)
        plan_id = svc.save_draft(_draft())
        with pytest.raises(DnndError) as exc:
            svc.publish(plan_id, secret_of(ctx), tmp_path)
        assert exc.value.code == "no_lower_offices"
    finally:
        ctx.close()
    ctx = w.ctx("a")
    try:
        with pytest.raises(NotProvince):
            PlanService(ctx).save_draft(_draft())
    finally:
        ctx.close()


@pytest.mark.parametrize("seed", SEEDS, ids=[p.name[:3] for p in SEEDS])
def test_real_plan_documents_fit_the_plan_editor(seed):
    from dnnd_desktop.services.province import PlanService, parse_plan_text

    draft = parse_plan_text(seed.read_text(encoding="utf-8"))
    assert draft.title and len(draft.tasks) >= 5
    codes = [t.code for t in draft.tasks]
    assert len(set(codes)) == len(codes) and all(c.split(".")[0] in ("I", "II", "III", "IV") for c in codes)
    assert all(len(t.title) <= 501 for t in draft.tasks)
    PlanService.validate(None, draft)      # the format accepts it as it is


def test_seed_plan_reads_as_the_province_wrote_it():
    from dnnd_desktop.services.province import parse_plan_text

    d = parse_plan_text(SEEDS[0].read_text(encoding="utf-8"))
    assert d.title == ("Hướng dẫn công tác đối ngoại nhân dân và công tác đối với người Việt Nam ở nước ngoài "
                       "năm 2022")
    assert d.year == 2022 and d.doc_number is None            # "Số: /HD-MTTQ-BTT": number left blank
    assert [e.to_dict() for e in d.report_schedule] == [{"period_kind": "half", "due": "05-15"},
                                                        {"period_kind": "year", "due": "11-20"}]
    by_code = {t.code: t for t in d.tasks}
    assert by_code["I.3"].title == "Công tác phối hợp tham gia bảo vệ biên giới"
    assert by_code["II"].title == "Công tác đối với người Việt Nam ở nước ngoài" and by_code["II"].description
    assert "Nơi nhận" not in (by_code["III.2"].description or "")
    d4 = parse_plan_text(SEEDS[4].read_text(encoding="utf-8"))
    assert d4.doc_number == "01/CTrPH-MTTQ-TCTV-CQTT" and d4.doc_date == dt.date(2020, 3, 2)
    assert [e.due for e in d4.report_schedule] == ["06-20", "12-20"]
    assert "IV.1.1" in {t.code for t in d4.tasks}
