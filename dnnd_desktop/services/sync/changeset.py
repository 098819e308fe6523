"""What a sync package carries: every synced record changed since a base vector, as JSON lines.

Files (names for the package container):
    sync/changeset.json      {"format": "dnnd-changeset", "format_version": 1, "office_id", "site_id",
                              "base": {site: counter}, "upto": {site: counter},
                              "counts": {kind: n}, "blobs": [sha256, ...]}
    sync/<kind>.jsonl        one record per line (see codec.to_wire), kinds in dependency order

`blobs` lists the SHA-256 of every live attachment in the changeset so the packager can add the
bytes. A record is included when its version vector holds a write the base does not cover; that
includes tombstones, links and records first made at other offices (they travel on).
"""
from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import RowMapping, Select, Table, or_, select
from sqlalchemy.orm import Session

from ...domain.errors import DnndError
from ...domain.formatting import format_number
from ...domain.merge import exceeds
from ...domain.messages import translate
from ...domain.progress import CancelToken, ProgressCallback, no_progress
from ...domain.record_kinds import kind_spec
from ...domain.schema_errors import SchemaViolation, joined, problems, rendered
from ...storage.models import MODEL_BY_KIND, Conflict, RecordShare, SyncedMixin, TrustedKey
from . import change_points, consent_withheld, owner_sites
from . import state as sync_state
from .changeset_schema import FORMAT, FORMAT_VERSION, HEADER_NAMING, ChangesetHeaderSchema
from .codec import KIND_ORDER, StoredSiblings, to_wire
from .consent_withheld import SharingScreen
from .recipients import Entitlement, entitlement, shared_since
from .tables import table_of

if TYPE_CHECKING:
    from ..app_context import AppContext

HEADER_FILE = "sync/changeset.json"
SIBLING_STATUSES = ("open", "same")
_CHUNK = 900
# Task rows are each office's own copy of a province plan's tasks (status, progress note: that
# office's work). They arrive in `tasks` packages; in sync packages they would meet the peer's own
# copy of the same task and make false conflicts, so peers never get them.
LOCAL_KINDS = frozenset({"task"})
PEER_KINDS = tuple(k for k in KIND_ORDER if k not in LOCAL_KINDS)


def kind_file(kind: str) -> str:
    return f"sync/{kind}.jsonl"


class ChangesetError(DnndError):
    code = "changeset_invalid"


NEWER_CODE = "changeset_newer"   # passed through to the person as such: "update THIS app"


class TooManyUnreadableRecords(ChangesetError):
    """More records of a package cannot be read than an honest package ever holds (a wrong or junk
    package): the whole package is refused as soon as the bound is passed, instead of reading every
    line to reject it one by one (a 685,767-line junk package took 177 s: issue 16 item 4)."""

    code = "too_many_unreadable_records"

    def __init__(self, limit: int) -> None:
        super().__init__(translate(
            "SyncErrors", "More than {limit} records of the sync package cannot be read: it was made wrong or by an "
            "app that does not match this one. It was not imported and nothing changed. Ask the sending office to "
            "check its app and make the package again.").format(limit=format_number(limit)),
            details={"limit": limit})


class RecordCountMismatch(ChangesetError):
    """A record file holds another number of lines than the description lists: the package was made
    wrong or altered after it was made (a junk-line bomb is one). Its own message, shown as such."""

    code = "record_count_mismatch"

    def __init__(self, kind: str, found: int, listed: int) -> None:
        super().__init__(translate(
            "SyncErrors", "The sync package holds {found} lines of {kind} where its description lists {listed}: the "
            "package was made wrong or changed after it was made. It was not imported and nothing changed. Ask the "
            "sending office to check its app and make the package again.")
            .format(found=format_number(found), listed=format_number(listed), kind=kind_spec(kind).label),
            details={"kind": kind, "found": found, "listed": listed})


