"""What each package kind carries, how it is built from the database, validated, and applied.

Files per kind (names as in the payload; docs/package-format.md, "Package contents"):
    report    reports.json {"reports": [...]}  (+ reports/<id>.pdf)   lower office -> parent
              answers.json {"answers": [...]}                          parent -> lower office
    tasks     plan.json (docs/plan-format.md, with ids and sequence), trust.json {"card", "expires"},
              answers.json when there are answers for that office
    identity  card.json (the sender's identity card, same keys: refreshes name/site/expiry)
    sync      see sync_contents.py

Appliers write through the given session only, count every item as new / updated / unchanged /
conflicts / rejected, and never commit: the importer owns the one transaction.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain.messages import Message, Text, translate
from ...domain.report_template import KnownCodes, TemplateError, builtin_codes, parse_template
from ...domain.schema_errors import Naming, SchemaViolation, joined, problems
from ...exchange.package import PackageHeader
from ...storage.models import (
    Installation,
    Office,
    Plan,
    Report,
    ReportTemplate,
    Task,
    TrustedKey,
    VocabTerm,
    utcnow,
)
from ..identity import LOWER, PARENT, IdentityCard, IdentityCardInvalid, IdentityCardJson, parse_card
from ..record_writer import RecordWriter
from .common import CLOCK_SKEW, ContentInvalid, ImportRefused, Outcome, json_bytes, load_json
from .plans import PlanInvalid, PlanSpec, parse_plan
from .report_schema import (
    ANSWERS_NAMING,
    REPORTS_NAMING,
    AnswersFileSchema,
    ReportPayloadSchema,
    ReportsFileSchema,
)

if TYPE_CHECKING:
    from ..app_context import AppContext

# How an applier records an audit line: action, record kind, record id, new status, details.
AuditHook = Callable[[str, str, str, str, str | None], None]

# Columns stored on the receiving side (the rest: template installed separately, values derivable).
_REPORT_STORED = ("office_id", "template_code", "template_version", "period", "revision", "supersedes_id",
                  "number", "doc_date", "title", "indicators", "overrides", "narrative", "document",
                  "approved_by", "approved_at", "computed_at")
ANSWER_STATUSES = ("acknowledged", "returned")
# What a refusal names as the faulty part of a package (ContentInvalid's `what`).
REPORT = translate("PackageErrors", "report")
ANSWER = translate("PackageErrors", "answer to a report")
UNEXPECTED_FILE = translate("PackageErrors", "unexpected file")
PLAN = translate("PackageErrors", "plan")


def _iso(value: object) -> object:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


# ------------------------------------------------------------------------------------------- report


def answers_for(s: Session, office_id: str) -> list[dict[str, Any]]:
    """Answers (acknowledged / returned + comment) to the reports of a lower office."""
    rows = s.scalars(select(Report).where(Report.office_id == office_id, Report.answered_at.is_not(None),
                                          Report.status.in_(ANSWER_STATUSES))).all()
    return [{"report_id": r.id, "status": r.status, "comment": r.answer_comment,
             "answered_at": r.answered_at.isoformat()} for r in rows
            if r.answered_at is not None]   # (the query asked for answered reports only)


def report_files(payloads: list[dict[str, Any]], answers: list[dict[str, Any]],
                 pdfs: dict[str, bytes] | None = None) -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    if payloads:
        files["reports.json"] = json_bytes({"reports": payloads})
    for rid, pdf in (pdfs or {}).items():
        files[f"reports/{rid}.pdf"] = pdf
    if answers:
        files["answers.json"] = json_bytes({"answers": answers})
    return files


def _parse_time(value: str | None, what: Text) -> dt.datetime | None:
    if value is None:
        return None
    try:
        t = dt.datetime.fromisoformat(value)
    except (TypeError, ValueError) as e:
        raise ContentInvalid(what, str(e)) from e
    return t.astimezone(dt.UTC).replace(tzinfo=None) if t.tzinfo else t


def _refused(e: SchemaViolation, naming: Naming) -> ContentInvalid:
    """The content refusal naming the first problems (places only: reports hold personal data)."""
    found = problems(e, naming)
    return ContentInvalid(joined(found[:3]), joined(found[:10]).text("en"))


def _report(r: ReportPayloadSchema) -> dict[str, Any]:
    out = {k: getattr(r, k) for k in _REPORT_STORED}
    out["id"], out["template"] = r.id, r.template
    out["document"] = r.document or {}
    return out


@dataclass
class ReportContent:
    reports: list[dict[str, Any]]
    answers: list[dict[str, Any]]
    pdfs: dict[str, bytes]


def parse_report_files(files: dict[str, bytes]) -> ReportContent:
    reports_obj = load_json(files, "reports.json", required=False)
    answers_obj = load_json(files, "answers.json", required=False)
    reports, answers = [], []
    if reports_obj is not None:
        try:
            checked = ReportsFileSchema.model_validate(reports_obj)
        except SchemaViolation as e:
            raise _refused(e, REPORTS_NAMING) from None
        reports = [_report(r) for r in checked.reports]
    if answers_obj is not None:
        answers = parse_answers(answers_obj)
    pdfs = {}
    ids = {r["id"] for r in reports}
    for name, data in files.items():
        if name in ("reports.json", "answers.json"):
            continue
        m = re.fullmatch(r"reports/([0-9a-f-]{36})\.pdf", name)
        if not m or m.group(1) not in ids:
            raise ContentInvalid(UNEXPECTED_FILE, name)
        pdfs[m.group(1)] = data
    return ReportContent(reports, answers, pdfs)


def parse_answers(obj: object) -> list[dict[str, Any]]:
    """answers.json against its declared schema (report_schema.py)."""
    try:
        checked = AnswersFileSchema.model_validate(obj)
    except SchemaViolation as e:
        raise _refused(e, ANSWERS_NAMING) from None
    return [{"report_id": a.report_id, "status": a.status, "comment": a.comment, "answered_at": a.answered_at}
            for a in checked.answers]


def _install_template(s: Session, data: dict[str, Any] | None, source: str, outcome: Outcome) -> None:
    """The province may not have the template a lower office used: keep a copy so it can read it."""
    if not data:
        return
    code, version = data.get("code"), data.get("version")
    if s.scalars(select(ReportTemplate).where(ReportTemplate.code == code, ReportTemplate.version == version)).first():
        return
    try:
        spec = parse_template(data, _known_codes(s))
    except TemplateError:
        outcome.count("template", "rejected")
        return
    s.add(ReportTemplate(code=spec.code, version=spec.version, title=spec.title, source=source, body=spec.body))
    s.flush()
    outcome.count("template", "new")


def _known_codes(s: Session) -> KnownCodes:
    extra: dict[str, set[str]] = {}
    for t in s.scalars(select(VocabTerm).where(VocabTerm.active.is_(True))):
        extra.setdefault(t.vocabulary, set()).add(t.code)
    return lambda v: builtin_codes(v) | extra.get(v, set())


def apply_reports(s: Session, header: PackageHeader, sender: Office | None, content: ReportContent,
                  outcome: Outcome, arrived: dt.datetime | None = None) -> None:
    """Province side: reports from a lower office arrive as received. `arrived` (naive UTC, the
    import's clock) is when they count as received: submissions judge timeliness by it."""
    arrived = arrived or utcnow()
    for r in content.reports:
        if sender is None or sender.relation != LOWER or r["office_id"] != header.sender.office_id:
            outcome.count("report", "rejected")
            outcome.messages.append(translate(
                "PackageImport", "The report for {period} does not belong to the lower office that sent the package: "
                "skipped.").format(period=r["period"]))
            continue
        _install_template(s, r["template"], f"office:{r['office_id']}", outcome)
        row = s.get(Report, r["id"])
        values = {k: r[k] for k in _REPORT_STORED}
        if row is None:
            s.add(Report(id=r["id"], **values, status="received", received_at=arrived, sent_at=arrived))
            outcome.count("report", "new")
            continue
        if row.office_id != r["office_id"]:
            outcome.count("report", "rejected")
            continue
        if all(getattr(row, k) == v for k, v in values.items()):
            outcome.count("report", "unchanged")
        elif row.status in ANSWER_STATUSES:
            # Answered reports are frozen; a correction comes as a new revision (a new id).
            outcome.count("report", "rejected")
            outcome.messages.append(translate(
                "PackageImport", "The report for {period} has already been answered; a correction must be sent as a "
                "new revision.").format(period=r["period"]))
        else:
            for k, v in values.items():
                setattr(row, k, v)
            row.status, row.received_at, row.updated_at = "received", arrived, utcnow()
            outcome.count("report", "updated")


def apply_answers(s: Session, me_office_id: str, sender: Office | None, answers: list[dict[str, Any]],
                  outcome: Outcome, audit: AuditHook | None = None, now: dt.datetime | None = None) -> None:
    """Lower side: the parent's answers to our reports (acknowledged / returned + comment). An
    answer dated beyond `now` + CLOCK_SKEW (the import's clock) counts as answered `now`: a wrong
    clock at the parent must not make every later answer look older."""
    for a in answers:
        if now is not None and a["answered_at"] > now + CLOCK_SKEW:
            a = {**a, "answered_at": now}
        row = s.get(Report, a["report_id"])
        if sender is None or sender.relation != PARENT or row is None or row.office_id != me_office_id:
            outcome.count("answer", "rejected")
            continue
        if row.answered_at is not None and row.answered_at >= a["answered_at"]:
            outcome.count("answer", "unchanged")
            continue
        # Same effect as ReportService.record_answer, inside the import's one transaction.
        row.status, row.answer_comment, row.answered_at = a["status"], a["comment"], a["answered_at"]
        row.received_at = row.received_at or a["answered_at"]
        row.updated_at = utcnow()
        if audit is not None:
            audit("report_answer", "report", row.id, a["status"], a["comment"])
        outcome.count("answer", "updated")
        outcome.messages.append(_answer_note(a["status"], a["comment"]).format(period=row.period,
                                                                              comment=a["comment"]))


def _answer_note(status: str, comment: str | None) -> Message:
    if status == "acknowledged":
        if comment:
            return translate("PackageImport", "The parent office acknowledged the report {period}: {comment}")
        return translate("PackageImport", "The parent office acknowledged the report {period}.")
    if comment:
        return translate("PackageImport", "The parent office returned the report {period} for correction: {comment}")
    return translate("PackageImport", "The parent office returned the report {period} for correction.")


# -------------------------------------------------------------------------------------------- tasks


@dataclass
class TasksContent:
    plan: dict[str, Any]
    card: IdentityCard
    expires: dt.datetime
    answers: list[dict[str, Any]]
    revoked: list[dict[str, str]] = field(default_factory=list)   # keys the parent no longer trusts


def trust_data(card_dict: IdentityCardJson, expires: dt.datetime) -> bytes:
    return json_bytes({"card": card_dict, "expires": expires.strftime("%Y-%m-%dT%H:%M:%SZ")})


def parse_tasks_files(files: dict[str, bytes], header: PackageHeader) -> TasksContent:
    extra = set(files) - {"plan.json", "trust.json", "answers.json", REVOKED_FILE}
    if extra:
        raise ContentInvalid(UNEXPECTED_FILE, min(extra))
    plan_obj = load_json(files, "plan.json")
    try:
        spec = parse_plan(plan_obj)
    except PlanInvalid as e:
        raise ImportRefused(translate("PackageErrors", "The plan in the tasks package is not valid: {problem}")
                            .format(problem=e.text), code="content_invalid", details=e.details) from e
    if not isinstance(plan_obj, dict):   # (parse_plan has refused anything but an object)
        raise ContentInvalid(PLAN)
    if not spec.id or plan_obj.get("issuer_office_id") != header.sender.office_id:
        raise ContentInvalid(PLAN, "plan id or issuer missing or not the sender")
    if any(t.id is None for t in spec.tasks):
        raise ContentInvalid(PLAN, "task ids")
    if plan_obj.get("sequence") != header.sequence:
        raise ContentInvalid(PLAN, "plan sequence differs from the header's")
    trust = load_json(files, "trust.json")
    if not isinstance(trust, dict) or set(trust) != {"card", "expires"}:
        raise ContentInvalid("trust.json")
    try:
        card = parse_card(trust["card"])
    except IdentityCardInvalid as e:
        raise ContentInvalid(translate("PackageErrors", "identity card in the package"),
                             e.details.get("reason", "")) from e
    expires = _parse_time(trust["expires"].replace("Z", "+00:00") if isinstance(trust["expires"], str) else None,
                          "trust.json")
    if expires is None:
        raise ContentInvalid("trust.json", "expires")
    answers = parse_answers(load_json(files, "answers.json")) if "answers.json" in files else []
    revoked = parse_revoked(load_json(files, REVOKED_FILE)) if REVOKED_FILE in files else []
    return TasksContent(plan_obj, card, expires, answers, revoked)


# ------------------------------------------------------------------------------------ revocation

REVOKED_FILE = "revoked.json"
_KEY_ID = re.compile(r"[0-9a-f]{16}")
_OFFICE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,63}")
MAX_REVOKED = 10_000


