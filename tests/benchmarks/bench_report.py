"""Computing the default report over a large office, and building its PDF.

    .venv/bin/python tests/benchmarks/bench_report.py [activities] [households]

Defaults: 20,000 activities and 100,000 households (with 1.5 persons each, 20,000 contributions,
2,000 commendations, 500 twinning pairs, 300 partners, 600 border self-management groups, 400
relatives' associations, 1,000 training courses, 5,000 propaganda products; 2 % of everything
deleted). Targets on an
office laptop: figures <= 1 s, PDF build <= 0.1 s. The data is made with Core bulk inserts of rows
built by RecordWriter.prepare_insert, in a temporary data folder.
"""
from __future__ import annotations

import datetime as dt
import io
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run from a checkout, no install

from sqlalchemy import insert  # noqa: E402

from dnnd_desktop.domain.periods import parse_period  # noqa: E402
from dnnd_desktop.exchange.report_pdf import write_report_pdf  # noqa: E402
from dnnd_desktop.paths import DataDir  # noqa: E402
from dnnd_desktop.services.app_context import open_context  # noqa: E402
from dnnd_desktop.services.installation import SetupRequest, setup_installation  # noqa: E402
from dnnd_desktop.services.record_writer import RecordWriter  # noqa: E402
from dnnd_desktop.services.reports import ReportService  # noqa: E402
from dnnd_desktop.services.reports.compute import compute_all  # noqa: E402
from dnnd_desktop.services.reports.templates import get_template  # noqa: E402
from dnnd_desktop.storage.models import (  # noqa: E402
    Activity,
    BorderGroup,
    Commendation,
    Contribution,
    Household,
    OverseasPerson,
    Partner,
    PropagandaProduct,
    RelativesAssociation,
    TrainingCourse,
    Twinning,
)
from tests.support.run_cli import apply_test_settings  # noqa: E402

apply_test_settings()  # cheapest key derivation: the installations here are throwaway

REPEATS = 5
TYPES = ["border_exchange", "delegation_in", "delegation_out", "meeting", "culture_sports", "aid_support",
         "conference", "propaganda", "overseas_meeting", "aid_mobilisation", "other"]
COUNTRIES = ["CN", "LA", "KH", "US", "FR", "JP", "KR", "AU", "DE", None]
CHUNK = 5_000


def _day(rng: random.Random) -> dt.date:
    return dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(730))


def _bulk(s, w: RecordWriter, model, rows: list[dict], rng: random.Random) -> list[str]:
    first = w.next_counter(len(rows))
    made = [w.prepare_insert(model, r, first + i) for i, r in enumerate(rows)]
    for m in made:
        m["deleted"] = rng.random() < 0.02
    for i in range(0, len(made), CHUNK):
        s.execute(insert(model), made[i:i + CHUNK])
    return [m["id"] for m in made]


