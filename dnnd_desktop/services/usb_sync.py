"""Exchange packages through a USB stick (or any shared folder) that several offices use in turn.

Layout on the stick — only sealed .dnnd packages, never the database, and names that say nothing
about who or what is inside beyond the recipient's office id:

    <folder>/DNND/<recipient office id>/<random uuid>.dnnd

One run: (1) import every package in our own folder, oldest first, removing each one that was
imported (or had been imported before); refused ones stay, with the reason in the summary;
(2) write what we owe the others: approved reports (and sync changes) to the parent, sync changes
to every trusted peer, answers to lower offices' reports. Other offices' folders are not touched.

    usb_sync(ctx, folder, secret, progress, cancel) -> UsbSyncResult
    pending_outgoing(ctx) -> list[OutgoingPackage]       what a run would send (for the GUI)
"""
from __future__ import annotations

import logging
import os
import uuid
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypedDict

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.errors import Cancelled, DnndError, ValidationError
from ..domain.messages import Text, translate
from ..domain.progress import CancelToken, ProgressCallback, no_progress
from ..exchange.keys import SecretKeys
from ..logging_setup import exception_label
from ..storage.models import Office, PackageLogEntry, Report, TrustedKey
from .identity import LOWER, PARENT, PEER
from .import_outcomes import OUTCOMES
from .operation_log import logged_operation
from .packages import export_package, import_package, verify_file
from .packages.exporter import ExportRefused
from .packages.sync_contents import SyncUnavailable
from .search_upkeep import tidy_search_indexes
from .sync.consent_withheld import withheld_lines
from .user_errors import as_user_error

if TYPE_CHECKING:
    from .app_context import AppContext

log = logging.getLogger(__name__)
ROOT_NAME = "DNND"
SUFFIX = ".dnnd"


class OutgoingPackage(TypedDict):
    office_id: str
    office_name: str
    kind: str


class SentPackage(OutgoingPackage):
    file: str                  # relative to the folder chosen
    contents: dict[str, int]   # ExportResult.contents
    withheld: dict[str, Any] | None   # ExportResult.withheld: who was left out for want of consent


class RefusedPackage(TypedDict):
    file: str
    code: str
    message: str


@dataclass
class UsbSyncResult:
    folder: str
    received: list[dict[str, Any]] = field(default_factory=list)   # ImportResult.to_dict() + file
    refused: list[RefusedPackage] = field(default_factory=list)
    sent: list[SentPackage] = field(default_factory=list)
    left_for_others: int = 0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def summary_text(self) -> str:
        """The run in the current language, one line per package (the GUI shows it, the CLI prints it)."""
        lines: list[Text] = [translate("UsbSync", "USB sync at «{folder}»:").format(folder=self.folder)]
        for r in self.received:
            lines.append(translate("UsbSync", "- Received from {sender}: new {new}, updated {updated}, unchanged "
                                   "{unchanged}, conflicts {conflicts}, refused {rejected}.")
                         .format(sender=r["sender_name"], **{k: r[k] for k in OUTCOMES}))
        for refused in self.refused:
            lines.append(translate("UsbSync", "- File {file} NOT imported: {message}")
                         .format(file=refused["file"], message=refused["message"]))
        for sent in self.sent:
            lines.append(translate("UsbSync", "- Package {kind} written for {office}.")
                         .format(kind=sent["kind"], office=sent["office_name"]))
            lines += withheld_lines(sent.get("withheld"))
        if not (self.received or self.refused or self.sent):
            lines.append(translate("UsbSync", "- Nothing to receive or send."))
        lines.append(translate("UsbSync", "Packages of other offices left on the USB stick: {count}.")
                     .format(count=self.left_for_others))
        return "\n".join(str(line) for line in lines)


def _root(folder: str | os.PathLike[str]) -> Path:
    base = Path(folder)
    if not base.is_dir():
        raise ValidationError(translate("UsbSync", "The folder «{folder}» was not found. Plug in the USB stick and "
                                        "choose the right drive or folder.").format(folder=base),
                              field_errors={"folder": str(base)}, code="folder_not_found")
    return base / ROOT_NAME


def _incoming(ctx: AppContext, mine: Path) -> list[tuple[tuple[int, float, int, str], Path]]:
    """Our packages, in the order they were made (task plans by sequence); unreadable ones first so
    their refusal is reported."""
    items: list[tuple[tuple[int, float, int, str], Path]] = []
    for p in sorted(mine.glob(f"*{SUFFIX}")):
        try:
            v = verify_file(ctx, p)
            items.append(((1, v.created.timestamp(), v.sequence, p.name), p))
        except Exception:  # noqa: BLE001 - refused again, with its reason, by the import below
            items.append(((0, 0.0, 0, p.name), p))
    return sorted(items)


