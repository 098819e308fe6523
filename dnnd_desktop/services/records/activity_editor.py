"""An activity saved from its form as one unit: its fields and the links added and removed on the
Links tab, checked in full and then written in ONE transaction (a refusal anywhere changes nothing;
a new activity whose links fail is not created)."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...domain.record_kinds import kind_spec
from ...storage.models import Activity
from ..record_writer import RecordWriter
from .activity_links import LinkIds, check_link_changes, editable_activity, links_of, write_link_changes
from .record_service import masked_changes, record_view
from .types import SavedActivity
from .vocab_terms import extra_terms

if TYPE_CHECKING:
    from .record_service import RecordService


def save_activity(svc: RecordService, values: dict[str, Any], *, activity_id: str | None = None,
                  add_links: LinkIds | None = None, remove_links: LinkIds | None = None) -> SavedActivity:
    """Create the activity (no `activity_id`) or apply `values` to it, and add and remove links
    ({"partner": [id, ...], "person": [...], "twinning": [...], "task": [...]}).

    The form sends what the person added and removed, not the whole set, so a link made meanwhile
    elsewhere (the Tasks page, a package) is not undone by a form that never showed it.
    Returns the record as RecordService.get does, with `links` (as RecordService.links) and, for an
    edit, `changed` as RecordService.update gives it."""
    spec = kind_spec("activity")
    with svc.ctx.session() as s:
        # 1. Check everything before writing anything.
        obj = editable_activity(s, activity_id) if activity_id else None
        cleaned = (svc.validate_changes(s, obj, spec.kind, values) if obj is not None
                   else svc.validate_new(s, spec.kind, values))
        svc.check_refs(s, spec.kind, cleaned)
        changes = check_link_changes(s, add_links, remove_links)
        # 2. Write, all in this one transaction.
        w = RecordWriter(s, svc.ctx)
        changed: dict[str, tuple[Any, Any]] = {}
        if obj is None:
            obj = w.create(Activity, cleaned)
        else:
            changed = w.update(obj, cleaned)
        write_link_changes(s, w, obj.id, changes)
        view = record_view(spec, obj, svc.province_code, extra_terms(s), show_sensitive=False)
        return SavedActivity(**vars(view), changed=masked_changes(spec, changed), links=links_of(s, obj.id))
