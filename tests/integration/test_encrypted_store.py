"""Encryption at rest (issue 14, item 2): the store and every backup the app keeps are SQLCipher
files; nothing personal is readable without the office's passphrase or the recovery code."""
from __future__ import annotations

import sqlite3
import unicodedata
from pathlib import Path

import pytest

from dnnd_desktop.domain.text import fold
from dnnd_desktop.exchange.keys import WrongPassphrase
from dnnd_desktop.paths import DataDir
from dnnd_desktop.services import backups
from dnnd_desktop.services.app_context import open_context
from dnnd_desktop.services.installation import is_set_up, setup_installation
from dnnd_desktop.services.privacy import convert_store, db_key
from dnnd_desktop.services.records import RecordService
from dnnd_desktop.services.records.list_service import RecordQueryService
from dnnd_desktop.services.records.types import ListQuery
from dnnd_desktop.storage import sqlite_cipher
from tests.conftest import PASSPHRASE, make_setup_request

pytestmark = pytest.mark.sqlite_only("the SQLite file itself is what is encrypted")

NAME = "Hờ A Thèn Bíẩn"
RELIGION_NOTE = "Tin Lành Ẩnmật"


@pytest.fixture
def cipher_on(monkeypatch):
    monkeypatch.setattr(db_key, "ENABLED", True)
    yield
    sqlite_cipher.forget_all()


def needles(texts: tuple[str, ...] = (NAME, RELIGION_NOTE)) -> list[bytes]:
    out = []
    for text in texts:
        for form in ("NFC", "NFD"):
            out.append(unicodedata.normalize(form, text).encode("utf-8"))
        out.append(fold(text).encode("utf-8"))
        out.append(text.encode("utf-16-le"))
    return out


def files_holding_name(root: Path, texts: tuple[str, ...] = (NAME, RELIGION_NOTE)) -> list[str]:
    """Every file under `root` whose bytes contain the test person's name in any encoding we store."""
    hits = []
    for p in root.rglob("*"):
        if p.is_file():
            data = p.read_bytes()
            if any(n in data for n in needles(texts)):
                hits.append(p.name)
    return hits


def add_person(data: DataDir) -> str:
    ctx = open_context(data)
    try:
        svc = RecordService(ctx)
        hid = svc.create("household", {"head_name": NAME, "notes": RELIGION_NOTE}).id
        svc.create("person", {"household_id": hid, "full_name": NAME, "country": "KR"})
        return hid
    finally:
        ctx.close()


def search_count(data: DataDir, text: str) -> int:
    ctx = open_context(data)
    try:
        return RecordQueryService(ctx).count("household", ListQuery(search=text))
    finally:
        ctx.close()


def test_new_store_and_its_backups_are_encrypted(data_dir, cipher_on):
    setup_installation(data_dir, make_setup_request())
    assert db_key.key_file(data_dir).exists()
    add_person(data_dir)
    daily = backups.daily_backup_if_due(data_dir)
    manual = backups.make_backup(data_dir).path
    assert daily is not None
    for f in (data_dir.database, daily, manual):
        assert sqlite_cipher.is_encrypted_file(f)
        con = sqlite3.connect(f)
        with pytest.raises(sqlite3.DatabaseError):
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        con.close()
    assert files_holding_name(data_dir.root) == []
    assert search_count(data_dir, "then bian") == 1

    # A new process: locked until the passphrase is typed; a wrong one opens nothing.
    sqlite_cipher.forget_all()
    assert db_key.needs_unlock(data_dir) and is_set_up(data_dir)
    with pytest.raises(WrongPassphrase):
        db_key.unlock(data_dir, "not-the-passphrase")
    db_key.unlock(data_dir, PASSPHRASE)
    assert search_count(data_dir, "then bian") == 1


