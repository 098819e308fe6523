"""Record kind specs and validation: cleaned values out, Vietnamese field messages for bad input."""
from __future__ import annotations

import datetime as dt
import unicodedata

import pytest

from dnnd_desktop.domain.errors import ValidationError
from dnnd_desktop.domain.record_kinds import KINDS, kind_spec, vocabulary_label, vocabulary_terms
from dnnd_desktop.domain.units import communes
from dnnd_desktop.domain.validation import END_BEFORE_START, PHONE_MESSAGE, validate
from dnnd_desktop.storage.models import MODEL_BY_KIND

TODAY = dt.date(2026, 6, 1)
LAO_CAI = 15


def errors_of(kind, values, **kw):
    with pytest.raises(ValidationError) as exc:
        validate(kind, values, today=TODAY, **kw)
    return exc.value.field_errors


def test_every_spec_field_is_a_model_column_and_labels_are_vietnamese():
    for kind, spec in KINDS.items():
        model = MODEL_BY_KIND[kind]
        assert set(spec.field_names) <= set(model.data_fields()), kind
        for name in spec.list_columns:
            assert spec.field(name).list_column, (kind, name)
        assert spec.default_sort in spec.list_columns
        # Sensitive fields never appear as list columns (hidden in lists unless asked).
        assert not set(spec.sensitive_fields) & set(spec.list_columns)
    assert str(kind_spec("households").label) == "Hộ thân nhân kiều bào"
    assert set(kind_spec("household").sensitive_fields) == set(MODEL_BY_KIND["household"].__sensitive_fields__)


def test_unknown_kind_is_refused_in_vietnamese():
    with pytest.raises(ValidationError, match="Không có loại bản ghi"):
        kind_spec("planet")


def test_text_is_nfc_trimmed_and_empty_becomes_none():
    nfd = unicodedata.normalize("NFD", "Nguyễn  Văn Đức ")
    out = validate("household", {"head_name": nfd, "village": "   ", "notes": "  dòng 1\n dòng 2  "}, today=TODAY)
    assert out["head_name"] == "Nguyễn Văn Đức"
    assert unicodedata.is_normalized("NFC", out["head_name"])
    assert out["village"] is None
    assert out["notes"] == "dòng 1\n dòng 2"     # long text keeps its lines
    assert out["phone"] is None and "ethnicity" in out   # full validation lists every field


def test_required_fields_say_what_to_enter():
    errs = errors_of("activity", {})
    assert errs["title"] == "Hãy nhập tên hoạt động."
    assert errs["activity_type"] == "Hãy chọn loại hoạt động."
    assert errs["start_date"] == "Hãy nhập ngày bắt đầu."


def test_end_date_before_start_date():
    errs = errors_of("activity", {"title": "Giao lưu", "activity_type": "border_exchange",
                                  "start_date": "15/05/2026", "end_date": "14/05/2026"})
    assert errs == {"end_date": str(END_BEFORE_START)}
    out = validate("activity", {"title": "Giao lưu", "activity_type": "border_exchange",
                                "start_date": "15/05/2026", "end_date": "2026-05-15"}, today=TODAY)
    assert out["end_date"] == out["start_date"] == dt.date(2026, 5, 15)


def test_bad_date_text():
    errs = errors_of("activity", {"title": "x", "activity_type": "other", "start_date": "32/13/2026"})
    assert errs["start_date"] == "Ngày bắt đầu không đúng định dạng ngày/tháng/năm (ví dụ 15/05/2026)."


def test_birth_year_must_be_plausible():
    errs = errors_of("person", {"full_name": "Lò Thị Hương", "birth_year": 1850})
    assert errs["birth_year"] == "Năm sinh phải trong khoảng 1900–2026."
    errs = errors_of("person", {"full_name": "Lò Thị Hương", "birth_year": 2027})
    assert errs["birth_year"] == "Năm sinh phải trong khoảng 1900–2026."
    assert validate("person", {"full_name": "Lò Thị Hương", "birth_year": "1990"}, today=TODAY)["birth_year"] == 1990


def test_left_year_not_before_birth_year():
    errs = errors_of("person", {"full_name": "A", "birth_year": 1990, "left_year": 1980})
    assert errs == {"left_year": "Năm ra nước ngoài phải sau hoặc bằng năm sinh."}


@pytest.mark.parametrize("phone", ["0912 345 678", "0912.345.678", "+84 912 345 678", "0214 3831 234",
                                   "+86 138 0013 8000"])
def test_phone_formats_accepted(phone):
    assert validate("household", {"head_name": "A", "phone": phone}, today=TODAY)["phone"] == phone


@pytest.mark.parametrize("phone", ["912345678", "0912 34", "09123456789012", "abc", "+84"])
def test_phone_formats_refused(phone):
    assert errors_of("household", {"head_name": "A", "phone": phone}) == {"phone": str(PHONE_MESSAGE)}


