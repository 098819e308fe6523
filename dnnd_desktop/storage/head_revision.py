"""The schema's head revision read from the revision files, without Alembic or SQLAlchemy.

Every start asks whether the database is current; importing Alembic to answer costs ~0.15 s and
SQLAlchemy more, so the start reads the `revision`/`down_revision` lines itself (issue 17).
"""
from __future__ import annotations

import re

from ..paths import migrations_dir

_REV = re.compile(r"^(down_revision|revision)\s*=\s*['\"]?([^'\"\n]*?)['\"]?\s*$", re.M)


def quick_head() -> str | None:
    """The head revision read from the revision files' `revision`/`down_revision` lines, without
    importing Alembic (a start-up cost of ~0.15 s). None when it can't be told for sure (several
    heads, an unusual file): callers then take the full Alembic path."""
    revisions, parents = set(), set()
    for f in (migrations_dir() / "versions").glob("*.py"):
        found = dict((k, v) for k, v in _REV.findall(f.read_text(encoding="utf-8")))
        if "revision" not in found or "down_revision" not in found:
            return None
        revisions.add(found["revision"])
        if found["down_revision"] not in ("", "None"):
            parents.add(found["down_revision"])
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None