def revocation_files(s: Session) -> dict[str, bytes]:
    """`revoked.json` for a tasks package: every key this office revoked, so the offices below stop
    trusting it too (a stolen laptop is cut off everywhere with one action at the province)."""
    rows = s.scalars(select(TrustedKey).where(TrustedKey.revoked_at.is_not(None))
                     .order_by(TrustedKey.office_id, TrustedKey.key_id)).all()
    if not rows:
        return {}
    return {REVOKED_FILE: json_bytes({"revoked": [{"office_id": r.office_id, "key_id": r.key_id}
                                                  for r in rows[:MAX_REVOKED]]})}


def parse_revoked(obj: object) -> list[dict[str, str]]:
    items = obj.get("revoked") if isinstance(obj, dict) and set(obj) == {"revoked"} else None
    if not isinstance(items, list) or len(items) > MAX_REVOKED:
        raise ContentInvalid(REVOKED_FILE, "not {revoked: [...]}")
    out = []
    for item in items:
        if (not isinstance(item, dict) or set(item) != {"office_id", "key_id"}
                or not isinstance(item["office_id"], str) or not _OFFICE_ID.fullmatch(item["office_id"])
                or not isinstance(item["key_id"], str) or not _KEY_ID.fullmatch(item["key_id"])):
            raise ContentInvalid(REVOKED_FILE, "entry is not {office_id, key_id}")
        out.append({"office_id": item["office_id"], "key_id": item["key_id"]})
    return out


