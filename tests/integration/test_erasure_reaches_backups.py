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
        office, peer = world["a"], world["b"]
        root = office.data_dir.root
        configure_logging(root)
        svc = RecordService(office.ctx)
        erased = svc.create("household", {"head_name": ERASED_HEAD}).id
        svc.create("person", {"household_id": erased, "full_name": ERASED_ABROAD, "country": "KR"})
        backup = backups.make_backup(office.data_dir, note="truoc khi gui").path
        office.data_dir.outbox.mkdir(parents=True, exist_ok=True)
        export_package(office.ctx, kind="sync", to=peer.id, out_path=office.data_dir.outbox / "gui-muong-khuong.dnnd",
                       secret=office.secret)
        RecordService(office.ctx).delete("household", erased)
        backups.restore(office.data_dir, backup)
    finally:
        close_world(world)
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert (root / "logs").is_dir() and any((root / "outbox").iterdir())
    assert files_holding_name(root, GONE) == []
    assert not {ERASED_HEAD, ERASED_ABROAD} & names_in_store(DataDir(root))
