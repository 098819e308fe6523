"""Erasure reaches backups (issue 14, item 3): a person erased or anonymised is not readable again
from any backup the app keeps - daily, before an upgrade, made by a user, portable - because the
erasure journal is re-applied to a restored copy before it goes live; and every file of the data
folder is encrypted, so no byte of it holds the name either."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from dnnd_desktop.paths import DataDir
from dnnd_desktop.services import backups
from dnnd_desktop.services.app_context import open_context
from dnnd_desktop.services.installation import setup_installation
from dnnd_desktop.services.privacy import db_key, erasure_journal
from dnnd_desktop.services.records import RecordService
from dnnd_desktop.storage import sqlite_cipher
from dnnd_desktop.storage.models import AuditEntry, Household, OverseasPerson
from tests.conftest import make_setup_request
from tests.integration.test_encrypted_store import files_holding_name, search_count

pytestmark = pytest.mark.sqlite_only("backups of the SQLite file")

ERASED_HEAD = "Hờ A Thèn Bíẩn"          # the household erased (head and abroad member)
ERASED_ABROAD = "Hờ Thị Xóa Sạch"
ANONYMISED = "Sùng Thị Ẩndanh"           # a person abroad anonymised, household kept
KEPT = "Giàng A Giữlại"
GONE = (ERASED_HEAD, ERASED_ABROAD, ANONYMISED)


@pytest.fixture
def cipher_on(monkeypatch):
    monkeypatch.setattr(db_key, "ENABLED", True)
    yield
    sqlite_cipher.forget_all()


def names_in_store(data: DataDir) -> set[str]:
    """Which of the test names appear anywhere in the store's household and person rows
    (tombstones included) or audit values (where a creation's values are kept as JSON)."""
    ctx = open_context(data)
    try:
        with ctx.session() as s:
            texts = [*s.scalars(select(Household.head_name)), *s.scalars(select(OverseasPerson.full_name))]
            for old, new in s.execute(select(AuditEntry.old_value, AuditEntry.new_value)):
                texts += [old or "", new or ""]
    finally:
        ctx.close()
    blob = "\n".join(texts)
    return {n for n in (ERASED_HEAD, ERASED_ABROAD, ANONYMISED, KEPT) if n in blob}


def test_erased_and_anonymised_persons_stay_so_in_every_restored_backup(data_dir, tmp_path, cipher_on):
    setup_installation(data_dir, make_setup_request())
    ctx = open_context(data_dir)
    try:
        svc = RecordService(ctx)
        erased = svc.create("household", {"head_name": ERASED_HEAD}).id
        svc.create("person", {"household_id": erased, "full_name": ERASED_ABROAD, "country": "KR"})
        kept = svc.create("household", {"head_name": KEPT}).id
        anon = svc.create("person", {"household_id": kept, "full_name": ANONYMISED, "country": "JP"}).id
    finally:
        ctx.close()

    made = {
        "daily": backups.daily_backup_if_due(data_dir),
        "manual": backups.make_backup(data_dir).path,
        "before upgrade": backups.backup_before(data_dir, "migration"),
    }
    portable = backups.export_encrypted(data_dir, tmp_path / "mang-theo.dnndbak", "mat-khau-sao-luu")

    ctx = open_context(data_dir)
    try:
        RecordService(ctx).delete("household", erased)       # the household and its person abroad
        RecordService(ctx).anonymise("person", anon)
    finally:
        ctx.close()
    journal = erasure_journal.read(data_dir)
    assert sorted((e.kind, e.action) for e in journal) == [("household", "delete"), ("person", "anonymise"),
                                                           ("person", "delete")]
    gone = {ERASED_HEAD, ERASED_ABROAD, ANONYMISED}
    assert not gone & names_in_store(data_dir)

    restores = [(kind, path, None) for kind, path in made.items()] + [("portable", portable, "mat-khau-sao-luu")]
    for kind, path, passphrase in restores:
        assert path is not None, kind
        backups.restore(data_dir, path, passphrase=passphrase)
        names = names_in_store(data_dir)
        assert not gone & names, kind
        assert KEPT in names, kind                         # what was not erased came back
        for name in gone:
            assert search_count(data_dir, name) == 0, (kind, name)
        assert search_count(data_dir, KEPT) == 1, kind
        assert files_holding_name(data_dir.root, GONE) == [], kind
    # The portable file on the USB stick is encrypted too; the journal holds ids only.
    assert files_holding_name(tmp_path, GONE) == []
    text = erasure_journal.journal_path(data_dir).read_text(encoding="utf-8")
    assert erased in text and "Hờ" not in text


def test_portable_backup_of_an_encrypted_store_opens_on_another_computer(data_dir, tmp_path, cipher_on,
                                                                        monkeypatch):
    setup_installation(data_dir, make_setup_request())
    ctx = open_context(data_dir)
    try:
        RecordService(ctx).create("household", {"head_name": KEPT})
    finally:
        ctx.close()
    portable = backups.export_encrypted(data_dir, tmp_path / "mang-theo.dnndbak", "mat-khau-sao-luu")

    new_laptop = DataDir(tmp_path / "may-moi")            # encrypted under a key of its own
    sqlite_cipher.forget_all()
    setup_installation(new_laptop, make_setup_request(office_name="Ủy ban MTTQ Việt Nam huyện Mới"))
    backups.restore(new_laptop, portable, passphrase="mat-khau-sao-luu", allow_other_office=True)
    assert search_count(new_laptop, KEPT) == 1
    assert files_holding_name(new_laptop.root) == []

    monkeypatch.setattr(db_key, "ENABLED", False)        # and a plain store (encryption switched off)
    plain = DataDir(tmp_path / "khong-ma-hoa")
    setup_installation(plain, make_setup_request())
    backups.restore(plain, portable, passphrase="mat-khau-sao-luu", allow_other_office=True)
    assert search_count(plain, KEPT) == 1


def test_after_erasure_no_file_of_the_office_holds_the_name(tmp_path, cipher_on):
    """The issue's check: after an erasure, a byte search of the data folder - store, backups, logs,
    packages in the outbox, key file, journal - finds the name nowhere, also after a restore."""
    import logging

    from dnnd_desktop.logging_setup import configure_logging
    from dnnd_desktop.services.packages import export_package
    from tests.unit.test_packages_world import close_world, make_world

    world = make_world(tmp_path)
    try:
        # To the province (a peer gets none of our people since issue 15: the package would be empty).
        office, peer = world["a"], world["province"]
        root = office.data_dir.root
        configure_logging(root)
        svc = RecordService(office.ctx)
        erased = svc.create("household", {"head_name": ERASED_HEAD}).id
        svc.create("person", {"household_id": erased, "full_name": ERASED_ABROAD, "country": "KR"})
        backup = backups.make_backup(office.data_dir, note="truoc khi gui").path
        office.data_dir.outbox.mkdir(parents=True, exist_ok=True)
        export_package(office.ctx, kind="sync", to=peer.id, out_path=office.data_dir.outbox / "gui-tinh.dnnd",
                       secret=office.secret)
        assert kept_packages_holding(office, folder="outbox") == ["gui-tinh.dnnd"]   # the office can open it
        RecordService(office.ctx).delete("household", erased)
        assert kept_packages_holding(office, folder="outbox") == []      # shredded, a note in its place
        backups.restore(office.data_dir, backup)
    finally:
        close_world(world)
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert (root / "logs").is_dir() and any((root / "outbox").iterdir())
    assert files_holding_name(root, GONE) == []
    assert not {ERASED_HEAD, ERASED_ABROAD} & names_in_store(DataDir(root))


# -- erasures that arrive by sync, and the packages kept in received/ (issue 14, items 2 and 3) -------

def _office_at(data: DataDir, name: str = "tinh"):
    """A fresh context on an office's folder (after a restore), with its keys."""
    from tests.unit.test_packages_world import Office

    return Office(name, data, open_context(data))


def kept_packages_holding(office, texts: tuple[str, ...] = GONE, folder: str = "received") -> list[str]:
    """Packages kept in the folder (received/, outbox/) that, decrypted with the office's own keys
    (its own outbox through the archive copy), hold a name in any form."""
    from tests.integration.test_encrypted_store import needles
    from tests.support.package_text import package_files

    hits = []
    for kept in sorted((office.data_dir.root / folder).glob("*.dnnd")):
        data = b"\n".join(package_files(office, kept).values())
        if any(n in data for n in needles(texts)):
            hits.append(kept.name)
    return hits


def _sync(src, dst, path):
    from dnnd_desktop.services.packages import export_package, import_package

    export_package(src.ctx, kind="sync", to=dst.id, out_path=path, secret=src.secret)
    return import_package(dst.ctx, path, dst.secret)


def test_an_erasure_that_arrives_by_sync_stays_so_after_a_restore_and_in_no_kept_package(tmp_path, cipher_on):
    """Erase at the district, sync to the province, restore the province's backup from before:
    the person is gone again; and no file of the province's folder - store, backups, the packages
    it keeps, decrypted with its own keys - holds the names in any form."""
    from dnnd_desktop.services.packages import kept_erasures
    from tests.unit.test_packages_world import close_world, make_world

    world = make_world(tmp_path)
    district, province = world["a"], world["province"]
    try:
        svc = RecordService(district.ctx)
        erased = svc.create("household", {"head_name": ERASED_HEAD}).id
        svc.create("person", {"household_id": erased, "full_name": ERASED_ABROAD, "country": "KR"})
        kept = svc.create("household", {"head_name": KEPT}).id
        anon = svc.create("person", {"household_id": kept, "full_name": ANONYMISED, "country": "JP"}).id
        _sync(district, province, tmp_path / "lan-1.dnnd")
        assert {ERASED_HEAD, ERASED_ABROAD, ANONYMISED, KEPT} <= names_in_store(province.data_dir)
        before = backups.make_backup(province.data_dir, note="truoc khi xoa").path
        assert kept_packages_holding(province) == [p.name for p in
                                                   (province.data_dir.root / "received").glob("*.dnnd")]

        svc.delete("household", erased)
        svc.anonymise("person", anon)
        _sync(district, province, tmp_path / "lan-2.dnnd")
        journal = erasure_journal.read(province.data_dir)          # journalled as if erased here
        assert sorted((e.kind, e.action) for e in journal) == [("household", "delete"), ("person", "anonymise"),
                                                               ("person", "delete")]
        assert anon in {e.record_id for e in journal} and erased in {e.record_id for e in journal}
        received = province.data_dir.root / "received"
        assert len(list(received.glob("*.dnnd"))) == 1              # the first package was dropped...
        assert len(list(received.glob(f"*{kept_erasures.DROPPED_SUFFIX}"))) == 1   # ...with a note
        assert kept_packages_holding(province) == []                # the second holds no name

        backups.restore(province.data_dir, before)
    finally:
        close_world(world)
    names = names_in_store(province.data_dir)
    assert not set(GONE) & names and KEPT in names
    for name in GONE:
        assert search_count(province.data_dir, name) == 0, name
    assert files_holding_name(province.data_dir.root, GONE) == []
    again = _office_at(province.data_dir)
    try:
        assert kept_packages_holding(again) == []
    finally:
        again.ctx.close()


@pytest.mark.parametrize("drop_kept", [True, False], ids=["kept-package-dropped", "journal-after-replay"])
def test_undo_replays_no_erased_person(tmp_path, monkeypatch, drop_kept):
    """Undo = a backup + the kept packages after it imported again. A kept package holding someone
    erased since is dropped and skipped (said in the result); and should one still hold them (kept
    by an older version), the journal is applied again after the replay."""
    import datetime as dt

    from dnnd_desktop.services.packages import kept_erasures
    from dnnd_desktop.services.packages.import_log import undo_import
    from tests.conftest import PASSPHRASE
    from tests.unit.test_packages_world import close_world, make_world

    if not drop_kept:
        monkeypatch.setattr(kept_erasures, "drop_holding", lambda root, erased: 0)
    world = make_world(tmp_path)
    district, province = world["a"], world["province"]
    try:
        assert backups.daily_backup_if_due(province.data_dir, now=dt.datetime.now() - dt.timedelta(hours=1))
        svc = RecordService(district.ctx)
        erased = svc.create("household", {"head_name": ERASED_HEAD}).id
        svc.create("person", {"household_id": erased, "full_name": ERASED_ABROAD, "country": "KR"})
        first = _sync(district, province, tmp_path / "lan-1.dnnd").package_id
        svc.create("household", {"head_name": KEPT})
        bad = _sync(district, province, tmp_path / "lan-2.dnnd").package_id
        svc.delete("household", erased)
        _sync(district, province, tmp_path / "lan-3.dnnd")
        province.ctx.close()
        result = undo_import(province.data_dir, bad, PASSPHRASE)
        province.ctx = open_context(province.data_dir)
    finally:
        close_world(world)
    if drop_kept:
        assert result.dropped == [first] and result.replayed == [] and result.wiped_again == 0
    else:
        assert result.replayed == [first] and result.wiped_again == 2   # the household and its person
    assert not {ERASED_HEAD, ERASED_ABROAD} & names_in_store(province.data_dir)


@pytest.mark.parametrize("encrypted", [True, False], ids=["sealed", "plain"])
def test_an_attachment_deleted_by_sync_leaves_no_file_behind(tmp_path, monkeypatch, encrypted):
    """A household erased at the district whose scan went to the province: the tombstone arrives by
    sync and the province's copy of the file goes too (after the import commits), journalled so a
    restore does not bring it back; a file another live attachment still uses stays."""
    from dnnd_desktop.services.records.attachments import AttachmentService
    from tests.unit.test_packages_world import close_world, make_world

    monkeypatch.setattr(db_key, "ENABLED", encrypted)
    world = make_world(tmp_path)
    district, province = world["a"], world["province"]
    try:
        svc = RecordService(district.ctx)
        erased = svc.create("household", {"head_name": ERASED_HEAD}).id
        kept = svc.create("household", {"head_name": KEPT}).id
        scan, shared = tmp_path / "giay-to.pdf", tmp_path / "chung.pdf"
        scan.write_bytes(b"%PDF-1.4 so ho chieu B1234567 " + ERASED_HEAD.encode())
        shared.write_bytes(b"%PDF-1.4 mau don chung")
        att = AttachmentService(district.ctx)
        gone = att.add("household", erased, scan).sha256
        both = att.add("household", erased, shared).sha256
        att.add("household", kept, shared)
        _sync(district, province, tmp_path / "lan-1.dnnd")
        at_province = AttachmentService(province.ctx)
        assert at_province.has_blob(gone) and at_province.has_blob(both)

        svc.delete("household", erased)
        _sync(district, province, tmp_path / "lan-2.dnnd")
        assert not at_province.has_blob(gone)        # the erased household's scan is gone here too
        assert at_province.has_blob(both)            # still used by the kept household's attachment
        journal = erasure_journal.read(province.data_dir)
        assert sorted(e.kind for e in journal if e.kind == "attachment") == ["attachment", "attachment"]
    finally:
        close_world(world)
        sqlite_cipher.forget_all()
