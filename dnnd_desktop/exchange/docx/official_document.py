"""Render an `OfficialDocument` to Word (.docx) with the layout of its PDF, for clerks to edit.

The same plain description (`exchange/pdf/document_spec.py`) and the same wording
(`exchange/pdf/wording.py`) make both files, so the Word file says exactly what the PDF says:
the letterhead as a borderless two-column table, the title and subject, "Kính gửi:", numbered
sections in named styles, real Word tables whose header row repeats on every page, "Nơi nhận:"
beside the signature block, and page numbers at the top centre from page 2 on.

Table rows are written as WordprocessingML directly (one element per cell instead of
python-docx's add_row/cell objects): a 2,000-row list is built in a fraction of the time.
"""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO

import docx
from docx.document import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Emu, Length, Mm, Pt, RGBColor
from docx.table import Table as DocxTable
from reportlab.pdfbase.pdfmetrics import stringWidth

from dnnd_desktop.domain.progress import CancelToken, ProgressCallback, no_progress
from dnnd_desktop.domain.text import nfc

from ..pdf import document_spec as spec
from ..pdf.draft import DRAFT_TEXT
from ..pdf.fonts import document_fonts
from ..pdf.header import SUBJECT_MAX_SHARE, balanced, letterhead_lines
from ..pdf.official_document import MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, _atomic_output
from ..pdf.styles import DocumentStyles, build_styles
from ..pdf.tables import column_widths
from ..pdf.wording import (
    COPIES_HEADING,
    MOTTO,
    NATIONAL_TITLE,
    TO_LABEL,
    cell_text,
    copies_lines,
    date_line,
    is_numeric,
    number_line,
    recipient_lines,
)
from . import oxml
from .styles import install_styles

_PT_PER_MM = 72 / 25.4
LEFT_COLUMN_SHARE = 0.42  # the issuing body's column, as in the PDF
GRID_EIGHTHS = 4  # 0.5 pt grid lines
PROGRESS_EVERY = 200  # rows between progress reports (cancel is checked on each report)


def _mm(points: float) -> Length:
    return Mm(points / _PT_PER_MM)


def render_docx(doc: spec.OfficialDocument, out: str | Path | BinaryIO,
                progress: ProgressCallback | None = None, cancel: CancelToken | None = None) -> None:
    """Build the Word file of `doc` into `out` (a path, written atomically, or a binary stream
    written only on success). Raises `Cancelled` when `cancel` is set while rows are written."""
    report = progress or no_progress
    document = docx.Document()
    styles = install_styles(document)
    # Line breaks of the letterhead and subject are chosen with the PDF's own measure (Liberation
    # Serif has Times New Roman's metrics), so both files break their header lines alike.
    measure = build_styles(document_fonts())
    width = _page_setup(document, doc)
    _title_properties(document, doc)
    _page_numbers(document, doc, styles, width)
    _letterhead(document, doc, styles, width, measure)
    _title(document, doc, styles, width, measure)
    _to_block(document, doc, styles, width, measure)
    rows_done = 0
    for block in doc.blocks:
        rows_done = _block(document, block, styles, width, rows_done, report, cancel)
    _keep_last_block_with_signature(document, doc)
    _closing(document, doc, styles, width)
    _drop_leading_empty_paragraph(document)
    with _atomic_output(out) as fh:
        document.save(fh)


def _page_setup(document: Document, doc: spec.OfficialDocument) -> Emu:
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    if doc.landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Mm(297), Mm(210)
    section.top_margin, section.bottom_margin = _mm(MARGIN_TOP), _mm(MARGIN_BOTTOM)
    section.left_margin, section.right_margin = _mm(MARGIN_LEFT), _mm(MARGIN_RIGHT)
    section.header_distance = Mm(8)
    return Emu(section.page_width - section.left_margin - section.right_margin)


