"""One province receiving from N communes (issue 15): the cost of each import as the store grows.

    .venv/bin/python tests/benchmarks/bench_province.py [--communes 150] [--households 300]
        [--persons 600] [--activities 100] [--marks 10,50,150] [--keep DIR]

Each commune is a real installation (own keys) that trusts the province; it fills its store with
the households, persons (two per household), activities and activity-person links of the issue
(300 / 600 / 100 / ~280: a sync package of about 1,280 records) and sends the province one sync
package and one report package (the 2026-H1 report, about 4 KB). The province imports them in
order, commune after commune, and the script prints, per package kind, the import time of the first
and the last packages (target: last within 1.3x of the first), next to the bare library doing the
same work for that package: verify + decrypt (PyNaCl through exchange.package) and a Core insert of
its records as JSON into an empty SQLite table. At each mark (N = 10, 50, 150 communes) it prints
the store's size, the backups folder's size, the submissions page (SubmissionService.summary),
the consolidated report (ConsolidationService.preview) and a sync export to one commune with
nothing to send (rows read and time).

The growth target is measured two ways, because single imports on a shared machine are noisy
(one run gave a ratio of 0.80, an earlier one 3.15):
- probes: one extra commune's packages (never imported in the sequence) are imported into a copy of
  the province's store before the first import and at each mark, `--repeats` times each on a fresh
  copy; the median and the fastest of those, at N communes against N = 0, is the cost of the same
  package as the store grows;
- windows: the median of the first `--window` imports of the sequence and of the last `--window`
  before each mark.
Each line carries /proc/loadavg. Run it under `nice` so the measurement yields to the others.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run from a checkout

from sqlalchemy import insert  # noqa: E402

from dnnd_desktop.exchange.package import open_package  # noqa: E402
from dnnd_desktop.paths import DataDir  # noqa: E402
from dnnd_desktop.services import identity  # noqa: E402
from dnnd_desktop.services.app_context import open_context  # noqa: E402
from dnnd_desktop.services.installation import SetupRequest, setup_installation, unlock_secret_keys  # noqa: E402
from dnnd_desktop.services.packages import export_package, import_package  # noqa: E402
from dnnd_desktop.services.packages.common import SCHEMA_VERSION, effective_now  # noqa: E402
from dnnd_desktop.services.province.consolidation import ConsolidationService  # noqa: E402
from dnnd_desktop.services.province.submissions import SubmissionService  # noqa: E402
from dnnd_desktop.services.record_writer import RecordWriter  # noqa: E402
from dnnd_desktop.services.reports import ReportService  # noqa: E402
from dnnd_desktop.services.search_upkeep import tidy_search_indexes  # noqa: E402
from dnnd_desktop.services.sync import changeset_for_peer  # noqa: E402
from dnnd_desktop.storage.models import Activity, ActivityPerson, Household, OverseasPerson  # noqa: E402
from tests.benchmarks.import_pages import measure as pages_written  # noqa: E402
from tests.support.reports import mark_missing_nothing  # noqa: E402
from tests.support.run_cli import apply_test_settings  # noqa: E402

apply_test_settings()  # cheapest key derivation: the installations here are throwaway

PASS = "mat-khau-benchmark"
FAMILY = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Lò", "Lý", "Giàng", "Sùng", "Vàng", "Thào")
MIDDLE = ("Văn", "Thị", "Đức", "Minh", "Thu", "Quang", "Hữu", "Ngọc", "Seo", "A")
GIVEN = ("An", "Bình", "Cường", "Dũng", "Hoa", "Hùng", "Lan", "Mai", "Nam", "Phương", "Sơn", "Tú", "Páo", "Chư")
COUNTRIES = ("CN", "LA", "US", "FR", "DE", "JP", "KR", "AU", "CZ", "RU", "TW")
PERIOD = "2026-H1"


def name(rng: random.Random) -> str:
    return f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"


def setup(root: Path, folder: str, level: str, office: str) -> DataDir:
    dd = DataDir(root / folder)
    setup_installation(dd, SetupRequest(
        level=level, province_code=15, unit_name="Lào Cai" if level == "province" else "xã Bản Hồ",
        unit_code=None, office_name=office, parent_body=None, symbol="MTTQ-BTT", place_name="Lào Cai",
        head_title="Chủ tịch", head_name="", officer_name="Cán bộ", officer_password=None, passphrase=PASS))
    return dd


def fill(ctx, rng: random.Random, households: int, persons: int, activities: int) -> int:
    """The commune's own records, bulk-written the way the importers write (prepare_insert)."""
    with ctx.session() as s:
        w = RecordWriter(s, ctx)

        def bulk(model, rows):
            first = w.next_counter(len(rows))
            made = [w.prepare_insert(model, r, first + i) for i, r in enumerate(rows)]
            s.execute(insert(model), made)
            return [m["id"] for m in made]

        hh = bulk(Household, [dict(head_name=name(rng), head_birth_year=1940 + rng.randrange(60),
                                   village=f"Thôn {rng.randrange(40)}") for _ in range(households)])
        pp = bulk(OverseasPerson, [dict(household_id=hh[i % households], full_name=name(rng),
                                        country=rng.choice(COUNTRIES)) for i in range(persons)])
        aa = bulk(Activity, [dict(title=f"Giao lưu biên giới {i}", activity_type="border_exchange",
                                  start_date=dt.date(2026, 1, 1) + dt.timedelta(days=rng.randrange(170)),
                                  country=rng.choice(("CN", "LA")), participants_vn=rng.randrange(200))
                             for i in range(activities)])
        links = max(0, 1280 - households - persons - activities)
        bulk(ActivityPerson, [dict(activity_id=aa[i % len(aa)], person_id=pp[(i * 7) % len(pp)])
                              for i in range(links)])
    return households + persons + activities + links


