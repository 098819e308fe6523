"""The manifest: first entry of every payload. It repeats the header's identity fields (so a header
cannot be swapped onto someone else's payload unnoticed) and lists every content file with its
size and SHA-256, so nothing can be added, dropped or altered inside the encrypted payload."""
from __future__ import annotations

import re
from dataclasses import dataclass

from . import format as fmt
from .errors import PackageError
from .header import PackageHeader
from .names import check_entry_name
from .strict_json import dumps_canonical, loads_strict

MANIFEST_FORMAT = "dnnd-manifest"
_FIELDS = {"format", "package_id", "kind", "sender", "recipients", "sequence", "schema_version", "files"}
_FILE_FIELDS = {"name", "size", "sha256"}
_SHA256_RE = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True)
class ManifestFile:
    name: str
    size: int
    sha256: str  # lowercase hex


@dataclass(frozen=True)
class Manifest:
    package_id: str
    kind: str
    sender_office_id: str
    sender_site_id: str
    recipients: tuple[str, ...]
    sequence: int
    schema_version: int
    files: tuple[ManifestFile, ...]

    def encode(self) -> bytes:
        data = dumps_canonical(
            {
                "format": MANIFEST_FORMAT,
                "package_id": self.package_id,
                "kind": self.kind,
                "sender": {"office_id": self.sender_office_id, "site_id": self.sender_site_id},
                "recipients": list(self.recipients),
                "sequence": self.sequence,
                "schema_version": self.schema_version,
                "files": [{"name": f.name, "size": f.size, "sha256": f.sha256} for f in self.files],
            }
        )
        if len(data) > fmt.MAX_MANIFEST_BYTES:
            raise PackageError("too_large", "manifest too large")
        return data

    def by_name(self) -> dict[str, ManifestFile]:
        return {f.name: f for f in self.files}


def _invalid(reason: str) -> PackageError:
    return PackageError("payload_invalid", f"manifest: {reason}")


def parse_manifest(data: bytes) -> Manifest:
    obj = loads_strict(data, error_code="payload_invalid", what="manifest")
    if not isinstance(obj, dict) or set(obj) != _FIELDS or obj["format"] != MANIFEST_FORMAT:
        raise _invalid("fields are missing or unknown")
    sender = obj["sender"]
    if not isinstance(sender, dict) or set(sender) != {"office_id", "site_id"}:
        raise _invalid("sender fields are missing or unknown")
    recipients = obj["recipients"]
    if not isinstance(recipients, list) or not all(isinstance(r, str) for r in recipients):
        raise _invalid("recipients is not a list of text")
    files = obj["files"]
    if not isinstance(files, list):
        raise _invalid("files is not a list")
    if len(files) > fmt.MAX_ENTRIES:
        raise PackageError("too_large", f"{len(files)} entries")
    parsed: list[ManifestFile] = []
    seen: set[str] = set()
    total = 0
    for item in files:
        if not isinstance(item, dict) or set(item) != _FILE_FIELDS:
            raise _invalid("file fields are missing or unknown")
        name = check_entry_name(item["name"])
        size, digest = item["size"], item["sha256"]
        if type(size) is not int or size < 0:
            raise _invalid("file size is not a non-negative integer")
        if size > fmt.MAX_ENTRY_BYTES:
            raise PackageError("too_large", f"{name} declares {size} bytes", name=name)
        if not isinstance(digest, str) or not _SHA256_RE.fullmatch(digest):
            raise _invalid("sha256 is not 64 lowercase hex digits")
        if name in seen:
            raise PackageError("entry_extra", "name listed twice in the manifest", name=name)
        seen.add(name)
        total += size
        parsed.append(ManifestFile(name=name, size=size, sha256=digest))
    if total > fmt.MAX_TOTAL_BYTES:
        raise PackageError("too_large", f"entries declare {total} bytes in total")
    for key in ("package_id", "kind"):
        if not isinstance(obj[key], str):
            raise _invalid(f"{key} is not text")
    for key in ("sequence", "schema_version"):
        if type(obj[key]) is not int:
            raise _invalid(f"{key} is not an integer")
    return Manifest(
        package_id=obj["package_id"],
        kind=obj["kind"],
        sender_office_id=sender["office_id"],
        sender_site_id=sender["site_id"],
        recipients=tuple(recipients),
        sequence=obj["sequence"],
        schema_version=obj["schema_version"],
        files=tuple(parsed),
    )


def manifest_for(header: PackageHeader, files: tuple[ManifestFile, ...]) -> Manifest:
    return Manifest(
        package_id=header.package_id,
        kind=header.kind,
        sender_office_id=header.sender.office_id,
        sender_site_id=header.sender.site_id,
        recipients=header.recipients,
        sequence=header.sequence,
        schema_version=header.schema_version,
        files=files,
    )


def check_matches_header(manifest: Manifest, header: PackageHeader) -> None:
    expected = manifest_for(header, manifest.files)
    if manifest != expected:
        differing = [
            name
            for name in ("package_id", "kind", "sender_office_id", "sender_site_id", "recipients",
                         "sequence", "schema_version")
            if getattr(manifest, name) != getattr(expected, name)
        ]
        raise PackageError("manifest_mismatch", f"differs from header in {differing}", fields=differing)
