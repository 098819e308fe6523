"""Column sorts of the households, persons and twinning lists (issue 17), offscreen, through the real
widgets: for every sortable column, a header click (ascending, then descending) until the first page
is painted, then a jump to the middle and to the end of the sorted list until painted. The
contribution, commendation and consent lists (shown by the service, in the household dialog,
reports and the CLI; no page of their own) are timed through RecordQueryService: first, middle and
last page of every column, the long-text description and scope included. Each figure is printed next
to its floor in the same run: the same list's first page read from an index in bare SQL (the name
or date sort). Prints figures; asserts nothing.

    .venv/bin/python tests/benchmarks/bench_sort.py [households] [--dir DIR] [--twinnings N] [--service-only]

--dir reuses (or creates) a filled data folder (the same as bench_gui_households.py's).
--twinnings tops the folder up to N twinning pairs (the demo makes one per 5,000 households),
each linked to 1-20 of its activities, so the pairs' computed columns have rows to sort.
--service-only times only the lists read through the service (no widgets, no twinning top-up).
Target (issue 17): every sort and every page <= 50 ms.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import random
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


class Split:
    """Time spent inside the list service during a click: in record_queries (the SQL, built and
    run, and the rows read) and in the whole service (that plus the display text); the rest of a
    click is the Qt model and the paint."""

    def __init__(self, lp) -> None:
        from dnnd_desktop.storage import record_queries as rq

        self.sql = self.service = 0.0
        for name in ("list_rows", "count_rows"):
            original = getattr(rq, "_bench_" + name, getattr(rq, name))   # not a timer of an earlier list
            setattr(rq, "_bench_" + name, original)
            setattr(rq, name, self._timed(original, "sql"))
        for name in ("page", "first_page"):
            setattr(lp.queries, name, self._timed(getattr(lp.queries, name), "service"))

    def _timed(self, fn, field: str):
        def run(*args, **kwargs):
            t = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                setattr(self, field, getattr(self, field) + time.perf_counter() - t)
        return run

    def reset(self) -> None:
        self.sql = self.service = 0.0


def bench_list(app, lp, floor: float, repeats: int) -> list[tuple[str, float, float, float]]:
    """(column, click median, middle page, last page) for every sortable column of a list page."""
    from PySide6.QtCore import Qt

    split = Split(lp)
    out = []
    for i, col in enumerate(lp.model.columns):
        if not col.sortable:
            continue
        clicks, middles, ends = [], [], []
        sqls, services = [], []
        for _ in range(repeats):
            for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
                lp.table.scrollToTop()
                # Another column first, so the click below is a real change of sort.
                other = (i + 1) % len(lp.model.columns)
                lp.table.sortByColumn(other, Qt.SortOrder.AscendingOrder)
                painted(app, lp)
                split.reset()
                t = time.perf_counter()
                lp.table.sortByColumn(i, order)
                painted(app, lp)
                clicks.append(time.perf_counter() - t)
                sqls.append(split.sql)
                services.append(split.service)
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
        sql, service = statistics.median(sqls), statistics.median(services)
        print(f"  {'':20s} click split: SQL {ms(sql)}   display text {ms(service - sql)}   "
              f"Qt model and paint {ms(row[1] - service)}")
        out.append(row)
    return out


# Pieces of the descriptions the bench gives contributions: goods, works and money as officers
# write them, capitals and tones mixed, some long enough to pass the key's 100 characters.
_GIFTS = ("Áo ấm", "áo ấm", "Xây nhà Đại đoàn kết", "xây nhà đại đoàn kết", "Ủng hộ", "Ung ho", "Học bổng",
          "Gạo", "Sửa đường liên thôn", "Đồ dùng học tập", "Bò giống", "Ống nước", "Tiền mặt", "Ăn Tết")
_PLACES = ("Sín Chải", "Lũng Pô", "Y Tý", "A Mú Sung", "Trịnh Tường", "Ánh Dương", "Ơn Trên", "Bản Vược")
_MORE = (" cho hộ nghèo và học sinh có hoàn cảnh khó khăn ở các thôn vùng cao biên giới, trao qua Ban công "
         "tác Mặt trận thôn; kèm theo danh sách người nhận và biên bản bàn giao có chữ ký của trưởng thôn")


def top_up_descriptions(ctx) -> None:
    """The demo leaves contributions without a description: give two in three of them one (a
    quarter of those longer than the 100 characters the sort key covers), with the search text and
    sort key the record writer makes of it, so the Description column has text to sort."""
    from sqlalchemy import bindparam, select, update

    from dnnd_desktop.services.record_writer import derived_columns
    from dnnd_desktop.storage.models import Contribution

    rng = random.Random(25)
    with ctx.session() as s:
        ids = list(s.scalars(select(Contribution.id).where(Contribution.description.is_(None))
                             .order_by(Contribution.id)))
        if not ids or s.scalar(select(Contribution.id).where(Contribution.description.is_not(None)).limit(1)):
            return
        rows = []
        for i, rid in enumerate(ids):
            if i % 3 == 2:
                continue
            text = f"{rng.choice(_GIFTS)} {rng.choice(_PLACES)} {i % 50}" + (_MORE if i % 4 == 0 else "")
            derived = derived_columns(Contribution, {"description": text})
            rows.append({"rid": rid, "description": text, "description_sort": derived["description_sort"],
                         "search_text": derived["search_text"]})
        stmt = (update(Contribution.__table__).where(Contribution.__table__.c.id == bindparam("rid"))
                .values(description=bindparam("description"), description_sort=bindparam("description_sort"),
                        search_text=bindparam("search_text")))
        for i in range(0, len(rows), 2000):
            s.execute(stmt, rows[i:i + 2000])
    print(f"gave {len(rows):,} contributions a description")


def top_up_twinnings(ctx, wanted: int) -> None:
    """Add twinning pairs (and links to existing activities) until there are `wanted`, through the
    record writer's prepared rows as the demo makes them; the database triggers fill the stored
    activity counts and dates."""
    from sqlalchemy import func, insert, select

    from dnnd_desktop.services.record_writer import RecordWriter
    from dnnd_desktop.storage.models import Activity, ActivityTwinning, Twinning

    rng = random.Random(17)
    with ctx.session() as s:
        have = s.scalar(select(func.count()).select_from(Twinning)) or 0
        if have >= wanted:
            return
        activities = list(s.scalars(select(Activity.id)))
        w = RecordWriter(s, ctx)
        n = wanted - have
        links = [rng.randrange(0, 21) for _ in range(n)]
        counter = w.next_counter(n + sum(links))
        pairs, rows = [], []
        places = ("Sín Chải", "Lũng Pô", "Y Tý", "A Mú Sung", "Trịnh Tường", "Ánh Dương", "Ơn Trên")
        for i in range(n):
            pid = f"bench-twin-{have + i:06d}"
            pairs.append(w.prepare_insert(Twinning, {
                "kind": ("village_village", "commune_commune", "border_post_village", "cluster")[i % 4],
                "local_name": f"{rng.choice(('Bản', 'Thôn', 'Xã', 'Đồn'))} {rng.choice(places)} {i}",
                "counterpart_name": f"Bản {rng.choice(('Kiều Đầu', 'Hà Khẩu', 'Bá Sái', 'Mường Khương'))} {i % 97}",
                "counterpart_country": ("CN", "CN", "LA", "KH", None)[i % 5],
                "signed_date": dt.date(2010 + i % 15, 1 + i % 12, 1) if i % 7 else None,
                "status": ("active", "active", "paused", "ended")[i % 4]}, counter, pid))
            counter += 1
            for aid in rng.sample(activities, links[i]):
                rows.append(w.prepare_insert(ActivityTwinning, {"activity_id": aid, "twinning_id": pid}, counter))
                counter += 1
        s.execute(insert(Twinning), pairs)
        for i in range(0, len(rows), 2000):
            s.execute(insert(ActivityTwinning), rows[i:i + 2000])
    print(f"added {n:,} twinning pairs and {len(rows):,} links to activities")


def bench_service(ctx, kind: str, floor: float, repeats: int) -> None:
    """First, middle and last page of every sortable column, through the list service."""
    from dnnd_desktop.domain.record_kinds import kind_spec
    from dnnd_desktop.gui.records.table_model import BLOCK_ROWS
    from dnnd_desktop.services.records import ListQuery, RecordQueryService

    qs = RecordQueryService(ctx)
    total = qs.count(kind, ListQuery())
    print(f"{kind}: {total:,} rows (service: first page of {BLOCK_ROWS}, middle, last; medians of {2 * repeats})")
    for col in kind_spec(kind).list_columns:
        firsts: list[float] = []
        middles: list[float] = []
        ends: list[float] = []
        for _ in range(repeats):
            for descending in (False, True):
                q = ListQuery(sort=col, descending=descending)
                for out, start in ((firsts, 0), (middles, total // 2), (ends, max(0, total - BLOCK_ROWS))):
                    t = time.perf_counter()
                    qs.page(kind, q, start, BLOCK_ROWS, total=total)
                    out.append(time.perf_counter() - t)
        worst = max(max(firsts), max(middles), max(ends))
        flag = "" if worst * 1000 <= TARGET_MS else "   OVER"
        print(f"  {col:20s} first {ms(statistics.median(firsts))}   middle page {ms(statistics.median(middles))}   "
              f"last page {ms(statistics.median(ends))}   worst {ms(worst)}   floor {ms(floor)}   "
              f"target {TARGET_MS:.0f} ms{flag}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("households", nargs="?", type=int, default=100_000)
    parser.add_argument("--activities", type=int, default=20_000)
    parser.add_argument("--dir", type=Path, default=None)
    parser.add_argument("--repeats", type=int, default=2)
    parser.add_argument("--twinnings", type=int, default=2000)
    parser.add_argument("--service-only", action="store_true")
    args = parser.parse_args()
    data = args.dir or Path(tempfile.mkdtemp(prefix="dnnd-bench-sort-")) / "data"
    fill(data, args.households, args.activities)

    from dnnd_desktop.gui.app import make_application
    from dnnd_desktop.gui.pages.households_page import HouseholdsPage
    from dnnd_desktop.gui.pages.twinning_page import TwinningPage
    from dnnd_desktop.gui.records.table_model import BLOCK_ROWS
    from dnnd_desktop.gui.task_runner import TaskRunner

    app = make_application([])
    ctx = open_bench_context(data)
    top_up_descriptions(ctx)
    if not args.service_only:
        top_up_twinnings(ctx, args.twinnings)

    con = floor_connection(ctx)
    floors = {}
    for table, key in (("households", "head_name_sort"), ("persons", "full_name_sort"),
                       ("twinnings", "local_name_sort"), ("contributions", "date"), ("commendations", "date"),
                       ("consents", "given_date")):
        runs = []
        for _ in range(5):
            t = time.perf_counter()
            con.execute(f"SELECT count(*) FROM {table} WHERE deleted = 0").fetchone()
            con.execute(f"SELECT * FROM {table} WHERE deleted = 0 ORDER BY {key}, id LIMIT {BLOCK_ROWS}").fetchall()
            runs.append(time.perf_counter() - t)
        floors[table] = statistics.median(runs)
    con.close()

    print(f"load average before: {os.getloadavg()[0]:.2f}")
    if args.service_only:
        bench_services(ctx, floors, args.repeats)
        ctx.close()
        return
    page = HouseholdsPage(ctx, TaskRunner())
    page.resize(1106, 700)
    page.show()
    painted(app, page.households)
    print(f"households: {page.households.model.rowCount():,} rows (click = header click to first page painted; "
          f"pages = scroll jump painted; medians of {2 * args.repeats})")
    bench_list(app, page.households, floors["households"], args.repeats)
    persons = page.show_persons()
    painted(app, persons)
    print(f"persons: {persons.model.rowCount():,} rows")
    bench_list(app, persons, floors["persons"], args.repeats)
    twinnings = TwinningPage(ctx, TaskRunner())
    twinnings.resize(1106, 700)
    twinnings.show()
    painted(app, twinnings)
    print(f"twinnings: {twinnings.model.rowCount():,} rows")
    bench_list(app, twinnings, floors["twinnings"], args.repeats)
    bench_services(ctx, floors, args.repeats)
    ctx.close()


def bench_services(ctx, floors: dict[str, float], repeats: int) -> None:
    for kind in ("contribution", "commendation", "consent"):
        bench_service(ctx, kind, floors[kind + "s"], repeats)
    print(f"load average after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
