"""Issue 16 item 9: plain backups carry a SHA-256 that the check before a restore verifies.

Flip campaign (fast size here; tests/campaigns/backup_flips.py runs more): single-byte flips at
positions spread over the whole file, including inside record values, which SQLite's own integrity
check does not see. Every flip must be refused by `restore --check` (verify_backup) and by restore,
with the live database unchanged."""
from __future__ import annotations

import random
import subprocess

import pytest
from test_backups import _add, _digest, _setup

from dnnd_desktop.services import backups
from dnnd_desktop.services.backups import checksums
from tests.support.run_cli import CLI

FLIPS = 30


@pytest.fixture()
def data(tmp_path):
    d = _setup(tmp_path / "data")
    for name in ("Nguyễn Văn Đức", "Trần Thị Hằng", "Lò Văn Páo"):
        _add(d, name)
    return d


def flip_positions(size: int, count: int, seed: int = 16) -> list[int]:
    rng = random.Random(seed)
    return sorted(rng.sample(range(size), count))


def test_every_flipped_byte_in_a_plain_backup_is_detected(data):
    info = backups.make_backup(data)
    side = checksums.checksum_path(info.path)
    assert side.read_text().split() == [checksums.file_digest(info.path), info.path.name]
    assert backups.verify_backup(info.path, data).same_office
    original = info.path.read_bytes()
    live = _digest(data.database)
    tried = refused = 0
    for pos in flip_positions(len(original), FLIPS):
        damaged = bytearray(original)
        damaged[pos] ^= 0xFF
        info.path.write_bytes(bytes(damaged))
        tried += 1
        with pytest.raises(backups.BackupInvalid) as e:
            backups.verify_backup(info.path, data)
        assert e.value.code == "backup_damaged"
        refused += 1
    assert (tried, refused) == (FLIPS, FLIPS)
    with pytest.raises(backups.BackupInvalid):
        backups.restore(data, info.path)
    assert _digest(data.database) == live
    info.path.write_bytes(original)
    assert backups.verify_backup(info.path, data).same_office


def test_cli_restore_check_refuses_a_flipped_backup(data):
    info = backups.make_backup(data)
    damaged = bytearray(info.path.read_bytes())
    damaged[len(damaged) // 2] ^= 0x01
    info.path.write_bytes(bytes(damaged))
    r = subprocess.run([*CLI, "--data-dir", str(data.root), "restore", str(info.path), "--check"],
                       capture_output=True, text=True, timeout=120, check=False)
    assert r.returncode != 0
    assert "khác với tệp mã kiểm tra" in r.stderr


def test_exported_copy_gets_a_checksum_and_deleting_a_backup_removes_it(data, tmp_path):
    out = backups.export_plain(data, tmp_path / "ban-sao.sqlite3")
    assert checksums.checksum_matches(out) is True
    info = backups.make_backup(data)
    backups.delete_backup(data, info.path)
    assert not checksums.checksum_path(info.path).exists()


def test_a_backup_from_an_older_version_without_checksum_is_still_checked_as_before(data):
    info = backups.make_backup(data)
    checksums.remove_checksum(info.path)
    assert checksums.checksum_matches(info.path) is None
    assert backups.verify_backup(info.path, data).same_office
