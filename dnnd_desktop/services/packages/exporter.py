"""Making packages: report (up to the parent, or answers down), sync (peer to peer), tasks (province
plans down), identity (a refreshed card).

    export_package(ctx, kind=..., to=OFFICE_ID | [ids], out_path=..., secret=..., report_ids=None,
                   plan=PlanSpec | plan id | None, progress, cancel) -> ExportResult

The file is written atomically by the container (whole or absent); only after it exists are the
reports marked sent, the peer's sent vector advanced and the package logged, so a failure leaves
nothing half-done.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain.errors import DnndError, NotFound, ValidationError
from ...domain.messages import translate
from ...domain.progress import CancelToken, ProgressCallback, no_progress
from ...domain.roles import PROVINCE
from ...exchange.keys import SecretKeys
from ...exchange.package import Recipient, SenderIdentity, write_package
from ...storage.models import Office, PackageLogEntry, Plan, Report, utcnow
from ..audit import write_audit
from ..identity import LOWER, PARENT, card_from_session, recipient_for
from ..operation_log import logged_operation
from ..privacy.consent_filter import ConsentExclusions
from . import contents
from .common import SCHEMA_VERSION, file_sha256, json_bytes
from .kept_erasures import index_if_kept
from .plans import PlanSpec, plan_snapshot, save_plan_in
from .sync_contents import collect_sync_files, mark_sync_sent

if TYPE_CHECKING:
    from ..app_context import AppContext
    from ..sync import Changeset

KINDS = ("report", "sync", "tasks", "identity")


class ExportRefused(DnndError):
    code = "export_refused"


@dataclass
class ExportResult:
    package_id: str
    kind: str
    path: str
    recipients: list[str]
    sequence: int
    size: int
    contents: dict[str, int] = field(default_factory=dict)   # what went in: reports, answers, tasks, records…
    # Sync: who was left out for want of consent to share (names: for the screen and --json only).
    withheld: ConsentExclusions | None = None

    def to_dict(self) -> dict[str, Any]:
        return {**self.__dict__, "withheld": self.withheld.to_dict() if self.withheld is not None else None}


def _office(s: Session, office_id: str) -> Office:
    office = s.get(Office, office_id)
    if office is None or office.relation == "self":
        raise NotFound(translate("PackageErrors", "The receiving office «{office_id}» is not in the trust list. Trust "
                                 "that office's identity card first (command «dnnd trust»).")
                       .format(office_id=office_id), code="recipient_not_trusted")
    return office


def _report_payloads(ctx: AppContext, s: Session, report_ids: list[str] | None) -> list[dict[str, Any]]:
    from ..reports import ReportService

    me = ctx.installation.office_id
    rows: Sequence[Report]
    if report_ids:
        named: list[Report] = []
        for rid in report_ids:
            r = s.get(Report, rid)
            if r is None or r.office_id != me:
                raise NotFound(translate("PackageErrors", "This office has no report «{report_id}». See the list "
                                         "with «dnnd report list».").format(report_id=rid), code="report_not_found")
            if r.status not in ("approved", "sent", "acknowledged", "returned"):
                raise ExportRefused(translate("PackageErrors", "The report for {period} is not approved yet. Submit "
                                              "it to the head for approval before sending it.")
                                    .format(period=r.period), code="not_approved")
            named.append(r)
        rows = named
    else:
        rows = s.scalars(select(Report).where(Report.office_id == me, Report.status == "approved")
                         .order_by(Report.period)).all()
    svc = ReportService(ctx)
    return [svc.payload(r.id) for r in rows]


def _mark_sent(ctx: AppContext, payloads: list[dict[str, Any]]) -> None:
    from ..reports import ReportService

    svc = ReportService(ctx)
    for p in payloads:
        if p.get("status") == "approved":
            svc.mark_sent(p["id"])


def pending_report_ids(ctx: AppContext) -> list[str]:
    """Approved reports not sent yet (what usb-sync sends up)."""
    with ctx.session() as s:
        return list(s.scalars(select(Report.id).where(Report.office_id == ctx.installation.office_id,
                                                      Report.status == "approved")))


def _plan_for_export(ctx: AppContext, s: Session, plan: PlanSpec | str | None) -> str:
    """Save a plan given as a PlanSpec, and give it a new sequence when its snapshot changed."""
    plan_id = save_plan_in(s, ctx, plan) if isinstance(plan, PlanSpec) else plan
    row = s.get(Plan, plan_id) if plan_id else None
    if row is None or not plan_id:   # (no row without a plan id)
        raise NotFound(translate("PackageErrors", "Name the plan to send (a PLAN.json file with --plan)."),
                       code="plan_not_found")
    if row.issuer_office_id != ctx.installation.office_id:
        raise ExportRefused(translate("PackageErrors", "Only a plan issued by this office can be sent."),
                            code="not_issuer")
    snap = plan_snapshot(s, plan_id)
    snap.pop("sequence", None)
    digest = hashlib.sha256(json_bytes(snap)).hexdigest()
    body = dict(row.body or {})
    if body.get("published_hash") != digest:
        row.sequence = (row.sequence or 0) + 1
        row.body = {**body, "published_hash": digest}
        row.status = "published"
    s.flush()
    return plan_id


@logged_operation("package_export")
def export_package(ctx: AppContext, *, kind: str, to: str | list[str], out_path: str | os.PathLike[str],
                   secret: SecretKeys,
                   report_ids: list[str] | None = None, plan: PlanSpec | str | None = None,
                   progress: ProgressCallback = no_progress, cancel: CancelToken | None = None,
                   skip_empty: bool = False, full: bool = False) -> ExportResult:
    """Make one package. With skip_empty, a sync package with no changes is not written
    (ExportRefused "nothing_to_send"): usb-sync uses it. A sync package carries what changed since
    what the peer is known to hold, or everything with `full`."""
    if kind not in KINDS:
        raise ValidationError(translate("PackageErrors", "There is no package kind «{kind}» (report, sync, tasks).")
                              .format(kind=kind), field_errors={"kind": kind}, code="unknown_package_kind")
    targets = [t.strip() for t in ([to] if isinstance(to, str) else to) for t in t.split(",") if t.strip()]
    if not targets:
        raise ValidationError(translate("PackageErrors", "Name the office that receives the package."),
                              field_errors={"to": ""}, code="recipient_missing")
    out = Path(out_path)
    if not out.parent.is_dir():
        raise ValidationError(translate("PackageErrors", "The folder «{folder}» does not exist. Choose another "
                                        "folder.").format(folder=out.parent),
                              field_errors={"path": str(out)}, code="folder_not_found")
    me = ctx.installation
    payloads: list[dict[str, Any]] = []
    changeset: Changeset | None = None
    counts: dict[str, int] = {}
    sequence = 0
    # One transaction: read what goes in, write the file, then record it. An error anywhere before
    # commit rolls back the plan sequence too, and the (complete) file is removed.
    with ctx.session() as s:
        offices = [_office(s, t) for t in targets]
        recipients: list[Recipient] = [recipient_for(s, o.id) for o in offices]
        relations = {o.relation for o in offices}
        files: dict[str, bytes]
        if kind == "report":
            if relations == {PARENT}:
                payloads = _report_payloads(ctx, s, report_ids)
                if not payloads:
                    raise ExportRefused(translate("PackageErrors", "There is no approved report that has not been "
                                                  "sent. Approve a report first (or name one with --report)."),
                                        code="nothing_to_send")
                files = contents.report_files(payloads, [])
                counts["reports"] = len(payloads)
            elif relations == {LOWER} and len(offices) == 1:
                answers = contents.answers_for(s, offices[0].id)
                if not answers:
                    raise ExportRefused(translate("PackageErrors", "There are no answers to reports for this "
                                                  "office yet."), code="nothing_to_send")
                files = contents.report_files([], answers)
                counts["answers"] = len(answers)
            else:
                raise ExportRefused(translate("PackageErrors", "A report package goes up to the parent office only "
                                              "(or answers down to one lower office)."), code="wrong_recipient")
        elif kind == "tasks":
            if me.level != PROVINCE:
                raise ExportRefused(translate("PackageErrors", "Only a province office sends tasks packages."),
                                    code="not_province")
            if relations != {LOWER}:
                raise ExportRefused(translate("PackageErrors", "A tasks package goes to lower offices only."),
                                    code="wrong_recipient")
            plan_id = _plan_for_export(ctx, s, plan)
            snap = plan_snapshot(s, plan_id)
            sequence = snap["sequence"]
            expires = dt.datetime.now(dt.UTC).replace(microsecond=0) + dt.timedelta(days=snap.get("valid_days", 400))
            files = {"plan.json": json_bytes(snap),
                     "trust.json": contents.trust_data(card_from_session(s).to_dict(), expires),
                     **contents.revocation_files(s)}   # revocations travel down (issue 16)
            if len(offices) == 1:
                answers = contents.answers_for(s, offices[0].id)
                if answers:
                    files["answers.json"] = json_bytes({"answers": answers})
                    counts["answers"] = len(answers)
            counts["tasks"] = len(snap["tasks"])
        elif kind == "identity":
            files = {"card.json": card_from_session(s).encode()}
        else:  # sync
            if len(offices) != 1:
                raise ExportRefused(translate("PackageErrors", "A sync package goes to one office at a time."),
                                    code="wrong_recipient")
            files, changeset, counts = collect_sync_files(s, ctx, offices[0].id, full=full, progress=progress,
                                                          cancel=cancel)
            if offices[0].relation == LOWER:
                answers = contents.answers_for(s, offices[0].id)
                if answers:
                    files["answers.json"] = json_bytes({"answers": answers})
                    counts["answers"] = len(answers)
            if skip_empty and not any(counts.values()):
                raise ExportRefused(translate("PackageErrors", "There are no changes to sync."),
                                    code="nothing_to_send")
        header = write_package(out, kind=kind, sender=SenderIdentity(me.office_id, me.site_id, secret),
                               recipients=recipients, files=files, schema_version=SCHEMA_VERSION,
                               sequence=sequence, progress=progress, cancel=cancel)
        try:
            s.add(PackageLogEntry(package_id=header.package_id, direction="out", kind=kind,
                                  sender_office_id=me.office_id, recipients=list(header.recipients),
                                  sequence=sequence, file_sha256=file_sha256(out), file_name=out.name[:300],
                                  created=header.created.replace(tzinfo=None), processed_at=utcnow(),
                                  summary={"contents": counts}))
            if changeset is not None:   # the file exists: the peer is now assumed to hold it
                mark_sync_sent(s, offices[0].id, changeset)
            write_audit(s, ctx, "package_export", "package", header.package_id,
                        details=f"{kind} → {', '.join(o.name for o in offices)}")
            s.flush()
        except BaseException:
            out.unlink(missing_ok=True)
            raise
    if payloads:
        _mark_sent(ctx, payloads)
    # Whose personal data a package saved in the data folder's outbox holds (kept_erasures.py).
    index_if_kept(ctx.data_dir, out, [(k, changeset.lines(k)) for k in changeset.records] if changeset else [])
    withheld = changeset.withheld.result() if changeset is not None and changeset.withheld is not None else None
    return ExportResult(header.package_id, kind, str(out), list(header.recipients), sequence, out.stat().st_size,
                        counts, withheld)
