"""Province plans: the PLAN.json format (docs/plan-format.md), saving a plan on the province side, and
the snapshot that a tasks package carries.

    parse_plan(obj) -> PlanSpec                 strict validation with messages from the catalogue
    load_plan_file(path) -> PlanSpec
    save_plan(ctx, spec) -> str                 province only: create/update Plan + Task rows; plan id
    plan_snapshot(s, plan_id) -> dict           what goes into plan.json of a tasks package
"""
from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain.errors import DnndError, NotFound, ValidationError
from ...domain.messages import translate
from ...domain.roles import PROVINCE
from ...domain.schema_errors import SchemaViolation, problems, rendered, shown
from ...storage.models import Plan, ReportTemplate, Task
from ..record_writer import RecordWriter
from .plan_schema import MAX_TASKS, PLAN_FORMAT, PLAN_NAMING, PLAN_VERSION, PlanChecks, PlanSchema  # noqa: F401 - the format constants are part of this module's API

if TYPE_CHECKING:
    from ..app_context import AppContext
_NS = uuid.UUID("5b0f3c1e-2d43-4c36-9a8e-6a1f0e6d2c11")


class PlanInvalid(ValidationError):
    code = "plan_invalid"


@dataclass(frozen=True)
class TaskSpec:
    code: str
    title: str
    description: str | None
    deadline: dt.date | None
    id: str | None = None


@dataclass(frozen=True)
class PlanSpec:
    title: str
    doc_number: str | None
    doc_date: dt.date | None
    issuer: str | None
    year: int | None
    tasks: tuple[TaskSpec, ...]
    report_schedule: tuple[dict[str, Any], ...]
    templates: tuple[dict[str, Any], ...] = ()
    vocabularies: dict[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)
    valid_days: int = 400
    id: str | None = None
    sequence: int = 0
    last_year: int | None = None   # a programme over several years: its last year (year is the first)


_NOT_AN_OBJECT = translate("PlanErrors", "The plan file is not in the right format: its content must be a JSON "
                                         "object.")
_NEWER = translate("PlanErrors", "The plan was made for a newer version of the app than the one on this computer. "
                                "Update the app on this computer to the newest version.")
_INVALID = translate("PlanErrors", "The plan is not in the right format: {problems}. Correct the plan file and try "
                                   "again (see docs/plan-format.md).")
MAX_SHOWN = 6


def parse_plan(obj: object) -> PlanSpec:
    """Validate a plan (from PLAN.json or from a tasks package) against its declared schema
    (plan_schema.py). Raises PlanInvalid listing every problem with its place."""
    if not isinstance(obj, dict):
        raise PlanInvalid(_NOT_AN_OBJECT)
    version = obj.get("version")
    if type(version) is int and version > PLAN_VERSION:
        raise DnndError(_NEWER, code="newer_format")
    try:
        plan = PlanSchema.model_validate(obj, context={"plan": PlanChecks()})
    except SchemaViolation as e:
        found = problems(e, PLAN_NAMING)
        raise PlanInvalid(_INVALID.format(problems=shown(found, MAX_SHOWN)),
                          details={"problems": rendered(found)}) from None
    return PlanSpec(title=plan.title, doc_number=plan.doc_number, doc_date=plan.doc_date, issuer=plan.issuer,
                    year=plan.year,
                    tasks=tuple(TaskSpec(t.code, t.title, t.description, t.deadline, t.id) for t in plan.tasks),
                    report_schedule=tuple(plan.report_schedule), templates=tuple(plan.templates),
                    vocabularies={name: tuple((t.code, t.label) for t in terms)
                                  for name, terms in plan.vocabularies.items()},
                    valid_days=plan.valid_days, id=plan.id, sequence=plan.sequence,
                    last_year=plan.last_year if plan.year and plan.last_year and plan.last_year > plan.year
                    else None)


def load_plan_file(path: str | Path) -> PlanSpec:
    p = Path(path)
    try:
        data = p.read_bytes()
    except FileNotFoundError as e:
        raise NotFound(translate("PlanErrors", "The plan file «{path}» was not found. Check the path.")
                       .format(path=p), code="file_not_found") from e
    try:
        obj = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as e:
        raise PlanInvalid(translate("PlanErrors", "The plan file «{name}» is not valid JSON ({reason}). Correct the "
                                    "file and try again.").format(name=p.name, reason=str(e))) from e
    return parse_plan(obj)


