"""The description of a changeset (sync/changeset.json, see changeset.py), declared.

    {"format": "dnnd-changeset", "format_version": 1, "office_id", "site_id": lowercase UUIDs,
     "base", "upto": {site: counter}, "counts": {kind: n}, "blobs": [sha256, ...]}

Keys beyond these are ignored (not refused): the description is read by every later version, and
`format_version` is what marks a change readers must understand.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictInt, StrictStr

from ...domain.messages import translate
from ...domain.schema_errors import Naming
from ...storage.models import MODEL_BY_KIND
from .wire_schema import MAX_COUNTER, LowerUuid

FORMAT = "dnnd-changeset"
FORMAT_VERSION = 1

Vector = dict[LowerUuid, Annotated[StrictInt, Field(ge=0, lt=MAX_COUNTER)]]
if TYPE_CHECKING:
    Kind = str   # a Literal built at run time is no type to mypy; to pydantic it is the list of kinds
else:
    Kind = Literal[tuple(sorted(MODEL_BY_KIND))]
Sha256 = Annotated[StrictStr, Field(pattern=r"^[0-9a-f]{64}$")]


class ChangesetHeaderSchema(BaseModel):
    model_config = ConfigDict(strict=True, extra="ignore", frozen=True)

    format: Literal["dnnd-changeset"]
    format_version: Literal[1]
    office_id: LowerUuid
    site_id: LowerUuid
    base: Vector
    upto: Vector
    counts: dict[Kind, Annotated[StrictInt, Field(ge=0)]]
    blobs: list[Sha256]


HEADER_NAMING = Naming(
    root=translate("SyncErrors", "the description of the sync data"),
    entries={"base": translate("SyncErrors", "«base», site «{key}»"),
             "upto": translate("SyncErrors", "«upto», site «{key}»"),
             "counts": translate("SyncErrors", "«counts», kind «{key}»")},
    items={"blobs": translate("SyncErrors", "attachment {n}")},
)
