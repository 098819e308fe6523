"""The shared turn from a pydantic error to a person's message: the place in the document in a
person's terms, one clear text per error type, values only where the format allows, the
language chosen when the message is read."""
from __future__ import annotations

from typing import Annotated, Literal

import pytest
from pydantic import BaseModel, ConfigDict, Field

from dnnd_desktop.domain import messages
from dnnd_desktop.domain.messages import translate
from dnnd_desktop.domain.schema_errors import Naming, SchemaViolation, joined, place, problems, shown


class _Item(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid")
    name: Annotated[str, Field(max_length=3)]


class _Doc(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid")
    kind: Literal["a", "b"]
    count: Annotated[int, Field(ge=1, le=9)]
    items: Annotated[list[_Item], Field(min_length=1)]
    tags: list[str] = []


NAMING = Naming(root=translate("TemplateErrors", "the template"),
                items={"items": translate("TemplateErrors", "indicator {n}")})


def _problems(data, naming=NAMING) -> list[str]:
    with pytest.raises(SchemaViolation) as info:
        _Doc.model_validate(data)
    return [str(p) for p in problems(info.value, naming)]


def test_each_error_type_has_its_text_and_place():
    found = _problems({"kind": "c", "count": 0, "items": [{"name": "abcd", "x": 1}], "tags": [1], "extra": 1})
    assert found == [   # the top level first, then in document order
        "trường «kind»: không phải một trong các giá trị được dùng (a, b).",
        "trường «count»: phải từ 1 trở lên.",
        "mẫu báo cáo: trường «extra» không có trong định dạng này.",
        "chỉ tiêu thứ 1, trường «name»: dài quá 3 ký tự.",
        "chỉ tiêu thứ 1: trường «x» không có trong định dạng này.",
        "mục thứ 1 của «tags»: phải là chữ.",
    ]
    assert _problems({"kind": "a", "count": "2", "items": []}) == [
        "trường «count»: phải là số nguyên.", "trường «items»: cần ít nhất 1 mục."]
    assert _problems({"kind": "a", "count": 10, "items": [{}]}) == [
        "trường «count»: không được quá 9.", "chỉ tiêu thứ 1: thiếu trường «name»."]


def test_values_are_named_only_when_the_format_allows():
    showing = Naming(root=NAMING.root, items=NAMING.items, show_values=True)
    assert _problems({"kind": "c", "count": 1, "items": [{"name": "a"}]}, showing) == [
        "trường «kind»: «c» không phải một trong các giá trị được dùng (a, b)."]


def test_places_of_entries_parts_and_hidden_keys():
    naming = Naming(root=translate("SyncErrors", "the record"), hidden=frozenset({"fields"}),
                    entries={"siblings": translate("SyncErrors", "other values of «{key}»")},
                    parts={"compute": translate("TemplateErrors", "calculation")})
    assert str(place(("fields", "phone"), naming)) == "trường «phone»"
    assert str(place(("siblings", "village", 0, "stamp"), naming)) == "các giá trị khác của «village», mục thứ 1, " \
                                                                      "trường «stamp»"
    assert str(place(("compute", "kind"), naming)) == "cách tính, trường «kind»"
    assert str(place((), naming)) == "bản ghi"


def test_lists_render_in_the_language_of_the_moment():
    with pytest.raises(SchemaViolation) as info:
        _Doc.model_validate({"kind": "a", "count": 0, "items": [{"name": "abcd"}]})
    found = problems(info.value, NAMING)
    text = shown(found, 1)
    assert str(text) == "trường «count»: phải từ 1 trở lên; và 1 lỗi khác"
    messages.set_language("en")
    assert str(text) == "field «count»: must be at least 1; and 1 more problems"
    assert str(joined(found)) == "field «count»: must be at least 1; indicator 1, field «name»: is longer than 3 " \
                                 "characters"
