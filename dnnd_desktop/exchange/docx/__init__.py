"""Official documents as Word files (.docx) with the same content and layout as their PDF."""
from .official_document import render_docx

__all__ = ["render_docx"]