def apply_revocations(s: Session, ctx: AppContext, header: PackageHeader, revoked: list[dict[str, str]],
                      outcome: Outcome) -> None:
    """Revoke here the keys the parent revoked (only revoking: a parent can never make us trust a
    key). Audited like a revocation made here; undoing one needs the explicit restore action."""
    from ..audit import write_audit

    for item in revoked:
        row = s.scalars(select(TrustedKey).where(TrustedKey.key_id == item["key_id"],
                                                 TrustedKey.office_id == item["office_id"])).first()
        if row is None:
            continue
        if row.revoked_at is not None:
            outcome.count("revocation", "unchanged")
            continue
        row.revoked_at = utcnow()
        write_audit(s, ctx, "trust_revoke", "office", row.office_id, details=str(translate(
            "Trust", "{office} — key {key_id} — revoked by the parent office «{parent}»").format(
            office=row.office_name, key_id=row.key_id, parent=header.sender.office_id)))
        outcome.count("revocation", "updated")
        outcome.messages.append(translate("PackageImport", "The parent office revoked the key of «{office}»: "
                                          "packages signed with it are no longer accepted here.")
                                .format(office=row.office_name))


_FUTURE = -2
FUTURE_CARD_NOTE = translate(
    "PackageImport", "The identity card in this package is dated later than the date on this computer, so it was "
    "not taken. Check the date and time on this computer (and ask the sending office to check theirs).")


