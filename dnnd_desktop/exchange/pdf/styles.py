"""Type sizes and paragraph styles of Decree 30/2020 Appendix I, built on the registered family."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from .fonts import DocumentFonts

# Sizes in points, each within the range the decree allows.
HEADER_SIZE = 12.5  # parent body, issuing body, national title (12-13)
MOTTO_SIZE = 13  # "Độc lập - Tự do - Hạnh phúc" (13-14)
NUMBER_SIZE = 13  # "Số: ..." (13)
DATE_SIZE = 13  # place and date line (13-14)
TITLE_SIZE = 14  # doc_type and subject (13-14)
BODY_SIZE = 14  # body text (13-14)
BODY_LEADING = 14 * 1.25  # line spacing between single and 1.5 lines
FIRST_LINE_INDENT = 12.7 * mm  # 1.27 cm: one standard word-processor tab stop
SIGN_SIZE = 13.5  # signature block (13-14)
COPIES_HEADING_SIZE = 12  # "Nơi nhận:" (12)
COPIES_SIZE = 11  # recipient entries (11)
PAGE_NUMBER_SIZE = 13  # page number (13-14)

ALIGNMENTS = {"left": TA_LEFT, "right": TA_RIGHT, "center": TA_CENTER}


@dataclass(frozen=True)
class DocumentStyles:
    fonts: DocumentFonts
    parent_body: ParagraphStyle
    issuing_body: ParagraphStyle
    number: ParagraphStyle
    national_title: ParagraphStyle
    motto: ParagraphStyle
    date: ParagraphStyle
    title: ParagraphStyle
    subject: ParagraphStyle
    to_label: ParagraphStyle
    to_entry: ParagraphStyle
    heading1: ParagraphStyle
    heading2: ParagraphStyle
    heading3: ParagraphStyle
    body: ParagraphStyle
    sign: ParagraphStyle
    sign_name: ParagraphStyle
    copies_heading: ParagraphStyle
    copies_entry: ParagraphStyle


def _style(name: str, font: str, size: float, align: int = TA_CENTER, **kw) -> ParagraphStyle:
    kw.setdefault("leading", size * 1.2)
    return ParagraphStyle(name, fontName=font, fontSize=size, alignment=align, **kw)


@lru_cache(maxsize=4)
def build_styles(f: DocumentFonts) -> DocumentStyles:
    """The document's paragraph styles; made once per font family (styles are never changed)."""
    heading = dict(align=TA_JUSTIFY, leading=BODY_LEADING, firstLineIndent=FIRST_LINE_INDENT,
                   spaceBefore=6, spaceAfter=6, keepWithNext=1)
    return DocumentStyles(
        fonts=f,
        parent_body=_style("parent_body", f.regular, HEADER_SIZE),
        issuing_body=_style("issuing_body", f.bold, HEADER_SIZE),
        number=_style("number", f.regular, NUMBER_SIZE),
        national_title=_style("national_title", f.bold, HEADER_SIZE),
        motto=_style("motto", f.bold, MOTTO_SIZE),
        date=_style("date", f.italic, DATE_SIZE),
        title=_style("title", f.bold, TITLE_SIZE, spaceBefore=0),
        subject=_style("subject", f.bold, TITLE_SIZE),
        to_label=_style("to_label", f.regular, BODY_SIZE, TA_LEFT),
        to_entry=_style("to_entry", f.regular, BODY_SIZE, TA_LEFT),
        heading1=_style("heading1", f.bold, BODY_SIZE, **heading),
        heading2=_style("heading2", f.bold_italic, BODY_SIZE, **heading),
        heading3=_style("heading3", f.italic, BODY_SIZE, **heading),
        body=_style("body", f.regular, BODY_SIZE, TA_JUSTIFY, leading=BODY_LEADING,
                    firstLineIndent=FIRST_LINE_INDENT, spaceAfter=6),
        sign=_style("sign", f.bold, SIGN_SIZE),
        sign_name=_style("sign_name", f.bold, BODY_SIZE),
        copies_heading=_style("copies_heading", f.bold_italic, COPIES_HEADING_SIZE, TA_LEFT),
        copies_entry=_style("copies_entry", f.regular, COPIES_SIZE, TA_LEFT, leading=COPIES_SIZE * 1.15),
    )
