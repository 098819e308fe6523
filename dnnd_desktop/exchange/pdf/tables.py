"""Gridded tables for lists and reports, and label/value tables for record sheets.

Speed matters (a 2,000-row list must lay out in about a second), so a cell is drawn as a plain
string unless its text is wider than its column; only those become wrapping paragraphs.
"""
from __future__ import annotations

from collections.abc import Callable

from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import LongTable, TableStyle
from reportlab.platypus import Paragraph as RLParagraph

from .document_spec import KeyValueTable, Table
from .flowables import markup
from .fonts import DocumentFonts
from .wording import cell_text, is_numeric

H_PAD = 3.0
V_PAD_TOP = 2.0
V_PAD_BOTTOM = 3.0
GRID_WIDTH = 0.5
SPACE_AROUND = 9.0  # points between a table and the text above and below it
LEADING_FACTOR = 1.2
CANCEL_CHECK_EVERY = 25  # rows between progress reports; cancel is checked on every row

# No glyph a list uses is wider than 1 em, so a text this short surely fits without measuring.
_MAX_GLYPH_EM = 1.0

RowDone = Callable[[int], None]  # called with the count of rows prepared so far


class ListTable(LongTable):
    """LongTable whose plain-text cells all go into one PDF text object per drawn piece.

    reportlab draws each string cell with its own text object (BT … ET, font, position): about
    half of a report's drawing time. Here they share one, emitted after the piece's paragraphs
    and grid; empty cells (a report's breakdown rows leave number and unit blank) cost nothing.
    """

    _text = None

    def draw(self):
        self._text = self.canv.beginText()
        self._text_state = None
        try:
            super().draw()
            self.canv.drawText(self._text)
        finally:
            self._text = None

    def _drawCell(self, cellval, cellstyle, pos, size):  # noqa: N802 - reportlab's name
        t = self._text
        if (t is None or not isinstance(cellval, str) or cellstyle.href or cellstyle.destination
                or cellstyle.direction or cellstyle.shaping or cellstyle.valign not in ("TOP", "MIDDLE", "BOTTOM")
                or cellstyle.alignment not in ("LEFT", "RIGHT", "CENTER", "CENTRE")):
            return super()._drawCell(cellval, cellstyle, pos, size)
        if cellval == "":
            return None
        (colpos, rowpos), (colwidth, rowheight) = pos, size
        font, fontsize, leading = cellstyle.fontname, cellstyle.fontsize, cellstyle.leading
        state = (font, fontsize, leading, cellstyle.color)
        if state != self._text_state:
            t.setFont(font, fontsize, leading)
            t.setFillColor(cellstyle.color)
            self._text_state = state
        lines = cellval.split("\n")
        if cellstyle.valign == "BOTTOM":
            y = rowpos + cellstyle.bottomPadding + len(lines) * leading - fontsize
        elif cellstyle.valign == "TOP":
            y = rowpos + rowheight - cellstyle.topPadding - fontsize
        else:
            y = rowpos + (cellstyle.bottomPadding + rowheight - cellstyle.topPadding
                          + len(lines) * leading) / 2.0 - fontsize
        just = cellstyle.alignment
        for line in lines:
            if just == "LEFT":
                x = colpos + cellstyle.leftPadding
            else:
                w = stringWidth(line, font, fontsize)
                if just == "RIGHT":
                    x = colpos + colwidth - cellstyle.rightPadding - w
                else:
                    x = colpos + (colwidth + cellstyle.leftPadding - cellstyle.rightPadding - w) * 0.5
            t.setTextOrigin(x, y)
            t.textOut(line)
            y -= leading
        return None


