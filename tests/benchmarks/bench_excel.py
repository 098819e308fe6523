"""Excel import/export and list PDF speed, each next to the bare library doing the same work, in
one run (figures and ratios are printed; nothing is asserted).

    .venv/bin/python tests/benchmarks/bench_excel.py [rows] [--export-only] [--rounds N] [--office DIR]

    .venv/bin/python tests/benchmarks/bench_excel.py --dir DATA --passphrase P [--rounds N]

`--export-only` skips the import and the PDF part: the office is filled by a bare Core insert of
the records the import would make (the same rows), which is quicker to iterate on; `--office DIR`
keeps that office in DIR and reuses it on the next run with the same DIR; `--rounds N` sets the
number of alternating rounds with the other core as it is (the burner gets ceil(N/2): 3
for 5).

- import of an N-row households file (read + convert + validate + plan + backup + write), against
  calamine alone reading the file plus a bare SQLAlchemy Core insert of the same complete rows
  (target: import <= 2 x their sum);
- export of the N rows, against bare openpyxl write-only writing the same values (read back from
  the export, so the same rows and columns; target <= 1.15 x, the median over 5 alternating rounds
  of each round's ratio, in wall-clock and CPU time, with the load average; memory: tracemalloc peak
  <= 60 MB, measured in a separate pass), then the same pair again with a CPU burner on the other
  core (3 rounds);
- PDF list of 2,000 households through print_list (target <= 1.5 s).

The offices this script makes are plain SQLite files, as in the test suite (the issue's target was
set on such stores). Every real installation's store is encrypted (SQLCipher), and reading it costs
a page decryption at each page-cache miss: `--dir DATA --passphrase P` measures the export pair on
a copy of an existing data folder, encrypted or not (the copy is given consent for everyone, like
the offices made here).
"""
from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import gc
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import python_calamine
from openpyxl import Workbook
from sqlalchemy import insert

from dnnd_desktop.domain.units import communes
from dnnd_desktop.paths import DataDir
from dnnd_desktop.services.app_context import open_context
from dnnd_desktop.services.excel import apply_import, export_list, open_import, preview_import
from dnnd_desktop.services.excel.import_plan import plan_import
from dnnd_desktop.services.installation import setup_installation
from dnnd_desktop.services.printouts import print_list
from dnnd_desktop.services.record_writer import RecordWriter
from dnnd_desktop.storage.models import MODEL_BY_KIND
from tests.conftest import make_setup_request
from tests.support.run_cli import apply_test_settings

apply_test_settings()  # cheapest key derivation: the installations here are throwaway

HEADERS = ["Họ và tên chủ hộ", "Năm sinh chủ hộ", "Xã, phường", "Thôn, bản, tổ dân phố", "Số điện thoại",
           "Họ và tên", "Giới tính", "Năm sinh", "Quan hệ với chủ hộ", "Nước đang sinh sống",
           "Thành phố, địa phương", "Nghề nghiệp", "Năm ra nước ngoài", "Tâm tư, nguyện vọng"]
FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Lò", "Vàng", "Giàng"]
MIDDLE = ["Văn", "Thị", "Đức", "Ngọc", "Quang", "Thanh", "Hữu", "Minh", "A", "Seo"]
GIVEN = ["Đức", "Hằng", "Dương", "Lưỡng", "Phượng", "Thắng", "Ngữ", "Tuấn", "Mỹ", "Ẩn", "Páo", "Sử", "Chải"]
COUNTRIES = ["Hoa Kỳ", "Pháp", "Đức", "Nhật Bản", "Hàn Quốc", "Trung Quốc", "Lào", "Campuchia", "Úc", "Đài Loan"]
JOBS = ["Doanh nhân", "Trí thức, chuyên gia", "Lao động", "Học sinh, sinh viên", "Nghỉ hưu"]
RELATIONS = ["Con", "Cháu", "Anh, chị, em", "Vợ, chồng"]