def trust_version_order(row: TrustedKey, card: IdentityCard, expires: dt.datetime | None,
                        now: dt.datetime) -> int:
    """1 when `card` (with `expires`) is newer trust data than the row holds, 0 when the same or
    older, _FUTURE when dated beyond this computer's clock + CLOCK_SKEW (never taken: it would
    lock newer data out). The version of trust data is its card's `created` time (whole seconds,
    set when the sender makes the card), then its expiry."""
    if card_time(card.created) > now + CLOCK_SKEW:
        return _FUTURE
    stored = (row.card or {}).get("created") or ""
    if card.created > stored:
        return 1
    if card.created < stored:
        return 0
    same = row.card == card.to_dict() and (expires is None or row.expires_at == expires)
    later = expires is not None and (row.expires_at is None or expires > row.expires_at)
    return 1 if not same and later else 0


def card_time(created: str) -> dt.datetime:
    return dt.datetime.strptime(created, "%Y-%m-%dT%H:%M:%SZ")


class TrustDataExpired(ImportRefused):
    code = "trust_expired"

    def __init__(self, office_name: str) -> None:
        super().__init__(translate(
            "PackageErrors", "The trust data of «{office_name}» has expired. This package was not imported: ask that "
            "office to send a new tasks package (or a new identity card, to compare the fingerprint again).")
            .format(office_name=office_name))


