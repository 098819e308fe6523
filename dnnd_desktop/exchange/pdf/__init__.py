"""Official documents (Decree 30/2020/NĐ-CP, Appendix I) as PDF: describe one with the plain
dataclasses of `document_spec`, render it with `render_pdf`."""
from .document_spec import (
    Block,
    Column,
    Heading,
    KeyValueTable,
    OfficialDocument,
    Paragraph,
    Signature,
    Spacer,
    Table,
)
from .fonts import DocumentFonts, document_fonts
from .official_document import render_pdf

__all__ = [
    "Block", "Column", "DocumentFonts", "Heading", "KeyValueTable", "OfficialDocument",
    "Paragraph", "Signature", "Spacer", "Table", "document_fonts", "render_pdf",
]
