"""Files attached to records (photos, minutes, signed agreements).

The bytes live in the data folder under their SHA-256 (attachments/ab/abcdef…), so the same file
attached twice is stored once; the Attachment record (synced, audited) names it. A blob is deleted
only when no live attachment uses it any more.

Encrypted at rest (issue 14): where the store is encrypted, a blob is sealed
(exchange/sealed_files.py) under a key derived from the folder's database key and named
`<sha256>.sealed`; it is opened only into memory (a sync package), into a stream (a portable
backup), into a file the user chose ("Save a copy"), or into a viewing copy under `<data>/viewing/`
that is removed when the app closes or next starts. A plain blob (an office not yet converted, a
PostgreSQL folder, the test suite) has no suffix; convert_store seals them all at the first start.
"""
from __future__ import annotations

import hashlib
import io
import mimetypes
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from sqlalchemy import event, func, select
from sqlalchemy.orm import Session

from ...domain.errors import DnndError, NotFound, ValidationError
from ...domain.formatting import format_stored_datetime
from ...domain.messages import render, translate
from ...domain.record_kinds import kind_spec
from ...domain.text import clean
from ...exchange import sealed_files
from ...storage.models import Attachment
from ..privacy import erasure_journal
from ..privacy.attachment_files import SEALED_SUFFIX, VIEWING_FOLDER, folder_key
from ..record_writer import RecordWriter
from .record_service import ATTACHABLE_KINDS, load_live
from .types import AttachmentView

if TYPE_CHECKING:
    from ..app_context import AppContext

MAX_BYTES = 500 * 1024 * 1024
_CHUNK = 1024 * 1024


_ATTACHMENT_GONE = translate("RecordErrors", "This attachment was not found (it may have been deleted).")
_BLOB_DAMAGED = translate("RecordErrors", "The attached file in the data folder is damaged and cannot be opened. "
                          "Restore it from a backup or attach the file again.")
_BLOB_LOCKED = translate("RecordErrors", "The attached file is encrypted and the data are not unlocked. Start the "
                         "app again and type the office's key passphrase.")


class AttachmentService:
    def __init__(self, ctx: AppContext):
        self.ctx = ctx
        self.root = Path(ctx.data_dir.attachments)

    def blob_path(self, sha256: str) -> Path:
        """Where the blob is (sealed or plain), or where it will be stored."""
        plain = self.root / sha256[:2] / sha256
        sealed = plain.with_name(sha256 + SEALED_SUFFIX)
        if sealed.exists() or (self.key() is not None and not plain.exists()):
            return sealed
        return plain

    def key(self) -> bytes | None:
        return folder_key(self.ctx.data_dir)

    def has_blob(self, sha256: str) -> bool:
        return self.blob_path(sha256).is_file()

    def open_blob(self, sha256: str) -> BinaryIO:
        """The blob's plaintext as a stream (sealed blobs are opened chunk by chunk, authenticated)."""
        p = self.blob_path(sha256)
        if not p.name.endswith(SEALED_SUFFIX):
            return p.open("rb")
        key = self.key()
        if key is None:   # not reached in the app: the store opens only with the key
            raise DnndError(_BLOB_LOCKED, code="attachment_locked")
        try:
            return sealed_files.open_sealed(p.open("rb"), key, sha256.encode("ascii"))
        except sealed_files.SealedFileDamaged as e:
            raise DnndError(_BLOB_DAMAGED, code="attachment_damaged") from e

    def read_blob(self, sha256: str) -> bytes | None:
        """The blob's bytes when present and intact (their SHA-256 checked), else None."""
        try:
            with self.open_blob(sha256) as f:
                data = f.read()
        except (FileNotFoundError, DnndError):
            return None
        except sealed_files.SealedFileDamaged:
            return None
        return data if hashlib.sha256(data).hexdigest() == sha256 else None

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

    def _live_blob(self, attachment_id: str) -> tuple[str, str]:
        """(sha256, file name) of a live attachment whose blob is in the folder."""
        with self.ctx.session() as s:
            a = s.get(Attachment, attachment_id)
            if a is None or a.deleted:
                raise NotFound(_ATTACHMENT_GONE, code="attachment_not_found")
            sha, name = a.sha256, a.file_name
        if not self.has_blob(sha):
            raise DnndError(translate("RecordErrors", "The attached file is no longer in the data folder. Restore "
                                      "it from a backup or attach the file again."), code="attachment_blob_missing")
        return sha, name

    def viewing_copy(self, attachment_id: str) -> Path:
        """A copy to open with the system viewer: the plain blob itself where the folder is not
        encrypted, else a decrypted copy under <data>/viewing/ named by the attachment's id (never by
        its file name, which may name a person), removed when the app closes or next starts."""
        sha, name = self._live_blob(attachment_id)
        p = self.blob_path(sha)
        if not p.name.endswith(SEALED_SUFFIX):
            return p
        folder = Path(self.ctx.data_dir.root) / VIEWING_FOLDER
        folder.mkdir(exist_ok=True)
        suffix = "".join(ch for ch in Path(name).suffix[:10] if ch.isalnum() or ch == ".")
        target = folder / f"tep-dinh-kem-{attachment_id[:8]}{suffix}"
        self._copy_out(sha, target)
        return target

    def path_for(self, attachment_id: str) -> Path:
        """The file to open with the system viewer (never edit it in place): see viewing_copy."""
        return self.viewing_copy(attachment_id)

    def save_copy(self, attachment_id: str, target: str | os.PathLike[str]) -> Path:
        """Write the attachment's plain bytes to a file the user chose (checked against its SHA-256)."""
        sha, _name = self._live_blob(attachment_id)
        out = Path(target)
        self._copy_out(sha, out)
        return out

    def _copy_out(self, sha: str, target: Path) -> None:
        digest = hashlib.sha256()
        tmp = target.with_name(target.name + ".part")
        try:
            with self.open_blob(sha) as inp, open(tmp, "wb") as out:
                while chunk := inp.read(_CHUNK):
                    digest.update(chunk)
                    out.write(chunk)
            if digest.hexdigest() != sha:
                raise DnndError(_BLOB_DAMAGED, code="attachment_damaged")
            os.replace(tmp, target)
        except sealed_files.SealedFileDamaged as e:
            raise DnndError(_BLOB_DAMAGED, code="attachment_damaged") from e
        finally:
            tmp.unlink(missing_ok=True)

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
            self._unlink_blob(a.sha256)
            return True

    def _unlink_blob(self, sha: str) -> None:
        for p in (self.root / sha[:2] / sha, self.root / sha[:2] / (sha + SEALED_SUFFIX)):
            p.unlink(missing_ok=True)

    def drop_unused(self, hashes: Iterable[str]) -> int:
        """Delete the blobs of `hashes` that no live attachment uses any more (after the records
        that held them were erased). Returns how many files went."""
        wanted = sorted(set(hashes))
        if not wanted:
            return 0
        n = 0
        with self.ctx.session() as s:
            RecordWriter(s, self.ctx).next_counter(0)   # the write lock: no add() of the same bytes meanwhile
            used = set(s.scalars(select(Attachment.sha256).where(Attachment.sha256.in_(wanted),
                                                                 Attachment.deleted.is_(False))))
            for sha in wanted:
                if sha not in used and self.has_blob(sha):
                    self._unlink_blob(sha)
                    n += 1
        return n

    # -- storage ---------------------------------------------------------------------------------
    def store(self, src: Path | bytes) -> tuple[str, int]:
        """Copy `src` (a file, or bytes received in a sync package) into the store (temp file +
        fsync + rename), sealed when the folder is encrypted; reuse an identical blob. The plain
        bytes are hashed and sealed in one pass: no plain copy is written where the folder is
        encrypted. Returns (sha256, size)."""
        self.root.mkdir(parents=True, exist_ok=True)
        key = self.key()

        def source() -> BinaryIO:
            return io.BytesIO(src) if isinstance(src, (bytes, bytearray, memoryview)) else src.open("rb")

        # Two reads: the SHA-256 names the blob and labels its seal, so it is known before sealing.
        digest = hashlib.sha256()
        size = 0
        with source() as inp:
            while chunk := inp.read(_CHUNK):
                digest.update(chunk)
                size += len(chunk)
        sha = digest.hexdigest()
        final = self.blob_path(sha)
        if final.exists():
            return sha, size
        fd, tmp_name = tempfile.mkstemp(prefix=".incoming-", dir=self.root)
        tmp = Path(tmp_name)
        try:
            check = hashlib.sha256()
            with os.fdopen(fd, "wb") as raw, source() as inp:
                out: Any = sealed_files.SealingWriter(raw, key, sha.encode("ascii")) if key is not None else raw
                while chunk := inp.read(_CHUNK):
                    check.update(chunk)
                    out.write(chunk)
                if key is not None:
                    out.finish()
                raw.flush()
                os.fsync(raw.fileno())
            if check.hexdigest() != sha:   # the source changed between the two reads
                raise DnndError(translate("RecordErrors", "The file changed while it was being attached. Close the "
                                          "program that writes it and attach it again."), code="file_changed")
            final.parent.mkdir(parents=True, exist_ok=True)
            os.replace(tmp, final)
            return sha, size
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise


