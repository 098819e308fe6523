"""An "attacker office" for the issue 16 tests: a TRUSTED office (its real keys, its real site) whose
clock is wrong, whose app is buggy, or whose keyboard a thief holds. Every package it builds is
validly signed, so the container lets it through and only the rules after the signature
(authority, time, versions) can stop it.

    evil = Attacker(office)                               office: .ctx, .secret, .id (test world office)
    evil.package(kind, to, files, created=..., ...)       any signed package, any content
    evil.sync(to, edit=..., header=..., extra=...)        a sync package from its real changeset,
                                                          with record lines / changeset header edited,
                                                          and lines added (another office's records)
    evil.record_lines(to, kind)                           the lines its real package to `to` carries
    evil.tasks(to, plan, expires=..., created=...)        a tasks package (the office must sign tasks)
    evil.identity(to, created=...)                        its identity card, dated as asked
    database_digest(ctx)                                  every row of every table, SQLite or PostgreSQL

Nothing here writes to the attacker's own database (its changeset is read in a rolled-back
session), so the same office can attack again and again.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import select

from dnnd_desktop.exchange.package import Recipient, SenderIdentity, write_package
from dnnd_desktop.services.identity import card_from_session, recipient_for
from dnnd_desktop.services.packages.common import SCHEMA_VERSION, json_bytes
from dnnd_desktop.services.packages.contents import trust_data
from dnnd_desktop.services.packages.plans import plan_snapshot, save_plan_in
from dnnd_desktop.services.packages.sync_contents import collect_sync_files
from dnnd_desktop.storage.models import Base

MAX_COUNTER = 2 ** 53 - 1          # the largest integer the format allows
YEAR_2099 = dt.datetime(2099, 1, 1, tzinfo=dt.UTC)

RecordEdit = Callable[[str, dict[str, Any]], dict[str, Any] | None]   # (kind, line) -> line, None drops


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


class Attacker:
    def __init__(self, office: Any, folder: Path) -> None:
        self.office, self.folder = office, folder
        self.count = 0

    @property
    def site_id(self) -> str:
        return self.office.ctx.installation.site_id

    def _out(self, kind: str) -> Path:
        self.count += 1
        return self.folder / f"attack-{self.count:04d}-{kind}.dnnd"

    def _recipients(self, to: list[str]) -> list[Recipient]:
        with self.office.ctx.session() as s:
            return [recipient_for(s, o) for o in to]

    def package(self, kind: str, to: str | list[str], files: dict[str, bytes], *, created: dt.datetime | None = None,
                sequence: int = 0, package_id: str | None = None) -> Path:
        targets = [to] if isinstance(to, str) else list(to)
        out = self._out(kind)
        write_package(out, kind=kind, sender=SenderIdentity(self.office.id, self.site_id, self.office.secret),
                      recipients=self._recipients(targets), files=files, schema_version=SCHEMA_VERSION,
                      sequence=sequence, created=created, package_id=package_id)
        return out

    # -- sync -----------------------------------------------------------------------------------
    def sync_files(self, to: str, *, edit: RecordEdit | None = None,
                   header: Callable[[dict[str, Any]], None] | None = None,
                   extra: dict[str, list[dict[str, Any]]] | None = None) -> dict[str, bytes]:
        """The attacker's real next sync package content for `to` (everything, as a full sync),
        with each record line passed through `edit`, the changeset header through `header`, and
        `extra` lines (kind -> records) appended."""
        with self.office.ctx.session() as s:
            files, _cs, _counts = collect_sync_files(s, self.office.ctx, to, full=True)
            s.rollback()
        out: dict[str, bytes] = {}
        head = json.loads(files["changeset.json"])
        kinds = {name[len("records/"):-len(".jsonl")] for name in files if name.startswith("records/")}
        kinds |= set(extra or {})
        for kind in sorted(kinds):
            lines = [json.loads(x) for x in files.get(f"records/{kind}.jsonl", b"").splitlines() if x.strip()]
            lines += (extra or {}).get(kind, [])
            if edit is not None:
                lines = [e for e in (edit(kind, line) for line in lines) if e is not None]
            if lines:
                out[f"records/{kind}.jsonl"] = b"".join(
                    json.dumps(x, ensure_ascii=False, separators=(",", ":")).encode() + b"\n" for x in lines)
            head.setdefault("counts", {})[kind] = len(lines)
        head["counts"] = {k: v for k, v in head["counts"].items() if v}
        if header is not None:
            header(head)
        out["changeset.json"] = json_bytes(head)
        for name, data in files.items():
            if name.startswith("attachments/"):
                out[name] = data
        return out

    def sync(self, to: str, *, created: dt.datetime | None = None, **kw: Any) -> Path:
        return self.package("sync", to, self.sync_files(to, **kw), created=created)

    def record_lines(self, to: str, kind: str) -> list[dict[str, Any]]:
        """The `kind` record lines the attacker's real package to `to` would carry (as it holds them)."""
        data = self.sync_files(to).get(f"records/{kind}.jsonl", b"")
        return [json.loads(x) for x in data.splitlines() if x.strip()]

    # -- tasks and identity ---------------------------------------------------------------------
    def tasks(self, to: str | list[str], plan: Any, *, expires: dt.datetime, created: dt.datetime | None = None,
              card_created: dt.datetime | None = None, sequence: int | None = None) -> Path:
        """A tasks package for `plan` (a PlanSpec) with trust data expiring at `expires`; the plan
        is saved at the attacker (as a province would) so its snapshot is a real one."""
        with self.office.ctx.session() as s:
            plan_id = save_plan_in(s, self.office.ctx, plan)
            snap = plan_snapshot(s, plan_id)
            card = card_from_session(s).to_dict()
            s.rollback()
        if sequence is not None:
            snap["sequence"] = sequence
        snap["sequence"] = snap.get("sequence") or 1
        if card_created is not None:
            card["created"] = card_created.strftime("%Y-%m-%dT%H:%M:%SZ")
        files = {"plan.json": json_bytes(snap), "trust.json": trust_data(card, expires)}
        return self.package("tasks", to, files, created=created, sequence=snap["sequence"])

    def identity(self, to: str, *, created: dt.datetime | None = None,
                 card_created: dt.datetime | None = None) -> Path:
        with self.office.ctx.session() as s:
            card = card_from_session(s).to_dict()
        if card_created is not None:
            card["created"] = card_created.strftime("%Y-%m-%dT%H:%M:%SZ")
        return self.package("identity", to, {"card.json": json_bytes(card)}, created=created)


def database_digest(ctx: Any) -> str:
    """A hash of every row of every mapped table (sorted), on SQLite or PostgreSQL: a refusal must
    leave it as it was."""
    h = hashlib.sha256()
    with ctx.session() as s:
        for table in sorted(Base.metadata.tables.values(), key=lambda t: t.name):
            h.update(table.name.encode())
            for row in sorted(repr(tuple(r)) for r in s.execute(select(table))):
                h.update(row.encode())
    return h.hexdigest()
