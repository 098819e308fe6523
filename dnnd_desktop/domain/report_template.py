"""Report templates as data: the format, its validation, and the filled report they produce.

A template (JSON; see docs/report-templates.md) names its indicators and narrative sections. An
indicator is either entered by hand or computed by a small declarative spec: a record kind, filters
on whitelisted fields, the period's date range on one of the kind's date fields, an aggregate, and
an optional breakdown. Nothing in a template is ever executed: services translate the spec into a
query only through the whitelist below, so a template arriving in a package cannot reach any other
column or table. Every unknown key, kind, field, operator, aggregate or code is refused with a
message naming it.

Plain Python (no SQLAlchemy): the services own the queries, the exchange modules the files.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from . import record_kinds as rk
from . import vocab
from .deadlines import ScheduleError, ScheduleRule, next_period, parse_schedule_rule
from .errors import ValidationError
from .messages import DOCUMENT_LANGUAGE, Message, Text, render, translate
from .periods import KINDS as PERIOD_KINDS
from .periods import Period
from .text import nfc, sort_key

FORMAT_VERSION = 1

# -- the whitelist: record kinds and the fields a template may use --------------------------------
# Derived from the record kinds' one description: a field marked `reportable` there is usable here,
# with its label; kinds with no reportable field (consents) are not.
CATEGORY, NUMBER, DATE, REF = "category", "number", "date", "ref"


@dataclass(frozen=True)
class FieldDef:
    name: str
    label: Message
    role: str                              # category / number / date / ref
    vocabulary: str | None = None          # for categories coded by a vocabulary ("country" too)
    choices: tuple[tuple[str, Text], ...] = ()   # closed lists: (code, label)
    boolean: bool = False
    unit: bool = False                     # commune codes (GSO)


@dataclass(frozen=True)
class KindDef:
    name: str
    label: Message
    fields: tuple[FieldDef, ...]

    def field(self, name: str) -> FieldDef | None:
        return next((f for f in self.fields if f.name == name), None)

    @property
    def date_fields(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields if f.role == DATE)


_ROLES = {rk.INT: NUMBER, rk.MONEY: NUMBER, rk.YEAR: NUMBER, rk.DATE: DATE, rk.REF: REF}


def _field_def(f: rk.FieldSpec) -> FieldDef:
    if f.type in _ROLES:
        return FieldDef(f.name, f.label, _ROLES[f.type])
    if f.type == rk.BOOL:
        return FieldDef(f.name, f.label, CATEGORY, boolean=True)
    if f.type == rk.COMMUNE:
        return FieldDef(f.name, f.label, CATEGORY, unit=True)
    if f.type == rk.VOCAB and f.vocabulary in rk.LOCAL_VOCABULARIES:   # closed lists a province cannot extend
        return FieldDef(f.name, f.label, CATEGORY,
                        choices=tuple((t.code, t.label) for t in rk.LOCAL_VOCABULARIES[f.vocabulary]))
    if f.type in (rk.VOCAB, rk.COUNTRY):
        return FieldDef(f.name, f.label, CATEGORY, f.vocabulary)
    raise ValueError(f"{f.name}: a {f.type} field cannot be reportable")   # a mistake in record_kinds.py


RECORD_KINDS: dict[str, KindDef] = {
    spec.kind: KindDef(spec.kind, spec.label, tuple(_field_def(f) for f in spec.reportable_fields))
    for spec in rk.KINDS.values() if spec.reportable_fields
}

COUNT, SUM, COUNT_DISTINCT = "count", "sum", "count_distinct"
AGGREGATES = (COUNT, SUM, COUNT_DISTINCT)
RANGE_PERIOD, RANGE_TO_END = "period", "to_end"
OPERATORS = ("equals", "in", "between", "present")
PLACEHOLDERS = ("period_label", "next_period_label", "year", "office_name", "unit_name")

_CODE = re.compile(r"^[a-z][a-z0-9_]{0,59}$")
_TEMPLATE_CODE = re.compile(r"^[a-z][a-z0-9_.-]{0,59}$")
_KEY = re.compile(r"^[A-Za-z0-9_]{1,40}$")
_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
MAX_INDICATORS = 300
MAX_TEXT = 2000


# -- the parsed template --------------------------------------------------------------------------
@dataclass(frozen=True)
class Filter:
    field: str
    op: str                               # equals / in / between / present
    values: tuple[Any, ...]               # equals: (v,); in: (v, ...); between: (lo, hi); present: (bool,)


@dataclass(frozen=True)
class AnyOf:
    """True when any of its filters is (one level: filters inside are plain)."""

    filters: tuple[Filter, ...]


@dataclass(frozen=True)
class Computation:
    kind: str
    aggregate: str
    field: str | None                     # the summed or distinct-counted field
    where: tuple[Filter | AnyOf, ...]
    date_field: str | None                # None: not limited to the period (a standing count)
    date_range: str = RANGE_PERIOD        # period: within it; to_end: up to its last day (or undated)
    breakdown: str | None = None


@dataclass(frozen=True)
class Indicator:
    code: str
    label: str
    unit: str
    compute: Computation | None           # None: entered by hand
    help: str = ""

    @property
    def manual(self) -> bool:
        return self.compute is None

    @property
    def breakdown_label(self) -> str:
        """In Vietnamese, like the rest of a report's content (it is a document)."""
        if not self.compute or not self.compute.breakdown:
            return ""
        fd = RECORD_KINDS[self.compute.kind].field(self.compute.breakdown)
        assert fd is not None   # a validated template breaks down by a known field
        return fd.label.text(DOCUMENT_LANGUAGE)