class _CellStyles:
    """Paragraph styles for wrapped cells, made once per table and alignment."""

    def __init__(self, fonts: DocumentFonts, size: float):
        self._fonts, self._size = fonts, size
        self._cache: dict[tuple[str, bool], ParagraphStyle] = {}

    def get(self, align: str, bold: bool = False) -> ParagraphStyle:
        key = (align, bold)
        if key not in self._cache:
            self._cache[key] = ParagraphStyle(
                f"cell_{align}_{bold}",
                fontName=self._fonts.bold if bold else self._fonts.regular,
                fontSize=self._size, leading=self._size * LEADING_FACTOR,
                alignment={"left": TA_LEFT, "right": TA_RIGHT, "center": TA_CENTER}[align])
        return self._cache[key]


def _fits(text: str, font: str, size: float, avail: float) -> bool:
    if len(text) * size * _MAX_GLYPH_EM <= avail:
        return True
    return all(stringWidth(line, font, size) <= avail for line in text.split("\n"))


def _cell(text: str, align: str, font: str, size: float, avail: float,
          styles: _CellStyles, bold: bool = False):
    if _fits(text, font, size, avail):
        return text
    return RLParagraph(markup(text), styles.get(align, bold))


START_ROWS = 3  # body rows a heading must have below it on its page (with the table header)


def _rows_height(rows: list[list], avail: list[float], leading: float, v_pad: float) -> float:
    """Height of `rows` as the table will draw them: the tallest cell of each row plus padding."""
    total = 0.0
    for row in rows:
        tallest = 0.0
        for value, width in zip(row, avail, strict=False):
            if isinstance(value, str):
                h = (value.count("\n") + 1) * leading
            else:
                h = value.wrap(width, 10_000)[1]
            tallest = max(tallest, h)
        total += tallest + v_pad
    return total


def table_start_height(table: LongTable) -> float:
    """Room a table needs to begin on a page: space before, header and START_ROWS body rows."""
    return getattr(table, "start_height", 0.0) + table.getSpaceBefore()


def _padded(row, ncols: int) -> list:
    """A row cut or padded with blanks to the number of columns (short rows are common)."""
    values = list(row)[:ncols]
    return values + [None] * (ncols - len(values))


def column_widths(weights: list[float], width: float, titles: list[str] | None = None,
                  font: str | None = None, size: float = 12) -> list[float]:
    """Widths in proportion to `weights`; with `titles`, no column is narrower than the widest
    word of its header (bold `font` at `size`, plus padding), so "STT" never wraps to "ST/T":
    what a narrow column lacks is taken from the others in proportion to what they can spare."""
    total = sum(max(w, 0.0) for w in weights) or float(len(weights))
    widths = [width * (max(w, 0.0) or (total / len(weights))) / total for w in weights]
    if not titles or font is None:
        return widths
    need = [max((stringWidth(word, font, size) for word in (title or "").split()), default=0.0)
            + 2 * H_PAD + 1 for title in titles]
    lacking = sum(max(n - w, 0.0) for n, w in zip(need, widths, strict=True))
    spare = [max(w - n, 0.0) for n, w in zip(need, widths, strict=True)]
    if lacking <= 0 or sum(spare) < lacking:
        return widths  # nothing to fix, or the page is too narrow for every header word
    share = lacking / sum(spare)
    return [max(n, w - s * share) if n <= w else n for n, w, s in zip(need, widths, spare, strict=True)]


