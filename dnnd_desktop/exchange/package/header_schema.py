"""The package header and the manifest, declared (docs/package-format.md).

Strict: exactly these fields (`extra="forbid"`, every field required, `expires` as an explicit
null), exact JSON types (no "3" for 3, no true for 1), bounded strings and lists. The header decides
which trust rules apply, so anything unexpected is refused rather than defaulted. The reader has
already refused duplicate keys, floats, NaN and bad UTF-8 (strict_json.py).
"""
from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator
from pydantic_core import PydanticCustomError

from ...domain.messages import translate
from ...domain.schema_errors import Naming
from . import format as fmt

HEADER_FORMAT = "dnnd-package"
MANIFEST_FORMAT = "dnnd-manifest"
TIME_FORMAT = "%Y-%m-%dT%H:%M:%SZ"
MAX_INT = 2**53 - 1  # exact in every JSON reader

# Office and site ids are made by the app (codes or UUIDs); the pattern only keeps them short,
# printable and free of path or control characters. [0-9], not \d: \d also matches other scripts' digits.
OfficeId = Annotated[str, Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$")]
KeyId = Annotated[str, Field(pattern=r"^[0-9a-f]{16}$")]
LowerUuid = Annotated[str, Field(pattern=r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")]
Sha256 = Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]


def _utc(value: str) -> datetime:
    # The pattern has fixed the form; fromisoformat (10x faster than strptime) checks the date is real.
    try:
        return datetime.fromisoformat(value[:-1]).replace(tzinfo=UTC)
    except ValueError:
        raise PydanticCustomError("bad_time", "not a real date and time") from None


if TYPE_CHECKING:   # what validation yields: _utc has made the checked text a datetime
    UtcTime = datetime
else:
    UtcTime = Annotated[str, Field(pattern=r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$"),
                        AfterValidator(_utc)]


class _Strict(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)


class SenderSchema(_Strict):
    office_id: OfficeId
    site_id: OfficeId
    key_id: KeyId


class HeaderSchema(_Strict):
    format: Literal["dnnd-package"]
    kind: Literal[fmt.KINDS]  # type: ignore[valid-type]
    package_id: LowerUuid
    sender: SenderSchema
    recipients: Annotated[list[OfficeId], Field(min_length=1, max_length=fmt.MAX_RECIPIENTS)]
    sequence: Annotated[int, Field(ge=0, le=MAX_INT)]
    created: UtcTime
    expires: UtcTime | None
    schema_version: Annotated[int, Field(ge=1, le=MAX_INT)]
    payload_size: Annotated[int, Field(ge=0, le=fmt.MAX_TOTAL_BYTES * 2)]

    @model_validator(mode="after")
    def _consistent(self) -> HeaderSchema:
        if len(set(self.recipients)) != len(self.recipients):
            raise PydanticCustomError("duplicate_recipient", "a recipient is listed twice")
        if self.expires is not None and self.expires <= self.created:
            raise PydanticCustomError("expires_before_created", "expires is not after created")
        return self


class ManifestSenderSchema(_Strict):
    office_id: str
    site_id: str


class ManifestFileSchema(_Strict):
    # The name's safety and the size limit have refusal codes of their own (bad_entry_name,
    # too_large): manifest.py checks them after the structure.
    name: str
    size: Annotated[int, Field(ge=0)]
    sha256: Sha256


class ManifestSchema(_Strict):
    format: Literal["dnnd-manifest"]
    package_id: str
    kind: str
    sender: ManifestSenderSchema
    recipients: list[str]
    sequence: int
    schema_version: int
    files: list[ManifestFileSchema]


HEADER_NAMING = Naming(
    root=translate("PackageErrors", "the package header"),
    parts={"sender": translate("PackageErrors", "sender")},
    items={"recipients": translate("PackageErrors", "recipient {n}")},
    custom={
        "bad_time": translate("PackageErrors", "{place}: is not a real date and time (UTC)."),
        "duplicate_recipient": translate("PackageErrors", "{place}: a receiving office is listed twice."),
        "expires_before_created": translate("PackageErrors", "{place}: the expiry is not after the creation time."),
    },
)

MANIFEST_NAMING = Naming(
    root=translate("PackageErrors", "the list of files inside the package"),
    parts={"sender": translate("PackageErrors", "sender")},
    items={"files": translate("PackageErrors", "file {n}")},
)
