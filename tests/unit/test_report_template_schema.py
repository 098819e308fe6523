"""Report templates are validated by their declared schema (domain/schemas/report_template.py):
every rule is refused as bad_template, each problem naming its place in the template in a
person's terms ("chỉ tiêu thứ 1, cách tính, …") and the value at fault."""
from __future__ import annotations

import copy

import pytest

from dnnd_desktop.domain.report_template import TemplateError, parse_template

COMPUTE = {"kind": "activity", "aggregate": "count", "date": {"field": "start_date"}}


def _template() -> dict:
    return {"format": 1, "code": "thu", "version": 1, "title": "Thử", "subject": "Thử {period_label}",
            "periods": ["year"], "schedule": [{"period_kind": "year", "due": "11-20"}],
            "indicators": [{"code": "x", "label": "X", "unit": "cái", "compute": copy.deepcopy(COMPUTE)},
                           {"code": "m", "label": "M", "manual": True}],
            "sections": [{"code": "kq", "title": "Kết quả",
                          "groups": [{"title": "Nhóm", "indicators": ["x", "m"]}]}]}


def _top(**changes):
    return lambda t: t.update(changes)


def _drop(key):
    return lambda t: t.pop(key)


def _compute(**changes):
    return lambda t: t["indicators"][0]["compute"].update(changes)


def _indicator(**changes):
    return lambda t: t["indicators"][0].update(changes)


def _section(**changes):
    return lambda t: t["sections"][0].update(changes)


def _where(*filters):
    return _compute(where=list(filters))


IND = "chỉ tiêu thứ 1"
CALC = "chỉ tiêu thứ 1, cách tính"
FILTER = "chỉ tiêu thứ 1, cách tính, điều kiện lọc thứ 1"