@dataclass(frozen=True)
class IndicatorGroup:
    title: str
    indicators: tuple[str, ...]


@dataclass(frozen=True)
class Section:
    code: str
    title: str
    hint: str = ""
    groups: tuple[IndicatorGroup, ...] = ()


@dataclass(frozen=True)
class ReportTemplateSpec:
    code: str
    version: int
    title: str
    subject: str
    intro: str
    periods: tuple[str, ...]
    schedule: tuple[ScheduleRule, ...]
    indicators: tuple[Indicator, ...]
    sections: tuple[Section, ...]
    body: dict[str, Any] = field(compare=False, repr=False)   # the JSON as validated (stored, sent in packages)

    def indicator(self, code: str) -> Indicator:
        for ind in self.indicators:
            if ind.code == code:
                return ind
        raise KeyError(code)

    def section(self, code: str) -> Section:
        for sec in self.sections:
            if sec.code == code:
                return sec
        raise KeyError(code)


@dataclass(frozen=True)
class _Joined(Message):
    """Problems rendered in one language and joined by "; " (the summary of a refused template)."""

    parts: tuple[Text, ...] = ()

    def text(self, language: str | None = None) -> str:
        return "; ".join(render(p, language) for p in self.parts)


class TemplateError(ValidationError):
    """A template that cannot be used; `details["problems"]` lists every problem found."""

    code = "bad_template"


# -- validation -----------------------------------------------------------------------------------
KnownCodes = Callable[[str], Iterable[str]]


def builtin_codes(vocabulary: str) -> set[str]:
    return {t.code for t in vocab.terms(vocabulary)}