def test_counts_and_money_not_negative_and_grouped_money_read():
    errs = errors_of("activity", {"title": "x", "activity_type": "other", "start_date": "01/01/2026",
                                  "participants_vn": -3, "funding_vnd": "-5"})
    assert errs["participants_vn"] == "Số người Việt Nam tham gia không được là số âm."
    assert errs["funding_vnd"] == "Kinh phí, giá trị hỗ trợ (đồng) không được là số âm."
    out = validate("contribution", {"purpose": "poor_fund", "amount_vnd": "5.000.000"}, today=TODAY)
    assert out["amount_vnd"] == 5_000_000
    errs = errors_of("contribution", {"purpose": "poor_fund", "amount_vnd": "năm triệu"})
    assert errs["amount_vnd"].startswith("Số tiền (đồng) phải là số tiền")


def test_vocabulary_codes_labels_and_extra_terms():
    base = {"title": "x", "start_date": "01/01/2026"}
    assert validate("activity", {**base, "activity_type": "Giao lưu biên giới"}, today=TODAY)["activity_type"] \
        == "border_exchange"
    assert validate("activity", {**base, "activity_type": "giao luu bien gioi"}, today=TODAY)["activity_type"] \
        == "border_exchange"
    errs = errors_of("activity", {**base, "activity_type": "party"})
    assert errs["activity_type"] == "Loại hoạt động: «party» không có trong danh mục. Hãy chọn trong danh sách."
    extra = {"activity_type": {"party": "Liên hoan hữu nghị"}}
    assert validate("activity", {**base, "activity_type": "party"}, today=TODAY,
                    extra_terms=extra)["activity_type"] == "party"
    out = validate("activity", {**base, "activity_type": "other", "organisers": "Hội Nông dân, mttq"}, today=TODAY)
    assert out["organisers"] == "hnd,mttq"
    assert vocabulary_label("member_org", "hnd,mttq") == "Hội Nông dân; Ủy ban MTTQ Việt Nam"


def test_country_by_code_or_vietnamese_name():
    assert validate("partner", {"name": "x", "kind": "other", "country": "Lào"}, today=TODAY)["country"] == "LA"
    assert validate("partner", {"name": "x", "kind": "other", "country": "cn"}, today=TODAY)["country"] == "CN"
    errs = errors_of("partner", {"name": "x", "kind": "other", "country": "Atlantis"})
    assert "không rõ quốc gia «Atlantis»" in errs["country"]


def test_commune_must_belong_to_the_office_province():
    lao_cai = communes(LAO_CAI)[0].code
    other = communes(1)[0].code   # Hà Nội
    assert validate("household", {"head_name": "A", "commune_code": str(lao_cai)}, today=TODAY,
                    province_code=LAO_CAI)["commune_code"] == lao_cai
    errs = errors_of("household", {"head_name": "A", "commune_code": other}, province_code=LAO_CAI)
    assert "không phải xã, phường thuộc Tỉnh Lào Cai" in errs["commune_code"]


def test_id_number_pattern_and_max_len():
    errs = errors_of("household", {"head_name": "A", "id_number": "12345"})
    assert errs["id_number"] == "Số định danh cá nhân (CCCD) không đúng định dạng (12 chữ số (CCCD) hoặc " \
                                "9 chữ số (CMND cũ))."
    errs = errors_of("household", {"head_name": "A" * 201})
    assert errs["head_name"] == "Họ và tên chủ hộ dài quá 200 ký tự (hiện có 201). Hãy rút gọn."


def test_email_and_bool():
    errs = errors_of("partner", {"name": "x", "kind": "other", "email": "không-có-a-còng"})
    assert errs["email"].startswith("Thư điện tử không đúng định dạng")
    base = {"title": "x", "activity_type": "other", "start_date": "01/01/2026"}
    assert validate("activity", {**base, "border_area": "Có"}, today=TODAY)["border_area"] is True
    assert validate("activity", base, today=TODAY)["border_area"] is False   # default
    assert errors_of("activity", {**base, "border_area": "có lẽ"})["border_area"] == \
        "Vùng biên giới: hãy chọn Có hoặc Không."


def test_partial_checks_only_given_fields_and_defaults_apply_to_new_records():
    assert validate("twinning", {"notes": "x"}, partial=True, today=TODAY) == {"notes": "x"}
    errs = errors_of("twinning", {"local_name": ""}, partial=True)
    assert list(errs) == ["local_name"]
    full = validate("twinning", {"kind": "village_village", "local_name": "Bản Lếch", "counterpart_name": "Bản Mò"},
                    today=TODAY)
    assert full["status"] == "active"


def test_unknown_field_is_an_error():
    assert "nickname" in errors_of("person", {"full_name": "A", "nickname": "B"})


def test_record_local_vocabularies():
    assert [t.code for t in vocabulary_terms("gender")] == ["male", "female", "other"]
    assert validate("person", {"full_name": "A", "gender": "Nữ"}, today=TODAY)["gender"] == "female"
