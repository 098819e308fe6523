"""render_pdf end to end: what a reader of the PDF sees, read back with pypdf."""
import datetime as dt
import io
import re
import unicodedata

import pytest
from pypdf import PdfReader

from dnnd_desktop.domain.errors import Cancelled
from dnnd_desktop.domain.progress import CancelToken
from dnnd_desktop.exchange.pdf import (
    Column,
    Heading,
    KeyValueTable,
    OfficialDocument,
    Paragraph,
    Signature,
    Table,
    render_pdf,
)
from dnnd_desktop.exchange.pdf.official_document import MARGIN_LEFT, MARGIN_TOP
from dnnd_desktop.exchange.pdf.samples import sample_list, sample_report


def _read(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def _render(doc: OfficialDocument, **kw) -> PdfReader:
    buf = io.BytesIO()
    render_pdf(doc, buf, **kw)
    return _read(buf.getvalue())


def _text(reader: PdfReader) -> str:
    return "\n".join(p.extract_text() for p in reader.pages)


def _runs(page):
    """(text, x, y, font name, size) of every text run drawn on `page`."""
    runs = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            x = tm[4] * cm[0] + cm[4]
            y = tm[5] * cm[3] + cm[5]
            name = str(font.get("/BaseFont")) if font else ""
            runs.append((text.strip(), x, y, name, size))

    page.extract_text(visitor_text=visit)
    return runs


def _run(page, starts_with):
    for run in _runs(page):
        if run[0].startswith(starts_with):
            return run
    raise AssertionError(f"{starts_with!r} not on the page")


@pytest.fixture(scope="module")
def report() -> PdfReader:
    return _render(sample_report())


def test_header_strings_title_and_date(report):
    text = _text(report)
    for expected in ["ỦY BAN MTTQ VIỆT NAM", "TỈNH LÀO CAI", "BAN THƯỜNG TRỰC",
                     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                     "Số: 05/BC-MTTQ", "Bát Xát, ngày 15 tháng 5 năm 2026", "BÁO CÁO",
                     "Kính gửi:"]:
        assert expected in text, expected


def test_number_and_date_share_one_line(report):
    page = report.pages[0]
    number, date = _run(page, "Số: 05"), _run(page, "Bát Xát, ngày")
    assert number[2] == pytest.approx(date[2], abs=0.5)
    assert number[1] < date[1]


def test_header_type_faces_and_sizes(report):
    page = report.pages[0]
    parent = _run(page, "ỦY BAN MTTQ")
    assert not parent[3].endswith("Bold") and 12 <= parent[4] <= 13
    body = _run(page, "BAN THƯỜNG TRỰC")
    assert body[3].endswith("-Bold") and 12 <= body[4] <= 13
    national = _run(page, "CỘNG HÒA")
    assert national[3].endswith("-Bold") and 12 <= national[4] <= 13
    motto = _run(page, "Độc lập")
    assert motto[3].endswith("-Bold") and 13 <= motto[4] <= 14
    assert _run(page, "Bát Xát, ngày")[3].endswith("-Italic")
    title = _run(page, "BÁO CÁO")
    assert title[3].endswith("-Bold") and 13 <= title[4] <= 14


def test_issuing_body_left_national_title_right(report):
    page = report.pages[0]
    assert _run(page, "BAN THƯỜNG TRỰC")[1] < _run(page, "CỘNG HÒA")[1]
    # The national title and the parent body start on the same top line.
    assert _run(page, "ỦY BAN MTTQ")[2] == pytest.approx(_run(page, "CỘNG HÒA")[2], abs=0.5)


def test_table_values_are_formatted_vietnamese_style(report):
    text = _text(report)
    assert "45.000.000" in text
    assert "71.700.000" in text  # the total row


def test_signature_and_copies(report):
    text = _text(report)
    assert "TM. BAN THƯỜNG TRỰC" in text
    assert "CHỦ TỊCH" in text
    assert "Lò Văn Thắng" in text
    assert "Nơi nhận:" in text
    assert "- Đảng ủy xã;" in text
    lines = [line.strip() for line in text.splitlines()]
    copies = [line for line in lines if line.startswith("- ") and line.endswith((";", "."))]
    assert copies[-1] == "- Lưu: VT."


def test_copies_block_sits_left_at_the_signature_height(report):
    last = report.pages[-1]
    copies, mode = _run(last, "Nơi nhận:"), _run(last, "TM. BAN THƯỜNG TRỰC")
    assert copies[2] == pytest.approx(mode[2], abs=3)
    assert copies[1] == pytest.approx(MARGIN_LEFT, abs=1)
    width = float(last.mediabox.width)
    assert mode[1] > width / 2
    assert copies[3].endswith("-BoldItalic") and copies[4] == 12
    assert _run(last, "- Lưu: VT.")[4] == 11
    name, title = _run(last, "Lò Văn Thắng"), _run(last, "CHỦ TỊCH")
    assert name[3].endswith("-Bold")
    assert title[2] - name[2] > 50  # room for the signature and the seal


def _long_doc(paragraphs: int = 12) -> OfficialDocument:
    doc = sample_report()
    doc.blocks = [Paragraph("Nội dung báo cáo chi tiết về công tác đối ngoại nhân dân. " * 12)
                  for _ in range(paragraphs)]
    return doc


def test_page_numbers_top_centre_from_page_two():
    reader = _render(_long_doc())
    assert len(reader.pages) >= 2
    height = float(reader.pages[0].mediabox.height)
    def in_top_margin(page):
        return [r for r in _runs(page) if r[2] > height - MARGIN_TOP]

    assert in_top_margin(reader.pages[0]) == []
    number = in_top_margin(reader.pages[1])
    assert [r[0] for r in number] == ["2"]
    assert 13 <= number[0][4] <= 14


def test_nfd_input_prints_as_nfc():
    def nfd(s):
        return unicodedata.normalize("NFD", s)

    doc = OfficialDocument(
        issuing_body=nfd("Ban Thường trực Ủy ban MTTQ Việt Nam xã Bát Xát"),
        place=nfd("Bát Xát"), date=dt.date(2026, 5, 15), subject=nfd("Đối ngoại nhân dân"),
        blocks=[Paragraph(nfd("Ông Nguyễn Văn Đức ủng hộ Quỹ")),
                Table([Column(nfd("Họ và tên"))], [[nfd("Đặng Thị Phượng")]])],
        signature=Signature(title="CHỦ TỊCH", name=nfd("Lò Văn Thắng")),
    )
    text = _text(_render(doc))
    assert not any(unicodedata.combining(ch) for ch in text)
    for expected in ["Ông Nguyễn Văn Đức", "Đặng Thị Phượng", "Lò Văn Thắng",
                     "BAN THƯỜNG TRỰC ỦY BAN", "Bát Xát, ngày 15"]:
        assert expected in text, expected


def test_fonts_are_embedded_from_the_registered_family(report):
    from dnnd_desktop.exchange.pdf.fonts import LIBERATION_SERIF, document_fonts, find_times_new_roman, system_font_dirs
    names = {r[3] for r in _runs(report.pages[0])}
    if find_times_new_roman(system_font_dirs()) is None:
        assert document_fonts().source == LIBERATION_SERIF
        assert all("LiberationSerif" in n for n in names), names


def test_blank_number_and_date_for_the_clerk():
    doc = sample_report()
    doc.number, doc.date = None, None
    text = _text(_render(doc))
    assert re.search(r"Số:\s+/BC-MTTQ", text)
    assert re.search(rf"Bát Xát, ngày\s+tháng\s+năm {dt.date.today().year}", text)


def test_several_recipients_are_listed():
    doc = sample_report()
    doc.recipients_to = ["Ban Thường trực UBMTTQ tỉnh", "Đảng ủy xã"]
    text = _text(_render(doc))
    assert "- Ban Thường trực UBMTTQ tỉnh;" in text and "- Đảng ủy xã." in text


def test_landscape_pages_are_wide():
    page = _render(sample_list(30)).pages[0]
    assert float(page.mediabox.width) > float(page.mediabox.height)


def test_list_header_repeats_on_every_page():
    reader = _render(sample_list(300))
    assert len(reader.pages) > 3
    for page in reader.pages:
        assert "Họ và tên" in page.extract_text()
    text = _text(reader)
    assert "300" in text and "1975" in text  # year column printed without grouping


def test_no_copies_block_when_asked():
    assert "Nơi nhận:" not in _text(_render(sample_list(5)))


def test_very_long_cell_wraps_onto_more_pages():
    words = " ".join(f"từ{i}" for i in range(2500))
    short = _render(OfficialDocument(issuing_body="X", blocks=[
        Table([Column("Nội dung", 3), Column("Ghi chú")], [["ngắn", "a"]])]))
    long_ = _render(OfficialDocument(issuing_body="X", blocks=[
        Table([Column("Nội dung", 3), Column("Ghi chú")], [[words, "a"]])]))
    assert len(long_.pages) > len(short.pages)
    text = _text(long_)
    assert "từ0" in text and "từ2499" in text  # nothing cut off


def test_key_value_table_and_headings():
    doc = OfficialDocument(issuing_body="X", doc_type="PHIẾU THÔNG TIN", blocks=[
        Heading("I. THÔNG TIN HỘ"), Heading("1. Thành viên", level=2),
        KeyValueTable([("Họ và tên chủ hộ", "Vũ Văn Dương"), ("Số người ở nước ngoài", 3),
                       ("Ghi chú", "Đã về thăm quê dịp Tết " * 30)])])
    reader = _render(doc)
    page = reader.pages[0]
    assert _run(page, "I. THÔNG TIN HỘ")[3].endswith("-Bold")
    assert _run(page, "1. Thành viên")[3].endswith("-BoldItalic")
    assert _run(page, "Họ và tên chủ hộ")[3].endswith("-Bold")
    assert "Vũ Văn Dương" in _text(reader)


def test_markup_characters_print_as_typed():
    text = _text(_render(OfficialDocument(issuing_body="X", blocks=[
        Paragraph("Công ty A & B <Việt Nam>")])))
    assert "Công ty A & B <Việt Nam>" in text


def test_writes_a_file_and_leaves_no_temporary(tmp_path):
    target = tmp_path / "bao-cao.pdf"
    render_pdf(sample_report(), target)
    assert target.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir()] == ["bao-cao.pdf"]


