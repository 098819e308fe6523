"""The sample office's work besides its records (issue 19: the sample office had no tasks and no
report to look at): the province's plan for the year with numbered tasks, some done with activities
linked as evidence, one in progress, one late; the plan's report schedule (so a report is due); and
last year's report, written and approved.

    fill_demo_work(ctx, today=None)     used by services/demo_office.make_demo_office

Everything is written through the same services an officer uses (tasks, reports), so the audit log
and the sync metadata read as they would in a real office. The plan is written as a received tasks
package writes it (services/packages/contents.py), from an issuer that is the sample province."""
from __future__ import annotations

import datetime as dt
import uuid
from typing import TYPE_CHECKING

from sqlalchemy import select

from ..domain.messages import DOCUMENT_LANGUAGE, translate
from ..domain.periods import HALF, period_containing
from ..storage.models import Activity, Plan, Task
from ..storage.models.base import utcnow
from . import tasks as task_service
from .record_writer import RecordWriter
from .reports import ReportService
from .reports.completeness import SECTION_PREFIX

if TYPE_CHECKING:
    from .app_context import AppContext

SAMPLE_PROVINCE_ID = str(uuid.uuid5(uuid.NAMESPACE_URL, "dnnd:sample-province:lao-cai"))
ISSUER = "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lào Cai"

# (code, title, deadline in days from the day the sample is made, status, progress note, activities
# linked as evidence): relative, so the sample reads alive whatever day it is made (two tasks done,
# one in progress, one late, the rest ahead).
TASKS = (
    ("I.1", "Tuyên truyền chủ trương, chính sách về công tác đối ngoại nhân dân và người Việt Nam ở nước ngoài",
     -60, task_service.DONE, "Đã tổ chức tuyên truyền tại các xã biên giới.", 2),
    ("I.2", "Tổ chức giao lưu nhân dân hai bên biên giới nhân dịp Tết cổ truyền", -30, task_service.DONE,
     "Giao lưu văn nghệ, thể thao với bản kết nghĩa bên kia biên giới.", 1),
    ("I.3", "Duy trì và nâng cao hiệu quả các cặp bản kết nghĩa", 21, task_service.IN_PROGRESS,
     "Đã rà soát các cặp kết nghĩa; đang xây dựng kế hoạch giao lưu.", 0),
    ("II.1", "Gặp mặt, thăm hỏi thân nhân kiều bào", -10, task_service.NOT_STARTED, None, 0),
    ("II.2", "Rà soát, cập nhật danh sách hộ thân nhân kiều bào trên địa bàn", 45, task_service.NOT_STARTED,
     None, 0),
    ("III.1", "Báo cáo sơ kết, tổng kết công tác đối ngoại nhân dân", 120, task_service.NOT_STARTED, None, 0),
)
REPORT_DUE_IN_DAYS = 21   # the half-year report the plan asks for falls due three weeks after the sample is made


def fill_demo_work(ctx: AppContext, today: dt.date | None = None) -> dict[str, int]:
    """Add the plan, its tasks and the reports; returns what was made (for the caller's message)."""
    today = today or dt.date.today()
    plan_id = _plan(ctx, today)
    done = _task_progress(ctx, plan_id, today.year)
    approved = _last_year_report(ctx, today.year - 1)
    return {"plans": 1, "tasks": len(TASKS), "tasks_done": done, "reports_approved": approved}


def _plan(ctx: AppContext, today: dt.date) -> str:
    year = today.year
    plan_id = str(uuid.uuid5(uuid.NAMESPACE_URL, f"dnnd:sample-plan:{year}"))
    tasks = [{"id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"dnnd:sample-task:{year}:{code}")), "code": code,
              "title": title, "deadline": (today + dt.timedelta(days=days)).isoformat()}
             for code, title, days, *_rest in TASKS]
    due = today + dt.timedelta(days=REPORT_DUE_IN_DAYS)
    body = {"format": "dnnd-plan", "version": 1, "id": plan_id, "doc_number": "12/HD-MTTQ-BTT",
            "doc_date": dt.date(year, 1, 15).isoformat(), "issuer": ISSUER, "year": year,
            "title": f"Hướng dẫn công tác đối ngoại nhân dân và người Việt Nam ở nước ngoài năm {year}",
            "tasks": tasks,
            # the half-year report of the half that contains the due day, due on that day
            "report_schedule": [{"period_kind": "half", "due": f"{due:%m-%d}",
                                 "year": period_containing(HALF, due).year}]}
    with ctx.session() as s:
        plan = Plan(id=plan_id, issuer_office_id=SAMPLE_PROVINCE_ID, sequence=1, doc_number=body["doc_number"],
                    doc_date=dt.date(year, 1, 15), issuer=ISSUER, title=body["title"], year=year,
                    report_schedule=body["report_schedule"], body=body, status="active", received_at=utcnow())
        s.add(plan)
        s.flush()
        writer = RecordWriter(s, ctx)
        for pos, task in enumerate(tasks):
            row = writer.create(Task, {"plan_id": plan_id, "code": task["code"], "title": task["title"],
                                       "deadline": dt.date.fromisoformat(task["deadline"]), "position": pos},
                                record_id=task["id"])
            row.origin_office_id = SAMPLE_PROVINCE_ID   # the province's task: status and notes are ours
    return plan_id


def _task_progress(ctx: AppContext, plan_id: str, year: int) -> int:
    """Statuses and notes as an officer sets them; done tasks get this year's activities as evidence."""
    with ctx.session() as s:
        ids = {t.code: t.id for t in s.scalars(select(Task).where(Task.plan_id == plan_id))}
        activities = list(s.scalars(select(Activity.id).where(Activity.deleted.is_(False),
                                                              Activity.start_date >= dt.date(year - 1, 1, 1))
                                    .order_by(Activity.start_date.desc()).limit(10)))
    done = 0
    for code, _title, _deadline, status, note, evidence in TASKS:
        if status != task_service.NOT_STARTED:
            task_service.set_status(ctx, ids[code], status, note)
        for activity_id in activities[:evidence]:
            task_service.link_activity(ctx, ids[code], activity_id)
        activities = activities[evidence:]
        done += status == task_service.DONE
    return done


def _last_year_report(ctx: AppContext, year: int) -> int:
    """Last year's report, its blanks written or marked «không phát sinh», approved."""
    reports = ReportService(ctx)
    existing = reports.list_reports(period=str(year))
    report = reports.get(existing[0].id) if existing else reports.create(str(year))
    text = translate("Demo", "Sample text: in the year the office kept in touch with the communities across "
                             "the border and with the families of Vietnamese people abroad.").text(DOCUMENT_LANGUAGE)
    for item in reports.missing(report.id):
        if item.target.startswith(SECTION_PREFIX):
            reports.set_narrative(report.id, item.target.removeprefix(SECTION_PREFIX), text)
        else:
            reports.mark_nothing(report.id, item.target)
    reports.approve(report.id)
    return 1