class _Checker:
    def __init__(self, known_codes: KnownCodes):
        self.problems: list[Text] = []
        self.known_codes = known_codes
        self._code_cache: dict[str, set[str]] = {}

    def add(self, where: Text, message: Message) -> None:
        self.problems.append(translate("ReportTemplates", "{where}: {problem}").format(where=where, problem=message))

    def keys(self, obj: dict, where: str, required: set[str], optional: set[str]) -> bool:
        ok = True
        for k in sorted(set(obj) - required - optional):
            self.add(where, translate("ReportTemplates", "the template format has no field «{name}» (the fields are: "
                                                         "{names}).")
                     .format(name=k, names=", ".join(sorted(required | optional))))
            ok = False
        for k in sorted(required - set(obj)):
            self.add(where, translate("ReportTemplates", "the field «{name}» is missing.").format(name=k))
            ok = False
        return ok

    def text(self, obj: dict, key: str, where: str, required: bool = True) -> str:
        value = obj.get(key)
        if value is None and not required:
            return ""
        if not isinstance(value, str) or (required and not value.strip()):
            self.add(f"{where}.{key}", translate("ReportTemplates", "must be a text, not empty."))
            return ""
        value = nfc(value).strip()
        if len(value) > MAX_TEXT:
            self.add(f"{where}.{key}",
                     translate("ReportTemplates", "longer than {max} characters.").format(max=MAX_TEXT))
        for name in _PLACEHOLDER.findall(value):
            if name not in PLACEHOLDERS:
                self.add(f"{where}.{key}", translate("ReportTemplates", "there is no placeholder «{placeholder}» (the "
                                                                        "placeholders are: {placeholders}).")
                         .format(placeholder="{" + name + "}",
                                 placeholders=", ".join("{" + p + "}" for p in PLACEHOLDERS)))
        if value.count("{") != value.count("}"):
            self.add(f"{where}.{key}", translate("ReportTemplates", "the braces {{ }} do not match."))
        return value

    def codes(self, vocabulary: str) -> set[str]:
        if vocabulary not in self._code_cache:
            self._code_cache[vocabulary] = set(self.known_codes(vocabulary))
        return self._code_cache[vocabulary]

    def value(self, fd: FieldDef, value: Any, where: str) -> Any:
        """One filter value, checked against the field's type and code list."""
        if fd.role == CATEGORY:
            if fd.boolean:
                if not isinstance(value, bool):
                    self.add(where, translate("ReportTemplates", "the value of «{name}» must be true or false.")
                             .format(name=fd.name))
                return value
            if fd.unit:
                if not isinstance(value, int) or isinstance(value, bool):
                    self.add(where, translate("ReportTemplates", "the value of «{name}» must be a commune or ward code "
                                                                 "(a number).").format(name=fd.name))
                return value
            if not isinstance(value, str):
                self.add(where, translate("ReportTemplates", "the value of «{name}» must be a code (a string).")
                         .format(name=fd.name))
                return value
            allowed = {c for c, _ in fd.choices} if fd.choices else self.codes(fd.vocabulary or "")
            if value not in allowed:
                self.add(where, translate("ReportTemplates",
                                          "the code «{code}» is not in the list of the field «{name}».")
                         .format(code=value, name=fd.name))
            return value
        if fd.role == NUMBER:
            if not isinstance(value, int) or isinstance(value, bool):
                self.add(where, translate("ReportTemplates", "the value of «{name}» must be a whole number.")
                         .format(name=fd.name))
            return value
        if fd.role == DATE:
            if isinstance(value, str):
                try:
                    return dt.date.fromisoformat(value)
                except ValueError:
                    pass
            self.add(where, translate("ReportTemplates", "the value of «{name}» must be a date written YYYY-MM-DD.")
                     .format(name=fd.name))
            return None
        self.add(where, translate("ReportTemplates", "the field «{name}» only counts distinct records "
                                                     "(count_distinct); it cannot filter.").format(name=fd.name))
        return value

    def filter(self, kind: KindDef, obj: Any, where: str, nested: bool = False) -> Filter | AnyOf | None:
        if not isinstance(obj, dict):
            self.add(where, translate("ReportTemplates",
                                      "each filter must be an object, for example "
                                      "{{\"field\": \"activity_type\", \"equals\": \"border_exchange\"}}."))
            return None
        if "any" in obj and not nested:
            if not self.keys(obj, where, {"any"}, set()):
                return None
            items = obj["any"]
            if not isinstance(items, list) or len(items) < 2:
                self.add(f"{where}.any", translate("ReportTemplates", "needs a list of at least two filters."))
                return None
            parts = [self.filter(kind, it, f"{where}.any[{i}]", nested=True) for i, it in enumerate(items)]
            return AnyOf(tuple(p for p in parts if p)) if all(parts) else None
        ops = [k for k in obj if k != "field"]
        if "field" not in obj or len(ops) != 1 or ops[0] not in OPERATORS:
            bad = [k for k in ops if k not in OPERATORS]
            operators = ", ".join(OPERATORS)
            if bad:
                problem = translate("ReportTemplates", "there is no comparison «{operator}» (use «field» and one of: "
                                                       "{operators})").format(operator=bad[0], operators=operators)
            else:
                problem = translate("ReportTemplates", "needs exactly one comparison (use «field» and one of: "
                                                       "{operators})").format(operators=operators)
            if nested:
                self.add(where, translate("ReportTemplates", "{problem}.").format(problem=problem))
            else:
                self.add(where, translate("ReportTemplates", "{problem}, or «any».").format(problem=problem))
            return None
        op, raw = ops[0], obj[ops[0]]
        fd = kind.field(obj["field"]) if isinstance(obj["field"], str) else None
        if fd is None:
            self.add(where, translate("ReportTemplates", "the record kind «{kind}» has no field «{name}» (it has: "
                                                         "{names}).")
                     .format(kind=kind.name, name=obj["field"], names=", ".join(f.name for f in kind.fields)))
            return None
        if op == "present":
            if not isinstance(raw, bool):
                self.add(where, translate("ReportTemplates", "«present» takes true (has a value) or false (empty)."))
            return Filter(fd.name, op, (raw,))
        if op == "equals":
            return Filter(fd.name, op, (self.value(fd, raw, where),))
        if op == "in":
            if not isinstance(raw, list) or not raw:
                self.add(where, translate("ReportTemplates", "«in» needs a list of values that is not empty."))
                return None
            return Filter(fd.name, op, tuple(self.value(fd, v, where) for v in raw))
        if fd.role not in (NUMBER, DATE):
            self.add(where, translate("ReportTemplates", "«between» is for numbers and dates only, not for «{name}».")
                     .format(name=fd.name))
            return None
        if not isinstance(raw, list) or len(raw) != 2 or raw == [None, None]:
            self.add(where, translate("ReportTemplates", "«between» needs [from, to] (one end may be null), both ends "
                                                         "included."))
            return None
        lo, hi = (None if v is None else self.value(fd, v, where) for v in raw)
        return Filter(fd.name, op, (lo, hi))

    def computation(self, obj: Any, where: str) -> Computation | None:
        if not isinstance(obj, dict):
            self.add(where, translate("ReportTemplates", "must be an object that says how to compute."))
            return None
        if not self.keys(obj, where, {"kind", "aggregate", "date"}, {"field", "where", "breakdown"}):
            return None
        kind = RECORD_KINDS.get(obj["kind"]) if isinstance(obj["kind"], str) else None
        if kind is None:
            self.add(f"{where}.kind", translate("ReportTemplates", "there is no record kind «{kind}» (there are: "
                                                                   "{kinds}).")
                     .format(kind=obj["kind"], kinds=", ".join(RECORD_KINDS)))
            return None
        aggregate = obj["aggregate"]
        if aggregate not in AGGREGATES:
            self.add(f"{where}.aggregate", translate("ReportTemplates", "there is no aggregate «{aggregate}» (there "
                                                                        "are: {aggregates}).")
                     .format(aggregate=aggregate, aggregates=", ".join(AGGREGATES)))
            return None
        target = obj.get("field")
        if aggregate == COUNT and target is not None:
            self.add(f"{where}.field", translate("ReportTemplates", "«count» counts records and needs no «field»."))
        if aggregate != COUNT:
            fd = kind.field(target) if isinstance(target, str) else None
            if fd is None:
                self.add(f"{where}.field",
                         translate("ReportTemplates", "the record kind «{kind}» has no field «{name}» (it has: "
                                                      "{names}).")
                         .format(kind=kind.name, name=target, names=", ".join(f.name for f in kind.fields)))
            elif aggregate == SUM and fd.role != NUMBER:
                self.add(f"{where}.field", translate("ReportTemplates", "the field «{name}» cannot be summed (it is "
                                                                        "not a number).").format(name=target))
        filters = obj.get("where", [])
        if not isinstance(filters, list):
            self.add(f"{where}.where", translate("ReportTemplates", "must be a list of filters."))
            filters = []
        parsed = [self.filter(kind, f, f"{where}.where[{i}]") for i, f in enumerate(filters)]
        date_field, date_range = self.date(kind, obj["date"], f"{where}.date")
        breakdown = obj.get("breakdown")
        if breakdown is not None:
            fd = kind.field(breakdown) if isinstance(breakdown, str) else None
            if fd is None:
                self.add(f"{where}.breakdown",
                         translate("ReportTemplates", "the record kind «{kind}» has no field «{name}».")
                         .format(kind=kind.name, name=breakdown))
            elif fd.role != CATEGORY:
                self.add(f"{where}.breakdown", translate("ReportTemplates", "figures cannot be broken down by «{name}» "
                                                                            "(only by a list: country, type, status…).")
                         .format(name=breakdown))
        if not all(parsed):
            return None
        return Computation(kind.name, aggregate, target if aggregate != COUNT else None, tuple(parsed),
                           date_field, date_range, breakdown)

    def date(self, kind: KindDef, obj: Any, where: str) -> tuple[str | None, str]:
        if obj == "none":
            return None, RANGE_PERIOD
        if not isinstance(obj, dict):
            self.add(where, translate("ReportTemplates", "write {{\"field\": <date field>, \"range\": \"period\" | "
                                                         "\"to_end\"}}, or \"none\" for figures that do not depend "
                                                         "on the period."))
            return None, RANGE_PERIOD
        if not self.keys(obj, where, {"field"}, {"range"}):
            return None, RANGE_PERIOD
        if obj["field"] not in kind.date_fields:
            have = ", ".join(kind.date_fields) or translate("ReportTemplates", "it has no date field; write \"none\"")
            self.add(f"{where}.field",
                     translate("ReportTemplates", "the record kind «{kind}» has no date field «{name}» ({have}).")
                     .format(kind=kind.name, name=obj["field"], have=have))
        rng = obj.get("range", RANGE_PERIOD)
        if rng not in (RANGE_PERIOD, RANGE_TO_END):
            self.add(f"{where}.range", translate("ReportTemplates", "there is no range «{range}» (use period or "
                                                                    "to_end).").format(range=rng))
        return obj["field"], rng

    def indicator(self, obj: Any, where: str) -> Indicator | None:
        if not isinstance(obj, dict):
            self.add(where, translate("ReportTemplates", "each indicator must be an object."))
            return None
        if not self.keys(obj, where, {"code", "label", "unit"}, {"compute", "manual", "help"}):
            return None
        code = obj["code"]
        if not isinstance(code, str) or not _CODE.match(code):
            self.add(f"{where}.code",
                     translate("ReportTemplates", "the indicator code «{code}» may only hold lower-case letters "
                                                  "without marks, digits and _.").format(code=code))
        label = self.text(obj, "label", where)
        unit = self.text(obj, "unit", where, required=False)
        help_text = self.text(obj, "help", where, required=False)
        if ("compute" in obj) == bool(obj.get("manual")):
            self.add(where, translate("ReportTemplates", "the indicator «{code}» needs exactly one of «compute» "
                                                         "(computed from the records) or «manual»: true (entered by "
                                                         "hand).").format(code=code))
            return None
        if "manual" in obj and obj["manual"] is not True:
            self.add(f"{where}.manual", translate("ReportTemplates", "only takes the value true."))
        comp = self.computation(obj["compute"], f"{where}.compute") if "compute" in obj else None
        return Indicator(code, label, unit, comp, help_text)

    def section(self, obj: Any, where: str, known: set[str], placed: dict[str, str]) -> Section | None:
        if not isinstance(obj, dict):
            self.add(where, translate("ReportTemplates", "each section must be an object."))
            return None
        if not self.keys(obj, where, {"code", "title"}, {"hint", "groups"}):
            return None
        code = obj["code"]
        if not isinstance(code, str) or not _CODE.match(code):
            self.add(f"{where}.code",
                     translate("ReportTemplates", "the section code «{code}» may only hold lower-case letters "
                                                  "without marks, digits and _.").format(code=code))
        groups = []
        raw_groups = obj.get("groups", [])
        if not isinstance(raw_groups, list):
            self.add(f"{where}.groups", translate("ReportTemplates", "must be a list of indicator groups."))
            raw_groups = []
        for i, g in enumerate(raw_groups):
            gw = f"{where}.groups[{i}]"
            if not isinstance(g, dict) or not self.keys(g, gw, {"title", "indicators"}, set()):
                if not isinstance(g, dict):
                    self.add(gw, translate("ReportTemplates", "each group must be an object."))
                continue
            codes = g["indicators"] if isinstance(g["indicators"], list) else []
            for c in codes:
                if c not in known:
                    self.add(f"{gw}.indicators",
                             translate("ReportTemplates", "the indicator «{code}» is not declared in «indicators».")
                             .format(code=c))
                elif c in placed:
                    self.add(f"{gw}.indicators", translate("ReportTemplates", "the indicator «{code}» is already in "
                                                                              "another group ({group}).")
                             .format(code=c, group=placed[c]))
                else:
                    placed[c] = gw
            groups.append(IndicatorGroup(self.text(g, "title", gw), tuple(c for c in codes if isinstance(c, str))))
        return Section(code, self.text(obj, "title", where), self.text(obj, "hint", where, required=False),
                       tuple(groups))


