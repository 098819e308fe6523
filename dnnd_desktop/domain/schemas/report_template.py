"""The report template format (docs/report-templates.md), declared.

Every object refuses unknown keys; codes, kinds, aggregates, operators, ranges and period kinds are
closed vocabularies; texts are normalised (NFC, trimmed) and may use only the whitelisted
{placeholders}. What depends on another part is a validator reading the validation context
(`TemplateChecks`), which pydantic fills in field order: a computation's `kind` (and `aggregate`)
decide which fields its `field`, filters, `date` and `breakdown` may name; the declared indicator
codes decide what a section's groups may list; `periods` decides what `schedule` may use. The rule
over the whole document (every indicator sits in a group) is `TemplateChecks.unplaced()`, asked
after validation so it is reported together with the rest.

Nothing in a template is executed: the services translate a computation into a query only through
the whitelist of domain/report_template.py.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Discriminator,
    Field,
    PrivateAttr,
    StrictInt,
    StrictStr,
    Tag,
    ValidationInfo,
    model_validator,
)
from pydantic_core import PydanticCustomError

from ..deadlines import ScheduleError, parse_schedule_rule
from ..messages import Message, render, translate
from ..periods import KINDS as PERIOD_KINDS
from ..report_template import (
    AGGREGATES,
    CATEGORY,
    COUNT,
    DATE,
    FORMAT_VERSION,
    MAX_INDICATORS,
    MAX_TEXT,
    NUMBER,
    OPERATORS,
    PLACEHOLDERS,
    RANGE_PERIOD,
    RECORD_KINDS,
    SUM,
    FieldDef,
    KindDef,
)
from ..schema_errors import Naming
from ..text import nfc

_CODE = re.compile(r"^[a-z][a-z0-9_]{0,59}$")
_TEMPLATE_CODE = re.compile(r"^[a-z][a-z0-9_.-]{0,59}$")
_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
_MARK = "\u00a7"   # the place parse_schedule_rule is told, cut from its message (the schema names the place)


class TemplateChecks:
    """What the cross-part validators of one template remember while it is validated."""

    def __init__(self, known_codes: Callable[[str], Iterable[str]]):
        self._known_codes = known_codes
        self._code_cache: dict[str, set[str]] = {}
        self.kind: KindDef | None = None          # of the computation being validated
        self.aggregate: str | None = None
        self.periods: set[str] | None = None
        self.indicators: list[str] = []
        self.sections: set[str] = set()
        self.placed: set[str] = set()

    def codes(self, vocabulary: str) -> set[str]:
        if vocabulary not in self._code_cache:
            self._code_cache[vocabulary] = set(self._known_codes(vocabulary))
        return self._code_cache[vocabulary]

    def unplaced(self) -> list[Message]:
        """Indicators no group lists (a rule over the whole document)."""
        return [_UNPLACED.format(place=_SECTIONS, code=c) for c in sorted(set(self.indicators) - self.placed)]


def _checks(info: ValidationInfo) -> TemplateChecks:
    found = (info.context or {}).get("template")
    if not isinstance(found, TemplateChecks):     # None: validated some other way
        raise RuntimeError("validate a template through domain.report_template.parse_template")
    return found


def _error(error_type: str, /, **ctx: Any) -> PydanticCustomError:
    """A rule of this format broken; `ctx` fills its text (TEMPLATE_NAMING.custom[kind])."""
    return PydanticCustomError(error_type, error_type,
                               {k: v if isinstance(v, int) else str(v)[:80] for k, v in ctx.items()})


# -- texts ----------------------------------------------------------------------------------------
def _text(required: bool) -> Callable[[str | None], str]:
    def check(value: str | None) -> str:
        value = nfc(value or "").strip()
        if not value:
            if required:
                raise PydanticCustomError("string_too_short", "must not be empty", {"min_length": 1})
            return ""
        if len(value) > MAX_TEXT:
            raise PydanticCustomError("string_too_long", "too long", {"max_length": MAX_TEXT})
        for name in _PLACEHOLDER.findall(value):
            if name not in PLACEHOLDERS:
                raise _error("placeholder", name="{" + name + "}",
                             allowed=", ".join("{" + p + "}" for p in PLACEHOLDERS))
        if value.count("{") != value.count("}"):
            raise _error("braces")
        return value
    return check


Text = Annotated[StrictStr, AfterValidator(_text(True))]
OptionalText = Annotated[StrictStr | None, AfterValidator(_text(False))]


class _Strict(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)


# -- filters --------------------------------------------------------------------------------------
def _field_of(info: ValidationInfo, name: str) -> FieldDef | None:
    """The field of the computation's kind, or an error naming the fields it has. None when the
    kind itself is wrong (that error is reported already)."""
    kind = _checks(info).kind
    if kind is None:
        return None
    fd = kind.field(name)
    if fd is None:
        raise _error("unknown_field", value=name, kind=kind.name, allowed=", ".join(f.name for f in kind.fields))
    return fd


def _filter_field(name: str, info: ValidationInfo) -> str:
    _field_of(info, name)
    return name


def _value(fd: FieldDef, value: Any, checks: TemplateChecks) -> Any:
    """One filter value, checked against the field's type and code list."""
    if fd.role == CATEGORY:
        if fd.boolean:
            if not isinstance(value, bool):
                raise _error("value_boolean", field=fd.name)
            return value
        if fd.unit:
            if not isinstance(value, int) or isinstance(value, bool):
                raise _error("value_unit", field=fd.name)
            return value
        if not isinstance(value, str):
            raise _error("value_code_type", field=fd.name)
        allowed = {c for c, _ in fd.choices} if fd.choices else checks.codes(fd.vocabulary or "")
        if value not in allowed:
            raise _error("value_code", value=value, field=fd.name)
        return value
    if fd.role == NUMBER:
        if not isinstance(value, int) or isinstance(value, bool):
            raise _error("value_number", field=fd.name)
        return value
    if fd.role == DATE:
        if isinstance(value, str):
            try:
                return dt.date.fromisoformat(value)
            except ValueError:
                pass
        raise _error("value_date", field=fd.name)
    raise _error("value_ref", field=fd.name)


