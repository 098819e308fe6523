"""One document description, rendered as PDF or Word by the file's extension."""
from __future__ import annotations

import io

import docx

from dnnd_desktop.exchange.documents import DOCUMENT_SUFFIXES, is_document_file, render_document
from dnnd_desktop.exchange.pdf.samples import sample_report


def test_the_extension_chooses_the_format(tmp_path):
    render_document(sample_report(), tmp_path / "a.pdf")
    render_document(sample_report(), tmp_path / "a.DOCX")
    assert (tmp_path / "a.pdf").read_bytes().startswith(b"%PDF-")
    assert "BÁO CÁO" in [p.text for p in docx.Document(str(tmp_path / "a.DOCX")).paragraphs]


def test_streams_take_the_suffix_given_and_default_to_pdf():
    buf = io.BytesIO()
    render_document(sample_report(), buf, suffix=".docx")
    assert buf.getvalue().startswith(b"PK")
    buf = io.BytesIO()
    render_document(sample_report(), buf)
    assert buf.getvalue().startswith(b"%PDF-")


def test_known_suffixes():
    assert DOCUMENT_SUFFIXES == (".pdf", ".docx")
    assert is_document_file("x.Docx") and not is_document_file("x.xlsx")