def _cancel_when(label_part: str):
    token = CancelToken()

    def progress(done, total, label=""):
        if label_part in label:
            token.cancel()

    return token, progress


@pytest.mark.parametrize("phase", ["chuẩn bị", "dàn trang"])
def test_cancel_leaves_no_file(tmp_path, phase):
    target = tmp_path / "danh-sach.pdf"
    token, progress = _cancel_when(phase)
    with pytest.raises(Cancelled):
        render_pdf(sample_list(500), target, progress=progress, cancel=token)
    assert list(tmp_path.iterdir()) == []


def test_cancel_keeps_an_earlier_file_and_stream_untouched(tmp_path):
    target = tmp_path / "danh-sach.pdf"
    target.write_bytes(b"old")
    token, progress = _cancel_when("dàn trang")
    with pytest.raises(Cancelled):
        render_pdf(sample_list(200), target, progress=progress, cancel=token)
    assert target.read_bytes() == b"old"
    assert len(list(tmp_path.iterdir())) == 1
    stream = io.BytesIO()
    token, progress = _cancel_when("chuẩn bị")
    with pytest.raises(Cancelled):
        render_pdf(sample_list(200), stream, progress=progress, cancel=token)
    assert stream.getvalue() == b""


def test_failed_build_leaves_no_file(tmp_path):
    target = tmp_path / "x.pdf"
    with pytest.raises(TypeError):
        render_pdf(OfficialDocument(issuing_body="X", blocks=["not a block"]), target)
    assert list(tmp_path.iterdir()) == []


