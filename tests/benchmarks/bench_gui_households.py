"""The households page with 100,000 households (200,000 persons, 20,000 activities), offscreen,
measured through the real widgets, each figure printed next to the bare service calls and the
bare SQL doing the same work in the same run. Prints figures; asserts nothing.

    .venv/bin/python tests/benchmarks/bench_gui_households.py [households] [--dir DIR]

--dir reuses (or creates) a filled data folder, so a second run skips the minute of filling.
Targets (issue 3, 17): page open <= 300 ms, one search keystroke (typed -> painted) <= 30 ms, sort <= 50 ms,
resident memory <= 250 MB.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

QUERIES = ["ng", "ngu", "nguyen", "nguyen v", "nguyen van", "nguyen van d", "duc", "do van duong", "dang thi",
           "hoang", "hoang bich", "lo thi", "giang seo", "vang a", "tran", "tran thi mai", "le van hung", "pham",
           "dinh", "duong", "ban lech", "thon tan bao", "sin chai", "0912", "bui", "ngo thi", "chao", "tan van",
           "ha thi", "phan van"]


def rss_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.1f} ms"


def fill(data: Path, households: int, activities: int) -> None:
    if (data / "dnnd.sqlite3").exists():
        print(f"reusing {data}")
        return
    env = {**os.environ, "DNND_PASSPHRASE": PASSPHRASE}
    base = [sys.executable, "-m", "dnnd_desktop.cli", "--data-dir", str(data)]
    subprocess.run([*base, "setup", "--level", "district", "--province", "Lào Cai", "--unit", "Bát Xát",
                    "--office-name", "Ủy ban MTTQ Việt Nam huyện Bát Xát"], env=env, check=True,
                   stdout=subprocess.DEVNULL)
    t = time.perf_counter()
    subprocess.run([*base, "demo", "--households", str(households), "--activities", str(activities)],
                   env=env, check=True, stdout=subprocess.DEVNULL)
    print(f"dnnd demo --households {households} --activities {activities}: {time.perf_counter() - t:.1f} s")


PASSPHRASE = "mat-khau-do-hieu-nang"   # the folder fill() makes is encrypted with it, as the app makes them


def open_bench_context(data: Path):
    """The app's context on the filled folder, unlocked with fill()'s passphrase first."""
    from dnnd_desktop.paths import DataDir
    from dnnd_desktop.services.app_context import open_context
    from dnnd_desktop.services.privacy import db_key

    folder = DataDir(data)
    if db_key.needs_unlock(folder):
        db_key.unlock(folder, PASSPHRASE)
    return open_context(folder)


def floor_connection(ctx):
    """A DB-API connection of the store's own driver (sqlcipher3 on an encrypted store, as the app
    reads it), for the bare-SQL floors."""
    raw = ctx.engine.raw_connection()
    con = raw.driver_connection
    raw.detach()        # the bench's own: closing it must not hand the pool a closed connection
    return con


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("households", nargs="?", type=int, default=100_000)
    parser.add_argument("--activities", type=int, default=20_000)
    parser.add_argument("--dir", type=Path, default=None)
    args = parser.parse_args()
    data = args.dir or Path(tempfile.mkdtemp(prefix="dnnd-bench-gui-")) / "data"
    fill(data, args.households, args.activities)

    from PySide6.QtCore import Qt

    from dnnd_desktop.domain.record_kinds import kind_spec
    from dnnd_desktop.gui.app import make_application
    from dnnd_desktop.gui.records.table_model import BLOCK_ROWS
    from dnnd_desktop.gui.task_runner import TaskRunner
    from dnnd_desktop.services.records import ListQuery, RecordQueryService
    from dnnd_desktop.storage import record_queries as rq

    app = make_application([])
    ctx = open_bench_context(data)
    runner = TaskRunner()
    svc = RecordQueryService(ctx)
    rss_before = rss_mb()

    # -- page open: construct, show, first rows painted --------------------------------------------
    from dnnd_desktop.gui.pages.households_page import HouseholdsPage

    t = time.perf_counter()
    page = HouseholdsPage(ctx, runner)
    page.resize(1106, 700)
    page.show()
    app.processEvents()
    page.households.table.viewport().repaint()
    open_s = time.perf_counter() - t
    lp = page.households
    total = lp.model.rowCount()
    first = lp.model.index(0, 0).data()
    t = time.perf_counter()
    svc.count("household", ListQuery(sort="head_name"))
    svc.page("household", ListQuery(sort="head_name"), 0, BLOCK_ROWS)
    open_svc = time.perf_counter() - t
    con = floor_connection(ctx)
    t = time.perf_counter()
    con.execute("SELECT count(*) FROM households WHERE deleted = 0").fetchone()
    con.execute("SELECT id, head_name, head_birth_year, village, commune_code, phone FROM households "
                f"WHERE deleted = 0 ORDER BY head_name_sort, id LIMIT {BLOCK_ROWS}").fetchall()
    open_sql = time.perf_counter() - t
    t = time.perf_counter()
    again = HouseholdsPage(ctx, runner)
    again.resize(1106, 700)
    again.show()
    app.processEvents()
    again.households.table.viewport().repaint()
    open_warm = time.perf_counter() - t
    again.close()
    print(f"\nhouseholds: {total:,} rows; first row shown: {first!r}")
    print(f"page open (construct + first rows painted) first {ms(open_s)}, again {ms(open_warm)}   "
          f"service count+page {ms(open_svc)}   "
          f"bare SQL {ms(open_sql)}   target 300 ms")

    # -- one search keystroke: the text changes (as typing does) -> the query runs on the worker
    # thread -> its rows are in the model and painted. Next to it: the search index query alone
    # (FTS5 word prefixes, counted) and a bare repaint of the same table.
    from PySide6.QtCore import QEventLoop, QTimer

    gui, bare, sql, fts, paint = [], [], [], [], []
    for q in QUERIES:
        loop = QEventLoop()
        lp.live_search.shown.connect(loop.quit)
        QTimer.singleShot(10_000, loop.quit)
        t = time.perf_counter()
        lp.search_box.setText(q)
        loop.exec()          # idle in the event loop, as the app does, until the rows are in
        lp.live_search.shown.disconnect(loop.quit)
        lp.table.viewport().repaint()
        gui.append(time.perf_counter() - t)
        t = time.perf_counter()
        lp.table.viewport().repaint()
        paint.append(time.perf_counter() - t)
        query = lp.model.query
        t = time.perf_counter()
        svc.count("household", query)
        svc.page("household", query, 0, BLOCK_ROWS)
        bare.append(time.perf_counter() - t)
        crit = svc._criteria(kind_spec("household"), query)
        t = time.perf_counter()
        with ctx.session() as s:
            rq.count_rows(s, kind_spec("household"), crit)
            rq.list_rows(s, kind_spec("household"), crit, 0, BLOCK_ROWS)
        sql.append(time.perf_counter() - t)
        match = " ".join(f'"{w}"*' for w in crit.words)
        t = time.perf_counter()
        con.execute("SELECT count(*) FROM households_words WHERE households_words MATCH ?", (match,)).fetchone()
        con.execute("SELECT rowid FROM households_words WHERE households_words MATCH ? LIMIT 100", (match,)).fetchall()
        fts.append(time.perf_counter() - t)
    print(f"search keystroke, median of {len(QUERIES)}: typed -> rows painted {ms(statistics.median(gui))} "
          f"(max {ms(max(gui))})   floor: FTS5 query alone {ms(statistics.median(fts))} + bare repaint "
          f"{ms(statistics.median(paint))} = {ms(statistics.median(fts) + statistics.median(paint))}   "
          f"service count+page {ms(statistics.median(bare))}   storage SQL {ms(statistics.median(sql))}   "
          f"target 30 ms")
    lp.search_box.setText("")
    lp.apply_search_now()

    # -- sort by name (header click = a new SQL query) ------------------------------------------------
    col = next(i for i, c in enumerate(lp.model.columns) if c.key == "head_name")
    times, bare = [], []
    for order in (Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder) * 3:
        t = time.perf_counter()
        lp.table.sortByColumn(col, order)
        lp.table.viewport().repaint()
        times.append(time.perf_counter() - t)
        q = lp.model.query
        t = time.perf_counter()
        svc.count("household", q)
        svc.page("household", q, 0, BLOCK_ROWS)
        bare.append(time.perf_counter() - t)
    t = time.perf_counter()
    con.execute("SELECT count(*) FROM households WHERE deleted = 0").fetchone()
    con.execute("SELECT id, head_name FROM households WHERE deleted = 0 ORDER BY head_name_sort DESC, id DESC "
                f"LIMIT {BLOCK_ROWS}").fetchall()
    sort_sql = time.perf_counter() - t
    print(f"sort by name, median of 6              {ms(statistics.median(times))}   "
          f"service {ms(statistics.median(bare))}   "
          f"bare SQL {ms(sort_sql)}   target 50 ms")

    # -- scroll to the end: the view jumps, one block is fetched --------------------------------------
    t = time.perf_counter()
    lp.table.scrollToBottom()
    app.processEvents()
    lp.table.viewport().repaint()
    end_s = time.perf_counter() - t
    last = lp.model.row(total - 1)
    t = time.perf_counter()
    svc.page("household", lp.model.query, total - BLOCK_ROWS, BLOCK_ROWS)
    end_svc = time.perf_counter() - t
    t = time.perf_counter()
    con.execute("SELECT id, head_name FROM households WHERE deleted = 0 ORDER BY head_name_sort, id "
                f"LIMIT {BLOCK_ROWS} OFFSET {total - BLOCK_ROWS}").fetchall()
    end_sql = time.perf_counter() - t
    print(f"scroll to the end (jump)               {ms(end_s)}   service {ms(end_svc)}   bare SQL {ms(end_sql)}   "
          f"last row {last.name if last else None!r}, rows held {lp.model.loaded_rows():,}")

    # -- memory ---------------------------------------------------------------------------------------
    print(f"resident memory: {rss_mb():.0f} MB (before the page {rss_before:.0f} MB)   target 250 MB")

    # -- household dialog: open (read the household, its persons, their contributions and
    # commendations, its consents) until painted, next to the same reads in bare SQL.
    from dnnd_desktop.gui.records.household_dialog import HouseholdDialog

    ids = [r[0] for r in con.execute("SELECT id FROM households WHERE deleted = 0 ORDER BY head_name_sort "
                                     "LIMIT 20 OFFSET 5000")]
    opened, reads = [], []
    for hid in ids:
        t = time.perf_counter()
        dialog = HouseholdDialog(ctx, runner, hid, None, page)
        dialog.show()
        app.processEvents()
        dialog.repaint()
        opened.append(time.perf_counter() - t)
        dialog.reject()
        dialog.deleteLater()
        t = time.perf_counter()
        con.execute("SELECT * FROM households WHERE id = ?", (hid,)).fetchall()
        pids = [r[0] for r in con.execute("SELECT id FROM persons WHERE household_id = ? AND deleted = 0", (hid,))]
        con.execute("SELECT * FROM persons WHERE household_id = ? AND deleted = 0", (hid,)).fetchall()
        for table in ("contributions", "commendations"):
            con.execute(f"SELECT * FROM {table} WHERE household_id = ? AND person_id IS NULL AND deleted = 0",
                        (hid,)).fetchall()
            for pid in pids:
                con.execute(f"SELECT * FROM {table} WHERE person_id = ? AND deleted = 0", (pid,)).fetchall()
        con.execute("SELECT * FROM consents WHERE household_id = ? AND deleted = 0", (hid,)).fetchall()
        reads.append(time.perf_counter() - t)
    app.processEvents()
    print(f"household dialog open, median of {len(ids)}  {ms(statistics.median(opened))} (max {ms(max(opened))})   "
          f"bare SQL reads {ms(statistics.median(reads))}   target 100 ms")

    print(f"load average: {os.getloadavg()[0]:.2f} (2 cores)")
    con.close()
    ctx.close()


if __name__ == "__main__":
    main()
