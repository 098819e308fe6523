"""Official documents as Word files: the same content as the PDF, in styles a clerk keeps editing."""
from __future__ import annotations

import datetime as dt
import shutil
import subprocess

import docx
import pytest
from docx.oxml.ns import qn

from dnnd_desktop.domain.errors import Cancelled
from dnnd_desktop.domain.progress import CancelToken
from dnnd_desktop.exchange.docx import render_docx
from dnnd_desktop.exchange.pdf import Column, Heading, KeyValueTable, OfficialDocument, Signature, Table
from dnnd_desktop.exchange.pdf.samples import sample_list, sample_report
from dnnd_desktop.exchange.pdf.wording import copies_lines, date_line, number_line


def _all_text(document) -> list[str]:
    """Every paragraph's text, in the body, its tables (nested too) and the headers."""
    out: list[str] = []

    def walk(container):
        for p in container.paragraphs:
            out.append(p.text)
        for table in getattr(container, "tables", []):
            for row in table.rows:
                for cell in row.cells:
                    walk(cell)

    walk(document)
    return out


_FONT_ATTRS = {qn("w:ascii"), qn("w:hAnsi"), qn("w:cs"), qn("w:eastAsia")}


def _fonts_used(path) -> set[str]:
    """Font families of the document defaults, of every style the text uses (and the styles
    they are based on), and of the runs themselves; theme fonts count as their attribute."""
    document = docx.Document(str(path))
    elements = [document.styles.element.find(qn("w:docDefaults"))]
    seen_styles = set()
    paragraphs = [p for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                paragraphs += cell.paragraphs
    for section in document.sections:
        paragraphs += section.header.paragraphs + section.first_page_header.paragraphs
    for p in paragraphs:
        style = p.style
        while style is not None and style.name not in seen_styles:
            seen_styles.add(style.name)
            elements.append(style.element)
            style = style.base_style
        elements.append(p._p)
    names = set()
    for element in elements:
        for el in element.iter(qn("w:rFonts")):
            names |= {v for k, v in el.attrib.items() if k in _FONT_ATTRS}
            names |= {"theme:" + v for k, v in el.attrib.items() if k.endswith("Theme")}
    return names


def test_report_says_what_the_pdf_says(tmp_path):
    doc = sample_report()
    path = tmp_path / "bao-cao.docx"
    render_docx(doc, path)
    text = _all_text(docx.Document(str(path)))
    joined = " ".join(" ".join(text).split())  # header lines are broken as in the PDF
    expected = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                number_line(doc.number, doc.symbol), date_line(doc.place, doc.date), "BÁO CÁO",
                "Kính gửi:", "Nơi nhận:", "TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH", "Lò Văn Thắng",
                doc.parent_body.upper(), doc.issuing_body.upper(), *copies_lines(doc.copies_to)]
    for block in doc.blocks:
        if hasattr(block, "text"):
            expected.append(block.text)
    for line in expected:
        assert " ".join(line.split()) in joined, line
    assert "Số: 05/BC-MTTQ" in text  # the number gets its leading zero as in the PDF


def test_tables_are_real_word_tables_with_a_repeating_header(tmp_path):
    path = tmp_path / "danh-sach.docx"
    doc = sample_list(250)
    render_docx(doc, path)
    document = docx.Document(str(path))
    lists = [t for t in document.tables if len(t.columns) == 8]
    assert len(lists) == 1
    table = lists[0]
    assert len(table.rows) == 251  # header + one row per record
    header = table.rows[0]
    assert header._tr.trPr.find(qn("w:tblHeader")) is not None
    assert [c.text for c in header.cells] == [c.title for c in doc.blocks[0].columns]
    assert table.rows[1].cells[1].text == doc.blocks[0].rows[0][1]
    assert table.rows[12].cells[6].text == "13.580.237"  # grouped like the PDF: (11*1234567) % 5e7
    # numbers right-aligned, as printed
    jc = table.rows[12].cells[6].paragraphs[0]._p.pPr.find(qn("w:jc"))
    assert jc is not None and jc.get(qn("w:val")) == "right"
    section = document.sections[0]
    assert section.page_width > section.page_height  # the wide list is landscape


