"""Every figure can be explained (issue 13, item 5): the records behind a figure are exactly those
it counts (value = their number, or the sum of their amounts), and a hand-entered figure says who
entered it and why. Checked against the hand-counted fixture of test_report_figures."""
import pytest

from dnnd_desktop.domain.errors import ValidationError
from dnnd_desktop.services.reports import ReportService
from tests.unit.test_report_figures import EXPECTED, build_fixture


@pytest.fixture
def made(ctx):
    build_fixture(ctx)
    svc = ReportService(ctx)
    return svc, svc.create("2026-H1")


def test_each_computed_figure_is_its_records(made):
    svc, r = made
    for target, expected in EXPECTED.items():
        if target in ("border_patrols", "border_violations_reported"):
            continue   # hand-entered: below
        ex = svc.explain(r.id, target)
        assert ex.value == expected, target
        d = ex.to_dict()
        assert set(d) == {"indicator", "value", "records"}
        assert d["indicator"] == target
        amounts = [x["amount"] for x in d["records"]]
        if any(a is not None for a in amounts):
            assert sum(amounts) == expected, target
        else:
            assert len(d["records"]) == expected, target


def test_money_figure_lists_the_activities_and_their_amounts(made):
    svc, r = made
    d = svc.explain(r.id, "aid_mobilised_vnd").to_dict()
    assert d["value"] == 210_000_000
    assert sorted((x["kind"], x["name"], x["amount"]) for x in d["records"]) == [
        ("activity", "aid_mobilisation 2026-05-20", 200_000_000),
        ("activity", "border_exchange 2026-01-01", 10_000_000)]
    row = svc.explain(r.id, "aid_mobilised_vnd/JP").to_dict()
    assert [x["amount"] for x in row["records"]] == [200_000_000]
    empty_country = svc.explain(r.id, "act_total/").to_dict()          # the "Chưa rõ" row
    assert empty_country["value"] == 2 and len(empty_country["records"]) == 2


def test_persons_by_country_and_deleted_records_left_out(made):
    svc, r = made
    d = svc.explain(r.id, "persons_total").to_dict()
    assert d["value"] == 4 and {x["kind"] for x in d["records"]} == {"person"}
    assert all(x["name"] != "Đã xóa" for x in d["records"])
    assert svc.explain(r.id, "persons_total/US").value == 2


def test_a_hand_entered_figure_says_who_and_why(made, ctx):
    svc, r = made
    svc.set_override(r.id, "border_patrols", 4, "Theo sổ theo dõi")
    ex = svc.explain(r.id, "border_patrols")
    assert ex.manual and ex.records == () and ex.value == 4
    assert ex.to_dict()["hand_entered"] == {"value": 4, "by": ctx.user_name, "at": ex.entered_at,
                                            "note": "Theo sổ theo dõi"}
    svc.set_override(r.id, "act_total", 10, "Thêm 1 hoạt động chưa nhập")
    corrected = svc.explain(r.id, "act_total")
    assert corrected.value == 9 and corrected.stated == 10           # records say 9; the report states 10
    assert corrected.to_dict()["hand_entered"]["note"] == "Thêm 1 hoạt động chưa nhập"


def test_unknown_indicator_is_refused(made):
    svc, r = made
    with pytest.raises(ValidationError):
        svc.explain(r.id, "khong_co")