def make_file(path: Path, rows: int) -> None:
    rnd = random.Random(7)
    names = [c.name for c in communes(15)]
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Danh sách")
    ws.append(HEADERS)
    i = 0
    while i < rows:
        head = f"{rnd.choice(FAMILY)} {rnd.choice(MIDDLE)} {rnd.choice(GIVEN)} {i}"
        household = [head, rnd.randint(1930, 1975), rnd.choice(names), f"Thôn {rnd.randint(1, 30)}",
                     f"09{rnd.randint(10_000_000, 99_999_999)}"]
        for _ in range(min(rnd.choice((1, 2, 2, 3)), rows - i)):
            born = rnd.randint(1960, 2005)
            ws.append(household + [f"{rnd.choice(FAMILY)} {rnd.choice(MIDDLE)} {rnd.choice(GIVEN)}",
                                   rnd.choice(("Nam", "Nữ")), born, rnd.choice(RELATIONS),
                                   rnd.choice(COUNTRIES), "", rnd.choice(JOBS), rnd.randint(max(born, 1990), 2025),
                                   "Mong muốn đóng góp xây dựng quê hương" if i % 7 == 0 else None])
            i += 1
    wb.save(path)


def fresh_office(base: Path, template: Path, name: str):
    target = base / name
    shutil.copytree(template, target)
    return open_context(DataDir(target))


def consent_everyone(ctx) -> None:
    """Since issue 14 a list export leaves out whoever has no valid consent for lists: give every
    household one (rows prepared by the one write path, inserted in bulk), so the export writes
    every row as before and its ratio compares like with like."""
    from sqlalchemy import insert, select

    from dnnd_desktop.services.record_writer import RecordWriter
    from dnnd_desktop.storage.models import Consent, Household

    with ctx.session() as s:
        ids = list(s.scalars(select(Household.id)))
        w = RecordWriter(s, ctx)
        first = w.next_counter(len(ids))
        rows = [w.prepare_insert(Consent, dict(household_id=h, given_date=dt.date(2025, 1, 2),
                                               purposes="keeping,lists,sharing", method="Văn bản có chữ ký"),
                                 first + i) for i, h in enumerate(ids)]
        for i in range(0, len(rows), 5000):
            s.execute(insert(Consent), rows[i:i + 5000])


def timed(fn):
    gc.collect()
    t = time.perf_counter()
    out = fn()
    return time.perf_counter() - t, out


def load() -> str:
    """The machine's load average (1, 5, 15 min): figures on a shared machine mean little without it."""
    return " ".join(Path("/proc/loadavg").read_text().split()[:3]) if Path("/proc/loadavg").exists() else "?"


def alternating(fns, rounds: int = 5) -> list[list[tuple[float, float]]]:
    """(wall, CPU) seconds of each function in each of `rounds` rounds, run alternately: on a shared,
    busy machine one run of each can differ by a factor of two for reasons unrelated to the code,
    and the pair run back to back meets about the same load."""
    out: list[list[tuple[float, float]]] = [[] for _ in fns]
    for _ in range(rounds):
        for i, fn in enumerate(fns):
            gc.collect()
            cpu, wall = time.process_time(), time.perf_counter()
            fn()
            out[i].append((time.perf_counter() - wall, time.process_time() - cpu))
    return out


def report_pair(label: str, app: list[tuple[float, float]], bare: list[tuple[float, float]]) -> None:
    """Median over the rounds of each round's ratio, in wall-clock and in CPU time (the process's own
    CPU, less sensitive to what the other processes do)."""
    wall = statistics.median(a[0] / b[0] for a, b in zip(app, bare, strict=True))
    cpu = statistics.median(a[1] / b[1] for a, b in zip(app, bare, strict=True))
    print(f"{label}: ratio export / bare = {wall:.2f} wall, {cpu:.2f} CPU  (median of {len(app)} alternating "
          f"rounds; target <= 1.15)")
    print(f"  export wall {', '.join(f'{a[0]:.2f}' for a in app)} s; CPU {', '.join(f'{a[1]:.2f}' for a in app)} s")
    print(f"  bare   wall {', '.join(f'{b[0]:.2f}' for b in bare)} s; CPU {', '.join(f'{b[1]:.2f}' for b in bare)} s")


@contextlib.contextmanager
def busy_core():
    """A second process spinning on the CPU while the block runs."""
    burner = subprocess.Popen([sys.executable, "-c", "while 1: pass"])
    try:
        yield
    finally:
        burner.terminate()
        burner.wait()


def main(rows: int, export_only: bool = False, rounds: int = 5, office: Path | None = None,
         folder: Path | None = None, passphrase: str | None = None) -> None:
    base = Path(tempfile.mkdtemp(prefix="bench-excel-"))
    try:
        if folder is not None:
            run_on_folder(base, folder, passphrase, rounds)
        elif export_only:
            run_export_only(base, rows, rounds, office)
        else:
            run(base, rows, rounds)
    finally:
        shutil.rmtree(base, ignore_errors=True)


