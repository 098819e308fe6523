"""Every font in every PDF is embedded, and no table header wraps inside a word."""
from __future__ import annotations

import io

from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from dnnd_desktop.exchange.pdf import Column, KeyValueTable, OfficialDocument, Table, document_fonts, render_pdf
from dnnd_desktop.exchange.pdf.samples import sample_list, sample_report
from dnnd_desktop.exchange.pdf.tables import H_PAD, column_widths


def _fonts(pdf: bytes) -> dict[str, bool]:
    """Base font name -> embedded, over every page's resources."""
    out = {}
    for page in PdfReader(io.BytesIO(pdf)).pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.get_object().values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            out[str(font["/BaseFont"])] = any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
    return out


def _render(doc) -> bytes:
    buf = io.BytesIO()
    render_pdf(doc, buf)
    return buf.getvalue()


def test_every_font_of_every_kind_of_document_is_embedded():
    draft = sample_report()
    draft.draft = True
    sheet = OfficialDocument(issuing_body="Ủy ban MTTQ Việt Nam xã Y Tý", doc_type="PHIẾU THÔNG TIN",
                             blocks=[KeyValueTable([("Họ và tên", "Sùng A Páo")])])
    for doc in (sample_report(), draft, sample_list(60), sheet):
        fonts = _fonts(_render(doc))
        assert fonts and all(fonts.values()), fonts
        assert not any("Helvetica" in name for name in fonts)


def test_a_narrow_column_is_widened_to_its_longest_header_word():
    fonts = document_fonts()
    titles = ["STT", "Họ và tên chủ hộ", "Năm sinh", "Thôn, bản", "Số điện thoại"]
    widths = column_widths([0.25, 3, 1, 2, 1.5], 500, titles, fonts.bold, 12)
    assert abs(sum(widths) - 500) < 0.01
    for width, title in zip(widths, titles, strict=True):
        longest = max(stringWidth(w, fonts.bold, 12) for w in title.split())
        assert width >= longest + 2 * H_PAD
    plain = column_widths([0.25, 3, 1, 2, 1.5], 500)
    assert widths[0] > plain[0] and widths[1] < plain[1]  # taken from a column that could spare it


def test_stt_header_prints_on_one_line():
    doc = OfficialDocument(issuing_body="X", blocks=[Table(
        [Column("STT", 0.2, "center"), Column("Họ và tên", 3), Column("Ghi chú", 3)],
        [[1, "Nguyễn Văn A", ""]])])
    from pypdf import PdfReader as Reader

    text = Reader(io.BytesIO(_render(doc))).pages[0].extract_text()
    assert "STT" in text