def _title_properties(document: Document, doc: spec.OfficialDocument) -> None:
    props = document.core_properties
    props.title = nfc(" ".join(p for p in (doc.doc_type, doc.subject) if p)) or ""
    props.subject = nfc(doc.subject) or ""
    props.author = nfc(doc.issuing_body) or ""
    props.language = "vi-VN"


def _page_numbers(document: Document, doc: spec.OfficialDocument, styles: dict[str, str], width: Emu) -> None:
    """Page number at the top centre from page 2 (Decree 30: none on the first page); a draft
    says DỰ THẢO in the header of every page."""
    section = document.sections[0]
    section.different_first_page_header_footer = True
    header = section.header
    para = header.paragraphs[0]
    para.style = document.styles[styles["page_number"]]
    oxml.add_page_field(para)
    if doc.draft:
        for part in (section.first_page_header, header):
            mark = part.add_paragraph(style=document.styles[styles["page_number"]])
            mark.alignment = WD_ALIGN_PARAGRAPH.LEFT
            # The frame hugs the words (a paragraph border spans the paragraph's width).
            mark.paragraph_format.right_indent = Emu(max(0, width - Mm(32)))   # width: between the margins
            run = mark.add_run(DRAFT_TEXT)
            run.bold = True
            run.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
            oxml.box(mark)


def _borderless(document: Document, rows: int, widths: Sequence[Length]) -> DocxTable:
    table = document.add_table(rows=rows, cols=len(widths))
    oxml.set_table_borders(table, None)
    oxml.set_cell_margins(table, 0, 0)
    oxml.set_fixed_layout(table, widths)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    return table


def _cell_paragraph(cell, text: str, style: str, document: Document, first: bool = False):
    para = cell.paragraphs[0] if first else cell.add_paragraph()
    para.style = document.styles[style]
    _set_text(para, text)
    return para


def _set_text(para, text: str) -> None:
    """Text with line breaks kept as Word line breaks (not new paragraphs)."""
    lines = (nfc(text) or "").split("\n")
    run = para.add_run(lines[0])
    for line in lines[1:]:
        run.add_break()
        run.add_text(line)


def _rule(cell, document: Document, style: str, share: float, cell_width: Emu) -> None:
    """A short centred rule under a header line: an empty paragraph with a bottom border,
    narrowed by indents to `share` of the cell's width."""
    para = cell.add_paragraph(style=document.styles[style])
    side = Emu(int(cell_width * (1 - share) / 2))
    para.paragraph_format.left_indent = side
    para.paragraph_format.right_indent = side
    para.paragraph_format.space_after = Pt(0)
    fmt = para.paragraph_format
    fmt.line_spacing = Pt(2)
    oxml.bottom_rule(para)


def _points(length: Emu) -> float:
    return Emu(length).pt


def _letterhead(document: Document, doc: spec.OfficialDocument, styles: dict[str, str], width: Emu,
                measure: DocumentStyles) -> None:
    left_w = Emu(int(width * LEFT_COLUMN_SHARE))
    right_w = Emu(width - left_w)
    table = _borderless(document, 2, [left_w, right_w])
    left, right = table.cell(0, 0), table.cell(0, 1)
    parent = (nfc(doc.parent_body) or "").strip()
    first = True
    if parent:
        lines = letterhead_lines(parent.upper(), measure.parent_body, _points(left_w))
        _cell_paragraph(left, lines, styles["parent_body"], document, first=True)
        first = False
    body = letterhead_lines((nfc(doc.issuing_body) or "").upper(), measure.issuing_body, _points(left_w))
    _cell_paragraph(left, body, styles["issuing_body"], document, first=first)
    _rule(left, document, styles["issuing_body"], 0.35, left_w)
    _cell_paragraph(right, NATIONAL_TITLE, styles["national_title"], document, first=True)
    _cell_paragraph(right, MOTTO, styles["motto"], document)
    _rule(right, document, styles["motto"], 0.62, right_w)
    number = _cell_paragraph(table.cell(1, 0), number_line(doc.number, doc.symbol), styles["number"],
                             document, first=True)
    number.paragraph_format.space_before = Pt(4)
    date = _cell_paragraph(table.cell(1, 1), date_line(doc.place, doc.date), styles["date"], document, first=True)
    date.paragraph_format.space_before = Pt(4)