RULES = [
    (_drop("sections"), "mẫu báo cáo: thiếu trường «sections»"),
    (_top(colour=1), "mẫu báo cáo: trường «colour» không có trong định dạng này"),
    (_top(format=2), "trường «format»: phiên bản định dạng «2» không được hỗ trợ (chỉ có 1); hãy cập nhật phần mềm"),
    (_top(format="1"), "trường «format»: phải là số nguyên"),
    (_top(code="Thu Nghiem"), "trường «code»: mã mẫu «Thu Nghiem» chỉ gồm chữ thường không dấu"),
    (_top(version=0), "trường «version»: phải từ 1 trở lên"),
    (_top(title="  "), "trường «title»: không được để trống"),
    (_top(title="x" * 2001), "trường «title»: dài quá 2000 ký tự"),
    (_top(subject="Báo cáo {os.system}"), "trường «subject»: chỗ thay thế «{os.system}» không có"),
    (_top(intro="Báo cáo {year"), "trường «intro»: dấu ngoặc nhọn { } không khớp nhau"),
    (_top(description=5), "trường «description»: phải là chữ"),
    (_top(periods=[]), "trường «periods»: cần ít nhất 1 mục"),
    (_top(periods=["decade"]), "loại kỳ thứ 1: «decade» không phải một trong các giá trị được dùng"),
    (_top(schedule=[{"period_kind": "year", "due": "13-40"}]), "lịch báo cáo thứ 1: hạn «13-40»"),
    (_top(schedule=[{"period_kind": "half", "due": "05-15"}]),
     "lịch báo cáo thứ 1: kỳ «half» không nằm trong «periods» của mẫu"),
    (_top(indicators={}), "trường «indicators»: phải là một danh sách"),
    (_top(sections=[]), "trường «sections»: cần ít nhất 1 mục"),
    (_indicator(code="X-1"), "chỉ tiêu thứ 1, trường «code»: mã chỉ tiêu «X-1» chỉ gồm chữ thường không dấu"),
    (lambda t: t["indicators"][1].update(code="x"), "chỉ tiêu thứ 2, trường «code»: mã chỉ tiêu «x» bị trùng"),
    (_indicator(label=""), "chỉ tiêu thứ 1, trường «label»: không được để trống"),
    (_indicator(manual=True), "chỉ tiêu thứ 1: chỉ tiêu «x» cần đúng một trong hai"),
    (lambda t: t["indicators"][1].update(manual=False), "chỉ tiêu thứ 2, trường «manual»: «false» không phải"),
    (_indicator(compute="count"), f"{CALC}: phải là một đối tượng JSON"),
    (_compute(kind="activty"), f"{CALC}, trường «kind»: «activty» không phải một trong các giá trị được dùng"),
    (_compute(aggregate="average"), f"{CALC}, trường «aggregate»: «average» không phải"),
    (_compute(field="participants_vn"), f"{CALC}, trường «field»: phép «count» đếm bản ghi, không cần «field»"),
    (_compute(aggregate="sum"), f"{CALC}, trường «field»: trường «null» không có ở loại bản ghi «activity»"),
    (_compute(aggregate="sum", field="title"), f"{CALC}, trường «field»: trường «title» không có ở loại bản ghi"),
    (_compute(aggregate="sum", field="country"), f"{CALC}, trường «field»: không cộng được trường «country» "
                                                 "(không phải số)"),
    (_compute(date="always"), f"{CALC}, giới hạn ngày: «always» không phải một trong các giá trị được dùng (none)"),
    (_compute(date={"field": "created_at"}), f"{CALC}, giới hạn ngày, trường «field»: trường ngày «created_at»"),
    (_compute(date={"field": "start_date", "range": "forever"}), f"{CALC}, giới hạn ngày, trường «range»: "
                                                                 "«forever» không phải"),
    (_compute(breakdown="participants_vn"), f"{CALC}, trường «breakdown»: không chia theo trường «participants_vn»"),
    (_compute(breakdown="__class__"), f"{CALC}, trường «breakdown»: trường «__class__» không có ở loại bản ghi"),
    (_compute(extra=1), f"{CALC}: trường «extra» không có trong định dạng này"),
    (_compute(where={}), f"{CALC}, trường «where»: phải là một danh sách"),
    (_where("activity_type"), f"{FILTER}: phải là một đối tượng JSON"),
    (_where({"field": "id_number", "equals": "1"}), f"{FILTER}, trường «field»: trường «id_number» không có"),
    (_where({"field": "activity_type", "like": "%"}), f"{FILTER}: trường «like» không có trong định dạng này"),
    (_where({"field": "activity_type"}), f"{FILTER}: cần đúng một phép so sánh"),
    (_where({"field": "activity_type", "equals": "a", "in": ["a"]}), f"{FILTER}: cần đúng một phép so sánh"),
    (_where({"field": "activity_type", "equals": "picnic"}), f"{FILTER}: mã «picnic» không có trong danh mục"),
    (_where({"field": "activity_type", "equals": 3}), f"{FILTER}: giá trị của «activity_type» phải là một mã"),
    (_where({"field": "country", "in": ["XX"]}), f"{FILTER}: mã «XX» không có trong danh mục của trường «country»"),
    (_where({"field": "country", "in": []}), f"{FILTER}: «in» cần một danh sách giá trị không rỗng"),
    (_where({"field": "border_area", "equals": "yes"}), f"{FILTER}: giá trị của «border_area» phải là true hoặc"),
    (_where({"field": "commune_code", "equals": "2842"}), f"{FILTER}: giá trị của «commune_code» phải là mã xã"),
    (_where({"field": "participants_vn", "equals": 1.5}), f"{FILTER}: giá trị của «participants_vn» phải là số"),
    (_where({"field": "start_date", "equals": "15/5/2026"}), f"{FILTER}: giá trị của «start_date» phải là ngày"),
    (_where({"field": "activity_type", "present": "yes"}), f"{FILTER}: «present» nhận true"),
    (_where({"field": "activity_type", "between": ["a", "b"]}), f"{FILTER}: «between» chỉ dùng cho số và ngày"),
    (_where({"field": "end_date", "between": [None, None]}), f"{FILTER}: «between» cần [từ, đến]"),
    (_where({"any": [{"field": "activity_type", "equals": "delegation_in"}]}),
     f"{FILTER}, trường «any»: cần ít nhất 2 mục"),
    (_where({"any": [{"field": "country", "equals": "CN"}, {"any": []}]}),
     f"{FILTER}, điều kiện thứ 2 trong «any»: trường «any» không có"),
    (_where({"any": [{"field": "country", "equals": "CN"}, {"field": "country", "equals": "XX"}]}),
     f"{FILTER}, điều kiện thứ 2 trong «any»: mã «XX» không có"),
    (lambda t: t["indicators"].append({"code": "p", "label": "P", "unit": "", "compute": dict(
        COMPUTE, kind="person", aggregate="count_distinct", field="household_id", date="none",
        where=[{"field": "household_id", "equals": "1"}])}),
     "chỉ tiêu thứ 3, cách tính, điều kiện lọc thứ 1: trường «household_id» chỉ dùng để đếm không trùng"),
    (_section(code="Kết quả"), "phần thứ 1, trường «code»: mã phần «Kết quả» chỉ gồm chữ thường không dấu"),
    (lambda t: t["sections"].append({"code": "kq", "title": "Lại"}),
     "phần thứ 2, trường «code»: mã phần «kq» bị trùng"),
    (_section(title=""), "phần thứ 1, trường «title»: không được để trống"),
    (_section(groups=[{"title": "Nhóm", "indicators": ["x", "m", "y"]}]),
     "phần thứ 1, nhóm thứ 1, chỉ tiêu thứ 3: chỉ tiêu «y» chưa được khai báo trong «indicators»"),
    (_section(groups=[{"title": "A", "indicators": ["x", "m"]}, {"title": "B", "indicators": ["x"]}]),
     "phần thứ 1, nhóm thứ 2, chỉ tiêu thứ 1: chỉ tiêu «x» đã nằm trong nhóm khác"),
    (_section(groups=[{"title": "Nhóm", "indicators": ["x"]}]),
     "các phần: chỉ tiêu «m» chưa được xếp vào nhóm nào của phần nào"),
    (_section(groups=[{"title": "Nhóm"}]), "phần thứ 1, nhóm thứ 1: thiếu trường «indicators»"),
]


def test_the_document_of_the_rules_is_valid():
    spec = parse_template(_template())
    assert [i.code for i in spec.indicators] == ["x", "m"] and spec.schedule[0].due_month == 11


@pytest.mark.parametrize("change, named", RULES, ids=[named[:60] for _, named in RULES])
def test_each_rule_is_refused_naming_its_place(change, named):
    data = _template()
    change(data)
    with pytest.raises(TemplateError) as err:
        parse_template(data)
    assert err.value.code == "bad_template"
    assert any(named in p for p in err.value.details["problems"]), err.value.details["problems"]
    assert "Mẫu báo cáo «" in err.value.message


def test_messages_follow_the_language():
    from dnnd_desktop.domain import messages

    data = _template()
    data["indicators"][0]["compute"]["kind"] = "activty"
    with pytest.raises(TemplateError) as err:
        parse_template(data)
    messages.set_language("en")
    assert "indicator 1, calculation, field «kind»: «activty» is not one of the allowed values" in err.value.message