def parse_template(data: Any, known_codes: KnownCodes | None = None) -> ReportTemplateSpec:
    """Validate template JSON (already parsed) and return it. Raises TemplateError naming every
    problem. `known_codes(vocabulary)` gives the codes filters may use (the built-in vocabularies
    by default; services add the terms the province has published)."""
    c = _Checker(known_codes or builtin_codes)
    root = translate("ReportTemplates", "(root)")
    if not isinstance(data, dict):
        raise TemplateError(translate("ReportTemplates", "The report template is not in the right format: its content "
                                                         "must be a JSON object."),
                            details={"problems": [str(translate("ReportTemplates", "{where}: not a JSON object")
                                                      .format(where=root))]})
    top_required = {"format", "code", "version", "title", "subject", "periods", "indicators", "sections"}
    c.keys(data, root, top_required, {"intro", "schedule", "description"})
    if data.get("format") != FORMAT_VERSION:
        c.add("format", translate("ReportTemplates", "the format version «{version}» is not supported (only "
                                                     "{supported}); please update the software.")
              .format(version=data.get("format"), supported=FORMAT_VERSION))
    code = data.get("code")
    if not isinstance(code, str) or not _TEMPLATE_CODE.match(code):
        c.add("code", translate("ReportTemplates", "the template code «{code}» may only hold lower-case letters "
                                                   "without marks, digits, dots, hyphens and _.").format(code=code))
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        c.add("version", translate("ReportTemplates", "the version «{version}» must be a whole number from 1.")
              .format(version=version))
    title = c.text(data, "title", root) if "title" in data else ""
    subject = c.text(data, "subject", root) if "subject" in data else ""
    intro = c.text(data, "intro", root, required=False)
    periods = data.get("periods")
    if not isinstance(periods, list) or not periods:
        c.add("periods", translate("ReportTemplates", "needs the list of period kinds it is for (among: {kinds}).")
              .format(kinds=", ".join(PERIOD_KINDS)))
        periods = []
    for p in periods:
        if p not in PERIOD_KINDS:
            c.add("periods", translate("ReportTemplates", "there is no period kind «{kind}» (there are: {kinds}).")
                  .format(kind=p, kinds=", ".join(PERIOD_KINDS)))
    schedule = []
    raw_schedule = data.get("schedule", [])
    for i, entry in enumerate(raw_schedule if isinstance(raw_schedule, list) else [None]):
        try:
            rule = parse_schedule_rule(entry, f"schedule[{i}]")
        except ScheduleError as exc:
            c.problems.append(exc.text)
            continue
        if rule.period_kind not in periods:
            c.add(f"schedule[{i}]", translate("ReportTemplates", "the period kind «{kind}» is not among the "
                                                                 "template's «periods».").format(kind=rule.period_kind))
        schedule.append(rule)
    raw_ind = data.get("indicators")
    if not isinstance(raw_ind, list) or len(raw_ind) > MAX_INDICATORS:
        c.add("indicators", translate("ReportTemplates", "needs a list of indicators (at most {max}).")
              .format(max=MAX_INDICATORS))
        raw_ind = []
    indicators = [c.indicator(obj, f"indicators[{i}]") for i, obj in enumerate(raw_ind)]
    seen: set[str] = set()
    for ind in indicators:
        if ind and ind.code in seen:
            c.add("indicators", translate("ReportTemplates", "the indicator code «{code}» is used twice.")
                  .format(code=ind.code))
        if ind:
            seen.add(ind.code)
    raw_sec = data.get("sections")
    if not isinstance(raw_sec, list) or not raw_sec:
        c.add("sections", translate("ReportTemplates", "needs at least one section."))
        raw_sec = []
    placed: dict[str, str] = {}
    sections = [c.section(obj, f"sections[{i}]", seen, placed) for i, obj in enumerate(raw_sec)]
    if len({s.code for s in sections if s}) != len([s for s in sections if s]):
        c.add("sections", translate("ReportTemplates", "a section code is used twice."))
    for code_ in sorted(seen - set(placed)):
        c.add("sections", translate("ReportTemplates", "the indicator «{code}» is in no group of any section.")
              .format(code=code_))
    if c.problems:
        shown: list[Text] = list(c.problems[:5])
        if len(c.problems) > 5:
            shown.append(translate("ReportTemplates", "and {count} more problems").format(count=len(c.problems) - 5))
        raise TemplateError(translate("ReportTemplates", "The report template «{code}» cannot be used: {problems}. "
                                                         "Correct the template (or ask the level above to send a "
                                                         "correct one) and try again.")
                            .format(code=code, problems=_Joined("", "", {}, tuple(shown))),
                            details={"problems": [render(p) for p in c.problems]})
    return ReportTemplateSpec(code, version, title, subject, intro, tuple(periods), tuple(schedule),
                              tuple(i for i in indicators if i), tuple(s for s in sections if s), data)