def test_progress_runs_to_completion_in_order():
    calls = []
    render_pdf(sample_list(120), io.BytesIO(), progress=lambda d, t, label="": calls.append((d, t)))
    done = [d for d, _ in calls]
    assert done == sorted(done)
    assert calls[-1][0] == calls[-1][1] > 0
    assert len(calls) > 3


def test_progress_for_rows_from_a_generator():
    doc = sample_list(60)
    rows = doc.blocks[0].rows
    doc.blocks[0].rows = (r for r in rows)
    calls = []
    render_pdf(doc, io.BytesIO(), progress=lambda d, t, label="": calls.append((d, t)))
    assert calls[-1][0] == calls[-1][1] == 2 * 60 + 1


@pytest.mark.parametrize("fillers", range(9, 15))
def test_signature_never_stands_alone_on_a_page(fillers):
    filler = "Nội dung báo cáo về công tác đối ngoại nhân dân trên địa bàn xã. " * 5
    doc = sample_report()
    doc.blocks = [Paragraph(filler) for _ in range(fillers)] + [
        Heading("III. DANH SÁCH KÈM THEO"),
        Table([Column("Tên"), Column("Số")], [["Hàng cuối", 1], ["Hàng chót", 2]])]
    reader = _render(doc)
    last = reader.pages[-1].extract_text()
    assert "Nơi nhận:" in last
    assert "III. DANH SÁCH KÈM THEO" in last and "Hàng chót" in last


