"""The plan editor of the province: plans (kế hoạch / hướng dẫn) with their document number, date,
issuer and title, numbered tasks, report schedule, templates and vocabularies; drafts kept until
published; publishing makes tasks packages for all or chosen lower offices (services.packages).

    svc = PlanService(ctx)
    svc.list_plans() -> list[PlanSummary]
    svc.new_draft() -> PlanDraft                         issuer and year filled in
    svc.get(plan_id) -> PlanDraft
    svc.validate(draft) -> PlanSpec                      PlanInvalid lists every problem (Vietnamese)
    svc.save_draft(draft) -> str                         plan id; a never-published plan stays a draft
    svc.publish(plan_id, secret, out_dir, office_ids=None, per_office=True) -> PublishResult
    svc.delete_draft(plan_id)                            only a plan that never left the office
    svc.plan_json(plan_id) -> dict                       the PLAN.json of docs/plan-format.md
    parse_plan_text(text) -> PlanDraft                   a pasted plan document -> numbered tasks

A draft is a Plan row with status "draft" (sequence 0). Publishing gives it the next sequence when
its content changed since the last publish (the exporter decides); a plan edited after publishing
shows as "modified" until it is published again.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...domain.errors import DnndError, NotFound, ValidationError
from ...domain.messages import render, translate
from ...domain.periods import KIND_LABELS
from ...domain.progress import CancelToken, ProgressCallback, no_progress
from ...domain.text import clean, file_slug, fold, nfc
from ...domain.vocab import vocabulary_names
from ...exchange.keys import SecretKeys
from ...storage.models import Plan, Task
from ..audit import write_audit
from ..packages import ExportResult, PlanSpec, export_package, parse_plan
from ..packages.common import json_bytes
from ..packages.plan_schema import PLAN_FORMAT, PLAN_VERSION
from ..packages.plans import plan_snapshot, save_plan_in
from ..reports.templates import TemplateInfo, get_template, list_templates
from .common import require_province
from .offices import list_offices
from .plan_dates import programme_years, task_deadline

if TYPE_CHECKING:
    from ..app_context import AppContext

DRAFT, PUBLISHED, MODIFIED = "draft", "published", "modified"
STATUS_LABELS = {DRAFT: translate("ProvincePlans", "Draft"), PUBLISHED: translate("ProvincePlans", "Sent"),
                 MODIFIED: translate("ProvincePlans", "Changed after sending")}
PERIOD_KIND_LABELS = KIND_LABELS   # the periods' own names (domain/periods.py), rendered when read


@dataclass
class TaskDraft:
    code: str
    title: str
    description: str | None = None
    deadline: dt.date | None = None


@dataclass
class ScheduleEntry:
    """A report deadline: template (None: the default), period kind, and "MM-DD" (or a day of the
    month for monthly reports, with period_offset -1 when due in the next month)."""

    period_kind: str
    due: str | None = None            # "05-15"
    template: str | None = None
    due_day: int | None = None
    period_offset: int = 0

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"period_kind": self.period_kind}
        if self.template:
            d["template"] = self.template
        if self.due_day is not None:
            d["due_day"] = self.due_day
        else:
            d["due"] = self.due
        if self.period_offset:
            d["period_offset"] = self.period_offset
        return d

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> ScheduleEntry:
        return cls(d["period_kind"], d.get("due"), d.get("template"), d.get("due_day"), d.get("period_offset", 0))

    @property
    def due_label(self) -> str:
        if self.due_day is not None:
            return str(translate("ProvincePlans", "day {day} of each month").format(day=self.due_day))
        month, day = (self.due or "0-0").split("-")
        return f"{int(day)}/{int(month)}"


@dataclass
class PlanDraft:
    """What the plan editor edits (plain data; dates as dt.date)."""

    title: str = ""
    doc_number: str | None = None
    doc_date: dt.date | None = None
    issuer: str | None = None
    year: int | None = None
    tasks: list[TaskDraft] = field(default_factory=list)
    report_schedule: list[ScheduleEntry] = field(default_factory=list)
    templates: list[dict[str, Any]] = field(default_factory=list)          # template JSON bodies sent with the plan
    vocabularies: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    valid_days: int = 400
    id: str | None = None
    last_year: int | None = None     # a programme over several years: its last year (year is the first)

    @property
    def template_codes(self) -> list[str | None]:
        return [t.get("code") for t in self.templates]


@dataclass(frozen=True)
class PlanSummary:
    id: str
    doc_number: str | None
    doc_date: dt.date | None
    title: str
    year: int | None
    status: str
    status_label: str
    sequence: int
    task_count: int
    schedule_text: str


@dataclass
class PublishResult:
    plan_id: str
    sequence: int
    packages: list[ExportResult]

    @property
    def paths(self) -> list[str]:
        return [p.path for p in self.packages]

    def to_dict(self) -> dict[str, Any]:
        return {"plan_id": self.plan_id, "sequence": self.sequence,
                "packages": [p.to_dict() for p in self.packages]}


def plan_object(draft: PlanDraft) -> dict[str, Any]:
    """The draft in the PLAN.json format (docs/plan-format.md)."""
    obj: dict[str, Any] = {
        "format": PLAN_FORMAT, "version": PLAN_VERSION, "title": draft.title,
        "tasks": [{k: v for k, v in {"code": t.code, "title": t.title, "description": t.description or None,
                                     "deadline": t.deadline.isoformat() if t.deadline else None}.items()
                   if v is not None} for t in draft.tasks],
        "report_schedule": [e.to_dict() for e in draft.report_schedule],
        "templates": list(draft.templates),
        "vocabularies": {name: [{"code": c, "label": lb} for c, lb in terms]
                         for name, terms in draft.vocabularies.items() if terms},
        "valid_days": draft.valid_days,
    }
    for key in ("doc_number", "issuer", "year", "last_year", "id"):
        value = getattr(draft, key)
        if value not in (None, ""):
            obj[key] = value
    if draft.doc_date:
        obj["doc_date"] = draft.doc_date.isoformat()
    return obj


def _schedule_text(entries: Iterable[Mapping[str, Any]] | None) -> str:
    parts = []
    for e in entries or []:
        entry = ScheduleEntry.from_dict(e)
        parts.append(f"{PERIOD_KIND_LABELS.get(entry.period_kind, entry.period_kind)}: {entry.due_label}")
    return "; ".join(parts)


def _published_digest(s: Session, plan_id: str) -> str:
    snap = plan_snapshot(s, plan_id)
    snap.pop("sequence", None)
    return hashlib.sha256(json_bytes(snap)).hexdigest()


class PlanService:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx

    # -- queries ------------------------------------------------------------------------------------
    def list_plans(self) -> list[PlanSummary]:
        me = self.ctx.installation.office_id
        with self.ctx.session() as s:
            counts = dict(s.execute(select(Task.plan_id, func.count()).where(Task.deleted.is_(False))
                                    .group_by(Task.plan_id)).all())
            out: list[PlanSummary] = []
            for p in s.scalars(select(Plan).where(Plan.issuer_office_id == me)):
                status = self._status(s, p)
                out.append(PlanSummary(p.id, p.doc_number, p.doc_date, p.title, p.year, status,
                                       render(STATUS_LABELS[status]), p.sequence or 0, counts.get(p.id, 0),
                                       _schedule_text(p.report_schedule)))
        out.sort(key=lambda p: (p.doc_date or dt.date.min, p.title), reverse=True)
        return out

    def _status(self, s: Session, plan: Plan) -> str:
        if not plan.sequence:
            return DRAFT
        if (plan.body or {}).get("published_hash") != _published_digest(s, plan.id):
            return MODIFIED
        return PUBLISHED

    def get(self, plan_id: str) -> PlanDraft:
        with self.ctx.session() as s:
            plan = self._own(s, plan_id)
            snap = plan_snapshot(s, plan.id)
        return PlanDraft(
            title=snap["title"], doc_number=snap.get("doc_number"),
            doc_date=dt.date.fromisoformat(snap["doc_date"]) if snap.get("doc_date") else None,
            issuer=snap.get("issuer"), year=snap.get("year"), last_year=snap.get("last_year"),
            tasks=[TaskDraft(t["code"], t["title"], t.get("description"),
                             dt.date.fromisoformat(t["deadline"]) if t.get("deadline") else None)
                   for t in snap["tasks"]],
            report_schedule=[ScheduleEntry.from_dict(e) for e in snap.get("report_schedule", [])],
            templates=list(snap.get("templates", [])),
            vocabularies={k: [(v["code"], v["label"]) for v in terms]
                          for k, terms in snap.get("vocabularies", {}).items()},
            valid_days=snap.get("valid_days", 400), id=plan.id)

    def plan_json(self, plan_id: str) -> dict[str, Any]:
        return plan_object(self.get(plan_id))

    def new_draft(self, today: dt.date | None = None) -> PlanDraft:
        today = today or dt.date.today()
        inst = self.ctx.installation
        name = inst.office_name
        # The issuer line of the plan document: Vietnamese wording of the document itself.
        issuer = name if name.casefold().startswith("ban thường trực") else f"Ban Thường trực {name}"
        return PlanDraft(issuer=issuer, year=today.year, doc_date=today,
                         report_schedule=[ScheduleEntry("half", "05-15"), ScheduleEntry("year", "11-20")])

    def templates_available(self) -> list[TemplateInfo]:
        """Report templates the plan may carry (TemplateInfo: code, version, title, source...)."""
        with self.ctx.session() as s:
            return list_templates(s)

    def template_body(self, code: str) -> dict[str, Any]:
        """The latest version of a template, as the plan carries it (built-in ones included)."""
        with self.ctx.session() as s:
            return dict(get_template(s, code).body)

    @staticmethod
    def vocabulary_names() -> list[str]:
        return sorted(set(vocabulary_names()) - {"country"})

    # -- edits --------------------------------------------------------------------------------------
    def validate(self, draft: PlanDraft) -> PlanSpec:
        """The draft as the packages will see it; PlanInvalid lists every problem in Vietnamese."""
        return parse_plan(plan_object(_normalised(draft)))

    def save_draft(self, draft: PlanDraft) -> str:
        """Save (create or update) the plan and its tasks. Nothing is sent. Returns the plan id,
        which the draft keeps from then on."""
        require_province(self.ctx, translate("ProvinceErrors", "write plans for lower offices"))
        spec = self.validate(draft)
        with self.ctx.session() as s:
            existed = spec.id is not None and s.get(Plan, spec.id) is not None
            plan_id = save_plan_in(s, self.ctx, spec)
            plan = self._own(s, plan_id)
            if not plan.sequence:
                plan.status = DRAFT
            note = (translate("ProvincePlans", "Plan «{title}» changed ({count} tasks)") if existed else
                    translate("ProvincePlans", "Plan «{title}» written ({count} tasks)"))
            write_audit(s, self.ctx, "plan_save", "plan", plan_id,
                        details=str(note.format(title=plan.title, count=len(spec.tasks))))
        draft.id = plan_id
        return plan_id

    def delete_draft(self, plan_id: str) -> None:
        with self.ctx.session() as s:
            plan = self._own(s, plan_id)
            if plan.sequence:
                raise DnndError(translate("ProvinceErrors", "The plan has been sent to lower offices, so it cannot be "
                                          "deleted. To change it, edit it and send it again (the new version "
                                          "replaces the old one)."), code="plan_published")
            for t in s.scalars(select(Task).where(Task.plan_id == plan_id)):
                s.delete(t)
            s.flush()   # the tasks go before the plan they point to
            write_audit(s, self.ctx, "plan_delete", "plan", plan_id, details=plan.title)
            s.delete(plan)

    def publish(self, plan_id: str, secret: SecretKeys, out_dir: str | os.PathLike[str],
                office_ids: list[str] | None = None, per_office: bool = True,
                progress: ProgressCallback | None = None, cancel: CancelToken | None = None) -> PublishResult:
        """Tasks packages for the chosen lower offices (all active ones when None). One file per
        office (it then also carries the answers to that office's reports), or one for all."""
        require_province(self.ctx, translate("ProvinceErrors", "send plans to lower offices"))
        out = Path(out_dir)
        if not out.is_dir():
            raise ValidationError(translate("ProvinceErrors", "The folder «{folder}» does not exist. Choose a folder "
                                            "to save the packages in.").format(folder=out),
                                  field_errors={"out_dir": str(out)}, code="folder_not_found")
        offices = {o.office_id: o for o in list_offices(self.ctx)}
        targets = list(office_ids) if office_ids else list(offices)
        unknown = [t for t in targets if t not in offices]
        if unknown:
            raise NotFound(translate("ProvinceErrors", "«{office}» is not a registered lower office. Register the "
                                     "office on the Lower offices page first.").format(office=unknown[0]),
                           code="recipient_not_trusted")
        if not targets:
            raise DnndError(translate("ProvinceErrors", "No lower office is registered yet. Receive the identity "
                                      "cards of the offices and register them on the Lower offices page before "
                                      "sending the plan."), code="no_lower_offices")
        with self.ctx.session() as s:
            plan = self._own(s, plan_id)
            stem = file_slug(plan.doc_number or plan.title)[:40] or "ke-hoach"
        results: list[ExportResult] = []
        groups = [[t] for t in targets] if per_office else [targets]
        for group in groups:
            suffix = file_slug(offices[group[0]].unit_name or offices[group[0]].name)[:40] if per_office else "tat-ca"
            path = _free_path(out / f"nhiem-vu-{stem}-{suffix}.dnnd")
            results.append(export_package(self.ctx, kind="tasks", to=group, out_path=path, secret=secret,
                                          plan=plan_id, progress=progress or no_progress, cancel=cancel))
        return PublishResult(plan_id, results[-1].sequence, results)

    def _own(self, s: Session, plan_id: str) -> Plan:
        plan = s.get(Plan, plan_id)
        if plan is None or plan.issuer_office_id != self.ctx.installation.office_id:
            raise NotFound(translate("ProvinceErrors", "This office has issued no plan «{plan_id}».")
                           .format(plan_id=plan_id), code="plan_not_found")
        return plan


def _normalised(draft: PlanDraft) -> PlanDraft:
    """Blank task rows (added and left empty in the editor) are dropped; text is NFC."""
    tasks = [TaskDraft((t.code or "").strip(), nfc(t.title or "").strip(), nfc(t.description or "").strip() or None,
                       t.deadline) for t in draft.tasks
             if (t.code or "").strip() or (t.title or "").strip() or (t.description or "").strip()]
    return PlanDraft(clean(draft.title) or "", clean(draft.doc_number), draft.doc_date, clean(draft.issuer),
                     draft.year, tasks, list(draft.report_schedule), list(draft.templates),
                     {k: [(c, lb) for c, lb in v] for k, v in draft.vocabularies.items()}, draft.valid_days,
                     draft.id, draft.last_year)


def vocab_code(label: str) -> str:
    """A vocabulary code from a Vietnamese label: "Giao lưu thanh niên" -> "giao_luu_thanh_nien"."""
    return re.sub(r"[^a-z0-9]+", "_", fold(label or "")).strip("_")[:60]


def _free_path(path: Path) -> Path:
    n = 2
    candidate = path
    while candidate.exists():
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
        n += 1
    return candidate


# -- a pasted plan document -> a draft -------------------------------------------------------------
# The Vietnamese below recognises the wording of the province's documents: data, not UI text.
_ROMAN = r"(?:I|II|III|IV|V|VI|VII|VIII|IX|X)"
_SECTION = re.compile(rf"^\**\s*({_ROMAN})\.\s+(.+?)\**$")
_ITEM = re.compile(r"^\**\s*(\d{1,2}(?:\.\d{1,2})?)\.?\s+(.+?)\**$")
# "Số: 12/HD-MTTQ-BTT", and the Party style "Số: 183 -KH/DDLHHN-TTĐN" (number, hyphen, symbol).
_NUMBER = re.compile(r"Số\s*:\s*([0-9]*\s*[/-]\s*[A-ZĐ0-9][A-ZĐa-z0-9\-/]*)")
_DATE = re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})")
_DOC_TYPES = ("HƯỚNG DẪN", "KẾ HOẠCH", "CHƯƠNG TRÌNH")
_SCHEDULE_HINT = re.compile(r"định kỳ|6 tháng|06 tháng|hằng năm|hàng năm|cuối năm", re.IGNORECASE)
_DAY_MONTH = re.compile(r"(?<![\d/])(\d{1,2})\s*(?:/|\s+tháng\s+)(\d{1,2})(?![\d/])")
MAX_TITLE = 500