# -- filling a template for one period ------------------------------------------------------------
def fill(text: str, values: Mapping[str, str]) -> str:
    """Replace the whitelisted {placeholders}; anything else was refused at validation."""
    return _PLACEHOLDER.sub(lambda m: str(values.get(m.group(1), m.group(0))), text or "")


def placeholder_values(period: Period, office_name: str = "", unit_name: str = "") -> dict[str, str]:
    return {"period_label": period.label, "next_period_label": next_period(period).label,
            "year": str(period.year), "office_name": office_name, "unit_name": unit_name}


def target_of(code: str, key: str | None = None) -> str:
    """Overrides address an indicator ("act_total") or one row of its breakdown ("act_total/CN")."""
    return code if key is None else f"{code}/{key}"


def split_target(target: str) -> tuple[str, str | None]:
    code, _, key = target.partition("/")
    return code, (key if _ else None)


UNKNOWN_KEY = ""   # breakdown bucket of records where the field is empty


def key_text(value: Any) -> str:
    """A breakdown value as a JSON key: codes as they are, booleans "true"/"false", empty -> ""."""
    if value is None or value == "":
        return UNKNOWN_KEY
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def key_label(fd: FieldDef, key: str, extra_labels: Mapping[str, Mapping[str, str]] | None = None) -> str:
    """The name of one breakdown row, in Vietnamese: it is printed in the report."""
    if key == UNKNOWN_KEY:
        return translate("Reports", "Unknown").text(DOCUMENT_LANGUAGE)
    if fd.boolean:
        return (translate("Reports", "Yes") if key == "true" else translate("Reports", "No")).text(DOCUMENT_LANGUAGE)
    if fd.choices:
        return render(dict(fd.choices).get(key, key), DOCUMENT_LANGUAGE)
    if fd.unit:
        from .units import commune_by_code  # the unit list is large: load it only when asked
        commune = commune_by_code(int(key)) if key.isdigit() else None
        return commune.name if commune else key
    extra = (extra_labels or {}).get(fd.vocabulary or "", {})
    return extra.get(key) or vocab.label(fd.vocabulary or "", key, DOCUMENT_LANGUAGE)