def make_commune(root: Path, i: int, province_card, out: Path, args, rng) -> tuple[Path, Path, object]:
    dd = setup(root, f"xa{i:03d}", "commune", f"Ủy ban MTTQ Việt Nam xã thứ {i}")
    ctx = open_context(dd)
    try:
        identity.trust_card(ctx, province_card, province_card.fingerprint)
        fill(ctx, rng, args.households, args.persons, args.activities)
        with ctx.session() as s:
            secret = unlock_secret_keys(s, PASS)
        sync = out / f"sync-{i:03d}.dnnd"
        export_package(ctx, kind="sync", to=province_card.office_id, out_path=sync, secret=secret)
        svc = ReportService(ctx)
        rid = svc.create(PERIOD).id
        mark_missing_nothing(svc, rid)   # approval refuses blank items (issue 13)
        svc.approve(rid)
        report = out / f"report-{i:03d}.dnnd"
        export_package(ctx, kind="report", to=province_card.office_id, out_path=report, secret=secret)
        return sync, report, identity.identity_card(ctx), dd
    finally:
        ctx.close()


def timed(fn):
    t = time.perf_counter()
    value = fn()
    return time.perf_counter() - t, value


def bare(ctx, path: Path, scratch: Path) -> float:
    """The libraries alone: verify + decrypt the package, insert its records as JSON rows."""
    from dnnd_desktop.services.identity import trust_lookup

    with ctx.session() as s:
        now = effective_now(s)
        lookup = trust_lookup(s, now)
        secret = unlock_secret_keys(s, PASS)
    db = scratch / f"bare-{path.stem}.sqlite3"
    t = time.perf_counter()
    opened = open_package(path, trust=lookup, me_office_id=ctx.installation.office_id, my_secret=secret,
                          max_schema_version=SCHEMA_VERSION, now=now.replace(tzinfo=dt.UTC))
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE r (id TEXT PRIMARY KEY, kind TEXT, body TEXT)")
    rows = []
    for fname, data in opened.files.items():
        if fname.endswith(".jsonl"):
            for line in data.splitlines():
                if line.strip():
                    rows.append((json.loads(line)["id"], fname, line.decode()))
        else:
            rows.append((fname, fname, data.decode(errors="replace")))
    with con:
        con.executemany("INSERT INTO r VALUES (?, ?, ?)", rows)
    con.close()
    elapsed = time.perf_counter() - t
    db.unlink()
    return elapsed


def acknowledge(prov, secret, commune_dir: DataDir, province_id: str, commune_id: str, scratch: Path,
                i: int) -> None:
    """The province sends commune 0 its package and the commune answers (what it holds): commune 0
    has acknowledged everything the province holds for it."""
    down, up = scratch / f"down-{i}.dnnd", scratch / f"up-{i}.dnnd"
    export_package(prov, kind="sync", to=commune_id, out_path=down, secret=secret)
    ctx = open_context(commune_dir)
    try:
        with ctx.session() as s:
            csecret = unlock_secret_keys(s, PASS)
        res = import_package(ctx, down, csecret)
        assert res.new == 0, "the province sent commune 0 records it does not own"
        export_package(ctx, kind="sync", to=province_id, out_path=up, secret=csecret)
    finally:
        ctx.close()
    import_package(prov, up, secret)


