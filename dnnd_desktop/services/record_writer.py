"""The one place every record write goes through (DESIGN.md rule 5).

It normalises text to NFC, keeps the folded search text and the Vietnamese sort keys, stamps the sync
metadata (origin, version vector, per-field (counter, site) stamps), makes tombstones that wipe
personal data, and writes the audit log with the current user. Sensitive fields are masked in the
audit log so it never becomes a second copy of them.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import String, Text, update
from sqlalchemy.orm import Session
from sqlalchemy.types import TypeEngine

from ..domain.merge import pack_stamps, unpack_stamps
from ..domain.messages import translate
from ..domain.record_kinds import KINDS
from ..domain.text import clean, nfc, search_text, sort_key
from ..storage.models import AuditEntry, Installation, SyncedMixin, utcnow
from .audit import MASK, write_audit
from .privacy import erasure_journal

if TYPE_CHECKING:
    from .app_context import AppContext

Record = TypeVar("Record", bound=SyncedMixin)


def normalise_value(column_type: TypeEngine[Any], value: Any) -> Any:
    """NFC for all text; single-line fields are also trimmed and their spaces collapsed."""
    if isinstance(value, str):
        if isinstance(column_type, Text):
            text = nfc(value).strip()
            return text or None
        if isinstance(column_type, String):
            return clean(value)
    return value


@cache
def _sort_prefixes(kind: str) -> dict[str, int]:
    """field -> characters its key covers, for a kind's long-text sort keys (asked for every row)."""
    spec = KINDS.get(kind)
    return spec.sort_prefixes if spec else {}


def derived_columns(model: type[SyncedMixin], row: dict[str, Any]) -> dict[str, Any]:
    """search_text and sort-key columns computed from a full row of data fields."""
    out: dict[str, Any] = {"search_text": search_text(*(row.get(f) for f in model.__search_fields__))}
    prefixes = _sort_prefixes(model.__kind__)
    for field, sort_col in model.__sort_keys__.items():
        value = row.get(field)
        limit = prefixes.get(field)
        if limit is None:
            out[sort_col] = sort_key(value)
        else:
            # Long free text, keyed by its beginning; optional, so its key is NULL where it is
            # (the list keeps putting rows without it where the database puts NULLs).
            out[sort_col] = None if value is None else sort_key(value[:limit])
    return out