class FilterSchema(_Strict):
    """{"field": F, <one operator>: V}."""

    field: Annotated[StrictStr, AfterValidator(_filter_field)]
    equals: Any = None
    in_: Any = Field(None, alias="in")
    between: Any = None
    present: Any = None
    _parsed: tuple[str, tuple[Any, ...]] = PrivateAttr(default=("", ()))

    @model_validator(mode="after")
    def _operator(self, info: ValidationInfo) -> FilterSchema:
        ops = [op for op in OPERATORS if (op if op != "in" else "in_") in self.model_fields_set]
        if len(ops) != 1:
            raise _error("one_operator", allowed=", ".join(OPERATORS))
        op = ops[0]
        checks = _checks(info)
        fd = checks.kind.field(self.field) if checks.kind else None
        if fd is None:
            return self
        raw = self.in_ if op == "in" else getattr(self, op)
        if op == "present":
            if not isinstance(raw, bool):
                raise _error("present")
            values: tuple[Any, ...] = (raw,)
        elif op == "equals":
            values = (_value(fd, raw, checks),)
        elif op == "in":
            if not isinstance(raw, list) or not raw:
                raise _error("in_list")
            values = tuple(_value(fd, v, checks) for v in raw)
        else:
            if fd.role not in (NUMBER, DATE):
                raise _error("between_type", field=fd.name)
            if not isinstance(raw, list) or len(raw) != 2 or raw == [None, None]:
                raise _error("between_shape")
            values = tuple(None if v is None else _value(fd, v, checks) for v in raw)
        self._parsed = (op, values)
        return self

    @property
    def parsed(self) -> tuple[str, tuple[Any, ...]]:
        """(operator, values), the values checked against the field (dates as dt.date)."""
        return self._parsed


