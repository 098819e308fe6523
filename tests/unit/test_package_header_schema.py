"""The package header and the manifest are validated by their declared schemas: every rule refused
with the package's code, and each problem named with its place in the header (in Vietnamese)."""
from __future__ import annotations

import json

import pytest

from dnnd_desktop.exchange.package import format as fmt
from dnnd_desktop.exchange.package.errors import PackageError
from dnnd_desktop.exchange.package.header import parse_header
from dnnd_desktop.exchange.package.manifest import parse_manifest
from dnnd_desktop.exchange.package.strict_json import dumps_canonical

OFFICE = "3f1c2b7e-7d2a-4a53-9a0e-2f3b1c4d5e6f"
SITE = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"


def _header(**changes) -> dict:
    h = {"format": "dnnd-package", "kind": "report", "package_id": "5b0f3c1e-2d43-4c36-9a8e-6a1f0e6d2c11",
         "sender": {"office_id": OFFICE, "site_id": SITE, "key_id": "0123456789abcdef"},
         "recipients": ["tinh-lao-cai"], "sequence": 3, "created": "2026-05-15T08:00:00Z",
         "expires": "2026-06-15T08:00:00Z", "schema_version": 1, "payload_size": 1000}
    h.update(changes)
    return h


def _refused(obj) -> PackageError:
    with pytest.raises(PackageError) as info:
        parse_header(json.dumps(obj).encode())
    return info.value


def test_a_valid_header_parses():
    # Canonical form (issue 16: strict JSON means one byte form; json.dumps' spaces are refused).
    h = parse_header(dumps_canonical(_header()))
    assert (h.kind, h.sequence, h.recipients, h.sender.key_id) == ("report", 3, ("tinh-lao-cai",), "0123456789abcdef")
    assert h.expires > h.created
    assert parse_header(dumps_canonical(_header(expires=None))).expires is None


def _without(key):
    h = _header()
    del h[key]
    return h


@pytest.mark.parametrize("obj, named", [
    (_without("created"), "phần đầu gói: thiếu trường «created»"),
    (_header(colour="red"), "phần đầu gói: trường «colour» không có trong định dạng này"),
    (_header(format="zip"), "trường «format»: không phải một trong các giá trị được dùng (dnnd-package)"),
    (_header(kind="letters"), "trường «kind»: không phải một trong các giá trị được dùng (report, sync, tasks, "
                              "identity)"),
    (_header(package_id="../../x"), "trường «package_id»: không đúng dạng quy định"),
    (_header(sender={"office_id": OFFICE, "site_id": SITE}), "đơn vị gửi: thiếu trường «key_id»"),
    (_header(sender={"office_id": OFFICE, "site_id": SITE, "key_id": "0123456789abcdef", "name": "x"}),
     "đơn vị gửi: trường «name» không có"),
    (_header(sender={"office_id": OFFICE, "site_id": SITE, "key_id": "XYZ"}),
     "đơn vị gửi, trường «key_id»: không đúng dạng quy định"),
    (_header(sender="tinh"), "đơn vị gửi: phải là một đối tượng JSON"),
    (_header(recipients=[]), "trường «recipients»: cần ít nhất 1 mục"),
    (_header(recipients=[f"o{i}" for i in range(fmt.MAX_RECIPIENTS + 1)]), "trường «recipients»: có quá 64 mục"),
    (_header(recipients=["tinh-lao-cai", "../x"]), "đơn vị nhận thứ 2: không đúng dạng quy định"),
    (_header(recipients=["a", "a"]), "phần đầu gói: một đơn vị nhận được ghi hai lần"),
    (_header(sequence="3"), "trường «sequence»: phải là số nguyên"),
    (_header(sequence=True), "trường «sequence»: phải là số nguyên"),
    (_header(sequence=-1), "trường «sequence»: phải từ 0 trở lên"),
    (_header(sequence=2**53), "trường «sequence»: không được quá 9007199254740991"),
    (_header(schema_version=0), "trường «schema_version»: phải từ 1 trở lên"),
    (_header(payload_size=fmt.MAX_TOTAL_BYTES * 2 + 1), "trường «payload_size»: không được quá"),
    (_header(created="15/05/2026"), "trường «created»: không đúng dạng quy định"),
    (_header(created="2026-02-30T08:00:00Z"), "trường «created»: không phải ngày giờ có thật (UTC)"),
    (_header(expires="2026-05-15T08:00:00Z"), "phần đầu gói: hạn dùng không sau thời điểm tạo gói"),
    ([1, 2], "phần đầu gói: phải là một đối tượng JSON"),
], ids=lambda v: v if isinstance(v, str) and len(v) < 40 else None)
def test_each_rule_is_refused_naming_its_place(obj, named):
    err = _refused(obj)
    assert err.code == "header_invalid"
    assert any(named in p for p in err.details["problems"]), err.details["problems"]
    assert err.reason  # the same in English, for logs
    assert "Phần đầu của gói dữ liệu" in err.message or "header" in err.message