def prepared_records(ctx, src: Path) -> dict[str, list[dict]]:
    """The complete rows the import of `src` would insert, per kind (prepared, not written)."""
    file = open_import(src, "households")
    preview = preview_import(ctx, file)
    with ctx.session() as s:
        plan = plan_import(s, "household", preview.mapping, preview.values,
                           [[] for _ in preview.values], preview.lines, site_id=ctx.installation.site_id)
        writer = RecordWriter(s, ctx)
        return {k: [writer.prepare_insert(MODEL_BY_KIND[k], v, 1, rid) for rid, v in items]
                for k, items in plan.creates.items()}


def bare_insert_into(ctx, prepared: dict[str, list[dict]]) -> None:
    with ctx.session() as s:
        for kind in ("household", "person"):
            items = prepared[kind]
            for start in range(0, len(items), 5000):
                s.execute(insert(MODEL_BY_KIND[kind].__table__), items[start:start + 5000])


def run_export_only(base: Path, rows: int, rounds: int, office: Path | None) -> None:
    """Only the export pair, on an office filled by a bare insert (kept in `office` if given)."""
    if office is not None and (office / "ready").exists():
        ctx = open_context(DataDir(office / "data"))
        print(f"office reused from {office}")
    else:
        template = base / "template"
        setup_installation(DataDir(template), make_setup_request())
        src = base / "ho.xlsx"
        make_file(src, rows)
        ctx = fresh_office(base, template, "prep")
        prepared = prepared_records(ctx, src)
        bare_insert_into(ctx, prepared)
        consent_everyone(ctx)
        if office is not None:
            ctx.close()
            office.mkdir(parents=True, exist_ok=True)
            shutil.copytree(base / "prep", office / "data")
            (office / "ready").write_text(str(rows))
            ctx = open_context(DataDir(office / "data"))
    export_rounds(ctx, base, rounds)
    ctx.close()


def run_on_folder(base: Path, data: Path, passphrase: str | None, rounds: int) -> None:
    """The export pair on a copy of an existing data folder (encrypted like a real installation's
    when it has a key file: then `passphrase` unlocks it)."""
    from dnnd_desktop.services.privacy import db_key

    copy = base / "data"
    shutil.copytree(data, copy, ignore=shutil.ignore_patterns("backups", "logs", "attachments"))
    folder = DataDir(copy)
    if db_key.key_file(folder).exists():
        if not passphrase:
            raise SystemExit("this folder is encrypted: give --passphrase")
        db_key.ENABLED = True   # (apply_test_settings turned encryption off for the offices made here)
        db_key.unlock(folder, passphrase)
    ctx = open_context(folder)
    print(f"copy of {data} ({'encrypted' if db_key.is_encrypted(folder) else 'plain'}), "
          f"{(copy / 'dnnd.sqlite3').stat().st_size / 1e6:,.0f} MB")
    consent_everyone(ctx)
    export_rounds(ctx, base, rounds)
    ctx.close()


