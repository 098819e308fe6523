"""Named Word styles of an official document, with the PDF's sizes (Decree 30/2020, Appendix I).

A clerk edits the report in Word: body text, headings and table text each have a style of their
own ("VB Nội dung", "VB Mục 1"…), so changing one changes them all, as in the office's templates.
Style names are Vietnamese because the clerk reads them in Word's style gallery.
"""
from __future__ import annotations

from dataclasses import dataclass

from docx.document import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from ..pdf.styles import (
    BODY_SIZE,
    COPIES_HEADING_SIZE,
    COPIES_SIZE,
    DATE_SIZE,
    FIRST_LINE_INDENT,
    HEADER_SIZE,
    MOTTO_SIZE,
    NUMBER_SIZE,
    PAGE_NUMBER_SIZE,
    SIGN_SIZE,
    TITLE_SIZE,
)
from .oxml import set_language, set_run_fonts

FONT_FAMILY = "Times New Roman"  # Decree 30: a Unicode (TCVN 6909:2001) font, Times New Roman in practice
TABLE_SIZE = 12
LINE_SPACING = 1.15  # between single and 1.5 lines, like the PDF's leading


@dataclass(frozen=True)
class StyleSpec:
    name: str
    size: float
    bold: bool = False
    italic: bool = False
    align: WD_ALIGN_PARAGRAPH = WD_ALIGN_PARAGRAPH.CENTER
    first_indent_pt: float = 0
    space_before: float = 0
    space_after: float = 0
    keep_with_next: bool = False
    line_spacing: float = 1.0


_J, _L, _C, _R = (WD_ALIGN_PARAGRAPH.JUSTIFY, WD_ALIGN_PARAGRAPH.LEFT, WD_ALIGN_PARAGRAPH.CENTER,
                  WD_ALIGN_PARAGRAPH.RIGHT)
_INDENT_PT = FIRST_LINE_INDENT  # 1.27 cm; reportlab lengths are in points

STYLES = {
    "parent_body": StyleSpec("VB Cơ quan chủ quản", HEADER_SIZE),
    "issuing_body": StyleSpec("VB Cơ quan ban hành", HEADER_SIZE, bold=True),
    "national_title": StyleSpec("VB Quốc hiệu", HEADER_SIZE, bold=True),
    "motto": StyleSpec("VB Tiêu ngữ", MOTTO_SIZE, bold=True),
    "number": StyleSpec("VB Số ký hiệu", NUMBER_SIZE),
    "date": StyleSpec("VB Địa danh ngày tháng", DATE_SIZE, italic=True),
    "title": StyleSpec("VB Tên loại", TITLE_SIZE, bold=True, space_before=12),
    "subject": StyleSpec("VB Trích yếu", TITLE_SIZE, bold=True),
    "to": StyleSpec("VB Kính gửi", BODY_SIZE, align=_L),
    "heading1": StyleSpec("VB Mục 1", BODY_SIZE, bold=True, align=_J, first_indent_pt=_INDENT_PT,
                          space_before=6, space_after=6, keep_with_next=True, line_spacing=LINE_SPACING),
    "heading2": StyleSpec("VB Mục 2", BODY_SIZE, bold=True, italic=True, align=_J,
                          first_indent_pt=_INDENT_PT, space_before=6, space_after=6, keep_with_next=True,
                          line_spacing=LINE_SPACING),
    "heading3": StyleSpec("VB Mục 3", BODY_SIZE, italic=True, align=_J, first_indent_pt=_INDENT_PT,
                          space_before=6, space_after=6, keep_with_next=True, line_spacing=LINE_SPACING),
    "body": StyleSpec("VB Nội dung", BODY_SIZE, align=_J, first_indent_pt=_INDENT_PT, space_after=6,
                      line_spacing=LINE_SPACING),
    "table": StyleSpec("VB Bảng", TABLE_SIZE, align=_L),
    "table_header": StyleSpec("VB Bảng tiêu đề", TABLE_SIZE, bold=True),
    "sign": StyleSpec("VB Chức vụ người ký", SIGN_SIZE, bold=True),
    "sign_name": StyleSpec("VB Họ tên người ký", BODY_SIZE, bold=True),
    "copies_heading": StyleSpec("VB Nơi nhận", COPIES_HEADING_SIZE, bold=True, italic=True, align=_L),
    "copies_entry": StyleSpec("VB Nơi nhận mục", COPIES_SIZE, align=_L),
    "page_number": StyleSpec("VB Số trang", PAGE_NUMBER_SIZE),
}


def _default_fonts(document: Document) -> None:
    """Times New Roman as the document default, instead of the template's theme fonts, so any
    style a clerk adds later starts from it too."""
    from docx.oxml.ns import qn

    defaults = document.styles.element.find(qn("w:docDefaults"))
    r_pr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr")) if defaults is not None else None
    if r_pr is None:
        return
    fonts = r_pr.find(qn("w:rFonts"))
    if fonts is not None:
        for attr in list(fonts.attrib):
            if attr.endswith("Theme"):
                del fonts.attrib[attr]
    set_run_fonts(r_pr, FONT_FAMILY)
    set_language(r_pr)


def install_styles(document: Document) -> dict[str, str]:
    """Add the styles to `document` (Normal becomes Times New Roman 14); returns key -> name."""
    _default_fonts(document)
    normal = document.styles["Normal"]
    normal.font.name = FONT_FAMILY
    normal.font.size = Pt(BODY_SIZE)
    set_run_fonts(normal.element.get_or_add_rPr(), FONT_FAMILY)
    set_language(normal.element.get_or_add_rPr())
    normal.paragraph_format.space_after = Pt(0)
    names = {}
    for key, spec in STYLES.items():
        style = document.styles.add_style(spec.name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = normal
        style.quick_style = key in {"heading1", "heading2", "heading3", "body", "table"}
        font = style.font
        font.name = FONT_FAMILY
        font.size = Pt(spec.size)
        font.bold = spec.bold
        font.italic = spec.italic
        set_run_fonts(style.element.get_or_add_rPr(), FONT_FAMILY)
        fmt = style.paragraph_format
        fmt.alignment = spec.align
        fmt.first_line_indent = Pt(spec.first_indent_pt) if spec.first_indent_pt else None
        fmt.space_before = Pt(spec.space_before)
        fmt.space_after = Pt(spec.space_after)
        fmt.keep_with_next = spec.keep_with_next
        fmt.line_spacing = spec.line_spacing
        names[key] = spec.name
    return names