def _title(document: Document, doc: spec.OfficialDocument, styles: dict[str, str], width: Emu,
           measure: DocumentStyles) -> None:
    doc_type = (nfc(doc.doc_type) or "").strip()
    if doc_type:
        document.add_paragraph(doc_type.upper(), style=document.styles[styles["title"]])
    subject = (nfc(doc.subject) or "").strip()
    if subject:
        para = document.add_paragraph(style=document.styles[styles["subject"]])
        _set_text(para, balanced(subject, measure.subject, _points(width) * SUBJECT_MAX_SHARE))
        rule = document.add_paragraph(style=document.styles[styles["subject"]])
        rule.paragraph_format.left_indent = Mm(62)
        rule.paragraph_format.right_indent = Mm(62)
        rule.paragraph_format.line_spacing = Pt(2)
        oxml.bottom_rule(rule)


def _to_block(document: Document, doc: spec.OfficialDocument, styles: dict[str, str], width: Emu,
              measure: DocumentStyles) -> None:
    """ "Kính gửi:" with its recipients stacked to its right, the pair centred (as in the PDF)."""
    lines = recipient_lines(doc.recipients_to)
    if not lines:
        return
    spacer = document.add_paragraph()
    spacer.paragraph_format.space_after = Pt(6)
    label_pt = stringWidth(TO_LABEL, measure.to_label.fontName, measure.to_label.fontSize) + 6
    longest = max(stringWidth(line, measure.to_entry.fontName, measure.to_entry.fontSize) for line in lines)
    entries_pt = min(longest + 18,  # room for a wider substitute font
                      _points(width) * 0.85 - label_pt)
    table = _borderless(document, 1, [Pt(label_pt), Pt(entries_pt)])
    _cell_paragraph(table.cell(0, 0), TO_LABEL, styles["to"], document, first=True)
    cell = table.cell(0, 1)
    for i, line in enumerate(lines):
        _cell_paragraph(cell, line, styles["to"], document, first=(i == 0))


def _block(document: Document, block: spec.Block, styles: dict[str, str], width: Emu, rows_done: int,
           report: ProgressCallback, cancel: CancelToken | None) -> int:
    if isinstance(block, spec.Heading):
        key = {1: "heading1", 2: "heading2"}.get(block.level, "heading3")
        para = document.add_paragraph(style=document.styles[styles[key]])
        _set_text(para, block.text)
    elif isinstance(block, spec.Paragraph):
        para = document.add_paragraph(style=document.styles[styles["body"]])
        _set_text(para, block.text)
    elif isinstance(block, spec.Table):
        rows_done = _list_table(document, block, styles, width, rows_done, report, cancel)
    elif isinstance(block, spec.KeyValueTable):
        _key_value_table(document, block, styles, width)
    elif isinstance(block, spec.Spacer):
        para = document.add_paragraph()
        para.paragraph_format.space_after = Mm(block.height_mm)
    else:
        raise TypeError(f"not a document block: {type(block).__name__}")
    return rows_done


def _widths(weights: Sequence[float], width: Emu) -> list[Emu]:
    total = sum(weights) or 1.0
    return [Emu(int(width * w / total)) for w in weights]


