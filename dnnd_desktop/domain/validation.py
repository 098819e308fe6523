"""Validation of record values against `record_kinds`: cleaned values out, or one ValidationError
whose `field_errors` say, next to each field, what is wrong and how to write it (catalogue texts,
rendered in the reader's language).

Pure Python: the GUI forms, Excel import and the record services all call the same `validate`.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from .errors import ValidationError
from .messages import Message, Text, render, translate
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
from .vocab import DONATION_PURPOSES, TO_BE_DETERMINED

PHONE_MESSAGE = translate("RecordErrors", "The phone number is not valid (for example 0912 345 678 or "
                                          "+84 912 345 678).")
EMAIL_MESSAGE = translate("RecordErrors", "The email address is not valid (for example tenban@gmail.com).")
END_BEFORE_START = translate("RecordErrors", "The end date must be on or after the start date.")

_PHONE_SEPARATORS = re.compile(r"[\s.\-()]")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_DATE_FORMATS = ("%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y-%m-%d")
_TRUE = {"1", "true", "co", "x", "yes", "dung", "c"}
_FALSE = {"0", "false", "khong", "no", "sai", "k"}


@dataclass(frozen=True)
class _Lowered(Message):
    """A label inside a sentence: its first letter (or, `whole`, all of it) in lower case, in
    whichever language the sentence is rendered."""

    whole: bool = False

    def text(self, language: str | None = None) -> str:
        shown = super().text(language)
        return shown.lower() if self.whole else shown[:1].lower() + shown[1:]


def _lowered(label: Message, whole: bool = False) -> Message:
    return _Lowered(label.context, label.source, label.params, whole)


@dataclass(frozen=True)
class _Joined(Message):
    """Several texts rendered in one language and joined by spaces (the summary of field errors)."""

    parts: tuple[Text, ...] = ()

    def text(self, language: str | None = None) -> str:
        return " ".join(render(p, language) for p in self.parts)


class _Invalid(ValueError):
    """A value rejected; `message` is the catalogue text to show next to the field."""

    def __init__(self, message: Message):
        super().__init__(message.source)
        self.message = message


def _cleaned(v: Any) -> str:
    """clean() of a value the type handlers get: check() has already turned blank input into None
    (and returned), so what reaches them cleans to a text, never to None."""
    text = clean(str(v))
    assert text is not None
    return text


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
        """The cleaned value, or raises _Invalid(message)."""
        if isinstance(raw, str):
            raw = nfc(raw).strip() if f.type == LONGTEXT else clean(raw)
        if raw is None or raw == "":
            if f.required:
                if f.type in (VOCAB, COMMUNE, COUNTRY, REF, BOOL):
                    raise _Invalid(translate("RecordErrors", "Choose {field}.").format(field=_lowered(f.label)))
                raise _Invalid(translate("RecordErrors", "Enter {field}.").format(field=_lowered(f.label)))
            return None
        handler = getattr(self, f"_{f.type}")
        return handler(f, raw)

    # -- one method per field type ------------------------------------------------------------
    def _text(self, f: FieldSpec, v: Any) -> str:
        text = _cleaned(v)
        if f.max_len and len(text) > f.max_len:
            raise _Invalid(translate("RecordErrors", "{field} is longer than {max} characters ({length} now). "
                                                     "Please shorten it.").format(field=f.label, max=f.max_len,
                                                                                  length=len(text)))
        if f.pattern and not re.match(f.pattern, text):
            hint = f.pattern_hint or translate("RecordErrors", "please check it")
            raise _Invalid(translate("RecordErrors", "{field} is not in the right format ({hint}).")
                           .format(field=f.label, hint=hint))
        return text

    def _longtext(self, f: FieldSpec, v: Any) -> str:
        text = nfc(str(v)).strip()
        if f.max_len and len(text) > f.max_len:
            raise _Invalid(translate("RecordErrors", "{field} is longer than {max} characters ({length} now). "
                                                     "Please shorten it.").format(field=f.label, max=f.max_len,
                                                                                  length=len(text)))
        return text

    def _number(self, f: FieldSpec, v: Any, money: bool) -> int:
        try:
            n = parse_int(v)
        except ValueError:
            if money:
                raise _Invalid(translate("RecordErrors", "{field} must be an amount in đồng without decimals, "
                                                         "for example 5.000.000.").format(field=f.label)) from None
            raise _Invalid(translate("RecordErrors", "{field} must be a whole number, for example 12.")
                           .format(field=f.label)) from None
        if f.min is not None and n < f.min:
            if f.min:
                raise _Invalid(translate("RecordErrors", "{field} must be {min} or more.")
                               .format(field=f.label, min=f.min))
            raise _Invalid(translate("RecordErrors", "{field} cannot be negative.").format(field=f.label))
        if f.max is not None and n > f.max:
            raise _Invalid(translate("RecordErrors", "{field} must be {max} or less.").format(field=f.label, max=f.max))
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
            raise _Invalid(translate("RecordErrors", "{field} must be between {low} and {high}.")
                           .format(field=f.label, low=low, high=high))
        return n

    def _date(self, f: FieldSpec, v: Any) -> dt.date:
        try:
            d = parse_date(v)
        except ValueError:
            raise _Invalid(translate("RecordErrors", "{field} is not a day/month/year date (for example 15/05/2026).")
                           .format(field=f.label)) from None
        if not 1900 <= d.year <= self.today.year + 10:
            raise _Invalid(translate("RecordErrors", "{field} must be within the years 1900–{high}.")
                           .format(field=f.label, high=self.today.year + 10))
        return d

    def _bool(self, f: FieldSpec, v: Any) -> bool:
        try:
            return parse_bool(v)
        except ValueError:
            raise _Invalid(translate("RecordErrors", "{field}: choose Yes or No.").format(field=f.label)) from None

    def _vocab(self, f: FieldSpec, v: Any) -> str:
        vocabulary = f.vocabulary or ""
        extra = self.extra.get(vocabulary)
        parts = [p for p in (str(v).split(",") if f.multi else [str(v)]) if p.strip()]
        codes = []
        for part in parts:
            code = resolve_code(vocabulary, part.strip(), extra)
            if code is None:
                raise _Invalid(translate("RecordErrors", "{field}: «{value}» is not in the list. Choose from the list.")
                               .format(field=f.label, value=part.strip()))
            if code not in codes:
                codes.append(code)
        return ",".join(codes)

    def _country(self, f: FieldSpec, v: Any) -> str:
        code = resolve_code("country", str(v), self.extra.get("country"))
        if code is None:
            raise _Invalid(translate("RecordErrors", "{field}: there is no country «{value}». Choose from the list.")
                           .format(field=f.label, value=v))
        return code

    def _commune(self, f: FieldSpec, v: Any) -> int:
        from .units import communes, province_by_code

        try:
            code = parse_int(v)
        except ValueError:
            raise _Invalid(translate("RecordErrors", "{field}: choose a commune or ward from the list.")
                           .format(field=f.label)) from None
        if self.province_code is not None and code not in {c.code for c in communes(self.province_code)}:
            province = province_by_code(self.province_code)
            where = province.full_name if province else translate("RecordErrors", "the office's province")
            raise _Invalid(translate("RecordErrors", "{field}: code {code} is not a commune or ward of {province}. "
                                                     "Choose from the list; an old address goes in «Old address».")
                           .format(field=f.label, code=code, province=where))
        return code

    def _phone(self, f: FieldSpec, v: Any) -> str:
        text = _cleaned(v)
        if not _phone_ok(text):
            raise _Invalid(PHONE_MESSAGE)
        return text

    def _email(self, f: FieldSpec, v: Any) -> str:
        text = _cleaned(v)
        if not _EMAIL.match(text):
            raise _Invalid(EMAIL_MESSAGE)
        return text

    def _ref(self, f: FieldSpec, v: Any) -> str:
        return str(v).strip()


# Cross-field rules: (kind, first field, second field, message) -- second must be >= first.
_ORDER_RULES = (
    ("activity", "start_date", "end_date", END_BEFORE_START),
    ("consent", "given_date", "withdrawn_date",
     translate("RecordErrors", "The date withdrawn must be on or after the date of consent.")),
    ("person", "birth_year", "left_year", translate("RecordErrors", "The year of leaving must be on or after the year "
                                                                    "of birth.")),
)


# An amount whose direction, source or kind was not given is marked "to be determined" (never
# guessed): reports leave it out of the money figures, and the list's filter finds it to settle.
_UNDETERMINED_WHEN = (
    ("activity", "funding_vnd", ("funding_direction", "funding_source")),
    ("contribution", None, ("contribution_kind",)),
)


def _mark_undetermined(kind: str, out: dict[str, Any]) -> None:
    for rule_kind, amount, names in _UNDETERMINED_WHEN:
        if rule_kind != kind or (amount is not None and not out.get(amount)):
            continue
        for name in names:
            if name in out and not out[name]:
                out[name] = TO_BE_DETERMINED
    if kind == "contribution" and out.get("contribution_kind") == TO_BE_DETERMINED:
        # What the row itself says, read as revision 0013 reads existing rows.
        purpose = out.get("purpose")
        if purpose == "investment":
            out["contribution_kind"] = "investment"
        elif purpose in DONATION_PURPOSES:
            out["contribution_kind"] = "donation"


def related_fields(kind: str, names: Iterable[str]) -> list[str]:
    """`names` plus the fields a cross-field rule pairs them with (to re-check an edit)."""
    out = list(dict.fromkeys(names))
    for rule_kind, first, second, _message in _ORDER_RULES:
        if rule_kind == kind_spec(kind).kind and (first in out or second in out):
            out += [n for n in (first, second) if n not in out]
    return out


def validate(kind: str, values: Mapping[str, Any], *, partial: bool = False, today: dt.date | None = None,
             province_code: int | None = None,
             extra_terms: Mapping[str, Mapping[str, str]] | None = None) -> dict[str, Any]:
    """Cleaned values of a record of `kind`, or ValidationError with `field_errors` per field.

    partial: only the given fields are checked (an update, an import column); otherwise every
    field of the kind is present in the result (missing ones are None) and required ones are checked.
    province_code: commune codes must belong to it. extra_terms: {vocabulary: {code: label}} added
    to the built-in vocabularies (terms from the province's task packages).
    """
    spec = kind_spec(kind)
    checker = _Checker(province_code, extra_terms, today or dt.date.today())
    known = set(spec.field_names)
    errors: dict[str, Message] = {}
    for name in values:
        if name not in known:
            errors[name] = translate("RecordErrors", "There is no field «{name}» in {kind}.").format(
                name=name, kind=_lowered(spec.label, whole=True))
    names: Iterable[str] = [n for n in spec.field_names if n in values] if partial else spec.field_names
    out: dict[str, Any] = {}
    for name in names:
        f = spec.field(name)
        raw = values.get(name)
        if not partial and f.default is not None and (raw is None or raw == ""):
            raw = f.default
        try:
            out[name] = checker.check(f, raw)
        except _Invalid as exc:
            errors[name] = exc.message
    if not partial:
        _mark_undetermined(spec.kind, out)
    for rule_kind, first, second, message in _ORDER_RULES:
        if rule_kind != spec.kind or first in errors or second in errors:
            continue
        a, b = out.get(first), out.get(second)
        if a is not None and b is not None and b < a:
            errors[second] = message
    if errors:
        raise ValidationError(translate("RecordErrors", "Some information is not right: {errors}")
                              .format(errors=_Joined("", "", {}, tuple(errors.values()))), field_errors=errors,
                              code="invalid_record")
    return out

