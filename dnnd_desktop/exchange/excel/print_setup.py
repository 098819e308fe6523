"""How an exported list prints: A4, fitted to the page width (as many pages down as needed), in
landscape when the columns are wider than a portrait page, the header row repeated on every page,
and a footer naming the office, the list and "Trang &P/&N" (page P of N).

Files the office keeps or sends are Vietnamese whatever the UI language, so the footer is too.
Must be applied before the first row of a write-only sheet is written (the sheet properties
holding "fit to page" are written at its start).
"""
from __future__ import annotations

from collections.abc import Sequence

from openpyxl.worksheet.worksheet import Worksheet

# Roughly what fits across an A4 page at 100% in Excel's column-width units (default margins).
PORTRAIT_WIDTH = 90.0
_FOOTER_PART_MAX = 80   # Excel refuses header/footer texts over 255 characters in all


def _footer_text(text: str) -> str:
    text = " ".join(text.split())
    if len(text) > _FOOTER_PART_MAX:
        text = text[:_FOOTER_PART_MAX - 1] + "…"
    return text.replace("&", "&&")   # "&" starts a footer code


def is_wide(widths: Sequence[float]) -> bool:
    return sum(widths) > PORTRAIT_WIDTH


def set_up_printing(ws: Worksheet, widths: Sequence[float], *, header_rows: tuple[int, int],
                    office: str = "", title: str = "") -> None:
    """Page setup of a list sheet; `header_rows` (first, last, 1-based) repeat on every page."""
    ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    ws.page_setup.orientation = Worksheet.ORIENTATION_LANDSCAPE if is_wide(widths) else Worksheet.ORIENTATION_PORTRAIT
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0   # as many pages down as the list needs
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top, ws.page_margins.bottom = 0.6, 0.7
    first, last = header_rows
    ws.print_title_rows = f"{first}:{last}"
    footer = ws.oddFooter
    if office:
        footer.left.text = _footer_text(office)
        footer.left.size = 8
    if title:
        footer.center.text = _footer_text(title)
        footer.center.size = 8
    footer.right.text = "Trang &P/&N"
    footer.right.size = 8
