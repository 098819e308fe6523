"""Sync between offices: what a sync package carries (changeset), applying it (apply), conflicts
and duplicate records left for a person, and per-peer bookkeeping (state). docs/sync.md."""
from .apply import ApplyResult, KindSummary, Rejection, apply_changeset
from .changeset import (
    Changeset,
    ChangesetError,
    RecordCountMismatch,
    TooManyUnreadableRecords,
    changeset_for_peer,
    collect_changeset,
    mark_sent,
)

__all__ = [
    "ApplyResult", "Changeset", "ChangesetError", "KindSummary", "RecordCountMismatch", "Rejection",
    "TooManyUnreadableRecords", "apply_changeset", "changeset_for_peer", "collect_changeset", "mark_sent",
]