def plan_id_for(issuer_office_id: str, spec: PlanSpec) -> str:
    if spec.id:
        return spec.id
    if spec.doc_number:  # the same document re-published is the same plan (a newer snapshot)
        return str(uuid.uuid5(_NS, f"{issuer_office_id}\0{spec.doc_number.casefold()}"))
    return str(uuid.uuid4())


def task_id_for(plan_id: str, code: str) -> str:
    return str(uuid.uuid5(uuid.UUID(plan_id), code.casefold()))


def save_plan(ctx: AppContext, spec: PlanSpec) -> str:
    """Province side: create or update the plan and its tasks (ids stable per plan + task code).
    Templates of the plan are stored as local templates with source plan:<id>. Returns the plan id."""
    if ctx.installation.level != PROVINCE:
        raise DnndError(translate("PlanErrors", "Only a province office issues plans and tasks packages."),
                        code="not_province")
    with ctx.session() as s:
        return save_plan_in(s, ctx, spec)


def save_plan_in(s: Session, ctx: AppContext, spec: PlanSpec) -> str:
    plan_id = plan_id_for(ctx.installation.office_id, spec)
    plan = s.get(Plan, plan_id)
    if plan is None:
        plan = Plan(id=plan_id, issuer_office_id=ctx.installation.office_id, sequence=0, status="published")
        s.add(plan)
    elif plan.issuer_office_id != ctx.installation.office_id:
        raise DnndError(translate("PlanErrors", "This plan was issued by another office and cannot be changed."),
                        code="not_issuer")
    plan.doc_number, plan.doc_date, plan.issuer = spec.doc_number, spec.doc_date, spec.issuer
    plan.title, plan.year, plan.last_year = spec.title, spec.year, spec.last_year
    plan.report_schedule = [dict(r) for r in spec.report_schedule]
    plan.body = {**{k: v for k, v in (plan.body or {}).items() if k == "published_hash"},
                 "templates": list(spec.templates),
                 "vocabularies": {k: [{"code": c, "label": lb} for c, lb in v] for k, v in spec.vocabularies.items()},
                 "valid_days": spec.valid_days}
    s.flush()
    writer = RecordWriter(s, ctx)
    existing = {t.id: t for t in s.scalars(select(Task).where(Task.plan_id == plan_id))}
    keep = set()
    for pos, t in enumerate(spec.tasks):
        tid = t.id or task_id_for(plan_id, t.code)
        keep.add(tid)
        values = {"code": t.code, "title": t.title, "description": t.description, "deadline": t.deadline,
                  "position": pos}
        row = existing.get(tid)
        if row is None:
            writer.create(Task, {"plan_id": plan_id, **values}, record_id=tid)
        else:
            if row.deleted:
                row.deleted = False
            writer.update(row, values)
    for tid, row in existing.items():
        if tid not in keep and not row.deleted:
            writer.delete(row)
    for template in spec.templates:
        code, version = template["code"], template["version"]
        stored = s.scalars(select(ReportTemplate).where(ReportTemplate.code == code,
                                                        ReportTemplate.version == version)).first()
        if stored is None:
            s.add(ReportTemplate(code=code, version=version, title=template["title"], source=f"plan:{plan_id}",
                                 body=template))
    s.flush()
    return plan_id


def plan_snapshot(s: Session, plan_id: str) -> dict[str, Any]:
    """The plan as published: what plan.json of a tasks package holds (PLAN.json format + ids)."""
    plan = s.get(Plan, plan_id)
    if plan is None:
        raise NotFound(translate("PlanErrors", "There is no plan «{plan_id}».").format(plan_id=plan_id),
                       code="plan_not_found")
    tasks = s.scalars(select(Task).where(Task.plan_id == plan_id, Task.deleted.is_(False))
                      .order_by(Task.position, Task.code)).all()
    body = plan.body or {}
    snap = {
        "format": PLAN_FORMAT, "version": PLAN_VERSION, "id": plan.id, "issuer_office_id": plan.issuer_office_id,
        "sequence": plan.sequence, "doc_number": plan.doc_number,
        "doc_date": plan.doc_date.isoformat() if plan.doc_date else None, "issuer": plan.issuer,
        "title": plan.title, "year": plan.year, "last_year": plan.last_year,
        "tasks": [{"id": t.id, "code": t.code, "title": t.title, "description": t.description,
                   "deadline": t.deadline.isoformat() if t.deadline else None} for t in tasks],
        "report_schedule": list(plan.report_schedule or []),
        "templates": list(body.get("templates", [])),
        "vocabularies": body.get("vocabularies", {}),
        "valid_days": body.get("valid_days", 400),
    }
    return {k: v for k, v in snap.items() if v is not None}
