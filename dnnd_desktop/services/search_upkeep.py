"""Search index upkeep at calm moments (issue 15).

Imports leave the search indexes' merge work undone (storage/sqlite.py `defer_search_merges`: on a
large store that work was most of an import's growth with the store's size). It is done here,
after a USB sync batch and after the daily backup, in one transaction of its own, and only for
the indexes holding more segments than the bound. Nothing to do on PostgreSQL.

    tidy_search_indexes(ctx) -> dict[str, int]      segments per search table afterwards
"""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from ..storage import dialect

if TYPE_CHECKING:
    from .app_context import AppContext

log = logging.getLogger(__name__)


def tidy_search_indexes(ctx: AppContext) -> dict[str, int]:
    """Merge the search indexes' segments down to the bound. Never raises: search stays correct
    without it (queries read every segment), so a busy or read-only store simply waits for the
    next calm moment."""
    try:
        with ctx.session() as s:
            mod = dialect.module_for(s)
            mod.take_write_lock(s)
            counts: dict[str, int] = mod.merge_search_indexes(s)
            return counts
    except Exception as e:  # noqa: BLE001 - upkeep must not turn a finished sync into an error
        log.warning("search index merge skipped: %s", type(e).__name__)
        return {}
