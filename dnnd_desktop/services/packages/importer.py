"""Import pipeline: verify -> decrypt -> validate -> preview -> apply in ONE transaction; the package
file is kept as the import log (import_log.py: undo = last backup + replay), the database is not
copied first (an import costs the package, not the store).

    verify_file(ctx, path) -> VerifyResult                   signature and signer only (no key needed)
    import_package(ctx, path, secret, dry_run=False, progress, cancel) -> ImportResult
    preview_package(ctx, path, secret, ...) == import_package(..., dry_run=True)

Rules (DESIGN.md "Packages", issue 6 item 4):
- the same package twice changes nothing (package_log, by package id and SHA-256 of the file);
- the same package id with different bytes is refused as an alarm;
- expiry (of the package and of trust data) is checked against the later of the clock and the
  newest verified package time (the package clock, advanced by every import);
- a newer format or schema is refused with "update the app" (by the container);
- a preview runs the very same apply inside a transaction that is rolled back, so what it shows is
  exactly what an import would do;
- every refusal leaves the database unchanged: nothing is written before all checks passed, and
  the apply is one transaction.
"""
from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain.errors import DnndError, NotFound
from ...domain.messages import translate
from ...domain.progress import CancelToken, ProgressCallback, no_progress
from ...exchange.keys import SecretKeys
from ...exchange.package import PackageError, PackageHeader, open_package, verify_package
from ...storage import dialect
from ...storage.models import Office, PackageLogEntry, PeerSyncState, TrustedKey, utcnow
from ..audit import write_audit
from ..identity import IdentityCard, expired_key, trust_lookup
from ..import_outcomes import OUTCOMES
from ..operation_log import logged_operation
from ..sync.state import lock_installation
from . import contents
from .common import (
    SCHEMA_VERSION,
    ContentInvalid,
    ImportRefused,
    Outcome,
    advance_package_clock,
    clock_notice,
    effective_now,
    file_sha256,
)
from .import_log import keep_received
from .kept_erasures import personal_ids
from .optional_parts import ignored_parts_notice, without_unknown_parts
from .spooled_entries import SpooledEntries, check_import_manifest
from .sync_contents import SyncContent, apply_sync, parse_sync_files

if TYPE_CHECKING:
    from ..app_context import AppContext

# What a package's files hold once validated, by kind: report, tasks, identity, sync.
Content = contents.ReportContent | contents.TasksContent | IdentityCard | SyncContent

KIND_LABELS = {"report": translate("PackageKinds", "Report"), "sync": translate("PackageKinds", "Data sync"),
               "tasks": translate("PackageKinds", "Tasks and plans"),
               "identity": translate("PackageKinds", "Identity card")}


@dataclass(frozen=True)
class VerifyResult:
    package_id: str
    kind: str
    kind_label: str
    sender_office_id: str
    sender_name: str
    recipients: tuple[str, ...]
    for_me: bool
    sequence: int
    created: dt.datetime
    expires: dt.datetime | None
    schema_version: int
    already_imported: bool

    def to_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.__dataclass_fields__} | {"valid": True}


@dataclass
class ImportResult:
    package_id: str
    kind: str
    sender_office_id: str
    sender_name: str
    sequence: int
    created: dt.datetime
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0
    rejected: int = 0
    per_kind: dict[str, dict[str, int]] = field(default_factory=dict)
    messages: list[str] = field(default_factory=list)   # rendered: the result is plain data (and logged)
    dry_run: bool = False
    already_imported: bool = False
    backup: str | None = None

    def to_dict(self) -> dict[str, Any]:
        d = {k: getattr(self, k) for k in self.__dataclass_fields__}
        d["created"] = self.created.isoformat()
        return d

    def summary_text(self) -> str:
        if self.dry_run:
            head = translate("PackageImport", "Preview")
        elif self.already_imported:
            head = translate("PackageImport", "Package imported before")
        else:
            head = translate("PackageImport", "Imported")
        kind = KIND_LABELS.get(self.kind, self.kind)
        title = translate("PackageImport", "{action}: {kind} package from «{sender}»:").format(
            action=head, kind=kind.lower(), sender=self.sender_name)
        counts = translate("PackageImport", "new {new}, updated {updated}, unchanged {unchanged}, conflicts "
                           "{conflicts}, refused {rejected}.").format(**self.outcome_counts())
        return "\n".join([str(title), str(counts), *self.messages])

    def outcome_counts(self) -> dict[str, int]:
        return {o: getattr(self, o) for o in OUTCOMES}


