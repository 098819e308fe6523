"""The few WordprocessingML settings python-docx has no API for, as small helpers.

Each one sets what a clerk would set in Word's own dialogs (table borders, "repeat as header
row", "different first page", a PAGE field), so the file stays ordinary to edit.
"""
from __future__ import annotations

from collections.abc import Sequence

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Emu, Length, Pt
from docx.table import Table, _Row
from docx.text.paragraph import Paragraph

_SIDES = ("top", "left", "bottom", "right", "insideH", "insideV")


def _child(parent, tag: str):
    """The child `tag` of `parent`, created (appended) when missing."""
    found = parent.find(qn(tag))
    if found is None:
        found = OxmlElement(tag)
        parent.append(found)
    return found


def set_table_borders(table: Table, size_eighths: int | None) -> None:
    """Single lines of `size_eighths`/8 pt on every edge, or none at all (None): Word's
    Borders dialog, so the letterhead is a borderless table and lists are gridded."""
    tbl_pr = table._tbl.tblPr
    old = tbl_pr.find(qn("w:tblBorders"))
    if old is not None:
        tbl_pr.remove(old)
    borders = OxmlElement("w:tblBorders")
    for side in _SIDES:
        el = OxmlElement(f"w:{side}")
        if size_eighths is None:
            el.set(qn("w:val"), "nil")
        else:
            el.set(qn("w:val"), "single")
            el.set(qn("w:sz"), str(size_eighths))
            el.set(qn("w:space"), "0")
            el.set(qn("w:color"), "000000")
        borders.append(el)
    tbl_pr.append(borders)


def set_cell_margins(table: Table, left_pt: float, right_pt: float, top_pt: float = 0,
                     bottom_pt: float = 0) -> None:
    tbl_pr = table._tbl.tblPr
    old = tbl_pr.find(qn("w:tblCellMar"))
    if old is not None:
        tbl_pr.remove(old)
    mar = OxmlElement("w:tblCellMar")
    for side, value in (("top", top_pt), ("left", left_pt), ("bottom", bottom_pt), ("right", right_pt)):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:w"), str(int(value * 20)))
        el.set(qn("w:type"), "dxa")
        mar.append(el)
    tbl_pr.append(mar)


def set_fixed_layout(table: Table, widths: Sequence[Length]) -> None:
    """Column widths as given (Word otherwise re-fits columns to their text when it opens)."""
    table.autofit = False
    tbl_pr = table._tbl.tblPr
    layout = _child(tbl_pr, "w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    grid = table._tbl.tblGrid
    for col, width in zip(grid.findall(qn("w:gridCol")), widths, strict=True):
        col.set(qn("w:w"), str(int(Emu(width).twips)))
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = width


def repeat_as_header(row: _Row) -> None:
    """Word's "Repeat as header row at the top of each page"."""
    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def cant_split(row: _Row) -> None:
    """Word's "Allow row to break across pages" off: a short row never splits."""
    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:cantSplit")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def centre_table(table: Table) -> None:
    jc = _child(table._tbl.tblPr, "w:jc")
    jc.set(qn("w:val"), "center")


def add_page_field(paragraph: Paragraph) -> None:
    """A PAGE field: Word shows the page's number and keeps it right when pages move."""
    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    shown = OxmlElement("w:t")
    shown.text = "2"
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    for el in (begin, instr, separate, shown, end):
        run._r.append(el)


def bottom_rule(paragraph: Paragraph, size_eighths: int = 6) -> None:
    """A line under the paragraph, as wide as the paragraph (narrowed by its indents)."""
    p_pr = paragraph._p.get_or_add_pPr()
    borders = _child(p_pr, "w:pBdr")
    bottom = OxmlElement("w:bottom")
    bottom.set(qn("w:val"), "single")
    bottom.set(qn("w:sz"), str(size_eighths))
    bottom.set(qn("w:space"), "1")
    bottom.set(qn("w:color"), "000000")
    borders.append(bottom)


def box(paragraph: Paragraph, size_eighths: int = 6) -> None:
    """A frame around the paragraph's text (the boxed "DỰ THẢO" mark)."""
    p_pr = paragraph._p.get_or_add_pPr()
    borders = _child(p_pr, "w:pBdr")
    for side in ("top", "left", "bottom", "right"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), str(size_eighths))
        el.set(qn("w:space"), "2")
        el.set(qn("w:color"), "000000")
        borders.append(el)


def set_run_fonts(r_pr, family: str) -> None:
    """The same family for Latin, complex-script and East Asian text: Vietnamese letters with
    stacked marks otherwise fall back to another font in some Word versions."""
    fonts = _child(r_pr, "w:rFonts")
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), family)


def set_language(r_pr, tag: str = "vi-VN") -> None:
    lang = _child(r_pr, "w:lang")
    lang.set(qn("w:val"), tag)


def keep_with_next(paragraph: Paragraph) -> None:
    paragraph.paragraph_format.keep_with_next = True


__all__ = [
    "Pt", "add_page_field", "bottom_rule", "box", "cant_split", "centre_table", "keep_with_next",
    "repeat_as_header", "set_cell_margins", "set_fixed_layout", "set_language", "set_run_fonts",
    "set_table_borders",
]
