"""A record kind is described once (domain/record_kinds.py): its model has a column for every
described field and describes nothing else, its Designer form has a widget for every field a form
edits, every label is a translated catalogue text, and the lists other layers used to keep by hand
are derived from the description with the values they had."""
from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from dnnd_desktop.domain import messages
from dnnd_desktop.domain.record_kinds import BOOL, KINDS, REF, kind_spec, resolve_code
from dnnd_desktop.domain.report_template import CATEGORY, DATE, NUMBER, RECORD_KINDS
from dnnd_desktop.domain.report_template import REF as REF_ROLE
from dnnd_desktop.domain.vocab import BUILTIN
from dnnd_desktop.paths import app_root
from dnnd_desktop.storage.models import MODEL_BY_KIND
from dnnd_desktop.storage.record_queries import MODELS

# Kinds edited without a Designer form, and why: those whose form is generated from their fields.
NO_FORM: dict[str, str] = {k: "form generated from the description (gui/records/generated_form.py)"
                           for k, spec in KINDS.items() if spec.generated_form}
# Fields no form shows, and why: links to other records are picked in the dialogs that hold them.
NOT_IN_FORM_TYPES = {REF: "picked in the household / person dialogs, not typed"}


def _form(kind: str) -> tuple[str, dict[str, ET.Element]]:
    """The form class and {objectName: widget element} of forms/<kind>_form.ui."""
    root = ET.parse(app_root() / "forms" / f"{kind}_form.ui").getroot()
    return root.findtext("class") or "", {w.get("name"): w for w in root.iter("widget")}


def _text(widget: ET.Element) -> str | None:
    for prop in widget.findall("property"):
        if prop.get("name") == "text":
            return prop.findtext("string")
    return None


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_described_field_is_a_column_and_every_user_column_is_described(kind):
    model = MODEL_BY_KIND[kind]
    # data_fields: the columns that are not sync metadata or sort keys, i.e. the user's data
    assert set(model.data_fields()) == set(kind_spec(kind).field_names)


@pytest.mark.parametrize("kind", sorted(set(KINDS) - set(NO_FORM)))
def test_every_field_a_form_edits_has_its_widget_and_the_same_label(kind):
    spec = kind_spec(kind)
    form_class, widgets = _form(kind)
    for f in spec.fields:
        if f.type in NOT_IN_FORM_TYPES:
            assert f.name not in widgets, f"{kind}.{f.name}"
            continue
        assert f.name in widgets, f"{kind}: forms/{kind}_form.ui has no widget {f.name}"
        assert f"error_{f.name}" in widgets, f"{kind}: no error label for {f.name}"
        label = widgets[f.name] if f.type == BOOL else widgets.get(f"label_{f.name}")
        assert label is not None, f"{kind}: no label for {f.name}"
        # The form's label text is the field's catalogue text: same context, same English source.
        assert (form_class, _text(label)) == (f.label.context, f.label.source), f"{kind}.{f.name}"


def _described_texts():
    for spec in KINDS.values():
        yield spec.kind, spec.label
        for f in (*spec.fields, *spec.computed):
            yield f"{spec.kind}.{f.name}", f.label
            if f.help:
                yield f"{spec.kind}.{f.name} help", f.help
            if f.pattern_hint:
                yield f"{spec.kind}.{f.name} hint", f.pattern_hint
        for fl in spec.filters:
            yield f"{spec.kind} filter {fl.key}", fl.label
    for name, terms in BUILTIN.items():
        for t in terms:
            yield f"{name}.{t.code}", t.label


def test_every_label_is_a_translated_catalogue_text():
    vietnamese = messages.catalogue("vi")
    for where, text in _described_texts():
        assert isinstance(text, messages.Message), where
        assert (text.context, text.source) in vietnamese, f"{where}: {text.context} / {text.source!r} untranslated"


def test_documents_keep_the_vietnamese_labels_whatever_the_language():
    messages.set_language("en")
    assert str(kind_spec("household").field("head_name").label) == "Head of household"
    assert kind_spec("household").field("head_name").label.text("vi") == "Họ và tên chủ hộ"
    assert str(kind_spec("twinning").field("dormant").label) == "No activity for 12 months"


def test_a_filter_on_a_field_reads_the_field_label():
    spec = kind_spec("activity")
    assert spec.filter("country").label == spec.field("country").label
    assert str(kind_spec("person").filter("household_id").label) == "Hộ thân nhân"
    assert str(kind_spec("twinning").filter("dormant").label) == "Quá 12 tháng chưa hoạt động"


def test_derived_model_lists_equal_the_lists_they_replaced():
    expected = {
        "activity": ({"title", "location", "counterpart", "counterpart_locality", "content", "result"},
                     {"title": "title_sort"}, (), ()),
        "twinning": ({"local_name", "counterpart_name", "counterpart_locality", "notes"},
                     {"local_name": "local_name_sort"}, (), ()),
        "household": ({"head_name", "village", "old_address", "phone"}, {"head_name": "head_name_sort"},
                      ("head_name", "head_birth_year", "village", "old_address", "phone", "ethnicity", "religion",
                       "id_number", "notes"),
                      ("ethnicity", "religion", "id_number")),
        "person": ({"full_name", "city", "workplace", "aspirations"}, {"full_name": "full_name_sort"},
                   ("full_name", "gender", "birth_year", "city", "residence_status", "workplace", "contact",
                    "aspirations", "id_number", "notes"),
                   # issue 14: residence status ("Cư trú không hợp pháp") and wishes are sensitive too
                   ("residence_status", "aspirations", "id_number")),
        # Long text sorted by a stored key of its beginning (revision 0025, issue 17).
        "contribution": ({"description"}, {"description": "description_sort"}, (), ()),
        "commendation": ({"reason", "decision_no"}, {}, (), ()),
        "partner": ({"name", "address", "contact_person", "cooperation_areas"}, {"name": "name_sort"}, (), ()),
        "consent": (set(), {"scope": "scope_sort"}, (), ()),
    }
    for kind, (search, sort_keys, personal, sensitive) in expected.items():
        model = MODEL_BY_KIND[kind]
        assert set(model.__search_fields__) == search, kind
        assert model.__sort_keys__ == sort_keys, kind
        assert model.__personal_fields__ == personal, kind
        assert model.__sensitive_fields__ == sensitive, kind
        for column in sort_keys.values():   # the sort key columns exist
            assert column in model.__table__.columns, (kind, column)


