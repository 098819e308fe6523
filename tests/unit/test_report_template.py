"""Template validation: the built-in template is valid; malformed ones are refused, naming the
unknown kind, field, aggregate, operator, code or placeholder; nothing is executed."""
import copy
import json

import pytest

from dnnd_desktop.domain.periods import parse_period
from dnnd_desktop.domain.report_template import (
    RECORD_KINDS,
    TemplateError,
    build_content,
    parse_template,
    split_target,
    target_of,
)
from dnnd_desktop.paths import templates_dir
from dnnd_desktop.storage.models import MODEL_BY_KIND


def _default() -> dict:
    return json.loads((templates_dir() / "bao_cao_dnnd.json").read_text(encoding="utf-8"))


def _minimal(**compute) -> dict:
    spec = {"kind": "activity", "aggregate": "count", "date": {"field": "start_date"}, **compute}
    return {"format": 1, "code": "thu", "version": 1, "title": "Thử", "subject": "Thử {period_label}",
            "periods": ["year"], "indicators": [{"code": "x", "label": "X", "unit": "cái", "compute": spec}],
            "sections": [{"code": "kq", "title": "Kết quả", "groups": [{"title": "Nhóm", "indicators": ["x"]}]}]}


def test_builtin_template_is_valid_with_the_four_sections_and_seed_schedule():
    t = parse_template(_default())
    assert [s.code for s in t.sections] == ["results", "shortcomings", "directions", "proposals"]
    assert {(r.period_kind, r.due_month, r.due_day) for r in t.schedule} == {("half", 5, 15), ("year", 11, 20)}
    assert t.title == "Báo cáo kết quả công tác đối ngoại nhân dân và công tác người Việt Nam ở nước ngoài"


def test_every_whitelisted_field_exists_on_its_model():
    for name, kind in RECORD_KINDS.items():
        model = MODEL_BY_KIND[name]
        for f in kind.fields:
            assert f.name in model.__table__.columns, f"{name}.{f.name}"


@pytest.mark.parametrize("change, named", [
    ({"kind": "activty"}, "«activty»"),
    ({"aggregate": "average"}, "«average»"),
    ({"aggregate": "sum", "field": "title"}, "«title»"),
    ({"aggregate": "sum", "field": "country"}, "«country» (không phải số)"),
    ({"where": [{"field": "id_number", "equals": "1"}]}, "«id_number»"),
    ({"where": [{"field": "activity_type", "like": "%"}]}, "«like»"),
    ({"where": [{"field": "activity_type", "equals": "picnic"}]}, "«picnic»"),
    ({"where": [{"field": "country", "in": ["XX"]}]}, "«XX»"),
    ({"where": [{"field": "activity_type", "between": ["a", "b"]}]}, "«between» chỉ dùng"),
    ({"date": {"field": "created_at"}}, "«created_at»"),
    ({"date": {"field": "start_date", "range": "forever"}}, "«forever»"),
    ({"breakdown": "participants_vn"}, "«participants_vn»"),
    ({"breakdown": "__class__"}, "«__class__»"),
    ({"extra": 1}, "«extra»"),
])
def test_malformed_computations_are_refused_naming_the_culprit(change, named):
    data = _minimal()
    data["indicators"][0]["compute"].update(change)
    with pytest.raises(TemplateError) as err:
        parse_template(data)
    assert named in err.value.message
    assert err.value.details["problems"]


def test_structure_problems_are_all_reported():
    data = _minimal()
    data["periods"] = ["decade"]
    data["subject"] = "Báo cáo {os.system}"
    data["sections"][0]["groups"][0]["indicators"] = ["x", "y"]
    data["schedule"] = [{"period_kind": "year", "due": "13-40"}]
    data["indicators"].append({"code": "m", "label": "M", "unit": "", "manual": True})
    with pytest.raises(TemplateError) as err:
        parse_template(data)
    text = " | ".join(err.value.details["problems"])
    for expected in ("«decade»", "{os.system}", "«y»", "13-40", "«m» chưa được xếp"):
        assert expected in text


def test_indicator_needs_exactly_one_of_compute_or_manual():
    data = _minimal()
    data["indicators"][0]["manual"] = True
    with pytest.raises(TemplateError, match="đúng một trong hai"):
        parse_template(data)


def test_not_json_object_and_future_format_are_refused():
    with pytest.raises(TemplateError):
        parse_template(["không phải đối tượng"])
    data = _minimal()
    data["format"] = 2
    with pytest.raises(TemplateError, match="cập nhật phần mềm"):
        parse_template(data)


def test_terms_published_by_the_province_are_accepted_when_known():
    data = _minimal(where=[{"field": "activity_type", "equals": "youth_camp"}])
    with pytest.raises(TemplateError):
        parse_template(data)
    known = lambda voc: {"youth_camp"} if voc == "activity_type" else set()  # noqa: E731
    assert parse_template(data, known).indicators[0].compute.where[0].values == ("youth_camp",)


def test_any_of_filters_and_between_dates_parse():
    data = _minimal(where=[{"any": [{"field": "activity_type", "equals": "delegation_in"},
                                    {"field": "delegation_direction", "equals": "in"}]},
                           {"field": "end_date", "between": ["2026-01-01", None]}])
    comp = parse_template(data).indicators[0].compute
    assert len(comp.where[0].filters) == 2 and comp.where[1].values[1] is None


def test_targets_round_trip_including_the_unknown_bucket():
    for code, key in (("act_total", None), ("act_total", "CN"), ("act_total", "")):
        assert split_target(target_of(code, key)) == (code, key)


def test_build_content_fills_placeholders_and_keeps_overridden_rows():
    t = parse_template(_default())
    content = build_content(t, parse_period("2026-H1"), {"act_total": {"value": 2, "breakdown": {"CN": 2}}},
                            {"act_total/LA": {"value": 1, "note": "bổ sung"}}, {"results": "Tốt"},
                            office_name="Ủy ban MTTQ Việt Nam xã Y Tý")
    assert content.subject.endswith("6 tháng đầu năm 2026")
    assert "Ủy ban MTTQ Việt Nam xã Y Tý báo cáo" in content.intro
    assert content.sections[2].title == "Phương hướng, nhiệm vụ 6 tháng cuối năm 2026"
    values = content.values()
    assert values["act_total/CN"] == 2 and values["act_total/LA"] == 1


def test_the_default_template_is_not_changed_by_parsing():
    data = _default()
    before = copy.deepcopy(data)
    parse_template(data)
    assert data == before