@dataclass
class Changeset:
    header: dict[str, Any]   # JSON, as check_header accepted it (see the module docstring)
    records: dict[str, bytes] = field(default_factory=dict)   # kind -> JSON lines
    # Not sent: the store's change number it was collected at, and the rows read to build it.
    change_seq: int | None = None
    rows_read: int = 0
    withheld: SharingScreen | None = None   # who was left out for want of consent (consent_withheld.py)

    @property
    def base(self) -> dict[str, int]:
        return dict(self.header.get("base") or {})

    @property
    def upto(self) -> dict[str, int]:
        return dict(self.header.get("upto") or {})

    @property
    def blob_hashes(self) -> list[str]:
        return list(self.header.get("blobs") or [])

    @property
    def counts(self) -> dict[str, int]:
        return dict(self.header.get("counts") or {})

    def files(self) -> dict[str, bytes]:
        out = {HEADER_FILE: json.dumps(self.header, ensure_ascii=False, sort_keys=True).encode()}
        for kind, data in self.records.items():
            out[kind_file(kind)] = data
        return out

    def lines(self, kind: str) -> Iterator[bytes]:
        data = self.records.get(kind)
        if not data:
            return
        if not isinstance(data, (bytes, bytearray, memoryview)):
            # A received file read back from its temporary file line by line
            # (services/packages/spooled_entries.RecordLines), never loaded whole.
            yield from data.lines()
            return
        for line in data.split(b"\n"):
            if line.strip():
                yield line

    @classmethod
    def from_files(cls, files: Mapping[str, bytes]) -> Changeset:
        """Rebuild from package content files; refuses anything unexpected."""
        if HEADER_FILE not in files:
            raise ChangesetError(translate("SyncErrors", "The sync package lacks its data description. Ask the "
                                           "sending office to make the package again."))
        try:
            header = json.loads(files[HEADER_FILE])
        except (ValueError, UnicodeDecodeError) as e:
            raise ChangesetError(translate("SyncErrors", "The data description of the sync package is damaged. Ask "
                                           "the sending office to make the package again.")) from e
        check_header(header)
        allowed = {kind_file(k): k for k in KIND_ORDER}
        records = {}
        for name, data in files.items():
            if name == HEADER_FILE or not name.startswith("sync/"):
                continue
            if name not in allowed:
                raise ChangesetError(translate("SyncErrors", "The sync package holds an unknown file «{name}». The "
                                               "package was not imported.").format(name=name))
            records[allowed[name]] = data if hasattr(data, "lines") else bytes(data)
        for kind, data in records.items():
            # A spooled record file knows its line count: more lines than the description lists
            # are refused before any is read (685,767 junk lines took 192 s and 472 MB otherwise).
            found, listed = getattr(data, "line_count", None), header["counts"].get(kind, 0)
            if found not in (None, listed):
                raise RecordCountMismatch(kind, found, listed)
        for kind, n in header["counts"].items():
            if n and kind not in records:
                raise ChangesetError(translate("SyncErrors", "The sync package lacks data listed in its description. "
                                               "The package was not imported."))
        return cls(header, records)


_NOT_SYNC_DATA = translate("SyncErrors", "This is not sync data of this software. The package was not imported.")
_NEWER = translate("SyncErrors", "The sync package was made with a newer version of the app than the one on this "
                                 "computer. Update the app on this computer to the newest version, then import the "
                                 "package again; the sending office need not do anything.")
_BAD_HEADER = translate("SyncErrors", "The description of the sync package is not valid ({problems}). The package "
                                      "was not imported.")


def check_header(header: Any) -> None:
    """The changeset's description against its declared schema (changeset_schema.py). Not ours
    at all, from a newer version, or invalid: three refusals, the last naming its problems."""
    try:
        ChangesetHeaderSchema.model_validate(header)
    except SchemaViolation as e:
        places = {tuple(err["loc"])[:1] for err in e.errors(include_url=False)}
        if not isinstance(header, dict) or ("format",) in places:
            raise ChangesetError(_NOT_SYNC_DATA) from None
        version = header.get("format_version")
        if ("format_version",) in places and type(version) is int and version > FORMAT_VERSION:
            raise ChangesetError(_NEWER, code=NEWER_CODE) from None
        found = problems(e, HEADER_NAMING)
        raise ChangesetError(_BAD_HEADER.format(problems=joined(found[:3])),
                             details={"problems": rendered(found)}) from None


def open_siblings(s: Session, kind: str, ids: list[str] | None) -> dict[str, dict[str, list[dict[str, Any]]]]:
    """{record_id: {field: values}} for stored sibling sets (open conflicts and equal-value ones)
    of these records (`None`: of every record of the kind)."""
    out: dict[str, dict[str, list[dict[str, Any]]]] = {}
    if ids is not None and not ids:
        return out
    q = select(Conflict.record_id, Conflict.field, Conflict.values).where(
        Conflict.record_kind == kind, Conflict.status.in_(SIBLING_STATUSES))
    rows = s.execute(q if ids is None else q.where(Conflict.record_id.in_(ids)))
    for rid, f, values in rows:
        out.setdefault(rid, {})[f] = list(values or [])
    return out


