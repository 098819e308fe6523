import datetime as dt

import pytest

from dnnd_desktop.domain.errors import ValidationError
from dnnd_desktop.domain.periods import (
    HALF,
    MONTH,
    NINE_MONTHS,
    QUARTER,
    YEAR,
    Period,
    YearlyDeadline,
    days_left,
    parse_period,
    period_containing,
)


@pytest.mark.parametrize("code, kind, start, end, label", [
    ("2026", YEAR, dt.date(2026, 1, 1), dt.date(2026, 12, 31), "năm 2026"),
    ("2026-H1", HALF, dt.date(2026, 1, 1), dt.date(2026, 6, 30), "6 tháng đầu năm 2026"),
    ("2026-H2", HALF, dt.date(2026, 7, 1), dt.date(2026, 12, 31), "6 tháng cuối năm 2026"),
    ("2026-Q3", QUARTER, dt.date(2026, 7, 1), dt.date(2026, 9, 30), "quý III năm 2026"),
    ("2026-9M", NINE_MONTHS, dt.date(2026, 1, 1), dt.date(2026, 9, 30), "9 tháng đầu năm 2026"),
    ("2026-05", MONTH, dt.date(2026, 5, 1), dt.date(2026, 5, 31), "tháng 5 năm 2026"),
    ("2024-02", MONTH, dt.date(2024, 2, 1), dt.date(2024, 2, 29), "tháng 02 năm 2024"),
])
def test_parse_period(code, kind, start, end, label):
    p = parse_period(code)
    assert (p.kind, p.start, p.end, p.label, p.code) == (kind, start, end, label, code)


@pytest.mark.parametrize("bad", ["", "26", "2026-13", "2026-Q5", "2026-H3", "năm ngoái"])
def test_bad_period_gives_vietnamese_guidance(bad):
    with pytest.raises(ValidationError) as err:
        parse_period(bad)
    assert "2026-H1" in err.value.message


def test_period_edges_are_inclusive():
    q = Period(2026, QUARTER, 2)
    assert q.contains(dt.date(2026, 4, 1)) and q.contains(dt.date(2026, 6, 30))
    assert not q.contains(dt.date(2026, 7, 1))


def test_period_containing_and_deadlines():
    assert period_containing(QUARTER, dt.date(2026, 8, 15)).code == "2026-Q3"
    d = YearlyDeadline(11, 20)
    assert d.next_on_or_after(dt.date(2026, 11, 21)) == dt.date(2027, 11, 20)
    assert days_left(dt.date(2026, 5, 15), dt.date(2026, 5, 10)) == 5
    assert days_left(dt.date(2026, 5, 15), dt.date(2026, 5, 20)) == -5
