"""The end of a document: "Nơi nhận:" in the left half and the signature block in the right half,
both starting on the same line as Decree 30 places them."""
from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from dnnd_desktop.domain.text import nfc

from .document_spec import OfficialDocument
from .flowables import para
from .styles import DocumentStyles
from .wording import COPIES_HEADING, copies_lines


def signature_cell(doc: OfficialDocument, st: DocumentStyles) -> list[Flowable]:
    sig = doc.signature
    if sig is None:
        return []
    out: list[Flowable] = []
    if sig.mode_line and nfc(sig.mode_line).strip():
        out.append(para(sig.mode_line.upper(), st.sign))
    out.append(para((nfc(sig.title) or "").upper(), st.sign))
    out.append(Spacer(1, sig.signing_space_mm * mm))  # the hand signature and the seal go here
    out.append(para(sig.name, st.sign_name))
    return out


def copies_cell(doc: OfficialDocument, st: DocumentStyles) -> list[Flowable]:
    return [para(COPIES_HEADING, st.copies_heading)] + [
        para(line, st.copies_entry) for line in copies_lines(doc.copies_to)]


def closing_block(doc: OfficialDocument, st: DocumentStyles, width: float) -> Table | None:
    """None when there is nothing to sign and no copies block was asked for."""
    sign = signature_cell(doc, st)
    copies = copies_cell(doc, st) if doc.copies_block else []
    if not sign and not copies:
        return None
    table = Table([[copies, sign]], colWidths=[width * 0.5, width * 0.5], hAlign="CENTER")
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
    table.spaceBefore = 4 * mm
    return table
