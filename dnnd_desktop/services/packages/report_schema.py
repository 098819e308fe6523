"""What a report package carries, declared: reports.json (lower office -> parent) and answers.json
(parent -> lower office). docs/package-format.md, "Package contents".

    reports.json  {"reports": [report, ...]}   a report as ReportService.payload() writes it
    answers.json  {"answers": [{"report_id", "status": "acknowledged" | "returned",
                                "comment": text | null, "answered_at": ISO time}, ...]}

Strict: unknown keys are refused, JSON types are exact. Times arrive as ISO text and leave as
naive UTC datetimes, dates as dt.date, as the receiving tables store them.
"""
from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StrictInt, StrictStr
from pydantic_core import PydanticCustomError

from ...domain.messages import translate
from ...domain.schema_errors import Naming


def _naive_utc(value: str) -> dt.datetime:
    try:
        t = dt.datetime.fromisoformat(value)
    except ValueError:
        raise PydanticCustomError("bad_time", "not a date and time") from None
    return t.astimezone(dt.UTC).replace(tzinfo=None) if t.tzinfo else t


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise PydanticCustomError("bad_date", "not a date") from None


LowerUuid = Annotated[StrictStr, Field(pattern=r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")]
Code = Annotated[StrictStr, Field(min_length=1)]
Time = Annotated[StrictStr, AfterValidator(_naive_utc)]
Date = Annotated[StrictStr, AfterValidator(_date)]
Object = dict[StrictStr, Any]       # figures, overrides, narrative, document: the report's own data


class _Strict(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)


class ReportPayloadSchema(_Strict):
    id: LowerUuid
    office_id: Code
    template_code: Code
    template_version: StrictInt
    period: Code
    revision: StrictInt
    indicators: Object
    overrides: Object
    narrative: Object
    template: Object | None = None   # the template's body, installed on arrival when missing here
    supersedes_id: StrictStr | None = None
    status: StrictStr | None = None
    number: StrictStr | None = None
    doc_date: Date | None = None
    title: StrictStr | None = None
    document: Object | None = None
    values: Object | None = None
    approved_by: StrictStr | None = None
    approved_at: Time | None = None
    computed_at: Time | None = None


class ReportsFileSchema(_Strict):
    reports: list[ReportPayloadSchema]


class AnswerSchema(_Strict):
    report_id: StrictStr
    status: Literal["acknowledged", "returned"]
    comment: StrictStr | None
    answered_at: Time


class AnswersFileSchema(_Strict):
    answers: list[AnswerSchema]


_CUSTOM = {
    "bad_time": translate("PackageErrors", "{place}: is not a date and time (YYYY-MM-DDTHH:MM:SS)."),
    "bad_date": translate("PackageErrors", "{place}: is not a date (YYYY-MM-DD)."),
}
# Reports hold people's names and figures: the problems name places, never values.
REPORTS_NAMING = Naming(root=translate("PackageErrors", "reports.json"),
                        items={"reports": translate("PackageErrors", "report {n}")}, custom=_CUSTOM)
ANSWERS_NAMING = Naming(root=translate("PackageErrors", "answers.json"),
                        items={"answers": translate("PackageErrors", "answer {n}")}, custom=_CUSTOM)
