"""The queue "Xung đột cần xử lý": concurrent edits of one field (or a delete and an edit) kept with
every value until a person picks one.

Resolving writes the chosen value as a NEW local edit (a fresh stamp that has seen every value), so it
dominates them all and travels on like any other edit; at the other offices the conflict closes when
that edit arrives. The conflict row keeps every value, who resolved it and which one was kept.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from ...domain.errors import DnndError, NotFound, ValidationError
from ...domain.merge import DELETED, normalise_state, open_conflicts
from ...domain.messages import translate
from ...storage.models import MODEL_BY_KIND, Conflict, Office, SyncedMixin, TrustedKey, utcnow
from ..audit import write_audit
from ..record_writer import RecordWriter, derived_columns
from .codec import from_json, row_mapping, row_state

if TYPE_CHECKING:
    from ..app_context import AppContext

_NO_CONFLICT = translate("SyncErrors", "This conflict was not found (it may have been resolved already).")
LABEL_FIELDS = ("head_name", "full_name", "title", "name", "local_name", "code", "file_name", "purpose", "level")


@dataclass(frozen=True)
class ConflictValue:
    index: int
    value: Any                 # JSON form (dates as ISO text); for "__deleted__": True = delete, False = keep
    stamp: tuple[int, str]
    office_id: str | None
    office_name: str | None
    user: str | None
    at: str | None
    provisional: bool          # the value shown until someone decides


@dataclass(frozen=True)
class ConflictInfo:
    id: str
    record_kind: str
    record_id: str
    record_label: str
    field: str                 # a data field, or "__deleted__" for delete vs edit
    values: tuple[ConflictValue, ...]
    status: str                # open / resolved
    created_at: dt.datetime | None
    resolved_by: str | None
    resolved_at: dt.datetime | None
    resolution: int | None


def record_label(obj: SyncedMixin) -> str:
    for f in LABEL_FIELDS:
        v = getattr(obj, f, None)
        if v:
            return str(v)
    return obj.id


class ConflictService:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx

    # -- reading --------------------------------------------------------------------------------
    def _offices(self, s: Session) -> dict[str, str]:
        names = {o.id: o.name for o in s.scalars(select(Office))}
        for t in s.scalars(select(TrustedKey)):
            names.setdefault(t.office_id, t.office_name)
        return names

    def _info(self, c: Conflict, obj: SyncedMixin | None, offices: dict[str, str]) -> ConflictInfo:
        values = tuple(
            ConflictValue(i, e.get("value"), (int(e["stamp"][0]), str(e["stamp"][1])), e.get("office_id"),
                          offices.get(e.get("office_id") or ""), e.get("user"), e.get("at"), i == 0)
            for i, e in enumerate(c.values or []))
        return ConflictInfo(c.id, c.record_kind, c.record_id, record_label(obj) if obj else c.record_id, c.field,
                            values, c.status, c.created_at, c.resolved_by, c.resolved_at, c.resolution)

    def _is_live(self, c: Conflict, obj: SyncedMixin | None) -> bool:
        """Still a real conflict of the record as it is now (a later local edit of the field, or a
        tombstone for a field conflict, takes it off the queue)."""
        if obj is None:
            return False
        model = type(obj)
        state = row_state(model, row_mapping(obj), {c.field: c.values})
        if c.field not in open_conflicts(state):
            return False
        return c.field == DELETED or not obj.deleted

    def list(self, status: str = "open", limit: int | None = None) -> list[ConflictInfo]:
        """Conflicts to show, newest first. Open ones that no longer apply are closed on the way."""
        with self.ctx.session() as s:
            offices = self._offices(s)
            q = select(Conflict).where(Conflict.status == status).order_by(Conflict.created_at.desc())
            out = []
            for c in s.scalars(q):
                model: type[SyncedMixin] | None = MODEL_BY_KIND.get(c.record_kind)
                obj = s.get(model, c.record_id) if model else None
                if status == "open" and not self._is_live(c, obj):
                    if obj is not None and not obj.deleted:
                        c.status = "closed"  # overwritten by a later local edit
                    continue  # a field conflict of a tombstone waits hidden (back if it is restored)
                out.append(self._info(c, obj, offices))
                if limit and len(out) >= limit:
                    break
            return out

    def count_open(self) -> int:
        return len(self.list())

    def get(self, conflict_id: str) -> ConflictInfo:
        with self.ctx.session() as s:
            c = s.get(Conflict, conflict_id)
            if c is None:
                raise NotFound(_NO_CONFLICT, code="conflict_not_found")
            model: type[SyncedMixin] | None = MODEL_BY_KIND.get(c.record_kind)
            return self._info(c, s.get(model, c.record_id) if model else None, self._offices(s))

    # -- resolving ------------------------------------------------------------------------------
    def resolve(self, conflict_id: str, keep_index: int) -> ConflictInfo:
        with self.ctx.session() as s:
            c = s.get(Conflict, conflict_id)
            if c is None:
                raise NotFound(_NO_CONFLICT, code="conflict_not_found")
            if c.status != "open":
                raise DnndError(translate("SyncErrors", "This conflict has already been resolved."),
                                code="conflict_closed")
            values = list(c.values or [])
            if not isinstance(keep_index, int) or not 0 <= keep_index < len(values):
                raise ValidationError(translate("SyncErrors", "Choose a value from 1 to {count}.")
                                      .format(count=len(values)), code="bad_choice")
            model: type[SyncedMixin] = MODEL_BY_KIND[c.record_kind]
            obj = s.get(model, c.record_id)
            if obj is None:
                raise NotFound(translate("SyncErrors", "The record of this conflict was not found."),
                               code="conflict_record_not_found")
            if not self._is_live(c, obj):
                c.status = "closed"
                raise DnndError(translate("SyncErrors", "This conflict no longer exists (the record was changed or "
                                          "deleted since)."), code="conflict_stale")
            chosen = values[keep_index]
            writer = RecordWriter(s, self.ctx)
            if c.field == DELETED:
                self._resolve_delete(s, writer, obj, bool(chosen["value"]))
            else:
                self._resolve_field(writer, obj, c.field, chosen.get("value"))
            c.status, c.resolution = "resolved", keep_index
            c.resolved_by, c.resolved_at = self.ctx.user_name, utcnow()
            s.flush()
            close_stale_siblings(s, obj)
            return self._info(c, obj, self._offices(s))

    @staticmethod
    def _resolve_field(writer: RecordWriter, obj: SyncedMixin, f: str, value: Any) -> None:
        """The kept value as a new local edit, stamped even when it is the value already shown."""
        col = type(obj).__table__.columns[f]  # type: ignore[attr-defined]  # mapped subclasses have it
        writer.update(obj, {f: from_json(col, value) if value is not None else None}, force=True,
                      action="resolve_conflict",
                      details=str(translate("Sync", "Value chosen when resolving a conflict.")))

    def _resolve_delete(self, s: Session, writer: RecordWriter, obj: SyncedMixin, delete: bool) -> None:
        model = type(obj)
        others = s.scalars(select(Conflict).where(Conflict.record_kind == model.__kind__,
                                                  Conflict.record_id == obj.id, Conflict.field != DELETED,
                                                  Conflict.status.in_(("open", "same")))).all()
        if delete:
            # The tombstone stays; every other conflict of it is settled by the same write.
            kept = str(translate("Sync", "The deletion of the record is kept."))
            writer.delete(obj, force=True, settle=[c.field for c in others], details=kept)
            for c in others:
                c.status, c.resolved_by, c.resolved_at = "resolved", self.ctx.user_name, utcnow()
                c.notes = kept
            write_audit(s, self.ctx, "resolve_conflict", model.__kind__, obj.id, field=DELETED, details=kept)
        else:
            restored = str(translate("Sync", "Record deleted at another office restored."))
            writer.restore(obj, details=restored)
            # Personal fields hidden while the tombstone held a conflict show their provisional value
            # (their conflicts stay open for a person to pick).
            for c in others:
                if c.status == "open" and c.values:
                    col = model.__table__.columns[c.field]  # type: ignore[attr-defined]  # as above
                    v = c.values[0].get("value")
                    setattr(obj, c.field, from_json(col, v) if v is not None else None)
            self._derive(obj)
            write_audit(s, self.ctx, "resolve_conflict", model.__kind__, obj.id, field=DELETED, details=restored)

    @staticmethod
    def _derive(obj: SyncedMixin) -> None:
        model = type(obj)
        full = {f: getattr(obj, f) for f in model.data_fields()}
        for k, v in derived_columns(model, full).items():
            setattr(obj, k, v)


def close_stale_siblings(s: Session, obj: SyncedMixin) -> int:
    """Stored sibling sets of one record that a later local write has made stale are closed."""
    model = type(obj)
    rows = s.scalars(select(Conflict).where(Conflict.record_kind == model.__kind__, Conflict.record_id == obj.id,
                                            Conflict.status.in_(("open", "same")))).all()
    state = row_state(model, row_mapping(obj), {c.field: c.values for c in rows})
    live = normalise_state(state)["siblings"]
    n = 0
    for c in rows:
        if c.field not in live:
            c.status = "closed"
            n += 1
    return n


def close_stale(s: Session) -> int:
    """Housekeeping: mark open conflicts of records that no longer exist as closed."""
    n = 0
    for c in s.scalars(select(Conflict).where(Conflict.status == "open")):
        model = MODEL_BY_KIND.get(c.record_kind)
        if model is None or s.get(model, c.record_id) is None:
            s.execute(update(Conflict).where(Conflict.id == c.id).values(status="closed"))
            n += 1
    return n
