"""The manifest: first entry of every payload. It repeats the header's identity fields (so a header
cannot be swapped onto someone else's payload unnoticed) and lists every content file with its
size and SHA-256, so nothing can be added, dropped or altered inside the encrypted payload."""
from __future__ import annotations

from dataclasses import dataclass

from ...domain.schema_errors import SchemaViolation, joined, problems, rendered
from . import format as fmt
from .errors import PackageError
from .header import PackageHeader
from .header_schema import MANIFEST_FORMAT, MANIFEST_NAMING, ManifestSchema
from .names import check_entry_name
from .strict_json import dumps_canonical, loads_strict


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


def parse_manifest(data: bytes) -> Manifest:
    """The manifest, validated against its declared schema (header_schema.py), then the rules that
    have refusal codes of their own: too many entries or bytes (too_large), an unsafe name
    (bad_entry_name), a name listed twice (entry_extra)."""
    obj = loads_strict(data, error_code="payload_invalid", what="manifest")
    if isinstance(obj, dict) and isinstance(obj.get("files"), list) and len(obj["files"]) > fmt.MAX_ENTRIES:
        raise PackageError("too_large", f"{len(obj['files'])} entries")   # before validating 10,000+ entries
    try:
        m = ManifestSchema.model_validate(obj)
    except SchemaViolation as e:
        found = problems(e, MANIFEST_NAMING)
        raise PackageError("payload_invalid", "manifest: " + joined(found).text("en"),
                           problems=rendered(found)) from None
    parsed: list[ManifestFile] = []
    seen: set[str] = set()
    total = 0
    for item in m.files:
        name = check_entry_name(item.name)
        if item.size > fmt.MAX_ENTRY_BYTES:
            raise PackageError("too_large", f"{name} declares {item.size} bytes", name=name)
        if name in seen:
            raise PackageError("entry_extra", "name listed twice in the manifest", name=name)
        seen.add(name)
        total += item.size
        parsed.append(ManifestFile(name=name, size=item.size, sha256=item.sha256))
    if total > fmt.MAX_TOTAL_BYTES:
        raise PackageError("too_large", f"entries declare {total} bytes in total")
    return Manifest(
        package_id=m.package_id,
        kind=m.kind,
        sender_office_id=m.sender.office_id,
        sender_site_id=m.sender.site_id,
        recipients=tuple(m.recipients),
        sequence=m.sequence,
        schema_version=m.schema_version,
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