def apply_tasks(s: Session, ctx: AppContext, header: PackageHeader, signer_key: TrustedKey | None,
                content: TasksContent, now: dt.datetime, outcome: Outcome) -> None:
    card = content.card
    # (A signer without a trust row cannot pass the container's checks; refused like a mismatch.)
    if signer_key is None or card.office_id != header.sender.office_id or card.sign_pk != bytes(signer_key.sign_pk) \
            or card.box_pk != bytes(signer_key.box_pk):
        raise ImportRefused(translate(
            "PackageErrors", "The trust data in the tasks package does not match the key that signed the package. "
            "This package was not imported: call the parent office to check."), code="trust_mismatch")
    if content.expires <= now:
        raise TrustDataExpired(card.name)
    # Trust data: refresh the province's card and its expiry (TUF-style: it must be renewed), but
    # never back to an older version: a replayed old tasks package leaves the newer data in place.
    take = trust_version_order(signer_key, card, content.expires, now)
    if take > 0:
        signer_key.expires_at, signer_key.card = content.expires, dict(card.to_dict())
        signer_key.office_name, signer_key.site_id = card.name, card.site_id
        outcome.count("trust", "updated")
    else:
        outcome.count("trust", "unchanged")
        if take == _FUTURE:
            outcome.messages.append(FUTURE_CARD_NOTE)
    apply_revocations(s, ctx, header, content.revoked, outcome)

    spec = parse_plan(content.plan)
    plan = s.get(Plan, spec.id)
    if plan is not None and plan.issuer_office_id != header.sender.office_id:
        raise ImportRefused(translate("PackageErrors", "The tasks package uses the plan id of another office. This "
                                      "package was not imported."), code="content_invalid")
    if plan is not None and plan.sequence > spec.sequence:
        outcome.count("plan", "rejected")
        outcome.messages.append(translate(
            "PackageImport", "This package holds version {version} of the plan «{title}», older than version "
            "{received} already received: the newer version is kept.")
            .format(version=spec.sequence, title=plan.title, received=plan.sequence))
        return
    if plan is not None and plan.sequence == spec.sequence:
        outcome.count("plan", "unchanged")
        outcome.count("task", "unchanged", len(spec.tasks))
        return
    if plan is None:
        plan = Plan(id=spec.id, issuer_office_id=header.sender.office_id)
        s.add(plan)
        outcome.count("plan", "new")
    else:
        outcome.count("plan", "updated")
    plan.sequence, plan.doc_number, plan.doc_date = spec.sequence, spec.doc_number, spec.doc_date
    plan.issuer, plan.title, plan.year, plan.last_year = spec.issuer, spec.title, spec.year, spec.last_year
    plan.report_schedule, plan.body, plan.status = list(spec.report_schedule), content.plan, "active"
    plan.received_at = utcnow()
    s.flush()
    _apply_plan_tasks(s, ctx, header, spec, outcome)
    _apply_vocab_and_templates(s, spec, outcome)


