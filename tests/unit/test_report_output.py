"""Report output: the PDF's extracted text holds the Decree 30 header, number and symbol, the figures
and the signer; the Excel file holds the indicator and narrative sheets with overrides marked."""
import datetime as dt
import io
import unicodedata

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from dnnd_desktop.domain.errors import ValidationError
from dnnd_desktop.domain.periods import parse_period
from dnnd_desktop.domain.report_template import DocumentDetails, build_content, parse_template
from dnnd_desktop.exchange.report_pdf import report_document, write_report_pdf
from dnnd_desktop.services.record_writer import RecordWriter
from dnnd_desktop.services.reports import ReportService
from dnnd_desktop.services.reports.templates import builtin_templates
from dnnd_desktop.storage.models import Activity, Household
from tests.support.reports import mark_missing_nothing


def _text(data_or_path) -> str:
    reader = PdfReader(data_or_path if not isinstance(data_or_path, bytes) else io.BytesIO(data_or_path))
    text = "\n".join(p.extract_text() for p in reader.pages)
    return unicodedata.normalize("NFC", " ".join(text.split()))


@pytest.fixture
def report(ctx):
    with ctx.session() as s:
        w = RecordWriter(s, ctx)
        for i in range(3):
            w.create(Activity, dict(title="Giao lưu", activity_type="border_exchange",
                                    start_date=dt.date(2026, 3, 1 + i), country="CN", participants_vn=1234,
                                    funding_vnd=1_500_000, funding_direction="received",
                                    funding_source="foreign_ngo"))
        w.create(Household, dict(head_name="Hộ A"))
    svc = ReportService(ctx, today=lambda: dt.date(2026, 5, 15))
    r = svc.create("2026-H1")
    svc.set_narrative(r.id, "shortcomings", "Việc cập nhật dữ liệu còn chậm.\n\nNguyên nhân: thiếu cán bộ.")
    svc.set_override(r.id, "border_patrols", 2, None)
    svc.set_override(r.id, "households_total", 7, "Theo số liệu rà soát tháng 4")
    svc.set_document(r.id, number="5")
    mark_missing_nothing(svc, r.id)
    svc.approve(r.id)
    return svc, svc.get(r.id)


def test_pdf_text_holds_header_number_figures_and_signer(ctx, report, tmp_path):
    svc, r = report
    out = svc.export(r.id, tmp_path / "bao-cao.pdf")
    text = _text(out)
    for expected in (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "ỦY BAN MTTQ VIỆT NAM HUYỆN BÁT XÁT",
        "Số: 05/BC-MTTQ-BTT", "Bát Xát, ngày 15 tháng 5 năm 2026", "BÁO CÁO",
        "Kính gửi: Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lào Cai",
        "I. KẾT QUẢ ĐẠT ĐƯỢC", "II. HẠN CHẾ, NGUYÊN NHÂN", "III. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2026",
        "IV. ĐỀ XUẤT, KIẾN NGHỊ", "Việc cập nhật dữ liệu còn chậm.", "Nguyên nhân: thiếu cán bộ.",
        "3.702", "4.500.000", "Trung Quốc",
        "TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH", ctx.installation.head_name, "Nơi nhận:", "- Như trên;", "- Lưu: VT.",
    ):
        assert expected in text, expected
    assert "Hộ gia đình có thân nhân ở nước ngoài hộ 7" in text      # the override is what is printed
    assert "DỰ THẢO" not in text                                       # approved: no draft mark
    assert "ỦY BAN MTTQ VIỆT NAM TỈNH LÀO CAI" not in text             # no parent line in a Front letterhead


def test_word_file_says_what_the_pdf_says(ctx, report, tmp_path):
    from tests.support.docx_text import docx_text

    svc, r = report
    pdf = " ".join(_text(svc.export(r.id, tmp_path / "bc.pdf")).split())
    word = docx_text(svc.export(r.id, tmp_path / "bc.docx"))
    for expected in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 05/BC-MTTQ-BTT", "Bát Xát, ngày 15 tháng 5 năm 2026",
                     "I. KẾT QUẢ ĐẠT ĐƯỢC", "Việc cập nhật dữ liệu còn chậm.", "3.702", "4.500.000",
                     "TM. BAN THƯỜNG TRỰC", ctx.installation.head_name, "Nơi nhận:", "- Lưu: VT."):
        assert expected in pdf and expected in word, expected
    assert "DỰ THẢO" not in word


