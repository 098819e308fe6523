"""Builder pieces whose effect is geometric: balanced letterhead lines, rules, table cells."""
import pytest
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph as RLParagraph

from dnnd_desktop.exchange.pdf import Column, Table
from dnnd_desktop.exchange.pdf.flowables import CentredRule
from dnnd_desktop.exchange.pdf.fonts import document_fonts
from dnnd_desktop.exchange.pdf.header import (
    BODY_RULE_SHARE,
    balanced,
    letterhead,
    letterhead_lines,
    widest_line,
)
from dnnd_desktop.exchange.pdf.samples import sample_report
from dnnd_desktop.exchange.pdf.styles import build_styles
from dnnd_desktop.exchange.pdf.tables import list_table
from dnnd_desktop.exchange.pdf.wording import MOTTO

WIDTH = 165 * mm


@pytest.fixture(scope="module")
def st():
    return build_styles(document_fonts())


def test_unit_name_gets_the_last_line(st):
    assert letterhead_lines("ỦY BAN MTTQ VIỆT NAM TỈNH LÀO CAI", st.parent_body,
                            WIDTH * 0.42) == "ỦY BAN MTTQ VIỆT NAM\nTỈNH LÀO CAI"


def test_long_issuing_body_wraps_to_three_balanced_lines(st):
    text = "BAN THƯỜNG TRỰC ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM THÀNH PHỐ HỒ CHÍ MINH"
    lines = letterhead_lines(text, st.issuing_body, WIDTH * 0.42).split("\n")
    assert len(lines) == 3
    assert lines[-1] == "THÀNH PHỐ HỒ CHÍ MINH"
    assert all("VIỆT NAM" in line or "VIỆT" not in line for line in lines)  # never split


def test_thi_xa_is_not_torn_apart(st):
    out = letterhead_lines("ỦY BAN MTTQ VIỆT NAM THỊ XÃ SA PA", st.parent_body, WIDTH * 0.42)
    assert "THỊ\n" not in out


def test_balanced_lines_are_more_even_than_greedy(st):
    text = ("Kết quả công tác đối ngoại nhân dân và công tác đối với người Việt Nam "
            "ở nước ngoài 6 tháng đầu năm 2026")
    lines = balanced(text, st.subject, WIDTH * 0.9).split("\n")
    assert len(lines) == 2
    w = [stringWidth(line, st.subject.fontName, st.subject.fontSize) for line in lines]
    assert min(w) / max(w) > 0.7
    assert balanced("Ngắn", st.subject, WIDTH) == "Ngắn"
    assert balanced("Dòng một\nDòng hai", st.subject, 10) == "Dòng một\nDòng hai"


def test_letterhead_rules_are_sized_to_their_lines(st):
    table = letterhead(sample_report(), st, WIDTH)
    left, right = table._cellvalues[0]
    body_rule, motto_rule = left[-1], right[-1]
    assert isinstance(body_rule, CentredRule) and isinstance(motto_rule, CentredRule)
    assert motto_rule.length == pytest.approx(stringWidth(MOTTO, st.motto.fontName, 13))
    body_width = widest_line(left[-2], WIDTH * 0.42)
    assert body_rule.length == pytest.approx(body_width * BODY_RULE_SHARE)
    assert WIDTH * 0.42 / 4 < body_rule.length < WIDTH * 0.42 / 2


def _table(rows, columns=None, **kw):
    columns = columns or [Column("Tên", 1), Column("Số", 1)]
    return list_table(Table(columns, rows, **kw), 200, document_fonts(), lambda n: None)[0]


def test_only_cells_too_wide_for_their_column_become_paragraphs():
    table = _table([["Ngắn", 5], ["Một nội dung rất dài không thể nằm gọn trong một dòng", 6]])
    cells = table._cellvalues
    assert cells[1][0] == "Ngắn"
    assert isinstance(cells[2][0], RLParagraph)
    assert isinstance(cells[0][0], RLParagraph)  # header always wraps


def test_numeric_columns_align_right_text_columns_left():
    table = _table([["A", 1_000], ["B", None]])
    styles = table._cellStyles
    assert styles[1][0].alignment == "LEFT"
    assert styles[1][1].alignment == "RIGHT"
    assert table._cellvalues[1][1] == "1.000"


def test_explicit_alignment_wins():
    table = _table([["A", 1]], columns=[Column("Tên", 1, "center"), Column("Số", 1, "left")])
    assert table._cellStyles[1][0].alignment == "CENTER"
    assert table._cellStyles[1][1].alignment == "LEFT"


def test_short_rows_are_padded_and_long_ones_cut():
    table = _table([["A"], ["B", 2, "extra"]])
    assert table._cellvalues[1] == ["A", ""]
    assert table._cellvalues[2] == ["B", "2"]


def test_total_row_is_bold():
    table = _table([["A", 1]], total_row=["Tổng cộng", 1])
    assert table._cellStyles[-1][0].fontname == document_fonts().bold
    assert table._cellStyles[-1][0].alignment == "CENTER"
