"""The tasks a report lists with their progress: every task of the plans in force for the report's
period (a plan's years -- one, or a programme's span -- overlap the period's), as the Tasks page has
them now. The report keeps the snapshot (report.document["task_progress"]) taken when its figures are
computed, so what was sent stays what was sent."""
from __future__ import annotations

from dataclasses import replace
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from ...domain.messages import DOCUMENT_LANGUAGE, render
from ...domain.periods import Period
from ...domain.task_progress import TaskProgressLine
from ...storage.models import Activity, ActivityTask, Attachment, Plan, Task

DOCUMENT_KEY = "task_progress"
_IN_FORCE = ("active", "published")


def plans_for(s: Session, period: Period) -> list[Plan]:
    """Plans whose years overlap the period; a plan without a year counts (nothing says it does not)."""
    first, last = period.start.year, period.end.year
    rows = s.scalars(select(Plan).where(Plan.status.in_(_IN_FORCE), or_(
        Plan.year.is_(None),
        (Plan.year <= last) & (func.coalesce(Plan.last_year, Plan.year) >= first))))
    return sorted(rows, key=lambda p: (p.year or 0, p.doc_date or p.received_at.date(), p.title))


def snapshot(s: Session, period: Period) -> list[dict[str, Any]]:
    out: list[TaskProgressLine] = []
    for plan in plans_for(s, period):
        tasks = s.scalars(select(Task).where(Task.plan_id == plan.id, Task.deleted.is_(False))
                          .order_by(Task.position, Task.code)).all()
        links = s.execute(select(ActivityTask.task_id, Activity.id, Activity.title)
                          .join(Activity, Activity.id == ActivityTask.activity_id)
                          .where(ActivityTask.task_id.in_([t.id for t in tasks]), ActivityTask.deleted.is_(False),
                                 Activity.deleted.is_(False))
                          .order_by(Activity.start_date, Activity.title)).all() if tasks else []
        files = dict(s.execute(select(Attachment.record_id, func.count()).where(
            Attachment.record_kind == "activity", Attachment.deleted.is_(False),
            Attachment.record_id.in_({aid for _, aid, _ in links})).group_by(Attachment.record_id)).all()) \
            if links else {}
        for t in tasks:
            mine = [(aid, title) for tid, aid, title in links if tid == t.id]
            out.append(TaskProgressLine(plan.doc_number or plan.title, t.code, t.title, t.deadline, t.status,
                                        (t.progress_note or "").strip(), tuple(title for _, title in mine),
                                        sum(files.get(aid, 0) for aid, _ in mine)))
    return [line.to_dict() for line in out]


def lines_from(document: dict[str, Any] | None) -> tuple[TaskProgressLine, ...]:
    """The report's snapshot, each status named in the document language."""
    from ..tasks import STATUS_LABELS  # here: services.tasks imports the records package, which imports this

    out = []
    for d in (document or {}).get(DOCUMENT_KEY) or ():
        line = TaskProgressLine.from_dict(d)
        label = STATUS_LABELS.get(line.status)
        out.append(replace(line, status_label=render(label, DOCUMENT_LANGUAGE) if label else line.status))
    return tuple(out)