def run(base: Path, rows: int, rounds: int = 5) -> None:
    template = base / "template"
    setup_installation(DataDir(template), make_setup_request())
    src = base / "ho.xlsx"
    make_file(src, rows)
    print(f"households file: {rows:,} rows, {src.stat().st_size / 1e6:.1f} MB")

    # 1. calamine alone
    def calamine_read():
        book = python_calamine.CalamineWorkbook.from_path(str(src))
        return book.get_sheet_by_index(0).to_python()
    t_cal, _ = timed(calamine_read)

    # The complete rows a bare insert writes: the same records the import makes (prepared untimed).
    ctx = fresh_office(base, template, "prep")
    prepared = prepared_records(ctx, src)
    ctx.close()
    n_records = sum(len(v) for v in prepared.values())

    # 2. bare Core insert of the same rows
    ctx = fresh_office(base, template, "bare")

    t_bare, _ = timed(lambda: bare_insert_into(ctx, prepared))
    ctx.close()

    # 3. the import: read + validate + plan + backup + write
    ctx = fresh_office(base, template, "import")

    def do_import():
        f = open_import(src, "households")
        p = preview_import(ctx, f)
        return apply_import(ctx, f, p)
    t_imp, result = timed(do_import)
    assert result.imported == rows and result.invalid == 0, result
    ratio = t_imp / (t_cal + t_bare)
    print(f"import          {t_imp:7.2f} s   ({rows:,} rows -> {n_records:,} records)")
    print(f"  calamine only {t_cal:7.2f} s")
    print(f"  bare insert   {t_bare:7.2f} s")
    print(f"  ratio import / (calamine + insert) = {ratio:.2f}  (target <= 2)")

    # 4. export vs bare openpyxl write-only with the same values
    consent_everyone(ctx)
    export_rounds(ctx, base, rounds)
    ctx.close()

    # 5. a 2,000-row list as PDF (persons), next to the PDF module's own 2,000-row sample list
    small = base / "ho2000.xlsx"
    make_file(small, 2000)
    ctx = fresh_office(base, template, "pdf")
    f = open_import(small, "households")
    apply_import(ctx, f, preview_import(ctx, f))
    consent_everyone(ctx)
    t_pdf, res = timed(lambda: print_list(ctx, "persons", base / "ds.pdf"))
    from dnnd_desktop.exchange.pdf import render_pdf
    from dnnd_desktop.exchange.pdf.samples import sample_list
    t_sample, _ = timed(lambda: render_pdf(sample_list(2000), base / "sample.pdf"))
    print(f"PDF list        {t_pdf:7.2f} s   ({res.rows:,} persons, from SQL; target <= 1.5 s)")
    print(f"  render_pdf of samples.sample_list(2000) in the same run: {t_sample:.2f} s "
          f"(ratio {t_pdf / t_sample:.2f})")
    ctx.close()


def _as_written(cell):
    """The value the export handed openpyxl for a cell calamine read back: dates as dates, empty
    as None, and whole numbers as the integers they were (calamine reads every number as a float;
    openpyxl writes 1985 and 1985.0 alike, but formats a float a few per cent faster)."""
    if isinstance(cell, dt.datetime):
        return cell.date()
    if cell == "":
        return None
    if isinstance(cell, float) and cell.is_integer():
        return int(cell)
    return cell


def export_rounds(ctx, base: Path, rounds: int) -> None:
    """The households export against bare openpyxl writing the same values, alternately, with the
    other core as it is and with a CPU burner on it; then the export's memory peak."""
    out = base / "xuat.xlsx"
    t_exp, _ = timed(lambda: export_list(ctx, "households", out))
    values = [list(r) for r in python_calamine.CalamineWorkbook.from_path(str(out))
              .get_sheet_by_index(0).to_python()[4:]]
    values = [[_as_written(c) for c in r] for r in values]

    def bare_write():
        wb = Workbook(write_only=True)
        ws = wb.create_sheet("x")
        for r in values:
            ws.append(r)
        wb.save(base / "bare.xlsx")
    t_bw, _ = timed(bare_write)
    print(f"export (one run) {t_exp:6.2f} s, bare openpyxl {t_bw:6.2f} s")
    print(f"  load average before the rounds: {load()}")
    app, bare = alternating([lambda: export_list(ctx, "households", out), bare_write], rounds=rounds)
    report_pair(f"export of {len(values):,} rows, other core as it is", app, bare)
    print(f"  load average after: {load()}")
    # The same with the other core busy (an office laptop rarely has one idle): a CPU burner beside it.
    with busy_core():
        app, bare = alternating([lambda: export_list(ctx, "households", out), bare_write],
                                rounds=max(1, (rounds + 1) // 2))
    report_pair("export, CPU burner on the other core", app, bare)
    print(f"  load average after: {load()}")
    values = None  # free the copy before measuring memory
    gc.collect()
    tracemalloc.start()
    export_list(ctx, "households", base / "xuat2.xlsx")
    _cur, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"  export memory: tracemalloc peak {peak / 1e6:.1f} MB  (target <= 60 MB)")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rows", nargs="?", type=int, default=100_000)
    parser.add_argument("--export-only", action="store_true")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--office", type=Path, default=None)
    parser.add_argument("--dir", type=Path, default=None, help="measure the export on a copy of this data folder")
    parser.add_argument("--passphrase", default=None, help="the office passphrase of an encrypted --dir")
    args = parser.parse_args()
    main(args.rows, args.export_only, args.rounds, args.office, args.dir, args.passphrase)