def test_unapproved_report_in_word_is_marked_as_a_draft(ctx, tmp_path):
    from tests.support.docx_text import docx_text

    svc = ReportService(ctx, today=lambda: dt.date(2026, 5, 15))
    r = svc.create("2026-H1")
    assert "DỰ THẢO" in docx_text(svc.export(r.id, tmp_path / "du-thao.docx"))


def test_unapproved_report_prints_as_a_draft_on_every_page(ctx, tmp_path):
    svc = ReportService(ctx, today=lambda: dt.date(2026, 5, 15))
    r = svc.create("2026-H1")
    reader = PdfReader(svc.export(r.id, tmp_path / "du-thao.pdf"))
    assert all("DỰ THẢO" in unicodedata.normalize("NFC", p.extract_text()) for p in reader.pages)


def test_pdf_page_numbers_start_on_page_two(report, tmp_path):
    svc, r = report
    reader = PdfReader(svc.export(r.id, tmp_path / "bc.pdf"))
    assert len(reader.pages) >= 2
    assert not reader.pages[0].extract_text().strip().startswith("1")
    assert reader.pages[1].extract_text().strip().startswith("2")


def test_deputy_signature_block():
    tpl = builtin_templates()[0]
    content = build_content(tpl, parse_period("2026"), {}, {}, {})
    details = DocumentDetails(
        issuing_body="Ủy ban MTTQ Việt Nam xã Y Tý", parent_body="Ủy ban MTTQ Việt Nam tỉnh Lào Cai",
        number=None, symbol="BC-MTTQ", place="Y Tý", date=None, recipients_to=(),
        sign_mode="TM. BAN THƯỜNG TRỰC\nKT. CHỦ TỊCH", signer_title="PHÓ CHỦ TỊCH", signer_name="Lò Văn Páo",
        copies_to=())
    doc = report_document(content, details)
    assert doc.signature.mode_line.endswith("KT. CHỦ TỊCH") and not doc.recipients_to
    buf = io.BytesIO()
    write_report_pdf(content, details, buf)
    text = _text(buf.getvalue())
    assert "KT. CHỦ TỊCH" in text and "PHÓ CHỦ TỊCH" in text and "Lò Văn Páo" in text
    assert "Kính gửi" not in text


def test_breakdown_rows_follow_their_indicator_in_the_table():
    tpl = parse_template(builtin_templates()[0].body)
    content = build_content(tpl, parse_period("2026"), {"act_total": {"value": 3, "breakdown": {"CN": 2, "LA": 1}}},
                            {}, {})
    details = DocumentDetails("A", None, None, "BC", "", None, (), "TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH", "B", ())
    table = next(b for b in report_document(content, details).blocks if hasattr(b, "rows"))
    assert table.rows[:3] == [[1, "Hoạt động đối ngoại nhân dân đã tổ chức, phối hợp tổ chức", "hoạt động", 3],
                              ["", "- Trung Quốc", "", 2], ["", "- Lào", "", 1]]


def test_excel_has_indicator_and_narrative_sheets_with_overrides(report, tmp_path):
    svc, r = report
    wb = load_workbook(svc.export(r.id, tmp_path / "bc.xlsx"))
    assert wb.sheetnames == ["Chỉ tiêu", "Nội dung", "Thông tin"]
    rows = list(wb["Chỉ tiêu"].iter_rows(values_only=True))
    assert rows[0][2:9] == ("Mã", "Chỉ tiêu", "Đơn vị tính", "Giá trị báo cáo", "Sửa tay",
                            "Giá trị tính từ dữ liệu", "Ghi chú")
    by_code = {row[2]: row for row in rows[1:]}
    assert by_code["households_total"][5:9] == (7, "Có", 1, "Theo số liệu rà soát tháng 4")
    assert by_code["act_total"][5] == 3 and by_code["act_total/CN"][5] == 3
    assert by_code["participants_vn"][6] is None
    narrative = {row[0]: row[1] for row in wb["Nội dung"].iter_rows(min_row=2, values_only=True)}
    assert narrative["II. Hạn chế, nguyên nhân"].startswith("Việc cập nhật dữ liệu còn chậm.")


def test_export_refuses_other_extensions_and_missing_folders(report, tmp_path):
    svc, r = report
    with pytest.raises(ValidationError, match=".pdf"):
        svc.export(r.id, tmp_path / "bc.odt")
    with pytest.raises(ValidationError, match="không tồn tại"):
        svc.export(r.id, tmp_path / "khong-co" / "bc.pdf")
