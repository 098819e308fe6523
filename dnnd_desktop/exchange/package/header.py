"""The package header: who sent it, to whom, what kind, which sequence. No personal data.

Parsing is strict (exact field set, exact types, bounded strings: the schema in header_schema.py)
because the header decides which trust rules apply; anything unexpected is an error rather than a
default.
"""
from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

from ...domain.schema_errors import SchemaViolation, joined, problems, rendered
from . import format as fmt
from .errors import PackageError
from .header_schema import HEADER_FORMAT, HEADER_NAMING, TIME_FORMAT, HeaderSchema
from .strict_json import dumps_canonical, loads_strict


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
    return value.astimezone(UTC).strftime(TIME_FORMAT)


def parse_header(data: bytes) -> PackageHeader:
    """The header of a package, validated against its declared schema (header_schema.py).
    Raises PackageError("header_invalid") whose `details["problems"]` names each problem and
    its place; `reason` says the same in English, for logs (a header holds no personal data)."""
    if len(data) > fmt.MAX_HEADER_BYTES:
        raise PackageError("header_too_large", f"header is {len(data)} bytes")
    obj = loads_strict(data, error_code="header_invalid", what="header")
    try:
        h = HeaderSchema.model_validate(obj)
    except SchemaViolation as e:
        found = problems(e, HEADER_NAMING)
        raise PackageError("header_invalid", joined(found).text("en"), problems=rendered(found)) from None
    if dumps_canonical(obj) != bytes(data):
        # One byte form per header (sorted keys, no spaces, UTF-8 text unescaped): what the writer
        # emits, so no two readers can see different headers under one signature.
        raise PackageError("header_invalid", "header is not in canonical JSON form")
    return PackageHeader(
        kind=h.kind,
        package_id=h.package_id,
        sender=HeaderSender(office_id=h.sender.office_id, site_id=h.sender.site_id, key_id=h.sender.key_id),
        recipients=tuple(h.recipients),
        sequence=h.sequence,
        created=h.created,
        expires=h.expires,
        schema_version=h.schema_version,
        payload_size=h.payload_size,
    )


def new_package_id() -> str:
    return str(uuid.uuid4())
