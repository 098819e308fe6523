"""The links of an activity (persons met, partners, twinning pairs, tasks) and the one checked path
every link change takes: the activity form's Save, RecordService.link/unlink and the Tasks page.

A change is checked in full before anything is written, and written inside the caller's
transaction, so a Save with several links applies all of them or none.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain.errors import NotFound, ValidationError
from ...domain.messages import translate
from ..record_writer import RecordWriter
from .record_service import LINKS, load_live, require_editable_here
from .types import ActivityLinks, LinkedRecord

NAME_OF = {"person": "full_name", "partner": "name", "twinning": "local_name", "task": "title"}

LinkIds = Mapping[str, Iterable[str]]   # {"partner": [id, ...], ...}


def link_parts(other_kind: str) -> tuple[type[Any], str, type[Any]]:
    try:
        return LINKS[other_kind]
    except KeyError:
        raise ValidationError(translate("RecordErrors", "An activity cannot be linked to «{kind}».").format(
            kind=other_kind), code="bad_link") from None


def editable_activity(s: Session, activity_id: str) -> Any:
    """The activity a link change is made on: it must be there, live, and this office's own (a lower
    office's activity is a read-only copy at the province, its links included)."""
    activity = load_live(s, "activity", activity_id)
    require_editable_here(s, activity)
    return activity


@dataclass(frozen=True)
class LinkChanges:
    """Checked link changes, ready to write: (kind, other id) pairs to add and to remove."""
    add: tuple[tuple[str, str], ...] = ()
    remove: tuple[tuple[str, str], ...] = ()


def check_link_changes(s: Session, add: LinkIds | None = None, remove: LinkIds | None = None) -> LinkChanges:
    """Check every change before any is written: each kind can be linked to an activity and each
    record to link is there and live. Records to unlink need not be live: a record deleted since the
    form was opened has lost its links already, and refusing the whole Save for it would help no one.
    The activity itself is checked by the caller (editable_activity, or it is being created)."""
    adds: list[tuple[str, str]] = []
    removes: list[tuple[str, str]] = []
    for kind, ids in (add or {}).items():
        _link_model, _col, other_model = link_parts(kind)
        for other_id in dict.fromkeys(ids):
            other = s.get(other_model, other_id)
            if other is None or other.deleted:
                raise NotFound(translate("RecordErrors", "The record to link is gone (it may have been deleted). "
                                         "Reload."), code="record_not_found")
            adds.append((kind, other_id))
    for kind, ids in (remove or {}).items():
        link_parts(kind)
        removes.extend((kind, other_id) for other_id in dict.fromkeys(ids))
    return LinkChanges(tuple(adds), tuple(removes))


def write_link_changes(s: Session, w: RecordWriter, activity_id: str, changes: LinkChanges) -> dict[str, int]:
    """Write checked changes in the caller's transaction: removals first, then additions (a record
    named in both ends up linked). Linking twice or unlinking what is not linked changes nothing.
    Returns {"added": n, "removed": n} counting real changes."""
    removed = added = 0
    for kind, other_id in changes.remove:
        for link in _live_links(s, activity_id, kind, other_id):
            w.delete(link)
            removed += 1
    for kind, other_id in changes.add:
        if not _live_links(s, activity_id, kind, other_id):
            link_model, col, _other = LINKS[kind]
            w.create(link_model, {"activity_id": activity_id, col: other_id})
            added += 1
    return {"added": added, "removed": removed}


def change_links(s: Session, w: RecordWriter, activity_id: str, add: LinkIds | None = None,
                 remove: LinkIds | None = None) -> dict[str, int]:
    """Link and unlink on an existing activity with every check, in the caller's transaction."""
    editable_activity(s, activity_id)
    return write_link_changes(s, w, activity_id, check_link_changes(s, add, remove))


def link_id(s: Session, activity_id: str, other_kind: str, other_id: str) -> str | None:
    links = _live_links(s, activity_id, other_kind, other_id)
    return links[0].id if links else None


def _live_links(s: Session, activity_id: str, kind: str, other_id: str) -> list[Any]:
    link_model, col, _other = LINKS[kind]
    return list(s.scalars(select(link_model).where(
        link_model.activity_id == activity_id, getattr(link_model, col) == other_id,
        link_model.deleted.is_(False))).all())


def links_of(s: Session, activity_id: str) -> ActivityLinks:
    """{"person": (LinkedRecord, ...), "partner": ..., "twinning": ..., "task": ...}, live only."""
    out: ActivityLinks = {}
    for kind, (link_model, col, other_model) in LINKS.items():
        name = getattr(other_model, NAME_OF[kind])
        rows = s.execute(select(other_model.id, name).join(
            link_model, getattr(link_model, col) == other_model.id).where(
            link_model.activity_id == activity_id, link_model.deleted.is_(False),
            other_model.deleted.is_(False)).order_by(name)).all()
        out[kind] = tuple(LinkedRecord(r[0], r[1]) for r in rows)
    return out
