"""Issue 16 item 7: two processes importing the same package at once import it once.

The "late" process makes its first "already imported?" check while the "holder" has written
everything but not committed; then it goes on to write. Before the fix both imported (the check
and the log write were separate transactions and the log was not unique). Now the late one waits
for the writer lock, checks again under it and answers "imported before". Runs on SQLite and,
with --database=postgres, on PostgreSQL.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from sqlalchemy import func, select
from test_packages_world import Office, make_office

from dnnd_desktop.services.app_context import open_context
from dnnd_desktop.services.installation import setup_installation
from dnnd_desktop.services.packages import export_package
from dnnd_desktop.services.records.record_service import RecordService
from dnnd_desktop.storage.models import Household, PackageLogEntry
from tests.conftest import PASSPHRASE, make_setup_request

ROOT = Path(__file__).resolve().parents[2]
PAUSED_IMPORT = ROOT / "tests" / "support" / "paused_import.py"
HOUSEHOLDS = 7


def _start(data_root: Path, package: Path, role: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, str(PAUSED_IMPORT), str(data_root), str(package), PASSPHRASE, role],
                            cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)


def _next_line(proc: subprocess.Popen[str]) -> str:
    assert proc.stdout is not None
    line = proc.stdout.readline().strip()
    if not line:
        proc.wait(timeout=60)
        raise AssertionError(proc.stderr.read() if proc.stderr else "no output")
    return line


def test_two_processes_importing_one_package_import_it_once(data_dir, tmp_path):
    setup_installation(data_dir, make_setup_request(
        level="province", unit_name="Lào Cai", office_name="Ủy ban MTTQ Việt Nam tỉnh Lào Cai",
        parent_body="Ủy ban Trung ương MTTQ Việt Nam", place_name="Lào Cai"))
    province = Office("tinh", data_dir, open_context(data_dir))
    district = make_office(tmp_path, "batxat")
    try:
        district.trust(province)
        province.trust(district)
        rs = RecordService(district.ctx)
        for i in range(HOUSEHOLDS):
            rs.create("household", {"head_name": f"Nguyễn Văn Thử {i}"})
        package = tmp_path / "sync.dnnd"
        export_package(district.ctx, kind="sync", to=province.id, out_path=package, secret=district.secret)
        province.ctx.close()

        holder = _start(data_dir.root, package, "holder")
        late = None
        try:
            assert _next_line(holder) == "paused"          # written, not committed, writer lock held
            late = _start(data_dir.root, package, "late")
            assert _next_line(late) == "checked"           # its first check saw nothing yet
            assert holder.stdin is not None
            holder.stdin.write("go\n")
            holder.stdin.flush()
            first = json.loads(_next_line(holder))
            second = json.loads(_next_line(late))
            assert holder.wait(timeout=120) == 0 and late.wait(timeout=120) == 0
        finally:
            for p in (holder, late):
                if p is not None and p.poll() is None:
                    p.kill()
        assert first == {"already_imported": False, "new": HOUSEHOLDS}
        assert second == {"already_imported": True, "new": 0}

        province.ctx = open_context(data_dir)
        with province.ctx.session() as s:
            assert s.scalar(select(func.count()).select_from(Household)) == HOUSEHOLDS
            assert s.scalar(select(func.count()).select_from(PackageLogEntry)
                            .where(PackageLogEntry.direction == "in")) == 1
    finally:
        province.ctx.close()
        district.ctx.close()