def owner_rows(table: Table, entitled: Entitlement, columns: list[Any], since: int | None) -> Select[Any]:
    """The rows of the owners a recipient may receive, changed after `since`, selected in SQL through
    `ix_<table>_owner_change` (storage/models): other offices' rows are never read."""
    q = select(*columns).where(table.c.origin_office_id.in_(sorted(entitled.owners)))
    return q if since is None else q.where(table.c.change_seq > since)


def shared_rows(table: Table, kind: str, entitled: Entitlement, columns: list[Any], since: int | None) -> Select[Any]:
    """The rows of other owners explicitly shared with the recipient, changed after `since`."""
    q = select(*columns).where(
        table.c.id.in_(select(RecordShare.record_id).where(RecordShare.office_id == entitled.office_id,
                                                           RecordShare.record_kind == kind)),
        or_(table.c.origin_office_id.is_(None), table.c.origin_office_id.not_in(sorted(entitled.owners))))
    return q if since is None else q.where(table.c.change_seq > since)


def _candidates(s: Session, table: Table, kind: str, columns: list[Any], since: int | None,
                entitled: Entitlement | None) -> Iterator[Any]:
    if entitled is None:
        q = select(*columns)
        yield from s.execute(q if since is None else q.where(table.c.change_seq > since))
        return
    yield from s.execute(owner_rows(table, entitled, columns, since))
    if entitled.shared_ids:
        yield from s.execute(shared_rows(table, kind, entitled, columns, since))


def collect_changeset(s: Session, ctx: AppContext, base: Mapping[str, int] | None = None, *,
                      progress: ProgressCallback = no_progress, cancel: CancelToken | None = None,
                      kinds: tuple[str, ...] = KIND_ORDER, since: int | None = None,
                      entitled: Entitlement | None = None, extra_ids: frozenset[str] = frozenset(),
                      screen: SharingScreen | None = None, own_sites: frozenset[str] = frozenset()) -> Changeset:
    """Every synced record of `kinds` whose version is not covered by `base` (everything when base
    is empty). With `since`, only rows whose change number is above it are read (through the
    index); with `entitled`, only records that recipient may receive are read (recipients.py), and
    `upto` claims only what the recipient then holds (owner_sites.py); `extra_ids` go whatever their
    version (records newly shared with the recipient); `screen` leaves
    out who has no consent to share (consent_withheld.py); `own_sites` are the recipient's own
    computers, whose writes it holds (with `entitled`)."""
    base = dict(base or {})
    upto = sync_state.knowledge(s)
    if entitled is not None:
        counters = owner_sites.counters(s, kinds)
        # The recipient holds every write its own computers made, whatever its packages claimed:
        # a filtered package's upto states only what its recipient holds, so without this its own
        # records would be echoed back to it after each of its packages.
        for per_site in counters.values():
            for site, counter in per_site.items():
                if site in own_sites and counter > base.get(site, 0):
                    base[site] = counter
        held = owner_sites.withheld_sites(counters, entitled, base,
                                          owner_sites.unshared_counters(s, kinds, entitled))
        upto = owner_sites.truthful_upto(upto, base, held)
    point = change_points.store_point(s)
    rows_read = 0
    counts: dict[str, int] = {}
    records: dict[str, bytes] = {}
    blobs: set[str] = set()
    for i, kind in enumerate(KIND_ORDER):
        if cancel:
            cancel.raise_if_cancelled()
        progress(i, len(KIND_ORDER), str(translate("Sync", "Choosing the data to send")))
        if kind not in kinds:
            continue
        model: type[SyncedMixin] = MODEL_BY_KIND[kind]
        table = table_of(model)
        parts: list[bytes] = []
        encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode

        def add(row: RowMapping, sib: Mapping[str, StoredSiblings], kind: str = kind,
                model: type[SyncedMixin] = model, parts: list[bytes] = parts,
                encode: Callable[[object], str] = encode) -> None:
            if screen is not None and not screen.allows(kind, row):
                return
            parts.append(encode(to_wire(model, row, sib.get(row["id"]))).encode())
            if kind == "attachment" and not row["deleted"]:
                blobs.add(row["sha256"])

        if not base and since is None:
            # A full changeset: one pass over the rows the recipient may receive (every real record
            # goes; placeholders, with an empty version, never do).
            sib = open_siblings(s, kind, None)
            for row in _candidates(s, table, kind, [table], None, entitled):
                rows_read += 1
                if row._mapping["version"]:
                    add(row._mapping, sib)
        else:
            ids = []
            for rid, version, owner in _candidates(
                    s, table, kind, [table.c.id, table.c.version, table.c.origin_office_id], since, entitled):
                rows_read += 1
                if version and (exceeds(version, base) or rid in extra_ids) and (
                        entitled is None or entitled.allows(owner, rid)):
                    ids.append(rid)
            if extra_ids:
                have = set(ids)
                wanted = sorted(extra_ids - have)   # in chunks: consent given to a whole commune at once
                for start in range(0, len(wanted), _CHUNK):
                    for rid, owner, version in s.execute(
                            select(table.c.id, table.c.origin_office_id, table.c.version)
                            .where(table.c.id.in_(wanted[start:start + _CHUNK]))):
                        rows_read += 1
                        if version and (entitled is None or entitled.allows(owner, rid)):
                            ids.append(rid)
            for start in range(0, len(ids), _CHUNK):
                chunk = ids[start:start + _CHUNK]
                sib = open_siblings(s, kind, chunk)
                for row in s.execute(select(table).where(table.c.id.in_(chunk))).mappings():
                    add(row, sib)
        if not parts:
            continue
        counts[kind] = len(parts)
        records[kind] = b"\n".join(parts) + b"\n"
    progress(len(KIND_ORDER), len(KIND_ORDER), str(translate("Sync", "The data to send has been chosen")))
    header = {
        "format": FORMAT, "format_version": FORMAT_VERSION,
        "office_id": ctx.installation.office_id, "site_id": ctx.installation.site_id,
        "base": base, "upto": upto, "counts": counts, "blobs": sorted(blobs),
    }
    return Changeset(header, records, change_seq=point, rows_read=rows_read, withheld=screen)