def test_long_place_name_keeps_the_date_on_one_line():
    doc = sample_report()
    doc.place, doc.date = "Thành phố Hồ Chí Minh", None
    page = _render(doc).pages[0]
    date = _run(page, "Thành phố Hồ Chí Minh, ngày")
    assert date[0].endswith(str(dt.date.today().year))
    assert 12 <= date[4] <= 13


def test_body_paragraph_has_a_first_line_indent():
    page = _render(_long_doc(1)).pages[0]
    first = _run(page, "Nội dung báo cáo")
    def upright(r):  # regular face: no -Bold/-Italic suffix
        return "-" not in r[3].split("+")[-1]

    following = [r for r in _runs(page) if r[4] == 14 and upright(r) and r[2] < first[2] - 1]
    assert following
    assert first[1] - following[0][1] == pytest.approx(36, abs=1.5)  # 1.27 cm


def test_target_open_in_a_viewer_gives_a_plain_message(tmp_path, monkeypatch):
    from dnnd_desktop.domain.errors import DnndError
    from dnnd_desktop.exchange.pdf import official_document

    def locked(src, dst):
        raise PermissionError(13, "in use")

    monkeypatch.setattr(official_document.os, "replace", locked)
    with pytest.raises(DnndError) as info:
        render_pdf(sample_report(), tmp_path / "bao-cao.pdf")
    assert info.value.code == "file_in_use"
    assert "đóng tệp" in info.value.message
    assert list(tmp_path.iterdir()) == []


def _rows_on(page) -> list[str]:
    return re.findall(r"Hàng số \d+", page.extract_text())


def test_table_under_a_heading_starts_on_the_page_of_the_heading():
    # Half of page 1 is free: the table (about 2/3 of a page) must start there, split, and
    # go on with its header repeated, not move whole to page 2 leaving page 1 half blank.
    filler = "Nội dung báo cáo về công tác đối ngoại nhân dân trên địa bàn xã. " * 5
    doc = sample_report()
    doc.blocks = [Paragraph(filler) for _ in range(2)] + [
        Heading("III. SỐ LIỆU"), Heading("1. Theo nước cư trú", level=2),
        Table([Column("Chỉ tiêu", 3), Column("Số")], [[f"Hàng số {i}", i] for i in range(1, 36)])]
    reader = _render(doc)
    first, second = reader.pages[0], reader.pages[1]
    assert "III. SỐ LIỆU" in first.extract_text() and "1. Theo nước cư trú" in first.extract_text()
    assert _rows_on(first)[:1] == ["Hàng số 1"]
    assert _rows_on(second) and "Chỉ tiêu" in second.extract_text()  # header repeated
    assert len(_rows_on(first)) + len(_rows_on(second)) == 35