def _list_table(document: Document, block: spec.Table, styles: dict[str, str], width: Emu, rows_done: int,
                report: ProgressCallback, cancel: CancelToken | None) -> int:
    """A gridded table: header row repeated on each page, rows that never split, numbers right."""
    columns = block.columns
    bold = build_styles(document_fonts()).fonts.bold
    widths = [Pt(w) for w in column_widths([c.width_weight for c in columns], _points(width),
                                           [c.title for c in columns], bold, block.font_size)]
    table = document.add_table(rows=1, cols=len(columns))
    oxml.set_table_borders(table, GRID_EIGHTHS)
    oxml.set_cell_margins(table, 3, 3, 1, 1)
    oxml.set_fixed_layout(table, widths)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    header = table.rows[0]
    oxml.repeat_as_header(header)
    oxml.cant_split(header)
    for cell, column in zip(header.cells, columns, strict=True):
        para = cell.paragraphs[0]
        para.style = document.styles[styles["table_header"]]
        _set_text(para, column.title)
    size = Pt(block.font_size) if block.font_size != 12 else None
    writer = _RowWriter(table, styles["table"], document, widths, size)
    rows = list(block.rows) if not isinstance(block.rows, list) else block.rows
    aligns = [_column_align(c, [r[i] for r in rows]) for i, c in enumerate(columns)]
    for row in rows:
        writer.add([cell_text(v, c.grouping) for v, c in zip(row, columns, strict=False)], aligns)
        rows_done += 1
        if rows_done % PROGRESS_EVERY == 0:
            if cancel is not None:
                cancel.raise_if_cancelled()
            report(rows_done, block.row_count or len(rows), "")
    if block.total_row is not None:
        writer.add([cell_text(v, c.grouping) for v, c in zip(block.total_row, columns, strict=False)],
                   aligns, bold=True)
    after = document.add_paragraph()
    after.paragraph_format.space_after = Pt(3)
    return rows_done


def _column_align(column: spec.Column, values: list[spec.CellValue]) -> str:
    if column.align:
        return column.align
    present = [v for v in values if v is not None and v != ""]
    return "right" if present and all(is_numeric(v) for v in present) else "left"


class _RowWriter:
    """Appends table rows as XML built from one template row: the cell properties (width) are
    copied, only the text differs."""

    _JC = {"left": "left", "right": "right", "center": "center"}

    def __init__(self, table: DocxTable, style: str, document: Document, widths: Sequence[Length],
                 size: Pt | None):
        self.tbl = table._tbl
        self.style_id = document.styles[style].style_id
        self.widths = [str(int(Emu(w).twips)) for w in widths]
        self.size = str(int(size.pt * 2)) if size is not None else None

    def add(self, texts: Sequence[str], aligns: Sequence[str], bold: bool = False) -> None:
        tr = OxmlElement("w:tr")
        tr_pr = OxmlElement("w:trPr")
        cant = OxmlElement("w:cantSplit")
        cant.set(qn("w:val"), "true")
        tr_pr.append(cant)
        tr.append(tr_pr)
        for text, align, width in zip(texts, aligns, self.widths, strict=False):
            tc = OxmlElement("w:tc")
            tc_pr = OxmlElement("w:tcPr")
            tc_w = OxmlElement("w:tcW")
            tc_w.set(qn("w:w"), width)
            tc_w.set(qn("w:type"), "dxa")
            tc_pr.append(tc_w)
            tc.append(tc_pr)
            tc.append(self._paragraph(text, align, bold))
            tr.append(tc)
        self.tbl.append(tr)

    def _paragraph(self, text: str, align: str, bold: bool):
        p = OxmlElement("w:p")
        p_pr = OxmlElement("w:pPr")
        p_style = OxmlElement("w:pStyle")
        p_style.set(qn("w:val"), self.style_id)
        p_pr.append(p_style)
        if align != "left":
            jc = OxmlElement("w:jc")
            jc.set(qn("w:val"), self._JC.get(align, "left"))
            p_pr.append(jc)
        p.append(p_pr)
        if text:
            r = OxmlElement("w:r")
            if bold or self.size:
                r_pr = OxmlElement("w:rPr")
                if bold:
                    r_pr.append(OxmlElement("w:b"))
                if self.size:
                    sz = OxmlElement("w:sz")
                    sz.set(qn("w:val"), self.size)
                    r_pr.append(sz)
                r.append(r_pr)
            for i, line in enumerate(text.split("\n")):
                if i:
                    r.append(OxmlElement("w:br"))
                t = OxmlElement("w:t")
                t.set(qn("xml:space"), "preserve")
                t.text = line
                r.append(t)
            p.append(r)
        return p


