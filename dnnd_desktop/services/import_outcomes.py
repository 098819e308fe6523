"""What an import did to each kind of content: new / updated / unchanged / conflicts / rejected.

Shared by the sync engine, the package importer and the GUI's preview, so all three count the same way.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass

OUTCOMES = ("new", "updated", "unchanged", "conflicts", "rejected")


@dataclass
class Counts:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0
    rejected: int = 0

    def add(self, outcome: str, n: int = 1) -> None:
        setattr(self, outcome, getattr(self, outcome) + n)

    def merge(self, other: Counts) -> None:
        for o in OUTCOMES:
            self.add(o, getattr(other, o))

    @property
    def total(self) -> int:
        return sum(getattr(self, o) for o in OUTCOMES)

    def to_dict(self) -> dict[str, int]:
        return asdict(self)