@dataclass(frozen=True)
class ValueLine:
    """One figure of the report: an indicator's total or one row of its breakdown."""

    target: str
    code: str
    key: str | None
    label: str
    unit: str
    value: int | None                  # what the report says: the override, else the computed value
    computed: int | None
    overridden: bool = False
    note: str | None = None
    override_by: str | None = None
    override_at: str | None = None


@dataclass(frozen=True)
class IndicatorLine:
    code: str
    label: str
    unit: str
    manual: bool
    total: ValueLine
    breakdown: tuple[ValueLine, ...] = ()
    breakdown_label: str = ""
    help: str = ""


@dataclass(frozen=True)
class GroupContent:
    title: str
    indicators: tuple[IndicatorLine, ...]


@dataclass(frozen=True)
class SectionContent:
    code: str
    title: str
    hint: str
    text: str
    groups: tuple[GroupContent, ...]


@dataclass(frozen=True)
class ReportContent:
    """A template filled for one period: what the PDF, the Excel file and the Reports page show."""

    template_code: str
    template_version: int
    template_title: str
    period_code: str
    period_label: str
    subject: str
    intro: str
    sections: tuple[SectionContent, ...]

    def lines(self) -> list[ValueLine]:
        """Every figure in document order (totals followed by their breakdown rows)."""
        out = []
        for sec in self.sections:
            for grp in sec.groups:
                for ind in grp.indicators:
                    out.append(ind.total)
                    out.extend(ind.breakdown)
        return out

    def values(self) -> dict[str, int | None]:
        return {ln.target: ln.value for ln in self.lines()}