def _key_value_table(document: Document, block: spec.KeyValueTable, styles: dict[str, str], width: Emu) -> None:
    if not block.rows:
        return
    widths = _widths([block.label_weight, 1 - block.label_weight], width)
    table = document.add_table(rows=0, cols=2)
    oxml.set_table_borders(table, GRID_EIGHTHS)
    oxml.set_cell_margins(table, 3, 3, 1, 1)
    for label, value in block.rows:
        row = table.add_row()
        oxml.cant_split(row)
        label_para = row.cells[0].paragraphs[0]
        label_para.style = document.styles[styles["table"]]
        run = label_para.add_run(nfc(label) or "")
        run.bold = True
        value_para = row.cells[1].paragraphs[0]
        value_para.style = document.styles[styles["table"]]
        _set_text(value_para, cell_text(value))
    oxml.set_fixed_layout(table, widths)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    document.add_paragraph().paragraph_format.space_after = Pt(3)


def _keep_last_block_with_signature(document: Document, doc: spec.OfficialDocument) -> None:
    """A signature must not stand alone on a page: the last paragraphs before it keep with it
    (Word's "Keep with next"), as the PDF keeps its last block with the signature. A long table
    is not held (it would move pages of rows, not just the signature)."""
    if doc.signature is None or not doc.blocks or isinstance(doc.blocks[-1], spec.Table):
        return
    body = document.element.body
    kept = 0
    for el in reversed([el for el in body if el.tag != qn("w:sectPr")]):
        if el.tag != qn("w:p"):
            break
        p_pr = el.get_or_add_pPr()
        keep = p_pr.find(qn("w:keepNext"))
        if keep is None:
            p_pr.append(OxmlElement("w:keepNext"))
        kept += 1
        if kept >= 2:
            break


def _closing(document: Document, doc: spec.OfficialDocument, styles: dict[str, str], width: Emu) -> None:
    sig = doc.signature
    if sig is None and not doc.copies_block:
        return
    half = Emu(width // 2)
    table = _borderless(document, 1, [half, Emu(width - half)])
    oxml.cant_split(table.rows[0])
    copies, sign = table.cell(0, 0), table.cell(0, 1)
    for cell in (copies, sign):
        cell.paragraphs[0].paragraph_format.space_before = Mm(4)
    if doc.copies_block:
        _cell_paragraph(copies, COPIES_HEADING, styles["copies_heading"], document, first=True)
        for line in copies_lines(doc.copies_to):
            _cell_paragraph(copies, line, styles["copies_entry"], document)
    if sig is not None:
        first = True
        if sig.mode_line and nfc(sig.mode_line).strip():
            _cell_paragraph(sign, sig.mode_line.upper(), styles["sign"], document, first=True)
            first = False
        _cell_paragraph(sign, (nfc(sig.title) or "").upper(), styles["sign"], document, first=first)
        space = sign.add_paragraph()
        space.paragraph_format.space_after = Mm(sig.signing_space_mm)  # signature and seal go here
        _cell_paragraph(sign, sig.name, styles["sign_name"], document)


def _drop_leading_empty_paragraph(document: Document) -> None:
    """python-docx starts from a template whose body may hold an empty paragraph before ours."""
    body = document.element.body
    first = body[0] if len(body) else None
    if first is not None and first.tag == qn("w:p") and not "".join(first.itertext()).strip():
        body.remove(first)


__all__ = ["render_docx"]