def test_every_font_is_times_new_roman_and_styles_are_named(tmp_path):
    path = tmp_path / "bao-cao.docx"
    render_docx(sample_report(), path)
    assert _fonts_used(path) == {"Times New Roman"}
    document = docx.Document(str(path))
    used = {p.style.name for p in document.paragraphs}
    assert {"VB Nội dung", "VB Mục 1", "VB Mục 2", "VB Tên loại"} <= used
    body = document.styles["VB Nội dung"]
    assert body.font.size.pt == 14 and body.paragraph_format.first_line_indent is not None


def test_page_numbers_from_page_two_and_header_blocks_without_borders(tmp_path):
    path = tmp_path / "bao-cao.docx"
    render_docx(sample_report(), path)
    document = docx.Document(str(path))
    section = document.sections[0]
    assert section.different_first_page_header_footer
    assert " PAGE " in "".join(section.header._element.itertext())
    assert "".join(section.first_page_header._element.itertext()).strip() == ""
    letterhead = document.tables[0]
    borders = letterhead._tbl.tblPr.find(qn("w:tblBorders"))
    assert {el.get(qn("w:val")) for el in borders} == {"nil"}
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in letterhead.cell(0, 1).text


def test_draft_is_marked_on_every_page(tmp_path):
    doc = sample_report()
    doc.draft = True
    path = tmp_path / "du-thao.docx"
    render_docx(doc, path)
    section = docx.Document(str(path)).sections[0]
    for header in (section.first_page_header, section.header):
        assert "DỰ THẢO" in "".join(header._element.itertext())


def test_record_sheet_and_total_row(tmp_path):
    doc = OfficialDocument(
        issuing_body="Ủy ban MTTQ Việt Nam xã Y Tý", doc_type="PHIẾU THÔNG TIN", subject="Hộ thân nhân",
        place="Y Tý", date=dt.date(2026, 3, 2),
        blocks=[Heading("I. THÔNG TIN CHUNG"),
                KeyValueTable([("Họ và tên chủ hộ", "Sùng A Páo"), ("Năm sinh", "1970")]),
                Table([Column("Nước", 2), Column("Số người", 1)], [["Lào", 3], ["Trung Quốc", 2]],
                      total_row=["Tổng cộng", 5])],
        signature=Signature(title="Người lập", name="Giàng Thị Mai"), copies_block=False)
    path = tmp_path / "phieu.docx"
    render_docx(doc, path)
    document = docx.Document(str(path))
    kv = [t for t in document.tables if t.cell(0, 0).text == "Họ và tên chủ hộ"]
    assert kv and kv[0].cell(0, 1).text == "Sùng A Páo"
    totals = [t for t in document.tables if t.rows[-1].cells[0].text == "Tổng cộng"]
    assert totals and totals[0].rows[-1].cells[1].text == "5"
    assert "Nơi nhận:" not in "\n".join(_all_text(document))


def test_cancel_leaves_no_file(tmp_path):
    token = CancelToken()
    token.cancel()
    path = tmp_path / "danh-sach.docx"
    with pytest.raises(Cancelled):
        render_docx(sample_list(600), path, cancel=token)
    assert not path.exists()
    assert list(tmp_path.iterdir()) == []


def test_progress_is_reported(tmp_path):
    seen = []
    render_docx(sample_list(450), tmp_path / "a.docx", progress=lambda done, total, label="": seen.append(done))
    assert seen and seen[-1] == 400


def _pdf_page_text(pdf, page: int) -> str:
    return subprocess.run(["pdftotext", "-layout", "-f", str(page), "-l", str(page), str(pdf), "-"],
                          check=True, capture_output=True, text=True).stdout


@pytest.mark.skipif(shutil.which("soffice") is None or shutil.which("pdftotext") is None,
                    reason="LibreOffice or poppler-utils is not installed (.ci/run installs both)")
def test_libreoffice_opens_it_and_prints_the_same_document(tmp_path):
    doc = sample_list(120)
    path = tmp_path / "danh-sach.docx"
    render_docx(doc, path)
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path}/lo-profile", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
                   check=True, capture_output=True, timeout=180)
    pdf = tmp_path / "danh-sach.pdf"
    first, second = _pdf_page_text(pdf, 1), _pdf_page_text(pdf, 2)
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in first and "DANH SÁCH" in first
    assert "Họ và tên" in second and "Nước cư trú" in second  # the header row repeats
    assert second.strip().splitlines()[0].strip() == "2"  # page number at the top from page 2
    assert not first.strip().splitlines()[0].strip().isdigit()  # none on page 1
    last_name = doc.blocks[0].rows[-1][1]
    pages = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    assert last_name in pages