def changeset_for_peer(s: Session, ctx: AppContext, peer_office_id: str, *, full: bool = False,
                       progress: ProgressCallback = no_progress, cancel: CancelToken | None = None) -> Changeset:
    """The changeset for the next sync package to a peer: only records it may receive
    (recipients.py), read from its last acknowledged change number on (change_points.py). Call
    `mark_sent` once the package exists."""
    base = {} if full else sync_state.peer_base(s, peer_office_id)
    since = None if full else change_points.acknowledged(s, peer_office_id)
    extra = frozenset(shared_since(s, peer_office_id, None if full else change_points.shares_point(
        sync_state.peer_state(s, peer_office_id))))
    screen = SharingScreen.open(s, peer_office_id) if consent_withheld.ENABLED else None
    if screen is not None:
        extra |= screen.released   # consent given since they were left out: they go now
    return collect_changeset(s, ctx, base, progress=progress, cancel=cancel, kinds=PEER_KINDS, since=since,
                             entitled=entitlement(s, peer_office_id), extra_ids=extra, screen=screen,
                             own_sites=frozenset() if full else _own_sites(s, peer_office_id))


def _own_sites(s: Session, peer_office_id: str) -> frozenset[str]:
    """The peer's computers, whose writes it holds; none before it has sent us anything, nor after
    reset_peer (a restored peer may have lost its own writes: everything goes)."""
    row = sync_state.peer_state(s, peer_office_id)
    if row is None or row.last_received_at is None:
        return frozenset()
    sites = s.scalars(select(TrustedKey.site_id).where(TrustedKey.office_id == peer_office_id))
    return frozenset(site for site in sites if site)


def mark_sent(s: Session, peer_office_id: str, changeset: Changeset) -> None:
    sync_state.mark_sent(s, peer_office_id, changeset.upto)
    row = sync_state.peer_state(s, peer_office_id, create=True)
    if row is not None and changeset.change_seq is not None:
        change_points.note_sent(row, changeset.change_seq, changeset.upto)
    if changeset.withheld is not None:
        consent_withheld.note_sent(s, changeset.withheld, changeset.change_seq)