class AnyOfSchema(_Strict):
    """{"any": [filter, filter, ...]}: one of them holds (one level: no "any" inside)."""

    any: Annotated[list[FilterSchema], Field(min_length=2)]


def _filter_tag(value: Any) -> str:
    return "any~" if isinstance(value, dict) and "any" in value else "filter~"


Condition = Annotated[Annotated[FilterSchema, Tag("filter~")] | Annotated[AnyOfSchema, Tag("any~")],
                      Discriminator(_filter_tag)]


# -- the computation ------------------------------------------------------------------------------
def _kind(name: str, info: ValidationInfo) -> str:
    _checks(info).kind = RECORD_KINDS[name]
    return name


def _aggregate(name: str, info: ValidationInfo) -> str:
    _checks(info).aggregate = name
    return name


def _target(name: str | None, info: ValidationInfo) -> str | None:
    checks = _checks(info)
    if checks.kind is None or checks.aggregate is None:
        return name
    if checks.aggregate == COUNT:
        if name is not None:
            raise _error("count_field")
        return None
    if name is None:
        raise _error("unknown_field", value="null", kind=checks.kind.name,
                     allowed=", ".join(f.name for f in checks.kind.fields))
    fd = _field_of(info, name)
    if checks.aggregate == SUM and fd is not None and fd.role != NUMBER:
        raise _error("sum_not_number", value=name)
    return name


def _date_field(name: str, info: ValidationInfo) -> str:
    kind = _checks(info).kind
    if kind is not None and name not in kind.date_fields:
        raise _error("date_field", value=name, kind=kind.name, allowed=", ".join(kind.date_fields) or '"none"')
    return name


def _breakdown(name: str | None, info: ValidationInfo) -> str | None:
    kind = _checks(info).kind
    if name is None or kind is None:
        return name
    fd = kind.field(name)
    if fd is None:
        raise _error("breakdown_unknown", value=name, kind=kind.name)
    if fd.role != CATEGORY:
        raise _error("breakdown_not_category", value=name)
    return name


class DateSchema(_Strict):
    field: Annotated[StrictStr, AfterValidator(_date_field)]
    range: Literal["period", "to_end"] = RANGE_PERIOD


DateSpec = Annotated[Annotated[DateSchema, Tag("date~")] | Annotated[Literal["none"], Tag("none~")],
                     Discriminator(lambda v: "date~" if isinstance(v, dict) else "none~")]


class ComputationSchema(_Strict):
    kind: Annotated[Literal[tuple(RECORD_KINDS)], AfterValidator(_kind)]  # type: ignore[valid-type]
    aggregate: Annotated[Literal[AGGREGATES], AfterValidator(_aggregate)]  # type: ignore[valid-type]
    field: Annotated[StrictStr | None, AfterValidator(_target)] = Field(None, validate_default=True)
    where: list[Condition] = []
    date: DateSpec
    breakdown: Annotated[StrictStr | None, AfterValidator(_breakdown)] = None

    @model_validator(mode="before")
    @classmethod
    def _forget_the_previous_kind(cls, data: Any, info: ValidationInfo) -> Any:
        checks = _checks(info)
        checks.kind = checks.aggregate = None
        return data


# -- indicators and sections ----------------------------------------------------------------------
def _indicator_code(code: str, info: ValidationInfo) -> str:
    if not _CODE.match(code):
        raise _error("indicator_code", value=code)
    checks = _checks(info)
    if code in checks.indicators:
        raise _error("indicator_twice", value=code)
    checks.indicators.append(code)
    return code


class IndicatorSchema(_Strict):
    code: Annotated[StrictStr, AfterValidator(_indicator_code)]
    label: Text
    unit: OptionalText = ""
    help: OptionalText = ""
    compute: ComputationSchema | None = None
    manual: Literal[True] | None = None

    @model_validator(mode="after")
    def _computed_or_manual(self) -> IndicatorSchema:
        if (self.compute is None) == (self.manual is None):
            raise _error("compute_or_manual", value=self.code)
        return self


