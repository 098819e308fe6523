"""Tasks page service: plans and tasks from a tasks package, status with note, activities as evidence."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, update
from test_packages_world import SAMPLE_PLAN, close_world, make_world

from dnnd_desktop.domain.errors import DnndError, PermissionDenied
from dnnd_desktop.domain.merge import unpack_stamps
from dnnd_desktop.services import tasks
from dnnd_desktop.services.packages import export_package, import_package, parse_plan
from dnnd_desktop.services.record_writer import RecordWriter
from dnnd_desktop.services.reports import ReportService
from dnnd_desktop.storage.models import Activity, ActivityTask, AuditEntry, Office, Task


@pytest.fixture
def district(tmp_path):
    w = make_world(tmp_path)
    p, a = w["province"], w["a"]
    out = tmp_path / "t.dnnd"
    export_package(p.ctx, kind="tasks", to=a.id, out_path=out, secret=p.secret, plan=parse_plan(SAMPLE_PLAN))
    import_package(a.ctx, out, a.secret)
    yield a
    close_world(w)


def _activity(office, title="Giao lưu nhân dân hai bên biên giới"):
    with office.ctx.session() as s:
        return RecordWriter(s, office.ctx).create(Activity, {"title": title, "activity_type": "border_exchange",
                                                             "start_date": dt.date(2026, 3, 8)}).id


def test_plans_and_tasks_with_deadlines_and_labels(district):
    plans = tasks.list_plans(district.ctx)
    assert len(plans) == 1
    plan = plans[0]
    assert plan.doc_number == "15/HD-MTTQ-BTT" and plan.task_count == 3 and plan.done_count == 0
    assert plan.issuer_name == "Ủy ban MTTQ Việt Nam tỉnh Lào Cai"
    assert [s.text for s in plan.schedule] == ["Báo cáo 6 tháng: hạn 15/5", "Báo cáo năm: hạn 20/11"]
    rows = tasks.list_tasks(district.ctx, plan_id=plan.id, today=dt.date(2026, 3, 1))
    assert [(t.code, t.status_label) for t in rows] == [
        ("I.1", "Chưa thực hiện"), ("I.2", "Chưa thực hiện"), ("II.1", "Chưa thực hiện")]
    overdue = tasks.list_tasks(district.ctx, overdue_only=True, today=dt.date(2026, 3, 1))
    assert [t.code for t in overdue] == ["II.1"] and overdue[0].overdue


def test_status_and_note_are_stamped_and_audited(district):
    t = tasks.list_tasks(district.ctx)[0]
    info = tasks.set_status(district.ctx, t.id, "in_progress", "Đã tổ chức 2 buổi tuyên truyền")
    assert info.status_label == "Đang thực hiện" and info.progress_note == "Đã tổ chức 2 buổi tuyên truyền"
    info = tasks.set_status(district.ctx, t.id, "done")
    assert info.status_label == "Hoàn thành" and info.progress_note == "Đã tổ chức 2 buổi tuyên truyền"
    with district.ctx.session() as s:
        row = s.get(Task, t.id)
        assert unpack_stamps(row.field_stamps)["status"][1] == district.ctx.installation.site_id
        assert s.scalars(select(AuditEntry).where(AuditEntry.record_id == t.id, AuditEntry.field == "status")).all()
    assert tasks.list_plans(district.ctx)[0].done_count == 1
    with pytest.raises(DnndError):
        tasks.set_status(district.ctx, t.id, "finished")


def test_activities_linked_as_evidence(district):
    t = tasks.list_tasks(district.ctx)[1]
    act = _activity(district)
    assert tasks.link_activity(district.ctx, t.id, act).evidence_count == 1
    assert tasks.link_activity(district.ctx, t.id, act).evidence_count == 1   # linking twice is one link
    ev = tasks.evidence(district.ctx, t.id)
    assert [e.title for e in ev] == ["Giao lưu nhân dân hai bên biên giới"]
    with district.ctx.session() as s:
        link = s.scalars(select(ActivityTask)).one()
        assert link.origin_office_id == district.id and link.version   # a synced record, stamped
    assert tasks.unlink_activity(district.ctx, t.id, act).evidence_count == 0
    with pytest.raises(DnndError):
        tasks.link_activity(district.ctx, t.id, "no-such-activity")


def test_evidence_of_a_lower_offices_activity_is_refused_both_ways(district):
    t = tasks.list_tasks(district.ctx)[0]
    act = _activity(district)
    tasks.link_activity(district.ctx, t.id, act)
    with district.ctx.session() as s:   # the activity turns out to be a lower office's copy
        lower = Office(relation="lower", name="Ủy ban MTTQ Việt Nam xã Y Tý", level="commune")
        s.add(lower)
        s.flush()
        s.execute(update(Activity).where(Activity.id == act).values(origin_office_id=lower.id))
    other = tasks.list_tasks(district.ctx)[1]
    for attempt in (lambda: tasks.link_activity(district.ctx, other.id, act),
                    lambda: tasks.unlink_activity(district.ctx, t.id, act)):
        with pytest.raises(PermissionDenied):
            attempt()
    assert [e.activity_id for e in tasks.evidence(district.ctx, t.id)] == [act]
    assert tasks.evidence(district.ctx, other.id) == []


def test_report_schedule_feeds_the_due_list(district):
    items = ReportService(district.ctx, today=lambda: dt.date(2026, 5, 1)).due_reports()
    assert any(i.due_date == dt.date(2026, 5, 15) for i in items)
    assert next(line.text for line in tasks.schedule_lines(district.ctx)) == "Báo cáo 6 tháng: hạn 15/5"