def many_reports(prov, total: int) -> None:
    """Lower offices' reports only (the part the national figure needs): each received report is
    copied under new lower offices until `total` offices have sent one."""
    from sqlalchemy import select

    from dnnd_desktop.storage.models import Office, Report, new_id

    with prov.session() as s:
        offices = list(s.scalars(select(Office).where(Office.relation == "lower")))
        reports = list(s.scalars(select(Report).where(Report.status == "received")))
        cols = [c.key for c in Report.__table__.columns if c.key not in ("id", "office_id")]
        template = offices[0]
        rows_o, rows_r = [], []
        for i in range(total - len(offices)):
            oid = new_id()
            rows_o.append({"id": oid, "relation": "lower", "name": f"Ủy ban MTTQ Việt Nam xã mẫu {i}",
                           "level": template.level, "province_code": template.province_code,
                           "parent_office_id": template.parent_office_id})
            src = reports[i % len(reports)]
            rows_r.append({**{c: getattr(src, c) for c in cols}, "id": new_id(), "office_id": oid})
        s.execute(insert(Office), rows_o)
        s.execute(insert(Report), rows_r)
    page, summary = timed(lambda: SubmissionService(prov).summary(PERIOD))
    cons, _ = timed(lambda: ConsolidationService(prov).preview(PERIOD))
    print(f"{total} offices' reports: submissions page {page * 1000:.0f} ms ({summary.actual} of "
          f"{summary.expected}), consolidated report {cons * 1000:.0f} ms (target <= 10 s)")


def _ms(values: list[float]) -> str:
    return f"median {statistics.median(values) * 1000:.0f} ms (fastest {min(values) * 1000:.0f}, n={len(values)})"


def loadavg() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "?"


def probe(pdir: DataDir, packages: tuple[Path, Path], scratch: Path, repeats: int) -> dict[str, list[float]]:
    """Import the probe commune's sync and report packages into fresh copies of the province's store,
    `repeats` times each: the same package at every store size, so the times compare."""
    out: dict[str, list[float]] = {"sync": [], "report": []}
    for _ in range(repeats):
        for kind, path in zip(("sync", "report"), packages, strict=True):
            copy = scratch / "probe"
            shutil.rmtree(copy, ignore_errors=True)
            shutil.copytree(pdir.root, copy, ignore=shutil.ignore_patterns("backups", "received", "*-shm"))
            ctx = open_context(DataDir(copy))
            try:
                with ctx.session() as s:
                    secret = unlock_secret_keys(s, PASS)
                elapsed, res = timed(lambda ctx=ctx, path=path, secret=secret: import_package(ctx, path, secret))
                assert res.rejected == 0, res.messages
                out[kind].append(elapsed)
            finally:
                ctx.close()
                shutil.rmtree(copy, ignore_errors=True)
    return out


