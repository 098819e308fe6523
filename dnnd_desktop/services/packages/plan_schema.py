"""The plan (PLAN.json, and plan.json inside a tasks package), declared: docs/plan-format.md.

Unknown keys are refused (a typo is reported, not ignored), JSON types are exact, texts are
normalised (NFC, trimmed) before their length is checked. The rules between parts are validators
that share the validation context (`PlanChecks`): task codes are unique (case-insensitively), and
the templates a plan carries may use the vocabulary codes it adds, so `vocabularies` is declared
before `templates` (pydantic validates fields in order).
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StrictInt, StrictStr, ValidationInfo
from pydantic_core import PydanticCustomError

from ...domain.deadlines import ScheduleError, parse_schedule_rule
from ...domain.messages import render, translate
from ...domain.report_template import TemplateError, builtin_codes, parse_template
from ...domain.schema_errors import Naming
from ...domain.text import clean, nfc
from ...domain.vocab import vocabulary_names

PLAN_FORMAT = "dnnd-plan"
PLAN_VERSION = 1
MAX_TASKS = 2000
_TASK_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9.\-/]{0,19}$")
_MARK = "\u00a7"   # the place parse_schedule_rule is told, cut from its message (the schema names the place)


class PlanChecks:
    """What the cross-part validators of one plan remember while it is validated."""

    def __init__(self) -> None:
        self.task_codes: set[str] = set()
        self.added_codes: dict[str, set[str]] = {}

    def known(self, vocabulary: str) -> set[str]:
        return builtin_codes(vocabulary) | self.added_codes.get(vocabulary, set())


def _checks(info: ValidationInfo) -> PlanChecks:
    return (info.context or {}).get("plan") or PlanChecks()


def text(limit: int, *, multiline: bool = False, required: bool = False) -> Callable[[str | None], str | None]:
    """Normalise a text, then hold it to `limit` characters; blank is None (refused if required)."""
    def check(value: str | None) -> str | None:
        if value is not None:
            value = nfc(value).strip() if multiline else clean(value)
        if not value:
            if required:
                raise PydanticCustomError("string_too_short", "must not be empty", {"min_length": 1})
            return None
        if len(value) > limit:
            raise PydanticCustomError("string_too_long", "too long", {"max_length": limit})
        return value
    return check


def _date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise PydanticCustomError("bad_date", "not a date", {"value": value[:40]}) from None


def _task_code(value: str, info: ValidationInfo) -> str:
    code = value.strip()
    if not _TASK_CODE.match(code):
        raise PydanticCustomError("bad_task_code", "bad task code", {"value": value[:40]})
    seen = _checks(info).task_codes
    if code.casefold() in seen:
        raise PydanticCustomError("duplicate_task_code", "task code used twice", {"value": code})
    seen.add(code.casefold())
    return code


def _schedule_rule(entry: dict[str, Any], info: ValidationInfo) -> dict[str, Any]:
    try:
        parse_schedule_rule(entry, _MARK)
    except ScheduleError as exc:
        raise PydanticCustomError("nested", "{problem}",
                                  {"problem": render(exc.text).removeprefix(f"{_MARK}: ")}) from None
    return entry


def _vocabularies(value: dict[str, list[TermSchema]], info: ValidationInfo) -> dict[str, list[TermSchema]]:
    _checks(info).added_codes.update({name: {t.code for t in terms} for name, terms in value.items()})
    return value


def _template(body: dict[str, Any], info: ValidationInfo) -> dict[str, Any]:
    try:
        parse_template(body, _checks(info).known)
    except TemplateError as exc:
        raise PydanticCustomError("nested", "{problem}", {"problem": exc.message}) from None
    return body


LowerUuid = Annotated[StrictStr, Field(pattern=r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")]
if TYPE_CHECKING:
    # What the fields hold once validated (mypy sees only the declared input type), and a Literal
    # built at run time, which is no type to mypy.
    IsoDate = dt.date | None
    VocabularyName = str
else:
    IsoDate = Annotated[StrictStr | None, AfterValidator(_date)]
    VocabularyName = Literal[tuple(sorted(set(vocabulary_names()) - {"country"}))]


class _Strict(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)


class TaskSchema(_Strict):
    id: LowerUuid | None = None
    code: Annotated[StrictStr, AfterValidator(_task_code)]
    title: Annotated[StrictStr, AfterValidator(text(2000, multiline=True, required=True))]
    description: Annotated[StrictStr | None, AfterValidator(text(20000, multiline=True))] = None
    deadline: IsoDate = None


class TermSchema(_Strict):
    code: Annotated[StrictStr, Field(pattern=r"^[a-z0-9][a-z0-9_\-]{0,59}$")]
    label: Annotated[StrictStr, AfterValidator(text(200, required=True))]


class PlanSchema(_Strict):
    format: Literal["dnnd-plan"]
    version: Literal[1]
    id: LowerUuid | None = None
    title: Annotated[StrictStr, AfterValidator(text(500, required=True))]
    doc_number: Annotated[StrictStr | None, AfterValidator(text(60))] = None
    doc_date: IsoDate = None
    issuer: Annotated[StrictStr | None, AfterValidator(text(300))] = None
    year: Annotated[StrictInt, Field(ge=2000, le=2200)] | None = None
    # The last year of a programme over several years ("year" is then its first). Left out of a plan
    # of one year, so such plans still read in a version that does not know it.
    last_year: Annotated[StrictInt, Field(ge=2000, le=2200)] | None = None
    tasks: Annotated[list[TaskSchema], Field(min_length=1, max_length=MAX_TASKS)]
    report_schedule: list[Annotated[dict[StrictStr, Any], AfterValidator(_schedule_rule)]] = []
    vocabularies: Annotated[dict[VocabularyName, list[TermSchema]], AfterValidator(_vocabularies)] = {}
    templates: list[Annotated[dict[StrictStr, Any], AfterValidator(_template)]] = []
    valid_days: Annotated[StrictInt, Field(ge=1, le=3660)] = 400
    sequence: Annotated[StrictInt, Field(ge=0)] = 0
    issuer_office_id: StrictStr | None = None   # set by the package that carries the plan


PLAN_NAMING = Naming(
    root=translate("PlanErrors", "the plan"),
    items={"tasks": translate("PlanErrors", "task {n}"),
           "report_schedule": translate("PlanErrors", "report deadline {n}"),
           "templates": translate("PlanErrors", "report template {n}")},
    entries={"vocabularies": translate("PlanErrors", "vocabulary «{key}»")},
    custom={
        "bad_date": translate("PlanErrors", "{place}: the date «{value}» must be written YEAR-MONTH-DAY, for example "
                                            "2026-05-15."),
        "bad_task_code": translate("PlanErrors", "{place}: the task code «{value}» must be short and without "
                                                 "diacritics, for example «I.1», «II.3»."),
        "duplicate_task_code": translate("PlanErrors", "{place}: the task code «{value}» is used twice."),
        "nested": translate("PlanErrors", "{place}: {problem}"),
    },
    show_values=True,
)
