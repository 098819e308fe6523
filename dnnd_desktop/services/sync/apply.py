"""Apply (or preview) a changeset in the caller's session and transaction.

Per kind, in dependency order, in batches: validate every incoming record (unknown kind or field,
types, UUIDs, stamps covered by the version, origin consistent with the stored record, no writes
claimed for this installation that it never made), then
  - records we do not have are inserted with Core bulk inserts (the fast path of a first full sync);
  - records we have are merged field by field (domain.merge) and updated only when the merge changes
    them; sibling values (conflicts) are kept in the conflicts table, which is what travels on.
A record pointing to one that has not arrived yet (packages imported out of order) gets a hidden
placeholder target, replaced when the real record comes. Preview mode runs the same checks and
counts, and writes nothing.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import Boolean, Date, Integer, Row, String, Text, bindparam, select, update
from sqlalchemy.orm import Session

from ...domain.merge import is_conflict, merge, sort_entries
from ...domain.messages import translate
from ...domain.progress import CancelToken, ProgressCallback, no_progress
from ...storage.models import MODEL_BY_KIND, Conflict, SyncedMixin, TrustedKey, utcnow
from ..audit import write_audit
from ..import_outcomes import OUTCOMES, Counts
from ..privacy import erasure_journal
from ..record_writer import RecordWriter
from ..records.attachments import drop_blobs_after_commit
from . import state as sync_state
from .authority import Authority
from .changeset import SIBLING_STATUSES, Changeset, ChangesetError, TooManyUnreadableRecords
from .codec import (
    KIND_ORDER,
    RowError,
    WireRecord,
    parse_time,
    parse_wire_line,
    row_state,
    state_columns,
    wiped_values,
)
from .tables import table_of
from .tombstones import purged_among

if TYPE_CHECKING:
    from ..app_context import AppContext

BATCH = 1000
MAX_KEPT_REJECTIONS = 1000   # details kept per import; the counts are always exact
# Lines that cannot be read as records at all (not valid JSON or not the declared record): a few
# are rejected one by one and the rest goes on (an older or newer app's odd record); more than this
# is no honest package, and the whole of it is refused at once, nothing written.
MAX_UNREADABLE_LINES = 1000
# Kinds that may get a hidden placeholder while a record pointing to them arrives first.
STUBBABLE = {"activities", "twinnings", "partners", "households", "persons"}
KindSummary = Counts   # the per-kind counts of one apply (kept as a name of the sync API)


@dataclass
class Rejection:
    kind: str
    record_id: str | None
    reason: str


@dataclass
class ApplyResult:
    preview: bool
    kinds: dict[str, KindSummary] = field(default_factory=dict)
    rejections: list[Rejection] = field(default_factory=list)

    def totals(self) -> dict[str, int]:
        return {o: sum(getattr(k, o) for k in self.kinds.values()) for o in OUTCOMES}

    def to_dict(self) -> dict[str, Any]:
        return {**self.totals(), "preview": self.preview,
                "kinds": {k: asdict(v) for k, v in self.kinds.items()},
                "rejections": [asdict(r) for r in self.rejections[:200]]}


def _stub_row(model: type[SyncedMixin], rid: str) -> dict[str, Any]:
    row: dict[str, Any] = {"id": rid, "version": {}, "field_stamps": {}, "deleted": True,
                           "search_text": "", "created_at": utcnow(), "updated_at": utcnow()}
    for col in table_of(model).columns:
        if col.key in row or col.nullable:
            continue
        t = col.type
        row[col.key] = (False if isinstance(t, Boolean) else 0 if isinstance(t, Integer)
                        else dt.date(1970, 1, 1) if isinstance(t, Date) else "" if isinstance(t, (String, Text))
                        else None)
    return row


class _Applier:
    def __init__(self, s: Session, ctx: AppContext, cs: Changeset, preview: bool, progress: ProgressCallback,
                 cancel: CancelToken | None, verified_sender: bool = False) -> None:
        self.s, self.ctx, self.cs, self.preview = s, ctx, cs, preview
        self.progress, self.cancel = progress, cancel
        self.result = ApplyResult(preview)
        self.unreadable = 0
        # Locked before anything is read: our counter and knowledge must not move under us.
        inst = sync_state.lock_installation(s)
        self.site_id, self.own_counter = inst.site_id, int(inst.site_counter or 0)
        self.max_counter = 0
        self.offices: dict[str, str] = {inst.site_id: inst.office_id, cs.header["site_id"]: cs.header["office_id"]}
        for site, office in s.execute(select(TrustedKey.site_id, TrustedKey.office_id)):
            if site:
                self.offices.setdefault(site, office)
        self.by_table: dict[str, type[SyncedMixin]] = {table_of(m).name: m for m in MODEL_BY_KIND.values()}
        self.opened: list[tuple[str, str, str]] = []
        # Who may write what, and how far counters may reach: a breach refuses the whole package.
        self.authority = Authority(s, cs.header["office_id"], cs.header["site_id"], sync_state.knowledge(s),
                                   check_owner=verified_sender)
        self.authority.check_counters(cs.base, "base")
        self.authority.check_counters(cs.upto, "upto")

    def reject(self, kind: str, rid: Any, reason: str) -> None:
        self.result.kinds[kind].rejected += 1
        # Counts stay exact; the details of the first ones only (a package of junk lines kept
        # hundreds of MB of them: issue 16 item 5).
        if len(self.result.rejections) < MAX_KEPT_REJECTIONS:
            self.result.rejections.append(Rejection(kind, rid if isinstance(rid, str) else None, reason))

    def run(self) -> ApplyResult:
        total = sum(self.cs.counts.values()) or 1
        done = 0
        for kind in KIND_ORDER:
            if kind not in self.cs.records:
                continue
            self.result.kinds[kind] = KindSummary()
            seen: set[str] = set()
            batch: list[WireRecord] = []
            for line in self.cs.lines(kind):
                done += 1
                try:
                    # Parsed and validated in one pass (the declared record, wire_schema.py).
                    w = parse_wire_line(MODEL_BY_KIND[kind], line)
                except RowError as e:
                    self.unreadable += 1
                    if self.unreadable > MAX_UNREADABLE_LINES:
                        raise TooManyUnreadableRecords(MAX_UNREADABLE_LINES) from e
                    self.reject(kind, e.record_id, str(e))
                    continue
                if w.id in seen:
                    self.reject(kind, w.id, "the same record twice in one changeset")
                    continue
                seen.add(w.id)
                self.authority.check_received(w.origin_office_id, kind)
                self.authority.check_counters(w.state["version"], kind)
                if w.state["version"].get(self.site_id, 0) > self.own_counter:
                    self.reject(kind, w.id, "claims writes of this installation that it never made")
                    continue
                batch.append(w)
                if len(batch) >= BATCH:
                    self.batch(kind, batch)
                    batch = []
                    if self.cancel:
                        self.cancel.raise_if_cancelled()
                    self.progress(done, total, str(translate("Sync", "Comparing and writing the synced data")))
            if batch:
                self.batch(kind, batch)
        self.progress(total, total, str(translate("Sync", "The synced data has been compared")))
        if not self.preview:
            self.finish()
        return self.result

    # -- one batch ------------------------------------------------------------------------------
    def batch(self, kind: str, batch: list[WireRecord]) -> None:
        model: type[SyncedMixin] = MODEL_BY_KIND[kind]
        table = table_of(model)
        summary = self.result.kinds[kind]
        ids = [w.id for w in batch]
        existing = {r["id"]: r for r in self.s.execute(select(table).where(table.c.id.in_(ids))).mappings()}
        # A purged tombstone stays gone: its record arriving late from an office is not let in.
        purged = purged_among(self.s, [i for i in ids if i not in existing])
        if purged:
            summary.unchanged += len(purged)
            batch = [w for w in batch if w.id not in purged]
        old_sib: dict[str, dict[str, Row[Any]]] = {}
        if existing:
            for c in self.s.execute(select(Conflict.id, Conflict.record_id, Conflict.field, Conflict.values,
                                           Conflict.status)
                                    .where(Conflict.record_kind == kind, Conflict.record_id.in_(list(existing)),
                                           Conflict.status.in_(SIBLING_STATUSES))):
                old_sib.setdefault(c.record_id, {})[c.field] = c
        personal, wiped = set(model.__personal_fields__), wiped_values(model)
        inserts: list[dict[str, Any]] = []
        updates: list[dict[str, Any]] = []
        sib_work: list[tuple[WireRecord, dict[str, list[dict[str, Any]]], dict[str, Row[Any]]]] = []
        erased_blobs: set[str] = set()
        for w in batch:
            for c in w.state["version"].values():
                self.max_counter = max(self.max_counter, c)
            row = existing.get(w.id)
            local = None
            if row is not None and row["version"]:
                if row["origin_office_id"] != w.origin_office_id or row["origin_site_id"] != w.origin_site_id:
                    self.reject(kind, w.id, "origin office/site differs from the stored record")
                    continue
                sib = {f: list(c.values or []) for f, c in old_sib.get(w.id, {}).items()}
                local = row_state(model, row, sib)
            incoming_meta = {"user": w.meta["user"], "at": w.meta["at"]}
            local_meta = ({"user": row["updated_by"], "at": _iso(row["updated_at"])}
                          if local and row is not None else None)
            try:
                res = merge(local, w.state, personal=personal, wiped=wiped,
                            local_meta=local_meta, incoming_meta=incoming_meta)
                cols = state_columns(model, res.state) if res.changed else None
            except RowError as e:
                self.reject(kind, w.id, str(e))
                continue
            if cols is None:   # no change; merge() always reports one when there is no local state
                summary.unchanged += 1
                continue
            # Only a real change needs the right to make it (an echo of what we hold is harmless).
            self.authority.check_write(row["origin_office_id"] if local is not None and row is not None
                                       else w.origin_office_id,
                                       row["origin_site_id"] if local is not None and row is not None
                                       else w.origin_site_id, kind, w)
            outcome = "new" if local is None else "updated"
            missing = self.missing_refs(model, cols)
            if missing:
                self.reject(kind, w.id, f"points to a record that is not here: {missing}")
                continue
            setattr(summary, outcome, getattr(summary, outcome) + 1)
            if res.opened:
                summary.conflicts += 1
                self.opened += [(kind, w.id, f) for f in sorted(res.opened)]
            if self.preview:
                continue
            now = utcnow()
            if row is None:
                inserts.append({**cols, "id": w.id, "origin_office_id": w.origin_office_id,
                                "origin_site_id": w.origin_site_id,
                                "created_at": parse_time(w.created_at) or now, "created_by": w.created_by,
                                "updated_at": now, "updated_by": w.meta["user"]})
            else:
                extra: dict[str, Any] = {}
                if local is None:  # a placeholder becomes the real record
                    extra = {"origin_office_id": w.origin_office_id, "origin_site_id": w.origin_site_id,
                             "created_at": parse_time(w.created_at) or now, "created_by": w.created_by}
                updates.append({**cols, **extra, "updated_at": now, "updated_by": w.meta["user"], "_id": w.id})
                if kind == "attachment" and cols.get("deleted") and not row["deleted"]:
                    # Deleted at the office that owns it (its record erased there): the bytes go
                    # here too once the import commits, unless a live attachment still uses them.
                    erased_blobs.add(row["sha256"])
                    erasure_journal.note(self.s, getattr(self.ctx, "data_dir", None), kind, w.id,
                                         erasure_journal.DELETE)
                if local is not None and personal and _wipes(row, cols, wiped):
                    # An erasure made at another office is journalled as ours are, so restoring a
                    # backup from before it never brings the person back (erasure_journal.py).
                    erasure_journal.note(self.s, getattr(self.ctx, "data_dir", None), kind, w.id,
                                         erasure_journal.DELETE if cols.get("deleted") else erasure_journal.ANONYMISE)
            if res.state["siblings"] or old_sib.get(w.id):
                sib_work.append((w, res.state["siblings"], old_sib.get(w.id, {})))
        if self.preview:
            return
        self.ensure_targets(model, inserts + updates)
        if inserts:
            self.s.execute(table.insert(), inserts)
        if updates:
            keys = sorted({k for u in updates for k in u if k != "_id"})
            for group in _group_by_keys(updates, keys):
                self.s.execute(update(table).where(table.c.id == bindparam("_id"))
                               .values({k: bindparam(k) for k in group[0] if k != "_id"}), group)
        for w, sib, old in sib_work:
            self.write_siblings(kind, w, sib, old)
        drop_blobs_after_commit(self.s, self.ctx, erased_blobs)

    # -- references -----------------------------------------------------------------------------
    def missing_refs(self, model: type[SyncedMixin], cols: dict[str, Any] | None) -> str | None:
        """Only references to tables that cannot get a placeholder (plans, tasks) reject a record."""
        if cols is None:
            return None
        for fk in table_of(model).foreign_keys:
            target = fk.column.table
            value = cols.get(fk.parent.key)
            if value is None or target.name in STUBBABLE:
                continue
            if self.s.execute(select(target.c.id).where(target.c.id == value)).first() is None:
                return f"{target.name}:{value}"
        return None

    def ensure_targets(self, model: type[SyncedMixin], rows: list[dict[str, Any]]) -> None:
        for fk in table_of(model).foreign_keys:
            target = fk.column.table
            if target.name not in STUBBABLE:
                continue
            wanted = {r[fk.parent.key] for r in rows if r.get(fk.parent.key)}
            if not wanted:
                continue
            have: set[str] = set()
            wl = list(wanted)
            for i in range(0, len(wl), BATCH):
                have |= set(self.s.scalars(select(target.c.id).where(target.c.id.in_(wl[i:i + BATCH]))))
            missing = wanted - have
            if missing:
                self.s.execute(target.insert(), [_stub_row(self.by_table[target.name], rid) for rid in sorted(missing)])

    # -- conflicts ------------------------------------------------------------------------------
    def write_siblings(self, kind: str, w: WireRecord, sib: dict[str, list[dict[str, Any]]],
                       old: dict[str, Row[Any]]) -> None:
        now = utcnow()
        for f, entries in sib.items():
            values = [self._with_office(e) for e in sort_entries(entries)]
            status = "open" if is_conflict(values) else "same"
            prev = old.get(f)
            if prev is None:
                # Base declares `__table__` as any FromClause; a mapped class's is a Table (insert()).
                self.s.execute(Conflict.__table__.insert(), [{  # type: ignore[attr-defined]
                    "record_kind": kind, "record_id": w.id, "field": f, "values": values, "status": status}])
            elif prev.values != values or prev.status != status:
                self.s.execute(update(Conflict).where(Conflict.id == prev.id).values(values=values, status=status))
        for f, prev in old.items():
            if f in sib:
                continue
            if prev.status == "open":
                self.s.execute(update(Conflict).where(Conflict.id == prev.id).values(
                    status="resolved", resolved_at=now, resolved_by=w.meta["user"],
                    notes=str(translate("Sync", "Resolved or changed again at another office."))))
            else:
                self.s.execute(update(Conflict).where(Conflict.id == prev.id).values(status="closed"))

    def _with_office(self, e: dict[str, Any]) -> dict[str, Any]:
        e = dict(e)
        if not e.get("office_id"):
            e["office_id"] = self.offices.get(e["stamp"][1])
        return {k: v for k, v in e.items() if v is not None or k == "value"}

    def finish(self) -> None:
        writer = RecordWriter(self.s, self.ctx)
        if self.max_counter:
            writer.observe_counter(self.max_counter)
        complete = not self.result.rejections
        # What a sender says it holds of our own computer never exceeds what we made.
        base, upto = self.authority.own_clamped(self.cs.base), self.authority.own_clamped(self.cs.upto)
        sync_state.note_received(self.s, base, upto, complete=complete)
        if self.cs.header["office_id"] != self.ctx.installation.office_id:
            sync_state.mark_received(self.s, self.cs.header["office_id"], upto)
        t = self.result.totals()
        write_audit(self.s, self.ctx, "sync_import", details=str(translate(
            "Sync", "Synced data imported from office {office_id}: {new} new, {updated} updated, {unchanged} "
            "unchanged, {conflicts} conflicts, {rejected} refused.")
            .format(office_id=self.cs.header["office_id"], **t)))
        for kind, rid, f in self.opened[:1000]:
            write_audit(self.s, self.ctx, "conflict", kind, rid, field=f,
                        details=str(translate("Sync", "Changed at two offices at the same time: the right value "
                                              "must be chosen.")))


def _wipes(before: Mapping[Any, Any], after: Mapping[str, Any], wiped: Mapping[str, Any]) -> bool:
    """The merge wipes a record's personal data that was here (a tombstone or an anonymisation)."""
    def is_wiped(row: Mapping[Any, Any]) -> bool:
        return all(row.get(f) == v for f, v in wiped.items())

    return is_wiped(after) and not is_wiped(before)


