"""The `sync` kind: records changed since the last package to that peer, with attachment bytes.

Files (docs/package-format.md, "Package contents per kind"):

    changeset.json             the merge engine's changeset header: format, format_version, office_id,
                               site_id (= the package sender), base, upto, counts, blobs
    records/<kind>.jsonl       one changed record per line, as the merge engine writes them
    attachments/<sha256>.bin   bytes of the live attachments in the changeset (name = SHA-256)
    answers.json               a parent's answers to our reports, when there are any
    vocabulary.json            office-added vocabulary terms going up (vocab_contents.py), when any

Collecting and merging records belong to the merge engine (services/sync); this module is the
package side of it: framing, validation of names and hashes, attachment bytes, the peer's vectors.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from ...domain.errors import DnndError
from ...domain.messages import translate
from ...domain.progress import CancelToken, ProgressCallback, no_progress
from ...exchange.package import PackageHeader
from ...storage.models import Office
from ..import_outcomes import OUTCOMES
from ..sync import (
    Changeset,
    ChangesetError,
    RecordCountMismatch,
    TooManyUnreadableRecords,
    apply_changeset,
    change_points,
    changeset_for_peer,
    mark_sent,
)
from ..sync.authority import NotAuthorised
from ..sync.changeset import HEADER_FILE, NEWER_CODE, kind_file
from ..sync.codec import KIND_ORDER
from ..sync.tombstones import purge_tombstones
from . import contents
from .common import ContentInvalid, ImportRefused, Outcome, json_bytes, load_json
from .vocab_contents import VOCAB_FILE, WireTerm, apply_terms, parse_terms, terms_for

if TYPE_CHECKING:
    from ..app_context import AppContext

CHANGESET_FILE = "changeset.json"
_RECORD_FILE = re.compile(r"records/([a-z_]+)\.jsonl")
_ATTACHMENT_FILE = re.compile(r"attachments/([0-9a-f]{64})\.bin")
ATTACHMENT_FILES = "attachment_file"     # Outcome kind for attachment bytes received


class SyncUnavailable(DnndError):
    """Kept for callers written before the merge engine landed (usb_sync catches it)."""

    code = "sync_unavailable"

    def __init__(self) -> None:
        super().__init__(translate("PackageErrors", "This version of the app cannot sync data between offices yet. "
                                   "Update the app to the newest version."))


@dataclass
class SyncContent:
    changeset: Changeset
    attachments: dict[str, bytes]
    answers: list[dict[str, Any]] = field(default_factory=list)
    vocab_terms: list[WireTerm] = field(default_factory=list)

    @property
    def vector(self) -> dict[str, int]:
        """What this package brings the receiver up to (the sender's knowledge)."""
        return self.changeset.upto


def sync_files(cs: Changeset, blobs: dict[str, bytes], terms: list[dict[str, Any]] | None = None) -> dict[str, bytes]:
    """Package content files of a changeset, the attachment bytes and vocabulary terms that go with it."""
    files = {CHANGESET_FILE: json_bytes(cs.header)}
    if terms:
        files[VOCAB_FILE] = json_bytes(terms)
    for kind, data in cs.records.items():
        files[f"records/{kind}.jsonl"] = data
    for sha, data in blobs.items():
        files[f"attachments/{sha}.bin"] = data
    return files


def parse_sync_files(files: dict[str, bytes], header: PackageHeader) -> SyncContent:
    """Validate the framing (names, changeset header, sender, attachment hashes) before anything is
    written; the records themselves are validated line by line by the merge engine."""
    records: dict[str, bytes] = {}
    attachments: dict[str, bytes] = {}
    for name, data in files.items():
        if name in (CHANGESET_FILE, "answers.json", VOCAB_FILE):
            continue
        m = _RECORD_FILE.fullmatch(name)
        if m:
            if m.group(1) not in KIND_ORDER:
                raise ContentInvalid(translate("PackageErrors", "unknown record kind"), name)
            records[m.group(1)] = data
            continue
        m = _ATTACHMENT_FILE.fullmatch(name)
        if m:
            if hashlib.sha256(data).hexdigest() != m.group(1):
                raise ContentInvalid(translate("PackageErrors", "attachment file"),
                                     f"{name} bytes do not match their name")
            attachments[m.group(1)] = data
            continue
        raise ContentInvalid(contents.UNEXPECTED_FILE, name)
    load_json(files, CHANGESET_FILE)   # strict: duplicate keys, NaN, floats refused
    try:
        cs = Changeset.from_files({HEADER_FILE: files[CHANGESET_FILE],
                                   **{kind_file(k): v for k, v in records.items()}})
    except (RecordCountMismatch, ChangesetError) as e:
        if isinstance(e, RecordCountMismatch) or e.code == NEWER_CODE:   # messages of their own, shown as such
            raise ImportRefused(e.text, code=e.code, details=e.details) from e
        raise ContentInvalid(CHANGESET_FILE, e.message) from e
    # The same bytes as the strict parse above, and checked as a changeset header by from_files.
    head = cs.header
    if head.get("office_id") != header.sender.office_id or head.get("site_id") != header.sender.site_id:
        raise ContentInvalid(CHANGESET_FILE, "changeset office/site differ from the package sender")
    listed = set(cs.blob_hashes)
    extra = sorted(set(attachments) - listed)
    if extra:
        raise ContentInvalid(translate("PackageErrors", "attachment not listed"),
                             f"attachments/{extra[0]}.bin not in blobs")
    answers = contents.parse_answers(load_json(files, "answers.json")) if "answers.json" in files else []
    terms = parse_terms(load_json(files, VOCAB_FILE)) if VOCAB_FILE in files else []
    return SyncContent(cs, attachments, answers, terms)


def apply_sync(s: Session, ctx: AppContext, header: PackageHeader, sender: Office | None, content: SyncContent,
               outcome: Outcome, *, preview: bool, progress: ProgressCallback | None = None,
               cancel: CancelToken | None = None) -> None:
    """Merge the changeset in the importer's transaction (after its backup), then store the
    attachment bytes. A preview counts and writes nothing."""
    try:
        res = apply_changeset(s, ctx, content.changeset, preview=preview, sender_office_id=header.sender.office_id,
                              cancel=cancel, progress=progress or no_progress)
    except NotAuthorised:
        raise   # its own message names the breach (services/sync/authority.py)
    except TooManyUnreadableRecords as e:   # its own message, shown as such
        raise ImportRefused(e.text, code=e.code, details=e.details) from e
    except ChangesetError as e:
        raise ContentInvalid(CHANGESET_FILE, e.message) from e
    for kind, summary in res.kinds.items():
        for o in OUTCOMES:
            outcome.count(kind, o, getattr(summary, o))
    if content.vocab_terms:
        apply_terms(s, content.vocab_terms, header.sender.office_id, outcome)
    if not preview:
        # The sender's knowledge just arrived: tombstones every holder has acknowledged can go.
        purge_tombstones(s)
    if content.attachments:
        from ..records.attachments import AttachmentService

        store = AttachmentService(ctx)
        for sha, data in content.attachments.items():
            if store.has_blob(sha):   # content-addressed: the same bytes are here already
                outcome.count(ATTACHMENT_FILES, "unchanged")
                continue
            if not preview:
                store.store(data)
            outcome.count(ATTACHMENT_FILES, "new")
    totals = res.totals()
    if totals["conflicts"]:
        outcome.messages.append(translate(
            "PackageImport", "{count} records were changed at two offices at the same time: see «Conflicts to "
            "resolve» (command «dnnd conflicts list») to choose the right values.").format(count=totals["conflicts"]))
    if totals["rejected"]:
        reasons = sorted({r.reason for r in res.rejections})[:3]
        # The reasons are the merge engine's technical words (English), for whoever reads the log.
        outcome.messages.append(translate(
            "PackageImport", "{count} invalid records were skipped ({reasons}). The sending office will send them "
            "again in its next package; if this happens again, ask the sending office to update the app.")
            .format(count=totals["rejected"], reasons="; ".join(reasons)))


def _blob_bytes(ctx: AppContext, hashes: list[str]) -> tuple[dict[str, bytes], int]:
    from ..records.attachments import AttachmentService

    store = AttachmentService(ctx)
    blobs: dict[str, bytes] = {}
    missing = 0
    for sha in hashes:
        data = store.read_blob(sha)   # opened from its seal, SHA-256 checked: never send wrong bytes
        if data is None:
            missing += 1
            continue
        blobs[sha] = data
    return blobs, missing


def collect_sync_files(s: Session, ctx: AppContext, peer_office_id: str, *, full: bool = False,
                       progress: ProgressCallback | None = None, cancel: CancelToken | None = None,
                       ) -> tuple[dict[str, bytes], Changeset, dict[str, int]]:
    """(files, changeset, counts) of the next sync package to a peer: every record changed since
    what the peer is known to hold (everything with `full`), and the attachment bytes. Call
    `mark_sync_sent` once the package file exists."""
    cs = changeset_for_peer(s, ctx, peer_office_id, full=full, cancel=cancel, progress=progress or no_progress)
    blobs, missing = _blob_bytes(ctx, cs.blob_hashes)
    counts = dict(cs.counts)
    terms = terms_for(s, ctx.installation.office_id, peer_office_id,
                      None if full else change_points.acknowledged(s, peer_office_id))
    if terms:
        counts["vocab_term"] = len(terms)
    if blobs:
        counts["attachment_files"] = len(blobs)
    if missing:
        counts["attachment_files_missing"] = missing
    return sync_files(cs, blobs, terms), cs, counts


def mark_sync_sent(s: Session, peer_office_id: str, cs: Changeset) -> None:
    mark_sent(s, peer_office_id, cs)
