"""Validation of record values against `record_kinds`: cleaned values out, or one ValidationError
whose `field_errors` say in Vietnamese, next to each field, what is wrong and how to write it.

Pure Python: the GUI forms, Excel import and the record services all call the same `validate`.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from typing import Any

from .errors import ValidationError
from .record_kinds import (
    BOOL,
    COMMUNE,
    COUNTRY,
    LONGTEXT,
    REF,
    VOCAB,
    FieldSpec,
    kind_spec,
    resolve_code,
)
from .text import clean, fold, nfc

PHONE_MESSAGE = "Số điện thoại không đúng định dạng (ví dụ 0912 345 678 hoặc +84 912 345 678)."
EMAIL_MESSAGE = "Thư điện tử không đúng định dạng (ví dụ tenban@gmail.com)."
END_BEFORE_START = "Ngày kết thúc phải sau hoặc bằng ngày bắt đầu."

_PHONE_SEPARATORS = re.compile(r"[\s.\-()]")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_DATE_FORMATS = ("%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y-%m-%d")
_TRUE = {"1", "true", "co", "x", "yes", "dung", "c"}
_FALSE = {"0", "false", "khong", "no", "sai", "k"}


def _lower_first(label: str) -> str:
    return label[:1].lower() + label[1:]


def _phone_ok(text: str) -> bool:
    digits = _PHONE_SEPARATORS.sub("", text)
    if digits.startswith("+"):
        # International (E.164): partners across the border have +86 / +856 / +855 numbers.
        return digits[1:].isdigit() and 8 <= len(digits) - 1 <= 15
    # Domestic: mobile 10 digits, landline with area code 11 digits, always starting with 0.
    return digits.isdigit() and digits.startswith("0") and len(digits) in (10, 11)


def parse_date(value: Any) -> dt.date:
    """A date from a date, a datetime or text in dd/mm/yyyy (also - or .) or ISO yyyy-mm-dd."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(text)


def parse_int(value: Any) -> int:
    """An integer from a number or text with Vietnamese grouping ("1.234.567", "1 234 567")."""
    if isinstance(value, bool):
        raise ValueError(value)  # noqa: TRY004 - callers turn ValueError into a field message
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if not value.is_integer():
            raise ValueError(value)
        return int(value)
    text = re.sub(r"[\s.\u00a0]", "", str(value))
    text = text.removesuffix("đ").removesuffix("VND").removesuffix("vnd")
    if text.startswith(("+", "-")) and text[1:].isdigit() or text.isdigit():
        return int(text)
    raise ValueError(value)


def parse_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    key = fold(str(value))
    if key in _TRUE:
        return True
    if key in _FALSE:
        return False
    raise ValueError(value)