def test_recovery_code_opens_the_data_and_sets_a_new_passphrase(data_dir, cipher_on):
    setup_installation(data_dir, make_setup_request())
    code = db_key.issue_recovery_code(data_dir, PASSPHRASE)
    add_person(data_dir)
    sqlite_cipher.forget_all()
    with pytest.raises(db_key.WrongRecoveryCode):
        db_key.recover(data_dir, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF", "mat-khau-moi-123")
    db_key.recover(data_dir, code.lower().replace("-", " "), "mat-khau-moi-123")   # as typed from paper
    assert search_count(data_dir, "then bian") == 1
    sqlite_cipher.forget_all()
    with pytest.raises(WrongPassphrase):
        db_key.unlock(data_dir, PASSPHRASE)
    db_key.unlock(data_dir, "mat-khau-moi-123")
    assert search_count(data_dir, "then bian") == 1


def test_plain_store_is_converted_with_its_backups(data_dir, monkeypatch):
    monkeypatch.setattr(db_key, "ENABLED", False)
    setup_installation(data_dir, make_setup_request())
    add_person(data_dir)
    old_backup = backups.make_backup(data_dir).path
    assert files_holding_name(data_dir.root) != []          # the problem: plain file and backup
    monkeypatch.setattr(db_key, "ENABLED", True)
    try:
        assert convert_store.needs_conversion(data_dir)
        with pytest.raises(WrongPassphrase):
            convert_store.convert(data_dir, "not-the-passphrase")
        assert sqlite_cipher.has_plain_header(data_dir.database)    # refused: nothing changed
        assert not db_key.key_file(data_dir).exists()
        seen: list[tuple[int, int]] = []
        code = convert_store.convert(data_dir, PASSPHRASE, progress=lambda d, t, _l="": seen.append((d, t)))
        assert code and seen[-1][0] == seen[-1][1]
        assert not convert_store.needs_conversion(data_dir)
        assert sqlite_cipher.is_encrypted_file(data_dir.database)
        assert sqlite_cipher.is_encrypted_file(old_backup)
        made = [b for b in backups.list_backups(data_dir) if b.path != old_backup]
        assert len(made) == 1 and sqlite_cipher.is_encrypted_file(made[0].path)   # the backup before converting
        assert sorted(p.name for p in data_dir.root.iterdir() if "plain" in p.name or "part" in p.name) == []
        assert files_holding_name(data_dir.root) == []
        assert search_count(data_dir, "then bian") == 1       # rows and both search indexes came along
        # A restore of the converted old backup gives the person back (it was not erased).
        result = backups.restore(data_dir, old_backup)
        assert result.office_id
        assert search_count(data_dir, NAME) == 1
        assert files_holding_name(data_dir.root) == []
    finally:
        sqlite_cipher.forget_all()


def test_interrupted_conversion_is_completed_on_the_next_start(data_dir, monkeypatch):
    monkeypatch.setattr(db_key, "ENABLED", False)
    setup_installation(data_dir, make_setup_request())
    add_person(data_dir)
    monkeypatch.setattr(db_key, "ENABLED", True)
    try:
        convert_store.convert(data_dir, PASSPHRASE)
        # Power cut between "plain renamed aside" and the shredding: a plain copy is left behind.
        leftover = data_dir.database.with_name(data_dir.database.name + ".plain")
        leftover.write_bytes(b"SQLite format 3\x00" + NAME.encode())
        assert convert_store.needs_conversion(data_dir)
        convert_store.convert(data_dir, PASSPHRASE)
        assert not leftover.exists() and files_holding_name(data_dir.root) == []
    finally:
        sqlite_cipher.forget_all()


def test_wrong_key_reads_as_a_damaged_file(tmp_path, cipher_on):
    from dnnd_desktop.storage import sqlite_files

    sqlite_cipher.register_key(tmp_path, bytes(32))
    db = tmp_path / "x.sqlite3"
    con = sqlite_cipher.connect(db)
    con.execute("CREATE TABLE t(x)")
    con.commit()
    con.close()
    sqlite_cipher.forget_all()
    sqlite_cipher.register_key(tmp_path, bytes([1]) * 32)
    with pytest.raises(sqlite3.DatabaseError):
        sqlite_files.inspect(db)


def test_a_copy_exported_outside_the_folder_stays_encrypted_and_restores(data_dir, tmp_path, cipher_on):
    setup_installation(data_dir, make_setup_request())
    hid = add_person(data_dir)
    ctx = open_context(data_dir)            # open, so the live store has a -wal beside it
    try:
        assert RecordService(ctx).get("household", hid).id == hid
        assert files_holding_name(data_dir.root) == []
    finally:
        ctx.close()
    copy = backups.export_plain(data_dir, tmp_path / "ban-sao.sqlite3")
    assert sqlite_cipher.is_encrypted_file(copy)
    assert not any(n in copy.read_bytes() for n in needles())
    ctx = open_context(data_dir)
    try:
        RecordService(ctx).delete("household", hid)
    finally:
        ctx.close()
    assert search_count(data_dir, "then bian") == 0
    backups.restore(data_dir, copy)
    # Restored, and the erasure journal erased the household again before the data went live.
    assert search_count(data_dir, "then bian") == 0
    assert backups.verify_backup(copy, data_dir).office_id


def test_conversion_reports_progress_and_cancel_leaves_the_plain_store(data_dir, monkeypatch):
    from dnnd_desktop.domain.progress import Cancelled, CancelToken

    monkeypatch.setattr(db_key, "ENABLED", False)
    setup_installation(data_dir, make_setup_request())
    add_person(data_dir)
    monkeypatch.setattr(db_key, "ENABLED", True)
    monkeypatch.setattr(sqlite_cipher, "PROGRESS_EVERY", 500)   # a small store: report often
    try:
        token = CancelToken()
        seen: list[tuple[int, int]] = []

        def cancel_midway(done: int, total: int, _label: str = "") -> None:
            seen.append((done, total))
            if len(seen) == 3:        # while the backup or the store is being written
                token.cancel()

        with pytest.raises(Cancelled):
            convert_store.convert(data_dir, PASSPHRASE, progress=cancel_midway, cancel=token)
        assert sqlite_cipher.has_plain_header(data_dir.database)        # nothing replaced
        assert search_count(data_dir, "then bian") == 1
        assert list(data_dir.root.rglob("*.part")) == []
        assert all(0 <= d <= t for d, t in seen)

        steps: list[float] = []
        convert_store.convert(data_dir, PASSPHRASE, progress=lambda d, t, _l="": steps.append(d / t))
        assert steps == sorted(steps) and steps[-1] == 1.0 and len(steps) > 3
        assert sqlite_cipher.is_encrypted_file(data_dir.database)
        assert search_count(data_dir, "then bian") == 1
    finally:
        sqlite_cipher.forget_all()