def list_table(spec: Table, width: float, fonts: DocumentFonts, row_done: RowDone,
               table_class: type[LongTable] = ListTable) -> tuple[LongTable, int]:
    """The reportlab table for `spec` and its number of body rows (without header and total)."""
    ncols = len(spec.columns)
    size = spec.font_size
    widths = column_widths([c.width_weight for c in spec.columns], width,
                           [c.title for c in spec.columns], fonts.bold, size)
    avail = [w - 2 * H_PAD for w in widths]
    styles = _CellStyles(fonts, size)
    regular, bold = fonts.regular, fonts.bold

    header = [RLParagraph(markup(c.title), styles.get("center", bold=True)) for c in spec.columns]
    data: list[list] = [header]
    # Columns without an explicit alignment: right if every value in them is a number.
    all_numeric = [c.align is None for c in spec.columns]
    seen_value = [False] * ncols
    groupings = [c.grouping for c in spec.columns]

    for n, row in enumerate(spec.rows, start=1):
        values = _padded(row, ncols)
        cells = []
        for i, value in enumerate(values):
            col_align = spec.columns[i].align
            if value is not None and value != "":
                seen_value[i] = True
                if not is_numeric(value):
                    all_numeric[i] = False
            align = col_align or ("right" if is_numeric(value) else "left")
            cells.append(_cell(cell_text(value, groupings[i]), align, regular, size, avail[i], styles))
        data.append(cells)
        row_done(n)
    body_rows = len(data) - 1

    commands = [
        ("FONT", (0, 0), (-1, -1), regular, size, size * LEADING_FACTOR),
        ("GRID", (0, 0), (-1, -1), GRID_WIDTH, (0, 0, 0)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), H_PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), H_PAD),
        ("TOPPADDING", (0, 0), (-1, -1), V_PAD_TOP),
        ("BOTTOMPADDING", (0, 0), (-1, -1), V_PAD_BOTTOM),
    ]
    for i, col in enumerate(spec.columns):
        align = col.align or ("right" if all_numeric[i] and seen_value[i] else "left")
        commands.append(("ALIGN", (i, 1), (i, -1), align.upper()))

    if spec.total_row is not None:
        values = _padded(spec.total_row, ncols)
        data.append([
            _cell(cell_text(v, groupings[i]), spec.columns[i].align or ("right" if is_numeric(v) else "center"),
                  bold, size, avail[i], styles, bold=True)
            for i, v in enumerate(values)])
        commands.append(("FONT", (0, -1), (-1, -1), bold, size, size * LEADING_FACTOR))
        for i, v in enumerate(values):
            if spec.columns[i].align is None and not is_numeric(v):
                commands.append(("ALIGN", (i, -1), (i, -1), "CENTER"))

    table = table_class(data, colWidths=widths, repeatRows=1, splitByRow=1, splitInRow=1,
                        hAlign="CENTER", spaceBefore=SPACE_AROUND, spaceAfter=SPACE_AROUND)
    table.setStyle(TableStyle(commands))
    table.start_height = _rows_height(data[:1 + START_ROWS], avail, size * LEADING_FACTOR,
                                      V_PAD_TOP + V_PAD_BOTTOM)
    return table, body_rows


def key_value_table(spec: KeyValueTable, width: float, fonts: DocumentFonts) -> LongTable:
    """Two columns, label in bold; values always wrap (a record sheet has few rows)."""
    size = spec.font_size
    widths = column_widths([spec.label_weight, 1 - spec.label_weight], width)
    styles = _CellStyles(fonts, size)
    data = [[RLParagraph(markup(label), styles.get("left", bold=True)),
             RLParagraph(markup(cell_text(value)), styles.get("left"))]
            for label, value in spec.rows]
    table = LongTable(data, colWidths=widths, splitByRow=1, splitInRow=1, hAlign="CENTER",
                      spaceBefore=SPACE_AROUND, spaceAfter=SPACE_AROUND)
    table.start_height = _rows_height(data[:START_ROWS], [w - 2 * (H_PAD + 1) for w in widths],
                                      size * LEADING_FACTOR, V_PAD_TOP + V_PAD_BOTTOM + 2)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), fonts.regular),  # no default Helvetica (see closing.py)
        ("GRID", (0, 0), (-1, -1), GRID_WIDTH, (0, 0, 0)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), H_PAD + 1),
        ("RIGHTPADDING", (0, 0), (-1, -1), H_PAD + 1),
        ("TOPPADDING", (0, 0), (-1, -1), V_PAD_TOP + 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), V_PAD_BOTTOM + 1),
    ]))
    return table
