"""Issue 16 item 5, full sizes: each bomb fed to the app in a fresh process (tests/support/bomb_probe.py),
with its outcome, time and peak memory (VmHWM). The fast versions run in tests/unit/test_bombs.py.

    PYTHONPATH=. .venv/bin/python tests/campaigns/run_bombs.py [--out DIR] [--packages-only]

Bombs: xlsx with 3,000,000 rows (with and without cell references), xlsx whose 100,000 rows each
hold a value in column XFD, 5,000 merged ranges over a 50,000-row sheet; a sync package of about
23 MB whose record file unpacks to 111 MB (685,767 lines; once with a description listing one record,
once with one counting every line), the same as one 111 MB record line, and a report
package whose reports.json unpacks to over 100 MB. Prints one line per bomb and the counts
tried / refused / lost (lost = accepted beyond the limits, or over 300 MB).
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "unit"))

from tests.support import bombs  # noqa: E402
from tests.support.run_cli import apply_test_settings  # noqa: E402

apply_test_settings()
PROBE = ROOT / "tests" / "support" / "bomb_probe.py"
PEAK_MB = 300


def probe(*args) -> dict:
    done = subprocess.run([sys.executable, str(PROBE), *map(str, args)], cwd=ROOT, capture_output=True, text=True,
                          timeout=1800, env={**os.environ, "PYTHONPATH": str(ROOT)})
    if done.returncode != 0:
        return {"code": "crashed", "message": done.stderr[-500:], "peak_mb": -1, "seconds": -1}
    return json.loads(done.stdout.strip().splitlines()[-1])


def offices(base: Path):
    from test_packages_world import close_world, make_office

    province = make_office(base, "tinh", level="province", office_name="Ủy ban MTTQ Việt Nam tỉnh Lào Cai",
                           parent_body="Ủy ban Trung ương MTTQ Việt Nam", place_name="Lào Cai")
    district = make_office(base, "batxat")
    district.trust(province)
    province.trust(district)
    return province, district, lambda: close_world({"p": province, "d": district})


def package_bombs(base: Path) -> list[tuple[str, Path, Path, bool]]:
    """(name, receiver data dir, package, must be refused)."""
    from test_usb_sync_robust import _files_at

    from dnnd_desktop.exchange.package import Recipient, SenderIdentity, write_package
    from dnnd_desktop.exchange.package.strict_json import dumps_canonical
    from dnnd_desktop.services.packages import export_package
    from dnnd_desktop.services.packages.common import SCHEMA_VERSION
    from dnnd_desktop.services.records.record_service import RecordService

    province, district, close = offices(base)
    try:
        sender = SenderIdentity(district.id, district.ctx.installation.site_id, district.secret)
        to = [Recipient(province.id, province.secret.public.box_pk)]
        RecordService(district.ctx).create("household", {"head_name": "Giàng Seo Tủa"})
        plain = base / "plain.dnnd"
        export_package(district.ctx, kind="sync", to=province.id, out_path=plain, secret=district.secret)
        files = _files_at(province, plain)
        out = []
        # Distinct lines (fresh ids, varied names) compress about 7 to 1, like real data.
        lines = []
        size = 0
        i = 0
        while size < 111 * 1024 * 1024:
            line = json.dumps({"id": str(uuid.uuid4()), "fields": {"head_name": f"Nguyễn Văn Thử {i}",
                               "note": f"thôn {i % 977}, xã Bản Vược, huyện Bát Xát {uuid.uuid4().hex[:8]}"}},
                              ensure_ascii=False).encode() + b"\n"
            lines.append(line)
            size += len(line)
            i += 1
        p = base / "sync-111mb.dnnd"
        write_package(p, kind="sync", sender=sender, recipients=to, schema_version=SCHEMA_VERSION,
                      files=dict(files, **{"records/household.jsonl": b"".join(lines)}))
        out.append((f"sync package {p.stat().st_size // 2**20} MB, {size // 2**20} MB of {i} record lines "
                    "(the description lists 1)", province.data_dir.root, p, True))
        # The same lines, this time counted by the description: nothing refuses them before they
        # are read; they are read streaming and the package is refused whole once more than
        # MAX_UNREADABLE_LINES cannot be read (services/sync/apply.py).
        head = json.loads(files["changeset.json"])
        head["counts"] = {"household": i}
        p = base / "sync-111mb-declared.dnnd"
        write_package(p, kind="sync", sender=sender, recipients=to, schema_version=SCHEMA_VERSION,
                      files=dict(files, **{"records/household.jsonl": b"".join(lines),
                                           "changeset.json": dumps_canonical(head)}))
        del lines
        out.append((f"sync package {p.stat().st_size // 2**20} MB, {size // 2**20} MB of {i} record lines "
                    "its description lists", province.data_dir.root, p, True))
        p = base / "line-111mb.dnnd"
        write_package(p, kind="sync", sender=sender, recipients=to, schema_version=SCHEMA_VERSION,
                      files=dict(files, **{"records/household.jsonl": b'{"id":"' + os.urandom(8).hex().encode()
                                           + b"a" * (111 * 2**20) + b'"}\n'}))
        out.append((f"sync package {p.stat().st_size // 2**20} MB, one 111 MB record line",
                    province.data_dir.root, p, True))
        report = b'{"id":"r","note":"' + b"b" * 100 + b'"}'
        doc = b'{"reports":[' + b",".join([report] * 900_000) + b"]}"
        p = base / "report-json.dnnd"
        write_package(p, kind="report", sender=sender, recipients=to, schema_version=SCHEMA_VERSION,
                      files={"reports.json": doc})
        out.append((f"report package {p.stat().st_size // 2**20} MB, reports.json {len(doc) // 2**20} MB",
                    province.data_dir.root, p, True))
        return out
    finally:
        close()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=None)
    ap.add_argument("--packages-only", action="store_true", help="skip the Excel bombs")
    args = ap.parse_args()
    base = args.out or Path(tempfile.mkdtemp(prefix="bombs-"))
    base.mkdir(parents=True, exist_ok=True)
    excel = [] if args.packages_only else [
        ("xlsx 3,000,000 rows", bombs.xlsx_with_rows(base / "rows.xlsx", 3_000_000), True),
        ("xlsx 3,000,000 rows without references", bombs.xlsx_rows_without_refs(base / "norefs.xlsx", 3_000_000),
         True),
        ("xlsx 100,000 rows reaching column XFD", bombs.xlsx_wide(base / "wide.xlsx", 100_000), True),
        ("xlsx 5,000 merged ranges over 50,000 rows", bombs.xlsx_with_merges(base / "merged.xlsx", 50_000, 5_000),
         False),
    ]
    tried = refused = lost = 0
    for name, path, must_refuse in excel:
        r = probe("excel", path)
        tried += 1
        refused += r["code"] not in (None, "crashed")
        bad = r["code"] == "crashed" or r["peak_mb"] >= PEAK_MB or (must_refuse and r["code"] is None)
        lost += bad
        print(f"{name} ({path.stat().st_size / 2**20:.1f} MB): code={r['code']} {r['seconds']} s "
              f"peak {r['peak_mb']} MB{'  LOST' if bad else ''}", flush=True)
    for name, data_root, path, must_refuse in package_bombs(base):
        r = probe("package", data_root, path, "mat-khau-thu-nghiem")
        tried += 1
        refused += r["code"] not in (None, "crashed")
        bad = r["code"] == "crashed" or r["peak_mb"] >= PEAK_MB or (must_refuse and r["code"] is None)
        lost += bad
        print(f"{name}: code={r['code']} result={r.get('result')} {r['seconds']} s peak {r['peak_mb']} MB"
              f"{'  LOST' if bad else ''}", flush=True)
    print(f"tried {tried}, refused {refused}, lost {lost}")
    return 1 if lost else 0


if __name__ == "__main__":
    sys.exit(main())
