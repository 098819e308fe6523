"""The "DỰ THẢO" (draft) marks: a printed draft must never pass for the signed document.

Drawn on every page when the page begins, so the grey diagonal lies under the text and never
hides it; the boxed mark sits in the top margin at the left, where offices stamp drafts.
"""
from __future__ import annotations

import math

from .fonts import DocumentFonts

DRAFT_TEXT = "DỰ THẢO"
BOX_SIZE = 13  # points: the boxed mark, as large as the page number beside it
BOX_PAD = 3.0
BOX_LINE = 0.8
WATERMARK_GREY = 0.86  # light enough to read the text through, dark enough to print
WATERMARK_SHARE = 0.7  # the diagonal word spans this share of the page diagonal


def draw_draft_marks(canvas, fonts: DocumentFonts, pagesize: tuple[float, float],
                     margin_left: float, margin_top: float) -> None:
    width, height = pagesize
    canvas.saveState()
    # Boxed mark, top-left in the top margin, on the page number's baseline.
    baseline = height - margin_top / 2 - 4
    text_w = canvas.stringWidth(DRAFT_TEXT, fonts.bold, BOX_SIZE)
    canvas.setFont(fonts.bold, BOX_SIZE)
    canvas.drawString(margin_left + BOX_PAD, baseline, DRAFT_TEXT)
    canvas.setLineWidth(BOX_LINE)
    canvas.rect(margin_left, baseline - BOX_PAD - 0.22 * BOX_SIZE, text_w + 2 * BOX_PAD,
                BOX_SIZE + 2 * BOX_PAD, stroke=1, fill=0)
    # Light grey diagonal across the middle of the page, under everything drawn after it.
    angle = math.degrees(math.atan2(height, width))
    size = WATERMARK_SHARE * math.hypot(width, height) / max(
        1.0, canvas.stringWidth(DRAFT_TEXT, fonts.bold, 1))
    canvas.translate(width / 2, height / 2)
    canvas.rotate(angle)
    canvas.setFillGray(WATERMARK_GREY)
    canvas.setFont(fonts.bold, size)
    canvas.drawCentredString(0, -size * 0.35, DRAFT_TEXT)
    canvas.restoreState()


__all__ = ["DRAFT_TEXT", "draw_draft_marks"]