class RecordWriter:
    """Bound to one session (one transaction) and one application context."""

    def __init__(self, session: Session, ctx: AppContext) -> None:
        self.s = session
        self.ctx = ctx
        self.site_id: str = ctx.installation.site_id
        self.office_id: str = ctx.installation.office_id

    # -- stamps ---------------------------------------------------------------------------------
    def next_counter(self, n: int = 1) -> int:
        """Reserve `n` counter values; returns the first. The UPDATE takes SQLite's write lock, so
        two processes never hand out the same counter."""
        self.s.execute(update(Installation).where(Installation.id == 1)
                       .values(site_counter=Installation.site_counter + n))
        last = self.s.get_one(Installation, 1, populate_existing=True).site_counter
        return last - n + 1

    def observe_counter(self, counter: int) -> None:
        """Lamport rule for merges: after seeing a remote stamp, our next stamps are higher."""
        self.s.execute(update(Installation).where(Installation.id == 1, Installation.site_counter < counter)
                       .values(site_counter=counter))

    def _user(self) -> str:
        return self.ctx.user_name

    def _normalise(self, model: type[SyncedMixin], values: dict[str, Any]) -> dict[str, Any]:
        cols = model.__table__.columns  # type: ignore[attr-defined]
        fields = set(model.data_fields())
        unknown = set(values) - fields
        if unknown:
            raise KeyError(f"{model.__kind__}: unknown fields {sorted(unknown)}")
        return {k: normalise_value(cols[k].type, v) for k, v in values.items()}

    def prepare_insert(self, model: type[SyncedMixin], values: dict[str, Any], counter: int,
                       record_id: str | None = None) -> dict[str, Any]:
        """A complete row for a new record (usable with Core bulk inserts by importers)."""
        from ..storage.models import new_id

        row = self._normalise(model, values)
        now = utcnow()
        stamp = [counter, self.site_id]
        return {
            **row,
            **derived_columns(model, row),
            "id": record_id or new_id(self.site_id),
            "origin_office_id": self.office_id,
            "origin_site_id": self.site_id,
            "version": {self.site_id: counter},
            "field_stamps": pack_stamps({f: stamp for f in row}),
            "deleted": False,
            "created_at": now,
            "updated_at": now,
            "created_by": self._user(),
            "updated_by": self._user(),
        }

    # -- writes ---------------------------------------------------------------------------------
    def create(self, model: type[Record], values: dict[str, Any], record_id: str | None = None) -> Record:
        row = self.prepare_insert(model, values, self.next_counter(), record_id)
        obj = model(**row)
        self.s.add(obj)
        self.s.flush()
        shown = {k: (MASK if k in model.__sensitive_fields__ and v else v)
                 for k, v in row.items() if k in values and v not in (None, "")}
        write_audit(self.s, self.ctx, "create", model.__kind__, obj.id, new=shown)
        return obj

    def update(self, obj: SyncedMixin, changes: dict[str, Any], force: bool = False, *,
               action: str = "update", details: str | None = None) -> dict[str, tuple[Any, Any]]:
        """Apply the fields that really change; returns {field: (old, new)}. With `force`, every
        given field is written and stamped even when its value is the same (a conflict resolved by
        keeping the value already shown must still dominate the other values)."""
        model = type(obj)
        if obj.deleted:
            from ..domain.errors import DnndError
            raise DnndError(translate("RecordErrors", "This record has been deleted and can no longer be changed."),
                            code="deleted")
        new_values = self._normalise(model, changes)
        changed = {f: (getattr(obj, f), v) for f, v in new_values.items() if force or getattr(obj, f) != v}
        if not changed:
            return {}
        counter = self.next_counter()
        stamps = unpack_stamps(obj.field_stamps)
        for f, (old, new) in changed.items():
            setattr(obj, f, new)
            stamps[f] = [counter, self.site_id]
            sensitive = f in model.__sensitive_fields__
            write_audit(self.s, self.ctx, action, model.__kind__, obj.id, field=f,
                        old=MASK if sensitive and old else old, new=MASK if sensitive and new else new,
                        details=details)
        obj.field_stamps = pack_stamps(stamps)
        self._touch(obj, counter)
        self.s.flush()
        return changed

    def _touch(self, obj: SyncedMixin, counter: int) -> None:
        """The bookkeeping of every write: version, derived columns, who and when."""
        model = type(obj)
        obj.version = {**(obj.version or {}), self.site_id: counter}
        full = {f: getattr(obj, f) for f in model.data_fields()}
        for k, v in derived_columns(model, full).items():
            setattr(obj, k, v)
        obj.updated_at = utcnow()
        obj.updated_by = self._user()

    def restore(self, obj: SyncedMixin, *, details: str | None = None) -> bool:
        """Undelete a tombstone as an edit that travels (its "__deleted__" stamp is the restore's).
        Wiped personal fields stay wiped: the caller (or a person) enters them again. Returns False
        when the record was not deleted."""
        if not obj.deleted:
            return False
        counter = self.next_counter()
        obj.deleted = False
        obj.merged_into_id = None
        obj.field_stamps = pack_stamps({**unpack_stamps(obj.field_stamps), "__deleted__": [counter, self.site_id]})
        self._touch(obj, counter)
        write_audit(self.s, self.ctx, "restore", type(obj).__kind__, obj.id, details=details)
        self.s.flush()
        return True

    def delete(self, obj: SyncedMixin, *, merged_into: str | None = None, force: bool = False,
               settle: Iterable[str] = (), details: str | None = None) -> None:
        """Tombstone: hidden everywhere, personal fields wiped, travels to other offices.

        `force` writes a new delete even on a tombstone (a person keeping a delete that conflicted
        with an edit); `settle` names other fields this same write stamps at their current value
        (settling their conflicts)."""
        model = type(obj)
        if obj.deleted and not force:
            return
        if obj.deleted and merged_into is None:
            merged_into = obj.merged_into_id
        counter = self.next_counter()
        self._wipe_personal(obj, counter)
        stamps = unpack_stamps(obj.field_stamps)
        for f in settle:
            if f in model.data_fields():
                stamps[f] = [counter, self.site_id]
        stamps["__deleted__"] = [counter, self.site_id]
        obj.field_stamps = pack_stamps(stamps)
        obj.deleted = True
        obj.merged_into_id = merged_into
        self._touch(obj, counter)
        write_audit(self.s, self.ctx, "merge" if merged_into else "delete", model.__kind__, obj.id,
                    details=details or (str(translate("AuditLog", "merged into {record}").format(record=merged_into))
                                        if merged_into else None))
        self.s.flush()

    def anonymise(self, obj: SyncedMixin) -> None:
        """Wipe personal data but keep the record (its counts still feed reports)."""
        counter = self.next_counter()
        self._wipe_personal(obj, counter, placeholder=True)
        obj.version = {**(obj.version or {}), self.site_id: counter}
        obj.updated_at = utcnow()
        write_audit(self.s, self.ctx, "anonymise", type(obj).__kind__, obj.id)
        self.s.flush()

    def _wipe_personal(self, obj: SyncedMixin, counter: int, placeholder: bool = False) -> None:
        model = type(obj)
        if not model.__personal_fields__:
            return
        stamps = unpack_stamps(obj.field_stamps)
        cols = model.__table__.columns  # type: ignore[attr-defined]
        for f in model.__personal_fields__:
            # Required name columns cannot be NULL: they get a neutral placeholder. Empty fields are
            # stamped too: an edit made elsewhere that this wipe has not seen then conflicts with it
            # (and stays hidden on the tombstone) instead of silently filling the field.
            keep_required = not cols[f].nullable
            # Data, not a UI text: the same placeholder as sync.codec.PLACEHOLDER_NAME, at every office.
            setattr(obj, f, "(đã ẩn danh)" if keep_required else None)
            stamps[f] = [counter, self.site_id]
        obj.field_stamps = pack_stamps(stamps)
        full = {f: getattr(obj, f) for f in model.data_fields()}
        for k, v in derived_columns(model, full).items():
            setattr(obj, k, v)
        self.scrub_audit(obj.id)
        # Backups taken before this wipe still hold the data: a restore re-applies the journal.
        erasure_journal.note(self.s, getattr(self.ctx, "data_dir", None), model.__kind__, obj.id,
                             erasure_journal.ANONYMISE if placeholder else erasure_journal.DELETE)

    def scrub_audit(self, record_id: str) -> None:
        """Old values in the audit log would keep wiped personal data alive: blank them."""
        self.s.execute(update(AuditEntry).where(AuditEntry.record_id == record_id)
                       .values(old_value=None, new_value=None))

    def delete_many(self, objs: Iterable[SyncedMixin]) -> int:
        n = 0
        for o in objs:
            self.delete(o)
            n += 1
        return n


def today() -> dt.date:
    return dt.date.today()
