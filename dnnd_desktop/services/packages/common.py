"""Shared pieces of the package services: schema version, counts, errors, the package clock."""
from __future__ import annotations

import datetime as dt
import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.orm import Session

from ...domain.errors import DnndError
from ...domain.messages import Text, translate
from ...exchange.package import PackageError
from ...exchange.package.strict_json import dumps_canonical, loads_strict
from ...storage.models import Installation
from ..import_outcomes import Counts

# Version of the data inside packages (records, reports, plans). A package with a higher one is
# refused by the container with "update the app".
SCHEMA_VERSION = 1
_CLOCK_KEY = "package_clock"


class ImportRefused(DnndError):
    """The package was refused after decryption (its content, or replay rules); nothing changed."""

    code = "import_refused"


class ContentInvalid(ImportRefused):
    code = "content_invalid"

    def __init__(self, what: Text, reason: str = "") -> None:
        """`what` names the faulty part: a file name of the payload or a catalogue label."""
        super().__init__(translate("PackageErrors", "The package content is not valid ({what}). This package was not "
                                   "imported: ask the sending office to update the app and send the package again.")
                         .format(what=what), details={"reason": reason or str(what)})


@dataclass
class Outcome:
    """What an import did (or would do, for a preview), per kind of content and in total."""

    per_kind: dict[str, Counts] = field(default_factory=dict)
    messages: list[Text] = field(default_factory=list)   # notes for the summary (catalogue texts)

    def count(self, kind: str, outcome: str, n: int = 1) -> None:
        self.per_kind.setdefault(kind, Counts()).add(outcome, n)

    def totals(self) -> Counts:
        c = Counts()
        for k in self.per_kind.values():
            c.merge(k)
        return c


def json_bytes(value: object) -> bytes:
    return dumps_canonical(value)


def load_json(files: dict[str, bytes], name: str, required: bool = True) -> object:
    if name not in files:
        if required:
            raise ContentInvalid(translate("PackageErrors", "{name} missing").format(name=name))
        return None
    try:
        return loads_strict(files[name], error_code="payload_invalid", what=name)
    except PackageError as e:
        raise ContentInvalid(name, e.reason) from e


def file_sha256(path: str | os.PathLike[str]) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def utc_naive(value: dt.datetime) -> dt.datetime:
    return value.astimezone(dt.UTC).replace(tzinfo=None) if value.tzinfo else value


def package_clock(s: Session) -> dt.datetime | None:
    """The newest `created` time of any package verified and imported here (naive UTC).

    Expiry is checked against the later of this and the computer's clock, so setting the clock
    back does not revive an expired package or expired trust data."""
    inst = s.get_one(Installation, 1)
    text = (inst.settings or {}).get(_CLOCK_KEY)
    return dt.datetime.fromisoformat(text) if text else None


def advance_package_clock(s: Session, created: dt.datetime) -> None:
    inst = s.get_one(Installation, 1)
    created = utc_naive(created)
    current = package_clock(s)
    if current is None or created > current:
        inst.settings = {**(inst.settings or {}), _CLOCK_KEY: created.isoformat()}


def effective_now(s: Session, clock: dt.datetime | None = None) -> dt.datetime:
    """max(clock, package clock), naive UTC."""
    now = utc_naive(clock or dt.datetime.now(dt.UTC))
    mark = package_clock(s)
    return max(now, mark) if mark else now


def atomic_dir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path
