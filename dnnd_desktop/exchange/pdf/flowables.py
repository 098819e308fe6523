"""Small building blocks: NFC-safe paragraphs and the short centred rules of the header."""
from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable
from reportlab.platypus import Paragraph as RLParagraph

from dnnd_desktop.domain.messages import Text, render
from dnnd_desktop.domain.text import nfc

RULE_THICKNESS = 0.6  # points: a fine solid line, as printed on official letterheads


def markup(text: Text | None) -> str:
    """Plain text -> paragraph markup: NFC, XML-escaped (a "&" or "<" in a name must print as is),
    newlines kept as line breaks. A catalogue text prints in Vietnamese: documents are Vietnamese."""
    return escape(nfc(render(text, "vi")) or "").replace("\n", "<br/>")


def para(text: Text | None, style: ParagraphStyle) -> RLParagraph:
    return RLParagraph(markup(text), style)


class CentredRule(Flowable):
    """A horizontal rule of a fixed length centred in whatever width it is given.

    Takes the full available width so it centres under the centred text of the same cell.
    """

    def __init__(self, length: float, space_above: float = 1.5, space_below: float = 4.0):
        super().__init__()
        self.length = length
        self.space_above = space_above
        self.space_below = space_below
        self._avail = length

    def wrap(self, availWidth, availHeight):
        self._avail = availWidth
        return availWidth, self.space_above + self.space_below

    def draw(self):
        x0 = max(0.0, (self._avail - self.length) / 2)
        y = self.space_below
        self.canv.saveState()
        self.canv.setLineWidth(RULE_THICKNESS)
        self.canv.line(x0, y, x0 + min(self.length, self._avail), y)
        self.canv.restoreState()
