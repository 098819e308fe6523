"""Spreadsheet cell parsing: dates day first, Vietnamese number grouping, money, years, yes/no, text."""
from __future__ import annotations

import datetime as dt
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dnnd_desktop.domain.errors import ValidationError
from dnnd_desktop.exchange.cell_values import (
    CellValueError,
    parse_bool,
    parse_date,
    parse_int,
    parse_money,
    parse_text,
    parse_year,
)

MAY_15 = dt.date(2022, 5, 15)


@pytest.mark.parametrize("value", [
    MAY_15, dt.datetime(2022, 5, 15, 8, 30), 44696, 44696.0, 44696.75,
    "15/05/2022", "15/5/2022", "15-5-2022", "15.05.2022", "2022-05-15", " 15/05/2022 ",
    "15/05/2022 08:30", "2022-05-15T00:00:00", "ngày 15 tháng 5 năm 2022", "Ngày 15 tháng 05 năm 2022",
    "ngay 15 thang 5 nam 2022", unicodedata.normalize("NFD", "ngày 15 tháng 5 năm 2022"),
])
def test_dates_are_read_day_first(value):
    assert parse_date(value) == MAY_15


def test_day_first_even_when_month_first_would_also_be_a_date():
    assert parse_date("05/06/2022") == dt.date(2022, 6, 5)


@pytest.mark.parametrize("serial, expected", [
    (1, dt.date(1900, 1, 1)), (59, dt.date(1900, 2, 28)), (61, dt.date(1900, 3, 1)),
    (73415, dt.date(2100, 12, 31)),
])
def test_excel_serial_numbers_use_the_1900_system(serial, expected):
    assert parse_date(serial) == expected


@pytest.mark.parametrize("value", [None, "", "   "])
def test_empty_date_is_none(value):
    assert parse_date(value) is None


@pytest.mark.parametrize("value", [
    "32/13/2022", "29/02/2023", "05/2022", "15/05/22", "15/05-2022", "abc", "2022", 2022, 60, 0, -5,
    73416, 1e300, float("nan"), float("inf"), True, dt.date(1850, 1, 1), dt.time(8, 30), "31/12/2101",
])
def test_invalid_dates_are_refused(value):
    with pytest.raises(CellValueError) as caught:
        parse_date(value)
    assert caught.value.code == "invalid_date"


def test_date_error_says_what_was_found_and_the_expected_form():
    with pytest.raises(CellValueError) as caught:
        parse_date("32/13/2022")
    assert str(caught.value) == (
        "Ngày không hợp lệ: «32/13/2022». Hãy nhập theo dạng ngày/tháng/năm, ví dụ 15/05/2022.")
    assert caught.value.found == "32/13/2022"
    assert isinstance(caught.value, ValidationError)


def test_a_year_in_a_date_column_is_explained():
    with pytest.raises(CellValueError, match="chỉ có năm"):
        parse_date(2022)
    with pytest.raises(CellValueError, match="chỉ có năm"):
        parse_date("2022")


@pytest.mark.parametrize("value", [
    1234567, 1234567.0, "1234567", "1.234.567", "1,234,567", "1 234 567", "1\u00a0234\u00a0567",
    "1.234.567 đ", "1.234.567 VNĐ", "1.234.567 vnd", "1.234.567đồng", "1.234.567 đồng", "1.234.567₫",
    "1.234.567,00", "1,234,567.00", " 1.234.567 ",
])
def test_money_in_the_ways_offices_write_it(value):
    assert parse_money(value) == 1234567


def test_single_group_of_three_is_thousands():
    assert parse_money("1.500") == 1500
    assert parse_money("1,500") == 1500
    assert parse_int("12.00") == 12


@pytest.mark.parametrize("value", [-5, "-1.000", "−200"])
def test_negative_money_is_refused(value):
    with pytest.raises(CellValueError, match="không được âm"):
        parse_money(value)


