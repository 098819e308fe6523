"""Approval checks completeness (issue 13): a blank hand-entered figure or an empty narrative
section blocks approval until filled or marked «không phát sinh», which is then printed."""
import pytest
from openpyxl import load_workbook

from dnnd_desktop.domain.errors import ValidationError
from dnnd_desktop.services.reports import ReportService

NARRATIVES = ("shortcomings", "directions", "proposals")   # sections II-IV: text only


@pytest.fixture
def svc(ctx):
    return ReportService(ctx)


def test_blank_figure_and_empty_sections_block_approval_naming_each(svc):
    r = svc.create("2026-H1")
    svc.set_narrative(r.id, "shortcomings", "Cập nhật dữ liệu còn chậm.")
    assert [m.target for m in svc.missing(r.id)] == ["border_patrols", "border_violations_reported",
                                                     "section:directions", "section:proposals"]
    with pytest.raises(ValidationError) as exc:
        svc.approve(r.id)
    assert exc.value.code == "report_incomplete"
    assert set(exc.value.field_errors) == {"border_patrols", "border_violations_reported",
                                           "section:directions", "section:proposals"}
    for label in ("Lượt tuần tra, kiểm tra đường biên, cột mốc của các tổ tự quản",
                  "Phương hướng, nhiệm vụ", "Đề xuất, kiến nghị"):
        assert label in exc.value.message
    assert svc.get(r.id).status in ("new", "draft")        # nothing changed


def test_marked_nothing_lets_approval_through_and_prints_khong_phat_sinh(svc, tmp_path):
    r = svc.create("2026-H1")
    svc.set_override(r.id, "border_patrols", 0, None)   # a typed 0 is a figure, not a blank
    assert "border_patrols" not in [m.target for m in svc.missing(r.id)]
    svc.clear_override(r.id, "border_patrols")
    svc.mark_nothing(r.id, "border_patrols")
    svc.set_override(r.id, "border_violations_reported", 35, None)
    for code in NARRATIVES:
        svc.mark_nothing(r.id, f"section:{code}")
    detail = svc.get(r.id)
    assert detail.missing == ()
    tet = next(ln for ln in detail.content.lines() if ln.target == "border_patrols")
    assert tet.nothing and tet.value is None
    assert {s.code: s.text for s in detail.content.sections if s.code in NARRATIVES} == {
        c: "Không phát sinh." for c in NARRATIVES}
    assert svc.approve(r.id).status == "approved"
    out = svc.export(r.id, tmp_path / "r.xlsx")
    ws = load_workbook(out).worksheets[0]
    row = next(row for row in ws.iter_rows(values_only=True) if "border_patrols" in row)
    assert "Không phát sinh" in row


def test_only_hand_entered_figures_or_sections_can_be_marked(svc):
    r = svc.create("2026-H1")
    for target in ("act_total", "section:nope", "nope"):
        with pytest.raises(ValidationError):
            svc.mark_nothing(r.id, target)
