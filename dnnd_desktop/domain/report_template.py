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
from typing import TYPE_CHECKING, Any, Final

from . import record_kinds as rk
from . import vocab
from .deadlines import ScheduleRule, next_period, parse_schedule_rule
from .errors import ValidationError
from .messages import DOCUMENT_LANGUAGE, Message, Text, render, translate
from .periods import Period
from .schema_errors import SchemaViolation, problems, rendered, shown
from .task_progress import TaskProgressLine
from .text import nfc, sort_key

if TYPE_CHECKING:
    from .schemas.report_template import ComputationSchema

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
RANGE_PERIOD: Final = "period"       # Final: the literal types DateSchema.range is declared with
RANGE_TO_END: Final = "to_end"
OPERATORS = ("equals", "in", "between", "present")
PLACEHOLDERS = ("period_label", "next_period_label", "year", "office_name", "unit_name")

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


_NOT_AN_OBJECT = translate("TemplateErrors", "The report template is not in the right format: its content must be "
                                             "a JSON object.")
_UNUSABLE = translate("TemplateErrors", "The report template «{code}» cannot be used: {problems}. Correct the "
                                        "template (or ask the office above to send a correct one) and try again.")
MAX_SHOWN = 5


def parse_template(data: Any, known_codes: KnownCodes | None = None) -> ReportTemplateSpec:
    """Validate template JSON (already parsed) against its declared schema
    (domain/schemas/report_template.py) and return it. Raises TemplateError naming every problem
    and its place. `known_codes(vocabulary)` gives the codes filters may use (the built-in
    vocabularies by default; services add the terms the province has published)."""
    # Imported here: the schema is declared over this module's whitelist.
    from .schemas.report_template import TEMPLATE_NAMING, TemplateChecks, TemplateSchema

    if not isinstance(data, dict):
        raise TemplateError(_NOT_AN_OBJECT, details={"problems": [render(_NOT_AN_OBJECT)]})
    checks = TemplateChecks(known_codes or builtin_codes)
    found = []
    try:
        t = TemplateSchema.model_validate(data, context={"template": checks})
    except SchemaViolation as e:
        found = problems(e, TEMPLATE_NAMING)
    found += checks.unplaced()
    if found:
        code = data.get("code")
        raise TemplateError(_UNUSABLE.format(code=code if isinstance(code, str) else "",
                                             problems=shown(found, MAX_SHOWN)), details={"problems": rendered(found)})
    # The optional texts are declared `str | None` (the input may omit them) but validate to "": `or ""`
    # only tells the type checker so.
    return ReportTemplateSpec(
        t.code, t.version, t.title, t.subject, t.intro or "", tuple(t.periods),
        tuple(parse_schedule_rule(entry) for entry in t.schedule),
        tuple(Indicator(i.code, i.label, i.unit or "", _computation(i.compute), i.help or "") for i in t.indicators),
        tuple(Section(s.code, s.title, s.hint or "",
                      tuple(IndicatorGroup(g.title, tuple(g.indicators)) for g in s.groups))
              for s in t.sections),
        data)


def _computation(c: ComputationSchema | None) -> Computation | None:
    if c is None:
        return None
    where = tuple(AnyOf(tuple(Filter(f.field, *f.parsed) for f in w.any)) if hasattr(w, "any")
                  else Filter(w.field, *w.parsed) for w in c.where)
    date_field, date_range = (None, RANGE_PERIOD) if c.date == "none" else (c.date.field, c.date.range)
    return Computation(c.kind, c.aggregate, c.field if c.aggregate != COUNT else None, where, date_field, date_range,
                       c.breakdown)


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


# A blank figure or an empty section marked "nothing arose in the period" prints these (document
# wording, Vietnamese like the rest of the report); services/reports/completeness.py.
NOTHING_CELL = translate("Reports", "Nothing to report").text(DOCUMENT_LANGUAGE)   # "Không phát sinh"
NOTHING_TEXT = NOTHING_CELL + "."


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
    nothing: bool = False              # marked "không phát sinh" (nothing arose): printed so, not blank


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
    # Progress task by task of the plans in force (printed at the end of the first section).
    tasks: tuple[TaskProgressLine, ...] = ()

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
                     ov.get("by"), ov.get("at"), bool(ov.get("nothing")))


def build_content(template: ReportTemplateSpec, period: Period, computed: Mapping[str, dict[str, Any]],
                  overrides: Mapping[str, dict[str, Any]], narrative: Mapping[str, str], *, office_name: str = "",
                  unit_name: str = "", extra_labels: Mapping[str, Mapping[str, str]] | None = None,
                  tasks: tuple[TaskProgressLine, ...] = ()) -> ReportContent:
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
                         fill(template.subject, values), fill(template.intro, values), tuple(sections), tasks)


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
    sign_mode: str                     # "TM. BAN THƯỜNG TRỰC", whoever of the Standing Board signs
    signer_title: str
    signer_name: str
    copies_to: tuple[str, ...]         # "Nơi nhận:"; "- Lưu: VT." is added when printing
    status_label: str = ""
    approved_by: str | None = None
    approved_at: str | None = None     # already formatted for people
    revision: int = 1
