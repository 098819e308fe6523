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
import re
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain.deadlines import ScheduleError, parse_schedule_rule
from ...domain.errors import DnndError, NotFound, ValidationError
from ...domain.messages import Text, translate
from ...domain.report_template import TemplateError, builtin_codes, parse_template
from ...domain.roles import PROVINCE
from ...domain.text import clean, nfc
from ...domain.vocab import vocabulary_names
from ...storage.models import Plan, ReportTemplate, Task
from ..joined_texts import joined
from ..record_writer import RecordWriter

if TYPE_CHECKING:
    from ..app_context import AppContext

PLAN_FORMAT = "dnnd-plan"
PLAN_VERSION = 1
MAX_TASKS = 2000
_NS = uuid.UUID("5b0f3c1e-2d43-4c36-9a8e-6a1f0e6d2c11")
_TOP = {"format", "version", "id", "doc_number", "doc_date", "issuer", "title", "year", "tasks",
        "report_schedule", "templates", "vocabularies", "valid_days", "sequence", "issuer_office_id"}
_TASK = {"id", "code", "title", "description", "deadline"}
_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9.\-/]{0,19}$")
_VOCAB_CODE = re.compile(r"^[a-z0-9][a-z0-9_\-]{0,59}$")
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_PLAN = translate("PlanErrors", "plan")   # where a problem is, for the plan's own fields
_SHOWN = 6   # problems named in the error; details["problems"] lists them all


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


def _date(value: object, where: Text, problems: list[Text]) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    problems.append(translate("PlanErrors", "{where}: the date «{value}» must be written YEAR-MONTH-DAY, e.g. "
                              "2026-05-15").format(where=where, value=value))
    return None


def _text(obj: dict, key: str, where: Text, problems: list[Text], required: bool = False,
          limit: int = 500, multiline: bool = False) -> str | None:
    value = obj.get(key)
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            problems.append(translate("PlanErrors", "{where}: «{key}» is missing").format(where=where, key=key))
        return None
    if not isinstance(value, str):
        problems.append(translate("PlanErrors", "{where}: «{key}» must be text").format(where=where, key=key))
        return None
    text = nfc(value).strip() if multiline else clean(value)
    if len(text) > limit:
        problems.append(translate("PlanErrors", "{where}: «{key}» is longer than {limit} characters")
                        .format(where=where, key=key, limit=limit))
    return text