def test_every_problem_is_listed_not_only_the_first():
    err = _refused(_header(kind="letters", sequence=-1, colour=1))
    assert len(err.details["problems"]) == 3


def _manifest(**changes) -> dict:
    m = {"format": "dnnd-manifest", "package_id": "p", "kind": "report",
         "sender": {"office_id": OFFICE, "site_id": SITE}, "recipients": ["tinh"], "sequence": 1,
         "schema_version": 1, "files": [{"name": "reports.json", "size": 2, "sha256": "0" * 64}]}
    m.update(changes)
    return m


@pytest.mark.parametrize("obj, code, named", [
    (_manifest(files=[{"name": "reports.json", "size": 2}]), "payload_invalid", "tệp thứ 1: thiếu trường «sha256»"),
    (_manifest(files=[{"name": "reports.json", "size": -1, "sha256": "0" * 64}]), "payload_invalid",
     "tệp thứ 1, trường «size»: phải từ 0 trở lên"),
    (_manifest(files=[{"name": "reports.json", "size": 2, "sha256": "ABC"}]), "payload_invalid",
     "tệp thứ 1, trường «sha256»: không đúng dạng quy định"),
    (_manifest(sequence="1"), "payload_invalid", "trường «sequence»: phải là số nguyên"),
    (_manifest(extra=1), "payload_invalid", "trường «extra» không có"),
    (_manifest(files=[{"name": "../x.json", "size": 2, "sha256": "0" * 64}]), "bad_entry_name", None),
    (_manifest(files=[{"name": "a.json", "size": fmt.MAX_ENTRY_BYTES + 1, "sha256": "0" * 64}]), "too_large", None),
    (_manifest(files=[{"name": "a.json", "size": 1, "sha256": "0" * 64}] * 2), "entry_extra", None),
])
def test_manifest_rules_keep_their_codes(obj, code, named):
    with pytest.raises(PackageError) as info:
        parse_manifest(json.dumps(obj).encode())
    assert info.value.code == code
    if named:
        assert any(named in p for p in info.value.details["problems"]), info.value.details["problems"]


def test_a_header_not_in_canonical_form_is_refused():
    """Issue 16 item 9: strict JSON means one byte form (the writer's): spaces, unsorted keys or
    \\u escapes give the same values in other bytes, and are refused."""
    good = dumps_canonical(_header())
    parse_header(good)
    obj = json.loads(good)
    variants = [
        json.dumps(obj, sort_keys=True).encode(),                                   # spaces
        json.dumps(dict(reversed(list(obj.items()))), separators=(",", ":")).encode(),  # key order
        good + b" ",                                                                # trailing space
    ]
    for data in variants:
        with pytest.raises(PackageError) as e:
            parse_header(data)
        assert e.value.code == "header_invalid"