def _group_member(code: str, info: ValidationInfo) -> str:
    checks = _checks(info)
    if code not in checks.indicators:
        raise _error("group_undeclared", value=code)
    if code in checks.placed:
        raise _error("group_twice", value=code)
    checks.placed.add(code)
    return code


class GroupSchema(_Strict):
    title: Text
    indicators: list[Annotated[StrictStr, AfterValidator(_group_member)]]


def _section_code(code: str, info: ValidationInfo) -> str:
    if not _CODE.match(code):
        raise _error("section_code", value=code)
    checks = _checks(info)
    if code in checks.sections:
        raise _error("section_twice", value=code)
    checks.sections.add(code)
    return code


class SectionSchema(_Strict):
    code: Annotated[StrictStr, AfterValidator(_section_code)]
    title: Text
    hint: OptionalText = ""
    groups: list[GroupSchema] = []


# -- the template ---------------------------------------------------------------------------------
def _format(value: int) -> int:
    if value != FORMAT_VERSION:
        raise _error("format_version", value=value, supported=FORMAT_VERSION)
    return value


def _template_code(code: str) -> str:
    if not _TEMPLATE_CODE.match(code):
        raise _error("template_code", value=code)
    return code


def _periods(kinds: list[str], info: ValidationInfo) -> list[str]:
    _checks(info).periods = set(kinds)
    return kinds


def _schedule_entry(entry: dict[str, Any], info: ValidationInfo) -> dict[str, Any]:
    try:
        rule = parse_schedule_rule(entry, _MARK)
    except ScheduleError as exc:
        raise PydanticCustomError("nested", "{problem}",
                                  {"problem": render(exc.text).removeprefix(f"{_MARK}: ")}) from None
    periods = _checks(info).periods
    if periods is not None and rule.period_kind not in periods:
        raise _error("schedule_period", value=rule.period_kind)
    return entry


class TemplateSchema(_Strict):
    # Field order is validation order: periods before schedule, indicators before sections.
    format: Annotated[StrictInt, AfterValidator(_format)]
    code: Annotated[StrictStr, AfterValidator(_template_code)]
    version: Annotated[StrictInt, Field(ge=1)]
    title: Text
    subject: Text
    intro: OptionalText = ""
    description: StrictStr | None = None
    periods: Annotated[list[Literal[PERIOD_KINDS]],  # type: ignore[valid-type]
                       Field(min_length=1), AfterValidator(_periods)]
    schedule: list[Annotated[dict[StrictStr, Any], AfterValidator(_schedule_entry)]] = []
    indicators: Annotated[list[IndicatorSchema], Field(max_length=MAX_INDICATORS)]
    sections: Annotated[list[SectionSchema], Field(min_length=1)]


# -- what a person reads --------------------------------------------------------------------------
_SECTIONS = translate("TemplateErrors", "the sections")
_UNPLACED = translate("TemplateErrors", "{place}: the indicator «{code}» is not in any group of any section.")