def parse_plan(obj: object) -> PlanSpec:
    """Validate a plan (from PLAN.json or from a tasks package). Raises PlanInvalid listing problems."""
    problems: list[Text] = []
    if not isinstance(obj, dict):
        raise PlanInvalid(translate("PlanErrors", "The plan file has the wrong format: its content must be a JSON "
                                    "object."))
    unknown = sorted(set(obj) - _TOP)
    if unknown:
        problems.append(translate("PlanErrors", "the field «{field}» is not part of the plan format")
                        .format(field=unknown[0]))
    if obj.get("format") != PLAN_FORMAT:
        problems.append(translate("PlanErrors", '«format» must be "{format}"').format(format=PLAN_FORMAT))
    version = obj.get("version")
    if type(version) is int and version > PLAN_VERSION:
        raise DnndError(translate("PlanErrors", "The plan file was made for a newer version of the app. Update "
                                  "the app."), code="newer_format")
    if version != PLAN_VERSION:
        problems.append(translate("PlanErrors", "«version» must be {version}").format(version=PLAN_VERSION))
    plan_id = obj.get("id")
    if plan_id is not None and not (isinstance(plan_id, str) and _UUID.match(plan_id)):
        problems.append(translate("PlanErrors", "«id» must be a lower-case UUID (or left out)"))
        plan_id = None
    title = _text(obj, "title", _PLAN, problems, required=True)
    doc_number = _text(obj, "doc_number", _PLAN, problems, limit=60)
    issuer = _text(obj, "issuer", _PLAN, problems, limit=300)
    doc_date = _date(obj.get("doc_date"), "doc_date", problems)
    year = obj.get("year")
    if year is not None and (type(year) is not int or not 2000 <= year <= 2200):
        problems.append(translate("PlanErrors", "«year» «{year}» must be a year, e.g. 2026").format(year=year))
        year = None
    raw_tasks = obj.get("tasks")
    tasks: list[TaskSpec] = []
    if not isinstance(raw_tasks, list) or not raw_tasks or len(raw_tasks) > MAX_TASKS:
        problems.append(translate("PlanErrors", "«tasks» must be a list of 1 to {max} tasks").format(max=MAX_TASKS))
        raw_tasks = []
    seen: set[str] = set()
    for i, t in enumerate(raw_tasks):
        where = f"tasks[{i}]"
        if not isinstance(t, dict):
            problems.append(translate("PlanErrors", "{where}: must be a JSON object").format(where=where))
            continue
        extra = sorted(set(t) - _TASK)
        if extra:
            problems.append(translate("PlanErrors", "{where}: there is no field «{field}»")
                            .format(where=where, field=extra[0]))
        code = t.get("code")
        if not isinstance(code, str) or not _CODE.match(code.strip()):
            problems.append(translate("PlanErrors", "{where}: the task code «{code}» must be short, without tone "
                                      "marks, e.g. «I.1», «II.3»").format(where=where, code=code))
            continue
        code = code.strip()
        if code.casefold() in seen:
            problems.append(translate("PlanErrors", "{where}: the task code «{code}» is used twice")
                            .format(where=where, code=code))
        seen.add(code.casefold())
        tid = t.get("id")
        if tid is not None and not (isinstance(tid, str) and _UUID.match(tid)):
            problems.append(translate("PlanErrors", "{where}: «id» must be a lower-case UUID").format(where=where))
            tid = None
        tasks.append(TaskSpec(code, _text(t, "title", where, problems, required=True, limit=2000, multiline=True)
                              or "", _text(t, "description", where, problems, limit=20000, multiline=True),
                              _date(t.get("deadline"), f"{where}.deadline", problems), tid))
    schedule = []
    raw_schedule = obj.get("report_schedule", [])
    if not isinstance(raw_schedule, list):
        problems.append(translate("PlanErrors", "«report_schedule» must be a list"))
        raw_schedule = []
    for i, entry in enumerate(raw_schedule):
        try:
            parse_schedule_rule(entry, f"report_schedule[{i}]")
            schedule.append(entry)
        except ScheduleError as exc:
            problems.append(exc.text)
    vocabularies: dict[str, tuple[tuple[str, str], ...]] = {}
    raw_vocab = obj.get("vocabularies", {})
    if not isinstance(raw_vocab, dict):
        problems.append(translate("PlanErrors", "«vocabularies» must be an object {{{name}: [{{code, label}}]}}")
                        .format(name=translate("PlanErrors", "vocabulary name")))
        raw_vocab = {}
    names = set(vocabulary_names()) - {"country"}
    for name, entries in raw_vocab.items():
        if name not in names:
            problems.append(translate("PlanErrors", "there is no vocabulary «{name}» (there are: {names})")
                            .format(name=name, names=", ".join(sorted(names))))
            continue
        if not isinstance(entries, list):
            problems.append(translate("PlanErrors", "vocabularies.{name}: must be a list").format(name=name))
            continue
        terms = []
        for j, e in enumerate(entries):
            ok = (isinstance(e, dict) and set(e) == {"code", "label"} and isinstance(e["code"], str)
                  and _VOCAB_CODE.match(e["code"]) and isinstance(e["label"], str) and clean(e["label"]))
            if not ok:
                problems.append(translate("PlanErrors", 'vocabularies.{name}[{index}]: needs {{"code": a code '
                                          'without tone marks, "label": a name}}').format(name=name, index=j))
                continue
            terms.append((e["code"], clean(e["label"])))
        vocabularies[name] = tuple(terms)
    templates = obj.get("templates", [])
    if not isinstance(templates, list):
        problems.append(translate("PlanErrors", "«templates» must be a list of report templates"))
        templates = []
    added = {n: {c for c, _ in ts} for n, ts in vocabularies.items()}

    def known(vocabulary: str) -> set[str]:
        return builtin_codes(vocabulary) | added.get(vocabulary, set())

    for t in templates:
        try:
            parse_template(t, known)
        except TemplateError as exc:
            problems.append(exc.text)
    valid_days = obj.get("valid_days", 400)
    if type(valid_days) is not int or not 1 <= valid_days <= 3660:
        problems.append(translate("PlanErrors", "«valid_days» must be a number of days from 1 to 3660"))
        valid_days = 400
    sequence = obj.get("sequence", 0)
    if type(sequence) is not int or sequence < 0:
        problems.append(translate("PlanErrors", "«sequence» must be a whole number, not negative"))
        sequence = 0
    if problems:
        raise PlanInvalid(_problems_text(problems), details={"problems": [str(p) for p in problems]})
    return PlanSpec(title=title or "", doc_number=doc_number, doc_date=doc_date, issuer=issuer, year=year,
                    tasks=tuple(tasks), report_schedule=tuple(schedule), templates=tuple(templates),
                    vocabularies=vocabularies, valid_days=valid_days, id=plan_id, sequence=sequence)


def _problems_text(problems: list[Text]):
    shown = joined(problems[:_SHOWN])
    if len(problems) > _SHOWN:
        return translate("PlanErrors", "The plan is not in the right format: {problems}; and {more} other errors. "
                         "Correct the plan file and try again (see docs/plan-format.md).").format(
            problems=shown, more=len(problems) - _SHOWN)
    return translate("PlanErrors", "The plan is not in the right format: {problems}. Correct the plan file and try "
                     "again (see docs/plan-format.md).").format(problems=shown)


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
    plan.title, plan.year = spec.title, spec.year
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
        "title": plan.title, "year": plan.year,
        "tasks": [{"id": t.id, "code": t.code, "title": t.title, "description": t.description,
                   "deadline": t.deadline.isoformat() if t.deadline else None} for t in tasks],
        "report_schedule": list(plan.report_schedule or []),
        "templates": list(body.get("templates", [])),
        "vocabularies": body.get("vocabularies", {}),
        "valid_days": body.get("valid_days", 400),
    }
    return {k: v for k, v in snap.items() if v is not None}
