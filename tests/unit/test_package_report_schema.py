"""Report packages' content (reports.json, answers.json) is validated by declared schemas: each
rule refused as content_invalid, the message naming the place, never a value."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from dnnd_desktop.services.packages.common import ContentInvalid
from dnnd_desktop.services.packages.contents import parse_answers, parse_report_files

RID = "5b0f3c1e-2d43-4c36-9a8e-6a1f0e6d2c11"
SECRET = "Vàng Seo Chẩu"


def _report(**changes) -> dict:
    r = {"id": RID, "office_id": "huyen-bat-xat", "template_code": "bao_cao_dnnd", "template_version": 1,
         "period": "2026-H1", "revision": 1, "indicators": {"act_total": {"value": 3}}, "overrides": {},
         "narrative": {"results": SECRET}, "status": "approved", "doc_date": "2026-05-15",
         "approved_at": "2026-05-15T08:00:00+07:00", "computed_at": None, "document": None}
    r.update(changes)
    return r


def _files(*reports) -> dict[str, bytes]:
    return {"reports.json": json.dumps({"reports": list(reports)}, ensure_ascii=False).encode()}


def test_a_valid_report_payload_parses_to_stored_values():
    content = parse_report_files(_files(_report()))
    [r] = content.reports
    assert r["doc_date"] == dt.date(2026, 5, 15) and r["approved_at"] == dt.datetime(2026, 5, 15, 1, 0)
    assert r["document"] == {} and r["computed_at"] is None and r["narrative"] == {"results": SECRET}


def _without(key):
    r = _report()
    del r[key]
    return r


@pytest.mark.parametrize("report, named", [
    (_without("revision"), "báo cáo thứ 1: thiếu trường «revision»"),
    (_report(colour="red"), "báo cáo thứ 1: trường «colour» không có trong định dạng này"),
    (_report(id="../x"), "báo cáo thứ 1, trường «id»: không đúng dạng quy định"),
    (_report(office_id=""), "báo cáo thứ 1, trường «office_id»: không được để trống"),
    (_report(template_version="1"), "báo cáo thứ 1, trường «template_version»: phải là số nguyên"),
    (_report(revision=True), "báo cáo thứ 1, trường «revision»: phải là số nguyên"),
    (_report(indicators=[1]), "báo cáo thứ 1, trường «indicators»: phải là một đối tượng JSON"),
    (_report(title=5), "báo cáo thứ 1, trường «title»: phải là chữ"),
    (_report(doc_date="15/05/2026"), "báo cáo thứ 1, trường «doc_date»: không phải ngày"),
    (_report(approved_at=SECRET), "báo cáo thứ 1, trường «approved_at»: không phải ngày giờ"),
])
def test_each_report_rule_is_refused_naming_its_place(report, named):
    with pytest.raises(ContentInvalid) as info:
        parse_report_files(_files(_report(), report))
    assert info.value.code == "content_invalid"
    text = info.value.message.replace("báo cáo thứ 2", "báo cáo thứ 1")
    assert named in text, info.value.message
    assert SECRET not in info.value.message and SECRET not in info.value.details["reason"]


def test_the_reports_file_itself_must_be_right():
    for bad in ({"reports": {}}, {"reports": [], "more": 1}, []):
        with pytest.raises(ContentInvalid):
            parse_report_files({"reports.json": json.dumps(bad).encode()})


def _answer(**changes) -> dict:
    a = {"report_id": RID, "status": "returned", "comment": "Bổ sung số liệu", "answered_at": "2026-05-20T08:00:00"}
    a.update(changes)
    return a


@pytest.mark.parametrize("answer, named", [
    ({k: v for k, v in _answer().items() if k != "comment"}, "câu trả lời thứ 1: thiếu trường «comment»"),
    (_answer(status="lost"), "câu trả lời thứ 1, trường «status»: không phải một trong các giá trị được dùng "
                             "(acknowledged, returned)"),
    (_answer(comment=1), "câu trả lời thứ 1, trường «comment»: phải là chữ"),
    (_answer(answered_at=None), "câu trả lời thứ 1, trường «answered_at»: phải là chữ"),
    (_answer(extra=1), "câu trả lời thứ 1: trường «extra» không có"),
])
def test_each_answer_rule_is_refused_naming_its_place(answer, named):
    assert parse_answers({"answers": [_answer()]})[0]["answered_at"] == dt.datetime(2026, 5, 20, 8, 0)
    with pytest.raises(ContentInvalid) as info:
        parse_answers({"answers": [answer]})
    assert info.value.code == "content_invalid" and named in info.value.message, info.value.message