TEMPLATE_NAMING = Naming(
    root=translate("TemplateErrors", "the template"),
    items={
        "indicators": translate("TemplateErrors", "indicator {n}"),
        "sections": translate("TemplateErrors", "section {n}"),
        "groups": translate("TemplateErrors", "group {n}"),
        "where": translate("TemplateErrors", "filter {n}"),
        "any": translate("TemplateErrors", "condition {n} of «any»"),
        "schedule": translate("TemplateErrors", "report deadline {n}"),
        "periods": translate("TemplateErrors", "period kind {n}"),
    },
    parts={"compute": translate("TemplateErrors", "calculation"),
           "date": translate("TemplateErrors", "date limit")},
    hidden=frozenset({"filter~", "any~", "date~", "none~"}),   # the tags of the unions above
    custom={
        "nested": translate("TemplateErrors", "{place}: {problem}"),
        "placeholder": translate(
            "TemplateErrors", "{place}: the placeholder «{name}» does not exist (allowed: {allowed})."),
        "braces": translate("TemplateErrors", "{place}: the braces {{ }} do not pair up."),
        "unknown_field": translate(
            "TemplateErrors", "{place}: the field «{value}» does not exist on the record kind «{kind}» "
            "(it has: {allowed})."),
        "value_boolean": translate("TemplateErrors", "{place}: the value of «{field}» must be true or false."),
        "value_unit": translate(
            "TemplateErrors", "{place}: the value of «{field}» must be a commune or ward code (a number)."),
        "value_code_type": translate("TemplateErrors", "{place}: the value of «{field}» must be a code (text)."),
        "value_code": translate(
            "TemplateErrors", "{place}: the code «{value}» is not in the list of the field «{field}»."),
        "value_number": translate("TemplateErrors", "{place}: the value of «{field}» must be a whole number."),
        "value_date": translate("TemplateErrors", "{place}: the value of «{field}» must be a date YYYY-MM-DD."),
        "value_ref": translate(
            "TemplateErrors", "{place}: the field «{field}» is only for counting distinct records "
            "(count_distinct), not for filtering."),
        "one_operator": translate(
            "TemplateErrors", "{place}: needs exactly one comparison (use «field» and one of: {allowed}; "
            "or «any»)."),
        "present": translate(
            "TemplateErrors", "{place}: «present» takes true (has a value) or false (is empty)."),
        "in_list": translate("TemplateErrors", "{place}: «in» needs a list of values that is not empty."),
        "between_type": translate(
            "TemplateErrors", "{place}: «between» is only used for numbers and dates, not for «{field}»."),
        "between_shape": translate(
            "TemplateErrors", "{place}: «between» needs [from, to] (one end may be null), both ends included."),
        "count_field": translate("TemplateErrors", "{place}: «count» counts records and needs no «field»."),
        "sum_not_number": translate(
            "TemplateErrors", "{place}: the field «{value}» cannot be added up (it is not a number)."),
        "date_field": translate(
            "TemplateErrors", "{place}: the date field «{value}» does not exist on the record kind «{kind}» "
            "(it has: {allowed})."),
        "breakdown_unknown": translate(
            "TemplateErrors", "{place}: the field «{value}» does not exist on the record kind «{kind}»."),
        "breakdown_not_category": translate(
            "TemplateErrors", "{place}: cannot break down by the field «{value}» (only by a list: country, "
            "type, status…)."),
        "indicator_code": translate(
            "TemplateErrors", "{place}: the indicator code «{value}» may only have lower-case letters without "
            "diacritics, digits and _."),
        "indicator_twice": translate("TemplateErrors", "{place}: the indicator code «{value}» is used twice."),
        "compute_or_manual": translate(
            "TemplateErrors", "{place}: the indicator «{value}» needs exactly one of the two: «compute» "
            "(calculated from the records) or «manual»: true (entered by hand)."),
        "group_undeclared": translate(
            "TemplateErrors", "{place}: the indicator «{value}» is not declared in «indicators»."),
        "group_twice": translate("TemplateErrors", "{place}: the indicator «{value}» is already in another group."),
        "section_code": translate(
            "TemplateErrors", "{place}: the section code «{value}» may only have lower-case letters without "
            "diacritics, digits and _."),
        "section_twice": translate("TemplateErrors", "{place}: the section code «{value}» is used twice."),
        "format_version": translate(
            "TemplateErrors", "{place}: format version «{value}» is not supported (only {supported}); "
            "update the software."),
        "template_code": translate(
            "TemplateErrors", "{place}: the template code «{value}» may only have lower-case letters without "
            "diacritics, digits, dots, hyphens and _."),
        "schedule_period": translate(
            "TemplateErrors", "{place}: the period kind «{value}» is not among the template's «periods»."),
    },
    show_values=True,
)