def _sender_name(s: Session, office_id: str) -> str:
    office = s.get(Office, office_id)
    return office.name if office else office_id


def _aware(value: dt.datetime) -> dt.datetime:
    return value.replace(tzinfo=dt.UTC)


def _explain(s: Session, e: PackageError, header_key_id: str | None, now: dt.datetime) -> DnndError:
    if e.code == "unknown_signer":
        kid = e.details.get("key_id") or header_key_id
        row = expired_key(s, kid, now) if kid else None
        if row is not None:
            return contents.TrustDataExpired(row.office_name)
    return e


def verify_file(ctx: AppContext, path: str | os.PathLike[str], progress: ProgressCallback | None = None,
                cancel: CancelToken | None = None) -> VerifyResult:
    """Check signature, signer and role without decrypting (`package verify`)."""
    _require_file(path)
    with ctx.session() as s:
        now = effective_now(s)
        try:
            header = verify_package(path, trust_lookup(s, now), now=_aware(now), progress=progress, cancel=cancel)
        except PackageError as e:
            raise _explain(s, e, None, now) from e
        seen = s.scalars(select(PackageLogEntry).where(PackageLogEntry.package_id == header.package_id,
                                                       PackageLogEntry.direction == "in")).first()
        me = ctx.installation.office_id
        return VerifyResult(header.package_id, header.kind, str(KIND_LABELS[header.kind]), header.sender.office_id,
                            _sender_name(s, header.sender.office_id), header.recipients, me in header.recipients,
                            header.sequence, header.created, header.expires, header.schema_version, seen is not None)


def _require_file(path: str | os.PathLike[str]) -> None:
    p = Path(path)
    if not p.is_file():
        raise NotFound(translate("PackageErrors", "The package file «{path}» was not found. Check the path.")
                       .format(path=p), code="file_not_found")


class PackageReplayed(ImportRefused):
    code = "package_id_reused"

    def __init__(self, package_id: str) -> None:
        super().__init__(translate(
            "PackageErrors", "WARNING: this package carries the id of a package imported before, but its content "
            "differs. The package may be forged, or the sender's app may be faulty. This package was not imported: "
            "call the sending office to check."), details={"package_id": package_id})


class OwnPackage(ImportRefused):
    code = "own_package"

    def __init__(self) -> None:
        super().__init__(translate("PackageErrors", "This is a package your own office made to send; it need not be "
                                   "imported. Send this file to the receiving office."))


def _parse(header: PackageHeader, files: dict[str, bytes]) -> Content:
    if header.kind == "report":
        return contents.parse_report_files(files)
    if header.kind == "tasks":
        return contents.parse_tasks_files(files, header)
    if header.kind == "identity":
        return contents.parse_identity_files(files)
    if header.kind == "sync":
        return parse_sync_files(files, header)
    raise ContentInvalid(translate("PackageErrors", "package kind"), header.kind)