class _Checker:
    def __init__(self, province_code: int | None, extra_terms: Mapping[str, Mapping[str, str]] | None,
                 today: dt.date):
        self.province_code = province_code
        self.extra = extra_terms or {}
        self.today = today

    def check(self, f: FieldSpec, raw: Any) -> Any:
        """The cleaned value, or raises ValueError(message)."""
        if isinstance(raw, str):
            raw = nfc(raw).strip() if f.type == LONGTEXT else clean(raw)
        if raw is None or raw == "":
            if f.required:
                verb = "Hãy chọn" if f.type in (VOCAB, COMMUNE, COUNTRY, REF, BOOL) else "Hãy nhập"
                raise ValueError(f"{verb} {_lower_first(f.label)}.")
            return None
        handler = getattr(self, f"_{f.type}")
        return handler(f, raw)

    # -- one method per field type ------------------------------------------------------------
    def _text(self, f: FieldSpec, v: Any) -> str:
        v = clean(str(v))
        if f.max_len and len(v) > f.max_len:
            raise ValueError(f"{f.label} dài quá {f.max_len} ký tự (hiện có {len(v)}). Hãy rút gọn.")
        if f.pattern and not re.match(f.pattern, v):
            raise ValueError(f"{f.label} không đúng định dạng ({f.pattern_hint or 'hãy kiểm tra lại'}).")
        return v

    def _longtext(self, f: FieldSpec, v: Any) -> str:
        v = nfc(str(v)).strip()
        if f.max_len and len(v) > f.max_len:
            raise ValueError(f"{f.label} dài quá {f.max_len} ký tự (hiện có {len(v)}). Hãy rút gọn.")
        return v

    def _number(self, f: FieldSpec, v: Any, money: bool) -> int:
        try:
            n = parse_int(v)
        except ValueError:
            example = "5.000.000" if money else "12"
            kind = "số tiền (đồng, không có phần lẻ)" if money else "số nguyên"
            raise ValueError(f"{f.label} phải là {kind}, ví dụ {example}.") from None
        if f.min is not None and n < f.min:
            raise ValueError(f"{f.label} phải lớn hơn hoặc bằng {f.min}." if f.min else
                             f"{f.label} không được là số âm.")
        if f.max is not None and n > f.max:
            raise ValueError(f"{f.label} phải nhỏ hơn hoặc bằng {f.max}.")
        return n

    def _int(self, f: FieldSpec, v: Any) -> int:
        return self._number(f, v, money=False)

    def _money(self, f: FieldSpec, v: Any) -> int:
        return self._number(f, v, money=True)

    def _year(self, f: FieldSpec, v: Any) -> int:
        low, high = f.min or 1900, f.max or self.today.year
        try:
            n = parse_int(v)
        except ValueError:
            n = None
        if n is None or not low <= n <= high:
            raise ValueError(f"{f.label} phải trong khoảng {low}–{high}.")
        return n

    def _date(self, f: FieldSpec, v: Any) -> dt.date:
        try:
            d = parse_date(v)
        except ValueError:
            raise ValueError(f"{f.label} không đúng định dạng ngày/tháng/năm (ví dụ 15/05/2026).") from None
        if not 1900 <= d.year <= self.today.year + 10:
            raise ValueError(f"{f.label} phải trong khoảng năm 1900–{self.today.year + 10}.")
        return d

    def _bool(self, f: FieldSpec, v: Any) -> bool:
        try:
            return parse_bool(v)
        except ValueError:
            raise ValueError(f"{f.label}: hãy chọn Có hoặc Không.") from None

    def _vocab(self, f: FieldSpec, v: Any) -> str:
        vocabulary = f.vocabulary or ""
        extra = self.extra.get(vocabulary)
        parts = [p for p in (str(v).split(",") if f.multi else [str(v)]) if p.strip()]
        codes = []
        for part in parts:
            code = resolve_code(vocabulary, part.strip(), extra)
            if code is None:
                raise ValueError(f"{f.label}: «{part.strip()}» không có trong danh mục. "
                                 "Hãy chọn trong danh sách.")
            if code not in codes:
                codes.append(code)
        return ",".join(codes)

    def _country(self, f: FieldSpec, v: Any) -> str:
        code = resolve_code("country", str(v), self.extra.get("country"))
        if code is None:
            raise ValueError(f"{f.label}: không rõ quốc gia «{v}». Hãy chọn trong danh sách.")
        return code

    def _commune(self, f: FieldSpec, v: Any) -> int:
        from .units import communes, province_by_code

        try:
            code = parse_int(v)
        except ValueError:
            raise ValueError(f"{f.label}: hãy chọn xã, phường trong danh sách.") from None
        if self.province_code is not None and code not in {c.code for c in communes(self.province_code)}:
            province = province_by_code(self.province_code)
            where = province.full_name if province else "tỉnh của đơn vị"
            raise ValueError(f"{f.label}: mã {code} không phải xã, phường thuộc {where}. "
                             "Hãy chọn trong danh sách; địa chỉ cũ ghi ở ô «Địa chỉ cũ».")
        return code

    def _phone(self, f: FieldSpec, v: Any) -> str:
        v = clean(str(v))
        if not _phone_ok(v):
            raise ValueError(PHONE_MESSAGE)
        return v

    def _email(self, f: FieldSpec, v: Any) -> str:
        v = clean(str(v))
        if not _EMAIL.match(v):
            raise ValueError(EMAIL_MESSAGE)
        return v

    def _ref(self, f: FieldSpec, v: Any) -> str:
        return str(v).strip()


# Cross-field rules: (kind, first field, second field, message) -- second must be >= first.
_ORDER_RULES = (
    ("activity", "start_date", "end_date", END_BEFORE_START),
    ("consent", "given_date", "withdrawn_date", "Ngày rút lại đồng ý phải sau hoặc bằng ngày đồng ý."),
    ("person", "birth_year", "left_year", "Năm ra nước ngoài phải sau hoặc bằng năm sinh."),
)


def related_fields(kind: str, names) -> list[str]:
    """`names` plus the fields a cross-field rule pairs them with (to re-check an edit)."""
    out = list(dict.fromkeys(names))
    for rule_kind, first, second, _message in _ORDER_RULES:
        if rule_kind == kind_spec(kind).kind and (first in out or second in out):
            out += [n for n in (first, second) if n not in out]
    return out


def validate(kind: str, values: Mapping[str, Any], *, partial: bool = False, today: dt.date | None = None,
             province_code: int | None = None,
             extra_terms: Mapping[str, Mapping[str, str]] | None = None) -> dict[str, Any]:
    """Cleaned values of a record of `kind`, or ValidationError with Vietnamese `field_errors`.

    partial: only the given fields are checked (an update, an import column); otherwise every
    field of the kind is present in the result (missing ones are None) and required ones are checked.
    province_code: commune codes must belong to it. extra_terms: {vocabulary: {code: label}} added
    to the built-in vocabularies (terms from the province's task packages).
    """
    spec = kind_spec(kind)
    checker = _Checker(province_code, extra_terms, today or dt.date.today())
    known = set(spec.field_names)
    errors: dict[str, str] = {}
    for name in values:
        if name not in known:
            errors[name] = f"Trường «{name}» không có trong {spec.label.lower()}."
    names: Iterable[str] = [n for n in spec.field_names if n in values] if partial else spec.field_names
    out: dict[str, Any] = {}
    for name in names:
        f = spec.field(name)
        raw = values.get(name)
        if not partial and f.default is not None and (raw is None or raw == ""):
            raw = f.default
        try:
            out[name] = checker.check(f, raw)
        except ValueError as exc:
            errors[name] = str(exc)
    for rule_kind, first, second, message in _ORDER_RULES:
        if rule_kind != spec.kind or first in errors or second in errors:
            continue
        a, b = out.get(first), out.get(second)
        if a is not None and b is not None and b < a:
            errors[second] = message
    if errors:
        raise ValidationError("Thông tin chưa đúng: " + " ".join(errors.values()), field_errors=errors,
                              code="invalid_record")
    return out