def _apply_plan_tasks(s: Session, ctx: AppContext, header: PackageHeader, spec: PlanSpec, outcome: Outcome) -> None:
    writer = RecordWriter(s, ctx)
    existing = {t.id: t for t in s.scalars(select(Task).where(Task.plan_id == spec.id))}
    seen = set()
    for pos, t in enumerate(spec.tasks):
        seen.add(t.id)
        values = {"code": t.code, "title": t.title, "description": t.description, "deadline": t.deadline,
                  "position": pos}
        row = existing.get(t.id) if t.id is not None else None   # (parse_tasks_files refuses tasks without ids)
        if row is None:
            if s.get(Task, t.id) is not None:
                outcome.count("task", "rejected")
                continue
            row = writer.create(Task, {"plan_id": spec.id, **values}, record_id=t.id)
            # The task belongs to the issuing office: status and notes are ours, the rest is theirs.
            row.origin_office_id, row.origin_site_id = header.sender.office_id, header.sender.site_id
            outcome.count("task", "new")
        else:
            if row.deleted:
                row.deleted = False
            outcome.count("task", "updated" if writer.update(row, values) else "unchanged")
    for tid, row in existing.items():
        if tid not in seen and not row.deleted:
            writer.delete(row)   # dropped from the plan; evidence links stay in the audit trail
            outcome.count("task", "updated")


def _apply_vocab_and_templates(s: Session, spec: PlanSpec, outcome: Outcome) -> None:
    source = f"plan:{spec.id}"
    for name, terms in spec.vocabularies.items():
        for code, label in terms:
            row = s.scalars(select(VocabTerm).where(VocabTerm.vocabulary == name, VocabTerm.code == code)).first()
            if row is None:
                s.add(VocabTerm(vocabulary=name, code=code, label=label, source=source, active=True))
                outcome.count("vocabulary", "new")
            elif row.label != label or not row.active:
                row.label, row.active = label, True
                outcome.count("vocabulary", "updated")
            else:
                outcome.count("vocabulary", "unchanged")
    s.flush()
    for t in spec.templates:
        try:
            parse_template(t, _known_codes(s))
        except TemplateError as e:
            raise ImportRefused(translate("PackageErrors", "A report template in the tasks package cannot be used: "
                                          "{problem}").format(problem=e.text), code="content_invalid") from e
        template = s.scalars(select(ReportTemplate).where(ReportTemplate.code == t["code"],
                                                          ReportTemplate.version == t["version"])).first()
        if template is None:
            s.add(ReportTemplate(code=t["code"], version=t["version"], title=t["title"], source=source, body=t))
            outcome.count("template", "new")
        elif template.body == t:
            outcome.count("template", "unchanged")
        elif template.source == "builtin":
            outcome.count("template", "rejected")
            outcome.messages.append(translate(
                "PackageImport", "Template «{code}» version {version} clashes with a built-in template: the built-in "
                "one is kept.").format(code=t["code"], version=t["version"]))
        else:
            template.title, template.body, template.source = t["title"], t, source
            outcome.count("template", "updated")


# ----------------------------------------------------------------------------------------- identity


