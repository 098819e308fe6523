"""The one catalogue read below the GUI (domain/messages.py): lazy texts in the current language."""
from __future__ import annotations

import pytest

from dnnd_desktop.domain import messages
from dnnd_desktop.domain.errors import Cancelled, DnndError, FieldPath, ValidationError
from dnnd_desktop.domain.messages import Message, placeholders, render, translate

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context><name>T</name>
  <message><source>{n} rows imported from {file}.</source>
    <translation>Đã nhập {n} dòng từ {file}.</translation></message>
  <message><source>Household</source><translation>Hộ</translation></message>
  <message><source>Not yet</source><translation type="unfinished"></translation></message>
  <message><source>Bad {x}</source><translation>Sai {y}</translation></message>
</context>
</TS>
"""


@pytest.fixture
def catalogue(tmp_path):
    (tmp_path / "dnnd_vi.ts").write_text(TS, encoding="utf-8")
    messages.set_catalogue_dir(tmp_path)
    yield
    messages.set_catalogue_dir(None)


def test_texts_render_in_the_current_language_when_read(catalogue):
    m = translate("T", "{n} rows imported from {file}.").format(n=3, file="a.xlsx")
    messages.set_language("vi")
    assert str(m) == "Đã nhập 3 dòng từ a.xlsx."
    messages.set_language("en")
    assert f"{m}" == "3 rows imported from a.xlsx."
    assert m.text("vi") == "Đã nhập 3 dòng từ a.xlsx."  # documents choose their language


def test_message_parameters_render_in_the_same_language(catalogue):
    m = translate("T", "{n} rows imported from {file}.").format(n=1, file=translate("T", "Household"))
    assert m.text("vi") == "Đã nhập 1 dòng từ Hộ."
    assert m.text("en") == "1 rows imported from Household."


def test_unfinished_or_missing_translations_show_the_source(catalogue):
    assert translate("T", "Not yet").text("vi") == "Not yet"
    assert translate("Other", "Household").text("vi") == "Household"


def test_a_translation_naming_another_parameter_falls_back_to_the_source(catalogue):
    assert translate("T", "Bad {x}").format(x=1).text("vi") == "Bad 1"


def test_unknown_language_falls_back_to_vietnamese():
    assert messages.set_language("fr") == "vi"


def test_placeholders_and_render():
    assert placeholders("{a} and {b:>3} {{c}}") == {"a", "b"}
    assert render(None) == "" and render(5) == "5"
    assert isinstance(translate("T", "x"), Message)


def test_errors_carry_code_params_and_render_when_read(catalogue):
    err = DnndError(translate("T", "{n} rows imported from {file}.").format(n=2, file="b"), code="c1")
    messages.set_language("en")
    assert err.message == "2 rows imported from b." and err.code == "c1" and err.params == {"n": 2, "file": "b"}
    messages.set_language("vi")
    assert str(err) == "Đã nhập 2 dòng từ b."
    v = ValidationError("x", {"name": translate("T", "Household")})
    assert v.field_errors == {"name": "Hộ"}


def test_nested_field_errors_are_addressed_by_path_and_rendered_when_read(catalogue):
    amount = FieldPath(("contributions", 0), "amount_vnd").within("persons", 1)
    assert amount == FieldPath(("persons", 1, "contributions", 0), "amount_vnd")
    v = ValidationError("x", {FieldPath((), "head_name"): translate("T", "Household"), amount: "bad"})
    messages.set_language("vi")
    assert v.errors_at() == {"head_name": "Hộ"}                       # the flat form's fields only
    assert v.errors_at("persons", 1, "contributions", 0) == {"amount_vnd": "bad"}
    assert v.errors_at("persons", 1) == {}
    # Scripts (--json) get the dotted text, as before.
    assert v.field_errors == {"head_name": "Hộ", "persons.1.contributions.0.amount_vnd": "bad"}
    assert v.path_errors[amount] == "bad"


def test_cancelled_speaks_the_catalogue():
    messages.set_language("vi")
    assert Cancelled().message == "Đã hủy theo yêu cầu. Không có thay đổi nào được ghi."
    messages.set_language("en")
    assert Cancelled().message == "Cancelled as asked. Nothing was changed."