def test_one_kind_to_model_map():
    assert MODELS is MODEL_BY_KIND
    from dnnd_desktop.services.reports import compute

    assert compute.MODELS is MODEL_BY_KIND
    for kind in KINDS:
        assert MODEL_BY_KIND[kind].__kind__ == kind


def test_the_report_whitelist_is_derived_with_the_fields_it_had():
    expected = {
        "activity": {"activity_type": CATEGORY, "start_date": DATE, "end_date": DATE, "border_area": CATEGORY,
                     "tet_meeting": CATEGORY,
                     "country": CATEGORY, "delegation_direction": CATEGORY, "participants_vn": NUMBER,
                     "participants_foreign": NUMBER, "overseas_participants": NUMBER, "funding_vnd": NUMBER,
                     "commune_code": CATEGORY, "funding_direction": CATEGORY, "funding_source": CATEGORY},
        "twinning": {"kind": CATEGORY, "counterpart_country": CATEGORY, "signed_date": DATE, "status": CATEGORY,
                     "commune_code": CATEGORY},
        "household": {"commune_code": CATEGORY, "head_birth_year": NUMBER},
        "person": {"household_id": REF_ROLE, "country": CATEGORY, "relation": CATEGORY, "residence_status": CATEGORY,
                   "occupation": CATEGORY, "gender": CATEGORY, "birth_year": NUMBER, "left_year": NUMBER},
        "contribution": {"person_id": REF_ROLE, "household_id": REF_ROLE, "date": DATE, "purpose": CATEGORY,
                         "amount_vnd": NUMBER, "contribution_kind": CATEGORY},
        "commendation": {"person_id": REF_ROLE, "household_id": REF_ROLE, "date": DATE, "level": CATEGORY,
                         "status": CATEGORY},
        "partner": {"kind": CATEGORY, "country": CATEGORY},
        # issue 13: the work kinds the seed plans ask offices to report
        "border_group": {"commune_code": CATEGORY, "country": CATEGORY, "established_date": DATE,
                         "status": CATEGORY, "members": NUMBER, "households": NUMBER, "border_length_m": NUMBER,
                         "markers": NUMBER},
        "relatives_association": {"level": CATEGORY, "commune_code": CATEGORY, "established_date": DATE,
                                  "status": CATEGORY, "members": NUMBER, "branches": NUMBER, "meetings": NUMBER},
        "training_course": {"start_date": DATE, "end_date": DATE, "participants": NUMBER},
        "propaganda_product": {"product_type": CATEGORY, "channel": CATEGORY, "date": DATE, "quantity": NUMBER,
                               "reach": NUMBER},
    }
    assert set(RECORD_KINDS) == set(expected)   # consents have nothing to report on
    for kind, fields in expected.items():
        got = RECORD_KINDS[kind]
        assert {f.name: f.role for f in got.fields} == fields, kind
        for f in got.fields:
            assert f.label == kind_spec(kind).field(f.name).label
    activity = RECORD_KINDS["activity"]
    assert activity.field("border_area").boolean and activity.field("commune_code").unit
    assert activity.field("country").vocabulary == "country"
    assert [c for c, _ in activity.field("delegation_direction").choices] == ["in", "out", "none"]
    assert [c for c, _ in RECORD_KINDS["person"].field("gender").choices] == ["male", "female", "other"]
    assert [c for c, _ in RECORD_KINDS["commendation"].field("status").choices] == ["proposed", "awarded"]


@pytest.mark.parametrize("typed, code", [
    ("Giao lưu biên giới", "border_exchange"), ("giao luu bien gioi", "border_exchange"),
    ("Border exchange", "border_exchange"), ("BORDER_EXCHANGE", "border_exchange"), ("Khác", "other"),
    ("Other", "other"),
])
def test_typed_terms_are_recognised_in_both_languages(typed, code):
    assert resolve_code("activity_type", typed) == code


def test_excel_headers_are_recognised_in_both_languages_and_written_in_vietnamese():
    from dnnd_desktop.exchange.excel.header_matching import match_headers
    from dnnd_desktop.exchange.excel.layouts import excel_columns

    columns = excel_columns("partner")
    headers = ["Partner name", "Loại đối tác", "Country", "Thư điện tử"]
    assert match_headers(headers, columns) == ["name", "kind", "country", "email"]
    by_key = {c.key: c for c in columns}
    assert by_key["name"].header == "Tên đối tác"
    messages.set_language("en")  # a file the office keeps or sends on is Vietnamese whatever the UI
    assert by_key["name"].header == "Tên đối tác"


def test_no_sensitive_field_is_shown_in_lists():
    """Issue 14: lists show no sensitive field; exports add them only when asked (services/privacy)."""
    from dnnd_desktop.domain.record_kinds import KINDS

    for spec in KINDS.values():
        for f in spec.fields:
            if f.sensitive:
                assert f.personal and not f.list_column and not f.filterable, (spec.kind, f.name)
                assert f.name not in spec.list_columns, (spec.kind, f.name)
                assert all(flt.key != f.name for flt in spec.filters), (spec.kind, f.name)
