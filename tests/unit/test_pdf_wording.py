"""Fixed wording of official documents: number, date, "Kính gửi", "Nơi nhận", table cells."""
import datetime as dt
import re
from decimal import Decimal

from dnnd_desktop.exchange.pdf.wording import (
    cell_text,
    copies_lines,
    date_line,
    number_line,
    recipient_lines,
)


def test_number_line_with_number_and_symbol():
    assert number_line("05", "BC-MTTQ") == "Số: 05/BC-MTTQ"


def test_number_below_ten_gets_a_leading_zero():
    assert number_line("5", "BC-MTTQ") == "Số: 05/BC-MTTQ"
    assert number_line("123", "BC-MTTQ") == "Số: 123/BC-MTTQ"


def test_missing_number_leaves_a_blank_that_survives_wrapping():
    for missing in (None, "", "  "):
        line = number_line(missing, "BC-MTTQ")
        assert re.fullmatch(r"Số: \u00a0{4,}/BC-MTTQ", line), line


def test_number_line_without_symbol():
    assert number_line("12", "") == "Số: 12"


def test_date_line_uses_the_long_official_form():
    assert date_line("Bát Xát", dt.date(2026, 5, 15)) == "Bát Xát, ngày 15 tháng 5 năm 2026"
    assert date_line("Bát Xát", dt.date(2026, 2, 3)) == "Bát Xát, ngày 03 tháng 02 năm 2026"


def test_date_line_without_date_leaves_blanks_for_day_and_month():
    line = date_line("Bát Xát", None, year=2026)
    assert re.fullmatch(r"Bát Xát, ngày\u00a0{4,}tháng\u00a0{4,}năm 2026", line), line


def test_date_line_without_date_defaults_to_this_year():
    assert date_line("Bát Xát", None).endswith(f"năm {dt.date.today().year}")


def test_copies_end_with_the_archive_entry_exactly_once():
    assert copies_lines(["Như trên", "- Đảng ủy xã;", "Lưu: VT"]) == [
        "- Như trên;", "- Đảng ủy xã;", "- Lưu: VT."]
    assert copies_lines([]) == ["- Lưu: VT."]


def test_one_recipient_stands_alone_several_are_listed():
    assert recipient_lines(["Ban Thường trực UBMTTQ tỉnh"]) == ["Ban Thường trực UBMTTQ tỉnh"]
    assert recipient_lines(["A", "- B;", "C."]) == ["- A;", "- B;", "- C."]
    assert recipient_lines([" ", ""]) == []


def test_cell_numbers_are_grouped_the_vietnamese_way():
    assert cell_text(1234567) == "1.234.567"
    assert cell_text(12.5) == "12,5"
    assert cell_text(3.0) == "3"
    assert cell_text(Decimal("1234.25")) == "1.234,25"
    assert cell_text(float("nan")) == ""


def test_cell_without_grouping_prints_years_bare():
    assert cell_text(1975, grouping=False) == "1975"


def test_cell_dates_none_and_text():
    assert cell_text(dt.date(2026, 5, 1)) == "01/05/2026"
    assert cell_text(None) == ""
    assert cell_text("Nguye\u0302\u0303n") == "Nguyễn"


def test_a_catalogue_text_prints_in_vietnamese_whatever_the_interface_language():
    from dnnd_desktop.domain import messages
    from dnnd_desktop.domain.messages import translate
    from dnnd_desktop.exchange.pdf.flowables import markup

    label = translate("PdfProgress", "Laying out the pages")
    messages.set_language("en")
    try:
        assert str(label) == "Laying out the pages"
        assert cell_text(label) == "Đang dàn trang" and markup(label) == "Đang dàn trang"
    finally:
        messages.set_language("vi")
