"""Column sorts of the households and persons lists (issue 17), offscreen, through the real widgets:
for every sortable column, a header click (ascending, then descending) until the first page is
painted, then a jump to the middle and to the end of the sorted list until painted. Each figure is
printed next to its floor in the same run: the same list's first page read from an index in bare
SQL (the name sort). Prints figures; asserts nothing.

    .venv/bin/python tests/benchmarks/bench_sort.py [households] [--dir DIR]

--dir reuses (or creates) a filled data folder (the same as bench_gui_households.py's).
Target (issue 17): every sort and every page <= 50 ms.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.benchmarks.bench_gui_households import fill, floor_connection, open_bench_context  # noqa: E402

TARGET_MS = 50.0


def ms(seconds: float) -> str:
    return f"{seconds * 1000:7.1f} ms"


def painted(app, lp) -> None:
    app.processEvents()
    lp.table.viewport().repaint()


def bench_list(app, lp, floor: float, repeats: int) -> list[tuple[str, float, float, float]]:
    """(column, click median, middle page, last page) for every sortable column of a list page."""
    from PySide6.QtCore import Qt

    out = []
    for i, col in enumerate(lp.model.columns):
        if not col.sortable:
            continue
        clicks, middles, ends = [], [], []
        for _ in range(repeats):
            for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
                lp.table.scrollToTop()
                # Another column first, so the click below is a real change of sort.
                other = (i + 1) % len(lp.model.columns)
                lp.table.sortByColumn(other, Qt.SortOrder.AscendingOrder)
                painted(app, lp)
                t = time.perf_counter()
                lp.table.sortByColumn(i, order)
                painted(app, lp)
                clicks.append(time.perf_counter() - t)
                total = lp.model.rowCount()
                t = time.perf_counter()
                lp.table.scrollTo(lp.model.index(total // 2, 0))
                painted(app, lp)
                middles.append(time.perf_counter() - t)
                t = time.perf_counter()
                lp.table.scrollToBottom()
                painted(app, lp)
                ends.append(time.perf_counter() - t)
        row = (col.key, statistics.median(clicks), statistics.median(middles), statistics.median(ends))
        worst = max(max(clicks), max(middles), max(ends))
        flag = "" if worst * 1000 <= TARGET_MS else "   OVER"
        print(f"  {col.key:20s} click {ms(row[1])}   middle page {ms(row[2])}   last page {ms(row[3])}   "
              f"worst {ms(worst)}   floor {ms(floor)}   target {TARGET_MS:.0f} ms{flag}")
        out.append(row)
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("households", nargs="?", type=int, default=100_000)
    parser.add_argument("--activities", type=int, default=20_000)
    parser.add_argument("--dir", type=Path, default=None)
    parser.add_argument("--repeats", type=int, default=2)
    args = parser.parse_args()
    data = args.dir or Path(tempfile.mkdtemp(prefix="dnnd-bench-sort-")) / "data"
    fill(data, args.households, args.activities)

    from dnnd_desktop.gui.app import make_application
    from dnnd_desktop.gui.pages.households_page import HouseholdsPage
    from dnnd_desktop.gui.records.table_model import BLOCK_ROWS
    from dnnd_desktop.gui.task_runner import TaskRunner

    app = make_application([])
    ctx = open_bench_context(data)
    page = HouseholdsPage(ctx, TaskRunner())
    page.resize(1106, 700)
    page.show()
    painted(app, page.households)

    con = floor_connection(ctx)
    floors = {}
    for table, key in (("households", "head_name_sort"), ("persons", "full_name_sort")):
        runs = []
        for _ in range(5):
            t = time.perf_counter()
            con.execute(f"SELECT count(*) FROM {table} WHERE deleted = 0").fetchone()
            con.execute(f"SELECT * FROM {table} WHERE deleted = 0 ORDER BY {key}, id LIMIT {BLOCK_ROWS}").fetchall()
            runs.append(time.perf_counter() - t)
        floors[table] = statistics.median(runs)
    con.close()

    print(f"load average before: {os.getloadavg()[0]:.2f}")
    print(f"households: {page.households.model.rowCount():,} rows (click = header click to first page painted; "
          f"pages = scroll jump painted; medians of {2 * args.repeats})")
    bench_list(app, page.households, floors["households"], args.repeats)
    persons = page.show_persons()
    painted(app, persons)
    print(f"persons: {persons.model.rowCount():,} rows")
    bench_list(app, persons, floors["persons"], args.repeats)
    print(f"load average after: {os.getloadavg()[0]:.2f}")
    ctx.close()


if __name__ == "__main__":
    main()