def populate(ctx, activities: int, households: int) -> None:
    rng = random.Random(5)
    with ctx.session() as s:
        w = RecordWriter(s, ctx)
        _bulk(s, w, Activity, [dict(
            title=f"Hoạt động {i}", activity_type=rng.choice(TYPES), start_date=_day(rng),
            country=rng.choice(COUNTRIES), delegation_direction=rng.choice(["in", "out", "none", None]),
            participants_vn=rng.randrange(200), participants_foreign=rng.randrange(50),
            overseas_participants=rng.randrange(30), funding_vnd=rng.choice([None, rng.randrange(10**8)]),
            funding_direction=rng.choice(["received", "given", "tbd", None]),
            funding_source=rng.choice(["foreign_ngo", "foreign_business", "foreign_local_gov", "overseas_vn",
                                       "domestic", "tbd", None]))
            for i in range(activities)], rng)
        hh = _bulk(s, w, Household, [dict(head_name=f"Chủ hộ {i}") for i in range(households)], rng)
        _bulk(s, w, OverseasPerson, [dict(household_id=hh[i % len(hh)], full_name=f"Kiều bào {i}",
                                          country=rng.choice(COUNTRIES)) for i in range(households * 3 // 2)], rng)
        _bulk(s, w, Contribution, [dict(household_id=rng.choice(hh), date=_day(rng),
                                        purpose=rng.choice(["poor_fund", "social_welfare", "scholarship"]),
                                        amount_vnd=rng.randrange(10**7),
                                        contribution_kind=rng.choice(["donation", "investment", "other", "tbd"]))
                                   for _ in range(20_000)], rng)
        _bulk(s, w, Commendation, [dict(household_id=rng.choice(hh), date=_day(rng),
                                        level=rng.choice(["province", "central", "certificate"]),
                                        status=rng.choice(["proposed", "awarded"])) for _ in range(2_000)], rng)
        _bulk(s, w, Twinning, [dict(kind="village_village", local_name=f"Bản {i}", counterpart_name=f"Bản bạn {i}",
                                    counterpart_country=rng.choice(["CN", "LA", "KH"]), signed_date=_day(rng),
                                    status=rng.choice(["active", "paused", "ended"])) for i in range(500)], rng)
        _bulk(s, w, Partner, [dict(name=f"Đối tác {i}", kind=rng.choice(["foreign_ngo", "fdi_business"]),
                                   country=rng.choice(COUNTRIES)) for i in range(300)], rng)
        # The work kinds of issue 13 (a province's worth: groups, associations, courses, products).
        _bulk(s, w, BorderGroup, [dict(name=f"Tổ tự quản {i}", status=rng.choice(["active", "inactive"]),
                                       established_date=rng.choice([None, _day(rng)]), households=rng.randrange(60),
                                       members=rng.randrange(20), border_length_m=rng.randrange(8000),
                                       markers=rng.randrange(5)) for i in range(600)], rng)
        _bulk(s, w, RelativesAssociation, [dict(name=f"Chi hội {i}", level=rng.choice(["association", "branch"]),
                                                status="active", members=rng.randrange(200))
                                           for i in range(400)], rng)
        _bulk(s, w, TrainingCourse, [dict(title=f"Lớp {i}", start_date=_day(rng), participants=rng.randrange(100))
                                     for i in range(1_000)], rng)
        _bulk(s, w, PropagandaProduct, [dict(title=f"Tin bài {i}", date=_day(rng), quantity=rng.randrange(1, 20),
                                             product_type=rng.choice(["article", "broadcast", "poster", "social_post"]),
                                             reach=rng.randrange(50_000)) for i in range(5_000)], rng)


def timed(fn, repeats: int = REPEATS) -> tuple[float, float]:
    runs = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - start)
    return min(runs), statistics.median(runs)


def main(argv: list[str]) -> int:
    activities = int(argv[0]) if argv else 20_000
    households = int(argv[1]) if len(argv) > 1 else 100_000
    with tempfile.TemporaryDirectory() as tmp:
        data = DataDir(Path(tmp) / "data")
        setup_installation(data, SetupRequest(
            level="district", province_code=15, unit_name="huyện Bát Xát", unit_code=None,
            office_name="Ủy ban MTTQ Việt Nam huyện Bát Xát", parent_body="Ủy ban MTTQ Việt Nam tỉnh Lào Cai",
            symbol="MTTQ-BTT", place_name="Bát Xát", head_title="Chủ tịch", head_name="Nguyễn Văn Hùng",
            officer_name="Cán bộ", officer_password=None, passphrase="mat-khau-benchmark"))
        ctx = open_context(data)
        try:
            start = time.perf_counter()
            populate(ctx, activities, households)
            print(f"data: {activities:,} activities, {households:,} households "
                  f"({time.perf_counter() - start:.1f} s to insert)")
            period = parse_period("2026-H1")
            with ctx.session() as s:
                tpl = get_template(s, "bao_cao_dnnd")

            def figures():
                with ctx.session() as s:
                    compute_all(s, tpl, period)
            best, median = timed(figures)
            print(f"figures ({len(tpl.indicators)} indicators, compute only): best {best:.3f} s, "
                  f"median {median:.3f} s  (target <= 1 s)")

            review = parse_period("2020-2026")   # issue 13: a review sums every year of its span

            def review_figures():
                with ctx.session() as s:
                    compute_all(s, tpl, review)
            best, median = timed(review_figures)
            print(f"figures of the final review 2020-2026 (compute only): best {best:.3f} s, "
                  f"median {median:.3f} s  (target <= 1 s)")

            svc = ReportService(ctx)
            start = time.perf_counter()
            report = svc.create(period)
            print(f"report new (figures + store + read back): {time.perf_counter() - start:.3f} s")

            best, median = timed(lambda: svc.explain(report.id, "aid_mobilised_vnd"))
            print(f"explain aid_mobilised_vnd (records behind a money figure): best {best:.3f} s, "
                  f"median {median:.3f} s")
            best, median = timed(lambda: svc.explain(report.id, "persons_total"))
            print(f"explain persons_total (~{households * 3 // 2:,} records): best {best:.3f} s, median {median:.3f} s")

            def pdf():
                write_report_pdf(report.content, report.document, io.BytesIO())
            best, median = timed(pdf)
            print(f"PDF build: best {best:.3f} s, median {median:.3f} s  (target <= 0.1 s)")
        finally:
            ctx.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