def _apply(s: Session, ctx: AppContext, header: PackageHeader, content: Content, now: dt.datetime, outcome: Outcome,
           preview: bool, progress: ProgressCallback, cancel: CancelToken | None) -> None:
    sender = s.get(Office, header.sender.office_id)
    signer_key = s.scalars(select(TrustedKey).where(TrustedKey.key_id == header.sender.key_id)).first()
    me = ctx.installation.office_id

    def audit(action: str, kind: str, record_id: str, new: str, details: str | None) -> None:
        write_audit(s, ctx, action, kind, record_id, field="status", new=new, details=details)

    # The content's type follows the header's kind (_parse): report, tasks, identity, sync.
    if isinstance(content, contents.ReportContent):
        contents.apply_reports(s, header, sender, content, outcome, arrived=now)
        contents.apply_answers(s, me, sender, content.answers, outcome, audit, now)
    elif isinstance(content, contents.TasksContent):
        contents.apply_tasks(s, ctx, header, signer_key, content, now, outcome)
        contents.apply_answers(s, me, sender, content.answers, outcome, audit, now)
    elif isinstance(content, IdentityCard):
        contents.apply_identity(s, ctx, header, signer_key, content, now, outcome)
    else:
        apply_sync(s, ctx, header, sender, content, outcome, preview=preview, progress=progress, cancel=cancel)
        contents.apply_answers(s, me, sender, content.answers, outcome, audit, now)
    s.flush()


def _result(header: PackageHeader, sender_name: str, outcome: Outcome, *, dry_run: bool = False,
            already_imported: bool = False, backup: str | None = None) -> ImportResult:
    totals = outcome.totals()
    return ImportResult(header.package_id, header.kind, header.sender.office_id, sender_name, header.sequence,
                        header.created, new=totals.new, updated=totals.updated, unchanged=totals.unchanged,
                        conflicts=totals.conflicts, rejected=totals.rejected,
                        per_kind={k: c.to_dict() for k, c in sorted(outcome.per_kind.items())},
                        messages=[str(m) for m in outcome.messages], dry_run=dry_run,
                        already_imported=already_imported, backup=backup)


def _imported_before(s: Session, header: PackageHeader, sha: str, sender_name: str,
                     dry_run: bool) -> ImportResult | None:
    """The result of a package already in the log ("nothing changed"), None for a new one; a
    known package id with other bytes is refused."""
    previous = s.scalars(select(PackageLogEntry).where(PackageLogEntry.package_id == header.package_id,
                                                       PackageLogEntry.direction == "in")).first()
    if previous is None:
        return None
    if previous.file_sha256 != sha:
        raise PackageReplayed(header.package_id)
    done = Outcome()
    before = previous.summary or {}
    for kind, counts in (before.get("per_kind") or {}).items():
        # "conflicts" counts records already counted as new/updated (sync): not twice
        done.count(kind, "unchanged", sum(counts.get(o, 0) for o in OUTCOMES if o != "conflicts"))
    done.messages.append(translate("PackageImport", "This package was imported before; nothing changed."))
    return _result(header, sender_name, done, dry_run=dry_run, already_imported=True)


def checked_not_imported() -> None:
    """Called once the first "already imported?" check found nothing, before the import waits for
    the writer lock. Does nothing; a test replaces it (tests/support/paused_import.py) to make two
    processes overlap exactly there."""


def applied_uncommitted() -> None:
    """Called once an import has written everything, inside its still open transaction, just before
    the commit. Does nothing: it is the moment a crash hurts most, and a test replaces this function
    (tests/support/killable_import.py) to kill the process right there."""


