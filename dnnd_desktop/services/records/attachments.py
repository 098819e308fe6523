"""Files attached to records (photos, minutes, signed agreements).

The bytes live in the data folder under their SHA-256 (attachments/ab/abcdef…), so the same file
attached twice is stored once; the Attachment record (synced, audited) names it. A blob is deleted
only when no live attachment uses it any more.
"""
from __future__ import annotations

import hashlib
import io
import mimetypes
import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from ...domain.errors import DnndError, NotFound, ValidationError
from ...domain.formatting import format_stored_datetime
from ...domain.messages import render, translate
from ...domain.record_kinds import WORK_KINDS, kind_spec
from ...domain.text import clean
from ...storage.models import Attachment
from ..record_writer import RecordWriter
from .record_service import load_live
from .types import AttachmentView

if TYPE_CHECKING:
    from ..app_context import AppContext

ATTACHABLE_KINDS = ("activity", "twinning", "household", "partner", "person", *(k.kind for k in WORK_KINDS))
MAX_BYTES = 500 * 1024 * 1024
_CHUNK = 1024 * 1024


_ATTACHMENT_GONE = translate("RecordErrors", "This attachment was not found (it may have been deleted).")


class AttachmentService:
    def __init__(self, ctx: AppContext):
        self.ctx = ctx
        self.root = Path(ctx.data_dir.attachments)

    def blob_path(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    # -- public API -----------------------------------------------------------------------------
    def add(self, record_kind: str, record_id: str, path: str | os.PathLike[str],
            description: str | None = None) -> AttachmentView:
        kind = kind_spec(record_kind).kind
        if kind not in ATTACHABLE_KINDS:
            raise ValidationError(translate("RecordErrors", "Files cannot be attached to {kind}.").format(
                kind=render(kind_spec(kind).label).lower()), code="not_attachable")
        src = Path(path)
        if not src.is_file():
            raise ValidationError(translate("RecordErrors", "The file «{path}» was not found. Choose the file "
                                            "again.").format(path=str(src)), code="file_missing")
        size = src.stat().st_size
        if size > MAX_BYTES:
            raise ValidationError(translate("RecordErrors", "The file «{name}» is too big ({size} MB); at most "
                                            "500 MB. Compress the file or split it.").format(
                                                name=src.name, size=size // (1024 * 1024)), code="file_too_big")
        with self.ctx.session() as s:
            load_live(s, kind, record_id)
            w = RecordWriter(s, self.ctx)
            # Reserving a counter takes the database write lock first, so a concurrent remove()
            # cannot delete the blob between our store and our commit.
            w.next_counter(0)
            sha, size = self.store(src)
            media = mimetypes.guess_type(src.name)[0]
            obj = w.create(Attachment, {"record_kind": kind, "record_id": record_id, "file_name": clean(src.name),
                                        "sha256": sha, "size": size, "media_type": media,
                                        "description": description})
            return _attachment_view(obj)

    def list(self, record_kind: str, record_id: str) -> list[AttachmentView]:
        kind = kind_spec(record_kind).kind
        with self.ctx.session() as s:
            rows = s.scalars(select(Attachment).where(
                Attachment.record_kind == kind, Attachment.record_id == record_id,
                Attachment.deleted.is_(False)).order_by(Attachment.created_at, Attachment.id)).all()
            return [_attachment_view(a) for a in rows]

    def path_for(self, attachment_id: str) -> Path:
        """The stored file, for opening with the system viewer (never edit it in place)."""
        with self.ctx.session() as s:
            a = s.get(Attachment, attachment_id)
            if a is None or a.deleted:
                raise NotFound(_ATTACHMENT_GONE, code="attachment_not_found")
            sha = a.sha256
        p = self.blob_path(sha)
        if not p.exists():
            raise DnndError(translate("RecordErrors", "The attached file is no longer in the data folder. Restore "
                                      "it from a backup or attach the file again."), code="attachment_blob_missing")
        return p

    def remove(self, attachment_id: str) -> bool:
        """Tombstone the attachment; delete the stored file if no live attachment uses it.
        Returns True when the file itself was deleted."""
        with self.ctx.session() as s:
            a = s.get(Attachment, attachment_id)
            if a is None or a.deleted:
                raise NotFound(_ATTACHMENT_GONE, code="attachment_not_found")
            RecordWriter(s, self.ctx).delete(a)
            users = s.scalar(select(func.count()).select_from(Attachment).where(
                Attachment.sha256 == a.sha256, Attachment.deleted.is_(False)))
            if users:
                return False
            # Still inside the write transaction: no add() of the same content can slip in.
            p = self.blob_path(a.sha256)
            try:
                p.unlink()
            except FileNotFoundError:
                pass
            return True

    # -- storage ---------------------------------------------------------------------------------
    def store(self, src: Path | bytes) -> tuple[str, int]:
        """Copy `src` (a file, or bytes received in a sync package) into the store (temp file +
        fsync + rename); reuse an identical blob. Returns (sha256, size)."""
        self.root.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256()
        size = 0
        fd, tmp_name = tempfile.mkstemp(prefix=".incoming-", dir=self.root)
        tmp = Path(tmp_name)
        try:
            source = io.BytesIO(src) if isinstance(src, (bytes, bytearray, memoryview)) else src.open("rb")
            with os.fdopen(fd, "wb") as out, source as inp:
                while chunk := inp.read(_CHUNK):
                    digest.update(chunk)
                    out.write(chunk)
                    size += len(chunk)
                out.flush()
                os.fsync(out.fileno())
            sha = digest.hexdigest()
            final = self.blob_path(sha)
            if final.exists() and final.stat().st_size == size:
                tmp.unlink()
            else:
                final.parent.mkdir(parents=True, exist_ok=True)
                os.replace(tmp, final)
            return sha, size
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise


def _attachment_view(a: Attachment) -> AttachmentView:
    return AttachmentView(id=a.id, record_kind=a.record_kind, record_id=a.record_id, file_name=a.file_name,
                          sha256=a.sha256, size=a.size, media_type=a.media_type, description=a.description,
                          added_at=a.created_at, added_at_display=format_stored_datetime(a.created_at),
                          added_by=a.created_by)