def erase_attachments(s: Session, w: RecordWriter, kind: str, record_id: str) -> int:
    """A record is erased (deleted or anonymised): its attachments are tombstoned with it, and their
    files are removed once the transaction commits, unless another live attachment uses the same
    bytes (issue 14). Nothing is removed when the transaction rolls back."""
    rows = list(s.scalars(select(Attachment).where(Attachment.record_kind == kind, Attachment.record_id == record_id,
                                                   Attachment.deleted.is_(False))))
    for a in rows:
        w.delete(a)
        # An attachment has no personal field, so the writer does not journal it: a restore of an
        # older backup must still not bring the erased person's files back (erasure_journal).
        erasure_journal.note(s, getattr(w.ctx, "data_dir", None), "attachment", a.id, erasure_journal.DELETE)
    drop_blobs_after_commit(s, w.ctx, {a.sha256 for a in rows})
    return len(rows)


def drop_blobs_after_commit(s: Session, ctx: AppContext, hashes: set[str]) -> None:
    """Once `s` commits, remove the files of `hashes` that no live attachment uses any more (an
    erasure here, or a deletion that arrived by sync); nothing is removed if it rolls back."""
    if not hashes:
        return
    pending: set[str] = s.info.setdefault("dnnd_erased_blobs", set())
    if not pending:
        def after_commit(_session: Session) -> None:
            AttachmentService(ctx).drop_unused(set(s.info.pop("dnnd_erased_blobs", ())))

        def after_rollback(_session: Session, _transaction: object) -> None:
            s.info.pop("dnnd_erased_blobs", None)

        event.listen(s, "after_commit", after_commit, once=True)
        event.listen(s, "after_soft_rollback", after_rollback, once=True)
    pending.update(hashes)


def _attachment_view(a: Attachment) -> AttachmentView:
    return AttachmentView(id=a.id, record_kind=a.record_kind, record_id=a.record_id, file_name=a.file_name,
                          sha256=a.sha256, size=a.size, media_type=a.media_type, description=a.description,
                          added_at=a.created_at, added_at_display=format_stored_datetime(a.created_at),
                          added_by=a.created_by)
