"""A report's "progress task by task" section (issue 13): each task of the plans in force for the
period, with its deadline, status and the evidence from the Tasks page, as it stood when the report's
figures were computed (a sent report does not change when a task does later)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class TaskProgressLine:
    plan: str                  # the plan's document number, else its title
    code: str                  # "II.1"
    title: str
    deadline: dt.date | None
    status: str                # not_started / in_progress / done (labels: services.tasks.STATUS_LABELS)
    note: str                  # the progress note typed on the Tasks page
    evidence: tuple[str, ...]  # titles of the activities linked as evidence
    attachments: int           # files attached to those activities
    status_label: str = ""     # in the document language (documents); the editor names `status` itself

    def to_dict(self) -> dict[str, Any]:
        return {"plan": self.plan, "code": self.code, "title": self.title,
                "deadline": self.deadline.isoformat() if self.deadline else None, "status": self.status,
                "note": self.note, "evidence": list(self.evidence), "attachments": self.attachments}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> TaskProgressLine:
        deadline = d.get("deadline")
        return cls(str(d.get("plan") or ""), str(d.get("code") or ""), str(d.get("title") or ""),
                   dt.date.fromisoformat(deadline) if deadline else None, str(d.get("status") or ""),
                   str(d.get("note") or ""), tuple(str(e) for e in d.get("evidence") or ()),
                   int(d.get("attachments") or 0))

    def evidence_text(self) -> str:
        """The note, then the activities that show the work."""
        return "; ".join(p for p in (self.note, *self.evidence) if p)
