"""An import no longer copies the database (issue 15); it stays undoable: the received package is
kept, and undo = the newest backup before it + the packages received after that backup, imported
again. Through the service and the `dnnd undo-import` command."""
from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
from pathlib import Path

from sqlalchemy import func, select

from dnnd_desktop.services.backups import daily_backup_if_due
from dnnd_desktop.services.packages import export_package, import_package
from dnnd_desktop.services.packages.import_log import kept_path, undo_import
from dnnd_desktop.services.records import RecordService
from dnnd_desktop.storage.models import Household, PackageLogEntry
from tests.conftest import PASSPHRASE
from tests.support.run_cli import CLI

ROOT = Path(__file__).resolve().parents[2]


def _round(src, dst, tmp_path, name: str, households: int) -> str:
    for i in range(households):
        RecordService(src.ctx).create("household", {"head_name": f"Hộ {name} {i}", "head_birth_year": 1970})
    out = tmp_path / f"{name}.dnnd"
    export_package(src.ctx, kind="sync", to=dst.id, out_path=out, secret=src.secret)
    return import_package(dst.ctx, out, dst.secret).package_id


def _daily_backup(office) -> None:
    """Today's daily backup, dated an hour ago (backup times have whole seconds; an import in the
    same second as a backup may be in it, so undo uses only backups from an earlier second)."""
    assert daily_backup_if_due(office.data_dir, now=dt.datetime.now() - dt.timedelta(hours=1))


def _households(office) -> int:
    with office.ctx.session() as s:
        return s.scalar(select(func.count()).select_from(Household))


def _backups(office) -> int:
    folder = office.data_dir.backups
    return len(list(folder.iterdir())) if folder.is_dir() else 0


def test_an_import_keeps_the_package_and_copies_no_database(world, tmp_path):
    a, p = world["a"], world["province"]
    before = _backups(p)
    pid = _round(a, p, tmp_path, "mot", 2)
    assert _backups(p) == before                                   # no whole-database copy
    with p.ctx.session() as s:
        entry = s.scalars(select(PackageLogEntry).where(PackageLogEntry.package_id == pid)).one()
    assert kept_path(p.data_dir, entry.id).read_bytes() == (tmp_path / "mot.dnnd").read_bytes()


def test_undo_restores_the_backup_and_replays_the_packages_before_the_bad_one(world, tmp_path):
    a, p = world["a"], world["province"]
    _round(a, p, tmp_path, "truoc", 1)                # in the backup
    _daily_backup(p)
    _round(a, p, tmp_path, "mot", 2)                  # after the backup: replayed
    bad = _round(a, p, tmp_path, "hai", 3)            # the one to undo
    _round(a, p, tmp_path, "ba", 4)                   # after it: not replayed
    assert _households(p) == 10
    p.ctx.close()
    result = undo_import(p.data_dir, bad, PASSPHRASE)
    from dnnd_desktop.services.app_context import open_context
    p.ctx = open_context(p.data_dir)
    assert len(result.replayed) == 1 and result.failed == []
    assert len(result.not_replayed) == 2 and result.not_replayed[0] == bad
    assert _households(p) == 3                        # 1 from the backup + 2 replayed
    with p.ctx.session() as s:
        assert s.scalar(select(func.count()).select_from(PackageLogEntry)
                        .where(PackageLogEntry.direction == "in")) == 2
    # the undone package is still kept and can be imported again on purpose
    assert import_package(p.ctx, tmp_path / "hai.dnnd", p.secret).new == 3


def test_undo_on_the_command_line(world, tmp_path):
    a, p = world["a"], world["province"]
    _daily_backup(p)
    bad = _round(a, p, tmp_path, "mot", 2)
    p.ctx.close()
    env = {**os.environ, "DNND_PASSPHRASE": PASSPHRASE}
    r = subprocess.run([*CLI, "--data-dir", str(p.data_dir.root), "--json",
                        "undo-import", bad], capture_output=True, text=True, cwd=ROOT, env=env, timeout=180)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["not_replayed"] == [bad]
    r = subprocess.run([*CLI, "--data-dir", str(p.data_dir.root),
                        "undo-import", "khong-co"], capture_output=True, text=True, cwd=ROOT, env=env, timeout=180)
    assert r.returncode == 1 and r.stderr
    from dnnd_desktop.services.app_context import open_context
    p.ctx = open_context(p.data_dir)
    assert _households(p) == 0


def test_kept_packages_older_than_every_backup_are_deleted(world, tmp_path):
    a, p = world["a"], world["province"]
    folder = p.data_dir.root / "received"
    folder.mkdir(parents=True, exist_ok=True)
    old = folder / "cu.dnnd"
    old.write_bytes(b"x")
    two_days = (dt.datetime.now() - dt.timedelta(days=2)).timestamp()
    os.utime(old, (two_days, two_days))
    _daily_backup(p)                                     # the oldest backup: an hour ago
    _round(a, p, tmp_path, "mot", 1)
    assert not old.exists()                              # no undo can need it any more
    assert len(list(folder.glob("*.dnnd"))) == 1         # the package just imported stays