def parse_identity_files(files: dict[str, bytes]) -> IdentityCard:
    if set(files) != {"card.json"}:
        raise ContentInvalid(translate("PackageErrors", "identity package"), "expected card.json only")
    try:
        return parse_card(load_json(files, "card.json"))
    except IdentityCardInvalid as e:
        raise ContentInvalid(translate("PackageErrors", "identity card"), e.details.get("reason", "")) from e


def apply_identity(s: Session, ctx: AppContext, header: PackageHeader, signer_key: TrustedKey | None,
                   card: IdentityCard, now: dt.datetime, outcome: Outcome) -> None:
    if signer_key is None or card.office_id != header.sender.office_id:
        outcome.count("identity", "rejected")
        return
    order = trust_version_order(signer_key, card, None, now)
    if order == _FUTURE:
        outcome.count("identity", "rejected")
        outcome.messages.append(FUTURE_CARD_NOTE)
        return
    if card.sign_pk != bytes(signer_key.sign_pk) or card.box_pk != bytes(signer_key.box_pk):
        not_older = card.created >= ((signer_key.card or {}).get("created") or "")
        if not_older and card.sign_pk != bytes(signer_key.sign_pk):
            # Key rotation: a newer card with new keys, signed by the key we trust (docs/package-format.md).
            rotate_trusted_key(s, ctx, signer_key, card)
            outcome.count("identity", "updated")
            outcome.messages.append(translate(
                "PackageImport", "«{office}» changed its keys; its new card was signed with the old key, which is no "
                "longer trusted. New fingerprint: {fingerprint}.").format(office=card.name,
                                                                          fingerprint=card.fingerprint))
            return
        # Otherwise new keys are never taken from a package: they need a fingerprint check by phone.
        outcome.count("identity", "rejected")
        outcome.messages.append(translate(
            "PackageImport", "The identity card in the package has new keys: receive the card and compare its "
            "fingerprint by phone before trusting it."))
        return
    if order <= 0:   # the same card, or an older one: names never roll back
        outcome.count("identity", "unchanged" if signer_key.card == card.to_dict() or (
            signer_key.office_name == card.name and signer_key.site_id == card.site_id) else "rejected")
        return
    if signer_key.office_name == card.name and signer_key.site_id == card.site_id:
        signer_key.card = dict(card.to_dict())   # a newer version of the same card
        outcome.count("identity", "unchanged")
        return
    signer_key.office_name, signer_key.site_id, signer_key.card = card.name, card.site_id, dict(card.to_dict())
    office = s.get(Office, card.office_id)
    if office is not None:
        office.name = card.name
    outcome.count("identity", "updated")


def rotate_trusted_key(s: Session, ctx: AppContext, old: TrustedKey, card: IdentityCard) -> TrustedKey:
    """Trust `card`'s new keys in place of `old` (which signed it), and revoke `old`."""
    from ..audit import write_audit

    now = utcnow()
    row = s.scalars(select(TrustedKey).where(TrustedKey.office_id == card.office_id,
                                             TrustedKey.key_id == card.key_id)).first()
    if row is None:
        row = TrustedKey(office_id=card.office_id, key_id=card.key_id, sign_pk=card.sign_pk, box_pk=card.box_pk,
                         added_at=now, added_by=ctx.user_name)
        s.add(row)
    row.office_name, row.level, row.relation, row.site_id = card.name, old.level, old.relation, card.site_id
    row.fingerprint, row.card, row.expires_at, row.revoked_at = card.fingerprint, dict(card.to_dict()), \
        old.expires_at, None
    old.revoked_at = now
    office = s.get(Office, card.office_id)
    if office is not None:
        office.name = card.name
    s.flush()
    write_audit(s, ctx, "trust_rotate", "office", card.office_id, details=str(translate(
        "Trust", "{office} — key {old_key} replaced by key {key_id}, fingerprint {fingerprint}").format(
        office=card.name, old_key=old.key_id, key_id=card.key_id, fingerprint=card.fingerprint)))
    return row


def my_office(s: Session) -> Office:
    return s.get_one(Office, s.get_one(Installation, 1).office_id)
