"""Plans (PLAN.json, plan.json in tasks packages) are validated by their declared schema: every
rule refused as plan_invalid with a problem naming its place (in Vietnamese)."""
from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from dnnd_desktop.domain.errors import DnndError
from dnnd_desktop.services.packages import PlanInvalid, parse_plan

SAMPLE = json.loads((Path(__file__).resolve().parents[2] / "docs" / "plan-sample.json").read_text("utf-8"))


def _plan(**changes) -> dict:
    p = copy.deepcopy(SAMPLE)
    p.update(changes)
    return p


def _task(**changes) -> list[dict]:
    return [dict({"code": "I.1", "title": "Giao lưu biên giới"}, **changes)]


def test_the_sample_parses_with_texts_normalised():
    spec = parse_plan(_plan(title="  Hướng   dẫn  năm 2026 ", tasks=_task(title=" Dòng một\nDòng hai ")))
    assert spec.title == "Hướng dẫn năm 2026" and spec.tasks[0].title == "Dòng một\nDòng hai"


def _without(key):
    p = _plan()
    del p[key]
    return p


@pytest.mark.parametrize("plan, named", [
    (_without("tasks"), "kế hoạch: thiếu trường «tasks»"),
    (_plan(colour="red"), "kế hoạch: trường «colour» không có trong định dạng này"),
    (_plan(format="other"), "trường «format»: «other» không phải một trong các giá trị được dùng (dnnd-plan)"),
    (_plan(version=0), "trường «version»: «0» không phải một trong các giá trị được dùng (1)"),
    (_plan(id="ABC"), "trường «id»: «ABC» không đúng dạng quy định"),
    (_plan(title="   "), "trường «title»: không được để trống"),
    (_plan(title=5), "trường «title»: phải là chữ"),
    (_plan(doc_number="x" * 61), "trường «doc_number»: dài quá 60 ký tự"),
    (_plan(issuer="x" * 301), "trường «issuer»: dài quá 300 ký tự"),
    (_plan(doc_date="15/01/2026"), "trường «doc_date»: ngày «15/01/2026» phải ghi dạng NĂM-THÁNG-NGÀY"),
    (_plan(year=1990), "trường «year»: phải từ 2000 trở lên"),
    (_plan(year="2026"), "trường «year»: phải là số nguyên"),
    (_plan(tasks=[]), "trường «tasks»: cần ít nhất 1 mục"),
    (_plan(tasks=[{"code": f"T{i}", "title": "x"} for i in range(2001)]), "trường «tasks»: có quá 2000 mục"),
    (_plan(tasks=["I.1"]), "nhiệm vụ thứ 1: phải là một đối tượng JSON"),
    (_plan(tasks=_task(colour=1)), "nhiệm vụ thứ 1: trường «colour» không có"),
    (_plan(tasks=_task(code="mã có dấu")), "nhiệm vụ thứ 1, trường «code»: mã nhiệm vụ «mã có dấu» phải ngắn"),
    (_plan(tasks=_task() + _task(code="i.1")), "nhiệm vụ thứ 2, trường «code»: mã nhiệm vụ «i.1» bị trùng"),
    (_plan(tasks=_task(title="")), "nhiệm vụ thứ 1, trường «title»: không được để trống"),
    (_plan(tasks=_task(description="x" * 20001)), "nhiệm vụ thứ 1, trường «description»: dài quá 20000 ký tự"),
    (_plan(tasks=_task(deadline="15/5")), "nhiệm vụ thứ 1, trường «deadline»: ngày «15/5» phải ghi dạng"),
    (_plan(tasks=_task(id="x")), "nhiệm vụ thứ 1, trường «id»: «x» không đúng dạng quy định"),
    (_plan(report_schedule={}), "trường «report_schedule»: phải là một danh sách"),
    (_plan(report_schedule=[{"period_kind": "year", "due": "13-40"}]), "lịch báo cáo thứ 1: hạn «13-40»"),
    (_plan(vocabularies={"nope": []}), "danh mục «nope»: «nope» không phải một trong các giá trị được dùng"),
    (_plan(vocabularies={"activity_type": [{"code": "X Y", "label": "Thử"}]}),
     "danh mục «activity_type», mục thứ 1, trường «code»: «X Y» không đúng dạng quy định"),
    (_plan(vocabularies={"activity_type": [{"code": "thu", "label": " "}]}),
     "danh mục «activity_type», mục thứ 1, trường «label»: không được để trống"),
    (_plan(templates=[{"format": 1}]), "mẫu báo cáo thứ 1: Mẫu báo cáo «» không dùng được"),
    (_plan(valid_days=0), "trường «valid_days»: phải từ 1 trở lên"),
    (_plan(valid_days=3661), "trường «valid_days»: không được quá 3660"),
    (_plan(sequence=-1), "trường «sequence»: phải từ 0 trở lên"),
])
def test_each_rule_is_refused_naming_its_place(plan, named):
    with pytest.raises(PlanInvalid) as info:
        parse_plan(plan)
    assert info.value.code == "plan_invalid"
    assert any(named in p for p in info.value.details["problems"]), info.value.details["problems"]
    assert "Kế hoạch chưa đúng định dạng" in info.value.message


def test_templates_may_use_codes_the_plan_adds():
    template = json.loads((Path(__file__).resolve().parents[2] / "resources" / "templates" / "bao_cao_dnnd.json")
                          .read_text("utf-8"))
    template = dict(template, code="thu_nghiem")
    template["indicators"][0].setdefault("compute", {})
    where = [{"field": "activity_type", "equals": "youth_camp"}]
    template["indicators"][0]["compute"] = dict(template["indicators"][0]["compute"], where=where)
    with pytest.raises(PlanInvalid):
        parse_plan(_plan(templates=[template]))
    added = {"activity_type": [{"code": "youth_camp", "label": "Trại hè thanh niên"}]}
    assert parse_plan(_plan(templates=[template], vocabularies=added)).templates[0]["code"] == "thu_nghiem"


def test_not_an_object_and_a_newer_version_are_their_own_refusals():
    with pytest.raises(PlanInvalid, match="đối tượng JSON"):
        parse_plan([1])
    with pytest.raises(DnndError) as info:
        parse_plan(_plan(version=2))
    assert info.value.code == "newer_format"