def parse_plan_text(text: str) -> PlanDraft:
    """Read a plan document typed or pasted as text (as the province writes them: "I. ..." sections,
    "1." and "1.1." items) into a draft: number, date, title, year, one task per numbered item
    coded "I.1", "II.3", "II.1.2"; the report dates of a line such as "Định kỳ ngày 15/5; 20/11
    hằng năm ... báo cáo" become the 6-month and year deadlines. Items of a "Mục đích, yêu cầu"
    section are not tasks. A person checks the result in the editor."""
    lines = [nfc(line).strip() for line in (text or "").replace("\r\n", "\n").split("\n")]
    draft = PlanDraft()
    m = next((_NUMBER.search(line) for line in lines if _NUMBER.search(line)), None)
    if m:
        number = re.sub(r"\s+", "", m.group(1))
        draft.doc_number = None if number.startswith(("/", "-")) else number
    m = next((_DATE.search(line) for line in lines[:15] if _DATE.search(line)), None)
    if m:
        try:
            draft.doc_date = dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        except ValueError:
            pass
    for i, line in enumerate(lines):
        head = line.strip("* ")
        if head.upper() == head and len(head) < 40 and head.startswith(_DOC_TYPES):
            rest: list[str] = []
            for nxt in lines[i + 1:]:
                if not nxt:
                    if rest:
                        break
                    continue
                if _SECTION.match(nxt) or nxt.startswith(("Thực hiện", "Căn cứ")):
                    break
                rest.append(nxt.strip("*_ "))
            joined = " ".join(rest)
            draft.title = clean(f"{head.capitalize()} {joined[:1].lower()}{joined[1:]}") or head.capitalize()
            break
    years = re.findall(r"năm (\d{4})", draft.title)
    span = programme_years(draft.title)
    if span:
        draft.year, draft.last_year = span
    else:
        draft.year = int(years[-1]) if years else (draft.doc_date.year if draft.doc_date else None)

    section, skip, current = "", False, None
    pending: TaskDraft | None = None
    seen: set[str] = set()
    for line in lines:
        if not line:
            continue
        if fold(line).startswith("noi nhan") or line.startswith(("TM.", "KT.")):
            break   # the closing of the document: recipients and signature
        if not draft.report_schedule:
            draft.report_schedule = _schedule_from(line)
        sm = _SECTION.match(line)
        if sm:
            _close_section(draft, pending)
            section = sm.group(1)
            skip = fold(sm.group(2)).startswith("muc dich")
            # A section without numbered items becomes one task (its bullets the description).
            pending = current = None if skip else TaskDraft(section, _sentence_case(sm.group(2).strip("*_ ")))
            continue
        im = _ITEM.match(line)
        if im and not skip and not re.match(r"^\d{1,2}\.\d{1,2}\.\d", line):
            code = f"{section}.{im.group(1)}" if section else im.group(1)
            if code.casefold() not in seen:
                seen.add(code.casefold())
                title = im.group(2).strip("*_ ")
                desc = None
                if len(title) > MAX_TITLE:
                    cut = title.rfind(" ", 0, MAX_TITLE)
                    title, desc = title[:cut] + "…", "…" + title[cut + 1:]
                current = TaskDraft(code, title, desc)
                draft.tasks.append(current)
                pending = None
                continue
        if current is not None and not skip:
            current.description = f"{current.description}\n{line}" if current.description else line
    _close_section(draft, pending)
    for task in draft.tasks:
        if task.deadline is None:
            task.deadline = task_deadline(f"{task.title}\n{task.description or ''}", draft.year)
    return draft


