"""The package header: who sent it, to whom, what kind, which sequence. No personal data.

Parsing is strict (exact field set, exact types, bounded strings) because the header decides
which trust rules apply; anything unexpected is an error rather than a default.
"""
from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

from . import format as fmt
from .errors import PackageError
from .strict_json import dumps_canonical, loads_strict

HEADER_FORMAT = "dnnd-package"
_FIELDS = {
    "format", "kind", "package_id", "sender", "recipients", "sequence",
    "created", "expires", "schema_version", "payload_size",
}
_SENDER_FIELDS = {"office_id", "site_id", "key_id"}
# Office and site ids are made by the app (codes or UUIDs); the pattern only keeps them short,
# printable and free of path or control characters.
_ID_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,63}")
_KEY_ID_RE = re.compile(r"[0-9a-f]{16}")
_UUID_RE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_TIME_RE = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z")
_TIME_FORMAT = "%Y-%m-%dT%H:%M:%SZ"
_MAX_INT = 2**53 - 1  # exact in every JSON reader


@dataclass(frozen=True)
class HeaderSender:
    office_id: str
    site_id: str
    key_id: str


@dataclass(frozen=True)
class PackageHeader:
    kind: str
    package_id: str
    sender: HeaderSender
    recipients: tuple[str, ...]
    sequence: int
    created: datetime
    expires: datetime | None
    schema_version: int
    payload_size: int

    def to_dict(self) -> dict[str, object]:
        return {
            "format": HEADER_FORMAT,
            "kind": self.kind,
            "package_id": self.package_id,
            "sender": {
                "office_id": self.sender.office_id,
                "site_id": self.sender.site_id,
                "key_id": self.sender.key_id,
            },
            "recipients": list(self.recipients),
            "sequence": self.sequence,
            "created": format_time(self.created),
            "expires": format_time(self.expires) if self.expires else None,
            "schema_version": self.schema_version,
            "payload_size": self.payload_size,
        }

    def encode(self) -> bytes:
        data = dumps_canonical(self.to_dict())
        # Round-trip through the parser so the writer can never emit what readers refuse.
        if len(data) > fmt.MAX_HEADER_BYTES:
            raise PackageError("header_too_large", f"header is {len(data)} bytes")
        parse_header(data)
        return data


def format_time(value: datetime) -> str:
    if value.tzinfo is None:
        raise PackageError("invalid_request", "timestamps must be timezone-aware")
    return value.astimezone(UTC).strftime(_TIME_FORMAT)


def _invalid(reason: str) -> PackageError:
    return PackageError("header_invalid", reason)


def _parse_time(value: object, name: str) -> datetime:
    if not isinstance(value, str) or not _TIME_RE.fullmatch(value):
        raise _invalid(f"{name} is not a UTC timestamp")
    try:
        return datetime.strptime(value, _TIME_FORMAT).replace(tzinfo=UTC)
    except ValueError as e:
        raise _invalid(f"{name}: {e}") from e


def _int(value: object, name: str, minimum: int, maximum: int = _MAX_INT) -> int:
    # bool is an int subclass in Python; true/false must not pass for 1/0.
    if type(value) is not int or not minimum <= value <= maximum:
        raise _invalid(f"{name} must be an integer in [{minimum}, {maximum}]")
    return value


def _id(value: object, name: str) -> str:
    if not isinstance(value, str) or not _ID_RE.fullmatch(value):
        raise _invalid(f"{name} is not a valid id")
    return value


def parse_header(data: bytes) -> PackageHeader:
    if len(data) > fmt.MAX_HEADER_BYTES:
        raise PackageError("header_too_large", f"header is {len(data)} bytes")
    obj = loads_strict(data, error_code="header_invalid", what="header")
    if not isinstance(obj, dict) or set(obj) != _FIELDS:
        raise _invalid("header fields are missing or unknown")
    if obj["format"] != HEADER_FORMAT:
        raise _invalid("not a dnnd package header")
    if obj["kind"] not in fmt.KINDS:
        raise _invalid("unknown kind")
    package_id = obj["package_id"]
    if not isinstance(package_id, str) or not _UUID_RE.fullmatch(package_id):
        raise _invalid("package_id is not a lowercase UUID")
    sender = obj["sender"]
    if not isinstance(sender, dict) or set(sender) != _SENDER_FIELDS:
        raise _invalid("sender fields are missing or unknown")
    if not isinstance(sender["key_id"], str) or not _KEY_ID_RE.fullmatch(sender["key_id"]):
        raise _invalid("sender.key_id is not 16 hex digits")
    recipients = obj["recipients"]
    if not isinstance(recipients, list) or not 1 <= len(recipients) <= fmt.MAX_RECIPIENTS:
        raise _invalid("recipients must be a list of 1..64 office ids")
    recipients = tuple(_id(r, "recipient") for r in recipients)
    if len(set(recipients)) != len(recipients):
        raise _invalid("duplicate recipient")
    created = _parse_time(obj["created"], "created")
    expires = None if obj["expires"] is None else _parse_time(obj["expires"], "expires")
    if expires is not None and expires <= created:
        raise _invalid("expires is not after created")
    return PackageHeader(
        kind=obj["kind"],
        package_id=package_id,
        sender=HeaderSender(
            office_id=_id(sender["office_id"], "sender.office_id"),
            site_id=_id(sender["site_id"], "sender.site_id"),
            key_id=sender["key_id"],
        ),
        recipients=recipients,
        sequence=_int(obj["sequence"], "sequence", 0),
        created=created,
        expires=expires,
        schema_version=_int(obj["schema_version"], "schema_version", 1),
        payload_size=_int(obj["payload_size"], "payload_size", 0, fmt.MAX_TOTAL_BYTES * 2),
    )


def new_package_id() -> str:
    return str(uuid.uuid4())