@logged_operation("package_import")
def import_package(ctx: AppContext, path: str | os.PathLike[str], secret: SecretKeys, *, dry_run: bool = False,
                   now: dt.datetime | None = None, progress: ProgressCallback = no_progress,
                   cancel: CancelToken | None = None, backup: bool = True) -> ImportResult:
    """Import (or with dry_run, preview) one package file. Raises a DnndError with a Vietnamese
    message when the package is refused; the database is then exactly as before."""
    _require_file(path)
    sha = file_sha256(path)
    me = ctx.installation.office_id
    # Decrypted into temporary files, with limits checked from the manifest (spooled_entries.py).
    # Nameless files, released with `spool` when this call returns: nothing stays on disk.
    spool = SpooledEntries()
    with ctx.session() as s:
        clock = effective_now(s, now)
        lookup = trust_lookup(s, clock)
        try:
            opened = open_package(path, trust=lookup, me_office_id=me, my_secret=secret,
                                  max_schema_version=SCHEMA_VERSION, now=_aware(clock),
                                  sink=spool.sink, check_manifest=check_import_manifest,
                                  progress=progress, cancel=cancel)
        except PackageError as e:
            raise _explain(s, e, None, clock) from e
        header = opened.header
        if header.sender.office_id == me:
            raise OwnPackage()
        sender_name = _sender_name(s, header.sender.office_id)
        seen = _imported_before(s, header, sha, sender_name, dry_run)
        if seen is not None:
            return seen
    # Parts a newer app added are ignored by design, and said so (optional_parts.py).
    files, ignored = without_unknown_parts(header.kind, spool.files())
    content = _parse(header, files)   # validation: refuses before anything is written
    if cancel:
        cancel.raise_if_cancelled()

    notices = [n for n in (clock_notice(header.created, now), ignored_parts_notice(ignored)) if n is not None]
    if dry_run:
        outcome = Outcome()
        outcome.messages.extend(notices)
        with ctx.session_factory() as s:
            s.begin()
            try:
                _apply(s, ctx, header, content, clock, outcome, True, progress, cancel)
            finally:
                s.rollback()
        return _result(header, sender_name, outcome, dry_run=True)

    # No copy of the whole database first (issue 15): the import is one transaction, and the kept
    # package (import_log.py) with the last backup makes it undoable. `backup` is kept for callers.
    checked_not_imported()
    outcome = Outcome()
    outcome.messages.extend(notices)   # a wrong clock is shown to this office's user, never passed on
    with ctx.session() as s:
        # First thing: imports into one database write their bookkeeping one after another.
        dialect.module_for(s).take_write_lock(s)
        # The search indexes' merge work is left to a calm moment (services/search_upkeep.py):
        # done during the insert it grew with the store (issue 15, docs/province.md).
        dialect.module_for(s).defer_search_merges(s)
        lock_installation(s)
        # Again, under the lock: another process may have imported this package since the check
        # above (the log's unique index, revision 0008, backs this up).
        seen = _imported_before(s, header, sha, sender_name, False)
        if seen is not None:
            return seen
        _apply(s, ctx, header, content, clock, outcome, False, progress, cancel)
        if cancel:
            cancel.raise_if_cancelled()
        result = _result(header, sender_name, outcome)
        entry = PackageLogEntry(
            package_id=header.package_id, direction="in", kind=header.kind, sender_office_id=header.sender.office_id,
            recipients=list(header.recipients), sequence=header.sequence, file_sha256=sha,
            file_name=Path(path).name[:300], created=header.created.replace(tzinfo=None), processed_at=utcnow(),
            summary={"per_kind": result.per_kind, "messages": result.messages,
                     **{o: getattr(result, o) for o in OUTCOMES}})
        s.add(entry)
        s.flush()
        keep_received(ctx.data_dir, path, entry.id, record_ids=_personal_ids(content))
        advance_package_clock(s, header.created, now)
        state = s.get(PeerSyncState, header.sender.office_id)
        if state is None:
            state = PeerSyncState(office_id=header.sender.office_id, sent_vector={}, received_vector={})
            s.add(state)
        state.last_received_at = utcnow()
        write_audit(s, ctx, "package_import", "package", header.package_id,
                    details=str(translate("PackageImport", "{kind} from {sender}: new {new}, updated {updated}, "
                                          "unchanged {unchanged}, conflicts {conflicts}, refused {rejected}")
                                .format(kind=KIND_LABELS[header.kind], sender=sender_name, **result.outcome_counts())))
        s.flush()
        applied_uncommitted()
    return result


def _personal_ids(content: Content) -> list[str]:
    """Whose personal data a package carries (sync packages only: the others carry none)."""
    if not isinstance(content, SyncContent):
        return []
    cs = content.changeset
    return personal_ids((kind, cs.lines(kind)) for kind in cs.records)


def preview_package(ctx: AppContext, path: str | os.PathLike[str], secret: SecretKeys, *,
                    now: dt.datetime | None = None, progress: ProgressCallback = no_progress,
                    cancel: CancelToken | None = None, backup: bool = True) -> ImportResult:
    return import_package(ctx, path, secret, dry_run=True, now=now, progress=progress, cancel=cancel, backup=backup)
