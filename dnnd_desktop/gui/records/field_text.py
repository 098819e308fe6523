"""Labels of record fields, list columns and filters, as the UI shows them.

They are not written here: each is a catalogue text of the kind's description
(domain/record_kinds.py), in the context of the kind's Designer form, so a list column header and
the form field it shows read the same in both languages. This module only renders them.
"""
from __future__ import annotations

from ...domain.record_kinds import KINDS, kind_spec


def form_class(kind: str) -> str:
    """The Qt Designer form class of a kind ("ActivityForm"): forms/<kind>_form.ui defines it."""
    return "".join(part.capitalize() for part in kind.split("_")) + "Form"


# kind -> Designer form class, for the kinds that have a form
FORM_CLASS = {kind: form_class(kind) for kind in KINDS}


def field_label(kind: str, name: str) -> str:
    """The label of a field or list column of `kind`, in the UI language."""
    return str(kind_spec(kind).field(name).label)


def filter_label(kind: str, key: str) -> str:
    """The label of a filter of `kind`'s list page, in the UI language."""
    return str(kind_spec(kind).filter(key).label)


def has_field(kind: str | None, name: str | None) -> bool:
    """Whether `kind` is a record kind with a field or list column `name`."""
    spec = KINDS.get(kind or "")
    return spec is not None and any(f.name == name for f in (*spec.fields, *spec.computed))
