"""Sync data is validated by declared schemas: a changeset line against its kind's record
(wire_schema.py), the changeset description against its own (changeset_schema.py). Every rule is
refused, naming the place in the record, and never quoting a value (records hold personal data)."""
from __future__ import annotations

import copy
import json

import pytest

from dnnd_desktop.services.sync.changeset import ChangesetError, check_header
from dnnd_desktop.services.sync.codec import RowError, parse_wire, parse_wire_line
from dnnd_desktop.storage.models import MODEL_BY_KIND

HOUSEHOLD = MODEL_BY_KIND["household"]
ID = "5b0f3c1e-2d43-4c36-9a8e-6a1f0e6d2c11"
OFFICE = "3f1c2b7e-7d2a-4a53-9a0e-2f3b1c4d5e6f"
SITE = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"
SECRET = "Vàng Seo Chẩu"


def _record() -> dict:
    return {"id": ID, "origin_office_id": OFFICE, "origin_site_id": SITE, "version": {SITE: 2},
            "stamps": [[1, SITE, ["head_name", "head_birth_year"]], [2, SITE, ["village"]]], "deleted": False,
            "fields": {"head_name": SECRET, "head_birth_year": 1969, "village": "Phìn Hồ", "commune_code": 2842},
            "created_at": "2026-05-01T08:00:00", "created_by": "Cán bộ", "updated_at": "2026-05-02T08:00:00",
            "updated_by": "Cán bộ"}


def test_a_valid_record_parses_with_absent_fields_as_null():
    w = parse_wire(HOUSEHOLD, _record())
    assert w.state["fields"]["phone"] is None and w.state["fields"]["head_birth_year"] == 1969
    assert w.state["stamps"] == {"head_name": [1, SITE], "head_birth_year": [1, SITE], "village": [2, SITE]}
    line = json.dumps(_record(), ensure_ascii=False).encode()
    assert parse_wire_line(HOUSEHOLD, line).state == w.state


def _set(path, value):
    def change(r):
        target = r
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value
    return change


def _drop(*path):
    def change(r):
        target = r
        for key in path[:-1]:
            target = target[key]
        del target[path[-1]]
    return change


RULES = {
    "unknown key": (_set(("extra",), 1), "bản ghi: trường «extra» không có trong định dạng này"),
    "missing key": (_drop("deleted"), "bản ghi: thiếu trường «deleted»"),
    "id not a uuid": (_set(("id",), "../../etc/passwd"), "trường «id»: không đúng dạng quy định"),
    "unknown field": (_set(("fields", "salary"), 1), "bản ghi: trường «salary» không có"),
    "required field missing": (_drop("fields", "head_name"), "bản ghi: thiếu trường «head_name»"),
    "required field null": (_set(("fields", "head_name"), None), "trường «head_name»: phải là chữ"),
    "text as number": (_set(("fields", "head_birth_year"), "1969"), "trường «head_birth_year»: phải là số nguyên"),
    "bool as number": (_set(("fields", "head_birth_year"), True), "trường «head_birth_year»: phải là số nguyên"),
    "float as number": (_set(("fields", "head_birth_year"), 1969.0), "trường «head_birth_year»: phải là số nguyên"),
    "too long": (_set(("fields", "phone"), "0" * 41), "trường «phone»: dài quá 40 ký tự"),
    "NUL in text": (_set(("fields", "village"), "a\x00b"), "trường «village»: không đúng dạng quy định"),
    "huge integer": (_set(("fields", "commune_code"), 2**64), "trường «commune_code»: phải nhỏ hơn"),
    "empty version": (_set(("version",), {}), "trường «version»: cần ít nhất 1 mục"),
    "counter zero": (_set(("version", SITE), 0), f"phiên bản của máy «{SITE}»: phải từ 1 trở lên"),
    "version key": (_set(("version", "x"), 1), "«x»: không đúng dạng quy định"),
    "stamps not groups": (_set(("stamps",), {"head_name": [1, SITE]}), "trường «stamps»: phải là một danh sách"),
    "stamp group shape": (_set(("stamps", 0), [1, SITE]), "nhóm dấu ghi thứ 1"),
    "origin not in version": (_set(("origin_site_id",), "1a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"),
                              "máy tạo bản ghi không có trong véc-tơ phiên bản"),
    "stamp beyond version": (lambda r: r["stamps"].append([9, SITE, ["phone"]]), "có dấu ghi vượt quá véc-tơ"),
    "stamp of unknown field": (lambda r: r["stamps"].append([1, SITE, ["salary"]]), "nêu một trường không có"),
    "field stamped twice": (lambda r: r["stamps"].append([2, SITE, ["head_name"]]), "nêu một trường hai lần"),
    "tombstone without stamp": (_set(("deleted",), True), "đã xóa nhưng không có dấu ghi xóa"),
    "merged into itself": (lambda r: r.update(merged_into_id=ID, deleted=True,
                                              stamps=r["stamps"] + [[2, SITE, ["__deleted__"]]]),
                           "«merged_into_id» trỏ tới chính bản ghi"),
    "siblings too few": (_set(("siblings",), {"village": [{"value": "a", "stamp": [1, SITE]}]}),
                         "các giá trị khác của «village»: cần ít nhất 2 mục"),
    "sibling of unknown field": (_set(("siblings",), {"salary": [{"value": 1, "stamp": [1, SITE]}] * 2}),
                                 "cho một trường mà loại bản ghi này không có"),
    "sibling value of wrong type": (_set(("siblings",), {"village": [{"value": 1, "stamp": [1, SITE]}] * 2}),
                                    "một giá trị khác của «village» không hợp"),
    "sibling unknown key": (_set(("siblings",), {"village": [{"value": "a", "stamp": [1, SITE], "x": 1}] * 2}),
                            "các giá trị khác của «village», mục thứ 1: trường «x» không có"),
    "meta too long": (_set(("updated_by",), "x" * 201), "trường «updated_by»: dài quá 200 ký tự"),
}


