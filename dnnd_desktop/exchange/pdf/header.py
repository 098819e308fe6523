"""The top of page 1: the two-column letterhead, the title and subject, and "Kính gửi:".

The letterhead is a two-row table so that "Số: ..." (left) and the place/date line (right) share
one baseline row however many lines the issuing body wraps to.
"""
from __future__ import annotations

import re
from functools import lru_cache

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Spacer, Table, TableStyle
from reportlab.platypus import Paragraph as RLParagraph

from dnnd_desktop.domain.text import nfc

from .document_spec import OfficialDocument
from .flowables import CentredRule, markup, para
from .styles import DocumentStyles
from .wording import MOTTO, NATIONAL_TITLE, TO_LABEL, date_line, number_line, recipient_lines

LEFT_COLUMN_SHARE = 0.42  # the issuing body's column; the national title needs the wider one
BODY_RULE_SHARE = 0.4  # rule under the issuing body: 1/3-1/2 of its longest line
SUBJECT_RULE_SHARE = 0.33  # rule under the subject: 1/3-1/2 of its longest line
SUBJECT_MAX_SHARE = 0.9  # a subject line never runs margin to margin
DATE_MAX_SHRINK = 1.0  # points the date line may lose to stay on one line
RULE_GAP = 3.0  # points between a line of text and the rule under it


def widest_line(p: RLParagraph, width: float) -> float:
    """Width of the longest line `p` takes when wrapped in `width` (for rules sized to text)."""
    p.wrap(width, 10_000)
    lines = getattr(p.blPara, "lines", [])
    widths = []
    for line in lines:
        extra = line[0] if isinstance(line, tuple) else getattr(line, "extraSpace", 0)
        widths.append(width - extra)
    return max(widths, default=0.0)


_GLUED = re.compile(r"\b(VIỆT|Việt) (NAM|Nam)\b")
_GLUE = "\u00a0"


def _line_count(p: RLParagraph, width: float) -> int:
    p.wrap(width, 10_000)
    return len(getattr(p.blPara, "lines", []))


def balanced(text: str, style: ParagraphStyle, width: float) -> str:
    """`text` with explicit line breaks that make its lines about equally long.

    A greedy wrap leaves a short orphan ("ỦY BAN MTTQ VIỆT NAM TỈNH / LÀO CAI"); letterheads
    and subjects are set with balanced lines, which we get from the narrowest width that still
    needs no more lines. "Việt Nam" is never split. Text with breaks of its own is left alone.
    """
    text = (nfc(text) or "").strip()
    if not text or "\n" in text:
        return text
    # About 15 trial wraps: the same office prints the same header lines again and again.
    return _balanced(text, style.fontName, style.fontSize, style.leading, width)


@lru_cache(maxsize=256)
def _balanced(text: str, font: str, size: float, leading: float, width: float) -> str:
    style = ParagraphStyle("balanced", fontName=font, fontSize=size, leading=leading)
    glued = _GLUED.sub(lambda m: m.group(1) + _GLUE + m.group(2), text)
    p = RLParagraph(markup(glued), style)
    lines = _line_count(p, width)
    if lines <= 1:
        return text
    lo, hi = width / lines, width
    for _ in range(14):  # binary search to well under a point
        mid = (lo + hi) / 2
        if _line_count(p, mid) > lines:
            lo = mid
        else:
            hi = mid
    p.wrap(hi, 10_000)
    words = [line[1] for line in p.blPara.lines if isinstance(line, tuple)]
    if len(words) != lines:  # not plain text lines: keep the greedy wrap
        return text
    return "\n".join(" ".join(w) for w in words).replace(_GLUE, " ")


_UNIT_WORDS = re.compile(
    r"(?<!THỊ)\s(?=(TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN|ĐẶC KHU)\s)")


def letterhead_lines(text: str, style: ParagraphStyle, width: float) -> str:
    """Balanced lines, but a unit's name ("TỈNH LÀO CAI") gets the last line to itself when that
    costs no extra line: "ỦY BAN MTTQ VIỆT NAM / TỈNH LÀO CAI", as letterheads are set."""
    plain = balanced(text, style, width)
    lines = plain.count("\n") + 1
    starts = [m.end() for m in _UNIT_WORDS.finditer(plain.replace("\n", " "))]
    if lines < 2 or not starts or "\n" in (nfc(text) or "").strip():
        return plain
    flat = plain.replace("\n", " ")
    head, tail = flat[: starts[-1]].strip(), flat[starts[-1]:].strip()
    head_lines = balanced(head, style, width)
    if (head_lines.count("\n") + 1 == lines - 1
            and _line_count(RLParagraph(markup(tail), style), width) == 1):
        return head_lines + "\n" + tail
    return plain


