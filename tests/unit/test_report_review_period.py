"""Reviews over several years (issue 13, item 8): the mid-term ("sơ kết") and final ("tổng kết")
review of a programme are periods of their own, named as the Front names them, and their figures
are summed over every year of the span; counted by hand across year ends."""
import datetime as dt

import pytest

from dnnd_desktop.domain.deadlines import next_period
from dnnd_desktop.domain.errors import ValidationError
from dnnd_desktop.domain.periods import (
    FINAL_REVIEW,
    HALF,
    MID_TERM,
    YEAR,
    Period,
    parse_period,
    report_title,
    review_period,
    template_allows,
)
from dnnd_desktop.services.record_writer import RecordWriter
from dnnd_desktop.services.reports import ReportService
from dnnd_desktop.storage.models import Activity, Contribution, Household

D = dt.date
M = 1_000_000
TEMPLATE = "Báo cáo kết quả công tác đối ngoại nhân dân và công tác người Việt Nam ở nước ngoài"


@pytest.mark.parametrize("code, kind, first, last, label", [
    ("2020-2025", FINAL_REVIEW, D(2020, 1, 1), D(2025, 12, 31), "giai đoạn 2020–2025"),
    ("2020–2025", FINAL_REVIEW, D(2020, 1, 1), D(2025, 12, 31), "giai đoạn 2020–2025"),
    ("2020-2022-MID", MID_TERM, D(2020, 1, 1), D(2022, 12, 31), "giai đoạn 2020–2022"),
    ("2020-2022-mid", MID_TERM, D(2020, 1, 1), D(2022, 12, 31), "giai đoạn 2020–2022"),
])
def test_review_periods_parse_and_span_whole_years(code, kind, first, last, label):
    p = parse_period(code)
    assert (p.kind, p.start, p.end, p.label) == (kind, first, last, label)
    assert parse_period(p.code) == p and p.is_review
    assert p.contains(D(2021, 6, 1)) and not p.contains(last + dt.timedelta(days=1))


@pytest.mark.parametrize("bad", ["2025-2020", "2020-2020", "2000-2030", "2020-2025-END"])
def test_a_review_must_run_forward_over_a_few_years(bad):
    with pytest.raises(ValidationError) as err:
        parse_period(bad)
    assert err.value.code == "bad_period"


def test_titles_name_the_review_and_the_next_span():
    final, mid = review_period(FINAL_REVIEW, 2020, 2025), review_period(MID_TERM, 2020, 2022)
    assert report_title(TEMPLATE, final) == ("Báo cáo tổng kết công tác đối ngoại nhân dân và công tác người "
                                             "Việt Nam ở nước ngoài giai đoạn 2020–2025")
    assert report_title(TEMPLATE, mid).startswith("Báo cáo sơ kết công tác đối ngoại nhân dân")
    assert report_title(TEMPLATE, mid).endswith("giai đoạn 2020–2022")
    assert report_title(TEMPLATE, parse_period("2026-H1")) == f"{TEMPLATE} 6 tháng đầu năm 2026"
    # "Phương hướng, nhiệm vụ {next_period_label}": the span of the same length that follows.
    assert next_period(review_period(FINAL_REVIEW, 2021, 2025)).label == "giai đoạn 2026–2030"
    assert next_period(mid).label == "giai đoạn 2023–2025"


def test_a_template_for_yearly_reports_serves_the_reviews():
    review = review_period(FINAL_REVIEW, 2020, 2025)
    assert template_allows([HALF, YEAR], review)
    assert not template_allows([HALF], review)
    assert template_allows([HALF], Period(2026, HALF, 1))


def test_final_review_figures_cover_every_year_of_the_span(ctx):
    # Counted by hand. Inside 2020-2025: 4 border exchanges (31/12/2020 and 01/01/2021 across a year end,
    # 15/6/2023, 31/12/2025), aid received from a foreign NGO 10 M (2021) + 25 M (2025) = 35 M; a
    # contribution of 100 M (2020) and 50 M (2024) = 150 M. Outside: 31/12/2019 and 01/01/2026.
    with ctx.session() as s:
        w = RecordWriter(s, ctx)
        for day in (D(2019, 12, 31), D(2020, 12, 31), D(2021, 1, 1), D(2023, 6, 15), D(2025, 12, 31), D(2026, 1, 1)):
            w.create(Activity, dict(title="Giao lưu biên giới", activity_type="border_exchange", start_date=day,
                                    country="CN"))
        for day, amount in ((D(2019, 12, 31), 7 * M), (D(2021, 3, 1), 10 * M), (D(2025, 11, 30), 25 * M),
                            (D(2026, 1, 1), 9 * M)):
            w.create(Activity, dict(title="Tổ chức phi chính phủ hỗ trợ", activity_type="aid_support",
                                    start_date=day, country="LA", funding_vnd=amount, funding_direction="received",
                                    funding_source="foreign_ngo"))
        h = w.create(Household, dict(head_name="Hộ ông B"))
        for day, amount in ((D(2020, 1, 1), 100 * M), (D(2024, 8, 8), 50 * M), (D(2026, 2, 2), 70 * M)):
            w.create(Contribution, dict(household_id=h.id, date=day, purpose="poor_fund", amount_vnd=amount,
                                        contribution_kind="donation"))
    svc = ReportService(ctx)
    final = svc.create("2020-2025")
    got = final.indicator_values()
    assert got["border_exchanges"] == 4
    assert got["act_total"] == 6                    # 4 exchanges + 2 aid activities in the span
    assert got["aid_mobilised_vnd"] == 35 * M
    assert got["contrib_total_vnd"] == 150 * M
    assert final.summary.title.startswith("Báo cáo tổng kết ") and final.summary.title.endswith(
        "giai đoạn 2020–2025")
    assert final.summary.period_code == "2020-2025"
    # The mid-term review of 2020-2022 is another report: 2 exchanges (31/12/2020, 01/01/2021), 10 M.
    mid = svc.create("2020-2022-MID").indicator_values()
    assert mid["border_exchanges"] == 2 and mid["aid_mobilised_vnd"] == 10 * M and mid["contrib_total_vnd"] == 100 * M