def _refusal(e: Exception) -> DnndError:
    """What the summary says about a file whose import failed. A program fault is logged with its
    type and code locations only and reported by code; the run goes on with the next file."""
    err = as_user_error(e)
    if err is not None:
        return err
    log.error("usb_sync: one file failed: %s", exception_label(e), exc_info=e)
    return DnndError(translate("UsbSync", "This file could not be read because of a fault in the program (code "
                               "{code}). The other files were handled; the file was left on the USB stick.")
                     .format(code="unexpected_error"), code="unexpected_error")


def _answers_pending(s: Session, office_id: str) -> bool:
    last = None
    for e in s.scalars(select(PackageLogEntry).where(PackageLogEntry.direction == "out")):
        if office_id in (e.recipients or []) and (e.summary or {}).get("contents", {}).get("answers"):
            last = e.processed_at if last is None or e.processed_at > last else last
    q = select(Report.id).where(Report.office_id == office_id, Report.answered_at.is_not(None))
    if last is not None:
        q = q.where(Report.answered_at > last)
    return s.scalars(q).first() is not None


def pending_outgoing(ctx: AppContext) -> list[OutgoingPackage]:
    """(office, kind) pairs a USB sync would write, before sync changes are counted."""
    out: list[OutgoingPackage] = []
    with ctx.session() as s:
        active = {k.office_id for k in s.scalars(select(TrustedKey).where(TrustedKey.revoked_at.is_(None)))}
        offices = [o for o in s.scalars(select(Office).where(Office.relation.in_((PARENT, PEER, LOWER))))
                   if o.id in active]
        has_reports = s.scalars(select(Report.id).where(Report.office_id == ctx.installation.office_id,
                                                        Report.status == "approved")).first() is not None
        for o in sorted(offices, key=lambda o: (o.relation, o.name)):
            if o.relation == PARENT and has_reports:
                out.append({"office_id": o.id, "office_name": o.name, "kind": "report"})
            if o.relation == LOWER and _answers_pending(s, o.id):
                out.append({"office_id": o.id, "office_name": o.name, "kind": "report"})
            out.append({"office_id": o.id, "office_name": o.name, "kind": "sync"})
    return out


@logged_operation("usb_sync")
def usb_sync(ctx: AppContext, folder: str | os.PathLike[str], secret: SecretKeys,
             progress: ProgressCallback = no_progress, cancel: CancelToken | None = None) -> UsbSyncResult:
    root = _root(folder)
    me = ctx.installation.office_id
    result = UsbSyncResult(str(folder))
    mine = root / me
    # 1. receive
    incoming = _incoming(ctx, mine) if mine.is_dir() else []
    for i, (_, path) in enumerate(incoming):
        if cancel:
            cancel.raise_if_cancelled()
        progress(i, len(incoming) + 1, str(translate("UsbSync", "Importing package {number}/{total}…")
                                           .format(number=i + 1, total=len(incoming))))
        try:
            received = import_package(ctx, path, secret, cancel=cancel)
        except Cancelled:
            raise
        except Exception as e:  # noqa: BLE001 - one bad file must not stop the others (issue 16 item 6)
            err = _refusal(e)
            result.refused.append({"file": path.name, "code": err.code, "message": err.message})
            continue
        result.received.append({**received.to_dict(), "file": path.name})
        path.unlink(missing_ok=True)   # imported: the stick should carry personal data no longer than needed
    if result.received:
        tidy_search_indexes(ctx)   # the imports left their search index merges to this calm moment
    # 2. send
    for item in pending_outgoing(ctx):
        if cancel:
            cancel.raise_if_cancelled()
        target_dir = root / item["office_id"]
        target_dir.mkdir(parents=True, exist_ok=True)
        out = target_dir / f"{uuid.uuid4()}{SUFFIX}"
        try:
            sent = export_package(ctx, kind=item["kind"], to=item["office_id"], out_path=out, secret=secret,
                                  cancel=cancel, skip_empty=True)
        except (SyncUnavailable, ExportRefused):
            continue   # nothing to send of that kind
        result.sent.append({"office_id": item["office_id"], "office_name": item["office_name"], "kind": item["kind"],
                            "file": str(out.relative_to(root.parent)), "contents": sent.contents,
                            "withheld": sent.withheld.to_dict() if sent.withheld is not None else None})
    # 3. count what is left for the others
    if root.is_dir():
        result.left_for_others = sum(1 for d in root.iterdir() if d.is_dir() and d.name != me
                                     for _ in d.glob(f"*{SUFFIX}"))
    progress(1, 1, str(translate("UsbSync", "USB sync finished.")))
    return result