def letterhead(doc: OfficialDocument, st: DocumentStyles, width: float) -> Table:
    left_w = width * LEFT_COLUMN_SHARE
    right_w = width - left_w

    left: list[Flowable] = []
    if doc.parent_body and nfc(doc.parent_body).strip():
        left.append(para(letterhead_lines(doc.parent_body.upper(), st.parent_body, left_w),
                         st.parent_body))
    body = para(letterhead_lines((nfc(doc.issuing_body) or "").upper(), st.issuing_body,
                                 left_w),
                st.issuing_body)
    left.append(body)
    left.append(CentredRule(widest_line(body, left_w) * BODY_RULE_SHARE, space_above=RULE_GAP))

    motto_w = stringWidth(MOTTO, st.motto.fontName, st.motto.fontSize)
    right: list[Flowable] = [
        para(NATIONAL_TITLE, st.national_title),
        para(MOTTO, st.motto),
        CentredRule(motto_w, space_above=RULE_GAP),
    ]

    table = Table(
        [[left, right],
         [para(number_line(doc.number, doc.symbol), st.number),
          _date_paragraph(doc, st, right_w)]],
        colWidths=[left_w, right_w],
        hAlign="CENTER",
    )
    table.setStyle(TableStyle([
        # Cells hold paragraphs, but reportlab sets each cell's font before drawing it: without
        # this, every PDF would declare an unembedded Helvetica.
        ("FONTNAME", (0, 0), (-1, -1), st.fonts.regular),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 1), (-1, 1), 2),
    ]))
    return table


def _date_paragraph(doc: OfficialDocument, st: DocumentStyles, width: float) -> RLParagraph:
    """The place and date on one line if at all possible: a long place name ("Thành phố Hồ Chí
    Minh") first costs up to DATE_MAX_SHRINK points of size, and only then wraps, balanced."""
    text = date_line(doc.place, doc.date)
    style = st.date
    size = style.fontSize
    while (stringWidth(text, style.fontName, size) > width
           and size - 0.5 >= style.fontSize - DATE_MAX_SHRINK):
        size -= 0.5
    if size != style.fontSize:
        style = ParagraphStyle("date_fitted", parent=style, fontSize=size, leading=size * 1.2)
    return para(balanced(text, style, width), style)


def title_block(doc: OfficialDocument, st: DocumentStyles, width: float) -> list[Flowable]:
    out: list[Flowable] = [Spacer(1, 8 * mm)]
    doc_type = (nfc(doc.doc_type) or "").strip()
    if doc_type:
        out.append(para(doc_type.upper(), st.title))
    subject = (nfc(doc.subject) or "").strip()
    if subject:
        p = para(balanced(subject, st.subject, width * SUBJECT_MAX_SHARE), st.subject)
        out.append(p)
        # Decree 30: a solid rule under the subject of a named document.
        out.append(CentredRule(widest_line(p, width) * SUBJECT_RULE_SHARE, space_above=RULE_GAP + 1,
                               space_below=2))
    return out


def to_block(doc: OfficialDocument, st: DocumentStyles, width: float) -> list[Flowable]:
    """ "Kính gửi:" with its recipients stacked to its right, the pair centred on the page."""
    lines = recipient_lines(doc.recipients_to)
    if not lines:
        return []
    label_w = stringWidth(TO_LABEL, st.to_label.fontName, st.to_label.fontSize) + 4
    longest = max(stringWidth(line, st.to_entry.fontName, st.to_entry.fontSize) for line in lines)
    entries_w = min(longest + 2, width * 0.85 - label_w)
    table = Table([[para(TO_LABEL, st.to_label), [para(line, st.to_entry) for line in lines]]],
                  colWidths=[label_w, entries_w], hAlign="CENTER")
    table.setStyle(TableStyle([
        # Cells hold paragraphs, but reportlab sets each cell's font before drawing it: without
        # this, every PDF would declare an unembedded Helvetica.
        ("FONTNAME", (0, 0), (-1, -1), st.fonts.regular),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]))
    return [Spacer(1, 4 * mm), table]