@pytest.mark.parametrize("value", [
    "1.5", "1,5", 1.5, "1.234.5", "1,234.567", "12.34.567", "1.2345", "0.500", "abc", "1.234.567 USD",
    True, float("nan"), dt.date(2022, 1, 1),
])
def test_ambiguous_or_fractional_money_is_refused(value):
    with pytest.raises(CellValueError) as caught:
        parse_money(value)
    assert caught.value.code == "invalid_money"
    assert "ví dụ 1.234.567" in str(caught.value)


def test_parse_int_accepts_signs_and_grouping_and_refuses_fractions():
    assert parse_int("-1.000") == -1000
    assert parse_int("−12") == -12
    assert parse_int("+7") == 7
    assert parse_int(42.0) == 42
    assert parse_int(None) is None and parse_int(" ") is None
    for bad in (42.5, "1.5", "12a", True):
        with pytest.raises(CellValueError) as caught:
            parse_int(bad)
        assert caught.value.code == "invalid_number"


def test_parse_year():
    this_year = dt.date.today().year
    assert parse_year(1985) == 1985
    assert parse_year(1985.0) == 1985
    assert parse_year("1985") == 1985
    assert parse_year("năm 1985") == 1985
    assert parse_year(dt.date(1990, 3, 2)) == 1990
    assert parse_year(this_year) == this_year
    assert parse_year("") is None
    assert parse_year(2030, maximum=2030) == 2030
    for bad in (1899, this_year + 1, "85", "abc", 1985.5, True):
        with pytest.raises(CellValueError) as caught:
            parse_year(bad)
        assert caught.value.code == "invalid_year"
        assert f"từ 1900 đến {this_year}" in str(caught.value)


@pytest.mark.parametrize("value, expected", [
    ("có", True), ("Có", True), ("co", True), ("x", True), ("X", True), ("1", True), ("yes", True),
    (True, True), (1, True), (1.0, True),
    ("không", False), ("Không", False), ("khong", False), ("0", False), ("no", False), ("No", False),
    (False, False), (0, False), (0.0, False),
    (None, None), ("", None), ("  ", None),
])
def test_parse_bool(value, expected):
    assert parse_bool(value) is expected


@pytest.mark.parametrize("value", ["có thể", "2", 2, "maybe"])
def test_parse_bool_refuses_other_values(value):
    with pytest.raises(CellValueError, match="«có» hoặc «không»"):
        parse_bool(value)


@pytest.mark.parametrize("value, expected", [
    ("  Nguyễn   Văn\tA \n", "Nguyễn Văn A"),
    (unicodedata.normalize("NFD", "Đỗ Văn Dương"), "Đỗ Văn Dương"),
    (12345.0, "12345"), (12345, "12345"), (12.5, "12.5"), (True, "TRUE"),
    (dt.date(2022, 5, 1), "01/05/2022"), (dt.datetime(2022, 5, 1, 8, 30), "01/05/2022 08:30"),
    (dt.datetime(2022, 5, 1), "01/05/2022"), (None, None), ("", None), ("   ", None),
])
def test_parse_text(value, expected):
    assert parse_text(value) == expected


def test_parse_text_refuses_overlong_cells():
    assert parse_text("x" * 10_000) == "x" * 10_000
    with pytest.raises(CellValueError, match="tối đa 10.000") as caught:
        parse_text("x" * 10_001)
    assert caught.value.code == "text_too_long"
    with pytest.raises(CellValueError):
        parse_text("abcdef", max_length=5)


def test_parse_text_refuses_non_finite_numbers():
    with pytest.raises(CellValueError):
        parse_text(float("nan"))


CELLS = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True, allow_infinity=True),
    st.text(), st.from_regex(r"[0-9 .,/\-đ]{0,20}", fullmatch=True),
    st.dates(), st.datetimes(), st.times(), st.timedeltas(),
)


@given(CELLS)
def test_random_cells_raise_nothing_but_cell_value_error(value):
    for parse in (parse_date, parse_int, parse_money, parse_year, parse_bool, parse_text):
        try:
            parse(value)
        except CellValueError as error:
            assert error.message and error.code
