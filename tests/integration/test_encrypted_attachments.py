"""Attachments encrypted at rest (issue 14): the files under attachments/ are sealed under a key
derived from the database key; they open into memory, a stream, a chosen file or a viewing copy
that is removed; an old folder's plain files are sealed at the first start, all or nothing; the
portable backup carries them; erasing a record removes its files."""
from __future__ import annotations

import hashlib
import os

import pytest

from dnnd_desktop.domain.errors import Cancelled, DnndError
from dnnd_desktop.domain.progress import CancelToken
from dnnd_desktop.exchange import sealed_files
from dnnd_desktop.paths import DataDir
from dnnd_desktop.services import backups
from dnnd_desktop.services.app_context import open_context
from dnnd_desktop.services.installation import setup_installation
from dnnd_desktop.services.packages.sync_contents import _blob_bytes
from dnnd_desktop.services.privacy import attachment_files, convert_store, db_key
from dnnd_desktop.services.records import AttachmentService, RecordService
from dnnd_desktop.storage import sqlite_cipher
from tests.conftest import PASSPHRASE, make_setup_request

pytestmark = pytest.mark.sqlite_only("the key of the folder's SQLite file seals the attachments")

# A scan of a passport page: the words a byte search must never find in the folder.
SECRET = "Hộ chiếu số C7731942 — Vàng Thị Sểnh, sinh 1988".encode()
SCAN = b"%PDF-1.7\n" + SECRET + b"\n" + bytes(range(256)) * 9000     # about 2.3 MB: three chunks


@pytest.fixture
def cipher_on(monkeypatch):
    monkeypatch.setattr(db_key, "ENABLED", True)
    yield
    sqlite_cipher.forget_all()


def files_holding(root, needle: bytes = SECRET) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file() and needle in p.read_bytes())


def household(ctx, name="Vàng A Dơ") -> str:
    return RecordService(ctx).create("household", {"head_name": name}).id