_PROPER = (("việt nam", "Việt Nam"), ("mặt trận tổ quốc", "Mặt trận Tổ quốc"), ("mttq", "MTTQ"),
           ("trung quốc", "Trung Quốc"), ("lào", "Lào"), ("campuchia", "Campuchia"))


def _sentence_case(text: str) -> str:
    """ "CÔNG TÁC ĐỐI VỚI NGƯỜI VIỆT NAM Ở NƯỚC NGOÀI" -> "Công tác đối với người Việt Nam ở nước ngoài"."""
    if text.upper() != text:
        return text
    out = text.capitalize()
    for low, proper in _PROPER:
        out = re.sub(rf"\b{low}\b", proper, out)
    return out


def _close_section(draft: PlanDraft, pending: TaskDraft | None) -> None:
    if pending is not None and pending.description:
        draft.tasks.append(pending)


def _schedule_from(line: str) -> list[ScheduleEntry]:
    if not (_SCHEDULE_HINT.search(line) and "báo cáo" in line.lower()):
        return []
    pairs = [(int(d), int(mo)) for d, mo in _DAY_MONTH.findall(line) if 1 <= int(mo) <= 12 and 1 <= int(d) <= 31]
    return [ScheduleEntry(k, f"{mo:02d}-{d:02d}") for k, (d, mo) in zip(("half", "year"), pairs, strict=False)]