def size_mb(path: Path) -> float:
    if path.is_file():
        return path.stat().st_size / 2**20
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 2**20 if path.exists() else 0.0


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--communes", type=int, default=150)
    ap.add_argument("--households", type=int, default=300)
    ap.add_argument("--persons", type=int, default=600)
    ap.add_argument("--activities", type=int, default=100)
    ap.add_argument("--marks", default="10,50,150")
    ap.add_argument("--keep", type=Path)
    ap.add_argument("--repeats", type=int, default=3, help="probe imports per package kind at each mark")
    ap.add_argument("--window", type=int, default=10, help="imports in each median window")
    ap.add_argument("--reports", type=int, default=0,
                    help="then measure the submissions page and consolidated report with this many lower "
                         "offices' reports (received reports copied under new offices; no records)")
    args = ap.parse_args()
    marks = sorted({int(m) for m in args.marks.split(",") if int(m) <= args.communes} | {args.communes})
    root = Path(tempfile.mkdtemp(prefix="bench-province-"))
    rng = random.Random(15)
    try:
        pdir = setup(root, "tinh", "province", "Ủy ban MTTQ Việt Nam tỉnh Lào Cai")
        prov = open_context(pdir)
        pcard = identity.identity_card(prov)
        out = root / "packages"
        out.mkdir()
        t0 = time.perf_counter()
        made = []
        for i in range(args.communes + 1):
            sync, report, card, dd = make_commune(root, i, pcard, out, args, rng)
            identity.trust_card(prov, card, card.fingerprint)
            made.append((sync, report))
            if i == 0:
                first_dir = dd
        probe_packages = made.pop()   # the last commune is the probe: trusted, never imported in the sequence
        print(f"{args.communes} communes made in {time.perf_counter() - t0:.0f} s; sync package "
              f"{made[0][0].stat().st_size / 1024:.0f} KB, report package {made[0][1].stat().st_size / 1024:.1f} KB")
        with prov.session() as s:
            secret = unlock_secret_keys(s, PASS)
        times: dict[str, list[float]] = {"sync": [], "report": []}
        bares: dict[str, list[float]] = {"sync": [], "report": []}
        scratch = root / "scratch"
        scratch.mkdir()
        first_office = None
        if args.keep:   # the empty province store too, for tests/benchmarks/import_pages.py at N = 0
            shutil.copytree(pdir.root, root / "tinh-N0", ignore=shutil.ignore_patterns("backups", "received", "*-shm"))
        probe(pdir, probe_packages, scratch, 1)   # warm-up (first-use costs of the process), not counted
        probes = {0: probe(pdir, probe_packages, scratch, args.repeats)}
        print(f"N=   0: probe sync {_ms(probes[0]['sync'])}, report {_ms(probes[0]['report'])}; pages the sync "
              f"probe writes {pages_written(pdir.root, probe_packages[0], PASS, quiet=True)} | load {loadavg()}",
              flush=True)
        for i, (sync, report) in enumerate(made, start=1):
            for kind, path in (("sync", sync), ("report", report)):
                if i in (1, args.communes) or i in marks:
                    bares[kind].append(bare(prov, path, scratch))
                elapsed, res = timed(lambda path=path: import_package(prov, path, secret))
                assert res.rejected == 0, res.messages
                times[kind].append(elapsed)
                if first_office is None:
                    first_office = res.sender_office_id
            if i in marks:
                acknowledge(prov, secret, first_dir, pcard.office_id, first_office, scratch, i)
                page, summary = timed(lambda: SubmissionService(prov).summary(PERIOD))
                cons, _ = timed(lambda: ConsolidationService(prov).preview(PERIOD))
                with prov.session() as s:
                    nothing, cs = timed(lambda s=s, o=first_office: changeset_for_peer(s, prov, o))
                print(f"N={i:4d}: store {size_mb(pdir.database):7.1f} MB, backups {size_mb(pdir.backups):6.1f} MB, "
                      f"received {size_mb(pdir.root / 'received'):6.1f} MB | import sync "
                      f"{statistics.mean(times['sync'][-min(5, i):]) * 1000:6.0f} ms (bare "
                      f"{bares['sync'][-1] * 1000:5.0f} ms), report "
                      f"{statistics.mean(times['report'][-min(5, i):]) * 1000:5.0f} ms (bare "
                      f"{bares['report'][-1] * 1000:4.0f} ms) | submissions page {page * 1000:5.0f} ms "
                      f"({summary.actual} of {summary.expected}), consolidated report {cons * 1000:5.0f} ms | "
                      f"export with nothing to send {nothing * 1000:4.0f} ms, {cs.rows_read} rows read, "
                      f"{sum(cs.counts.values())} records | load {loadavg()}", flush=True)
                # The calm moment after a batch (as at the end of a USB sync): the search index
                # merges the imports left undone (services/search_upkeep.py).
                merged, counts = timed(lambda: tidy_search_indexes(prov))
                print(f"N={i:4d}: search index merge after the batch {merged * 1000:.0f} ms, at most "
                      f"{max(counts.values(), default=0)} segments per index | load {loadavg()}", flush=True)
                probes[i] = probe(pdir, probe_packages, scratch, args.repeats)
                # What the import writes does not vary with the machine's load as its time does.
                print(f"N={i:4d}: pages the sync probe writes "
                      f"{pages_written(pdir.root, probe_packages[0], PASS, quiet=True)}", flush=True)
                k = min(args.window, i)
                for kind in ("sync", "report"):
                    first = statistics.median(times[kind][:k])
                    last = statistics.median(times[kind][i - k:i])
                    p0, pn = statistics.median(probes[0][kind]), statistics.median(probes[i][kind])
                    print(f"N={i:4d} {kind:6s}: probe {_ms(probes[i][kind])} vs N=0 {_ms(probes[0][kind])}: "
                          f"median ratio {pn / p0:.2f}, fastest ratio {min(probes[i][kind]) / min(probes[0][kind]):.2f}"
                          f" | window medians first {k} {first * 1000:.0f} ms, last {k} {last * 1000:.0f} ms, "
                          f"ratio {last / first:.2f} (target <= 1.3) | load {loadavg()}", flush=True)
        if args.reports > args.communes:
            many_reports(prov, args.reports)
        prov.close()
    finally:
        if args.keep:
            shutil.copytree(root, args.keep, dirs_exist_ok=True)
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
