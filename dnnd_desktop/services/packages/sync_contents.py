"""The `sync` kind: records changed since the last package to that peer, with attachment bytes.

Files: records/<kind>.jsonl (one changed record per line, as the merge engine writes them),
attachments/<sha256>.bin (bytes of attached files the peer has not been sent), vector.json
{"vector": {site_id: counter}} (what this package brings the peer up to), answers.json (a parent's
answers to our reports, when there are any).

Collecting and merging records belong to the merge engine (services/sync); this module is the
package side of it: framing, validation of names, attachment bytes, the peer's sent vector.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from ...domain.errors import DnndError
from ...exchange.package import PackageHeader
from . import contents
from .common import ContentInvalid, Outcome, load_json

_RECORD_FILE = re.compile(r"records/([a-z_]+)\.jsonl")
_ATTACHMENT_FILE = re.compile(r"attachments/([0-9a-f]{64})\.bin")


class SyncUnavailable(DnndError):
    code = "sync_unavailable"

    def __init__(self) -> None:
        super().__init__("Phiên bản phần mềm này chưa có chức năng đồng bộ dữ liệu giữa các đơn vị. "
                         "Hãy cập nhật phần mềm lên phiên bản mới nhất.")


@dataclass
class SyncContent:
    records: dict[str, bytes]
    attachments: dict[str, bytes]
    vector: dict[str, int]
    answers: list[dict] = field(default_factory=list)


def parse_sync_files(files: dict[str, bytes], header: PackageHeader) -> SyncContent:
    records, attachments = {}, {}
    for name, data in files.items():
        if name in ("vector.json", "answers.json"):
            continue
        m = _RECORD_FILE.fullmatch(name)
        if m:
            records[m.group(1)] = data
            continue
        m = _ATTACHMENT_FILE.fullmatch(name)
        if m:
            if hashlib.sha256(data).hexdigest() != m.group(1):
                raise ContentInvalid("tệp đính kèm", f"{name} bytes do not match their name")
            attachments[m.group(1)] = data
            continue
        raise ContentInvalid("tệp không mong đợi", name)
    vector_obj = load_json(files, "vector.json")
    if (not isinstance(vector_obj, dict) or set(vector_obj) != {"vector"} or not isinstance(vector_obj["vector"], dict)
            or not all(isinstance(k, str) and type(v) is int and v >= 0 for k, v in vector_obj["vector"].items())):
        raise ContentInvalid("vector.json")
    answers = contents.parse_answers(load_json(files, "answers.json")) if "answers.json" in files else []
    return SyncContent(records, attachments, dict(vector_obj["vector"]), answers)


def apply_sync(s, ctx, header: PackageHeader, sender, content: SyncContent, outcome: Outcome, *, preview: bool,
               progress=None, cancel=None) -> None:
    raise SyncUnavailable()


def collect_sync_files(s, ctx, peer_office_id: str, since_vector: dict[str, int], progress=None, cancel=None):
    raise SyncUnavailable()