def test_heading_never_ends_a_page_above_its_table():
    # So little room that the headings and the table's header and first rows can't fit: the
    # headings go to the next page together with the table.
    filler = "Nội dung báo cáo về công tác đối ngoại nhân dân trên địa bàn xã. " * 5
    for fillers in range(5, 9):
        doc = sample_report()
        doc.blocks = [Paragraph(filler) for _ in range(fillers)] + [
            Heading("III. SỐ LIỆU"),
            Table([Column("Chỉ tiêu", 3), Column("Số")], [[f"Hàng số {i}", i] for i in range(1, 60)])]
        reader = _render(doc)
        for page in reader.pages:
            if "III. SỐ LIỆU" in page.extract_text():
                assert len(_rows_on(page)) >= 3, fillers


def test_draft_is_marked_on_every_page():
    doc = sample_list(60)
    doc.draft = True
    reader = _render(doc)
    assert len(reader.pages) >= 2
    for page in reader.pages:
        assert "DỰ THẢO" in page.extract_text()
    assert "DỰ THẢO" not in _text(_render(sample_list(60)))


def test_short_documents_skip_page_compression_long_lists_keep_it():
    from dnnd_desktop.exchange.pdf.official_document import COMPRESS_FROM_ROWS

    def page_filter(doc):
        buf = io.BytesIO()
        render_pdf(doc, buf)
        assert b"/ASCII85Decode" not in buf.getvalue()  # binary streams, no ASCII85 pass
        return _read(buf.getvalue()).pages[0]["/Contents"].get_object().get("/Filter")

    assert page_filter(sample_report()) is None
    assert page_filter(sample_list(COMPRESS_FROM_ROWS)) == ["/FlateDecode"]


def _word_boxes(data: bytes, tmp_path) -> dict[str, tuple[float, float]]:
    """{word: (x min, x max)} in points on page 1, from poppler's pdftotext -bbox."""
    import shutil
    import subprocess

    if shutil.which("pdftotext") is None:
        pytest.skip("poppler's pdftotext is not installed")
    pdf, html = tmp_path / "t.pdf", tmp_path / "t.html"
    pdf.write_bytes(data)
    subprocess.run(["pdftotext", "-bbox", "-f", "1", "-l", "1", str(pdf), str(html)], check=True)
    words = re.findall(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>',
                       html.read_text(encoding="utf-8"))
    return {w: (float(a), float(b)) for a, b, w in words}


def test_table_cells_are_aligned_in_their_columns(tmp_path):
    from dnnd_desktop.exchange.pdf.tables import H_PAD, column_widths

    doc = OfficialDocument(issuing_body="X", blocks=[
        Table([Column("Tên", 2), Column("Số tiền", 1), Column("Mã", 1, "center")],
              [["Hoa Kỳ", 45_000_000, "A"], ["", 5, "BB"]])])
    buf = io.BytesIO()
    render_pdf(doc, buf)
    boxes = _word_boxes(buf.getvalue(), tmp_path)
    width = float(_read(buf.getvalue()).pages[0].mediabox.width) - MARGIN_LEFT - 15 * 72 / 25.4
    widths = column_widths([2, 1, 1], width)
    assert boxes["Hoa"][0] == pytest.approx(MARGIN_LEFT + H_PAD, abs=1)
    right_edge = MARGIN_LEFT + widths[0] + widths[1] - H_PAD
    assert boxes["45.000.000"][1] == pytest.approx(right_edge, abs=1)
    assert boxes["5"][1] == pytest.approx(right_edge, abs=1)
    centre = MARGIN_LEFT + widths[0] + widths[1] + widths[2] / 2
    assert sum(boxes["BB"]) / 2 == pytest.approx(centre, abs=1)
