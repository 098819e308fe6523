"""Which automatic backups to keep. Pure: takes (kind, time, name) facts, returns the names to delete.

The rule (also in docs/windows-build.md, "Backups"):
- daily: the newest backup of each of the 7 most recent days that have one, plus the newest of
  each of the 4 most recent ISO weeks that have one (so about a month of history). Counted in
  days the app was used, not calendar days, so a laptop left unused for a month still has them.
- before an import (package, Excel, USB sync): the 10 most recent.
- before a software upgrade (migration): the 5 most recent. Upgrades are rare and each one is the
  only copy in the old schema, so a few are kept.
- before a restore: the 5 most recent.
- made by a person (manual) and any file not named by us: never deleted automatically.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from .naming import DAILY, IMPORT, MIGRATION, RESTORE

KEEP_DAILY_DAYS = 7
KEEP_WEEKLY = 4
KEEP_LAST = {IMPORT: 10, MIGRATION: 5, RESTORE: 5}


@dataclass(frozen=True)
class Fact:
    name: str
    kind: str
    created: dt.datetime


def _newest_per(facts: list[Fact], key: Callable[[Fact], object]) -> list[Fact]:
    """The newest fact of each group, groups ordered newest first."""
    best: dict[object, Fact] = {}
    for f in facts:
        k = key(f)
        if k not in best or (f.created, f.name) > (best[k].created, best[k].name):
            best[k] = f
    return sorted(best.values(), key=lambda f: (f.created, f.name), reverse=True)


def to_delete(facts: Iterable[Fact]) -> list[str]:
    facts = list(facts)
    keep: set[str] = set()
    daily = [f for f in facts if f.kind == DAILY]
    keep |= {f.name for f in _newest_per(daily, lambda f: f.created.date())[:KEEP_DAILY_DAYS]}
    keep |= {f.name for f in _newest_per(daily, lambda f: f.created.isocalendar()[:2])[:KEEP_WEEKLY]}
    doomed = [f.name for f in daily if f.name not in keep]
    for kind, count in KEEP_LAST.items():
        ordered = sorted((f for f in facts if f.kind == kind), key=lambda f: (f.created, f.name), reverse=True)
        doomed += [f.name for f in ordered[count:]]
    return sorted(doomed)