def _value_line(code: str, key: str | None, label: str, unit: str, computed: int | None,
                overrides: Mapping[str, dict[str, Any]]) -> ValueLine:
    target = target_of(code, key)
    ov = overrides.get(target)
    if ov is None:
        return ValueLine(target, code, key, label, unit, computed, computed)
    return ValueLine(target, code, key, label, unit, ov.get("value"), computed, True, ov.get("note"),
                     ov.get("by"), ov.get("at"))


def build_content(template: ReportTemplateSpec, period: Period, computed: Mapping[str, dict[str, Any]],
                  overrides: Mapping[str, dict[str, Any]], narrative: Mapping[str, str], *, office_name: str = "",
                  unit_name: str = "", extra_labels: Mapping[str, Mapping[str, str]] | None = None
                  ) -> ReportContent:
    """The filled report. `computed`: code -> {"value": int|None, "breakdown": {key: int}};
    `overrides`: target -> {"value", "note", "by", "at"}; `narrative`: section code -> text.
    Breakdown rows are ordered by value (largest first), then by Vietnamese name; "Chưa rõ" last."""
    values = placeholder_values(period, office_name, unit_name)
    sections = []
    for sec in template.sections:
        groups = []
        for grp in sec.groups:
            lines = []
            for code in grp.indicators:
                ind = template.indicator(code)
                got = computed.get(code) or {}
                total = _value_line(code, None, ind.label, ind.unit, got.get("value"), overrides)
                rows: tuple[ValueLine, ...] = ()
                if ind.compute and ind.compute.breakdown:
                    fd = RECORD_KINDS[ind.compute.kind].field(ind.compute.breakdown)
                    assert fd is not None   # a validated template breaks down by a known field
                    by_key = dict(got.get("breakdown") or {})
                    for target in overrides:            # an overridden row stays even if now empty
                        c, k = split_target(target)
                        if c == code and k is not None:
                            by_key.setdefault(k, None)
                    made = [_value_line(code, k, key_label(fd, k, extra_labels), ind.unit, v, overrides)
                            for k, v in by_key.items()]
                    made.sort(key=lambda ln: (ln.key == UNKNOWN_KEY, -(ln.value or 0), sort_key(ln.label)))
                    rows = tuple(made)
                lines.append(IndicatorLine(code, ind.label, ind.unit, ind.manual, total, rows,
                                           ind.breakdown_label, ind.help))
            groups.append(GroupContent(fill(grp.title, values), tuple(lines)))
        sections.append(SectionContent(sec.code, fill(sec.title, values), sec.hint,
                                       nfc(narrative.get(sec.code) or "") or "", tuple(groups)))
    return ReportContent(template.code, template.version, template.title, period.code, period.label,
                         fill(template.subject, values), fill(template.intro, values), tuple(sections))


@dataclass(frozen=True)
class DocumentDetails:
    """Who issues the report and how it is addressed and signed (Decree 30 header and closing)."""

    issuing_body: str
    parent_body: str | None
    number: str | None                 # "5" prints as "Số: 05/BC-..."; None leaves a blank for the clerk
    symbol: str                        # "BC-MTTQ-BTT"
    place: str
    date: dt.date | None
    recipients_to: tuple[str, ...]     # "Kính gửi:" (the parent office when reporting upward)
    sign_mode: str                     # "TM. BAN THƯỜNG TRỰC" (+ "\nKT. CHỦ TỊCH" for a deputy)
    signer_title: str
    signer_name: str
    copies_to: tuple[str, ...]         # "Nơi nhận:"; "- Lưu: VT." is added when printing
    status_label: str = ""
    approved_by: str | None = None
    approved_at: str | None = None     # already formatted for people
    revision: int = 1
