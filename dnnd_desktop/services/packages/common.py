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
# How far a received date may run ahead of this computer's clock and still count (docs/package-
# format.md, "Authority, counters and time"): time zones and a slightly fast laptop fit in a day.
CLOCK_SKEW = dt.timedelta(days=1)
# A package dated this long before our clock is worth a word: our own clock may be far ahead.
OLD_PACKAGE = dt.timedelta(days=90)


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


def package_clock(s: Session, clock: dt.datetime | None = None) -> dt.datetime | None:
    """The newest `created` time of any package imported here (naive UTC), never more than
    CLOCK_SKEW ahead of this computer's clock.

    Expiry is checked against the later of this and the computer's clock, so setting the clock
    back does not revive an expired package or expired trust data. The cap is applied on reading
    too: a store whose mark was pushed forward by a wrongly dated package (before issue 16, one
    dated 2099 cut the office off for good) is repaired the moment it is read, and the next import
    writes the repaired value back."""
    inst = s.get_one(Installation, 1)
    text = (inst.settings or {}).get(_CLOCK_KEY)
    if not text:
        return None
    mark = dt.datetime.fromisoformat(text)
    return min(mark, _now(clock) + CLOCK_SKEW)


def _now(clock: dt.datetime | None) -> dt.datetime:
    return utc_naive(clock or dt.datetime.now(dt.UTC)).replace(microsecond=0)   # package times are whole seconds


def advance_package_clock(s: Session, created: dt.datetime, clock: dt.datetime | None = None) -> None:
    """Move the package clock to `created`, but never beyond this computer's clock + CLOCK_SKEW."""
    inst = s.get_one(Installation, 1)
    limit = _now(clock) + CLOCK_SKEW
    current = package_clock(s, clock)
    value = max(min(utc_naive(created), limit), current) if current else min(utc_naive(created), limit)
    if (inst.settings or {}).get(_CLOCK_KEY) != value.isoformat():
        inst.settings = {**(inst.settings or {}), _CLOCK_KEY: value.isoformat()}


def effective_now(s: Session, clock: dt.datetime | None = None) -> dt.datetime:
    """max(clock, package clock), naive UTC (the package clock is capped at clock + CLOCK_SKEW)."""
    now = _now(clock)
    mark = package_clock(s, now)
    return max(now, mark) if mark else now


def clock_notice(created: dt.datetime, clock: dt.datetime | None = None) -> Text | None:
    """A note for the person importing when a package's date and this computer's clock disagree
    by much: one of the two clocks is wrong. The date itself moves nothing forward (see above)."""
    now, created = _now(clock), utc_naive(created)
    if created > now + CLOCK_SKEW:
        return translate("PackageImport", "This package is dated {date}, later than the date on this computer. "
                         "Either this computer's date or the sending office's is wrong: check the date and time "
                         "here (and ask the sending office to check theirs).").format(date=created.strftime("%d/%m/%Y"))
    if created < now - OLD_PACKAGE:
        return translate("PackageImport", "This package was made on {date}, long before the date on this computer "
                         "({today}). If that is not right, check the date and time on this computer.").format(
            date=created.strftime("%d/%m/%Y"), today=now.strftime("%d/%m/%Y"))
    return None


def atomic_dir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path