@pytest.mark.parametrize("name", list(RULES))
def test_each_record_rule_is_refused_naming_its_place(name):
    change, named = RULES[name]
    record = copy.deepcopy(_record())
    change(record)
    for parse, arg in ((parse_wire, record), (parse_wire_line, json.dumps(record).encode())):
        with pytest.raises(RowError) as info:
            parse(HOUSEHOLD, arg)
        assert named in str(info.value), str(info.value)
        assert SECRET not in str(info.value)


def test_a_line_that_is_not_json_is_refused_without_an_id():
    with pytest.raises(RowError) as info:
        parse_wire_line(HOUSEHOLD, b"{not json")
    assert info.value.record_id is None and "không phải JSON" in str(info.value)
    bad = dict(_record(), deleted="no")
    with pytest.raises(RowError) as info:
        parse_wire_line(HOUSEHOLD, json.dumps(bad).encode())
    assert info.value.record_id == ID


def _header(**changes) -> dict:
    h = {"format": "dnnd-changeset", "format_version": 1, "office_id": OFFICE, "site_id": SITE,
         "base": {}, "upto": {SITE: 5}, "counts": {"household": 1}, "blobs": ["a" * 64]}
    h.update(changes)
    return h


def test_a_valid_changeset_description_passes():
    check_header(_header())


@pytest.mark.parametrize("header, code, named", [
    ([1], "changeset_invalid", None),
    (_header(format="other"), "changeset_invalid", None),
    (_header(format_version=2), "changeset_newer", None),
    (_header(office_id="x"), "changeset_invalid", "trường «office_id»: không đúng dạng quy định"),
    (_header(base={"x": 1}), "changeset_invalid", "«base», máy «x»"),
    (_header(upto={SITE: -1}), "changeset_invalid", f"«upto», máy «{SITE}»: phải từ 0 trở lên"),
    (_header(counts={"salary": 1}), "changeset_invalid", "«counts», loại «salary»"),
    (_header(counts={"household": "1"}), "changeset_invalid", "«counts», loại «household»: phải là số nguyên"),
    (_header(blobs=["xyz"]), "changeset_invalid", "tệp đính kèm thứ 1: không đúng dạng quy định"),
    ({k: v for k, v in _header().items() if k != "upto"}, "changeset_invalid",
     "phần mô tả dữ liệu đồng bộ: thiếu trường «upto»"),
])
def test_each_changeset_description_rule_is_refused(header, code, named):
    with pytest.raises(ChangesetError) as info:
        check_header(header)
    assert info.value.code == code
    if named:
        assert named in info.value.message, info.value.message
