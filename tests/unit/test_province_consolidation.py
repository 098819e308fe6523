"""The consolidated report: sums of the lower offices' stated figures (overrides and breakdowns
included), returned reports left out, narratives gathered, refresh keeping the writer's work,
PDF addressed upward and Excel with the per-office sheet."""
from __future__ import annotations

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from dnnd_desktop.domain.errors import DnndError
from tests.conftest import copy_installation
from tests.support.reports import mark_missing_nothing
from tests.unit.test_province_offices import PERIOD, build_world


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    return build_world(tmp_path_factory.mktemp("cons"))


@pytest.fixture
def pctx(world, tmp_path):
    from dnnd_desktop.paths import DataDir
    from dnnd_desktop.services.app_context import open_context

    copy_installation(world.dirs["p"], DataDir(tmp_path / "p"))
    ctx = open_context(DataDir(tmp_path / "p"))
    yield ctx
    ctx.close()


def test_figures_are_the_sums_of_what_the_offices_stated(pctx, world):
    from dnnd_desktop.services.province import ConsolidationService

    cons = ConsolidationService(pctx).preview(PERIOD)
    a, b = world.stated["a"], world.stated["b"]
    for ln in cons.lines:
        parts = [v for v in (a.get(ln.target), b.get(ln.target)) if v is not None]
        assert ln.total == (sum(parts) if parts else None), ln.target
        assert cons.total(ln.target) == (ln.total if ln.key is None else (ln.total or 0))
    # b stated 5 for China by hand (an override) and 3 Tết meetings: both counted as stated.
    assert cons.total("act_total/CN") == a["act_total/CN"] + 5 == 7
    assert cons.total("border_patrols") == 3
    assert cons.total("persons_total/KR") == 3 and cons.total("persons_total/US") == 1
    assert cons.not_counted == [("Ủy ban MTTQ Việt Nam huyện Si Ma Cai", "chưa gửi")]
    assert [name for name, _ in cons.narratives["results"]] == ["Ủy ban MTTQ Việt Nam huyện Bát Xát",
                                                                "Ủy ban MTTQ Việt Nam huyện Mường Khương"]


def test_a_returned_report_is_left_out(pctx, world):
    from dnnd_desktop.services.province import ConsolidationService, InboxService

    InboxService(pctx).return_report(world.reports["b"], "Sửa lại.")
    cons = ConsolidationService(pctx).preview(PERIOD)
    assert [s.office_id for s in cons.lower_sources] == [world.ids["a"]]
    assert cons.total("act_total") == world.stated["a"]["act_total"]
    assert ("Ủy ban MTTQ Việt Nam huyện Mường Khương", "bị trả lại") in cons.not_counted


def test_create_refresh_and_the_reports_lifecycle(pctx, world):
    from dnnd_desktop.services.province import UPWARD, ConsolidationService, InboxService
    from dnnd_desktop.services.reports import ReportService

    svc = ConsolidationService(pctx)
    InboxService(pctx).return_report(world.reports["b"], "Sửa lại.")
    report_id = svc.create(PERIOD)
    with pytest.raises(DnndError) as exc:
        svc.create(PERIOD)
    assert exc.value.code == "report_exists" and exc.value.details["report_id"] == report_id
    reports = ReportService(pctx)
    detail = reports.get(report_id)
    assert detail.document.recipients_to == (UPWARD,)
    assert detail.indicator_values()["act_total"] == world.stated["a"]["act_total"]
    results = next(s.text for s in detail.content.sections if s.code == "results")
    assert "[Ủy ban MTTQ Việt Nam huyện Bát Xát]" in results
    # The writer edits the text and overrides a figure; then b's report counts again (acknowledged).
    reports.set_narrative(report_id, "results", "Toàn tỉnh tổ chức nhiều hoạt động.")
    reports.set_override(report_id, "participants_vn", 1000, "theo số liệu Ban Dân vận")
    from dnnd_desktop.storage.models import Report

    with pctx.session() as s:
        s.get(Report, world.reports["b"]).status = "acknowledged"
    cons = svc.refresh(report_id)
    assert len(cons.lower_sources) == 2 and cons.sources[0].own
    detail = reports.get(report_id)
    values = detail.indicator_values()
    assert values["act_total"] == world.stated["a"]["act_total"] + world.stated["b"]["act_total"]
    assert values["participants_vn"] == 1000          # the override stays
    assert next(s.text for s in detail.content.sections if s.code == "results") == "Toàn tỉnh tổ chức nhiều hoạt động."
    assert svc.consolidation_of(report_id).not_counted == [("Ủy ban MTTQ Việt Nam huyện Si Ma Cai", "chưa gửi")]
    with pytest.raises(DnndError) as exc:      # its figures come from the offices, not the province's records
        reports.recompute(report_id)
    assert exc.value.code == "consolidated_report"
    mark_missing_nothing(reports, report_id)
    reports.approve(report_id)
    with pytest.raises(DnndError) as exc:
        svc.refresh(report_id)
    assert exc.value.code == "report_locked"


def test_nothing_to_consolidate_is_said(tmp_path):
    from dnnd_desktop.services.province import ConsolidationService
    from tests.unit.test_province_offices import make_offices

    w = make_offices(tmp_path)
    ctx = w.ctx("p")
    try:
        with pytest.raises(DnndError) as exc:
            ConsolidationService(ctx).create(PERIOD)
        assert exc.value.code == "nothing_to_consolidate"
    finally:
        ctx.close()


def test_pdf_and_excel(pctx, world, tmp_path):
    from dnnd_desktop.services.province import ConsolidationService

    svc = ConsolidationService(pctx)
    report_id = svc.create(PERIOD)
    pdf = svc.export(report_id, tmp_path / "th.pdf")
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(pdf).pages).split())
    assert "Kính gửi: Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam" in text
    assert "BÁO CÁO" in text and "TM. BAN THƯỜNG TRỰC" in text
    assert "2/3 đơn vị" in text and "Si Ma Cai" in text
    wb = load_workbook(svc.export(report_id, tmp_path / "th.xlsx"))
    assert wb.sheetnames == ["Chỉ tiêu", "Theo đơn vị", "Nội dung", "Nội dung các đơn vị", "Tình hình báo cáo",
                             "Thông tin"]
    ws = wb["Theo đơn vị"]
    codes = [c.value for c in ws[2]]
    col = codes.index("act_total/CN (hoạt động)") + 1
    by_office = {ws.cell(r, 2).value: ws.cell(r, col).value for r in range(3, ws.max_row + 1) if ws.cell(r, 2).value}
    assert by_office["Ủy ban MTTQ Việt Nam huyện Bát Xát"] == world.stated["a"]["act_total/CN"]
    assert by_office["Ủy ban MTTQ Việt Nam huyện Mường Khương"] == 5 and by_office["Tổng cộng"] == 7
    texts = [(r[1], r[2]) for r in wb["Nội dung các đơn vị"].iter_rows(min_row=2, values_only=True)]
    assert ("Ủy ban MTTQ Việt Nam huyện Mường Khương", "Kết quả của huyện Mường Khương.") in texts
    from tests.support.docx_text import docx_text

    word = docx_text(svc.export(report_id, tmp_path / "th.docx"))
    assert "Kính gửi: Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam" in word
    assert "TM. BAN THƯỜNG TRỰC" in word and "2/3 đơn vị" in word and "Si Ma Cai" in word
    with pytest.raises(DnndError):
        svc.export(report_id, tmp_path / "th.odt")
