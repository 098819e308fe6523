"""The Tasks page service: plans received from the province (or published, on the province), their
numbered tasks with deadlines, each task's status and progress note, and activities linked as evidence.

    list_plans(ctx, include_superseded=False) -> list[PlanInfo]
    get_plan(ctx, plan_id) -> PlanInfo
    list_tasks(ctx, plan_id=None, status=None, overdue_only=False, today=None) -> list[TaskInfo]
    get_task(ctx, task_id, today=None) -> TaskInfo
    set_status(ctx, task_id, status, note=None) -> TaskInfo      status: not_started / in_progress / done
    link_activity(ctx, task_id, activity_id) -> TaskInfo           evidence (ActivityTask link, a synced record)
    unlink_activity(ctx, task_id, activity_id) -> TaskInfo
    evidence(ctx, task_id) -> list[EvidenceInfo]
    schedule_lines(ctx) -> list[ScheduleLine]                      the plans' report schedules, readable

Every write goes through the RecordWriter (stamps, audit). The plans' report schedules feed the
Reports page and the Overview through ReportService.due_reports (it reads Plan.report_schedule).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.deadlines import ScheduleError, parse_schedule_rule
from ..domain.errors import DnndError, NotFound, ValidationError
from ..domain.messages import render, translate
from ..domain.periods import KIND_LABELS
from ..storage.models import Activity, ActivityTask, Office, Plan, Task
from .record_writer import RecordWriter
from .records.activity_links import change_links

if TYPE_CHECKING:
    from .app_context import AppContext

NOT_STARTED, IN_PROGRESS, DONE = "not_started", "in_progress", "done"
STATUSES = (NOT_STARTED, IN_PROGRESS, DONE)
STATUS_LABELS = {NOT_STARTED: translate("TaskStatus", "Not started"),
                 IN_PROGRESS: translate("TaskStatus", "In progress"), DONE: translate("TaskStatus", "Done")}
PLAN_STATUS_LABELS = {"active": translate("PlanStatus", "In progress"), "published": translate("PlanStatus", "Issued"),
                      "superseded": translate("PlanStatus", "Replaced"), "draft": translate("PlanStatus", "Draft")}
# The *Info records below carry their labels and texts as plain text in the language of the moment
# they were read (they go to JSON and to widgets as they are).


@dataclass(frozen=True)
class ScheduleLine:
    template: str | None
    period_kind: str
    text: str          # "Báo cáo 6 tháng: hạn 15/5" (in the current language)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class PlanInfo:
    id: str
    title: str
    doc_number: str | None
    doc_date: dt.date | None
    issuer: str | None
    issuer_office_id: str
    issuer_name: str
    year: int | None
    sequence: int
    status: str
    status_label: str
    received_at: dt.datetime | None
    task_count: int
    done_count: int
    schedule: tuple[ScheduleLine, ...]
    last_year: int | None = None   # a programme over several years runs from `year` to `last_year`

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["schedule"] = [s.to_dict() for s in self.schedule]
        return d


@dataclass(frozen=True)
class TaskInfo:
    id: str
    plan_id: str
    plan_title: str
    code: str
    title: str
    description: str | None
    deadline: dt.date | None
    status: str
    status_label: str
    progress_note: str | None
    overdue: bool
    evidence_count: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class EvidenceInfo:
    link_id: str
    activity_id: str
    title: str
    start_date: dt.date | None
    activity_type: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _schedule(plan: Plan) -> tuple[ScheduleLine, ...]:
    out = []
    for entry in plan.report_schedule or []:
        try:
            rule = parse_schedule_rule(entry)
        except ScheduleError:
            continue
        kind = render(KIND_LABELS.get(rule.period_kind, rule.period_kind)).lower()
        text = (translate("TaskTexts", "{kind} report: due {day}/{month}") if rule.due_month else
                translate("TaskTexts", "{kind} report: due on day {day} of each month"))
        out.append(ScheduleLine(rule.template, rule.period_kind, render(text.format(
            kind=kind, day=rule.due_day, month=rule.due_month))))
    return tuple(out)


def _plan_info(s: Session, plan: Plan) -> PlanInfo:
    rows = s.execute(select(Task.status, func.count()).where(Task.plan_id == plan.id, Task.deleted.is_(False))
                     .group_by(Task.status)).all()
    counts = dict(rows)
    issuer = s.get(Office, plan.issuer_office_id)
    return PlanInfo(plan.id, plan.title, plan.doc_number, plan.doc_date, plan.issuer, plan.issuer_office_id,
                    issuer.name if issuer else "", plan.year, plan.sequence, plan.status,
                    render(PLAN_STATUS_LABELS.get(plan.status, plan.status)), plan.received_at, sum(counts.values()),
                    counts.get(DONE, 0), _schedule(plan), plan.last_year)


def list_plans(ctx: AppContext, include_superseded: bool = False) -> list[PlanInfo]:
    with ctx.session() as s:
        q = select(Plan).order_by(Plan.year.desc(), Plan.doc_date.desc(), Plan.title)
        if not include_superseded:
            q = q.where(Plan.status != "superseded")
        return [_plan_info(s, p) for p in s.scalars(q)]


def get_plan(ctx: AppContext, plan_id: str) -> PlanInfo:
    with ctx.session() as s:
        plan = s.get(Plan, plan_id)
        if plan is None:
            raise NotFound(translate("TaskErrors", "This plan was not found; it may have been replaced by a new "
                                     "version."), code="plan_not_found")
        return _plan_info(s, plan)


def _evidence_counts(s: Session, task_ids: list[str]) -> dict[str, int]:
    if not task_ids:
        return {}
    rows = s.execute(select(ActivityTask.task_id, func.count()).where(
        ActivityTask.task_id.in_(task_ids), ActivityTask.deleted.is_(False)).group_by(ActivityTask.task_id)).all()
    return dict(rows)


def _task_info(t: Task, plan_title: str, evidence: int, today: dt.date) -> TaskInfo:
    overdue = bool(t.deadline and t.deadline < today and t.status != DONE)
    return TaskInfo(t.id, t.plan_id, plan_title, t.code, t.title, t.description, t.deadline, t.status,
                    render(STATUS_LABELS.get(t.status, t.status)), t.progress_note, overdue, evidence)


def list_tasks(ctx: AppContext, plan_id: str | None = None, status: str | None = None, overdue_only: bool = False,
               today: dt.date | None = None) -> list[TaskInfo]:
    today = today or dt.date.today()
    with ctx.session() as s:
        q = (select(Task, Plan.title).join(Plan, Plan.id == Task.plan_id).where(Task.deleted.is_(False))
             .order_by(Plan.year.desc(), Plan.title, Task.position, Task.code))
        if plan_id:
            q = q.where(Task.plan_id == plan_id)
        if status:
            q = q.where(Task.status == status)
        if overdue_only:
            q = q.where(Task.deadline < today, Task.status != DONE)
        rows = s.execute(q).all()
        counts = _evidence_counts(s, [t.id for t, _ in rows])
        return [_task_info(t, title, counts.get(t.id, 0), today) for t, title in rows]


def _load(s: Session, task_id: str) -> Task:
    t = s.get(Task, task_id)
    if t is None or t.deleted:
        raise NotFound(translate("TaskErrors", "This task was not found; the level above may have taken it out "
                                 "of the plan."), code="task_not_found")
    return t


def get_task(ctx: AppContext, task_id: str, today: dt.date | None = None) -> TaskInfo:
    with ctx.session() as s:
        t = _load(s, task_id)
        plan = s.get(Plan, t.plan_id)
        return _task_info(t, plan.title if plan else "", _evidence_counts(s, [t.id]).get(t.id, 0),
                          today or dt.date.today())


def set_status(ctx: AppContext, task_id: str, status: str, note: str | None = None) -> TaskInfo:
    """Status and progress note of a task (None keeps the note as it is, "" clears it)."""
    if status not in STATUSES:
        raise ValidationError(translate("TaskErrors", "There is no status «{status}». Choose: not started, in "
                                        "progress or done.").format(status=status),
                              field_errors={"status": status}, code="bad_status")
    with ctx.session() as s:
        t = _load(s, task_id)
        changes: dict[str, Any] = {"status": status}
        if note is not None:
            changes["progress_note"] = note
        RecordWriter(s, ctx).update(t, changes)
    return get_task(ctx, task_id)


def link_activity(ctx: AppContext, task_id: str, activity_id: str) -> TaskInfo:
    with ctx.session() as s:
        _load(s, task_id)
        act = s.get(Activity, activity_id)
        if act is None or act.deleted:
            raise NotFound(translate("TaskErrors", "The activity to link as evidence was not found."),
                           code="activity_not_found")
        # The activity form's checked path: a lower office's activity is a read-only copy here.
        change_links(s, RecordWriter(s, ctx), activity_id, add={"task": [task_id]})
    return get_task(ctx, task_id)


def unlink_activity(ctx: AppContext, task_id: str, activity_id: str) -> TaskInfo:
    with ctx.session() as s:
        # The same checks as linking (live activity, this office's own), then the removal.
        if not change_links(s, RecordWriter(s, ctx), activity_id, remove={"task": [task_id]})["removed"]:
            raise DnndError(translate("TaskErrors", "This activity is not linked to the task."), code="not_linked")
    return get_task(ctx, task_id)


def evidence(ctx: AppContext, task_id: str) -> list[EvidenceInfo]:
    with ctx.session() as s:
        rows = s.execute(select(ActivityTask.id, Activity).join(Activity, Activity.id == ActivityTask.activity_id)
                         .where(ActivityTask.task_id == task_id, ActivityTask.deleted.is_(False),
                                Activity.deleted.is_(False)).order_by(Activity.start_date.desc())).all()
        return [EvidenceInfo(link_id, a.id, a.title, a.start_date, a.activity_type) for link_id, a in rows]


def schedule_lines(ctx: AppContext) -> list[ScheduleLine]:
    with ctx.session() as s:
        out: list[ScheduleLine] = []
        for plan in s.scalars(select(Plan).where(Plan.status.in_(("active", "published")))):
            out.extend(_schedule(plan))
        return out