def test_attachment_is_sealed_and_opens_again(data_dir, cipher_on, tmp_path):
    setup_installation(data_dir, make_setup_request())
    src = tmp_path / "ho-chieu.pdf"
    src.write_bytes(SCAN)
    ctx = open_context(data_dir)
    try:
        svc = AttachmentService(ctx)
        att = svc.add("household", household(ctx), src)
        assert att.sha256 == hashlib.sha256(SCAN).hexdigest() and att.size == len(SCAN)
        stored = list(data_dir.attachments.rglob("*"))
        blob = data_dir.attachments / att.sha256[:2] / (att.sha256 + ".sealed")
        assert blob in stored and [p for p in stored if p.is_file()] == [blob]
        assert blob.stat().st_size == sealed_files.sealed_size(len(SCAN))
        assert files_holding(data_dir.root) == []                          # byte-grep: nothing
        assert files_holding(data_dir.root, SCAN[-4096:]) == []
        # open: a viewing copy named by the id, not by the file name; removed afterwards
        view = svc.viewing_copy(att.id)
        assert view.read_bytes() == SCAN and view.parent == data_dir.root / "viewing"
        assert "chieu" not in view.name and view.suffix == ".pdf"
        assert attachment_files.remove_viewing_copies(data_dir) == 1 and not view.exists()
        assert files_holding(data_dir.root) == []
        # download: the plain bytes where the user chose
        (tmp_path / "luu").mkdir()
        assert svc.save_copy(att.id, tmp_path / "luu" / "ban-sao.pdf").read_bytes() == SCAN
        # a sync package takes the plain bytes from memory
        blobs, missing = _blob_bytes(ctx, [att.sha256])
        assert blobs == {att.sha256: SCAN} and missing == 0
        # the same file attached twice is stored once, still sealed
        second = svc.add("household", household(ctx, "Giàng A Lử"), src)
        assert len([p for p in data_dir.attachments.rglob("*") if p.is_file()]) == 1
        # bytes received in a sync package are sealed as they are stored
        received = b"%PDF-1.4 thu moi " + SECRET
        sha, _size = svc.store(received)
        assert (data_dir.attachments / sha[:2] / (sha + ".sealed")).is_file() and svc.read_blob(sha) == received
        assert files_holding(data_dir.root) == []
        (data_dir.attachments / sha[:2] / (sha + ".sealed")).unlink()
        # removing the last attachment that uses a sealed file deletes it
        extra = svc.add("household", household(ctx, "Vàng A Chá"), tmp_path / "luu" / "ban-sao.pdf")
        assert svc.remove(second.id) is False and svc.has_blob(att.sha256)
        assert svc.remove(extra.id) is False                                 # att still uses the same bytes
        # a damaged seal is refused, never shown as the file
        raw = bytearray(blob.read_bytes())
        raw[len(raw) // 2] ^= 1
        blob.write_bytes(bytes(raw))
        with pytest.raises(DnndError) as err:
            svc.viewing_copy(att.id)
        assert err.value.code == "attachment_damaged"
        assert not list((data_dir.root / "viewing").iterdir())             # no half-written copy
        assert _blob_bytes(ctx, [att.sha256]) == ({}, 1)
        assert svc.remove(att.id) is True                                   # the last one: its sealed file goes
        assert [p for p in data_dir.attachments.rglob("*") if p.is_file()] == []
    finally:
        ctx.close()


def test_sealed_file_refuses_truncation_renaming_and_other_keys(tmp_path):
    import io

    key, other = bytes(range(32)), bytes(32)
    for size in (0, 5, sealed_files.CHUNK, sealed_files.CHUNK + 1, 2 * sealed_files.CHUNK):
        plain = os.urandom(size)
        buf = io.BytesIO()
        w = sealed_files.SealingWriter(buf, key, b"label")
        w.write(plain)
        w.finish()
        sealed = buf.getvalue()
        assert len(sealed) == sealed_files.sealed_size(size) and sealed_files.plain_size(len(sealed)) == size
        assert sealed_files.open_sealed(io.BytesIO(sealed), key, b"label").read() == plain
        for bad_key, label, data in ((other, b"label", sealed), (key, b"other", sealed),
                                     (key, b"label", sealed[:-1]), (key, b"label", sealed + b"x"),
                                     (key, b"label", sealed[:len(sealed) - 17 - min(size, 3)])):
            with pytest.raises(sealed_files.SealedFileDamaged):
                sealed_files.open_sealed(io.BytesIO(data), bad_key, label).read()


def _old_folder(data_dir: DataDir, monkeypatch, tmp_path, files: int = 3) -> list[str]:
    """A folder of the previous version: plain store, plain attachments."""
    monkeypatch.setattr(db_key, "ENABLED", False)
    setup_installation(data_dir, make_setup_request())
    ctx = open_context(data_dir)
    hashes = []
    try:
        hid = household(ctx)
        for i in range(files):
            src = tmp_path / f"giay-to-{i}.pdf"
            src.write_bytes(SCAN + bytes([i]))
            hashes.append(AttachmentService(ctx).add("household", hid, src).sha256)
    finally:
        ctx.close()
    assert len(files_holding(data_dir.attachments)) == files            # the problem: readable files
    monkeypatch.setattr(db_key, "ENABLED", True)
    return hashes


def test_old_folder_attachments_are_sealed_at_the_first_start(data_dir, monkeypatch, tmp_path):
    hashes = _old_folder(data_dir, monkeypatch, tmp_path)
    try:
        assert convert_store.needs_conversion(data_dir)
        convert_store.convert(data_dir, PASSPHRASE)
        assert not convert_store.needs_conversion(data_dir)
        names = sorted(p.name for p in data_dir.attachments.rglob("*") if p.is_file())
        assert names == sorted(h + ".sealed" for h in hashes)
        assert files_holding(data_dir.root) == []
        ctx = open_context(data_dir)
        try:
            svc = AttachmentService(ctx)
            assert [svc.read_blob(h) for h in hashes] == [SCAN + bytes([i]) for i in range(3)]
        finally:
            ctx.close()
    finally:
        sqlite_cipher.forget_all()


@pytest.mark.parametrize("stop_at", ["attachments", "store"])
def test_cancelled_conversion_leaves_the_old_folder_as_it_was(data_dir, monkeypatch, tmp_path, stop_at):
    hashes = _old_folder(data_dir, monkeypatch, tmp_path)
    before = sorted((p.name, p.read_bytes()) for p in data_dir.attachments.rglob("*") if p.is_file())
    token = CancelToken()
    sealed_so_far: list[int] = []
    real_seal = attachment_files.seal_file

    def seal_then_cancel(src, target, key, sha):
        real_seal(src, target, key, sha)
        sealed_so_far.append(1)
        if stop_at == "attachments" and len(sealed_so_far) == 2:
            token.cancel()                      # Cancel pressed while the third file waits

    def cancel_during_store(*a, **k):
        token.cancel()
        token.raise_if_cancelled()

    real_encrypt = convert_store._encrypt_file
    monkeypatch.setattr(attachment_files, "seal_file", seal_then_cancel)
    if stop_at == "store":
        monkeypatch.setattr(convert_store, "_encrypt_file", cancel_during_store)
    try:
        with pytest.raises(Cancelled):
            convert_store.convert(data_dir, PASSPHRASE, cancel=token)
        after = sorted((p.name, p.read_bytes()) for p in data_dir.attachments.rglob("*") if p.is_file())
        assert after == before and len(before) == len(hashes)               # nothing sealed is left over
        assert sqlite_cipher.has_plain_header(data_dir.database)
        assert convert_store.needs_conversion(data_dir)
        monkeypatch.setattr(attachment_files, "seal_file", real_seal)
        monkeypatch.setattr(convert_store, "_encrypt_file", real_encrypt)
        convert_store.convert(data_dir, PASSPHRASE)                          # the next start finishes it
        assert files_holding(data_dir.root) == []
        assert sorted(p.name for p in data_dir.attachments.rglob("*") if p.is_file()) == sorted(
            h + ".sealed" for h in hashes)
    finally:
        sqlite_cipher.forget_all()


def test_portable_backup_carries_sealed_attachments_to_another_folder(data_dir, cipher_on, tmp_path):
    setup_installation(data_dir, make_setup_request())
    src = tmp_path / "bien-ban.pdf"
    src.write_bytes(SCAN)
    ctx = open_context(data_dir)
    try:
        att = AttachmentService(ctx).add("household", household(ctx), src)
    finally:
        ctx.close()
    portable = backups.export_encrypted(data_dir, tmp_path / "chuyen.dnndbak", "mat-khau-sao-luu-1")
    assert SECRET not in portable.read_bytes()
    # another laptop: its own folder and key
    laptop = DataDir(tmp_path / "may-moi")
    setup_installation(laptop, make_setup_request())
    result = backups.restore(laptop, portable, passphrase="mat-khau-sao-luu-1", allow_other_office=True)
    assert result.attachments_added == 1
    assert files_holding(laptop.root) == [] and files_holding(tmp_path / "may-moi") == []
    ctx = open_context(laptop)
    try:
        assert AttachmentService(ctx).viewing_copy(att.id).read_bytes() == SCAN
    finally:
        ctx.close()


@pytest.mark.parametrize("erase", ["delete", "anonymise"])
def test_erasing_a_record_removes_its_attachment_files(data_dir, cipher_on, tmp_path, erase):
    setup_installation(data_dir, make_setup_request())
    own, shared = tmp_path / "cccd.jpg", tmp_path / "thu-moi.pdf"
    own.write_bytes(b"\xff\xd8JPEG " + SECRET)
    shared.write_bytes(b"%PDF thu moi chung")
    ctx = open_context(data_dir)
    try:
        svc, files = RecordService(ctx), AttachmentService(ctx)
        hid = household(ctx)
        pid = svc.create("person", {"household_id": hid, "full_name": "Vàng Thị Sểnh", "country": "KR"}).id
        mine = files.add("person", pid, own)
        files.add("person", pid, shared)
        other = files.add("household", household(ctx, "Lý A Sử"), shared)   # the same bytes, another record
        svc.delete("household", hid) if erase == "delete" else svc.anonymise("person", pid)
        assert not files.has_blob(mine.sha256)                               # her card scan is gone
        assert files.has_blob(other.sha256)                                  # still used elsewhere
        assert files.list("person", pid) == []
        assert files.viewing_copy(other.id).read_bytes() == b"%PDF thu moi chung"
    finally:
        ctx.close()
    assert len([p for p in data_dir.attachments.rglob("*") if p.is_file()]) == 1


def test_a_failed_erasure_keeps_the_files(data_dir, cipher_on, tmp_path, monkeypatch):
    """The files go only when the erasure commits."""
    from dnnd_desktop.services.records import record_service

    setup_installation(data_dir, make_setup_request())
    own = tmp_path / "cccd.jpg"
    own.write_bytes(b"\xff\xd8JPEG " + SECRET)
    ctx = open_context(data_dir)
    try:
        svc, files = RecordService(ctx), AttachmentService(ctx)
        hid = household(ctx)
        att = files.add("household", hid, own)
        real = record_service.RecordWriter.delete

        def fail_on_household(self, obj, **kw):
            if type(obj).__kind__ == "household":
                raise RuntimeError("disk full")
            return real(self, obj, **kw)

        monkeypatch.setattr(record_service.RecordWriter, "delete", fail_on_household)
        with pytest.raises(RuntimeError):
            svc.delete("household", hid)
        monkeypatch.setattr(record_service.RecordWriter, "delete", real)
        assert files.has_blob(att.sha256) and [a.id for a in files.list("household", hid)] == [att.id]
    finally:
        ctx.close()


def test_a_restore_does_not_bring_back_the_files_of_an_erased_record(data_dir, cipher_on, tmp_path):
    """Backups made before the erasure hold the record; the erasure journal takes it out again on
    restore, its attachments with it, so their files are not put back (issue 14, item 3)."""
    setup_installation(data_dir, make_setup_request())
    scan = tmp_path / "cccd.jpg"
    scan.write_bytes(b"\xff\xd8JPEG " + SECRET)
    ctx = open_context(data_dir)
    try:
        hid = household(ctx)
        att = AttachmentService(ctx).add("household", hid, scan)
    finally:
        ctx.close()
    portable = backups.export_encrypted(data_dir, tmp_path / "truoc-khi-xoa.dnndbak", "mat-khau-sao-luu-1")
    daily = backups.make_backup(data_dir).path
    ctx = open_context(data_dir)
    try:
        RecordService(ctx).delete("household", hid)
        assert not AttachmentService(ctx).has_blob(att.sha256)
    finally:
        ctx.close()
    for backup, passphrase in ((portable, "mat-khau-sao-luu-1"), (daily, None)):
        result = backups.restore(data_dir, backup, passphrase=passphrase)
        assert result.attachments_added == 0
        ctx = open_context(data_dir)
        try:
            assert AttachmentService(ctx).list("household", hid) == [] and not AttachmentService(ctx).has_blob(
                att.sha256)
        finally:
            ctx.close()
    assert [p for p in data_dir.attachments.rglob("*") if p.is_file()] == []