def _iso(v: object) -> str | None:
    return v.isoformat(timespec="seconds") if isinstance(v, dt.datetime) else None


def _group_by_keys(rows: list[dict[str, Any]], _keys: Iterable[str]) -> list[list[dict[str, Any]]]:
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for r in rows:
        groups.setdefault(tuple(sorted(r)), []).append(r)
    return list(groups.values())


def apply_changeset(s: Session, ctx: AppContext, changeset: Changeset, *, preview: bool = False,
                    sender_office_id: str | None = None, progress: ProgressCallback = no_progress,
                    cancel: CancelToken | None = None) -> ApplyResult:
    """Preview (preview=True: counts only, nothing written) or apply a changeset in session `s`.

    The caller owns the transaction (apply after a backup, commit once). `sender_office_id` is the
    verified package sender; it must match the changeset's own header, and only then is the
    ownership rule checked (sync/authority.py; without it, as in the merge engine's own tests, the
    counter bounds still hold)."""
    if sender_office_id is not None and sender_office_id != changeset.header.get("office_id"):
        raise ChangesetError(translate("SyncErrors", "The synced data does not match the office that signed the "
                                       "package. The package was not imported."), code="changeset_sender_mismatch")
    return _Applier(s, ctx, changeset, preview, progress, cancel, verified_sender=sender_office_id is not None).run()
